//! The reader's own question, "which size of company suits me": two sizes side by side (the
//! work that is the PM's own at each, the specialists the PM works with at each, and what changes
//! between them), and the sizes where the reader keeps the work they want to keep doing. Pure,
//! for any scenario, built in or custom.

use crate::link::LinkState;
use crate::model::{snapshot, Holder};
use crate::scale::{positions, Headcount, SweetSpot};
use crate::scenario::{RoleId, Scenario, Text};

/// At which of the two compared sizes something is so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Both,
    /// Only at this size.
    Only(Headcount),
}

/// Two sizes side by side, `at` (the slider's) and `vs` (the reader's other offer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub at: Headcount,
    pub vs: Headcount,
    /// The work that is the PM's own at one size or both, in the post's order.
    pub own: Vec<(usize, Side)>,
    /// The specialist roles the PM works with at one size or both, in the order they are hired,
    /// with the work each does with the PM at the larger size.
    pub roles: Vec<(RoleId, Side, Vec<usize>)>,
}

/// Which of `a` and `b` holds at the two sizes, if either does.
fn side(at: Headcount, vs: Headcount, a: bool, b: bool) -> Option<Side> {
    match (a, b) {
        (true, true) => Some(Side::Both),
        (true, false) => Some(Side::Only(at)),
        (false, true) => Some(Side::Only(vs)),
        (false, false) => None,
    }
}

/// `scenario` at `at` and at `vs`, side by side.
pub fn compare(scenario: &Scenario, at: Headcount, vs: Headcount) -> Comparison {
    let (here, there) = (snapshot(scenario, at), snapshot(scenario, vs));
    let own = (0..scenario.responsibilities.len())
        .filter_map(|i| {
            let own = |s: &crate::model::Snapshot| s.holders.get(i) == Some(&Holder::Generalist);
            Some((i, side(at, vs, own(&here), own(&there))?))
        })
        .collect();
    let larger = if vs > at { &there } else { &here };
    let roles = larger
        .role_cards(scenario)
        .into_iter()
        .chain(if vs > at { here.role_cards(scenario) } else { there.role_cards(scenario) })
        .fold(Vec::new(), |mut roles: Vec<(RoleId, Side, Vec<usize>)>, card| {
            if !roles.iter().any(|(role, ..)| *role == card.role) {
                let hired = |s: &crate::model::Snapshot| s.holders.contains(&Holder::Specialist(card.role));
                if let Some(side) = side(at, vs, hired(&here), hired(&there)) {
                    roles.push((card.role, side, card.responsibilities));
                }
            }
            roles
        });
    Comparison { at, vs, own, roles }
}

impl Comparison {
    fn smaller(&self) -> Headcount {
        self.at.min(self.vs)
    }

    fn larger(&self) -> Headcount {
        self.at.max(self.vs)
    }

    /// How much of the work is the PM's own at `size` (one of the two).
    pub fn own_at(&self, size: Headcount) -> usize {
        self.own.iter().filter(|(_, side)| *side == Side::Both || *side == Side::Only(size)).count()
    }

    /// How many specialist roles the PM works with at `size` (one of the two).
    pub fn roles_at(&self, size: Headcount) -> usize {
        self.roles.iter().filter(|(_, side, _)| *side == Side::Both || *side == Side::Only(size)).count()
    }

    /// The work the PM would hand over going from the smaller size to the larger: the PM's own
    /// only at the smaller.
    pub fn handed_over(&self) -> Vec<usize> {
        let smaller = self.smaller();
        if self.at == self.vs {
            return Vec::new();
        }
        self.own.iter().filter(|(_, side)| *side == Side::Only(smaller)).map(|&(i, _)| i).collect()
    }

    /// The specialists the PM would gain going from the smaller size to the larger.
    pub fn gained(&self) -> Vec<RoleId> {
        let larger = self.larger();
        if self.at == self.vs {
            return Vec::new();
        }
        self.roles.iter().filter(|(_, side, _)| *side == Side::Only(larger)).map(|(role, ..)| *role).collect()
    }
}

/// The work the reader wants to keep doing, by the ids scenarios use: the indices of those the
/// scenario has, in the post's order, and the ids it does not have, in the order given.
pub fn kept_work(scenario: &Scenario, ids: &[Text]) -> (Vec<usize>, Vec<Text>) {
    let kept =
        (0..scenario.responsibilities.len()).filter(|&i| ids.contains(&scenario.responsibilities[i].id)).collect();
    let unknown = ids.iter().filter(|id| !scenario.responsibilities.iter().any(|r| r.id == **id)).cloned().collect();
    (kept, unknown)
}

