use yew::prelude::*;

use crate::link::parse;
use crate::platform;
use crate::state::{Action, State};

/// Opens the page's link once, after the first render, which shows the prerendered page's state.
/// A page opened without a query or fragment dispatches nothing.
///
/// ```ignore
/// let state = use_reducer(State::default);
/// use_open_link(state.dispatcher());
/// ```
#[hook]
pub fn use_open_link(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        if let Some((query, fragment)) = platform::link_address() {
            dispatcher.dispatch(Action::OpenLink(parse(&query, &fragment)));
        }
    });
}
