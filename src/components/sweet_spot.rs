//! The reader's sweet spot: the range of company size they would be comfortable in, and the
//! share of the work they would keep there.

use yew::prelude::*;

use crate::content::SWEET_SPOT_QUOTE;
use crate::model::GeneralistShare;
use crate::scale::SweetSpot;
use crate::text;

/// No headcount: unmarked, the button marks the size the reader is at when pressed
/// (`on_mark_here`), so a slider step does not render this again.
#[derive(Properties, PartialEq)]
pub struct SweetSpotProps {
    pub sweet: Option<SweetSpot>,
    /// The generalist share at each end of the sweet spot.
    pub shares: Option<(GeneralistShare, GeneralistShare)>,
    pub on_mark: Callback<Option<SweetSpot>>,
    pub on_mark_here: Callback<()>,
}

#[function_component]
pub fn SweetSpotMark(props: &SweetSpotProps) -> Html {
    let Some(sweet) = props.sweet else {
        // It starts where the reader is; the handles on the slider widen it.
        let onclick = props.on_mark_here.reform(|_: MouseEvent| ());
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
