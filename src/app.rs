//! The top view: one reducer, the hooks that talk to the outside world, and derived figures
//! computed just before `html!`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    Board, Gauge, HoldersTable, LinkNotice, ScaleSlider, ScenarioPicker, ShareBar, StageCaption, SweetSpotMark,
};
use crate::content::{Function, Preset, Scenario};
use crate::flip::use_flip;
use crate::hooks::{
    make_callback, use_address_sync, use_embed_height, use_host, use_open_link, use_page_options, use_scenario_loader,
    use_tour_timer,
};
use crate::link::LinkState;
use crate::model::{caption_of, handovers, snapshot};
use crate::platform;
use crate::scale::{Headcount, SweetSpot};
use crate::share::full_size_href;
use crate::state::{Action, Opening, State, Tour};
use crate::text;

/// What a page opens at before any link applies. Stage pages set it (on `#app`, as `data-link`
/// and `data-root`); the prerender and the first client render agree on it, so the WASM's page
/// replaces the prerendered one unseen.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    #[prop_or(AppProps::default_people())]
    pub people: Headcount,
    #[prop_or_default]
    pub function: Function,
    #[prop_or_default]
    pub preset: Preset,
    /// The way from this page back to the site's root, for links to other pages: `""` on the
    /// main page, `"../../"` on a stage page. (In the browser the page's base address stays this
    /// page's folder wherever the address bar goes: `platform::pin_base`.)
    #[prop_or_default]
    pub root: AttrValue,
}

