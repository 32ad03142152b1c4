//! The reader's sweet spot: the range of company size they would be comfortable in, and the
//! share of the work they would keep there.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::SWEET_SPOT_QUOTE;
use crate::model::GeneralistShare;
use crate::scale::{positions, stage_and_size, Headcount, SweetSpot};
use crate::text;

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
                <button type="button" class="button" {onclick}>{ text::MARK_SWEET_SPOT }</button>
                <span class="sweet__hint">{ text::SWEET_SPOT_QUESTION }</span>
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
    let keep = props.shares.map(|(small, large)| text::sweet_keep(large.percent(), small.percent()));
    html! {
        <div class="sweet is-marked">
            <p class="sweet__summary">
                <strong>{ text::YOUR_SWEET_SPOT }</strong>
                { text::sweet_range(sweet.from().stage().name(), sweet.to().stage().name(),
                    sweet.from().people(), sweet.to().people()) }
                { keep.unwrap_or_default() }
            </p>
            <div class="sweet__ends">
                { end_slider(text::FROM, "pmsu-sweet-from", sweet.from(), on_from) }
                { end_slider(text::TO, "pmsu-sweet-to", sweet.to(), on_to) }
            </div>
            <p class="sweet__quote">{ text::authors_own(SWEET_SPOT_QUOTE) }</p>
            <button type="button" class="button button--quiet" onclick={on_clear}>{ text::CLEAR_SWEET_SPOT }</button>
        </div>
    }
}
