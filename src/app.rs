//! The top view: one reducer, the effects that talk to the outside world, and derived figures
//! computed just before `html!`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{Board, Gauge, LinkNotice, ScaleSlider, ScenarioPicker, ShareBar, StageCaption, SweetSpotMark};
use crate::content::{Function, Preset, Scenario};
use crate::flip::use_flip;
use crate::model::{handovers, snapshot};
use crate::platform;
use crate::scale::{Headcount, SweetSpot};
use crate::share::full_size_href;
use crate::state::{Action, State};
use crate::url_state::{encode_href, parse, parse_fragment, LinkState, ScenarioSource};

/// How long the guided tour stays on each stage: long enough to read the caption.
const TOUR_STEP_MS: u32 = 3_000;
/// How long the slider rests before the address bar shows its state.
pub const ADDRESS_BAR_DELAY_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The company size the page opens at, before any link applies. Stage pages set it; the
    /// prerender and the first client render must agree on it for hydration.
    #[prop_or(AppProps::default_people())]
    pub people: Headcount,
}

impl AppProps {
    pub fn default_people() -> Headcount {
        LinkState::default().headcount
    }
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps { people: AppProps::default_people() }
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let people = props.people;
    let state = use_reducer(move || State::opening_at(people));
    let flip = use_flip();
    let content = flip.root();

