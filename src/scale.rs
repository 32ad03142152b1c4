//! Company scale: headcount, the slider's logarithmic ladder of positions, and the named stages.
//!
//! The slider does not move through every integer. It moves along a ladder of "nice" headcounts
//! (1, 2, … 9, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, …), about ten per decade, so that one
//! arrow press is roughly one tenth of a decade and every label reads like a number a person says.

use std::fmt;

use crate::format::with_thousands;

/// The smallest company the widget shows: one founder.
pub const MIN_PEOPLE: u32 = 1;
/// The largest: a hyperscale company.
pub const MAX_PEOPLE: u32 = 100_000;

/// Mantissas of the ladder above ten people, per decade. Close to evenly spaced in log10, and
/// they hit every threshold and stage boundary we use (25, 30, 40, 60, 120, 150, 250, 2,000 …).
const DECADE_STEPS: [u32; 10] = [10, 12, 15, 20, 25, 30, 40, 50, 60, 80];

/// A company's headcount, always within 1..=100,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Headcount(u32);

impl Headcount {
    pub const MIN: Headcount = Headcount(MIN_PEOPLE);
    pub const MAX: Headcount = Headcount(MAX_PEOPLE);

    /// A headcount, if `people` is within the range the widget shows.
    pub const fn new(people: u32) -> Option<Headcount> {
        if people >= MIN_PEOPLE && people <= MAX_PEOPLE {
            Some(Headcount(people))
        } else {
            None
        }
    }

    pub const fn people(self) -> u32 {
        self.0
    }

    /// The headcount at a slider position; positions past the end clamp to the largest company.
    pub fn at_position(position: usize) -> Headcount {
        let ladder = ladder();
        Headcount(ladder[position.min(ladder.len() - 1)])
    }

    /// The slider position nearest to this headcount (in log space, ties go to the smaller).
    pub fn position(self) -> usize {
        let ladder = ladder();
        match ladder.binary_search(&self.0) {
            Ok(exact) => exact,
            Err(above) => {
                // `above` is at least 1 and at most len-1, because the ladder spans the whole range.
                let (lo, hi) = (ladder[above - 1], ladder[above]);
                // Compare ratios rather than differences: hi/x versus x/lo, without floating point.
                if u64::from(self.0) * u64::from(self.0) > u64::from(lo) * u64::from(hi) {
                    above
                } else {
                    above - 1
                }
            }
        }
    }

    /// This headcount moved onto the slider's ladder.
    pub fn snapped(self) -> Headcount {
        Headcount::at_position(self.position())
    }

    /// Moves `steps` ladder positions up (positive) or down (negative), stopping at the ends.
    pub fn stepped(self, steps: isize) -> Headcount {
        let position = self.position().saturating_add_signed(steps);
        Headcount::at_position(position)
    }

    pub fn stage(self) -> Stage {
        Stage::of(self)
    }
}

/// How many positions the slider has; its `max` attribute is this minus one.
pub fn positions() -> usize {
    ladder().len()
}

/// Every headcount the slider can show, ascending.
pub fn ladder() -> &'static [u32] {
    // 9 single people, 10 steps in each of the four decades from 10 to 99,999, then 100,000.
    const LEN: usize = 9 + 4 * DECADE_STEPS.len() + 1;
    const LADDER: [u32; LEN] = build_ladder();
    const fn build_ladder() -> [u32; LEN] {
        let mut out = [0u32; LEN];
        let mut i = 0;
        while i < 9 {
            out[i] = i as u32 + 1;
            i += 1;
        }
        let mut scale = 1;
        let mut decade = 0;
        while decade < 4 {
            let mut s = 0;
            while s < DECADE_STEPS.len() {
                out[i] = DECADE_STEPS[s] * scale;
                i += 1;
                s += 1;
            }
            scale *= 10;
            decade += 1;
        }
        out[i] = MAX_PEOPLE;
        out
    }
    &LADDER
}

impl fmt::Display for Headcount {
    /// "1 person", "5 people", "about 150 people", "about 20,000 people".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            1 => f.write_str("1 person"),
            n if n < 10 => write!(f, "{n} people"),
            n => write!(f, "about {} people", with_thousands(n)),
        }
    }
}

