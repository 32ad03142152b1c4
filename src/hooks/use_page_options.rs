use yew::prelude::*;

use crate::link::{Background, Theme};
use crate::platform::{address, boot};

/// Shows the widget once it is in the state its link asked for (static/early.js hid the default
/// meanwhile), and applies the link's theme and background to the page. While a link is on its
/// way, early.js has already set its theme, so it is left alone till then.
///
/// ```ignore
/// use_page_options(state.settled(), state.opening != Opening::Pending, state.link.theme, state.link.background);
/// ```
#[hook]
pub fn use_page_options(settled: bool, opened: bool, theme: Theme, background: Background) {
    use_effect_with(settled, |&settled| {
        if settled || address::link_address().is_none() {
            boot::ready();
        }
    });
    use_effect_with((theme, background, opened), move |&(theme, background, opened)| {
        if opened || address::link_address().is_none() {
            boot::apply_page_options(theme, background);
        }
    });
}
