//! The content, as data: the one place a writer edits. The post's thirteen responsibilities (its
//! list, in its order, with its words) in each built-in table, each with the specialist role that
//! takes it over and the headcount at which that happens in this example (`stays`: never); the
//! holder's titles as the company grows; the captions, each stage's quote of the post with the
//! widget's glosses and what they claim of the board; the quotes, each held to its sentence of
//! the post. To change when Design moves, change its row below. The types are in `scenario`.

use crate::scale::Stage;
use crate::scenario::{row, stays, Claim, Family, Function, Gloss, Origin, Preset, Quote, Row, Scenario, StageWords};

/// Where the post lives. The widget links to it from every caption.
/// Set `PM_SCALE_UP_POST_URL` at build time to point elsewhere; the default is the post's own alias.
pub const POST_URL: &str = match option_env!("PM_SCALE_UP_POST_URL") {
    Some(url) => url,
    None => "/PM-scale-up/",
};
pub const POST_TITLE: &str = "Product Management Scale Up";

/// The B2B SaaS (sales-led) product function. The order is the post's.
/// Where this table departs from the usual starting point, the row says "Refined" and why.
const PRODUCT_B2B_SAAS: [Row; 13] = [
    // The first specialist hire around a product is almost always a designer.
    row("Design", "Product Designer", Family::Design, 25),
    // Research is a luxury until there are enough customers to study and a designer to pair with.
    row("Discovery", "UX Researcher", Family::Design, 150),
    // The roadmap stays with the PM at every size: in the post, "not everything will go away".
    stays("Roadmap"),
    // At hyperscale "if there is a specialization it probably exists as a different role": the
    // strategy of a product line moves to a strategy and operations team, and the PM, now a
    // specialist in one area, works from it. Until then strategy is the PM's.
    row("Strategy", "Strategy & Operations", Family::DataAndOps, 20_000),
    // Sales-led companies hire product marketing early to arm the first sales team.
    row("Product Marketing", "Product Marketing Manager", Family::GoToMarket, 60),
    row("Enablement Content", "Sales Enablement", Family::GoToMarket, 200),
    row("Hands on Enablement", "Field Enablement Trainer", Family::GoToMarket, 500),
    row("Data analysis", "Data Analyst", Family::DataAndOps, 120),
    row("Sales Calls", "Sales Engineer", Family::GoToMarket, 80),
    row("QA", "QA Engineer", Family::Engineering, 40),
    // The last to go: only with many teams per product does a TPM take over the backlog.
    row("Story writing", "Technical Program Manager", Family::Engineering, 3_000),
    // Refined: 100, not 250. Engineering managers arrive with the second or third team, and they
    // take sprint planning with them; a TPM comes much later. Planning peels to the EM.
    row("Engineering planning", "Engineering Manager", Family::Engineering, 100),
    // "If there is a specialization it probably exists as a different role": product ops
    // appears once there are enough PMs to need shared process.
    row("Everything else", "Product Operations", Family::DataAndOps, 1_000),
];

/// A consumer app: design and data peel off first; there are no sales calls to speak of.
const PRODUCT_CONSUMER_APP: [Row; 13] = [
    // The product is the experience: a designer is often the first hire after engineers.
    row("Design", "Product Designer", Family::Design, 10),
    row("Discovery", "UX Researcher", Family::Design, 80),
    stays("Roadmap"),
    row("Strategy", "Strategy & Operations", Family::DataAndOps, 20_000),
    // Marketing is growth marketing: acquisition and lifecycle, not sales collateral.
    row("Product Marketing", "Growth Marketing Manager", Family::GoToMarket, 50),
    // "Enablement" means help-centre articles for users, written by support.
    row("Enablement Content", "Customer Support Lead", Family::GoToMarket, 150),
    row("Hands on Enablement", "Community Manager", Family::GoToMarket, 400),
    // Funnels and retention are the business from day one, so an analyst comes early.
    row("Data analysis", "Data Analyst", Family::DataAndOps, 30),
    // No sales team: the only "sales calls" are partner and advertiser deals, much later.
    row("Sales Calls", "Partnerships Manager", Family::GoToMarket, 2_000),
    row("QA", "QA Engineer", Family::Engineering, 60),
    row("Story writing", "Technical Program Manager", Family::Engineering, 3_000),
    row("Engineering planning", "Engineering Manager", Family::Engineering, 100),
    row("Everything else", "Product Operations", Family::DataAndOps, 1_000),
];

/// A developer platform or cloud infrastructure: enablement becomes developer relations and
/// technical writing, and sales calls go to solutions architects.
const PRODUCT_DEVELOPER_PLATFORM: [Row; 13] = [
    // The API is the interface and the PM designs much of it; visual design comes later.
    row("Design", "Product Designer", Family::Design, 60),
    // Users are engineers the PM can talk to directly; research is a late specialism.
    row("Discovery", "UX Researcher", Family::Design, 400),
    stays("Roadmap"),
    row("Strategy", "Strategy & Operations", Family::DataAndOps, 20_000),
    row("Product Marketing", "Product Marketing Manager", Family::GoToMarket, 80),
    // Docs are the product's front door: technical writers arrive early.
    row("Enablement Content", "Technical Writer", Family::Design, 40),
    row("Hands on Enablement", "Developer Advocate", Family::GoToMarket, 100),
    row("Data analysis", "Data Analyst", Family::DataAndOps, 200),
    row("Sales Calls", "Solutions Architect", Family::GoToMarket, 50),
    // Engineers own testing for longer on infrastructure.
    row("QA", "QA Engineer", Family::Engineering, 150),
    row("Story writing", "Technical Program Manager", Family::Engineering, 2_000),
    row("Engineering planning", "Engineering Manager", Family::Engineering, 80),
    row("Everything else", "Product Operations", Family::DataAndOps, 1_500),
];

