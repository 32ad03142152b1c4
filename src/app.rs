//! The top view: one reducer, the hooks that talk to the outside world, and derived figures
//! computed just before `html!`.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    Board, Gauge, HoldersTable, Notices, ScaleSlider, ScenarioPicker, ShareBar, StageCaption, SweetSpotMark,
};
use crate::flip::Flip;
use crate::hooks::{
    make_callback, use_address_sync, use_embed_height, use_fit_panel, use_flip, use_host, use_open_link,
    use_page_options, use_scenario_loader, use_tour_timer,
};
use crate::host::Field;
use crate::link::{parse, LinkState};
use crate::model::{caption, snapshot, tour_stop_ms, Handover};
use crate::platform;
use crate::scale::{Headcount, SizeKey, SweetSpot};
use crate::scenario::{Function, Preset};
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
    /// page's folder wherever the address bar goes: `platform::boot::pin_base`.)
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

/// The FLIP keys of the work that changes hands.
fn ids(handovers: Vec<Handover>) -> Vec<String> {
    handovers.into_iter().map(|h| h.id.to_string()).collect()
}

/// What the reader (or the host page, or the tour's timer) can ask of the widget, as callbacks.
/// Made once, so the components that take them compare equal from one render to the next and skip
/// rendering; each reads the state as of the last render when it is called.
#[derive(Clone)]
struct Intents {
    on_move: Callback<Headcount>,
    on_key: Callback<SizeKey>,
    on_drag: Callback<Headcount>,
    on_preset: Callback<Preset>,
    on_function: Callback<Function>,
    on_custom: Callback<()>,
    on_mark: Callback<Option<SweetSpot>>,
    on_mark_here: Callback<()>,
    on_weigh: Callback<String>,
    on_dismiss: Callback<()>,
    on_tour: Callback<()>,
    on_tour_step: Callback<bool>,
    on_tour_timer: Callback<()>,
    on_host_set: Callback<Vec<(&'static str, Field)>>,
    onpointerdown: Callback<PointerEvent>,
    onkeydown: Callback<KeyboardEvent>,
}

impl Intents {
    fn new(
        flip: Flip,
        dispatcher: UseReducerDispatcher<State>,
        latest: Rc<RefCell<UseReducerHandle<State>>>,
    ) -> Intents {
        // Every change that moves work between cards is animated: measure first, then dispatch.
        let animated = {
            let (flip, dispatcher) = (flip.clone(), dispatcher.clone());
            move |action: Action| {
                flip.capture();
                dispatcher.dispatch(action);
            }
        };
        // A slider step or a new company type animates only the work that changes hands, as the
        // reducer works it out; most slider steps hand nothing over, and skip the FLIP
        // measurements (two forced layouts) altogether.
        let with_moving = {
            let dispatcher = dispatcher.clone();
            move |action: Action, moving: Vec<Handover>| {
                if !moving.is_empty() {
                    flip.capture_only(&ids(moving));
                }
                dispatcher.dispatch(action);
            }
        };
        let only_what_moves = {
            let (with_moving, latest) = (with_moving.clone(), latest.clone());
            move |action: Action| {
                let moving = latest.borrow().handovers_by(&action);
                with_moving(action, moving);
            }
        };
        let on_move = {
            let only_what_moves = only_what_moves.clone();
            Callback::from(move |headcount: Headcount| only_what_moves(Action::MoveTo(headcount)))
        };
        let on_key = {
            let only_what_moves = only_what_moves.clone();
            Callback::from(move |key: SizeKey| only_what_moves(Action::Press(key)))
        };
        // A drag's step that hands work over: the slider shows the new size at once
        // (`Action::ThumbAt`), and the board catches up in a task of its own after the frame that
        // draws it (`Action::CatchUp`), so the thumb and the readout never wait for a handover.
        // While the slider is ahead, every drag step moves only the slider; the reducer drops the
        // catching up if something else has moved the widget since.
        let on_drag = {
            let (only_what_moves, dispatcher, latest) = (only_what_moves.clone(), dispatcher.clone(), latest.clone());
            Callback::from(move |headcount: Headcount| {
                let action = Action::MoveTo(headcount);
                if latest.borrow().thumb.is_none() {
                    let moving = latest.borrow().handovers_by(&action);
                    if moving.is_empty() {
                        return with_moving(action, moving);
                    }
                }
                dispatcher.dispatch(Action::ThumbAt(headcount));
                let only_what_moves = only_what_moves.clone();
                platform::frame::after_next_paint(move || only_what_moves(Action::CatchUp));
            })
        };
        let on_preset = Callback::from(move |preset: Preset| only_what_moves(Action::ChoosePreset(preset)));
        let on_tour = {
            let (animated, latest) = (animated.clone(), latest.clone());
            Callback::from(move |()| {
                let touring = latest.borrow().touring();
                animated(if touring { Action::PauseTour } else { Action::StartTour });
            })
        };
        let on_tour_step = {
            let animated = animated.clone();
            Callback::from(move |forward: bool| animated(if forward { Action::TourStep } else { Action::TourBack }))
        };
        let on_tour_timer = {
            let animated = animated.clone();
            Callback::from(move |()| animated(Action::TourStep))
        };
        // The host page drives the widget as the reader would, with the same animation.
        let on_host_set = Callback::from(move |fields| animated(Action::HostSet(fields)));
        // The tour stops as soon as the reader touches anything but its own controls.
        let stop_tour = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |target: Option<web_sys::EventTarget>| {
                if latest.borrow().tour != Tour::Off && !platform::boot::is_within(target, ".tour-controls") {
                    dispatcher.dispatch(Action::StopTour);
                }
            })
        };
        Intents {
            on_move,
            on_key,
            on_drag,
            on_preset,
            on_function: make_callback(&dispatcher, Action::ChooseFunction),
            on_custom: make_callback(&dispatcher, |()| Action::ChooseCustom),
            on_mark: make_callback(&dispatcher, Action::MarkSweetSpot),
            on_mark_here: make_callback(&dispatcher, |()| Action::MarkSweetSpotHere),
            // The panel hands over the state it asks for as a link's query, read as a link is.
            on_weigh: make_callback(&dispatcher, |query: String| Action::WeighSizes(parse(&query, "").state)),
            on_dismiss: make_callback(&dispatcher, |()| Action::DismissNotices),
            on_tour,
            on_tour_step,
            on_tour_timer,
            on_host_set,
            onpointerdown: stop_tour.reform(|e: PointerEvent| e.target()),
            onkeydown: stop_tour.reform(|e: KeyboardEvent| e.target()),
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
    // The state as of this render, for the callbacks below: each is made once (so the components
    // that take it compare equal and skip rendering) and reads the state when it is called.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();

    use_open_link(dispatcher.clone(), state.link.clone());
    use_scenario_loader(state.awaited(), dispatcher.clone(), props.root.clone());
    use_page_options(state.settled(), state.opening != Opening::Pending, state.link.theme, state.link.background);
    use_address_sync(state.link.clone(), state.touched, props.root.clone());
    use_embed_height(content.clone());

    let intents = {
        let (flip, dispatcher, latest) = (flip.clone(), dispatcher.clone(), latest.clone());
        use_memo((), move |()| Intents::new(flip, dispatcher, latest))
    };
    use_host(state.link.clone(), state.settled(), intents.on_host_set.clone(), content.clone());
    let Intents {
        on_move,
        on_key,
        on_drag,
        on_preset,
        on_function,
        on_custom,
        on_mark,
        on_mark_here,
        on_weigh,
        on_dismiss,
        on_tour,
        on_tour_step,
        onpointerdown,
        onkeydown,
        ..
    } = (*intents).clone();

    // "Which size suits me?": the extras module shows its panel while it is open.
    let fit = use_node_ref();
    let ontoggle = use_fit_panel(fit.clone(), &state.link, props.root.clone(), on_weigh);

    let scenario = Rc::clone(&state.scenario);
    let snapshot = Rc::clone(&state.snapshot);
    let sweet_shares = state
        .link
        .sweet
        .map(|sweet| (self::snapshot(&scenario, sweet.from()).share, self::snapshot(&scenario, sweet.to()).share));
    let stage = state.headcount().stage();
    let (quote, gloss) = caption(&scenario, &snapshot, stage);
    // How long this stop lasts is worked out only while the tour plays.
    use_tour_timer(
        state.headcount(),
        state.touring().then(|| tour_stop_ms(quote, &gloss)),
        intents.on_tour_timer.clone(),
    );
    let gloss = gloss.to_string();
    let embed = state.link.embed;
    let (title, lede) = scenario.intro();
    let (title, lede) = (title.to_string(), lede.to_string());
    // The page's title and lede stand before `#app`, outside what the WASM renders
    // (`page::intro_markup`): the widget gives them its words, and embedded, where the host page
    // shows no heading of ours, leaves them to screen readers.
    use_effect_with((title, lede, embed), |(title, lede, embed)| {
        platform::boot::show_intro(title, lede, *embed);
    });
    // The custom scenario the link opened, by name, and whether it is the one shown.
    let custom = state.custom.as_ref().map(|(_, custom)| (custom.name().to_string(), state.link.scenario.is_some()));
    let class = classes!("pmsu", state.touched.then_some("is-touched"));

    html! {
        <main {class} ref={content.clone()} {onpointerdown} {onkeydown}>
            <Notices notices={Rc::clone(&state.notices)} {on_dismiss} />
            <ScenarioPicker function={state.link.function} preset={state.link.preset} {custom} {on_function}
                {on_preset} {on_custom} />
            <ScaleSlider headcount={state.slider_at()} show_hint={!state.touched} sweet={state.link.sweet} on_sweet={on_mark.clone()}
                tour={state.tour} {on_move} {on_key} {on_drag} {on_tour} {on_tour_step} />
            // The board comes straight after the slider, so the two are in one view; the words
            // about the stage sit beside it on a wide screen and below it on a narrow one.
            <div class="stage">
                <Board scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)}
                    holder_title={scenario.holder_title_at(stage).to_string()} />
                <div class="stage__aside">
                    <Gauge share={snapshot.share} holder={scenario.holder.to_string()} />
                    <StageCaption quote={quote} gloss={gloss} />
                </div>
            </div>
            // The table and the reader's own question share a row while both are closed.
            <div class="more">
                <HoldersTable scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)} headcount={state.headcount()}
                    compared={state.link.vs.map(|vs| (vs, Rc::new(self::snapshot(&scenario, vs))))}
                    follows={!state.touched} />
                // The reader's own question: the extras module shows the panel once it is open
                // (a link that weighs sizes opens it).
                <details class="fit" ref={fit.clone()} {ontoggle}>
                    <summary>{ text::WHICH_SIZE }</summary>
                </details>
            </div>
            <footer class="footer">
                // First, so a marked sweet spot opens across the top of the footer; unmarked, its
                // button shares a row with the share buttons.
                <SweetSpotMark sweet={state.link.sweet} shares={sweet_shares} {on_mark} {on_mark_here} />
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
