use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::link::{encode_href, LinkState};
use crate::platform;

/// How long the slider rests before the address bar shows its state.
pub const ADDRESS_BAR_DELAY_MS: u32 = 250;

/// Once the reader has moved anything, keeps the address bar on the widget's state, without a
/// history entry per step and only once the reader pauses: Chromium's `replaceState` costs
/// milliseconds a call, so a new state cancels the write still waiting.
///
/// ```ignore
/// use_address_sync(state.link.clone(), state.touched);
/// ```
#[hook]
pub fn use_address_sync(link: LinkState, touched: bool) {
    use_effect_with((link, touched), |(link, touched)| {
        let write = touched.then(|| {
            let href = encode_href(link);
            Timeout::new(ADDRESS_BAR_DELAY_MS, move || platform::replace_href(&href))
        });
        move || drop(write)
    });
}
