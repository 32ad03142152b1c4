//! The top view: one reducer, the FLIP hook, and derived figures computed just before `html!`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{Gauge, HolderCard, RoleCards, ScaleSlider, StageCaption};
use crate::flip::use_flip;
use crate::model::snapshot;
use crate::scale::Headcount;
use crate::state::{Action, State};

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let flip = use_flip();

    let on_move = {
        let flip = flip.clone();
        let dispatcher = state.dispatcher();
        Callback::from(move |headcount: Headcount| {
            flip.capture();
            dispatcher.dispatch(Action::MoveTo(headcount));
        })
    };

    let scenario = Rc::clone(&state.scenario);
    let snapshot = Rc::new(snapshot(&scenario, state.headcount));

    html! {
        <main class={classes!("pmsu", state.touched.then_some("is-touched"))} ref={flip.root()}>
            <header class="intro">
                <h1 class="intro__title">{ "How a PM's job peels apart as the company grows" }</h1>
                <p class="intro__lede">
                    { "At a five-person startup the product manager does everything. As the company grows, \
                       specialists take the work over one piece at a time, and the PM keeps the connections." }
                </p>
            </header>
            <ScaleSlider headcount={state.headcount} show_hint={!state.touched} {on_move} />
            <StageCaption stage={state.headcount.stage()} />
            <div class="board">
                <HolderCard scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)} />
                <RoleCards scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)} />
            </div>
            <Gauge share={snapshot.share} holder={scenario.holder.to_string()} />
            <p class="visually-hidden" role="status" aria-live="polite">{ state.announcement.clone() }</p>
        </main>
    }
}
