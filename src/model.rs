//! Who holds what at a given headcount, and what changed between two headcounts.
//!
//! Everything the view shows is derived here from a `Scenario` and a `Headcount`: the work still on
//! the PM, the specialist role cards, the functions the PM interfaces with, and the generalist share.

use crate::content;
use crate::scale::{positions, Headcount, Stage};
use crate::scenario::{Claim, Function, Origin, Quote, RoleId, Scenario, Text};
use crate::text;

/// Who holds a responsibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    /// The holder the function starts with: the PM.
    Generalist,
    /// A specialist role of the scenario.
    Specialist(RoleId),
}

/// A specialist role card and the responsibilities on it, in the post's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleCard {
    pub role: RoleId,
    pub responsibilities: Vec<usize>,
}

/// The share of the work still on the PM: `held` of `total` responsibilities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GeneralistShare {
    pub held: usize,
    pub total: usize,
}

impl GeneralistShare {
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        ((self.held as f64 / self.total as f64) * 100.0).round() as u32
    }
}

/// The whole picture at one headcount. It holds no headcount itself, so two sizes on the same
/// plateau give equal snapshots, and the board that shows them need not render again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// Who holds each responsibility, by index into the scenario's responsibilities.
    pub holders: Vec<Holder>,
    pub share: GeneralistShare,
}

impl Snapshot {
    /// Responsibilities still on the PM, in the post's order.
    pub fn on_generalist(&self) -> Vec<usize> {
        (0..self.holders.len()).filter(|&i| self.holders[i] == Holder::Generalist).collect()
    }

    /// How many specialist roles hold work: the functions the PM now interfaces with.
    pub fn roles_hired(&self) -> usize {
        self.holders
            .iter()
            .enumerate()
            .filter(|&(i, holder)| matches!(holder, Holder::Specialist(_)) && !self.holders[..i].contains(holder))
            .count()
    }

    /// A card per role that holds work, in the order the roles first appear as the company
    /// grows (for the preview images and page descriptions).
    pub fn role_cards(&self, scenario: &Scenario) -> Vec<RoleCard> {
        role_order(scenario)
            .into_iter()
            .filter_map(|role| {
                let responsibilities: Vec<usize> =
                    (0..self.holders.len()).filter(|&i| self.holders[i] == Holder::Specialist(role)).collect();
                (!responsibilities.is_empty()).then_some(RoleCard { role, responsibilities })
            })
            .collect()
    }
}

/// Who holds what at `headcount`. A responsibility has peeled off once the company has at least
/// as many people as its threshold.
pub fn snapshot(scenario: &Scenario, headcount: Headcount) -> Snapshot {
    let holders: Vec<Holder> = scenario
        .responsibilities
        .iter()
        .map(|r| match r.peel {
            Some(peel) if headcount >= peel.at => Holder::Specialist(peel.role),
            _ => Holder::Generalist,
        })
        .collect();
    let held = holders.iter().filter(|&&h| h == Holder::Generalist).count();
    let share = GeneralistShare { held, total: holders.len() };
    Snapshot { holders, share }
}

/// One responsibility's lane on the board: the role that takes it at some size (`None` for work
/// that never leaves the holder), and whether that role holds it now. Every lane is there at every
/// size, so the board keeps its shape and a handover moves only the chip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lane {
    pub responsibility: usize,
    pub role: Option<RoleId>,
    pub peeled: bool,
}

/// The board's lanes at this snapshot, in the post's order.
pub fn lanes(scenario: &Scenario, snapshot: &Snapshot) -> Vec<Lane> {
    scenario
        .responsibilities
        .iter()
        .enumerate()
        .map(|(i, r)| Lane {
            responsibility: i,
            role: r.peel.map(|p| p.role),
            peeled: matches!(snapshot.holders.get(i), Some(Holder::Specialist(_))),
        })
        .collect()
}

/// How many specialist roles ever take work from the holder: the most the holder interfaces with.
pub fn roles_with_work(scenario: &Scenario) -> usize {
    scenario
        .role_ids()
        .filter(|&role| scenario.responsibilities.iter().any(|r| r.peel.is_some_and(|p| p.role == role)))
        .count()
}

