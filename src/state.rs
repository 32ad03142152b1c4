//! The widget's state and the reader's intents. Pure: no browser calls, tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::content::Scenario;
use crate::model::{describe, handovers, snapshot};
use crate::scale::Headcount;
use crate::url_state::{LinkState, Parsed};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub scenario: Rc<Scenario>,
    /// Everything a share link carries: the scale and the display options.
    pub link: LinkState,
    /// What the polite live region says: the last handovers, in words.
    pub announcement: String,
    /// Whether the reader has moved the slider yet; the drag hint shows until they do.
    pub touched: bool,
    /// What the opening link asked for that could not be used, in words.
    pub notices: Rc<Vec<String>>,
    /// Whether the opening link has been applied (there may have been none).
    pub link_opened: bool,
}

impl Default for State {
    fn default() -> Self {
        State::opening_at(LinkState::default().headcount)
    }
}

impl State {
    /// The state a page opens in before any link applies: a stage page opens at its stage.
    pub fn opening_at(headcount: Headcount) -> State {
        State {
            scenario: Rc::new(Scenario::b2b_saas()),
            link: LinkState { headcount: headcount.snapped(), ..LinkState::default() },
            announcement: String::new(),
            touched: false,
            notices: Rc::default(),
            link_opened: false,
        }
    }

    pub fn headcount(&self) -> Headcount {
        self.link.headcount
    }
}

/// What the reader did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Moved the company to a new size (slider, keys or a stage tick).
    MoveTo(Headcount),
    /// Opened the widget from a link: its state applies at once, quietly, with its notices.
    OpenLink(Parsed),
    /// Closed the notice about the link.
    DismissNotices,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::MoveTo(headcount) => {
                let headcount = headcount.snapped();
                if headcount == self.headcount() && self.touched {
                    return self;
                }
                let moved = handovers(
                    &snapshot(&self.scenario, self.headcount()),
                    &snapshot(&self.scenario, headcount),
                );
                // Keep the last message while nothing changes hands, so the region stays quiet.
                if !moved.is_empty() {
                    next.announcement = describe(&self.scenario, &moved);
                }
                next.link.headcount = headcount;
                next.touched = true;
            }
            Action::OpenLink(parsed) => {
                next.link = parsed.state;
                next.notices = Rc::new(parsed.notices.iter().map(ToString::to_string).collect());
                next.link_opened = true;
            }
            Action::DismissNotices => next.notices = Rc::default(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::parse;

    fn move_to(state: Rc<State>, people: u32) -> Rc<State> {
        state.reduce(Action::MoveTo(Headcount::new(people).unwrap()))
    }

    #[test]
    fn the_widget_opens_untouched_at_series_b() {
        let state = State::default();
        assert_eq!(state.headcount().people(), 150);
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
        assert_eq!(state.headcount().people(), 150);
    }

    #[test]
    fn opening_a_link_applies_it_quietly_and_keeps_its_notices_until_dismissed() {
        let state = Rc::new(State::default()).reduce(Action::OpenLink(parse("people=40&embed=1&x=1")));
        assert_eq!(state.headcount().people(), 40);
        assert!(state.link.embed);
        assert_eq!(state.announcement, "", "a link is not a move: nothing is announced");
        assert!(!state.touched, "the reader has not moved anything yet");
        assert_eq!(*state.notices, ["Ignored “x”: this widget has no such setting."]);
        let state = state.reduce(Action::DismissNotices);
        assert!(state.notices.is_empty());
        assert_eq!(state.headcount().people(), 40);
    }
}