/// A named stage of a company's growth. Stages are half-open headcount ranges that tile 1..=100,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    FoundingTeam,
    Seed,
    SeriesA,
    SeriesB,
    LateStage,
    PublicCompany,
    Hyperscale,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::FoundingTeam,
        Stage::Seed,
        Stage::SeriesA,
        Stage::SeriesB,
        Stage::LateStage,
        Stage::PublicCompany,
        Stage::Hyperscale,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Stage::FoundingTeam => "Founding team",
            Stage::Seed => "Seed",
            Stage::SeriesA => "Series A",
            Stage::SeriesB => "Series B",
            Stage::LateStage => "Late stage",
            Stage::PublicCompany => "Public company",
            Stage::Hyperscale => "Hyperscale",
        }
    }

    /// A URL- and CSS-safe name.
    pub const fn slug(self) -> &'static str {
        match self {
            Stage::FoundingTeam => "founding-team",
            Stage::Seed => "seed",
            Stage::SeriesA => "series-a",
            Stage::SeriesB => "series-b",
            Stage::LateStage => "late-stage",
            Stage::PublicCompany => "public-company",
            Stage::Hyperscale => "hyperscale",
        }
    }

    /// The first headcount of this stage.
    pub const fn starts_at(self) -> u32 {
        match self {
            Stage::FoundingTeam => 1,
            Stage::Seed => 10,
            Stage::SeriesA => 30,
            Stage::SeriesB => 100,
            Stage::LateStage => 300,
            Stage::PublicCompany => 2_000,
            Stage::Hyperscale => 20_000,
        }
    }

    /// The last headcount of this stage (inclusive).
    pub fn ends_at(self) -> u32 {
        match self.next() {
            Some(next) => next.starts_at() - 1,
            None => MAX_PEOPLE,
        }
    }

    /// A headcount that typifies the stage; stage ticks and PageUp/PageDown jump here.
    pub const fn typical(self) -> Headcount {
        Headcount(match self {
            Stage::FoundingTeam => 5,
            Stage::Seed => 25,
            Stage::SeriesA => 60,
            Stage::SeriesB => 150,
            Stage::LateStage => 800,
            Stage::PublicCompany => 5_000,
            Stage::Hyperscale => 50_000,
        })
    }

    pub fn of(headcount: Headcount) -> Stage {
        Stage::ALL
            .into_iter()
            .rev()
            .find(|stage| headcount.people() >= stage.starts_at())
            .unwrap_or(Stage::FoundingTeam)
    }

    pub fn next(self) -> Option<Stage> {
        Stage::ALL.get(self as usize + 1).copied()
    }

    pub fn previous(self) -> Option<Stage> {
        (self as usize).checked_sub(1).map(|i| Stage::ALL[i])
    }

    /// How many slider positions fall in this stage; the stage ticks are sized by it.
    pub fn positions(self) -> usize {
        ladder().iter().filter(|&&people| people >= self.starts_at() && people <= self.ends_at()).count()
    }
}

/// The range of company sizes a reader would be comfortable in: both ends on the slider's ladder,
/// `from` never above `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SweetSpot {
    from: Headcount,
    to: Headcount,
}

impl SweetSpot {
    /// The range between two sizes, in either order, snapped to the ladder.
    pub fn between(a: Headcount, b: Headcount) -> SweetSpot {
        let (a, b) = (a.snapped(), b.snapped());
        SweetSpot { from: a.min(b), to: a.max(b) }
    }

    pub fn from(self) -> Headcount {
        self.from
    }

    pub fn to(self) -> Headcount {
        self.to
    }

    pub fn contains(self, headcount: Headcount) -> bool {
        self.from <= headcount && headcount <= self.to
    }

    /// Where `headcount` is against the range.
    pub fn place(self, headcount: Headcount) -> Place {
        if headcount < self.from {
            Place::Below
        } else if headcount > self.to {
            Place::Above
        } else {
            Place::Inside
        }
    }
}

/// Where a size is against a sweet spot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Below,
    Inside,
    Above,
}

/// A key the size slider answers: arrows step one position, PageUp and PageDown jump to the next
/// or previous stage, Home and End go to the ends. It is a move from wherever the slider is when
/// the key is handled, which on a slow machine may be before the widget has drawn the key before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeKey {
    StepUp,
    StepDown,
    NextStage,
    PreviousStage,
    Smallest,
    Largest,
}

impl SizeKey {
    /// The key by its `KeyboardEvent.key`; other keys are not the slider's.
    pub fn from_key(key: &str) -> Option<SizeKey> {
        match key {
            "ArrowRight" | "ArrowUp" => Some(SizeKey::StepUp),
            "ArrowLeft" | "ArrowDown" => Some(SizeKey::StepDown),
            "PageUp" => Some(SizeKey::NextStage),
            "PageDown" => Some(SizeKey::PreviousStage),
            "Home" => Some(SizeKey::Smallest),
            "End" => Some(SizeKey::Largest),
            _ => None,
        }
    }

