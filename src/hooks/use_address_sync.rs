use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::link::LinkState;
use crate::platform::address;
use crate::share::{page_href, page_title};

/// How long the slider rests before the address bar shows its state.
pub const ADDRESS_BAR_DELAY_MS: u32 = 250;

/// Once the reader has moved anything, keeps the address bar on the widget's state, without a
/// history entry per step and only once the reader pauses: Chromium's `replaceState` costs
/// milliseconds a call, so a new state cancels the write still waiting. The address is the
/// current stage's own page (`stage/late-stage/?…`, reached from this page by `root`), so that
/// the address a reader copies previews what it opens; the document's title follows it.
///
/// ```ignore
/// use_address_sync(state.link.clone(), state.touched, props.root.clone());
/// ```
#[hook]
pub fn use_address_sync(link: LinkState, touched: bool, root: AttrValue) {
    use_effect_with((link, touched, root), |(link, touched, root)| {
        let write = touched.then(|| {
            let href = page_href(root, link);
            let title = page_title(link.headcount, link.function, link.preset);
            Timeout::new(ADDRESS_BAR_DELAY_MS, move || {
                address::replace_href(&href);
                address::set_title(&title);
            })
        });
        move || drop(write)
    });
}
