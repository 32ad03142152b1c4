use yew::platform::spawn_local;
use yew::prelude::*;

use crate::link::{encode_href, LinkState, ScenarioSource};
use crate::platform::extras;
use crate::state::{scenario_in, Action, State};

/// While a scenario is awaited, has the extras module get it (fetch a file, unpack a packed one,
/// or read it from the link), read it and check it, then hands the scenario (or why there is
/// none) to the reducer. `root` is the way from this page to the site's root, where the extras
/// module lies.
///
/// ```ignore
/// use_scenario_loader(state.awaited(), state.dispatcher(), props.root.clone());
/// ```
#[hook]
pub fn use_scenario_loader(awaited: Option<ScenarioSource>, dispatcher: UseReducerDispatcher<State>, root: AttrValue) {
    use_effect_with(awaited, move |source| {
        if let Some(source) = source.clone() {
            spawn_local(async move {
                // The module reads the scenario from a link, as it reads the picture's state.
                let href = encode_href(&LinkState { scenario: Some(source.clone()), ..LinkState::default() });
                let answer = extras::scenario_answer(&root, &href).await;
                dispatcher.dispatch(Action::ScenarioArrived(source, scenario_in(answer)));
            });
        }
    });
}