/// Sales, from the post's last paragraph: "Sales is just the sales person, then you have regional
/// sales, then channel sales, then channels with regions, etc."
const SALES: [Row; 12] = [
    row("Prospecting", "Sales Development Rep", Family::GoToMarket, 30),
    row("Customer onboarding", "Customer Success Manager", Family::GoToMarket, 60),
    row("Technical demos", "Sales Engineer", Family::GoToMarket, 80),
    // "then you have regional sales"
    row("Territories", "Regional Sales", Family::GoToMarket, 150),
    row("Pipeline and forecasting", "Sales Operations", Family::DataAndOps, 300),
    row("Sales training", "Sales Enablement", Family::GoToMarket, 400),
    // "then channel sales"
    row("Partner deals", "Channel Sales", Family::GoToMarket, 800),
    row("Renewals", "Account Management", Family::GoToMarket, 1_000),
    row("Contracts and pricing", "Deal Desk", Family::DataAndOps, 1_500),
    // "then channels with regions"
    row("Partners in each region", "Regional Channel Managers", Family::GoToMarket, 4_000),
    // At hyperscale "if there is a specialization it probably exists as a different role": the
    // largest customers get a strategic accounts team of their own, and the sales leader keeps the
    // region's strategy.
    row("Closing the big deals", "Strategic Accounts", Family::GoToMarket, 20_000),
    stays("Sales strategy"),
];

/// The built-in scenarios: each function's table, and for Product each kind of company's.
impl Scenario {
    /// The default: a sales-led B2B SaaS company's product function.
    pub fn b2b_saas() -> Scenario {
        Scenario::built_in(Function::Product, Preset::B2bSaas)
    }

    /// A built-in scenario. Sales has one table; the presets are the product function's.
    pub fn built_in(function: Function, preset: Preset) -> Scenario {
        let (holder, rows): ((&str, &str), &[Row]) = match (function, preset) {
            (Function::Sales, _) => (("sales person", "Founding sales person"), &SALES),
            (Function::Product, Preset::B2bSaas) => (("PM", "Product Manager"), &PRODUCT_B2B_SAAS),
            (Function::Product, Preset::ConsumerApp) => (("PM", "Product Manager"), &PRODUCT_CONSUMER_APP),
            (Function::Product, Preset::DeveloperPlatform) => (("PM", "Product Manager"), &PRODUCT_DEVELOPER_PLATFORM),
        };
        Scenario::from_rows(Origin::BuiltIn { function, preset }, holder, titles(function, preset), rows)
    }

    /// The widget's heading and lede.
    pub fn intro(&self) -> (&str, &str) {
        match &self.origin {
            Origin::Custom(words) => (&words.title, &words.lede),
            Origin::BuiltIn { function, .. } => intro(*function),
        }
    }
}

/// The post's sentences the captions quote, each written once, and exactly: a cut is marked
/// "…" and a changed letter or word is in brackets. `SOURCES` pairs each with the sentence of the
/// post it comes from, and a test holds every quotation to its source.
mod post {
    pub const ALL_GENERALISTS: &str = "At a small start up it's all generalists.";
    pub const PEEL_OFF: &str =
        "As you get bigger and have more customers you start to peel off those responsibilities into folks who focus on them all the time.";
    pub const WHY_SPECIALISTS: &str =
        "[J]ust about every role goes from generalist to more specialist. This is both a factor of having more people and that specialists can do a thing better than a generalist (hypothetically)…";
    pub const INTERFACING: &str =
        "You probably as a PM move to interfacing with those functions rather than just having that work disappear entirely from your purview.";
    pub const NOT_EVERYTHING: &str =
        "In late stage startups not everything will go away and which things get peeled off at what time will depend on [your] customers, industry, company, and your particular talents.";
    pub const SLIDE_DECKS: &str = "Nothing says you have to devolve into slide decks.";
    pub const HYPERSCALE: &str =
        "[I]n hyperscale companies if there is a specialization it probably exists as a different role.";
    pub const SALES_PERSON: &str = "Sales is just the sales person…";
    pub const ALL_FUNCTIONS: &str = "This also isn't specific to product, all the functions do this.";
    pub const REGIONAL_SALES: &str = "…then you have regional sales…";
    pub const CHANNEL_SALES: &str = "…then channel sales…";
    pub const CHANNELS_WITH_REGIONS: &str = "…then channels with regions, etc.";
    pub const SWEET_SPOT: &str = "I personally like being somewhere in the middle.";

