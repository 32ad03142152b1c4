use yew::platform::spawn_local;
use yew::prelude::*;

use crate::link::ScenarioSource;
use crate::platform;
use crate::state::{scenario_in, Action, State};

/// Fetches or unpacks the scenario a link asked for, while one is awaited, has the extras module
/// read and check it, then hands the scenario (or why there is none) to the reducer. `root` is
/// the way from this page to the site's root, where the extras module lies.
///
/// ```ignore
/// use_scenario_loader(state.awaited(), state.dispatcher(), props.root.clone());
/// ```
#[hook]
pub fn use_scenario_loader(awaited: Option<ScenarioSource>, dispatcher: UseReducerDispatcher<State>, root: AttrValue) {
    use_effect_with(awaited, move |source| {
        if let Some(source) = source.clone() {
            spawn_local(async move {
                let text = match &source {
                    ScenarioSource::Path(path) => platform::fetch_scenario(path).await,
                    ScenarioSource::Packed(packed) => platform::unpack_scenario(packed).await,
                    ScenarioSource::Inline(json) => Ok(json.to_string()),
                };
                let answer = match text {
                    Ok(text) => platform::check_scenario(&root, &text).await,
                    Err(why) => Err(why),
                };
                dispatcher.dispatch(Action::ScenarioArrived(source, scenario_in(answer)));
            });
        }
    });
}
