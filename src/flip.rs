//! FLIP animation: the one place that measures layout and starts animations.
//!
//! First: just before a change, the position of every `[data-flip]` element is recorded.
//! Last: after Yew has rendered the change, each element with the same key is measured again.
//! Invert and Play: it is moved back by the difference with `transform` and animated home.
//! A responsibility chip is another element in its new place, so the key, not the node, links the
//! two: the element that carries the key now is where the chip is.
//! Only `transform` and `opacity` are animated; with reduced motion, moved chips fade in instead.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::NodeRef;

// web-sys marks `Element.animate(keyframes, options)` unstable; the Web Animations call itself is
// in every current browser, so bind just that one method.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = Element)]
    type Animatable;
    #[wasm_bindgen(method)]
    fn animate(this: &Animatable, keyframes: &js_sys::Array, options: &js_sys::Object);
}

/// How long a chip takes to fly to its new card, and how long the calm fade takes.
const FLY_MS: f64 = 360.0;
const FADE_MS: f64 = 180.0;
/// When several chips change hands at once, each sets off this much after the one above it, so the
/// reader can follow each one.
const STAGGER_MS: f64 = 90.0;

/// Viewport positions of the `[data-flip]` elements, by key, with each element and the animations
/// it had when it was measured. A list, not a map: a board has a few dozen chips at most, and a map
/// type would add its own code to the bundle.
#[derive(Clone, Debug, Default)]
pub struct Positions(Vec<(String, (f64, f64), Element, js_sys::Array)>);

impl Positions {
    /// Where the element with this key was.
    pub fn get(&self, key: &str) -> Option<(f64, f64)> {
        self.0.iter().find(|(known, ..)| known == key).map(|&(_, at, ..)| at)
    }

    /// Stops the flights of the measured elements that left their place: hidden (no longer
    /// keyed, as a board's chip where the work is no more) or taken off the page. A chip hidden in
    /// mid-flight (the reader dragged back across a handover) would keep flying unseen, and one off
    /// the page the browser cannot run on the compositor: it would tick it on the main thread at
    /// every frame until its end. (Off the page, an element no longer lists its animations, so
    /// they are the ones it had when it was measured.)
    fn stop_the_departed(&self) {
        for (key, _, el, animations) in &self.0 {
            let departed = el.parent_node().is_none() || el.get_attribute(KEY).as_ref() != Some(key);
            if departed {
                for animation in animations.iter() {
                    call(&animation, "cancel");
                }
            }
        }
    }
}

/// Calls a method of no arguments on a JS object (the Web Animations calls web-sys marks unstable).
fn call(target: &JsValue, method: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(method))
        .and_then(|f| f.unchecked_into::<js_sys::Function>().call0(target))
        .unwrap_or_default()
}

/// The attribute that keys an element for FLIP, and the selector of the elements that carry it.
const KEY: &str = "data-flip";
const KEYED: &str = "[data-flip]";

fn flip_elements(root: &Element) -> Vec<(String, Element)> {
    let Ok(list) = root.query_selector_all(KEYED) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|el| Some((el.get_attribute(KEY)?, el)))
        .collect()
}

/// Records where every `[data-flip]` element under `root` is now, in-flight animations included.
pub fn measure(root: &Element) -> Positions {
    measure_where(root, |_| true)
}

/// `measure`, for the keyed elements whose key passes `keep` only: the others are not measured.
fn measure_where(root: &Element, keep: impl Fn(&str) -> bool) -> Positions {
    Positions(
        flip_elements(root)
            .into_iter()
            .filter(|(key, _)| keep(key))
            .map(|(key, el)| {
                let rect = el.get_bounding_client_rect();
                let animations = call(&el, "getAnimations").unchecked_into();
                (key, (rect.left(), rect.top()), el, animations)
            })
            .collect(),
    )
}

/// Whether the reader asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// How moved elements get to their new place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motion {
    /// They fly there: a `transform` from the old place to the new one.
    Fly,
    /// For `prefers-reduced-motion`: nothing travels; they fade in where they land.
    Fade,
}

impl Motion {
    /// What the reader's system settings ask for.
    pub fn preferred() -> Motion {
        if prefers_reduced_motion() {
            Motion::Fade
        } else {
            Motion::Fly
        }
    }
}

