//! The widget's state and the reader's intents. Pure: no browser calls, tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::custom::wire;
use crate::host;
use crate::link::{Key, LinkState, Parsed, ScenarioSource};
use crate::model::{describe, handovers, snapshot, tour_stops, Handover, Snapshot};
use crate::notice::{Notice, Unusable};
use crate::scale::{Headcount, SizeKey, Stage, SweetSpot};
use crate::scenario::{Function, Preset, Scenario};
use crate::text;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The function and preset's table of work; derived from `link`, kept to avoid rebuilding it.
    pub scenario: Rc<Scenario>,
    /// Who holds what at this size, worked out once per change. A new `Rc` only when a holder
    /// changes, so a view compares it by pointer: most slider steps keep it.
    pub snapshot: Rc<Snapshot>,
    /// Everything a share link carries: the scale, the function, the preset, the sweet spot and
    /// the display options.
    pub link: LinkState,
    /// What the polite live region says: the last handovers, in words.
    pub announcement: String,
    /// Whether the reader has moved anything yet; the drag hint shows until they do.
    pub touched: bool,
    /// What the opening link asked for that could not be used.
    pub notices: Rc<Vec<Notice>>,
    /// Where the opening link stands: not yet applied, waiting for its scenario, or settled.
    pub opening: Opening,
    /// Where the guided tour stands: off, playing, or paused at a stop.
    pub tour: Tour,
    /// A custom scenario the link opened, once read: the picker offers it beside the built-ins.
    pub custom: Option<(ScenarioSource, Rc<Scenario>)>,
    /// Where the slider's thumb is ahead of the board: a drag's step that hands work over shows on
    /// the slider at once, and on the board once the thumb's frame is drawn (`Action::ThumbAt`).
    pub thumb: Option<Headcount>,
}

/// The scenario in the extras module's answer (`custom::wire`), or why there is none: the module
/// could not be loaded (`None`), or its answer lists problems.
pub fn scenario_in(answer: Option<String>) -> Result<Scenario, Unusable> {
    wire::answer(&answer.ok_or(Unusable::NoReader)?).map_err(Unusable::Problems)
}

/// Where the guided tour stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tour {
    /// Not playing: play starts it from the founding team.
    Off,
    /// Moving on to the next stop when its time is up.
    Playing,
    /// Paused by its own button: it keeps its place, and play goes on from there.
    Paused,
}

/// Where the link the page was opened with stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    /// Not applied yet: the page shows what it was prerendered with (there may be no link at all).
    Pending,
    /// Applied, and the scenario it names is on its way: a file being fetched, or a packed
    /// scenario being unpacked.
    Awaiting(ScenarioSource),
    /// Applied, with everything it asked for shown (or a notice saying why not).
    Settled,
}

impl Default for State {
    fn default() -> Self {
        let link = LinkState::default();
        State::opening_at(link.headcount, link.function, link.preset)
    }
}

impl State {
    /// The state a page opens in before any link applies: a stage page opens at its stage, with
    /// its function and company type.
    pub fn opening_at(headcount: Headcount, function: Function, preset: Preset) -> State {
        let link = LinkState { headcount: headcount.snapped(), function, preset, ..LinkState::default() };
        let scenario = Rc::new(Scenario::built_in(link.function, link.preset));
        State {
            snapshot: Rc::new(snapshot(&scenario, link.headcount)),
            scenario,
            link,
            announcement: String::new(),
            touched: false,
            notices: Rc::default(),
            opening: Opening::Pending,
            tour: Tour::Off,
            custom: None,
            thumb: None,
        }
    }

    /// The link is applied and its scenario, if any, has arrived: the widget shows what was asked.
    pub fn settled(&self) -> bool {
        self.opening == Opening::Settled
    }

    /// The scenario to fetch or unpack, while one is awaited.
    pub fn awaited(&self) -> Option<ScenarioSource> {
        match &self.opening {
            Opening::Awaiting(source) => Some(source.clone()),
            Opening::Pending | Opening::Settled => None,
        }
    }

    pub fn headcount(&self) -> Headcount {
        self.link.headcount
    }

    /// The size the slider shows: where its thumb is, ahead of the board or with it.
    pub fn slider_at(&self) -> Headcount {
        self.thumb.unwrap_or(self.headcount())
    }

    /// Whether the tour is playing.
    pub fn touring(&self) -> bool {
        self.tour == Tour::Playing
    }

    /// The tour's stop after (or before, `forward` false) the current size, if there is one.
    fn tour_stop(&self, forward: bool) -> Option<Headcount> {
        let stops = tour_stops(&self.scenario);
        let now = self.headcount();
        if forward {
            stops.into_iter().find(|&stop| stop > now)
        } else {
            stops.into_iter().rev().find(|&stop| stop < now)
        }
    }

    /// The work that `action` would hand over from this state, worked out as the reducer would
    /// do it: a slider step, a change of company type or a tour's step moves only some work (most
    /// slider steps none), and only that is worth measuring for an animation.
    pub fn handovers_by(&self, action: &Action) -> Vec<Handover> {
        let next = Rc::new(self.clone()).reduce(action.clone());
        handovers((&self.scenario, &self.snapshot), (&next.scenario, &next.snapshot))
    }