/// Roles ordered by the headcount at which each first takes work, so that cards keep their
/// relative places as they appear and disappear.
fn role_order(scenario: &Scenario) -> Vec<RoleId> {
    let first_peel = |role: RoleId| {
        scenario.responsibilities.iter().filter_map(|r| r.peel).filter(|p| p.role == role).map(|p| p.at).min()
    };
    let mut order: Vec<RoleId> = scenario.role_ids().collect();
    // Unstable is enough (the role index breaks ties) and smaller in the WASM than a stable sort.
    order.sort_unstable_by_key(|&role| (first_peel(role).unwrap_or(Headcount::MAX), role));
    order
}

/// The tour's shortest stop, and the time it gives the chips to move on top of the reading.
const TOUR_MIN_STOP_MS: u32 = 4_000;
const TOUR_MOTION_MS: u32 = 1_200;

/// How long the tour stays at a stop whose caption is `quote` and `gloss`: long enough to read
/// them at about 200 words a minute (300 ms a word) and to watch the chips move, and never under
/// 4 s.
pub fn tour_stop_ms(quote: &str, gloss: &str) -> u32 {
    // Words by the spaces between them: the captions are plain prose.
    let words: usize = [quote, gloss].iter().map(|text| text.split(' ').filter(|w| !w.is_empty()).count()).sum();
    (words as u32 * 300 + TOUR_MOTION_MS).max(TOUR_MIN_STOP_MS)
}

/// Where the guided tour stops: the founding team, then each size at which work changes hands, in
/// order, so that it moves "one piece at a time", then hyperscale.
pub fn tour_stops(scenario: &Scenario) -> Vec<Headcount> {
    let (start, end) = (Stage::FoundingTeam.typical(), Stage::Hyperscale.typical());
    let peels_at =
        |at: Headcount| scenario.responsibilities.iter().any(|r| r.peel.is_some_and(|p| p.at.snapped() == at));
    // Along the slider's ladder, so the stops come in order without sorting.
    (0..positions())
        .map(Headcount::at_position)
        .filter(|&at| at == start || at == end || (at > start && peels_at(at)))
        .collect()
}

/// Whether what a gloss claims about the board is true of this snapshot.
pub fn claim_holds(scenario: &Scenario, snapshot: &Snapshot, claim: Claim) -> bool {
    let holder_of = |name: &str| {
        let i = scenario.responsibilities.iter().position(|r| r.name == name)?;
        snapshot.holders.get(i).copied()
    };
    match claim {
        Claim::NoSpecialists => snapshot.roles_hired() == 0,
        Claim::SomeSpecialists => snapshot.roles_hired() > 0,
        Claim::Holds(name) => holder_of(name) == Some(Holder::Generalist),
        Claim::Moved(name) => matches!(holder_of(name), Some(Holder::Specialist(_))),
        Claim::MostMoved => snapshot.share.held * 2 < snapshot.share.total,
    }
}

/// The caption at a size (`now` is the snapshot there, `stage` its stage): the post's words for
/// the stage, and the first gloss whose claims all hold at this very size, so a caption never says
/// what the board does not show. A custom scenario's gloss is its writer's, or else what
/// specialists hold at this size.
pub fn caption(scenario: &Scenario, now: &Snapshot, stage: Stage) -> (&'static str, Text) {
    let counted = || -> Text {
        text::specialists_hold(now.share.total - now.share.held, now.share.total, &scenario.holder).into()
    };
    let holds = |claims: &[Claim]| claims.iter().all(|&claim| claim_holds(scenario, now, claim));
    match &scenario.origin {
        Origin::BuiltIn { function, .. } => {
            let words = content::stage_words(*function, stage);
            let gloss =
                words.glosses.iter().find(|gloss| holds(gloss.claims)).map_or_else(counted, |gloss| gloss.text.into());
            (first_quote(words.quotes, holds), gloss)
        }
        Origin::Custom(words) => {
            // The post's words for every function; its Series B quote speaks of PMs, so another of
            // its lines stands in there. They name no step of the writer's table, so the quote
            // that claims nothing is the one shown.
            let quotes = match stage {
                Stage::SeriesB => content::stage_words(Function::Sales, Stage::SeriesA).quotes,
                _ => content::stage_words(Function::Product, stage).quotes,
            };
            (
                first_quote(quotes, |_| false),
                words.captions.get(stage as usize).cloned().flatten().unwrap_or_else(counted),
            )
        }
    }
}

