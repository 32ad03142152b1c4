use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::scale::Headcount;

/// While the tour plays, calls `step` once the reader has had `step_ms` at this stop. Each new
/// stop (another `at`) starts its own time; pausing or stopping cancels the one waiting.
///
/// ```ignore
/// use_tour_timer(state.touring(), state.headcount(), state.tour_step_ms(), step);
/// ```
#[hook]
pub fn use_tour_timer(playing: bool, at: Headcount, step_ms: u32, step: Callback<()>) {
    use_effect_with((playing, at), move |&(playing, _)| {
        let timer = playing.then(|| Timeout::new(step_ms, move || step.emit(())));
        move || drop(timer)
    });
}
