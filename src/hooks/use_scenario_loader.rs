use yew::platform::spawn_local;
use yew::prelude::*;

use crate::link::ScenarioSource;
use crate::platform;
use crate::state::{Action, State};

/// Fetches or unpacks the scenario a link asked for, while one is awaited, then hands the text
/// (or why there is none) to the reducer.
///
/// ```ignore
/// use_scenario_loader(state.awaited(), state.dispatcher());
/// ```
#[hook]
pub fn use_scenario_loader(awaited: Option<ScenarioSource>, dispatcher: UseReducerDispatcher<State>) {
    use_effect_with(awaited, move |source| {
        if let Some(source) = source.clone() {
            spawn_local(async move {
                let text = match &source {
                    ScenarioSource::Path(path) => platform::fetch_scenario(path).await,
                    ScenarioSource::Packed(packed) => platform::unpack_scenario(packed).await,
                    // Never awaited (the reducer reads inline JSON at once); kept for a total match.
                    ScenarioSource::Inline(json) => Ok(json.to_string()),
                };
                dispatcher.dispatch(Action::ScenarioFetched(source, text));
            });
        }
    });
}