impl AppProps {
    pub fn default_people() -> Headcount {
        LinkState::default().headcount
    }
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            people: AppProps::default_people(),
            function: Function::default(),
            preset: Preset::default(),
            root: AttrValue::default(),
        }
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let (people, function, preset) = (props.people, props.function, props.preset);
    let state = use_reducer(move || State::opening_at(people, function, preset));
    let flip = use_flip();
    let content = flip.root();
    let dispatcher = state.dispatcher();

    use_open_link(dispatcher.clone(), state.link.clone());
    use_scenario_loader(state.awaited(), dispatcher.clone(), props.root.clone());
    use_page_options(state.settled(), state.opening != Opening::Pending, state.link.theme, state.link.background);
    use_address_sync(state.link.clone(), state.touched, props.root.clone());
    use_embed_height(content.clone());

    // Every change that moves work between cards is animated: measure first, then dispatch.
    let animated = {
        let (flip, dispatcher) = (flip.clone(), dispatcher.clone());
        move |action: Action| {
            flip.capture();
            dispatcher.dispatch(action);
        }
    };
    // How long this stop lasts is worked out only while the tour plays.
    use_tour_timer(state.headcount(), state.touring().then(|| state.tour_step_ms()), {
        let animated = animated.clone();
        Callback::from(move |()| animated(Action::TourStep))
    });
    // Most slider steps hand nothing over: those skip the FLIP measurements (two forced layouts).
    let on_move = {
        let (animated, dispatcher, state) = (animated.clone(), dispatcher.clone(), state.clone());
        Callback::from(move |headcount: Headcount| {
            if state.hands_over_at(headcount) {
                animated(Action::MoveTo(headcount));
            } else {
                dispatcher.dispatch(Action::MoveTo(headcount));
            }
        })
    };
    // A new preset animates only the work whose owner changes.
    let on_preset = {
        let (flip, dispatcher) = (flip.clone(), dispatcher.clone());
        let (scenario, link) = (Rc::clone(&state.scenario), state.link.clone());
        Callback::from(move |preset: Preset| {
            let next = Scenario::built_in(link.function, preset);
            let changing: Vec<String> =
                handovers((&scenario, &snapshot(&scenario, link.headcount)), (&next, &snapshot(&next, link.headcount)))
                    .into_iter()
                    .map(|h| h.id.to_string())
                    .collect();
            flip.capture_only(&changing);
            dispatcher.dispatch(Action::ChoosePreset(preset));
        })
    };
    // The host page drives the widget as the reader would, with the same animation.
    use_host(state.link.clone(), state.settled(), {
        let animated = animated.clone();
        Callback::from(move |fields| animated(Action::HostSet(fields)))
    });
    let on_function = make_callback(&dispatcher, Action::ChooseFunction);
    let on_custom = make_callback(&dispatcher, |()| Action::ChooseCustom);
    let on_mark = make_callback(&dispatcher, |sweet: Option<SweetSpot>| Action::MarkSweetSpot(sweet));
    let on_dismiss = make_callback(&dispatcher, |()| Action::DismissNotices);
    let on_tour = {
        let (animated, touring) = (animated.clone(), state.touring());
        Callback::from(move |()| animated(if touring { Action::PauseTour } else { Action::StartTour }))
    };
    let on_tour_step = {
        let animated = animated.clone();
        Callback::from(move |forward: bool| animated(if forward { Action::TourStep } else { Action::TourBack }))
    };
    // The tour stops as soon as the reader touches anything but its own controls.
    let stop_tour = {
        let (dispatcher, tour) = (dispatcher.clone(), state.tour);
        move |target: Option<web_sys::EventTarget>| {
            if tour != Tour::Off && !platform::is_within(target, ".tour-controls") {
                dispatcher.dispatch(Action::StopTour);
            }
        }
    };
    let onpointerdown = {
        let stop_tour = stop_tour.clone();
        Callback::from(move |e: PointerEvent| stop_tour(e.target()))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| stop_tour(e.target()));

    let scenario = Rc::clone(&state.scenario);
    let sweet_shares =
        state.link.sweet.map(|sweet| (snapshot(&scenario, sweet.from()).share, snapshot(&scenario, sweet.to()).share));
    let snapshot = Rc::new(snapshot(&scenario, state.headcount()));
    let (quote, gloss) = caption_of(&scenario, &snapshot, state.headcount().stage());
    let gloss = gloss.to_string();
    let embed = state.link.embed;
    let (title, lede) = scenario.intro();
    let (title, lede) = (title.to_string(), lede.to_string());
    // The custom scenario the link opened, by name, and whether it is the one shown.
    let custom = state.custom.as_ref().map(|(_, custom)| (custom.name().to_string(), state.link.scenario.is_some()));
    let class = classes!("pmsu", state.touched.then_some("is-touched"));

    html! {
        <main {class} ref={content.clone()} {onpointerdown} {onkeydown}>
            if embed {
                // The host page shows no heading of ours, but a screen reader still gets one.
                <h1 class="visually-hidden">{ title }</h1>
            } else {
                <header class="intro">
                    <h1 class="intro__title">{ title }</h1>
                    <p class="intro__lede">{ lede }</p>
                </header>
            }
            <LinkNotice notices={Rc::clone(&state.notices)} {on_dismiss} />
            <ScenarioPicker function={state.link.function} preset={state.link.preset} {custom} {on_function}
                {on_preset} {on_custom} />
            <ScaleSlider headcount={state.headcount()} show_hint={!state.touched} sweet={state.link.sweet} on_sweet={on_mark.clone()}
                tour={state.tour} {on_move} {on_tour} {on_tour_step} />
            // The board comes straight after the slider, so the two are in one view; the words
            // about the stage sit beside it on a wide screen and below it on a narrow one.
            <div class="stage">
                <Board scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)}
                    holder_title={scenario.holder_title_at(state.headcount().stage()).to_string()} />
                <div class="stage__aside">
                    <Gauge share={snapshot.share} holder={scenario.holder.to_string()} />
                    <StageCaption quote={quote} gloss={gloss} />
                </div>
            </div>
            <HoldersTable scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)} headcount={state.headcount()} />
            <footer class="footer">
                // First, so a marked sweet spot opens across the top of the footer; unmarked, its
                // button shares a row with the share buttons.
                <SweetSpotMark headcount={state.headcount()} sweet={state.link.sweet} shares={sweet_shares} {on_mark} />
                // Embedded, the link shares the sweet spot's row, so a phone's footer is two rows.
                if embed {
                    <a class="footer__full-size" href={full_size_href(&props.root, &state.link)} target="_blank" rel="noopener">
                        { text::OPEN_FULL_SIZE }
                    </a>
                }
                <ShareBar link={state.link.clone()} content={content.clone()} root={props.root.clone()} />
            </footer>
            <p class="visually-hidden live-region" role="status" aria-live="polite">{ state.announcement.clone() }</p>
        </main>
    }
}