    /// Works out the snapshot again after a change that did not go through `show` (opening a
    /// link, a scenario arriving), keeping the old one (the same `Rc`) when nobody's work changed
    /// hands.
    fn refresh_snapshot(&mut self) {
        let now = snapshot(&self.scenario, self.headcount());
        if now != *self.snapshot {
            self.snapshot = Rc::new(now);
        }
    }

    /// Moves to `headcount` and/or another scenario, announcing what changed hands.
    fn show(&mut self, headcount: Headcount, scenario: Rc<Scenario>) {
        let now = snapshot(&scenario, headcount);
        let moved = handovers((&self.scenario, &self.snapshot), (&scenario, &now));
        if !scenario.origin.same_function(&self.scenario.origin) {
            self.announcement = text::now_following(scenario.name());
        } else if !moved.is_empty() {
            self.announcement = describe(&scenario.holder, &moved);
        }
        // Otherwise keep the last message, so the live region stays quiet.
        self.link.headcount = headcount;
        self.scenario = scenario;
        if now != *self.snapshot {
            self.snapshot = Rc::new(now);
        }
    }

    /// The table the link asks for: its custom scenario once read, else the function's own.
    fn table(&self) -> Rc<Scenario> {
        match (&self.link.scenario, &self.custom) {
            (Some(asked), Some((source, scenario))) if asked == source => Rc::clone(scenario),
            _ => Rc::new(Scenario::built_in(self.link.function, self.link.preset)),
        }
    }

    /// Shows the table the link now asks for, if it is another one.
    fn show_table(&mut self) {
        let table = self.table();
        if table != self.scenario {
            self.show(self.headcount(), table);
        }
    }

    /// Reads the link's custom scenario: shows it, or says why not and shows the built-in table.
    fn open_scenario(&mut self, source: ScenarioSource, scenario: Result<Scenario, Unusable>) {
        match scenario {
            Ok(scenario) => {
                self.custom = Some((source, Rc::new(scenario)));
                // A file may arrive after the reader has started (the page shows after four
                // seconds regardless): then the change is theirs to hear about.
                if self.touched {
                    self.show_table();
                } else {
                    self.scenario = self.table();
                }
            }
            Err(why) => {
                let mut notices = (*self.notices).clone();
                notices.push(Notice::Scenario { source: source.clone(), why });
                self.notices = Rc::new(notices);
                if self.link.scenario.as_ref() == Some(&source) {
                    self.link.scenario = None;
                }
            }
        }
    }
}

