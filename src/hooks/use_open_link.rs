use yew::prelude::*;

use crate::link::{parse_onto, LinkState};
use crate::platform::address;
use crate::state::{Action, State};

/// Opens the page's link once, after the first render, which shows the prerendered page's state.
/// The link is read over `opening`, the state the page itself opens in, so that a stage page's
/// stage, function and company type stay unless the link says otherwise (a platform's added
/// `?utm_source=` changes nothing). A page without a link opens as it is, and is then settled
/// like any other.
///
/// ```ignore
/// use_open_link(state.dispatcher(), state.link.clone());
/// ```
#[hook]
pub fn use_open_link(dispatcher: UseReducerDispatcher<State>, opening: LinkState) {
    use_effect_with((), move |_| {
        let (query, fragment) = address::link_address().unwrap_or_default();
        dispatcher.dispatch(Action::OpenLink(parse_onto(&opening, &query, &fragment)));
    });
}
