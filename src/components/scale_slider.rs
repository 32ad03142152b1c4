//! The company-scale slider, its readout, the stage ticks and the drag hint.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::scale::{positions, stage_and_size, Headcount, SizeKey, Stage, SweetSpot};
use crate::state::Tour;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ScaleSliderProps {
    pub headcount: Headcount,
    /// Shows the hint to drag, until the reader first moves the slider.
    pub show_hint: bool,
    /// The reader's sweet spot, drawn as a band under the track with a handle at each end.
    pub sweet: Option<SweetSpot>,
    /// A handle of the sweet spot moved.
    pub on_sweet: Callback<Option<SweetSpot>>,
    /// Where the guided tour stands, for its play/pause, previous and next buttons.
    pub tour: Tour,
    /// A stage's tick moved the company to a size.
    pub on_move: Callback<Headcount>,
    /// One of the slider's keys was pressed: the move is from wherever the slider is when the
    /// widget handles it, not from the size this render shows.
    pub on_key: Callback<SizeKey>,
    /// The reader dragged (or tapped) the slider to a size.
    pub on_drag: Callback<Headcount>,
    pub on_tour: Callback<()>,
    /// The tour's previous (`false`) and next (`true`) buttons.
    pub on_tour_step: Callback<bool>,
}

/// Where a headcount sits along the track, in thousandths. Whole numbers: formatting floats would
/// pull float printing into the WASM. (The band is an SVG, not an inline style, so a strict
/// style-src policy allows it.)
fn permille(headcount: Headcount) -> usize {
    headcount.position() * 1000 / (positions() - 1)
}

/// Short tick labels for narrow screens; the full name stays the button's accessible name.
const fn short_name(stage: Stage) -> &'static str {
    match stage {
        Stage::FoundingTeam => "Team",
        Stage::Seed => "Seed",
        Stage::SeriesA => "A",
        Stage::SeriesB => "B",
        Stage::LateStage => "Late",
        Stage::PublicCompany => "Public",
        Stage::Hyperscale => "Hyper",
    }
}

/// One end of the sweet spot: a smaller thumb over the main track. While a pointer drags it, the
/// other end stays put and the range runs from there to the pointer, so a handle may cross the
/// other (a range marked at one size widens in whichever direction the reader drags). By keyboard
/// it stops at the other end.
fn sweet_handle(
    sweet: SweetSpot,
    end: End,
    anchor: &Rc<Cell<Option<Headcount>>>,
    on_sweet: &Callback<Option<SweetSpot>>,
) -> Html {
    let (at, other) = match end {
        End::From => (sweet.from(), sweet.to()),
        End::To => (sweet.to(), sweet.from()),
    };
    let oninput = {
        let anchor = anchor.clone();
        on_sweet.reform(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let moved = input.value().parse().map_or(at, Headcount::at_position);
            Some(match (anchor.get(), end) {
                (Some(fixed), _) => SweetSpot::between(fixed, moved),
                (None, End::From) => SweetSpot::between(moved.min(other), other),
                (None, End::To) => SweetSpot::between(other, moved.max(other)),
            })
        })
    };
    let onpointerdown = {
        let anchor = anchor.clone();
        Callback::from(move |_: PointerEvent| anchor.set(Some(other)))
    };
    // The drag is over (or was never one: a tap, a key after a click).
    let release = {
        let anchor = anchor.clone();
        Callback::from(move |_: PointerEvent| anchor.set(None))
    };
    let (class, label) = match end {
        End::From => ("scale__handle scale__handle--from", text::SWEET_FROM),
        End::To => ("scale__handle scale__handle--to", text::SWEET_TO),
    };
    html! {
        <input {class} type="range" min="0" max={(positions() - 1).to_string()} step="1"
            value={at.position().to_string()} aria-label={label} aria-valuetext={stage_and_size(at)}
            {oninput} {onpointerdown} onpointerup={release.clone()} onpointercancel={release} />
    }
}

#[derive(Clone, Copy)]
enum End {
    From,
    To,
}

