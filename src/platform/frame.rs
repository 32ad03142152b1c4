//! The frame the browser draws next: work put off until it is on screen.

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Runs `work` in a task of its own after the browser has drawn its next frame: an animation
/// frame's callback arms a timer, which the browser runs once that frame is drawn. Where there is
/// no animation frame to wait for (no window), `work` runs in a task of its own all the same.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    let then = move || {
        Timeout::new(0, work).forget();
    };
    let Some(window) = web_sys::window() else {
        return then();
    };
    let callback = Closure::once_into_js(then);
    // A browser without animation frames is not one the widget runs in; the timer alone still
    // puts the work after the task that asked for it.
    if window.request_animation_frame(callback.unchecked_ref()).is_err() {
        let then: js_sys::Function = callback.unchecked_into();
        let _ = then.call0(&JsValue::NULL);
    }
}