    /// Each quotation beside the sentence of the post it comes from, word for word.
    #[cfg(test)]
    pub const SOURCES: [(&str, &str); 19] = [
        (ALL_GENERALISTS, "At a small start up it's all generalists."),
        (
            PEEL_OFF,
            "As you get bigger and have more customers you start to peel off those responsibilities into folks who focus on them all the time.",
        ),
        (
            WHY_SPECIALISTS,
            "As you go through the scale up process, just about every role goes from generalist to more specialist. This is both a factor of having more people and that specialists can do a thing better than a generalist (hypothetically); and that there is enough work in a specialty area to justify having someone to do that work full time.",
        ),
        (
            INTERFACING,
            "You probably as a PM move to interfacing with those functions rather than just having that work disappear entirely from your purview.",
        ),
        (
            NOT_EVERYTHING,
            "In late stage startups not everything will go away and which things get peeled off at what time will depend on you customers, industry, company, and your particular talents.",
        ),
        (SLIDE_DECKS, "Nothing says you have to devolve into slide decks."),
        (HYPERSCALE, "But in hyperscale companies if there is a specialization it probably exists as a different role."),
        (
            SALES_PERSON,
            "Sales is just the sales person, then you have regional sales, then channel sales, then channels with regions, etc.",
        ),
        (ALL_FUNCTIONS, "This also isn't specific to product, all the functions do this."),
        (
            REGIONAL_SALES,
            "Sales is just the sales person, then you have regional sales, then channel sales, then channels with regions, etc.",
        ),
        (
            CHANNEL_SALES,
            "Sales is just the sales person, then you have regional sales, then channel sales, then channels with regions, etc.",
        ),
        (
            CHANNELS_WITH_REGIONS,
            "Sales is just the sales person, then you have regional sales, then channel sales, then channels with regions, etc.",
        ),
        (SWEET_SPOT, "I personally like being somewhere in the middle."),
        (
            "In a hyperscale company there is tremendous specialization for products with billions of users.",
            "In a hyperscale company there is tremendous specialization for products with billions of users.",
        ),
        // The README's too: the list the Product board's lanes come from, and its last item.
        (
            "So a PM in a small startup might be doing everything:",
            "So a PM in a small startup might be doing everything:",
        ),
        ("Everything else", "Everything else"),
        // And the question "Which size suits me?" answers, with the post's answer to it.
        (
            "In several PM Communities I frequent I see people who constantly ask, should I take a job a this series A or B startup, or a job at some extreme scale public cloud or tech company.",
            "In several PM Communities I frequent I see people who constantly ask, should I take a job a this series A or B startup, or a job at some extreme scale public cloud or tech company.",
        ),
        (
            "Every time I see it I'm confused by it because I think of those companies being so far apart in experience that you should spend your time clarifying what you want in a job before trying to pick one or the other.",
            "Every time I see it I'm confused by it because I think of those companies being so far apart in experience that you should spend your time clarifying what you want in a job before trying to pick one or the other.",
        ),
        (
            "Also, I would say most people don't go all the way up the scale process; I've observed that folks seem to like companies at a certain size where they get the right spot on the specialist to generalist continuum for their comfort level matched against the level of support you get from having specialists.",
            "Also, I would say most people don't go all the way up the scale process; I've observed that folks seem to like companies at a certain size where they get the right spot on the specialist to generalist continuum for their comfort level matched against the level of support you get from having specialists.",
        ),
    ];
}

/// How the holder's title grows with the company, after the founding title: from each stage on.
fn titles(function: Function, preset: Preset) -> &'static [(Stage, &'static str)] {
    match (function, preset) {
        // "the sales person, then regional sales, …": the seller who did everything becomes one
        // account executive among many, then leads sellers; at hyperscale, those of one region.
        (Function::Sales, _) => &[
            (Stage::SeriesA, "Account executive"),
            (Stage::LateStage, "Sales leader"),
            (Stage::Hyperscale, "Sales leader for one region"),
        ],
        // At hyperscale "if there is a specialization it probably exists as a different role":
        // the PM's own job narrows to a specialism. For a developer platform the post names it:
        // "specialists in infrastructure API design".
        (Function::Product, Preset::B2bSaas) => {
            &[(Stage::LateStage, "Senior Product Manager"), (Stage::Hyperscale, "Product Manager for one feature area")]
        }
        (Function::Product, Preset::ConsumerApp) => &[
            (Stage::LateStage, "Senior Product Manager"),
            (Stage::Hyperscale, "Product Manager for one growth surface"),
        ],
        (Function::Product, Preset::DeveloperPlatform) => &[
            (Stage::LateStage, "Senior Product Manager"),
            (Stage::Hyperscale, "Product Manager, infrastructure API design"),
        ],
    }
}