/// The work a link's `keep` names (ids separated by commas), read against `scenario`: what it
/// has, and the ids it does not have, each once.
pub fn ticked(scenario: &Scenario, keep: Option<&str>) -> (Vec<usize>, Vec<Text>) {
    let mut ids: Vec<Text> = Vec::new();
    for id in keep.unwrap_or_default().split(',').filter(|id| !id.is_empty()) {
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_string().into());
        }
    }
    kept_work(scenario, &ids)
}

/// The link's `keep` for the work `kept` (indices), or `none`.
pub fn keep_value(scenario: &Scenario, kept: &[usize]) -> String {
    if kept.is_empty() {
        return "none".to_string();
    }
    kept.iter().map(|&i| scenario.responsibilities[i].id.as_ref()).collect::<Vec<_>>().join(",")
}

/// What ticking the work `kept` asks of the widget shown in `link`: that work kept, and the sweet
/// spot starting from the sizes where it is kept (left as it is when there are none).
pub fn tick(scenario: &Scenario, link: &LinkState, kept: &[usize]) -> LinkState {
    let keep = (!kept.is_empty()).then(|| keep_value(scenario, kept).into());
    LinkState { keep, sweet: keep_fit(scenario, kept).range().or(link.sweet), ..link.clone() }
}

/// What typing `typed` as the size to compare with asks of the widget shown in `link`: that size,
/// snapped to the slider's ladder; nothing typed, `none` or a size out of range, no comparison.
pub fn compare_with(link: &LinkState, typed: &str) -> LinkState {
    let vs = typed.trim().parse::<u32>().ok().and_then(Headcount::new).map(Headcount::snapped);
    LinkState { vs, ..link.clone() }
}

/// What the reader keeps at one size on the slider's ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeptAt {
    pub headcount: Headcount,
    /// How much of the work the reader wants to keep is still the PM's own.
    pub kept: usize,
    /// How many specialist roles the PM works with there: the other side of the trade.
    pub specialists: usize,
}

/// The smallest and largest size of a range of the ladder, with what is kept at each.
pub type KeptRange = (KeptAt, KeptAt);

/// Where the reader keeps the work they want to keep: the sizes where they keep all of it, and
/// those where they keep most (more than half) but not all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepFit {
    /// How many pieces of work the reader wants to keep.
    pub wanted: usize,
    pub all: Option<KeptRange>,
    pub most: Option<KeptRange>,
}

impl KeepFit {
    /// The sizes where the reader keeps all or most of it, as a sweet spot: the range the post
    /// means by "the right spot … for their comfort level".
    pub fn range(&self) -> Option<SweetSpot> {
        let ends = [self.all, self.most].into_iter().flatten();
        let from = ends.clone().map(|(from, _)| from.headcount).min()?;
        let to = ends.map(|(_, to)| to.headcount).max()?;
        Some(SweetSpot::between(from, to))
    }
}

