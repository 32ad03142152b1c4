use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::ADDRESS_BAR_DELAY_MS;
use crate::host::{self, Field};
use crate::link::LinkState;
use crate::platform::{self, FromHost};
use crate::share::share_url;

/// In a frame, lets the host page drive the widget and hear it: a `host::SET` message from the
/// parent window calls `on_set` with its fields, and once the link has opened, each change of
/// state is posted as `host::STATE`, after the same rest as the address bar.
///
/// ```ignore
/// use_host(state.link.clone(), state.settled(), on_host_set);
/// ```
#[hook]
pub fn use_host(link: LinkState, settled: bool, on_set: Callback<Vec<(&'static str, Field)>>) {
    use_effect_with((), move |_| {
        let messages = platform::HostMessages::new(move |message| {
            if let FromHost::Set(fields) = message {
                on_set.emit(fields);
            }
        });
        move || drop(messages)
    });
    use_effect_with((link, settled), |(link, settled)| {
        let post = settled.then(|| {
            let link = link.clone();
            Timeout::new(ADDRESS_BAR_DELAY_MS, move || {
                let href = share_url(&platform::page_address(), &link);
                platform::post_state(&host::state_fields(&link, &href));
            })
        });
        move || drop(post)
    });
}
