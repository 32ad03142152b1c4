//! Invariants of the content model that hold for every headcount, not just the ones we picked.
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::model::{snapshot, Holder};
use pm_scale_up::scale::{ladder, positions, Headcount, Stage, MAX_PEOPLE, MIN_PEOPLE};
use pm_scale_up::scenario::{Function, Preset, Scenario};
use proptest::prelude::*;

fn any_headcount() -> impl Strategy<Value = Headcount> {
    (MIN_PEOPLE..=MAX_PEOPLE).prop_map(|n| Headcount::new(n).unwrap())
}

/// Every built-in table: each product preset, and sales.
fn any_scenario() -> impl Strategy<Value = Scenario> {
    (0..Function::ALL.len(), 0..Preset::ALL.len())
        .prop_map(|(f, p)| Scenario::built_in(Function::ALL[f], Preset::ALL[p]))
}

proptest! {
    /// Once a responsibility has peeled off, it stays peeled at every larger headcount.
    #[test]
    fn once_peeled_a_responsibility_stays_peeled(
        scenario in any_scenario(), a in any_headcount(), b in any_headcount()
    ) {
        let (small, large) = if a <= b { (a, b) } else { (b, a) };
        let before = snapshot(&scenario, small);
        let after = snapshot(&scenario, large);
        for (i, (was, is)) in before.holders.iter().zip(&after.holders).enumerate() {
            if *was != Holder::Generalist {
                prop_assert_eq!(was, is, "{} came back at {:?}", scenario.responsibilities[i].name, large);
            }
        }
        prop_assert!(after.share.held <= before.share.held);
    }

    /// Slider position -> headcount -> position is the identity.
    #[test]
    fn slider_position_and_headcount_round_trip(position in 0..positions()) {
        prop_assert_eq!(Headcount::at_position(position).position(), position);
    }

    /// Any headcount lands on the ladder entry nearest to it, within one step either side.
    #[test]
    fn any_headcount_snaps_to_a_neighbouring_rung(h in any_headcount()) {
        let snapped = h.snapped().people();
        let rungs = ladder();
        let i = rungs.iter().position(|&r| r == snapped).unwrap();
        let below = rungs[i.saturating_sub(1)];
        let above = rungs[(i + 1).min(rungs.len() - 1)];
        prop_assert!(below <= h.people() && h.people() <= above, "{} snapped to {}", h.people(), snapped);
        prop_assert_eq!(h.snapped().snapped(), h.snapped());
    }

    /// Every headcount is in exactly one stage, and that stage's range contains it.
    #[test]
    fn stages_cover_the_range_with_no_gap_or_overlap(h in any_headcount()) {
        let containing: Vec<Stage> = Stage::ALL
            .into_iter()
            .filter(|s| s.starts_at() <= h.people() && h.people() <= s.ends_at())
            .collect();
        prop_assert_eq!(containing, vec![h.stage()]);
    }

    /// The PM's list and the role cards together hold every responsibility exactly once.
    #[test]
    fn every_responsibility_has_exactly_one_holder(scenario in any_scenario(), h in any_headcount()) {
        let s = snapshot(&scenario, h);
        let mut all: Vec<usize> = s.on_generalist();
        all.extend(s.role_cards(&scenario).iter().flat_map(|c| c.responsibilities.iter().copied()));
        all.sort_unstable();
        prop_assert_eq!(all, (0..scenario.responsibilities.len()).collect::<Vec<_>>());
    }
}

/// The stages tile 1 to 100,000 in order: the first starts at one person, each starts strictly
/// after the one before it (so none is empty or out of order), and each stage's typical size, where
/// its tick jumps, lies inside it.
#[test]
fn stages_tile_the_range_in_order() {
    assert_eq!(Stage::ALL[0].starts_at(), MIN_PEOPLE);
    for pair in Stage::ALL.windows(2) {
        assert!(pair[0].starts_at() < pair[1].starts_at(), "{:?} must start after {:?}", pair[1], pair[0]);
    }
    for stage in Stage::ALL {
        let typical = stage.typical();
        assert_eq!(typical.stage(), stage, "{stage:?}'s typical size is {}", typical.people());
        assert!(stage.starts_at() <= typical.people() && typical.people() <= MAX_PEOPLE);
    }
}

proptest! {
    /// In every table, one person holds everything, and the work that never peels stays at 100,000.
    #[test]
    fn every_table_starts_all_generalist_and_keeps_its_core(scenario in any_scenario()) {
        prop_assert_eq!(snapshot(&scenario, Headcount::MIN).share.held, scenario.responsibilities.len());
        let at_most = snapshot(&scenario, Headcount::MAX);
        for (i, r) in scenario.responsibilities.iter().enumerate() {
            prop_assert_eq!(at_most.holders[i] == Holder::Generalist, r.peel.is_none(), "{}", r.name);
        }
    }
}