#[function_component]
pub fn ScaleSlider(props: &ScaleSliderProps) -> Html {
    let headcount = props.headcount;
    let stage = headcount.stage();
    let playing = props.tour == Tour::Playing;
    let hint_done = !props.show_hint || props.sweet.is_some();
    // The end of the sweet spot that stays put while a pointer drags the other.
    let anchor = use_memo((), |()| Cell::new(None::<Headcount>));

    let oninput = {
        let on_drag = props.on_drag.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(position) = input.value().parse::<usize>() {
                on_drag.emit(Headcount::at_position(position));
            }
        })
    };
    // The keys are ours rather than the browser's, so PageUp and PageDown jump whole stages.
    let onkeydown = {
        let on_key = props.on_key.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(key) = SizeKey::from_key(&e.key()) {
                e.prevent_default();
                on_key.emit(key);
            }
        })
    };

    let ticks = Stage::ALL.into_iter().map(|tick| {
        let current = tick == stage;
        let onclick = props.on_move.reform(move |_: MouseEvent| tick.typical());
        html! {
            <li key={tick.slug()} class={classes!("ticks__tick", format!("ticks__tick--{}", tick.slug()))}>
                <button type="button" class="ticks__button" aria-label={tick.name()}
                    aria-current={current.then_some("step")} {onclick}>
                    <span class="ticks__long" aria-hidden="true">{ tick.name() }</span>
                    <span class="ticks__short" aria-hidden="true">{ short_name(tick) }</span>
                </button>
            </li>
        }
    });

    html! {
        <div class="scale">
            <div class="scale__readout">
                <label class="scale__label" for="pmsu-scale">{ text::COMPANY_SIZE }</label>
                <output class="scale__value" for="pmsu-scale">
                    <span class="scale__stage">{ stage.name() }</span>
                    <span class="scale__dot" aria-hidden="true">{ " · " }</span>
                    <span class="scale__people">{ headcount.to_string() }</span>
                </output>
            </div>
            // Above the track, so the slider and the board are in one view.
            <div class="scale__cue">
                // The hint is hidden rather than removed once used, so nothing jumps. A marked
                // sweet spot's status shares its place (one grid cell), so the row keeps its height.
                <div class="scale__note">
                    <p class={classes!("scale__hint", (!props.show_hint).then_some("is-done"),
                            props.sweet.is_some().then_some("is-covered"))}
                        aria-hidden={hint_done.then_some("true")}>
                        <span aria-hidden="true">{ "← " }</span>
                        { text::DRAG_HINT }
                        <span aria-hidden="true">{ " →" }</span>
                    </p>
                    if let Some(sweet) = props.sweet {
                        <p class="scale__hint scale__hint--sweet">{ text::sweet_status(sweet.place(headcount)) }</p>
                    }
                </div>
                <div class="tour-controls">
                    if props.tour != Tour::Off {
                        <button type="button" class="button tour-step" aria-label={text::TOUR_BACK}
                            onclick={props.on_tour_step.reform(|_: MouseEvent| false)}>{ "◀" }</button>
                    }
                    <button type="button" class="button tour" aria-pressed={playing.to_string()}
                        onclick={props.on_tour.reform(|_: MouseEvent| ())}>
                        { if playing { text::PAUSE_TOUR } else { text::PLAY_TOUR } }
                    </button>
                    if props.tour != Tour::Off {
                        <button type="button" class="button tour-step" aria-label={text::TOUR_NEXT}
                            onclick={props.on_tour_step.reform(|_: MouseEvent| true)}>{ "▶" }</button>
                    }
                </div>
            </div>
            <div class="scale__track">
            if let Some(sweet) = props.sweet {
                <svg class="scale__band" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
                    <rect x={permille(sweet.from()).to_string()} y="0" height="10"
                        width={(permille(sweet.to()) - permille(sweet.from())).max(8).to_string()} rx="5" />
                </svg>
            }
            <input id="pmsu-scale" class="scale__input" type="range" min="0"
                max={(positions() - 1).to_string()} step="1"
                value={headcount.position().to_string()}
                aria-valuetext={text::size_against_sweet_spot(&stage_and_size(headcount), props.sweet.map(|s| s.place(headcount)))}
                {oninput} {onkeydown} />
            if let Some(sweet) = props.sweet {
                { sweet_handle(sweet, End::From, &anchor, &props.on_sweet) }
                { sweet_handle(sweet, End::To, &anchor, &props.on_sweet) }
            }
            </div>
            <ol class="ticks" aria-label={text::JUMP_TO_STAGE}>{ for ticks }</ol>
        </div>
    }
}