/// Walks the slider's ladder for the sizes where the work `kept` (indices) stays the PM's own.
pub fn keep_fit(scenario: &Scenario, kept: &[usize]) -> KeepFit {
    let wanted = kept.len();
    let (mut all, mut most): (Option<KeptRange>, Option<KeptRange>) = (None, None);
    if wanted > 0 {
        for position in 0..positions() {
            let headcount = Headcount::at_position(position);
            let now = snapshot(scenario, headcount);
            let at = KeptAt {
                headcount,
                kept: kept.iter().filter(|&&i| now.holders.get(i) == Some(&Holder::Generalist)).count(),
                specialists: now.roles_hired(),
            };
            let range = if at.kept == wanted {
                &mut all
            } else if at.kept * 2 > wanted {
                &mut most
            } else {
                continue;
            };
            *range = Some(range.map_or((at, at), |(from, _)| (from, at)));
        }
    }
    KeepFit { wanted, all, most }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Function, Preset};

    fn at(people: u32) -> Headcount {
        Headcount::new(people).unwrap()
    }

    fn names(scenario: &Scenario, work: impl IntoIterator<Item = usize>) -> Vec<String> {
        work.into_iter().map(|i| scenario.responsibilities[i].name.to_string()).collect()
    }

    fn own_on(scenario: &Scenario, comparison: &Comparison, wanted: Side) -> Vec<String> {
        names(scenario, comparison.own.iter().filter(|(_, side)| *side == wanted).map(|&(i, _)| i))
    }

    fn roles_on(scenario: &Scenario, comparison: &Comparison, wanted: Side) -> Vec<String> {
        comparison
            .roles
            .iter()
            .filter(|(_, side, _)| *side == wanted)
            .map(|(role, ..)| scenario.role(*role).name.to_string())
            .collect()
    }

    #[test]
    fn sixty_against_fifty_thousand_lists_each_side_of_the_work() {
        let scenario = Scenario::b2b_saas();
        let c = compare(&scenario, at(60), at(50_000));
        assert_eq!(own_on(&scenario, &c, Side::Both), ["Roadmap"]);
        assert_eq!(
            own_on(&scenario, &c, Side::Only(at(60))),
            [
                "Discovery",
                "Strategy",
                "Enablement Content",
                "Hands on Enablement",
                "Data analysis",
                "Sales Calls",
                "Story writing",
                "Engineering planning",
                "Everything else"
            ]
        );
        assert!(own_on(&scenario, &c, Side::Only(at(50_000))).is_empty());
        assert_eq!(
            roles_on(&scenario, &c, Side::Both),
            ["Product Designer", "QA Engineer", "Product Marketing Manager"]
        );
        assert_eq!(
            roles_on(&scenario, &c, Side::Only(at(50_000))),
            [
                "Sales Engineer",
                "Engineering Manager",
                "Data Analyst",
                "UX Researcher",
                "Sales Enablement",
                "Field Enablement Trainer",
                "Product Operations",
                "Technical Program Manager",
                "Strategy & Operations"
            ]
        );
        assert_eq!((c.own_at(at(60)), c.own_at(at(50_000))), (10, 1));
        assert_eq!((c.roles_at(at(60)), c.roles_at(at(50_000))), (3, 12));
        assert_eq!(names(&scenario, c.handed_over()).len(), 9);
        assert_eq!(c.gained().len(), 9);
    }

    #[test]
    fn the_comparison_reads_the_same_whichever_size_is_on_the_slider() {
        let scenario = Scenario::b2b_saas();
        let (one, other) = (compare(&scenario, at(60), at(50_000)), compare(&scenario, at(50_000), at(60)));
        assert_eq!(one.own, other.own);
        assert_eq!(one.handed_over(), other.handed_over());
        assert_eq!(one.gained(), other.gained());
        assert_eq!(one.roles.len(), other.roles.len());
    }

    #[test]
    fn a_size_against_itself_changes_nothing() {
        let scenario = Scenario::b2b_saas();
        let c = compare(&scenario, at(150), at(150));
        assert!(c.own.iter().all(|(_, side)| *side == Side::Both));
        assert!(c.roles.iter().all(|(_, side, _)| *side == Side::Both));
        assert!(c.handed_over().is_empty() && c.gained().is_empty());
    }

    #[test]
    fn sales_compares_the_sales_person_with_regional_and_channel_sales() {
        let scenario = Scenario::built_in(Function::Sales, Preset::B2bSaas);
        let c = compare(&scenario, at(10), at(1_000));
        assert_eq!(c.own_at(at(10)), 12);
        assert!(roles_on(&scenario, &c, Side::Only(at(1_000))).contains(&"Regional Sales".to_string()));
        assert!(roles_on(&scenario, &c, Side::Only(at(1_000))).contains(&"Channel Sales".to_string()));
        assert_eq!(scenario.holder_title_at(at(1_000).stage()), "Sales leader");
    }

    #[test]
    fn keeping_design_discovery_and_sales_calls_fits_the_smallest_companies() {
        let scenario = Scenario::b2b_saas();
        let (kept, unknown) = kept_work(&scenario, &["design".into(), "discovery".into(), "sales-calls".into()]);
        assert!(unknown.is_empty());
        let fit = keep_fit(&scenario, &kept);
        // Design goes at 25, Sales Calls at 80, Discovery at 150.
        let (from, to) = fit.all.unwrap();
        assert_eq!((from.headcount.people(), to.headcount.people()), (1, 20));
        assert_eq!((from.specialists, to.specialists), (0, 0));
        let (from, to) = fit.most.unwrap();
        assert_eq!((from.headcount.people(), to.headcount.people()), (25, 60));
        assert_eq!((from.kept, to.kept), (2, 2));
        assert_eq!((from.specialists, to.specialists), (1, 3));
        assert_eq!(fit.range(), Some(SweetSpot::between(at(1), at(60))));
    }

    #[test]
    fn every_size_in_the_fit_keeps_what_it_says_and_no_size_outside_does() {
        for scenario in [
            Scenario::b2b_saas(),
            Scenario::built_in(Function::Product, Preset::ConsumerApp),
            Scenario::built_in(Function::Product, Preset::DeveloperPlatform),
            Scenario::built_in(Function::Sales, Preset::B2bSaas),
        ] {
            for kept in [vec![0], vec![0, 1], vec![0, 1, 4], vec![1, 3, 5, 7]] {
                let fit = keep_fit(&scenario, &kept);
                for position in 0..positions() {
                    let h = Headcount::at_position(position);
                    let now = snapshot(&scenario, h);
                    let held = kept.iter().filter(|&&i| now.holders[i] == Holder::Generalist).count();
                    let inside =
                        |r: Option<(KeptAt, KeptAt)>| r.is_some_and(|(a, b)| a.headcount <= h && h <= b.headcount);
                    assert_eq!(inside(fit.all), held == kept.len(), "{h}");
                    assert_eq!(inside(fit.most), held < kept.len() && held * 2 > kept.len(), "{h}");
                }
            }
        }
    }

    #[test]
    fn ids_a_scenario_does_not_have_are_named_and_the_rest_kept() {
        let scenario = Scenario::built_in(Function::Sales, Preset::B2bSaas);
        let (kept, unknown) = kept_work(&scenario, &["design".into(), "prospecting".into(), "renewals".into()]);
        assert_eq!(names(&scenario, kept), ["Prospecting", "Renewals"]);
        assert_eq!(unknown, [Text::from("design")]);
    }

    #[test]
    fn a_custom_scenario_compares_and_keeps_by_its_own_ids() {
        let scenario = crate::custom::from_json(include_str!("../scenarios/design.json")).unwrap();
        let first = scenario.responsibilities[2].peel.unwrap().at;
        let c = compare(&scenario, Headcount::MIN, Headcount::MAX);
        assert_eq!(c.own_at(Headcount::MIN), scenario.responsibilities.len());
        assert_eq!(c.handed_over().len() + c.own_at(Headcount::MAX), scenario.responsibilities.len());
        let (kept, unknown) = kept_work(&scenario, &[scenario.responsibilities[2].id.clone(), "design".into()]);
        assert_eq!((kept, unknown), (vec![2], vec![Text::from("design")]));
        let (_, to) = keep_fit(&scenario, &[2]).all.unwrap();
        assert_eq!(to.headcount, first.snapped().stepped(-1));
    }

    #[test]
    fn ticking_work_asks_for_it_and_for_the_sweet_spot_where_it_is_kept() {
        let scenario = Scenario::b2b_saas();
        let (kept, unknown) = ticked(&scenario, Some("sales-calls,design,,design,discovery,nonsense"));
        assert_eq!(names(&scenario, kept.clone()), ["Design", "Discovery", "Sales Calls"]);
        assert_eq!(unknown, [Text::from("nonsense")]);
        let marked = LinkState { sweet: Some(SweetSpot::between(at(40), at(300))), ..LinkState::default() };
        let asked = tick(&scenario, &marked, &kept);
        assert_eq!(asked.keep.as_deref(), Some("design,discovery,sales-calls"));
        assert_eq!(asked.sweet, Some(SweetSpot::between(at(1), at(60))));
        let none = tick(&scenario, &asked, &[]);
        assert_eq!((none.keep, none.sweet), (None, asked.sweet), "unticking all leaves the sweet spot");
        assert_eq!(ticked(&scenario, None), (vec![], vec![]));
    }

    #[test]
    fn a_typed_size_to_compare_with_is_snapped_and_anything_else_stops_comparing() {
        let link = LinkState::default();
        assert_eq!(compare_with(&link, " 49000 ").vs, Some(at(50_000)));
        for typed in ["", "none", "0", "100001", "-5", "lots", "1e9"] {
            assert_eq!(compare_with(&link, typed).vs, None, "{typed}");
        }
    }

    #[test]
    fn keeping_nothing_fits_no_size() {
        let fit = keep_fit(&Scenario::b2b_saas(), &[]);
        assert_eq!((fit.all, fit.most, fit.range()), (None, None, None));
    }

    #[test]
    fn keeping_the_roadmap_fits_every_size() {
        let scenario = Scenario::b2b_saas();
        let (kept, _) = kept_work(&scenario, &["roadmap".into()]);
        assert_eq!(keep_fit(&scenario, &kept).range(), Some(SweetSpot::between(Headcount::MIN, Headcount::MAX)));
    }
}
