//! The widget's state and the reader's intents. Pure: no browser calls, tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::content::{Function, Preset, Scenario};
use crate::model::{describe, handovers, snapshot};
use crate::scale::{Headcount, Stage, SweetSpot};
use crate::url_state::{LinkState, Parsed};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The function and preset's table of work; derived from `link`, kept to avoid rebuilding it.
    pub scenario: Rc<Scenario>,
    /// Everything a share link carries: the scale, the function, the preset, the sweet spot and
    /// the display options.
    pub link: LinkState,
    /// What the polite live region says: the last handovers, in words.
    pub announcement: String,
    /// Whether the reader has moved anything yet; the drag hint shows until they do.
    pub touched: bool,
    /// What the opening link asked for that could not be used, in words.
    pub notices: Rc<Vec<String>>,
    /// Whether the opening link has been applied (there may have been none).
    pub link_opened: bool,
    /// Whether the guided tour is walking the stages.
    pub touring: bool,
}

impl Default for State {
    fn default() -> Self {
        State::opening_at(LinkState::default().headcount)
    }
}

impl State {
    /// The state a page opens in before any link applies: a stage page opens at its stage.
    pub fn opening_at(headcount: Headcount) -> State {
        let link = LinkState { headcount: headcount.snapped(), ..LinkState::default() };
        State {
            scenario: Rc::new(Scenario::built_in(link.function, link.preset)),
            link,
            announcement: String::new(),
            touched: false,
            notices: Rc::default(),
            link_opened: false,
            touring: false,
        }
    }

    pub fn headcount(&self) -> Headcount {
        self.link.headcount
    }

    /// Moves to `headcount` and/or another scenario, announcing what changed hands.
    fn show(&mut self, headcount: Headcount, scenario: Rc<Scenario>) {
        let moved = handovers(
            (&self.scenario, &snapshot(&self.scenario, self.headcount())),
            (&scenario, &snapshot(&scenario, headcount)),
        );
        if scenario.function != self.scenario.function {
            self.announcement = format!("Now following the {} function.", scenario.function.name());
        } else if !moved.is_empty() {
            self.announcement = describe(&scenario.holder, &moved);
        }
        // Otherwise keep the last message, so the live region stays quiet.
        self.link.headcount = headcount;
        self.scenario = scenario;
    }

