//! The generalist-to-specialist gauge: one segment per responsibility, filled while the PM holds it.

use yew::prelude::*;

use crate::model::GeneralistShare;

#[derive(Properties, PartialEq)]
pub struct GaugeProps {
    pub share: GeneralistShare,
    pub holder: AttrValue,
}

#[function_component]
pub fn Gauge(props: &GaugeProps) -> Html {
    let GeneralistShare { held, total } = props.share;
    let summary = format!(
        "{}% of the work is still on the {} ({held} of {total} responsibilities).",
        props.share.percent(),
        props.holder
    );
    html! {
        <figure class="gauge">
            <figcaption class="gauge__caption">{ summary.clone() }</figcaption>
            <div class="gauge__bar" role="img" aria-label={summary}>
                { for (0..total).map(|i| html! {
                    <span class={classes!("gauge__segment", (i < held).then_some("is-held"))}></span>
                }) }
            </div>
            <div class="gauge__ends" aria-hidden="true">
                <span>{ "Generalist" }</span>
                <span>{ "Specialist" }</span>
            </div>
        </figure>
    }
}