/// What the reader did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Moved the company to a new size (slider or a stage tick).
    MoveTo(Headcount),
    /// Pressed one of the slider's keys: a `MoveTo` from where the slider is now, which may be
    /// ahead of what the widget last drew (a second key handled before the first key's render).
    Press(SizeKey),
    /// Dragged the slider to a size at which work changes hands: the slider shows it now, and
    /// `CatchUp`, after the frame that draws it, moves the board. An action that sets the size
    /// meanwhile ends it (`Action::sets_size`).
    ThumbAt(Headcount),
    /// The board catches up with the slider ahead of it: a `MoveTo` where the slider is, or
    /// nothing if another action has set the size since.
    CatchUp,
    /// Opened the widget from a link: its state applies at once, quietly, with its notices.
    OpenLink(Parsed),
    /// Closed the notice about the link.
    DismissNotices,
    ChooseFunction(Function),
    ChoosePreset(Preset),
    /// Marked (or cleared) the range of sizes they would be comfortable in.
    MarkSweetSpot(Option<SweetSpot>),
    /// Weighed sizes in the panel "Which size suits me?" (`fit`): a second size to compare with,
    /// the work they want to keep, and the sweet spot that starts from it, as this link reads.
    WeighSizes(LinkState),
    /// Pressed "Mark my sweet spot": it starts at the size they are at, and its handles widen it.
    MarkSweetSpotHere,
    /// Pressed play: the tour walks the stops from the founding team, or goes on from where it
    /// was paused.
    StartTour,
    /// Pressed pause: the tour keeps its place.
    PauseTour,
    /// Stopped the tour some other way (a touch elsewhere).
    StopTour,
    /// The tour's timer, or the tour's "next" button: on to the next stop, or stop after the last.
    TourStep,
    /// The tour's "previous" button: back to the stop before.
    TourBack,
    /// The link's scenario arrived (fetched, unpacked or read from the link) and was read and
    /// checked, or not (why not).
    ScenarioArrived(ScenarioSource, Result<Scenario, Unusable>),
    /// Chose the custom scenario the link opened, in the picker.
    ChooseCustom,
    /// The host page set some of the link's fields (`host::SET`), read as a link reads them.
    HostSet(Vec<(&'static str, host::Field)>),
}

impl Action {
    /// Whether this may set the size, and so ends a slider's lead over the board (`ThumbAt`): a
    /// move, the link, the tour, or the host page naming a size. Anything else (a theme, a
    /// scenario arriving, a notice closed, another company type) leaves the slider where the
    /// reader's finger is, and the board still catches up with it.
    fn sets_size(&self) -> bool {
        match self {
            Action::HostSet(fields) => fields.iter().any(|(name, _)| *name == Key::People.name()),
            Action::MoveTo(_)
            | Action::Press(_)
            | Action::ThumbAt(_)
            | Action::CatchUp
            | Action::OpenLink(_)
            | Action::StartTour
            | Action::TourStep
            | Action::TourBack => true,
            Action::DismissNotices
            | Action::ChooseFunction(_)
            | Action::ChoosePreset(_)
            | Action::MarkSweetSpot(_)
            | Action::WeighSizes(_)
            | Action::MarkSweetSpotHere
            | Action::PauseTour
            | Action::StopTour
            | Action::ScenarioArrived(..)
            | Action::ChooseCustom => false,
        }
    }

    /// Whether this stops a playing tour: anything the reader does, but not the tour's own steps,
    /// nor what arrives by itself (the link, its scenario).
    pub fn stops_tour(&self) -> bool {
        match self {
            Action::MoveTo(_)
            | Action::Press(_)
            | Action::ThumbAt(_)
            | Action::DismissNotices
            | Action::ChooseFunction(_)
            | Action::ChoosePreset(_)
            | Action::MarkSweetSpot(_)
            | Action::WeighSizes(_)
            | Action::MarkSweetSpotHere
            | Action::StopTour
            | Action::ChooseCustom
            | Action::HostSet(_) => true,
            Action::StartTour
            | Action::PauseTour
            | Action::TourStep
            | Action::TourBack
            | Action::OpenLink(_)
            | Action::ScenarioArrived(..)
            | Action::CatchUp => false,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let action = match (action, self.thumb) {
            (Action::CatchUp, Some(headcount)) => Action::MoveTo(headcount),
            (Action::CatchUp, None) => return self,
            (Action::Press(key), _) => Action::MoveTo(key.from(self.slider_at())),
            (action, _) => action,
        };
        let mut next = (*self).clone();
        if action.sets_size() {
            next.thumb = None;
        }
        if action.stops_tour() {
            next.tour = Tour::Off;
        }
        match action {
            // The reader has moved the slider: the hint is done, and a tour that a link asked to
            // play once its scenario arrives no longer starts.
            Action::ThumbAt(headcount) => {
                next.thumb = Some(headcount.snapped());
                next.touched = true;
            }
            // Made a `MoveTo`, or nothing, above.
            Action::CatchUp | Action::Press(_) => return self,
            Action::MoveTo(headcount) => {
                let headcount = headcount.snapped();
                if headcount == self.headcount() && self.touched && self.tour == Tour::Off && self.thumb.is_none() {
                    return self;
                }
                next.show(headcount, Rc::clone(&self.scenario));
                next.touched = true;
            }
            Action::OpenLink(parsed) => {
                next.notices = Rc::new(parsed.notices.iter().cloned().map(Notice::Link).collect());
                next.opening = Opening::Settled;
                next.link = parsed.state;
                next.scenario = Rc::new(Scenario::built_in(next.link.function, next.link.preset));
                // The app fetches or unpacks it, has it read and checked, then sends
                // `ScenarioArrived`. (Even JSON in the link waits: the code that reads it is loaded
                // only when a link has a scenario.)
                if let Some(source) = next.link.scenario.clone() {
                    next.opening = Opening::Awaiting(source);
                }
                // autoplay=1 plays the tour as the play button does: from the founding team, and
                // once the scenario it tours has arrived.
                if next.link.autoplay {
                    next.tour = if next.opening == Opening::Settled { Tour::Playing } else { Tour::Off };
                    next.link.headcount = Stage::FoundingTeam.typical();
                }
                next.refresh_snapshot();
            }
            Action::DismissNotices => next.notices = Rc::default(),
            Action::ChooseFunction(function) => {
                next.link.function = function;
                next.link.scenario = None;
                // Another function's work has other ids: its ticks start afresh.
                next.link.keep = None;
                next.show_table();
                next.touched = true;
            }
            Action::ChoosePreset(preset) => {
                next.link.preset = preset;
                next.show_table();
                next.touched = true;
            }
            Action::ChooseCustom => {
                next.link.scenario = self.custom.as_ref().map(|(source, _)| source.clone());
                next.link.keep = None;
                next.show_table();
                next.touched = true;
            }
            Action::ScenarioArrived(source, scenario) => {
                if self.opening != Opening::Awaiting(source.clone()) {
                    return self;
                }
                next.opening = Opening::Settled;
                next.open_scenario(source, scenario);
                if next.link.autoplay && !next.touched {
                    next.tour = Tour::Playing;
                    next.link.headcount = Stage::FoundingTeam.typical();
                }
                next.refresh_snapshot();
            }
            Action::MarkSweetSpot(sweet) => {
                next.link.sweet = sweet;
                next.touched = true;
            }
            Action::WeighSizes(asked) => {
                next.link = LinkState { vs: asked.vs, keep: asked.keep, sweet: asked.sweet, ..next.link };
                next.touched = true;
            }
            Action::MarkSweetSpotHere => {
                next.link.sweet = Some(SweetSpot::between(self.headcount(), self.headcount()));
                next.touched = true;
            }
            Action::HostSet(fields) => {
                let field =
                    |name: &str| fields.iter().find(|(n, _)| *n == name).map_or(host::Field::Other, |(_, f)| f.clone());
                let asked = host::apply_set(&self.link, field);
                if (asked.function, asked.preset) != (self.link.function, self.link.preset) {
                    next.link.scenario = None;
                }
                next.link = LinkState { scenario: next.link.scenario.clone(), ..asked };
                // The same table keeps its `Rc`, so a theme alone renders no board again.
                let table = Some(next.table()).filter(|table| *table != self.scenario);
                next.show(next.link.headcount, table.unwrap_or_else(|| Rc::clone(&self.scenario)));
            }
            Action::StartTour => {
                next.touched = true;
                next.tour = Tour::Playing;
                // Paused part-way: go on from there. Otherwise (or at the end) from the start.
                if self.tour != Tour::Paused || self.tour_stop(true).is_none() {
                    next.show(Stage::FoundingTeam.typical(), Rc::clone(&self.scenario));
                }
            }
            Action::PauseTour => {
                if self.tour == Tour::Playing {
                    next.tour = Tour::Paused;
                }
            }
            Action::StopTour => {}
            Action::TourStep => {
                if self.tour == Tour::Off {
                    return self;
                }
                match self.tour_stop(true) {
                    Some(stop) => next.show(stop, Rc::clone(&self.scenario)),
                    None => next.tour = Tour::Off,
                }
            }
            Action::TourBack => match self.tour_stop(false) {
                Some(stop) if self.tour != Tour::Off => next.show(stop, Rc::clone(&self.scenario)),
                _ => return self,
            },
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::custom::LoadError;
    use crate::link::{self, parse, ScenarioSource};
    use crate::scenario::Origin;

    /// The notices as the reader reads them.
    fn texts(notices: &[Notice]) -> Vec<String> {
        notices.iter().flat_map(text::notice_lines).collect()
    }

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

    /// The ids of the work that changes hands.
    fn ids(handovers: &[Handover]) -> Vec<String> {
        handovers.iter().map(|h| h.id.to_string()).collect()
    }

    #[test]
    fn a_change_of_company_type_hands_over_only_the_work_whose_holder_changes() {
        let state = Rc::new(State::default());
        assert_eq!(ids(&state.handovers_by(&Action::ChoosePreset(Preset::B2bSaas))), [""; 0], "the same type");
        // At 150 people, from the tables: Product Marketing goes from the Product Marketing Manager
        // (B2B SaaS, from 60) to the Growth Marketing Manager (consumer, from 50); Enablement
        // Content, the PM's until 200 in B2B SaaS, is the Customer Support Lead's from 150; Sales
        // Calls, the Sales Engineer's from 80, is the PM's again until 2,000. The rest stay put.
        assert_eq!(
            ids(&state.handovers_by(&Action::ChoosePreset(Preset::ConsumerApp))),
            ["product-marketing", "enablement-content", "sales-calls"],
        );
    }

    #[test]
    fn a_key_moves_from_where_the_slider_is_when_it_is_handled() {
        let at = |people| Headcount::new(people).unwrap();
        let state = Rc::new(State::default());
        // Two keys in a row step from each other, whatever the widget has drawn meanwhile.
        let stepped = act(act(Rc::clone(&state), Action::Press(SizeKey::NextStage)), Action::Press(SizeKey::StepUp));
        assert_eq!((stepped.slider_at(), stepped.headcount(), stepped.touched), (at(1000), at(1000), true));
        assert_eq!(ids(&state.handovers_by(&Action::Press(SizeKey::StepUp))), ["enablement-content"]);
        // From a thumb ahead of the board, a key steps from the thumb, and the board goes with it.
        let ahead = act(Rc::clone(&state), Action::ThumbAt(at(200)));
        let pressed = act(ahead, Action::Press(SizeKey::StepDown));
        assert_eq!((pressed.thumb, pressed.headcount()), (None, at(150)));
        // A key stops the tour, as any move does.
        let touring = act(Rc::clone(&state), Action::StartTour);
        assert_eq!(act(touring, Action::Press(SizeKey::Largest)).tour, Tour::Off);
    }

    #[test]
    fn a_thumb_ahead_of_the_board_moves_the_slider_until_the_board_catches_up() {
        use crate::host::Field;
        let at = |people| Headcount::new(people).unwrap();
        let state = Rc::new(State::default());
        let ahead = act(Rc::clone(&state), Action::ThumbAt(at(200)));
        assert_eq!((ahead.slider_at(), ahead.touched), (at(200), true));
        // Nothing else moved: the board, the link (and so the address bar), what is announced.
        assert_eq!(
            (ahead.headcount(), &ahead.snapshot, &ahead.announcement),
            (at(150), &state.snapshot, &state.announcement)
        );
        // The board catches up, and what changed hands is announced.
        let caught_up = act(Rc::clone(&ahead), Action::CatchUp);
        assert_eq!((caught_up.thumb, caught_up.slider_at(), caught_up.headcount()), (None, at(200), at(200)));
        assert_eq!(caught_up.announcement, "Enablement Content moved to Sales Enablement.");
        assert_eq!(ids(&ahead.handovers_by(&Action::CatchUp)), ["enablement-content"]);
        // Further steps while the slider is ahead: the board catches up with the last.
        let touched = move_to(Rc::clone(&state), 150);
        let back =
            act(act(act(Rc::clone(&touched), Action::ThumbAt(at(200))), Action::ThumbAt(at(150))), Action::CatchUp);
        assert_eq!(
            (back.thumb, back.headcount(), back.snapshot.clone()),
            (None, at(150), Rc::clone(&touched.snapshot))
        );
        // An action that sets the size ends the slider's lead, and there is nothing left to catch
        // up with.
        for other in
            [Action::MoveTo(at(1000)), Action::StartTour, Action::HostSet(vec![("people", Field::Number(150.0))])]
        {
            let moved = act(act(Rc::clone(&state), Action::ThumbAt(at(200))), other);
            assert_eq!(moved.thumb, None);
            assert!(Rc::ptr_eq(&act(Rc::clone(&moved), Action::CatchUp), &moved));
        }
        // One that leaves the size alone leaves the slider under the reader's finger, and the board
        // still catches up with it.
        for other in [
            Action::HostSet(vec![("theme", Field::Text("dark".into()))]),
            Action::ChoosePreset(Preset::ConsumerApp),
            Action::DismissNotices,
        ] {
            let kept = act(act(Rc::clone(&state), Action::ThumbAt(at(200))), other);
            assert_eq!((kept.slider_at(), kept.headcount()), (at(200), at(150)));
            let caught_up = act(kept, Action::CatchUp);
            assert_eq!((caught_up.thumb, caught_up.headcount()), (None, at(200)));
        }
        // And catching up with nothing is nothing.
        assert!(Rc::ptr_eq(&act(Rc::clone(&state), Action::CatchUp), &state));
    }

    #[test]
    fn only_a_move_across_a_threshold_hands_work_over() {
        let at = |people| Headcount::new(people).unwrap();
        let state = move_to(Rc::new(State::default()), 250);
        let moving = |people| -> Vec<String> { ids(&state.handovers_by(&Action::MoveTo(at(people)))) };
        assert_eq!(moving(400), [""; 0], "nothing peels between 250 and 400");
        assert_eq!(moving(250), [""; 0], "staying put hands nothing over");
        assert_eq!(moving(500), ["hands-on-enablement"], "at 500 Hands on Enablement goes to its trainer");
        assert_eq!(moving(150), ["enablement-content"], "below 200 Enablement Content comes back");
        assert_eq!(moving(450), ["hands-on-enablement"], "a size between steps counts as the step it lands on (500)");
    }

    #[test]
    fn a_step_that_hands_nothing_over_keeps_the_same_snapshot_and_a_handover_makes_a_new_one() {
        // From the post's table: nothing peels between 250 and 400; Hands on Enablement goes at 500.
        let before = move_to(Rc::new(State::default()), 300);
        let step = move_to(Rc::clone(&before), 400);
        assert!(Rc::ptr_eq(&before.snapshot, &step.snapshot), "300 to 400 hands nothing over");
        let handover = move_to(Rc::clone(&step), 500);
        assert!(!Rc::ptr_eq(&step.snapshot, &handover.snapshot));
        // Eight pieces are with specialists at 400, nine at 500.
        assert_eq!((step.snapshot.share.held, step.snapshot.share.total), (5, 13));
        assert_eq!((handover.snapshot.share.held, handover.snapshot.share.total), (4, 13));
    }

    #[test]
    fn a_change_of_company_type_makes_a_new_snapshot_of_the_new_table() {
        let state = act(Rc::new(State::default()), Action::ChoosePreset(Preset::ConsumerApp));
        // From the consumer app's table at 150: support takes the enablement content (at 150),
        // and the sales calls wait for a partnerships manager (at 2,000). B2B SaaS is the other
        // way round at 150.
        let on_the_pm: Vec<&str> =
            state.snapshot.on_generalist().iter().map(|&i| state.scenario.responsibilities[i].name.as_ref()).collect();
        assert_eq!(
            on_the_pm,
            ["Roadmap", "Strategy", "Hands on Enablement", "Sales Calls", "Story writing", "Everything else"]
        );
    }

    #[test]
    fn opening_a_link_shows_the_work_as_held_at_its_size() {
        // From the post's table, as above: five pieces are still the holder's own at 400.
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("people=400", "")));
        assert_eq!((state.snapshot.share.held, state.snapshot.share.total), (5, 13));
        // The tour starts from the founding team, where every piece is the holder's.
        let touring = act(Rc::new(State::default()), Action::OpenLink(parse("people=400&autoplay=1", "")));
        assert_eq!((touring.snapshot.share.held, touring.snapshot.share.total), (13, 13));
    }

    #[test]
    fn off_ladder_headcounts_land_on_the_ladder() {
        let state = move_to(Rc::new(State::default()), 137);
        assert_eq!(state.headcount().people(), 150);
    }

    #[test]
    fn opening_a_link_applies_it_quietly_and_keeps_its_notices_until_dismissed() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("people=40&embed=1&x=1", "")));
        assert_eq!(state.headcount().people(), 40);
        assert!(state.link.embed);
        assert_eq!(state.announcement, "", "a link is not a move: nothing is announced");
        assert!(!state.touched, "the reader has not moved anything yet");
        assert_eq!(texts(&state.notices), ["Ignored “x”: this widget has no such setting."]);
        let state = act(state, Action::DismissNotices);
        assert!(state.notices.is_empty());
        assert_eq!(state.headcount().people(), 40);
    }

    #[test]
    fn a_link_to_the_sales_function_opens_on_the_sales_table() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("fn=sales&people=200", "")));
        assert_eq!(state.scenario.holder, "sales person");
        assert!(matches!(state.scenario.origin, Origin::BuiltIn { function: Function::Sales, .. }));
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
    fn the_tour_walks_every_stop_one_handover_at_a_time_then_stops() {
        let mut state = act(Rc::new(State::default()), Action::StartTour);
        let mut seen = vec![state.headcount()];
        while state.touring() {
            state = act(state, Action::TourStep);
            seen.push(state.headcount());
        }
        seen.dedup();
        // Where the B2B SaaS table hands work over, from the founding team to hyperscale.
        let stops = [5, 25, 40, 60, 80, 100, 120, 150, 200, 500, 1_000, 3_000, 20_000, 50_000];
        assert_eq!(seen.iter().map(|h| h.people()).collect::<Vec<_>>(), stops, "every stop, in order");
        let stages: Vec<Stage> = seen.iter().map(|h| h.stage()).collect();
        assert!(Stage::ALL.iter().all(|stage| stages.contains(stage)), "it passes every stage");
        assert_eq!(state.tour, Tour::Off);
    }

    #[test]
    fn pausing_the_tour_keeps_its_place_and_play_goes_on_from_there() {
        let state = act(Rc::new(State::default()), Action::StartTour);
        let state = act(act(state, Action::TourStep), Action::TourStep);
        let here = state.headcount();
        let paused = act(state, Action::PauseTour);
        assert_eq!((paused.tour, paused.headcount()), (Tour::Paused, here));
        assert!(act(Rc::clone(&paused), Action::TourStep).headcount() > here, "next works while paused");
        let playing = act(paused, Action::StartTour);
        assert_eq!((playing.tour, playing.headcount()), (Tour::Playing, here), "it goes on from where it was");
        // A touch elsewhere ends it: play then starts again from the founding team.
        let stopped = move_to(playing, 300);
        assert_eq!(stopped.tour, Tour::Off);
        assert_eq!(act(stopped, Action::StartTour).headcount(), Stage::FoundingTeam.typical());
    }

    #[test]
    fn the_tours_previous_and_next_buttons_step_between_stops() {
        let state = act(Rc::new(State::default()), Action::StartTour);
        // The founding team, then the designer's arrival at 25.
        let state = act(state, Action::TourStep);
        assert_eq!(state.headcount().people(), 25);
        let state = act(state, Action::TourBack);
        assert_eq!(state.headcount().people(), 5);
        assert_eq!(act(Rc::clone(&state), Action::TourBack), state, "nothing before the first stop");
        assert!(state.touring(), "stepping keeps the tour playing");
        let off = Rc::new(State::default());
        assert_eq!(act(Rc::clone(&off), Action::TourBack), off, "no tour, no steps back");
    }

    #[test]
    fn any_touch_stops_the_tour() {
        let state = act(Rc::new(State::default()), Action::StartTour);
        assert!(state.touring());
        assert!(!move_to(Rc::clone(&state), 40).touring());
        assert!(!act(Rc::clone(&state), Action::ChoosePreset(Preset::ConsumerApp)).touring());
        assert!(!act(Rc::clone(&state), Action::StopTour).touring());
        let stopped = act(state, Action::StopTour);
        assert_eq!(act(Rc::clone(&stopped), Action::TourStep), stopped, "a late timer tick does nothing");
    }

    #[test]
    fn autoplay_in_a_link_starts_the_tour() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("embed=1&autoplay=1&people=150", "")));
        assert!(state.touring());
        assert_eq!(state.headcount().stage(), Stage::FoundingTeam);
    }

    #[test]
    fn the_host_sets_fields_as_a_link_would_and_stops_the_tour() {
        use crate::host::Field;
        let playing = act(Rc::new(State::default()), Action::StartTour);
        let state =
            act(playing, Action::HostSet(vec![("people", Field::Number(5000.0)), ("fn", Field::Text("sales".into()))]));
        assert_eq!(state.headcount().people(), 5000);
        assert_eq!(state.link.function, Function::Sales);
        assert_eq!(state.scenario.name(), "Sales");
        assert_eq!(state.tour, Tour::Off);
        assert_eq!(state.announcement, "Now following the Sales function.");
        // A bad field changes nothing, and the others still apply.
        let state = act(
            state,
            Action::HostSet(vec![("people", Field::Text("lots".into())), ("theme", Field::Text("dark".into()))]),
        );
        assert_eq!(state.headcount().people(), 5000);
        assert_eq!(state.link.theme, link::Theme::Dark);
    }

    #[test]
    fn a_size_set_by_the_host_is_announced_as_a_readers_move_is_and_a_theme_moves_nothing() {
        use crate::host::Field;
        let state = Rc::new(State::default());
        // From Series B to 500 people, as a scrollytelling step would move it.
        let moved = act(Rc::clone(&state), Action::HostSet(vec![("people", Field::Number(500.0))]));
        assert_eq!(
            moved.announcement,
            "Enablement Content moved to Sales Enablement. Hands on Enablement moved to Field Enablement Trainer."
        );
        // A theme alone keeps the table and who holds what: the board has nothing to render.
        let themed = act(Rc::clone(&moved), Action::HostSet(vec![("theme", Field::Text("dark".into()))]));
        assert!(Rc::ptr_eq(&themed.scenario, &moved.scenario));
        assert!(Rc::ptr_eq(&themed.snapshot, &moved.snapshot));
    }

    #[test]
    fn a_sweet_spot_can_be_marked_and_cleared() {
        let spot = SweetSpot::between(Headcount::new(100).unwrap(), Headcount::new(250).unwrap());
        let state = act(Rc::new(State::default()), Action::MarkSweetSpot(Some(spot)));
        assert_eq!(state.link.sweet, Some(spot));
        assert_eq!(act(state, Action::MarkSweetSpot(None)).link.sweet, None);
    }

    #[test]
    fn marking_a_sweet_spot_here_starts_it_at_the_readers_size() {
        let state = act(move_to(Rc::new(State::default()), 800), Action::MarkSweetSpotHere);
        let sweet = state.link.sweet.expect("a sweet spot is marked");
        assert_eq!((sweet.from().people(), sweet.to().people()), (800, 800));
        assert!(state.touched);
    }

    const DESIGN: &str = include_str!("../scenarios/design.json");

    fn file() -> ScenarioSource {
        ScenarioSource::Path("scenarios/design.json".into())
    }

    /// What the app sends once the extras module has read and checked `json` (or once the text
    /// could not be had).
    fn arrived(source: ScenarioSource, json: Result<&str, LoadError>) -> Action {
        Action::ScenarioArrived(source, scenario_in(Some(crate::custom::check_loaded(json.map(str::to_string)))))
    }

    /// Opens a link with `json` in its fragment, and sends what the app sends once it is read.
    fn open_inline(json: &str) -> Rc<State> {
        let parsed = parse("people=150", &format!("scenario={}", json.replace('%', "%25")));
        let state = act(Rc::new(State::default()), Action::OpenLink(parsed));
        assert!(!state.settled(), "the scenario is read before the widget shows it");
        let source = state.awaited().expect("the link's scenario is awaited");
        act(state, arrived(source, Ok(json)))
    }

    #[test]
    fn a_link_with_a_custom_scenario_opens_on_it_and_the_picker_can_leave_and_return() {
        let state = open_inline(DESIGN);
        assert_eq!(state.scenario.name(), "Design");
        assert_eq!(state.scenario.holder_title, "Founding designer");
        assert!(state.notices.is_empty(), "{:?}", state.notices);
        assert!(state.settled());
        let state = act(state, Action::ChooseFunction(Function::Product));
        assert_eq!(state.scenario.name(), "Product");
        assert_eq!(state.link.scenario, None, "the link no longer carries it");
        assert_eq!(state.announcement, "Now following the Product function.");
        let state = act(state, Action::ChooseCustom);
        assert_eq!(state.scenario.name(), "Design");
        assert_eq!(state.announcement, "Now following the Design function.");
        assert!(matches!(state.link.scenario, Some(ScenarioSource::Inline(_))));
    }

    #[test]
    fn a_broken_custom_scenario_shows_the_built_in_table_and_says_what_is_wrong() {
        let state = open_inline(r#"{"format": 1, "name": 7}"#);
        assert_eq!(state.scenario.name(), "Product");
        assert_eq!(state.link.scenario, None);
        assert!(state.custom.is_none());
        assert_eq!(
            texts(&state.notices),
            [
                "The scenario in the link could not be used, so the built-in table is shown.",
                "At name: found the number 7; expected text in quotes.",
            ]
        );
    }

    #[test]
    fn a_scenario_file_is_awaited_then_shown_or_explained() {
        let state =
            act(Rc::new(State::default()), Action::OpenLink(parse("scenario=scenarios/design.json&people=40", "")));
        assert!(!state.settled(), "the widget waits for the file");
        assert_eq!(state.awaited(), Some(file()));
        assert_eq!(state.scenario.name(), "Product", "the built-in table meanwhile");
        // A stale answer for another path changes nothing.
        let same = act(Rc::clone(&state), arrived(ScenarioSource::Path("other.json".into()), Ok(DESIGN)));
        assert_eq!(same, state);

        let shown = act(Rc::clone(&state), arrived(file(), Ok(DESIGN)));
        assert!(shown.settled());
        assert_eq!(shown.scenario.name(), "Design");
        assert_eq!(shown.headcount().people(), 40);
        assert_eq!(shown.announcement, "", "opening a link is quiet");

        let failed =
            act(state, arrived(file(), Err(LoadError::Status { status: 404, path: "/scenarios/design.json".into() })));
        assert!(failed.settled());
        assert_eq!(failed.scenario.name(), "Product");
        assert_eq!(
            texts(&failed.notices),
            [
                "The scenario file “scenarios/design.json” could not be used, so the built-in table is shown.",
                "The server answered 404 for /scenarios/design.json.",
            ]
        );
    }

    #[test]
    fn choosing_a_function_while_the_file_loads_keeps_the_choice_and_still_settles() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("scenario=scenarios/design.json", "")));
        let state = act(state, Action::ChooseFunction(Function::Sales));
        assert!(!state.settled(), "the file is still awaited");
        assert_eq!(state.awaited(), Some(file()));
        let state = act(state, arrived(file(), Ok(DESIGN)));
        assert!(state.settled(), "the widget shows and marks itself interactive");
        assert_eq!(state.scenario.name(), "Sales", "the reader's choice stands");
        assert!(state.custom.is_some(), "the scenario is offered in the picker");
        let state = act(state, Action::ChooseCustom);
        assert_eq!(state.scenario.name(), "Design");
    }

    #[test]
    fn a_file_that_arrives_after_the_reader_started_is_announced() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("scenario=scenarios/design.json", "")));
        let state = move_to(state, 40);
        let state = act(state, arrived(file(), Ok(DESIGN)));
        assert_eq!(state.scenario.name(), "Design");
        assert_eq!(state.headcount().people(), 40);
        assert_eq!(state.announcement, "Now following the Design function.");
    }

    #[test]
    fn autoplay_with_a_scenario_file_waits_for_the_file_then_tours_it() {
        let state =
            act(Rc::new(State::default()), Action::OpenLink(parse("autoplay=1&scenario=scenarios/design.json", "")));
        assert!(!state.touring(), "no tour of a table that is about to be replaced");
        assert_eq!(act(Rc::clone(&state), Action::TourStep), state);
        let state = act(state, arrived(file(), Ok(DESIGN)));
        assert!(state.touring());
        assert_eq!(state.headcount().stage(), Stage::FoundingTeam);
        assert_eq!(state.scenario.name(), "Design");
        let state = act(state, Action::TourStep);
        assert_eq!(state.headcount().people(), 40, "on to the first handover of that table: logo and brand");
    }

    #[test]
    fn a_custom_scenario_named_like_a_built_in_is_still_announced() {
        let json = DESIGN.replace(r#""name": "Design""#, r#""name": "Product""#);
        let state = open_inline(&json);
        let state = act(state, Action::ChooseFunction(Function::Product));
        assert_eq!(state.announcement, "Now following the Product function.");
    }

    #[test]
    fn a_packed_scenario_is_awaited_like_a_file_and_named_as_the_links_when_it_fails() {
        let parsed = parse("people=40", "#scenario=deflate.AAAA");
        let packed = ScenarioSource::Packed("AAAA".into());
        let state = act(Rc::new(State::default()), Action::OpenLink(parsed));
        assert_eq!(state.awaited(), Some(packed.clone()));
        assert!(!state.settled());
        let shown = act(Rc::clone(&state), arrived(packed.clone(), Ok(DESIGN)));
        assert_eq!(shown.scenario.name(), "Design");
        assert!(shown.settled());
        let failed = act(state, arrived(packed, Err(LoadError::NotPacked)));
        assert_eq!(
            texts(&failed.notices),
            [
                "The scenario in the link could not be used, so the built-in table is shown.",
                "The scenario in the link is not DEFLATE data in base64url.",
            ]
        );
        assert_eq!(failed.link.scenario, None);
    }

    #[test]
    fn weighing_sizes_sets_the_comparison_the_work_kept_and_the_sweet_spot_and_nothing_else() {
        let state = move_to(Rc::new(State::default()), 60);
        let asked = parse("vs=50000&keep=design,qa&sweet=1-60&people=5&fn=sales", "").state;
        let state = act(state, Action::WeighSizes(asked));
        assert_eq!(state.link.vs, Headcount::new(50_000));
        assert_eq!(state.link.keep.as_deref(), Some("design,qa"));
        assert_eq!(state.link.sweet, Some(SweetSpot::between(Headcount::MIN, Headcount::new(60).unwrap())));
        assert_eq!((state.headcount().people(), state.link.function), (60, Function::Product));
    }

    #[test]
    fn another_function_starts_its_ticks_afresh_and_another_company_type_keeps_them() {
        let state = act(Rc::new(State::default()), Action::OpenLink(parse("keep=design,qa", "")));
        let state = act(state, Action::ChoosePreset(Preset::ConsumerApp));
        assert_eq!(state.link.keep.as_deref(), Some("design,qa"), "the same work, at other sizes");
        let state = act(state, Action::ChooseFunction(Function::Sales));
        assert_eq!(state.link.keep, None);
    }
}
