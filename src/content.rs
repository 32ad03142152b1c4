//! The post's words and the default (B2B SaaS) mapping: the one place a writer edits.
//!
//! The thirteen responsibilities are the seed post's list, in its order and with its words.
//! Each one names the specialist role that takes it over and the headcount at which that
//! usually happens. `None` means it stays with the PM at every size.

use std::borrow::Cow;

use crate::scale::{Headcount, Stage};

/// Text that is usually written into the binary but may come from a custom scenario later.
pub type Text = Cow<'static, str>;

/// Where the post lives. The widget links to it from every caption.
/// Set `PM_SCALE_UP_POST_URL` at build time to point elsewhere; the default is the post's own alias.
pub const POST_URL: &str = match option_env!("PM_SCALE_UP_POST_URL") {
    Some(url) => url,
    None => "/PM-scale-up/",
};
pub const POST_TITLE: &str = "Product Management Scale Up";

/// A family of specialist roles. Each family has its own colour in the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Design,
    Engineering,
    GoToMarket,
    DataAndOps,
}

impl Family {
    /// The CSS class suffix that carries the family's colour.
    pub const fn slug(self) -> &'static str {
        match self {
            Family::Design => "design",
            Family::Engineering => "engineering",
            Family::GoToMarket => "go-to-market",
            Family::DataAndOps => "data-ops",
        }
    }
}

/// A specialist role that takes work off the holder (the PM).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecialistRole {
    pub id: Text,
    pub name: Text,
    pub family: Family,
}

/// One of the holder's responsibilities, and when (if ever) it peels off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Responsibility {
    pub id: Text,
    pub name: Text,
    pub peel: Option<Peel>,
}

/// The moment a responsibility leaves the holder: at `at` people, `role` (an index into the
/// scenario's roles) takes it over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Peel {
    pub role: usize,
    pub at: Headcount,
}

/// A function (Product, for now) described as data: who holds the work at the start, what the
/// work is, and who takes each part of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Short name of the holder, as in "Design returned to the PM".
    pub holder: Text,
    /// The holder's title on their card.
    pub holder_title: Text,
    pub responsibilities: Vec<Responsibility>,
    pub roles: Vec<SpecialistRole>,
}