    // The link's state applies after hydration, so the first render matches the prerendered page.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some((query, fragment)) = platform::link_address() {
                let mut parsed = parse(&query);
                parse_fragment(&mut parsed, &fragment);
                dispatcher.dispatch(Action::OpenLink(parsed));
            }
        });
    }
    // A link to a scenario file, or with a packed scenario: fetch or unpack it, then show it (or
    // say why not).
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.awaited(), move |source| {
            if let Some(source) = source.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let text = match &source {
                        ScenarioSource::Path(path) => platform::fetch_scenario(path).await,
                        ScenarioSource::Packed(packed) => platform::unpack_scenario(packed).await,
                        // Never awaited (the reducer reads inline JSON at once); kept for a total match.
                        ScenarioSource::Inline(json) => Ok(json.to_string()),
                    };
                    dispatcher.dispatch(Action::ScenarioFetched(source, text));
                });
            }
        });
    }
    // Hydrated, in the link's state if there is one: show it (static/early.js hid the default
    // meanwhile) and mark <html data-interactive>, for tests and styles.
    use_effect_with(state.settled(), |&settled| {
        if settled || platform::link_address().is_none() {
            platform::ready();
        }
    });
    // While a link is on its way, early.js has already set its theme: leave it alone till then.
    {
        let (theme, background, opened) = (state.link.theme, state.link.background, state.link_opened);
        use_effect_with((theme, background, opened), move |&(theme, background, opened)| {
            if opened || platform::link_address().is_none() {
                platform::apply_page_options(theme, background);
            }
        });
    }
    // Once the reader moves, the address bar follows, without a history entry per step, and once
    // the reader pauses: Chromium's replaceState costs milliseconds a call, a third of all script
    // time in a slider sweep (measured), so a new state cancels the write still waiting.
    use_effect_with((state.link.clone(), state.touched), |(link, touched)| {
        let write = touched.then(|| {
            let href = encode_href(link);
            gloo_timers::callback::Timeout::new(ADDRESS_BAR_DELAY_MS, move || platform::replace_href(&href))
        });
        move || drop(write)
    });
    // In a frame, tell the host page the content's height whenever it changes.
    {
        let content = content.clone();
        use_effect_with((), move |_| {
            let watch =
                content.cast::<web_sys::Element>().map(|el| platform::HeightWatch::new(&el, platform::post_height));
            move || drop(watch)
        });
    }

    // Every change that moves work between cards is animated: measure first, then dispatch.
    let animated = {
        let flip = flip.clone();
        let dispatcher = state.dispatcher();
        move |action: Action| {
            flip.capture();
            dispatcher.dispatch(action);
        }
    };
    // The guided tour: one stage every few seconds while it plays.
    {
        let animated = animated.clone();
        use_effect_with(state.touring, move |&touring| {
            let timer =
                touring.then(|| gloo_timers::callback::Interval::new(TOUR_STEP_MS, move || animated(Action::TourStep)));
            move || drop(timer)
        });
    }
    // Most slider steps hand nothing over: those skip the FLIP measurements (two forced layouts).
    let on_move = {
        let (animated, dispatcher) = (animated.clone(), state.dispatcher());
        let (scenario, now) = (Rc::clone(&state.scenario), state.headcount());
        Callback::from(move |headcount: Headcount| {
            let (before, after) = (snapshot(&scenario, now), snapshot(&scenario, headcount.snapped()));
            if before == after {
                dispatcher.dispatch(Action::MoveTo(headcount));
            } else {
                animated(Action::MoveTo(headcount));
            }
        })
    };
    // A new preset animates only the work whose owner changes.
    let on_preset = {
        let (flip, dispatcher) = (flip.clone(), state.dispatcher());
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
    let on_function = {
        let dispatcher = state.dispatcher();
        Callback::from(move |function: Function| dispatcher.dispatch(Action::ChooseFunction(function)))
    };
    let on_custom = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::ChooseCustom))
    };
    let on_mark = {
        let dispatcher = state.dispatcher();
        Callback::from(move |sweet: Option<SweetSpot>| dispatcher.dispatch(Action::MarkSweetSpot(sweet)))
    };
    let on_tour = {
        let (animated, touring) = (animated.clone(), state.touring);
        Callback::from(move |()| animated(if touring { Action::StopTour } else { Action::StartTour }))
    };
    // The tour stops as soon as the reader touches anything but its own button.
    let stop_tour = {
        let (dispatcher, touring) = (state.dispatcher(), state.touring);
        move |target: Option<web_sys::EventTarget>| {
            let on_tour_button = target
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".tour").ok().flatten())
                .is_some();
            if touring && !on_tour_button {
                dispatcher.dispatch(Action::StopTour);
            }
        }
    };
    let onpointerdown = {
        let stop_tour = stop_tour.clone();
        Callback::from(move |e: PointerEvent| stop_tour(e.target()))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| stop_tour(e.target()));
    let on_dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::DismissNotices))
    };

    let scenario = Rc::clone(&state.scenario);
    let sweet_shares =
        state.link.sweet.map(|sweet| (snapshot(&scenario, sweet.from()).share, snapshot(&scenario, sweet.to()).share));
    let snapshot = Rc::new(snapshot(&scenario, state.headcount()));
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
            <ScaleSlider headcount={state.headcount()} show_hint={!state.touched} sweet={state.link.sweet}
                touring={state.touring} {on_move} {on_tour} />
            // The board comes straight after the slider, so the two are in one view; the words
            // about the stage sit beside it on a wide screen and below it on a narrow one.
            <div class="stage">
                <Board scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)} />
                <div class="stage__aside">
                    <Gauge share={snapshot.share} holder={scenario.holder.to_string()} />
                    <StageCaption scenario={Rc::clone(&scenario)} stage={state.headcount().stage()} />
                </div>
            </div>
            <footer class="footer">
                // First, so a marked sweet spot opens across the top of the footer; unmarked, its
                // button shares a row with the share buttons.
                <SweetSpotMark headcount={state.headcount()} sweet={state.link.sweet} shares={sweet_shares} {on_mark} />
                <ShareBar link={state.link.clone()} content={content.clone()} />
                if embed {
                    <a class="footer__full-size" href={full_size_href(&state.link)} target="_blank" rel="noopener">
                        { "Open full size ↗" }
                    </a>
                }
            </footer>
            <p class="visually-hidden live-region" role="status" aria-live="polite">{ state.announcement.clone() }</p>
        </main>
    }
}