/// The first quote whose claims hold, else the last, which claims nothing.
fn first_quote(quotes: &[Quote], holds: impl Fn(&[Claim]) -> bool) -> &'static str {
    quotes.iter().find(|quote| holds(quote.claims)).or(quotes.last()).map_or("", |quote| quote.text)
}

/// One responsibility changing hands: to a specialist role, or back to the holder (`None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handover {
    /// The responsibility's id, which is also its FLIP key.
    pub id: Text,
    pub responsibility: Text,
    pub to: Option<Text>,
}

/// Who holds responsibility `index` in a snapshot, by name; `None` for the holder.
fn holder_name<'a>(scenario: &'a Scenario, snapshot: &Snapshot, index: usize) -> Option<&'a Text> {
    match snapshot.holders.get(index)? {
        Holder::Generalist => None,
        Holder::Specialist(role) => Some(&scenario.role(*role).name),
    }
}

/// Every responsibility whose holder differs between two views, compared by responsibility id and
/// role name, so that a change of size and a change of preset are described alike. Work that is
/// only in one of the two scenarios (another function) does not count.
pub fn handovers(before: (&Scenario, &Snapshot), after: (&Scenario, &Snapshot)) -> Vec<Handover> {
    let ((old, old_snapshot), (new, new_snapshot)) = (before, after);
    new.responsibilities
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let j = old.responsibilities.iter().position(|o| o.id == r.id)?;
            let (from, to) = (holder_name(old, old_snapshot, j), holder_name(new, new_snapshot, i));
            (from != to).then(|| Handover { id: r.id.clone(), responsibility: r.name.clone(), to: to.cloned() })
        })
        .collect()
}