/// One row of the built-in table: the responsibility, and who takes it at what size.
struct Row {
    responsibility: &'static str,
    /// `(role, headcount)`, or `None` when the work stays with the PM.
    peel: Option<(&'static str, u32)>,
}

/// The B2B SaaS (sales-led) product function. The order is the post's.
/// Refinements to PRODUCT.md's suggested table are marked "refined" with the reason.
const B2B_SAAS: [Row; 13] = [
    // The first specialist hire around a product is almost always a designer.
    Row { responsibility: "Design", peel: Some(("Product Designer", 25)) },
    // Research is a luxury until there are enough customers to study and a designer to pair with.
    Row { responsibility: "Discovery", peel: Some(("UX Researcher", 150)) },
    // "Roadmap and strategy stay the PM's core": they never peel off.
    Row { responsibility: "Roadmap", peel: None },
    Row { responsibility: "Strategy", peel: None },
    // Sales-led companies hire product marketing early to arm the first sales team.
    Row { responsibility: "Product Marketing", peel: Some(("Product Marketing Manager", 60)) },
    Row { responsibility: "Enablement Content", peel: Some(("Sales Enablement", 200)) },
    Row { responsibility: "Hands on Enablement", peel: Some(("Field Enablement Trainer", 500)) },
    Row { responsibility: "Data analysis", peel: Some(("Data Analyst", 120)) },
    Row { responsibility: "Sales Calls", peel: Some(("Sales Engineer", 80)) },
    Row { responsibility: "QA", peel: Some(("QA Engineer", 40)) },
    // The last to go: only with many teams per product does a TPM take over the backlog.
    Row { responsibility: "Story writing", peel: Some(("Technical Program Manager", 3_000)) },
    // Refined: 100, not 250. Engineering managers arrive with the second or third team, and they
    // take sprint planning with them; a TPM comes much later. Planning peels to the EM.
    Row { responsibility: "Engineering planning", peel: Some(("Engineering Manager", 100)) },
    // "If there is a specialization it probably exists as a different role": product ops
    // appears once there are enough PMs to need shared process.
    Row { responsibility: "Everything else", peel: Some(("Product Operations", 1_000)) },
];

/// Which family each built-in role belongs to, for its colour.
fn family_of(role: &str) -> Family {
    match role {
        "Product Designer" | "UX Researcher" => Family::Design,
        "QA Engineer" | "Engineering Manager" | "Technical Program Manager" => Family::Engineering,
        "Data Analyst" | "Product Operations" => Family::DataAndOps,
        _ => Family::GoToMarket,
    }
}

/// "Hands on Enablement" -> "hands-on-enablement".
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

impl Scenario {
    /// The default: a sales-led B2B SaaS company's product function.
    pub fn b2b_saas() -> Scenario {
        let mut roles: Vec<SpecialistRole> = Vec::new();
        let responsibilities = B2B_SAAS
            .iter()
            .map(|row| Responsibility {
                id: slug(row.responsibility).into(),
                name: row.responsibility.into(),
                peel: row.peel.map(|(role, at)| {
                    let index = roles.iter().position(|r| r.name == role).unwrap_or_else(|| {
                        roles.push(SpecialistRole {
                            id: slug(role).into(),
                            name: role.into(),
                            family: family_of(role),
                        });
                        roles.len() - 1
                    });
                    Peel { role: index, at: Headcount::new(at).expect("table headcounts are in range") }
                }),
            })
            .collect();
        Scenario { holder: "PM".into(), holder_title: "Product Manager".into(), responsibilities, roles }
    }
}

/// What the widget says about a stage: the post's own words where they fit, and a plain gloss.
pub struct StageCaption {
    pub quote: &'static str,
    pub gloss: &'static str,
}

pub fn caption(stage: Stage) -> StageCaption {
    let (quote, gloss) = match stage {
        Stage::FoundingTeam => (
            "At a small start up it's all generalists.",
            "The PM does everything: design, discovery, QA, even the sales calls.",
        ),
        Stage::Seed => (
            "As you get bigger and have more customers you start to peel off those responsibilities into folks who focus on them all the time.",
            "The first specialists arrive, and the PM hands them their first piece of the work.",
        ),
        Stage::SeriesA => (
            "Specialists can do a thing better than a generalist (hypothetically); and there is enough work in a specialty area to justify having someone to do that work full time.",
            "Each new hire takes a whole responsibility off the PM's plate.",
        ),
        Stage::SeriesB => (
            "You probably as a PM move to interfacing with those functions rather than just having that work disappear entirely from your purview.",
            "The PM's list gets shorter; the list of people to work with gets longer.",
        ),
        Stage::LateStage => (
            "In late stage startups not everything will go away and which things get peeled off at what time will depend on [your] customers, industry, company, and your particular talents.",
            "Roadmap and strategy stay. The rest depends on where you work.",
        ),
        Stage::PublicCompany => (
            "Nothing says you have to devolve into slide decks.",
            "Most of the old generalist work now has a full-time owner.",
        ),
        Stage::Hyperscale => (
            "In hyperscale companies if there is a specialization it probably exists as a different role.",
            "The PM keeps the roadmap and the strategy, and connects a crowd of specialists.",
        ),
    };
    StageCaption { quote, gloss }
}

/// The headcount the widget opens at: mid Series B, where about half the work has peeled off, so
/// the untouched view already shows the point of the post.
pub const DEFAULT_PEOPLE: u32 = 150;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thirteen_responsibilities_are_the_posts_in_its_order_and_words() {
        let names: Vec<_> =
            Scenario::b2b_saas().responsibilities.iter().map(|r| r.name.to_string()).collect();
        assert_eq!(
            names,
            [
                "Design", "Discovery", "Roadmap", "Strategy", "Product Marketing",
                "Enablement Content", "Hands on Enablement", "Data analysis", "Sales Calls", "QA",
                "Story writing", "Engineering planning", "Everything else",
            ]
        );
    }

    #[test]
    fn roadmap_and_strategy_never_peel_off() {
        let scenario = Scenario::b2b_saas();
        for r in &scenario.responsibilities {
            assert_eq!(r.peel.is_none(), r.name == "Roadmap" || r.name == "Strategy", "{}", r.name);
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

    #[test]
    fn every_stage_has_a_caption() {
        for stage in Stage::ALL {
            let caption = caption(stage);
            assert!(!caption.quote.is_empty() && !caption.gloss.is_empty());
        }
    }
}
