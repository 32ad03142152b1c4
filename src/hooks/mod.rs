//! The widget's effects on the outside world, one hook each, so that `App` is its state, these
//! hooks and its markup. They run only in the browser, after render (never in the prerender), and
//! reach the browser through `crate::platform`'s rooms.

mod use_address_sync;
mod use_embed_height;
mod use_fit_panel;
mod use_flip;
mod use_host;
mod use_open_link;
mod use_page_options;
mod use_scenario_loader;
mod use_seen;
mod use_tour_timer;

pub use use_address_sync::{use_address_sync, ADDRESS_BAR_DELAY_MS};
pub use use_embed_height::use_embed_height;
pub use use_fit_panel::use_fit_panel;
pub use use_flip::use_flip;
pub use use_host::use_host;
pub use use_open_link::use_open_link;
pub use use_page_options::use_page_options;
pub use use_scenario_loader::use_scenario_loader;
pub use use_seen::use_seen;
pub use use_tour_timer::use_tour_timer;

use yew::prelude::*;

use crate::state::{Action, State};

/// A callback that turns an event into an action and dispatches it: a one-line callback in one
/// line, as in yew's todomvc.
///
/// ```ignore
/// let on_dismiss = make_callback(&state.dispatcher(), |()| Action::DismissNotices);
/// ```
pub fn make_callback<E, F>(dispatcher: &UseReducerDispatcher<State>, action: F) -> Callback<E>
where
    E: 'static,
    F: Fn(E) -> Action + 'static,
{
    let dispatcher = dispatcher.clone();
    Callback::from(move |event| dispatcher.dispatch(action(event)))
}