    fn with_table(&mut self, function: Function, preset: Preset) {
        if (function, preset) != (self.link.function, self.link.preset) {
            self.link.function = function;
            self.link.preset = preset;
            self.show(self.headcount(), Rc::new(Scenario::built_in(function, preset)));
        }
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
    ChooseFunction(Function),
    ChoosePreset(Preset),
    /// Marked (or cleared) the range of sizes they would be comfortable in.
    MarkSweetSpot(Option<SweetSpot>),
    /// Pressed play: the tour walks the stages from the founding team.
    StartTour,
    /// Pressed pause.
    StopTour,
    /// The tour's timer: on to the next stage, or stop after the last.
    TourStep,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Anything the reader does stops the tour; only the tour's own steps keep it going.
        if !matches!(action, Action::TourStep | Action::StartTour | Action::OpenLink(_)) {
            next.touring = false;
        }
        match action {
            Action::MoveTo(headcount) => {
                let headcount = headcount.snapped();
                if headcount == self.headcount() && self.touched && !self.touring {
                    return self;
                }
                next.show(headcount, Rc::clone(&self.scenario));
                next.touched = true;
            }
            Action::OpenLink(parsed) => {
                let link = parsed.state;
                next.scenario = Rc::new(Scenario::built_in(link.function, link.preset));
                next.link = link;
                next.notices = Rc::new(parsed.notices.iter().map(ToString::to_string).collect());
                next.link_opened = true;
                // autoplay=1 plays the tour as the play button does: from the founding team.
                if link.autoplay {
                    next.touring = true;
                    next.link.headcount = Stage::FoundingTeam.typical();
                }
            }
            Action::DismissNotices => next.notices = Rc::default(),
            Action::ChooseFunction(function) => {
                next.with_table(function, self.link.preset);
                next.touched = true;
            }
            Action::ChoosePreset(preset) => {
                next.with_table(self.link.function, preset);
                next.touched = true;
            }
            Action::MarkSweetSpot(sweet) => {
                next.link.sweet = sweet;
                next.touched = true;
            }
            Action::StartTour => {
                next.touring = true;
                next.touched = true;
                next.show(Stage::FoundingTeam.typical(), Rc::clone(&self.scenario));
            }
            Action::StopTour => {}
            Action::TourStep => {
                if !self.touring {
                    return self;
                }
                match self.headcount().stage().next() {
                    Some(stage) => next.show(stage.typical(), Rc::clone(&self.scenario)),
                    None => next.touring = false,
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::parse;

    fn act(state: Rc<State>, action: Action) -> Rc<State> {
        state.reduce(action)
    }

    fn move_to(state: Rc<State>, people: u32) -> Rc<State> {
        act(state, Action::MoveTo(Headcount::new(people).unwrap()))
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
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("people=40&embed=1&x=1")));
        assert_eq!(state.headcount().people(), 40);
        assert!(state.link.embed);
        assert_eq!(state.announcement, "", "a link is not a move: nothing is announced");
        assert!(!state.touched, "the reader has not moved anything yet");
        assert_eq!(*state.notices, ["Ignored “x”: this widget has no such setting."]);
        let state = act(state, Action::DismissNotices);
        assert!(state.notices.is_empty());
        assert_eq!(state.headcount().people(), 40);
    }

    #[test]
    fn a_link_to_the_sales_function_opens_on_the_sales_table() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("fn=sales&people=200")));
        assert_eq!(state.scenario.holder, "sales person");
        assert_eq!(state.scenario.function, Function::Sales);
    }

    #[test]
    fn switching_preset_keeps_the_size_and_announces_only_what_changed_hands() {
        let state = move_to(Rc::new(State::default()), 60);
        let state = act(state, Action::ChoosePreset(Preset::DeveloperPlatform));
        assert_eq!(state.headcount().people(), 60);
        assert_eq!(state.link.preset, Preset::DeveloperPlatform);
        assert!(state.announcement.contains("Sales Calls moved to Solutions Architect."));
        assert!(!state.announcement.contains("Roadmap"));
    }

    #[test]
    fn switching_function_says_which_function_is_shown() {
        let state = act(Rc::new(State::default()), Action::ChooseFunction(Function::Sales));
        assert_eq!(state.announcement, "Now following the Sales function.");
        assert_eq!(state.scenario.holder_title, "Founding sales person");
    }

    #[test]
    fn the_tour_walks_every_stage_then_stops() {
        let mut state = act(Rc::new(State::default()), Action::StartTour);
        let mut seen = vec![state.headcount().stage()];
        while state.touring {
            state = act(state, Action::TourStep);
            seen.push(state.headcount().stage());
        }
        seen.dedup();
        assert_eq!(seen, Stage::ALL);
    }

    #[test]
    fn any_touch_stops_the_tour() {
        let state = act(Rc::new(State::default()), Action::StartTour);
        assert!(state.touring);
        assert!(!move_to(Rc::clone(&state), 40).touring);
        assert!(!act(Rc::clone(&state), Action::ChoosePreset(Preset::ConsumerApp)).touring);
        assert!(!act(Rc::clone(&state), Action::StopTour).touring);
        let stopped = act(state, Action::StopTour);
        assert_eq!(act(Rc::clone(&stopped), Action::TourStep), stopped, "a late timer tick does nothing");
    }

    #[test]
    fn autoplay_in_a_link_starts_the_tour() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("embed=1&autoplay=1&people=150")));
        assert!(state.touring);
        assert_eq!(state.headcount().stage(), Stage::FoundingTeam);
    }

    #[test]
    fn a_sweet_spot_can_be_marked_and_cleared() {
        let spot = SweetSpot::around(Headcount::new(150).unwrap());
        let state = act(Rc::new(State::default()), Action::MarkSweetSpot(Some(spot)));
        assert_eq!(state.link.sweet, Some(spot));
        assert_eq!(act(state, Action::MarkSweetSpot(None)).link.sweet, None);
    }
}
