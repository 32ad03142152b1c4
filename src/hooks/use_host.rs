use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::ADDRESS_BAR_DELAY_MS;
use crate::host::{self, Field};
use crate::link::LinkState;
use crate::platform::address::page_address;
use crate::platform::host::{listen, post_pym_height, post_state, post_wordpress_height, wordpress_secret, FromHost};
use crate::platform::size::content_height;
use crate::share::share_url;

/// In a frame, lets the host page drive the widget and hear it. One listener hears the parent
/// window: a `host::SET` message calls `on_set` with its fields, WordPress's `ready` (its host
/// script loaded after the widget's first height) has the height of `content` sent again, and so
/// does pym's `width` (the host window was resized), in pym's format. Once
/// the link has opened, each change of state is posted as `host::STATE`, after the same rest as
/// the address bar.
///
/// ```ignore
/// use_host(state.link.clone(), state.settled(), on_host_set, content.clone());
/// ```
#[hook]
pub fn use_host(link: LinkState, settled: bool, on_set: Callback<Vec<(&'static str, Field)>>, content: NodeRef) {
    use_effect_with((), move |_| {
        let mine = wordpress_secret();
        let listener = listen(move |message| match message {
            FromHost::Set(fields) => on_set.emit(fields),
            FromHost::WordPressReady { secret } if mine.as_ref() == Some(&secret) => {
                if let Some(content) = content.cast::<web_sys::Element>() {
                    post_wordpress_height(&secret, content_height(&content));
                }
            }
            FromHost::WordPressReady { .. } => {}
            FromHost::PymWidth => {
                if let Some(content) = content.cast::<web_sys::Element>() {
                    post_pym_height(content_height(&content));
                }
            }
        });
        move || drop(listener)
    });
    use_effect_with((link, settled), |(link, settled)| {
        let post = settled.then(|| {
            let link = link.clone();
            Timeout::new(ADDRESS_BAR_DELAY_MS, move || {
                let href = share_url(&page_address(), &link);
                post_state(&host::state_fields(&link, &href));
            })
        });
        move || drop(post)
    });
}
