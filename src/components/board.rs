//! The board: one lane per responsibility, in the post's order. Its chip sits against the PM's
//! spine while the PM holds it, and slides to the role that takes it over, leaving a dashed trace
//! behind: the connection the PM keeps. Every lane and every role has its place from the start, so a
//! handover moves the chip and nothing else.
//!
//! Nothing is added to or taken from the page at a handover, and no size or word in a lane changes:
//! each lane has a chip in both places, the PM's and the role's, the trace, and both answers to "who
//! holds it" for screen readers, and shows the ones its state calls for (the others are hidden,
//! from the eye and from screen readers alike). A handover changes classes, and FLIP flies the chip
//! that appears from where the other one was.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{lanes, roles_with_work, Lane, Snapshot};
use crate::scenario::Scenario;
use crate::text;

#[derive(Properties)]
pub struct BoardProps {
    pub scenario: Rc<Scenario>,
    pub snapshot: Rc<Snapshot>,
    /// The holder's title at this size (a prop of its own, so the board renders again only when
    /// the title or the work changes, not at every stage).
    pub holder_title: AttrValue,
}

/// The state replaces its scenario and its snapshot (a new `Rc`) only when they change, so the
/// pointers say it, without comparing every row at each render.
impl PartialEq for BoardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario)
            && Rc::ptr_eq(&self.snapshot, &other.snapshot)
            && self.holder_title == other.holder_title
    }
}

/// A responsibility as a chip, shown or not: both places of a lane hold one. Only the one shown is
/// a `chip` and carries the key of the FLIP animation (`data-flip`); the other is a `chip-spare`,
/// of the same size and hidden. Its colours come from its lane.
fn chip(id: &str, name: &str, shown: bool) -> Html {
    let (class, key) = if shown { ("chip", Some(id.to_string())) } else { ("chip-spare", None) };
    html! { <span {class} data-flip={key}>{ name.to_string() }</span> }
}

/// One lane: a responsibility, who holds it, and the role that takes it over.
#[derive(Properties)]
struct LaneProps {
    scenario: Rc<Scenario>,
    lane: Lane,
}

/// A lane renders again only when its own work changes hands (or the scenario changes): a
/// handover renders the one or two lanes it moves, not all of them.
impl PartialEq for LaneProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario) && self.lane == other.lane
    }
}

#[function_component]
fn LaneRow(props: &LaneProps) -> Html {
    let (scenario, lane) = (&props.scenario, &props.lane);
    let r = &scenario.responsibilities[lane.responsibility];
    let role = lane.role.map(|role| scenario.role(role));
    let family = role.map(|role| role.family.slug());
    let (id, name) = (r.id.as_ref(), r.name.as_ref());
    html! {
        <li class={classes!("lane", family.map(|f| format!("family-{f}")), lane.peeled.then_some("is-peeled"))}>
            <span class="lane__pm">
                <span class="trace" aria-hidden="true"></span>
                { chip(id, name, !lane.peeled) }
            </span>
            <span class="lane__spec">
                { chip(id, name, lane.peeled) }
            </span>
            // What a screen reader hears after the chip, in one piece: who holds the work.
            // The role's tile says the same to the eye, so it is hidden from the reader, and a
            // role not yet hired is a quiet, reserved place that is not read out at all. Both
            // answers are here and the lane's state hides one, so a handover changes no words.
            <span class="visually-hidden">
                <span class="held-pm">{ text::held_by(None, &scenario.holder) }</span>
                if let Some(role) = role {
                    <span class="held-role">{ text::held_by(Some(role.name.as_ref()), &scenario.holder) }</span>
                }
            </span>
            if let Some(role) = role {
                <span class={classes!("role", lane.peeled.then_some("is-hired"))} aria-hidden="true">
                    { role.name.to_string() }
                </span>
            } else {
                <span class="role role--stays" aria-hidden="true">{ text::STAYS }</span>
            }
        </li>
    }
}

#[function_component]
pub fn Board(props: &BoardProps) -> Html {
    let scenario = &props.scenario;
    let snapshot = &props.snapshot;
    let holder = scenario.holder.to_string();
    let hired = snapshot.roles_hired();

    let lanes = lanes(scenario, snapshot).into_iter().map(|lane| {
        let key = scenario.responsibilities[lane.responsibility].id.to_string();
        html! { <LaneRow {key} scenario={Rc::clone(scenario)} {lane} /> }
    });

    html! {
        <section class="board" aria-labelledby="pmsu-holder-title">
            <div class="board__head">
                <h2 id="pmsu-holder-title" class="board__holder">
                    <span class="board__badge">{ text::capitalised(&holder) }</span>
                    <span class="board__holder-title">{ props.holder_title.clone() }</span>
                </h2>
                <p class="board__interfaces">
                    // "Interfaces with 0 of 12" says nothing a reader can use.
                    if hired == 0 {
                        { text::NO_SPECIALISTS_YET }
                    } else {
                        { text::INTERFACES_WITH }
                        <strong class="board__count">{ hired }</strong>
                        { format!(" of {}", roles_with_work(scenario)) }
                        <span class="visually-hidden">{ text::SPECIALIST_ROLES }</span>
                    }
                </p>
            </div>
            <ul class="lanes" aria-label={text::board_label(&holder)}>
                { for lanes }
            </ul>
        </section>
    }
}