/// The post's words for a stage, and the widget's glosses on offer, in order of preference.
pub fn stage_words(function: Function, stage: Stage) -> StageWords {
    use Claim::*;
    let (quotes, glosses): (&[Quote], &[Gloss]) = match (function, stage) {
        (Function::Product, Stage::FoundingTeam) => (
            &[Quote { text: post::ALL_GENERALISTS, claims: &[] }],
            &[Gloss {
                text: "The PM does everything: design, discovery, QA, even the sales calls.",
                claims: &[NoSpecialists, Holds("Design"), Holds("Discovery"), Holds("QA"), Holds("Sales Calls")],
            }],
        ),
        (Function::Product, Stage::Seed) => (
            &[Quote { text: post::PEEL_OFF, claims: &[] }],
            &[
                Gloss {
                    text: "The first specialists arrive, and the PM hands them a first piece of the work.",
                    claims: &[SomeSpecialists],
                },
                Gloss {
                    text: "No specialists yet: the PM still does all of it, as customers start to arrive.",
                    claims: &[NoSpecialists],
                },
            ],
        ),
        (Function::Product, Stage::SeriesA) => (
            &[Quote { text: post::WHY_SPECIALISTS, claims: &[] }],
            &[
                Gloss {
                    // The post: the PM moves "to interfacing with those functions rather than just
                    // having that work disappear entirely from your purview".
                    text: "Each new specialist takes over a piece of the work, and the PM now works with them on it.",
                    claims: &[SomeSpecialists],
                },
                Gloss {
                    text: "No specialists yet: at this kind of company the PM keeps the work longer.",
                    claims: &[NoSpecialists],
                },
            ],
        ),
        (Function::Product, Stage::SeriesB) => (
            &[Quote { text: post::INTERFACING, claims: &[] }],
            &[Gloss {
                text: "The PM's list gets shorter; the list of people to work with gets longer.",
                claims: &[SomeSpecialists],
            }],
        ),
        (Function::Product, Stage::LateStage) => (
            &[Quote { text: post::NOT_EVERYTHING, claims: &[] }],
            &[Gloss {
                text: "The PM still keeps roadmap, strategy and story writing. Try another company type.",
                claims: &[Holds("Roadmap"), Holds("Strategy"), Holds("Story writing")],
            }],
        ),
        (Function::Product, Stage::PublicCompany) => (
            &[Quote { text: post::SLIDE_DECKS, claims: &[] }],
            &[Gloss { text: "Most of the old generalist work now has a full-time owner.", claims: &[MostMoved] }],
        ),
        (Function::Product, Stage::Hyperscale) => (
            &[Quote { text: post::HYPERSCALE, claims: &[] }],
            &[Gloss {
                text: "Even strategy has a team of its own; the PM keeps one area's roadmap.",
                claims: &[Holds("Roadmap"), Moved("Strategy")],
            }],
        ),
        (Function::Sales, Stage::FoundingTeam) => (
            &[Quote { text: post::SALES_PERSON, claims: &[] }],
            &[Gloss {
                text: "One person prospects, demos, closes, onboards and renews.",
                claims: &[
                    NoSpecialists,
                    Holds("Prospecting"),
                    Holds("Technical demos"),
                    Holds("Closing the big deals"),
                    Holds("Customer onboarding"),
                    Holds("Renewals"),
                ],
            }],
        ),
        (Function::Sales, Stage::Seed) => (
            &[Quote { text: post::PEEL_OFF, claims: &[] }],
            &[Gloss {
                text: "No specialists yet; prospecting is the first job to get its own people.",
                claims: &[NoSpecialists, Holds("Prospecting")],
            }],
        ),
        (Function::Sales, Stage::SeriesA) => (
            &[Quote { text: post::ALL_FUNCTIONS, claims: &[] }],
            &[
                Gloss {
                    text: "Onboarding and technical demos have full-time owners.",
                    claims: &[Moved("Customer onboarding"), Moved("Technical demos")],
                },
                Gloss {
                    text: "Prospecting and onboarding have their own people; technical demos come next.",
                    claims: &[Moved("Prospecting"), Moved("Customer onboarding"), Holds("Technical demos")],
                },
                Gloss {
                    text: "Prospecting has its own people; onboarding and technical demos come next.",
                    claims: &[Moved("Prospecting"), Holds("Customer onboarding"), Holds("Technical demos")],
                },
            ],
        ),
        (Function::Sales, Stage::SeriesB) => (
            &[
                Quote { text: post::REGIONAL_SALES, claims: &[Moved("Territories")] },
                Quote { text: post::ALL_FUNCTIONS, claims: &[] },
            ],
            &[
                Gloss {
                    text: "Regional Sales takes the territories, a team for each region.",
                    claims: &[Moved("Territories")],
                },
                Gloss {
                    text: "Onboarding and technical demos have full-time owners; territories split by region next.",
                    claims: &[Moved("Customer onboarding"), Moved("Technical demos"), Holds("Territories")],
                },
            ],
        ),
        (Function::Sales, Stage::LateStage) => (
            // The post's steps for sales, each quoted once the board shows it: in this example
            // regional sales come at 150 people, channel sales at 800, regional channels at 4,000.
            &[
                Quote { text: post::CHANNEL_SALES, claims: &[Moved("Partner deals")] },
                Quote { text: post::REGIONAL_SALES, claims: &[] },
            ],
            &[
                Gloss {
                    text: "Partners sell for you, and someone's whole job is managing them.",
                    claims: &[Moved("Partner deals")],
                },
                Gloss {
                    text: "Regional Sales has the territories, and Sales Operations the pipeline.",
                    claims: &[Moved("Territories"), Moved("Pipeline and forecasting")],
                },
            ],
        ),
        (Function::Sales, Stage::PublicCompany) => (
            &[
                Quote { text: post::CHANNELS_WITH_REGIONS, claims: &[Moved("Partners in each region")] },
                Quote { text: post::CHANNEL_SALES, claims: &[] },
            ],
            &[Gloss {
                text: "Renewals have account managers of their own, and contracts and pricing a deal desk.",
                claims: &[Moved("Renewals"), Moved("Contracts and pricing")],
            }],
        ),
        (Function::Sales, Stage::Hyperscale) => (
            &[Quote { text: post::HYPERSCALE, claims: &[] }],
            &[Gloss {
                text: "The biggest accounts get a team of their own; the sales leader keeps the strategy.",
                claims: &[Moved("Closing the big deals"), Holds("Sales strategy")],
            }],
        ),
    };
    StageWords { quotes, glosses }
}

