//! The specialist role cards. A card appears when its first responsibility peels off.

use std::rc::Rc;

use yew::prelude::*;

use super::chip;
use crate::content::Scenario;
use crate::model::Snapshot;

#[derive(Properties, PartialEq)]
pub struct RoleCardsProps {
    pub scenario: Rc<Scenario>,
    pub snapshot: Rc<Snapshot>,
}

#[function_component]
pub fn RoleCards(props: &RoleCardsProps) -> Html {
    let scenario = &props.scenario;
    let cards = &props.snapshot.role_cards;

    html! {
        <section class="roles" aria-labelledby="pmsu-roles-title">
            <h2 id="pmsu-roles-title" class="roles__title">
                { format!("Specialist roles ({})", cards.len()) }
            </h2>
            if cards.is_empty() {
                <p class="roles__empty">{ "No specialists yet. Grow the company to hire the first." }</p>
            } else {
                <ul class="roles__list">
                    { for cards.iter().map(|card| {
                        let role = &scenario.roles[card.role];
                        let family = role.family.slug();
                        html! {
                            <li key={role.id.to_string()}
                                class={classes!("card", "card--role", format!("family-{family}"))}>
                                <h3 class="card__title">{ role.name.to_string() }</h3>
                                <ul class="chips" aria-label={format!("Taken over by the {}", role.name)}>
                                    { for card.responsibilities.iter().map(|&r| chip(scenario, r, Some(family))) }
                                </ul>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
