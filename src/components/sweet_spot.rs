//! The reader's sweet spot: the range of company size they would be comfortable in, and the
//! share of the work they would keep there.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::SWEET_SPOT_QUOTE;
use crate::model::GeneralistShare;
use crate::scale::{positions, stage_and_size, Headcount, SweetSpot};
use crate::words::with_thousands;

#[derive(Properties, PartialEq)]
pub struct SweetSpotProps {
    pub headcount: Headcount,
    pub sweet: Option<SweetSpot>,
    /// The generalist share at each end of the sweet spot.
    pub shares: Option<(GeneralistShare, GeneralistShare)>,
    pub on_mark: Callback<Option<SweetSpot>>,
}

/// A range input over the slider's ladder, for one end of the sweet spot.
fn end_slider(label: &'static str, id: &'static str, at: Headcount, on_input: Callback<Headcount>) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(position) = input.value().parse::<usize>() {
            on_input.emit(Headcount::at_position(position));
        }
    });
    html! {
        <div class="sweet__end">
            <label for={id}>{ format!("{label}: {}", at) }</label>
            <input {id} class="sweet__input" type="range" min="0" max={(positions() - 1).to_string()} step="1"
                value={at.position().to_string()} aria-valuetext={stage_and_size(at)} {oninput} />
        </div>
    }
}

#[function_component]
pub fn SweetSpotMark(props: &SweetSpotProps) -> Html {
    let Some(sweet) = props.sweet else {
        let (on_mark, headcount) = (props.on_mark.clone(), props.headcount);
        let onclick = Callback::from(move |_: MouseEvent| on_mark.emit(Some(SweetSpot::around(headcount))));
        return html! {
            <div class="sweet">
                <button type="button" class="button" {onclick}>{ "Mark my sweet spot" }</button>
                <span class="sweet__hint">{ "Where on this scale would you be happiest?" }</span>
            </div>
        };
    };
    let on_from = {
        let on_mark = props.on_mark.clone();
        Callback::from(move |from| on_mark.emit(Some(SweetSpot::between(from, sweet.to()))))
    };
    let on_to = {
        let on_mark = props.on_mark.clone();
        Callback::from(move |to| on_mark.emit(Some(SweetSpot::between(sweet.from(), to))))
    };
    let on_clear = props.on_mark.reform(|_: MouseEvent| None);
    let keep = props.shares.map(|(small, large)| {
        if small.percent() == large.percent() {
            format!("there you would keep {}% of the work.", small.percent())
        } else {
            format!("there you would keep {}% to {}% of the work.", large.percent(), small.percent())
        }
    });
    html! {
        <div class="sweet is-marked">
            <p class="sweet__summary">
                <strong>{ "Your sweet spot: " }</strong>
                { format!("{} to {} ({} to {} people); ", sweet.from().stage().name(), sweet.to().stage().name(),
                    with_thousands(sweet.from().people()), with_thousands(sweet.to().people())) }
                { keep.unwrap_or_default() }
            </p>
            <div class="sweet__ends">
                { end_slider("From", "pmsu-sweet-from", sweet.from(), on_from) }
                { end_slider("To", "pmsu-sweet-to", sweet.to(), on_to) }
            </div>
            <p class="sweet__quote">{ format!("The post's author: “{SWEET_SPOT_QUOTE}”") }</p>
            <button type="button" class="button button--quiet" onclick={on_clear}>{ "Clear my sweet spot" }</button>
        </div>
    }
}