/// Animates every element under `root` whose position changed since `first` was measured.
/// All the reads come before all the writes: starting an animation invalidates style, so a read
/// after it would force the browser to recalculate it again, once per chip.
pub fn play(root: &Element, first: &Positions, motion: Motion) {
    first.stop_the_departed();
    let moved: Vec<(Element, f64, f64)> = flip_elements(root)
        .into_iter()
        .filter_map(|(key, el)| {
            let (x, y) = first.get(&key)?;
            let rect = el.get_bounding_client_rect();
            let (dx, dy) = (x - rect.left(), y - rect.top());
            (dx.abs() >= 0.5 || dy.abs() >= 0.5).then_some((el, dx, dy))
        })
        .collect();
    if moved.is_empty() {
        return;
    }
    let animation = Animation::new(motion);
    for (order, (el, dx, dy)) in moved.into_iter().enumerate() {
        animation.start(&el, dx, dy, order);
    }
}

/// The parts of a FLIP animation that every moved element shares: the property, the end keyframe
/// and the timing, built once per change. The browser copies keyframes and options when an
/// animation starts, so one set of objects serves every element: a moved chip costs two JS
/// objects (its first keyframe and the keyframe list), and a third one only when it waits its turn
/// behind another (its own timing, with a delay).
struct Animation {
    motion: Motion,
    property: JsValue,
    to: js_sys::Object,
    options: js_sys::Object,
}

/// A plain JS object with these properties. Setting a property on a fresh plain object cannot
/// fail, so the results are not checked.
fn object(pairs: &[(&JsValue, &JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, key, value);
    }
    object
}

/// An animation's timing: its duration, and how long it waits at its first keyframe
/// (`fill: backwards`) before it sets off.
fn timing(duration: f64, delay: f64) -> js_sys::Object {
    object(&[
        (&JsValue::from_str("duration"), &JsValue::from_f64(duration)),
        (&JsValue::from_str("easing"), &JsValue::from_str("cubic-bezier(0.2, 0.7, 0.2, 1)")),
        (&JsValue::from_str("delay"), &JsValue::from_f64(delay)),
        (&JsValue::from_str("fill"), &JsValue::from_str("backwards")),
    ])
}

impl Animation {
    fn new(motion: Motion) -> Animation {
        let (property, end, duration) = match motion {
            Motion::Fade => ("opacity", "1", FADE_MS),
            Motion::Fly => ("transform", "none", FLY_MS),
        };
        let property = JsValue::from_str(property);
        let options = timing(duration, 0.0);
        Animation { to: object(&[(&property, &JsValue::from_str(end))]), motion, property, options }
    }

    /// Starts one element's animation from where it was, `dx` and `dy` pixels away, to its place.
    /// The `order`-th flying element waits its turn at its old place (`fill: backwards`).
    fn start(&self, el: &Element, dx: f64, dy: f64, order: usize) {
        let from = match self.motion {
            Motion::Fade => JsValue::from_str("0"),
            // Whole pixels: formatting floats would pull float printing code into the WASM.
            Motion::Fly => JsValue::from_str(&format!("translate({}px, {}px)", dx.round() as i32, dy.round() as i32)),
        };
        let keyframes = js_sys::Array::of2(&object(&[(&self.property, &from)]), &self.to);
        let options = match (self.motion, order) {
            (Motion::Fly, 1..) => timing(FLY_MS, STAGGER_MS * order as f64),
            _ => self.options.clone(),
        };
        el.unchecked_ref::<Animatable>().animate(&keyframes, &options);
    }
}

/// A handle on the FLIP animation of one subtree.
#[derive(Clone)]
pub struct Flip {
    root: NodeRef,
    first: Rc<RefCell<Option<Positions>>>,
}

impl Flip {
    /// A handle on the subtree under `root`, keeping the captured positions in `first` from a
    /// capture to the render after it (`hooks::use_flip` makes both).
    pub fn new(root: NodeRef, first: Rc<RefCell<Option<Positions>>>) -> Flip {
        Flip { root, first }
    }

    /// After a render: animates what moved since the last capture, if there was one, and forgets
    /// it; renders without a capture do not animate.
    pub fn play_captured(&self) {
        let pending = self.first.borrow_mut().take();
        if let (Some(first), Some(root)) = (pending, self.root.cast::<Element>()) {
            play(&root, &first, Motion::preferred());
        }
    }

    /// The node to put on the subtree's root element.
    pub fn root(&self) -> NodeRef {
        self.root.clone()
    }

    /// Records the "first" positions. Call it in the event handler, just before dispatching.
    pub fn capture(&self) {
        if let Some(root) = self.root.cast::<Element>() {
            *self.first.borrow_mut() = Some(measure(&root));
        }
    }

    /// Like `capture`, but only the elements with these keys are measured and will animate; the
    /// rest of the change simply appears. For a slider step or a change of preset, where only
    /// some work changes hands.
    pub fn capture_only(&self, keys: &[String]) {
        if let Some(root) = self.root.cast::<Element>() {
            *self.first.borrow_mut() = Some(measure_where(&root, |key| keys.iter().any(|k| k == key)));
        }
    }
}