/// The id of the element that holds the heading and lede: written before `#app` by the prerender
/// (`page::intro_markup`), and given other words in the browser (`platform::boot::show_intro`).
pub const INTRO_ID: &str = "pmsu-intro";

/// The widget's heading and lede, for the function it follows.
pub fn intro(function: Function) -> (&'static str, &'static str) {
    match function {
        Function::Product => (
            "How a PM's job peels apart as the company grows",
            "At a five-person startup the product manager does everything. As the company grows, \
             specialists take the work over one piece at a time, and the PM keeps the connections.",
        ),
        Function::Sales => (
            "How the sales job peels apart as the company grows",
            "The first sales person prospects, demos, closes and renews. As the company grows, \
             specialists take the work over one piece at a time, and the sales person, by then a \
             sales leader, keeps the strategy.",
        ),
    }
}

/// The post's own view of the sweet spot, shown beside the reader's.
pub const SWEET_SPOT_QUOTE: &str = post::SWEET_SPOT;

/// The headcount the widget opens at: mid Series B, where about half the work has peeled off, so
/// the untouched view already shows the point of the post.
pub const DEFAULT_PEOPLE: u32 = 150;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scale::Headcount;
    use crate::scenario::{slug, RoleId, Scenario, SpecialistRole};

    /// Whether `quotation` is `source` word for word, but for cuts marked "…" and letters or
    /// words changed in brackets: each unmarked stretch of the quotation must stand in the source
    /// in order, touching the next one unless a cut or a bracket lies between them, and the
    /// quotation starts and ends where the source does unless a cut or bracket says otherwise.
    fn quotes_exactly(quotation: &str, source: &str) -> bool {
        // Split into literal stretches and the gaps between them: a cut (any text) or a bracket
        // (a change within one word, so no space).
        let mut pieces: Vec<(&str, Option<char>)> = Vec::new();
        let mut rest = quotation;
        let mut gap_before = None;
        loop {
            let next = rest.find(['…', '[']);
            let (literal, after) = match next {
                Some(at) => (&rest[..at], &rest[at..]),
                None => (rest, ""),
            };
            pieces.push((literal, gap_before));
            if after.is_empty() {
                break;
            }
            if let Some(tail) = after.strip_prefix('…') {
                gap_before = Some('…');
                rest = tail;
            } else {
                let close = after.find(']').expect("a bracket closes");
                // A bracket that opens the quotation (a capital, "[S]pecialists") also says it
                // starts inside the sentence: it cuts what comes before.
                gap_before = Some(if after.len() == quotation.len() { '…' } else { '[' });
                rest = &after[close + 1..];
            }
        }
        let ends_open = quotation.ends_with('…') || quotation.ends_with(']');
        let mut at = 0;
        for (i, (literal, gap)) in pieces.iter().enumerate() {
            let found = match gap {
                None => source[at..].starts_with(literal).then_some(at),
                Some('…') => source[at..].find(literal).map(|j| at + j),
                Some(_) => (at..=source.len())
                    .filter(|&j| source.is_char_boundary(j) && !source[at..j].contains(' '))
                    .find(|&j| source[j..].starts_with(literal)),
            };
            let Some(start) = found else { return false };
            at = start + literal.len();
            if i == pieces.len() - 1 && !ends_open && at != source.len() {
                return false;
            }
        }
        true
    }

    #[test]
    fn every_quotation_is_the_posts_words_but_for_marked_cuts_and_changes() {
        for (quotation, source) in post::SOURCES {
            assert!(quotes_exactly(quotation, source), "“{quotation}” is not word for word “{source}”");
        }
        // The check itself: a dropped word, an unmarked split or capital, a changed word fail.
        let source = post::SOURCES[2].1;
        assert!(!quotes_exactly(
            "Specialists can do a thing better than a generalist (hypothetically); and there is enough work in a specialty area to justify having someone to do that work full time.",
            source
        ));
        assert!(!quotes_exactly("Then channel sales.", post::SOURCES[10].1));
        assert!(!quotes_exactly("Sales is just the sales person.", post::SOURCES[7].1));
        assert!(!quotes_exactly("At a small start up it is all generalists.", post::SOURCES[0].1));
    }

    #[test]
    fn every_caption_quotes_a_sentence_the_quotation_table_knows() {
        let known: Vec<&str> = post::SOURCES.iter().map(|(quotation, _)| *quotation).collect();
        for function in Function::ALL {
            for stage in Stage::ALL {
                let caption = stage_words(function, stage);
                for quote in caption.quotes {
                    assert!(known.contains(&quote.text), "{function:?} {stage:?}: “{}”", quote.text);
                }
            }
        }
        let custom = crate::custom::from_json(include_str!("../scenarios/design.json")).unwrap();
        for stage in Stage::ALL {
            assert!(
                known.contains(
                    &crate::model::caption(&custom, &crate::model::snapshot(&custom, stage.typical()), stage).0
                ),
                "{stage:?}"
            );
        }
    }

    #[test]
    fn the_thirteen_responsibilities_are_the_posts_in_its_order_and_words() {
        let names: Vec<_> = Scenario::b2b_saas().responsibilities.iter().map(|r| r.name.to_string()).collect();
        assert_eq!(
            names,
            [
                "Design",
                "Discovery",
                "Roadmap",
                "Strategy",
                "Product Marketing",
                "Enablement Content",
                "Hands on Enablement",
                "Data analysis",
                "Sales Calls",
                "QA",
                "Story writing",
                "Engineering planning",
                "Everything else",
            ]
        );
    }

    #[test]
    fn a_role_has_the_same_colour_in_every_table_it_appears_in() {
        let mut seen: Vec<SpecialistRole> = Vec::new();
        for function in Function::ALL {
            for preset in Preset::ALL {
                for role in Scenario::built_in(function, preset).roles {
                    match seen.iter().find(|known| known.name == role.name) {
                        Some(known) => assert_eq!(known.family, role.family, "{}", role.name),
                        None => seen.push(role),
                    }
                }
            }
        }
        assert!(seen.len() > 20, "every table was read");
    }

    #[test]
    fn the_holders_title_grows_with_the_company() {
        let sales = Scenario::built_in(Function::Sales, Preset::B2bSaas);
        let at = |s: &Scenario, stage| s.holder_title_at(stage).to_string();
        assert_eq!(at(&sales, Stage::FoundingTeam), "Founding sales person");
        assert_eq!(at(&sales, Stage::Seed), "Founding sales person");
        assert_eq!(at(&sales, Stage::SeriesA), "Account executive");
        assert_eq!(at(&sales, Stage::PublicCompany), "Sales leader");
        assert_eq!(at(&sales, Stage::Hyperscale), "Sales leader for one region");
        let platform = Scenario::built_in(Function::Product, Preset::DeveloperPlatform);
        assert_eq!(at(&platform, Stage::SeriesB), "Product Manager");
        assert_eq!(at(&platform, Stage::Hyperscale), "Product Manager, infrastructure API design");
        for function in Function::ALL {
            for preset in Preset::ALL {
                let s = Scenario::built_in(function, preset);
                assert_ne!(at(&s, Stage::Hyperscale), at(&s, Stage::PublicCompany), "{function:?} {preset:?}");
            }
        }
    }

    /// The quotations in the README and docs: every Markdown blockquote's "…" and every "…" that
    /// follows "the post", word for word from the post, as the widget's own quotations are.
    fn quotations_of_the_post(markdown: &str) -> Vec<String> {
        let mut found = Vec::new();
        let quoted = |text: &str, found: &mut Vec<String>| {
            for (i, piece) in text.split('"').enumerate() {
                if i % 2 == 1 {
                    found.push(piece.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
        };
        let mut in_code = false;
        let mut block = String::new();
        for line in markdown.lines().chain([""]) {
            if line.starts_with("```") {
                in_code = !in_code;
            }
            match line.strip_prefix('>') {
                Some(rest) if !in_code => block.push_str(&format!(" {rest}")),
                _ => {
                    quoted(&block, &mut found);
                    block.clear();
                }
            }
        }
        let lower = markdown.to_lowercase();
        for (at, _) in lower.match_indices("the post") {
            let after = &markdown[at..];
            let Some(open) = after.find('"').filter(|&open| open < 48) else { continue };
            let rest = &after[open + 1..];
            if let Some(close) = rest.find('"') {
                found.push(rest[..close].split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
        found
    }

    #[test]
    fn the_readme_and_docs_quote_the_post_word_for_word() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        // The README, the docs and the integrations' pages and notes, at any depth.
        let mut files = vec![root.join("README.md")];
        let mut folders = vec![root.join("docs"), root.join("integrations")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "md" || e == "html") {
                    files.push(path);
                }
            }
        }
        let mut checked = 0;
        for file in files {
            for quotation in quotations_of_the_post(&std::fs::read_to_string(&file).unwrap()) {
                assert!(
                    post::SOURCES.iter().any(|(_, source)| quotes_exactly(&quotation, source)),
                    "{}: “{quotation}” is not the post's words",
                    file.display()
                );
                checked += 1;
            }
        }
        assert!(checked >= 9, "the README's section on the post was read: {checked} quotations");
        // It finds both kinds, and would catch the misquotations it was written for.
        let found =
            quotations_of_the_post("> \"it depends on your customers\"\n\nThe post says \"even strategy\" moves.");
        assert_eq!(found, ["it depends on your customers", "even strategy"]);
        assert!(!found.iter().any(|q| post::SOURCES.iter().any(|(_, source)| quotes_exactly(q, source))));
    }

    /// The holder has one name: the short one ("the sales person", "the PM"), or the title they
    /// have grown into at that stage ("the sales leader" at hyperscale). Never a third word for
    /// the same person ("the seller", "the sales lead", "the leader").
    #[test]
    fn the_words_call_the_holder_by_one_name_or_by_the_title_at_that_stage() {
        const HOLDER_WORDS: [&str; 8] =
            ["sales person", "sales lead", "leader", "seller", "account executive", "rep ", "pm", "product manager"];
        let left_after = |text: &str, names: &[String]| {
            let mut rest = format!(" {} ", text.to_lowercase().replace("'s", "").replace(['.', ',', ';', ':'], " "));
            let mut names = names.to_vec();
            names.sort_by_key(|n| std::cmp::Reverse(n.len()));
            for name in names {
                rest = rest.replace(&format!(" {name} "), " · ");
            }
            HOLDER_WORDS.iter().filter(|w| rest.contains(&format!(" {w}"))).copied().collect::<Vec<_>>()
        };
        // A title's first words name its holder too: "sales leader" of "Sales leader for one region".
        let names_at = |s: &Scenario, title: &str| {
            let words: Vec<&str> = title.split([' ', ',']).filter(|w| !w.is_empty()).collect();
            let mut names: Vec<String> = (2..=words.len()).map(|n| words[..n].join(" ").to_lowercase()).collect();
            names.push(s.holder.to_lowercase());
            names
        };
        for function in Function::ALL {
            let s = Scenario::built_in(function, Preset::B2bSaas);
            for stage in Stage::ALL {
                let names = names_at(&s, s.holder_title_at(stage));
                for gloss in stage_words(function, stage).glosses {
                    assert_eq!(
                        left_after(gloss.text, &names),
                        [] as [&str; 0],
                        "{function:?} at {stage:?}: “{}”",
                        gloss.text
                    );
                }
            }
            // The lede speaks of every size, so any of the holder's titles may appear in it.
            let every_title: Vec<String> =
                Stage::ALL.iter().flat_map(|&stage| names_at(&s, s.holder_title_at(stage))).collect();
            let lede = intro(function).1;
            assert_eq!(left_after(lede, &every_title), [] as [&str; 0], "{function:?}: “{lede}”");
        }
        // It would catch the words it was written for.
        let sales = Scenario::built_in(Function::Sales, Preset::B2bSaas);
        let hyperscale = names_at(&sales, sales.holder_title_at(Stage::Hyperscale));
        assert_eq!(left_after("the leader keeps the strategy", &hyperscale), ["leader"]);
        assert_eq!(left_after("the sales lead keeps the strategy", &hyperscale), ["sales lead"]);
        assert_eq!(left_after("the sales leader keeps the strategy", &hyperscale), [] as [&str; 0]);
    }

    #[test]
    fn the_roadmap_never_peels_off_and_strategy_only_at_hyperscale() {
        for preset in Preset::ALL {
            let scenario = Scenario::built_in(Function::Product, preset);
            for r in &scenario.responsibilities {
                assert_eq!(r.peel.is_none(), r.name == "Roadmap", "{preset:?} {}", r.name);
                if r.name == "Strategy" {
                    assert_eq!(r.peel.unwrap().at.stage(), Stage::Hyperscale, "{preset:?}");
                }
            }
        }
    }

    /// The post: "in hyperscale companies if there is a specialization it probably exists as a
    /// different role". The board itself, not only the holder's title, shows it.
    #[test]
    fn hyperscale_shows_a_board_of_its_own_in_every_built_in_scenario() {
        use crate::model::snapshot;
        for function in Function::ALL {
            for preset in Preset::ALL {
                let s = Scenario::built_in(function, preset);
                let public = snapshot(&s, Headcount::new(Stage::PublicCompany.ends_at()).unwrap());
                let hyper = snapshot(&s, Headcount::new(Stage::Hyperscale.starts_at()).unwrap());
                assert!(
                    hyper.share.held < public.share.held,
                    "{function:?} {preset:?}: the holder keeps {} at hyperscale, {} at public company",
                    hyper.share.held,
                    public.share.held
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_slugs() {
        let scenario = Scenario::b2b_saas();
        let mut ids: Vec<_> = scenario.responsibilities.iter().map(|r| r.id.clone()).collect();
        ids.extend(scenario.roles.iter().map(|r| r.id.clone()));
        let before = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), before);
        assert_eq!(slug("Hands on Enablement"), "hands-on-enablement");
        assert_eq!(slug("  QA / Test! "), "qa-test");
    }

    /// How a gloss may name each responsibility: its name, or a shorter form a sentence uses.
    /// Every responsibility of every table is here, so a new one must say how it is named. Each
    /// function is read against its own tables only, so "strategy" is Product's Strategy and
    /// Sales's Sales strategy.
    const NAMED_AS: &[(&str, &[&str])] = &[
        ("Design", &["design"]),
        ("Discovery", &["discovery"]),
        ("Roadmap", &["roadmap"]),
        ("Strategy", &["strategy"]),
        ("Product Marketing", &["product marketing", "marketing"]),
        ("Enablement Content", &["enablement content"]),
        ("Hands on Enablement", &["hands on enablement"]),
        ("Data analysis", &["data analysis", "analysis"]),
        ("Sales Calls", &["sales calls"]),
        ("QA", &["qa"]),
        ("Story writing", &["story writing", "stories"]),
        ("Engineering planning", &["engineering planning", "planning"]),
        ("Everything else", &["everything else"]),
        ("Prospecting", &["prospecting", "prospects"]),
        ("Customer onboarding", &["onboarding", "onboards"]),
        ("Technical demos", &["technical demos", "demos"]),
        ("Territories", &["territories"]),
        ("Pipeline and forecasting", &["pipeline", "forecasting"]),
        ("Sales training", &["sales training", "training"]),
        ("Partner deals", &["partner deals", "partners"]),
        ("Renewals", &["renewals", "renews"]),
        ("Contracts and pricing", &["contracts", "pricing"]),
        ("Partners in each region", &["partners in each region"]),
        ("Closing the big deals", &["big deals", "biggest accounts", "closes"]),
        ("Sales strategy", &["sales strategy", "strategy"]),
    ];

    /// Whether `phrase` stands in `text` as whole words.
    fn says(text: &str, phrase: &str) -> bool {
        let text = text.to_lowercase();
        text.match_indices(phrase).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    #[test]
    fn every_gloss_names_exactly_the_work_its_claims_check() {
        // The words and the claims cannot drift apart: a gloss that names a piece of work says
        // where it is (`Holds`, `Moved`), and the walk over every size checks that it is there.
        for function in Function::ALL {
            let names: Vec<String> = Preset::ALL
                .iter()
                .flat_map(|&preset| Scenario::built_in(function, preset).responsibilities)
                .map(|r| r.name.to_string())
                .collect();
            for name in &names {
                assert!(NAMED_AS.iter().any(|(known, _)| known == name), "how is “{name}” named?");
            }
            for stage in Stage::ALL {
                for gloss in stage_words(function, stage).glosses {
                    let mut named: Vec<&str> = NAMED_AS
                        .iter()
                        .filter(|(name, phrases)| {
                            names.iter().any(|n| n == name) && phrases.iter().any(|p| says(gloss.text, p))
                        })
                        .map(|(name, _)| *name)
                        .collect();
                    let mut claimed: Vec<&str> = gloss
                        .claims
                        .iter()
                        .filter_map(|claim| match claim {
                            Claim::Holds(name) | Claim::Moved(name) => Some(*name),
                            _ => None,
                        })
                        .collect();
                    named.sort_unstable();
                    claimed.sort_unstable();
                    assert_eq!(named, claimed, "{function:?} at {stage:?}: “{}”", gloss.text);
                }
            }
        }
    }

    #[test]
    fn every_function_has_a_caption_for_every_stage() {
        for function in Function::ALL {
            for stage in Stage::ALL {
                let caption = stage_words(function, stage);
                assert!(!caption.glosses.is_empty());
                assert!(caption.quotes.last().is_some_and(|last| last.claims.is_empty()), "{function:?} {stage:?}");
            }
        }
    }

    #[test]
    fn every_product_preset_has_the_posts_thirteen_in_order_and_keeps_the_roadmap() {
        let names = |s: &Scenario| s.responsibilities.iter().map(|r| r.name.to_string()).collect::<Vec<_>>();
        let default = Scenario::b2b_saas();
        for preset in Preset::ALL {
            let scenario = Scenario::built_in(Function::Product, preset);
            assert_eq!(names(&scenario), names(&default), "{preset:?}");
            for r in &scenario.responsibilities {
                assert_eq!(r.peel.is_none(), r.name == "Roadmap", "{preset:?} {}", r.name);
            }
        }
    }

    #[test]
    fn presets_differ_where_the_post_says_they_depend_on_the_company() {
        let role_for = |preset, name: &str| {
            let s = Scenario::built_in(Function::Product, preset);
            let r = s.responsibilities.iter().find(|r| r.name == name).unwrap();
            let peel = r.peel.unwrap();
            (s.role(peel.role).name.to_string(), peel.at.people())
        };
        assert_eq!(role_for(Preset::DeveloperPlatform, "Sales Calls").0, "Solutions Architect");
        assert_eq!(role_for(Preset::DeveloperPlatform, "Hands on Enablement").0, "Developer Advocate");
        assert_eq!(role_for(Preset::DeveloperPlatform, "Enablement Content").0, "Technical Writer");
        assert!(role_for(Preset::ConsumerApp, "Design").1 < role_for(Preset::B2bSaas, "Design").1);
        assert!(role_for(Preset::ConsumerApp, "Data analysis").1 < role_for(Preset::B2bSaas, "Data analysis").1);
    }

    #[test]
    fn sales_goes_from_the_sales_person_to_regions_then_channels_then_channels_with_regions() {
        let sales = Scenario::built_in(Function::Sales, Preset::ConsumerApp);
        assert_eq!(sales.holder, "sales person");
        let at = |role: &str| {
            let index = sales.roles.iter().position(|r| r.name == role).unwrap();
            sales.responsibilities.iter().filter_map(|r| r.peel).find(|p| p.role == RoleId::new(index)).unwrap().at
        };
        assert!(at("Regional Sales") < at("Channel Sales"));
        assert!(at("Channel Sales") < at("Regional Channel Managers"));
    }
}
