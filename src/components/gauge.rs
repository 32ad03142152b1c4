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
    let sentence = text::own_and_with_specialists(&props.holder, held, total);
    html! {
        <figure class="gauge">
            // The sentence, its two halves over the two ends of the bar they count.
            <figcaption class="gauge__caption">
                <span class="gauge__end gauge__end--holder">{ text::holders_own(&props.holder, held, total) }</span>
                <span class="visually-hidden">{ " · " }</span>
                <span class="gauge__end">{ text::with_specialists(&props.holder, total - held) }</span>
            </figcaption>
            <div class="gauge__bar" role="img" aria-label={sentence}>
                { for (0..total).map(|i| html! {
                    <span class={classes!("gauge__segment", (i < held).then_some("is-held"))}></span>
                }) }
            </div>
        </figure>
    }
}