/// The words a screen reader hears for a set of handovers:
/// "QA moved to QA Engineer. Design returned to the PM."
pub fn describe(holder: &str, handovers: &[Handover]) -> String {
    handovers
        .iter()
        .map(|h| match &h.to {
            Some(role) => text::moved_to(&h.responsibility, role),
            None => text::returned_to(&h.responsibility, holder),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(scenario: &Scenario, indices: &[usize]) -> Vec<String> {
        indices.iter().map(|&i| scenario.responsibilities[i].name.to_string()).collect()
    }

    fn at(people: u32) -> Headcount {
        Headcount::new(people).unwrap()
    }

    #[test]
    fn at_one_person_everything_is_on_the_pm() {
        let scenario = Scenario::b2b_saas();
        let s = snapshot(&scenario, Headcount::MIN);
        assert_eq!(s.on_generalist().len(), 13);
        assert!(s.role_cards(&scenario).is_empty());
        assert_eq!(s.roles_hired(), 0);
        assert_eq!(s.share.percent(), 100);
    }

    #[test]
    fn at_a_public_company_roadmap_and_strategy_stay_and_at_hyperscale_only_the_roadmap() {
        let scenario = Scenario::b2b_saas();
        let public = snapshot(&scenario, at(5_000));
        assert_eq!(names(&scenario, &public.on_generalist()), ["Roadmap", "Strategy"]);
        assert_eq!(public.roles_hired(), 11);
        let s = snapshot(&scenario, Headcount::MAX);
        assert_eq!(names(&scenario, &s.on_generalist()), ["Roadmap"]);
        assert_eq!(s.roles_hired(), 12);
        assert_eq!(s.share, GeneralistShare { held: 1, total: 13 });
        assert_eq!(s.share.percent(), 8);
    }

    #[test]
    fn design_is_the_first_to_peel_off_at_seed() {
        let scenario = Scenario::b2b_saas();
        let s = snapshot(&scenario, Stage::Seed.typical());
        assert!(!names(&scenario, &s.on_generalist()).contains(&"Design".to_string()));
        assert_eq!(s.roles_hired(), 1);
        assert_eq!(scenario.role(s.role_cards(&scenario)[0].role).name, "Product Designer");
    }

    #[test]
    fn role_cards_appear_in_the_order_their_roles_are_hired() {
        let scenario = Scenario::b2b_saas();
        let s = snapshot(&scenario, at(150));
        let cards: Vec<_> = s.role_cards(&scenario).iter().map(|c| scenario.role(c.role).name.to_string()).collect();
        assert_eq!(
            cards,
            [
                "Product Designer",
                "QA Engineer",
                "Product Marketing Manager",
                "Sales Engineer",
                "Engineering Manager",
                "Data Analyst",
                "UX Researcher",
            ]
        );
    }

    #[test]
    fn growing_past_a_threshold_is_announced_as_a_move_and_shrinking_as_a_return() {
        let scenario = Scenario::b2b_saas();
        let small = snapshot(&scenario, at(30));
        let bigger = snapshot(&scenario, at(40));
        let said = |a, b| describe("PM", &handovers((&scenario, a), (&scenario, b)));
        assert_eq!(said(&small, &bigger), "QA moved to QA Engineer.");
        assert_eq!(said(&bigger, &small), "QA returned to the PM.");
    }

    #[test]
    fn a_jump_announces_every_handover_in_the_posts_order() {
        let scenario = Scenario::b2b_saas();
        let text = describe(
            "PM",
            &handovers((&scenario, &snapshot(&scenario, at(1))), (&scenario, &snapshot(&scenario, at(40)))),
        );
        assert_eq!(text, "Design moved to Product Designer. QA moved to QA Engineer.");
    }

    #[test]
    fn every_lane_stays_on_the_board_at_every_size_and_only_its_holder_changes() {
        let scenario = Scenario::b2b_saas();
        let small = lanes(&scenario, &snapshot(&scenario, at(1)));
        let big = lanes(&scenario, &snapshot(&scenario, Headcount::MAX));
        assert_eq!(small.len(), 13);
        assert!(small.iter().all(|lane| !lane.peeled), "at one person the PM holds every lane");
        let roles = |l: &[Lane]| l.iter().map(|lane| lane.role).collect::<Vec<_>>();
        assert_eq!(roles(&small), roles(&big), "each lane names the same role at every size");
        let still_held: Vec<_> = big.iter().filter(|lane| !lane.peeled).map(|lane| lane.responsibility).collect();
        assert_eq!(names(&scenario, &still_held), ["Roadmap"]);
        let design = &lanes(&scenario, &snapshot(&scenario, at(30)))[0];
        assert_eq!(
            (design.peeled, design.role.map(|r| scenario.role(r).name.as_ref())),
            (true, Some("Product Designer"))
        );
    }

    #[test]
    fn the_pm_can_interface_with_every_role_that_takes_work() {
        assert_eq!(roles_with_work(&Scenario::b2b_saas()), 12);
        let mut scenario = Scenario::b2b_saas();
        scenario.roles.push(crate::scenario::SpecialistRole {
            id: "idle".into(),
            name: "Idle".into(),
            family: crate::scenario::Family::Design,
        });
        assert_eq!(roles_with_work(&scenario), 12, "a role that takes nothing is not counted");
    }

    #[test]
    fn the_tour_stops_wherever_work_changes_hands_one_size_at_a_time() {
        let scenario = Scenario::b2b_saas();
        let stops: Vec<u32> = tour_stops(&scenario).iter().map(|h| h.people()).collect();
        assert_eq!(stops, [5, 25, 40, 60, 80, 100, 120, 150, 200, 500, 1_000, 3_000, 20_000, 50_000]);
        // Between two stops, everything that changes hands does so at one size.
        for pair in tour_stops(&scenario).windows(2) {
            let moved =
                handovers((&scenario, &snapshot(&scenario, pair[0])), (&scenario, &snapshot(&scenario, pair[1])));
            let sizes: Vec<_> = scenario
                .responsibilities
                .iter()
                .filter(|r| moved.iter().any(|h| h.id == r.id))
                .map(|r| r.peel.unwrap().at)
                .collect();
            assert!(sizes.windows(2).all(|w| w[0] == w[1]), "{pair:?}: {sizes:?}");
        }
    }

    /// The caption at `at`, as the widget shows it there.
    fn caption_at(scenario: &Scenario, at: Headcount) -> (&'static str, Text) {
        caption(scenario, &snapshot(scenario, at), at.stage())
    }

    /// Every built-in table, by function and company type.
    fn every_table() -> Vec<Scenario> {
        use crate::scenario::{Function, Preset};
        Function::ALL.into_iter().flat_map(|f| Preset::ALL.into_iter().map(move |p| Scenario::built_in(f, p))).collect()
    }

    #[test]
    fn at_every_size_of_every_table_a_written_caption_is_true_of_the_board() {
        for scenario in every_table() {
            let Origin::BuiltIn { function, .. } = scenario.origin else { unreachable!() };
            for position in 0..positions() {
                let at = Headcount::at_position(position);
                // One of the stage's own glosses, not the count that stands in when none is true.
                let shown = caption_at(&scenario, at).1;
                let written = content::stage_words(function, at.stage()).glosses;
                assert!(
                    written.iter().any(|gloss| gloss.text == shown),
                    "{} at {}: “{shown}” is not a caption of {:?}",
                    scenario.name(),
                    at.people(),
                    at.stage()
                );
            }
        }
    }

    /// Where a stage has two glosses, the one shown changes with the board within the stage: at
    /// each size, the first that is true of the tables in content.rs, read by hand.
    #[test]
    fn within_a_stage_the_first_true_caption_is_shown() {
        use crate::scenario::{Function, Preset};
        use Preset::{B2bSaas, ConsumerApp, DeveloperPlatform};
        let product = |preset| Scenario::built_in(Function::Product, preset);
        let sales = Scenario::built_in(Function::Sales, B2bSaas);
        let cases = [
            // B2B SaaS: the designer is the first hire, at 25.
            (product(B2bSaas), 20, "No specialists yet: the PM still does all of it, as customers start to arrive."),
            (product(B2bSaas), 25, "The first specialists arrive, and the PM hands them a first piece of the work."),
            (
                product(B2bSaas),
                30,
                "Each new specialist takes over a piece of the work, and the PM now works with them on it.",
            ),
            // A consumer app hires its designer at 10, the start of Seed.
            (
                product(ConsumerApp),
                10,
                "The first specialists arrive, and the PM hands them a first piece of the work.",
            ),
            // A developer platform's first hire is a technical writer, at 40.
            (
                product(DeveloperPlatform),
                25,
                "No specialists yet: the PM still does all of it, as customers start to arrive.",
            ),
            (
                product(DeveloperPlatform),
                30,
                "No specialists yet: at this kind of company the PM keeps the work longer.",
            ),
            (
                product(DeveloperPlatform),
                40,
                "Each new specialist takes over a piece of the work, and the PM now works with them on it.",
            ),
            // Sales: prospecting at 30, onboarding at 60, demos at 80, territories at 150,
            // pipeline at 300, partner deals at 800.
            (sales.clone(), 30, "Prospecting has its own people; onboarding and technical demos come next."),
            (sales.clone(), 59, "Prospecting has its own people; onboarding and technical demos come next."),
            (sales.clone(), 60, "Prospecting and onboarding have their own people; technical demos come next."),
            (sales.clone(), 80, "Onboarding and technical demos have full-time owners."),
            (
                sales.clone(),
                120,
                "Onboarding and technical demos have full-time owners; territories split by region next.",
            ),
            (sales.clone(), 150, "Regional Sales takes the territories, a team for each region."),
            (sales.clone(), 600, "Regional Sales has the territories, and Sales Operations the pipeline."),
            (sales, 800, "Partners sell for you, and someone's whole job is managing them."),
        ];
        for (scenario, people, gloss) in cases {
            assert_eq!(caption_at(&scenario, at(people)).1, gloss, "{} at {people}", scenario.name());
        }
    }

    #[test]
    fn every_written_caption_is_shown_somewhere() {
        use crate::content::stage_words as written;
        use crate::scenario::Function;
        for function in Function::ALL {
            for stage in Stage::ALL {
                for gloss in written(function, stage).glosses {
                    let shown = every_table().iter().any(|scenario| {
                        (0..positions())
                            .map(Headcount::at_position)
                            .filter(|at| at.stage() == stage)
                            .any(|at| caption_at(scenario, at).1 == gloss.text)
                    });
                    assert!(shown, "{function:?} {stage:?}: “{}” is never shown", gloss.text);
                }
            }
        }
    }

    #[test]
    fn a_claim_is_checked_against_the_board() {
        let scenario = Scenario::b2b_saas();
        let (seed, later) = (snapshot(&scenario, at(10)), snapshot(&scenario, at(25)));
        assert!(claim_holds(&scenario, &seed, Claim::NoSpecialists));
        assert!(!claim_holds(&scenario, &later, Claim::NoSpecialists));
        assert!(claim_holds(&scenario, &later, Claim::Moved("Design")));
        assert!(!claim_holds(&scenario, &seed, Claim::Moved("Design")));
        assert!(claim_holds(&scenario, &later, Claim::Holds("Roadmap")));
        assert!(!claim_holds(&scenario, &later, Claim::Moved("No such work")));
        assert!(!claim_holds(&scenario, &later, Claim::MostMoved));
        // So the Seed caption changes with the board, within the stage.
        assert_eq!(
            caption_at(&scenario, at(10)).1,
            "No specialists yet: the PM still does all of it, as customers start to arrive."
        );
        assert_eq!(
            caption_at(&scenario, at(25)).1,
            "The first specialists arrive, and the PM hands them a first piece of the work."
        );
    }

    #[test]
    fn a_quote_names_a_step_of_sales_only_where_the_board_shows_it() {
        let sales = Scenario::built_in(Function::Sales, crate::scenario::Preset::B2bSaas);
        // From the table: territories go to Regional Sales at 150, partner deals to Channel Sales
        // at 800, partners in each region to Regional Channel Managers at 4,000.
        let steps = [
            ("regional sales", "Territories"),
            ("channel sales", "Partner deals"),
            ("channels with regions", "Partners in each region"),
        ];
        for position in 0..positions() {
            let at = Headcount::at_position(position);
            let now = snapshot(&sales, at);
            let (quote, _) = caption(&sales, &now, at.stage());
            for (step, work) in steps {
                if quote.contains(step) {
                    assert!(claim_holds(&sales, &now, Claim::Moved(work)), "at {}: “{quote}”", at.people());
                }
            }
        }
        let quote_at = |people| caption_at(&sales, at(people)).0;
        assert_eq!(quote_at(300), "…then you have regional sales…");
        assert_eq!(quote_at(799), "…then you have regional sales…");
        assert_eq!(quote_at(800), "…then channel sales…");
        assert_eq!(quote_at(2_000), "…then channel sales…");
        assert_eq!(quote_at(4_000), "…then channels with regions, etc.");
    }

    #[test]
    fn each_stop_of_the_tour_lasts_long_enough_to_read() {
        // Four words: 1.2 s of reading and 1.2 s of motion, so the 4 s floor.
        assert_eq!(tour_stop_ms("At a small start", "up."), 4_000);
        // Twenty words: 6 s of reading and 1.2 s of motion; spaces in a row count once.
        let twenty = "one two three four five six seven eight nine ten";
        assert_eq!(tour_stop_ms(twenty, &format!("{twenty}  ")), 7_200);
        // The founding team's caption in the product table: 8 words of quote and 11 of gloss.
        let (quote, gloss) = caption_at(&Scenario::b2b_saas(), at(5));
        assert_eq!(
            (quote, gloss.as_ref()),
            (
                "At a small start up it's all generalists.",
                "The PM does everything: design, discovery, QA, even the sales calls."
            )
        );
        assert_eq!(tour_stop_ms(quote, &gloss), 6_900);
    }

    #[test]
    fn nothing_changes_hands_within_a_plateau() {
        let scenario = Scenario::b2b_saas();
        let (a, b) = (snapshot(&scenario, at(2)), snapshot(&scenario, at(9)));
        assert!(handovers((&scenario, &a), (&scenario, &b)).is_empty());
    }

    #[test]
    fn switching_preset_names_only_the_work_whose_owner_changes() {
        use crate::scenario::{Function, Preset};
        let saas = Scenario::b2b_saas();
        let platform = Scenario::built_in(Function::Product, Preset::DeveloperPlatform);
        let (a, b) = (snapshot(&saas, at(60)), snapshot(&platform, at(60)));
        assert_eq!(
            describe("PM", &handovers((&saas, &a), (&platform, &b))),
            "Product Marketing returned to the PM. Enablement Content moved to Technical Writer. Sales Calls moved to Solutions Architect. \
             QA returned to the PM."
        );
    }

    #[test]
    fn switching_function_hands_nothing_over() {
        use crate::scenario::{Function, Preset};
        let product = Scenario::b2b_saas();
        let sales = Scenario::built_in(Function::Sales, Preset::B2bSaas);
        let (a, b) = (snapshot(&product, at(150)), snapshot(&sales, at(150)));
        assert!(handovers((&product, &a), (&sales, &b)).is_empty());
    }
}
