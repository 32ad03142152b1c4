use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::scale::Headcount;

/// While the tour plays (`step_ms` is how long this stop lasts), calls `step` once the reader has
/// had that long at this stop. Each new stop (another `at`) starts its own time; pausing or
/// stopping (`None`) cancels the one waiting.
///
/// ```ignore
/// use_tour_timer(state.headcount(), state.touring().then(|| tour_stop_ms(quote, &gloss)), step);
/// ```
#[hook]
pub fn use_tour_timer(at: Headcount, step_ms: Option<u32>, step: Callback<()>) {
    use_effect_with((at, step_ms.is_some()), move |_| {
        let timer = step_ms.map(|ms| Timeout::new(ms, move || step.emit(())));
        move || drop(timer)
    });
}
