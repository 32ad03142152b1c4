use gloo_timers::callback::Interval;
use yew::prelude::*;

/// How long the guided tour stays on each stage: long enough to read the caption.
const TOUR_STEP_MS: u32 = 3_000;

/// While the tour plays, calls `step` every few seconds.
///
/// ```ignore
/// use_tour_timer(state.touring, Callback::from(move |()| animated(Action::TourStep)));
/// ```
#[hook]
pub fn use_tour_timer(touring: bool, step: Callback<()>) {
    use_effect_with(touring, move |&touring| {
        let timer = touring.then(|| Interval::new(TOUR_STEP_MS, move || step.emit(())));
        move || drop(timer)
    });
}
