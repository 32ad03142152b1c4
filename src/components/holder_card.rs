//! The PM's card: the work still on the PM, and the functions the PM now interfaces with.

use std::rc::Rc;

use yew::prelude::*;

use super::chip;
use crate::content::Scenario;
use crate::model::Snapshot;

#[derive(Properties, PartialEq)]
pub struct HolderCardProps {
    pub scenario: Rc<Scenario>,
    pub snapshot: Rc<Snapshot>,
}

/// The holder's short name with a capital: "PM", "Sales person". ASCII only: Unicode case
/// tables would cost the WASM bundle several kilobytes for one letter.
fn badge(holder: &str) -> String {
    let mut badge = holder.to_string();
    if let Some(first) = badge.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    badge
}

#[function_component]
pub fn HolderCard(props: &HolderCardProps) -> Html {
    let scenario = &props.scenario;
    let snapshot = &props.snapshot;
    let interfaces: Vec<String> = snapshot
        .role_cards
        .iter()
        .map(|card| scenario.roles[card.role].name.to_string())
        .collect();

    html! {
        <section class="card card--holder" aria-labelledby="pmsu-holder-title">
            <h2 id="pmsu-holder-title" class="card__title">
                <span class="card__badge">{ badge(&scenario.holder) }</span>
                { scenario.holder_title.to_string() }
            </h2>
            <p class="card__meta">
                { format!("Holds {} of {} responsibilities", snapshot.share.held, snapshot.share.total) }
            </p>
            <ul class="chips" aria-label={format!("Still on the {}", scenario.holder)}>
                { for snapshot.on_generalist.iter().map(|&r| chip(scenario, r, None)) }
            </ul>
            <p class="card__interfaces">
                <strong>{ "Interfaces with: " }</strong>
                if interfaces.is_empty() {
                    { "nobody yet. It is all generalists." }
                } else {
                    { interfaces.join(", ") }
                }
            </p>
        </section>
    }
}
