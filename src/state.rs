//! The widget's state and the reader's intents. Pure: no browser calls, tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::content::{Scenario, DEFAULT_PEOPLE};
use crate::model::{describe, handovers, snapshot};
use crate::scale::Headcount;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub scenario: Rc<Scenario>,
    pub headcount: Headcount,
    /// What the polite live region says: the last handovers, in words.
    pub announcement: String,
    /// Whether the reader has moved the slider yet; the drag hint shows until they do.
    pub touched: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            scenario: Rc::new(Scenario::b2b_saas()),
            headcount: Headcount::new(DEFAULT_PEOPLE).expect("default is in range"),
            announcement: String::new(),
            touched: false,
        }
    }
}

/// What the reader did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Moved the company to a new size (slider, keys or a stage tick).
    MoveTo(Headcount),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::MoveTo(headcount) => {
                let headcount = headcount.snapped();
                if headcount == self.headcount && self.touched {
                    return self;
                }
                let before = snapshot(&self.scenario, self.headcount);
                let after = snapshot(&self.scenario, headcount);
                let moved = handovers(&before, &after);
                // Keep the last message while nothing changes hands, so the region stays quiet.
                let announcement = if moved.is_empty() {
                    self.announcement.clone()
                } else {
                    describe(&self.scenario, &moved)
                };
                Rc::new(State {
                    scenario: Rc::clone(&self.scenario),
                    headcount,
                    announcement,
                    touched: true,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn move_to(state: Rc<State>, people: u32) -> Rc<State> {
        state.reduce(Action::MoveTo(Headcount::new(people).unwrap()))
    }

    #[test]
    fn the_widget_opens_untouched_at_series_b() {
        let state = State::default();
        assert_eq!(state.headcount.people(), 150);
        assert!(!state.touched);
        assert!(state.announcement.is_empty());
    }

    #[test]
    fn dragging_back_to_seed_returns_work_to_the_pm_and_says_so() {
        let state = move_to(Rc::new(State::default()), 20);
        assert!(state.announcement.starts_with("Design returned to the PM. Discovery returned to the PM."));
        assert!(state.announcement.contains("Product Marketing returned to the PM."));
        assert!(state.touched);
    }

    #[test]
    fn a_move_without_handovers_keeps_the_last_announcement() {
        let state = move_to(Rc::new(State::default()), 40);
        let said = state.announcement.clone();
        let state = move_to(state, 50);
        assert_eq!(state.announcement, said);
    }

    #[test]
    fn off_ladder_headcounts_land_on_the_ladder() {
        let state = move_to(Rc::new(State::default()), 137);
        assert_eq!(state.headcount.people(), 150);
    }
}
