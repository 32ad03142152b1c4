//! The generalist-to-specialist gauge: one segment per responsibility, filled while the PM holds it.

use yew::prelude::*;

use crate::model::GeneralistShare;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct GaugeProps {
    pub share: GeneralistShare,
    pub holder: AttrValue,
}

/// The bar fills from the left with the work on the holder and from the right with the work
/// specialists hold, each end labelled with what it counts, so no end reads as the other's.
#[function_component]
pub fn Gauge(props: &GaugeProps) -> Html {
    let GeneralistShare { held, total } = props.share;
    let summary = text::share_summary(props.share.percent(), &props.holder, held, total);
    html! {
        <figure class="gauge">
            <figcaption class="gauge__caption">
                { text::share_on_holder(props.share.percent(), &props.holder) }
            </figcaption>
            <div class="gauge__bar" role="img" aria-label={summary}>
                { for (0..total).map(|i| html! {
                    <span class={classes!("gauge__segment", (i < held).then_some("is-held"))}></span>
                }) }
            </div>
            <div class="gauge__ends" aria-hidden="true">
                <span class="gauge__end gauge__end--holder">{ format!("On the {}: {held}", props.holder) }</span>
                <span class="gauge__end">{ format!("With specialists: {}", total - held) }</span>
            </div>
        </figure>
    }
}
