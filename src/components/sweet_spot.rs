//! The reader's sweet spot: the range of company size they would be comfortable in, and the
//! share of the work they would keep there.

use yew::prelude::*;

use crate::content::SWEET_SPOT_QUOTE;
use crate::model::GeneralistShare;
use crate::scale::{Headcount, SweetSpot};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct SweetSpotProps {
    pub headcount: Headcount,
    pub sweet: Option<SweetSpot>,
    /// The generalist share at each end of the sweet spot.
    pub shares: Option<(GeneralistShare, GeneralistShare)>,
    pub on_mark: Callback<Option<SweetSpot>>,
}

#[function_component]
pub fn SweetSpotMark(props: &SweetSpotProps) -> Html {
    let Some(sweet) = props.sweet else {
        let (on_mark, headcount) = (props.on_mark.clone(), props.headcount);
        // It starts where the reader is; the handles on the slider widen it.
        let onclick = Callback::from(move |_: MouseEvent| on_mark.emit(Some(SweetSpot::between(headcount, headcount))));
        return html! {
            <div class="sweet">
                <button type="button" class="button" {onclick}>{ text::MARK_SWEET_SPOT }</button>
                <span class="sweet__hint">{ text::SWEET_SPOT_QUESTION }</span>
            </div>
        };
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
                { " " }{ text::SWEET_HANDLES }
            </p>
            <p class="sweet__quote">{ text::authors_own(SWEET_SPOT_QUOTE) }</p>
            <button type="button" class="button button--quiet" onclick={on_clear}>{ text::CLEAR_SWEET_SPOT }</button>
        </div>
    }
}
