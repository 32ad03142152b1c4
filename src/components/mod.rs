//! One small file per visible thing. Components only render and forward the reader's intents.

pub mod gauge;
pub mod holder_card;
pub mod link_notice;
pub mod role_cards;
pub mod scale_slider;
pub mod scenario_picker;
pub mod share_bar;
pub mod stage_caption;
pub mod sweet_spot;

pub use gauge::Gauge;
pub use holder_card::HolderCard;
pub use link_notice::LinkNotice;
pub use role_cards::RoleCards;
pub use scale_slider::ScaleSlider;
pub use scenario_picker::ScenarioPicker;
pub use share_bar::ShareBar;
pub use stage_caption::StageCaption;
pub use sweet_spot::SweetSpotMark;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::Scenario;

/// A responsibility as a chip. `data-flip` is its key for the FLIP animation, wherever it sits.
pub fn chip(scenario: &Rc<Scenario>, responsibility: usize, family: Option<&str>) -> Html {
    let r = &scenario.responsibilities[responsibility];
    let class = classes!("chip", family.map(|f| format!("family-{f}")));
    html! {
        <li key={r.id.to_string()} class={class} data-flip={r.id.to_string()}>{ r.name.to_string() }</li>
    }
}