    /// Where the key takes the slider from `now`.
    pub fn from(self, now: Headcount) -> Headcount {
        match self {
            SizeKey::StepUp => now.stepped(1),
            SizeKey::StepDown => now.stepped(-1),
            SizeKey::NextStage => now.stage().next().map_or(Headcount::MAX, Stage::typical),
            SizeKey::PreviousStage => now.stage().previous().map_or(Headcount::MIN, Stage::typical),
            SizeKey::Smallest => Headcount::MIN,
            SizeKey::Largest => Headcount::MAX,
        }
    }
}

/// The stage and the size as a sentence says them, for the sliders' spoken value and the pages'
/// descriptions: "Series B, about 150 people".
pub fn stage_and_size(headcount: Headcount) -> String {
    format!("{}, {}", headcount.stage().name(), headcount)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(n: u32) -> Headcount {
        Headcount::new(n).unwrap()
    }

    #[test]
    fn the_ladder_runs_from_one_founder_to_a_hundred_thousand_people() {
        assert_eq!(ladder().first(), Some(&1));
        assert_eq!(ladder().last(), Some(&100_000));
        assert!(ladder().windows(2).all(|w| w[0] < w[1]));
        assert_eq!(positions(), 50);
    }

    #[test]
    fn every_stage_boundary_and_typical_headcount_is_on_the_ladder() {
        for stage in Stage::ALL {
            assert!(ladder().contains(&stage.starts_at()), "{stage:?} start");
            assert!(ladder().contains(&stage.typical().people()), "{stage:?} typical");
            assert_eq!(stage.typical().stage(), stage);
        }
    }

    #[test]
    fn headcounts_outside_the_range_are_refused() {
        assert_eq!(Headcount::new(0), None);
        assert_eq!(Headcount::new(100_001), None);
        assert_eq!(Headcount::new(1), Some(Headcount::MIN));
    }

    #[test]
    fn off_ladder_headcounts_snap_to_the_nearest_in_log_space() {
        assert_eq!(people(137).snapped(), people(150));
        assert_eq!(people(130).snapped(), people(120));
        assert_eq!(people(7).snapped(), people(7));
        assert_eq!(people(99_999).snapped(), people(100_000));
    }

    #[test]
    fn labels_read_like_a_person_would_say_them() {
        assert_eq!(stage_and_size(people(150)), "Series B, about 150 people");
        assert_eq!(stage_and_size(people(1)), "Founding team, 1 person");
        assert_eq!(stage_and_size(people(5)), "Founding team, 5 people");
        assert_eq!(stage_and_size(people(20_000)), "Hyperscale, about 20,000 people");
    }

    #[test]
    fn keys_step_jump_between_stages_and_reach_the_ends() {
        let now = people(150);
        let after = |key: &str, now| SizeKey::from_key(key).map(|key| key.from(now));
        assert_eq!(after("ArrowRight", now), Some(people(200)));
        assert_eq!(after("ArrowUp", now), Some(people(200)));
        assert_eq!(after("ArrowDown", now), Some(people(120)));
        assert_eq!(after("ArrowLeft", now), Some(people(120)));
        assert_eq!(after("PageUp", now), Some(Stage::LateStage.typical()));
        assert_eq!(after("PageDown", now), Some(Stage::SeriesA.typical()));
        assert_eq!(after("Home", now), Some(Headcount::MIN));
        assert_eq!(after("End", now), Some(Headcount::MAX));
        assert_eq!(after("PageUp", people(50_000)), Some(Headcount::MAX));
        assert_eq!(after("PageDown", people(3)), Some(Headcount::MIN));
        assert_eq!(after("ArrowLeft", Headcount::MIN), Some(Headcount::MIN));
        assert_eq!(after("Tab", now), None);
    }

    #[test]
    fn a_sweet_spot_is_ordered_and_on_the_ladder() {
        let spot = SweetSpot::between(people(4000), people(37));
        assert_eq!((spot.from(), spot.to()), (people(40), people(4000)));
        assert!(spot.contains(people(150)) && !spot.contains(people(5000)));
        let spot = SweetSpot::between(people(100), people(250));
        assert_eq!(spot.place(people(40)), Place::Below);
        assert_eq!(spot.place(people(100)), Place::Inside);
        assert_eq!(spot.place(people(250)), Place::Inside);
        assert_eq!(spot.place(people(300)), Place::Above);
    }

    #[test]
    fn the_stage_ticks_share_out_every_position() {
        let total: usize = Stage::ALL.iter().map(|s| s.positions()).sum();
        assert_eq!(total, positions());
    }
}
