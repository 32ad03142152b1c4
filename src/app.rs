//! The top view: one reducer, the effects that talk to the outside world, and derived figures
//! computed just before `html!`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{Gauge, HolderCard, LinkNotice, RoleCards, ScaleSlider, ShareBar, StageCaption};
use crate::flip::use_flip;
use crate::model::snapshot;
use crate::platform;
use crate::scale::Headcount;
use crate::share::full_size_href;
use crate::state::{Action, State};
use crate::url_state::{encode, parse, LinkState};

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
            if let Some(query) = platform::link_query() {
                dispatcher.dispatch(Action::OpenLink(parse(&query)));
            }
        });
    }
    // Hydrated, in the link's state if there is one: show it (static/early.js hid the default
    // meanwhile) and mark <html data-interactive>, for tests and styles.
    use_effect_with(state.link_opened, |&opened| {
        if opened || platform::link_query().is_none() {
            platform::ready();
        }
    });
    // While a link is on its way, early.js has already set its theme: leave it alone till then.
    {
        let (theme, background, opened) = (state.link.theme, state.link.background, state.link_opened);
        use_effect_with((theme, background, opened), move |&(theme, background, opened)| {
            if opened || platform::link_query().is_none() {
                platform::apply_page_options(theme, background);
            }
        });
    }
    // Once the reader moves, the address bar follows, without a history entry per step.
    use_effect_with((state.link, state.touched), |&(link, touched)| {
        if touched {
            platform::replace_query(&encode(&link));
        }
    });
    // In a frame, tell the host page the content's height whenever it changes.
    {
        let content = content.clone();
        use_effect_with((), move |_| {
            let watch = content
                .cast::<web_sys::Element>()
                .map(|el| platform::HeightWatch::new(&el, platform::post_height));
            move || drop(watch)
        });
    }

    let on_move = {
        let flip = flip.clone();
        let dispatcher = state.dispatcher();
        Callback::from(move |headcount: Headcount| {
            flip.capture();
            dispatcher.dispatch(Action::MoveTo(headcount));
        })
    };
    let on_dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::DismissNotices))
    };

    let scenario = Rc::clone(&state.scenario);
    let snapshot = Rc::new(snapshot(&scenario, state.headcount()));
    let embed = state.link.embed;
    let class = classes!("pmsu", state.touched.then_some("is-touched"));

    html! {
        <main {class} ref={content.clone()}>
            if !embed {
                <header class="intro">
                    <h1 class="intro__title">{ "How a PM's job peels apart as the company grows" }</h1>
                    <p class="intro__lede">
                        { "At a five-person startup the product manager does everything. As the company grows, \
                           specialists take the work over one piece at a time, and the PM keeps the connections." }
                    </p>
                </header>
            }
            <LinkNotice notices={Rc::clone(&state.notices)} {on_dismiss} />
            <ScaleSlider headcount={state.headcount()} show_hint={!state.touched} {on_move} />
            <StageCaption stage={state.headcount().stage()} />
            <div class="board">
                <HolderCard scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)} />
                <RoleCards scenario={Rc::clone(&scenario)} snapshot={Rc::clone(&snapshot)} />
            </div>
            <Gauge share={snapshot.share} holder={scenario.holder.to_string()} />
            <footer class="footer">
                <ShareBar link={state.link} content={content.clone()} />
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
