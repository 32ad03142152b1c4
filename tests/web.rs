//! The widget in real headless Chromium, driven as a reader would: slider input, keys, ticks.
//! Each test mounts a fresh widget, acts, waits for Yew to settle, and reads what a person sees.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use pm_scale_up::scale::Headcount;
use pm_scale_up::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, InputEvent, InputEventInit, KeyboardEvent,
    KeyboardEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until the work the widget put off until after the next frame has run, and Yew has
/// rendered it. Not a guess at how long that takes: this asks for the same frame after the
/// widget did, so its callback and then its timer run after the widget's, however slow the
/// machine.
async fn after_next_paint() {
    let done = js_sys::Promise::new(&mut |resolve, _| {
        pm_scale_up::platform::frame::after_next_paint(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
    yew::scheduler::flush().await;
}

/// A mounted widget; unmounted (its effects cleaned up, its timers cancelled) and removed from
/// the page when the test ends.
struct Widget(Element, Option<yew::AppHandle<App>>);

impl Drop for Widget {
    fn drop(&mut self) {
        if let Some(app) = self.1.take() {
            app.destroy();
        }
        self.0.remove();
    }
}

impl Widget {
    /// Mounts a widget on a page whose address has no query.
    async fn mount() -> Widget {
        Widget::open("").await
    }

    /// Mounts a widget as if opened from a link with this query string.
    async fn open(query: &str) -> Widget {
        let window = web_sys::window().unwrap();
        let path = window.location().pathname().unwrap();
        window.history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}"))).unwrap();
        // From the top: a page scrolled by an earlier test would let scroll anchoring move things.
        window.scroll_to_with_x_and_y(0.0, 0.0);
        let document = window.document().unwrap();
        // The widget's own stylesheet, once: where things sit and how they move depends on it.
        if document.get_element_by_id("pmsu-styles").is_none() {
            let style = document.create_element("style").unwrap();
            style.set_id("pmsu-styles");
            style.set_text_content(Some(include_str!("../styles/main.css")));
            document.head().unwrap().append_child(&style).unwrap();
        }
        // As on the page: the title and lede before the widget's own element (`page::intro_markup`),
        // which the widget fills in and hides when embedded.
        let page = document.create_element("div").unwrap();
        page.set_inner_html(concat!(
            r#"<header class="intro" id="pmsu-intro"><h1 class="intro__title"></h1>"#,
            r#"<p class="intro__lede"></p></header><div></div>"#
        ));
        document.body().unwrap().append_child(&page).unwrap();
        let root = page.last_element_child().unwrap();
        let app = yew::Renderer::<App>::with_root(root).render();
        yew::scheduler::flush().await;
        Widget(page, Some(app))
    }

    fn find(&self, selector: &str) -> Element {
        self.0.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
    }

    fn texts(&self, selector: &str) -> Vec<String> {
        let list = self.0.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    fn slider(&self) -> HtmlInputElement {
        self.find(".scale__input").dyn_into().unwrap()
    }

    /// What the stage readout says, e.g. "Series B · about 150 people".
    fn readout(&self) -> String {
        self.text(".scale__value")
    }

    /// The responsibilities on the PM's side of the board.
    fn on_pm(&self) -> Vec<String> {
        self.texts(".lane__pm .chip")
    }

    /// The responsibilities the named role holds now; empty if it holds none.
    fn on_role(&self, role: &str) -> Vec<String> {
        let lanes = self.0.query_selector_all(".lane").unwrap();
        (0..lanes.length())
            .map(|i| lanes.item(i).unwrap().dyn_into::<Element>().unwrap())
            .filter(|lane| {
                lane.query_selector(".role.is-hired").unwrap().and_then(|r| r.text_content()).as_deref() == Some(role)
            })
            .filter_map(|lane| lane.query_selector(".lane__spec .chip").unwrap()?.text_content())
            .collect()
    }

    /// The roles that hold work now, top to bottom.
    fn hired(&self) -> Vec<String> {
        self.texts(".role.is-hired")
    }

    /// The address bar's query, once the widget has written it (it waits for the reader to pause).
    /// Not a guess at how long that takes: the widget armed its timer when it rendered the last
    /// change, and a browser runs a timer armed later with a longer delay after it, however slow
    /// the machine.
    async fn query(&self) -> String {
        gloo_timers::future::TimeoutFuture::new(pm_scale_up::hooks::ADDRESS_BAR_DELAY_MS + 1).await;
        web_sys::window().unwrap().location().search().unwrap()
    }

    async fn click(&self, selector: &str) {
        let button: HtmlElement = self.find(selector).dyn_into().unwrap();
        button.click();
        yew::scheduler::flush().await;
    }

    /// Clicks the button whose text is `label`.
    async fn click_button(&self, label: &str) {
        let buttons = self.0.query_selector_all("button").unwrap();
        let button: HtmlElement = (0..buttons.length())
            .map(|i| buttons.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
            .find(|b| b.text_content().as_deref() == Some(label))
            .unwrap_or_else(|| panic!("no button {label}"));
        button.click();
        yew::scheduler::flush().await;
    }

    fn announced(&self) -> String {
        self.text(".live-region")
    }

    /// Drags the slider to a position, as the browser reports it: a new value and an input event.
    async fn drag_to(&self, position: usize) {
        self.slide(".scale__input", position).await;
    }

    /// Moves the range input at `selector` to a position: a new value and an input event. Then
    /// waits for the board, which follows a drag's handover after the next frame.
    async fn slide(&self, selector: &str, position: usize) {
        self.slide_only(selector, position).await;
        after_next_paint().await;
    }

    /// Moves the range input at `selector` and waits for Yew only: what shows in the frame of
    /// the input itself.
    async fn slide_only(&self, selector: &str, position: usize) {
        let input: HtmlInputElement = self.find(selector).dyn_into().unwrap();
        input.set_value(&position.to_string());
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    /// Sends a bubbling event of type `kind` (such as "pointerdown") to the element at `selector`.
    async fn send(&self, selector: &str, kind: &str) {
        let init = EventInit::new();
        init.set_bubbles(true);
        self.find(selector).dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
        yew::scheduler::flush().await;
    }

    async fn press(&self, key: &str) {
        self.press_before_a_render(&[key]).await;
    }

    /// Presses `keys` on the slider one after another in one task, so the widget handles each
    /// before it has drawn the one before: as a slow machine does when rendering yields to the
    /// browser between the board and the slider.
    async fn press_before_a_render(&self, keys: &[&str]) {
        for key in keys {
            let init = KeyboardEventInit::new();
            init.set_key(key);
            init.set_bubbles(true);
            init.set_cancelable(true);
            let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
            self.slider().dispatch_event(&event).unwrap();
        }
        yew::scheduler::flush().await;
    }

    async fn click_tick(&self, stage: &str) {
        let button: HtmlElement = self.find(&format!(".ticks__button[aria-label='{stage}']")).dyn_into().unwrap();
        button.click();
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn the_untouched_widget_shows_series_b_with_work_on_both_sides() {
    let w = Widget::mount().await;
    assert_eq!(w.readout(), "Series B · about 150 people");
    assert_eq!(
        w.on_pm(),
        ["Roadmap", "Strategy", "Enablement Content", "Hands on Enablement", "Story writing", "Everything else"]
    );
    assert_eq!(w.on_role("Product Designer"), ["Design"]);
    assert_eq!(w.on_role("UX Researcher"), ["Discovery"]);
    assert_eq!(w.text(".board__interfaces"), "Interfaces with 7 of 12 specialist roles");
    assert_eq!(w.hired().len(), 7);
    assert!(w.text(".scale__hint").contains("Drag the slider"));
    assert_eq!(w.text(".gauge__caption"), "Still the PM's own: 6 of 13 · With specialists the PM works with: 7");
    assert_eq!(w.announced(), "");
}

#[wasm_bindgen_test]
async fn dragging_to_one_person_puts_everything_on_the_pm() {
    let w = Widget::mount().await;
    w.drag_to(0).await;
    assert_eq!(w.readout(), "Founding team · 1 person");
    assert_eq!(w.on_pm().len(), 13);
    assert!(w.hired().is_empty());
    assert_eq!(w.text(".board__interfaces"), "No specialists yet");
    // Every role still has its place, quiet until hired.
    assert_eq!(w.texts(".role[aria-hidden='true']:not(.role--stays)").len(), 12);
    assert!(w.announced().starts_with("Design returned to the PM."));
    // The hint has done its job once the reader moves the slider; it hides but keeps its space.
    assert_eq!(w.find(".scale__hint").class_name(), "scale__hint is-done");
}

#[wasm_bindgen_test]
async fn dragging_to_the_far_end_leaves_only_the_roadmap() {
    let w = Widget::mount().await;
    w.drag_to(49).await;
    assert_eq!(w.readout(), "Hyperscale · about 100,000 people");
    assert_eq!(w.on_pm(), ["Roadmap"]);
    assert_eq!(w.on_role("Technical Program Manager"), ["Story writing"]);
    assert_eq!(w.on_role("Strategy & Operations"), ["Strategy"]);
    assert_eq!(w.text(".gauge__caption"), "Still the PM's own: 1 of 13 · With specialists the PM works with: 12");
}

#[wasm_bindgen_test]
async fn an_arrow_key_peels_one_responsibility_and_the_way_back_returns_it() {
    let w = Widget::mount().await;
    w.press("ArrowRight").await;
    assert_eq!(w.readout(), "Series B · about 200 people");
    assert_eq!(w.on_role("Sales Enablement"), ["Enablement Content"]);
    assert!(!w.on_pm().contains(&"Enablement Content".to_string()));
    assert_eq!(w.announced(), "Enablement Content moved to Sales Enablement.");

    w.press("ArrowLeft").await;
    assert_eq!(w.readout(), "Series B · about 150 people");
    assert!(w.on_pm().contains(&"Enablement Content".to_string()));
    assert!(w.on_role("Sales Enablement").is_empty());
    assert_eq!(w.announced(), "Enablement Content returned to the PM.");
}

/// The slider's position for a headcount.
fn position(people: u32) -> usize {
    Headcount::new(people).unwrap().position()
}

#[wasm_bindgen_test]
async fn a_drag_across_a_handover_moves_the_readout_at_once_and_the_board_after_the_frame() {
    let w = Widget::mount().await;
    w.slide_only(".scale__input", position(200)).await;
    // In the input's own frame: the slider and its readout, with the board as it was.
    assert_eq!(w.readout(), "Series B · about 200 people");
    assert_eq!(w.slider().value(), position(200).to_string());
    assert!(w.on_pm().contains(&"Enablement Content".to_string()));
    assert!(w.on_role("Sales Enablement").is_empty());
    assert_eq!(w.announced(), "");

    after_next_paint().await;
    assert_eq!(w.readout(), "Series B · about 200 people");
    assert_eq!(w.on_role("Sales Enablement"), ["Enablement Content"]);
    assert!(!w.on_pm().contains(&"Enablement Content".to_string()));
    assert_eq!(w.announced(), "Enablement Content moved to Sales Enablement.");
}

#[wasm_bindgen_test]
async fn a_drag_step_that_hands_nothing_over_shows_in_its_own_frame() {
    // Nothing changes hands between 250 and 400 people.
    let w = Widget::open("?people=250").await;
    let (board, caption) = (w.on_pm(), w.text(".stage__aside"));
    w.slide_only(".scale__input", position(400)).await;
    assert_eq!(w.readout(), "Late stage · about 400 people");
    assert_eq!(w.on_pm(), board);
    // The caption follows the state, not the slider: it is the late stage's already.
    assert_ne!(w.text(".stage__aside"), caption);
    // The state moved with the readout, in the input's own frame: the address bar's write, armed
    // when the state changes, is due before a timer armed now with the same delay.
    let query = w.query().await;
    assert!(query.contains("people=400"), "{query}");
}

#[wasm_bindgen_test]
async fn drag_steps_made_while_the_board_catches_up_end_where_the_last_one_did() {
    let w = Widget::mount().await;
    // Across the handover and back before the board followed: it stays as it was.
    w.slide_only(".scale__input", position(200)).await;
    w.slide_only(".scale__input", position(150)).await;
    assert_eq!(w.readout(), "Series B · about 150 people");
    after_next_paint().await;
    assert_eq!(w.readout(), "Series B · about 150 people");
    assert!(w.on_pm().contains(&"Enablement Content".to_string()));
    assert!(w.on_role("Sales Enablement").is_empty());
    assert_eq!(w.announced(), "");
    let query = w.query().await;
    assert!(query.contains("people=150"), "{query}");
}

#[wasm_bindgen_test]
async fn a_key_pressed_while_the_board_catches_up_with_a_drag_wins() {
    let w = Widget::mount().await;
    w.slide_only(".scale__input", position(200)).await;
    w.press("End").await;
    after_next_paint().await;
    assert_eq!(w.readout(), "Hyperscale · about 100,000 people");
    assert_eq!(w.on_pm(), ["Roadmap"]);
}

#[wasm_bindgen_test]
async fn a_tour_started_while_the_board_catches_up_with_a_drag_wins() {
    let w = Widget::mount().await;
    w.slide_only(".scale__input", position(200)).await;
    w.click(".tour").await;
    after_next_paint().await;
    // The drag's step, older than the tour, is dropped: it neither moves the board nor stops the tour.
    assert_eq!(w.readout(), "Founding team · 5 people");
    assert_eq!(w.find(".tour").get_attribute("aria-pressed").unwrap(), "true");
    assert!(w.on_role("Sales Enablement").is_empty());
}

#[wasm_bindgen_test]
async fn page_keys_jump_between_stages_and_home_and_end_reach_the_ends() {
    let w = Widget::mount().await;
    w.press("PageUp").await;
    assert_eq!(w.readout(), "Late stage · about 800 people");
    assert_eq!(w.on_role("Field Enablement Trainer"), ["Hands on Enablement"]);
    w.press("PageDown").await;
    w.press("PageDown").await;
    assert_eq!(w.readout(), "Series A · about 60 people");
    w.press("Home").await;
    assert_eq!(w.readout(), "Founding team · 1 person");
    w.press("End").await;
    assert_eq!(w.readout(), "Hyperscale · about 100,000 people");
    assert_eq!(w.slider().value(), "49");
}

#[wasm_bindgen_test]
async fn keys_handled_before_the_widget_redraws_each_step_from_the_one_before() {
    let w = Widget::mount().await;
    w.press_before_a_render(&["PageUp", "ArrowRight"]).await;
    assert_eq!(w.readout(), "Late stage · about 1,000 people");
    assert_eq!(w.slider().value(), position(1000).to_string());
    w.press_before_a_render(&["Home", "ArrowRight", "ArrowRight"]).await;
    assert_eq!(w.readout(), "Founding team · 3 people");
}

#[wasm_bindgen_test]
async fn a_stage_tick_jumps_there_and_back_down_returns_the_work() {
    let w = Widget::mount().await;
    w.click_tick("Seed").await;
    assert_eq!(w.readout(), "Seed · about 25 people");
    assert_eq!(w.on_role("Product Designer"), ["Design"]);
    assert_eq!(w.on_pm().len(), 12);
    assert_eq!(w.find(".ticks__button[aria-current]").get_attribute("aria-label").unwrap(), "Seed");

    w.click_tick("Founding team").await;
    assert!(w.on_pm().contains(&"Design".to_string()));
    assert_eq!(w.announced(), "Design returned to the PM.");
}

/// Calls a no-argument method on a JS object and returns the array it gives back.
fn call_for_array(target: &JsValue, method: &str) -> js_sys::Array {
    js_sys::Reflect::get(target, &method.into())
        .unwrap()
        .dyn_into::<js_sys::Function>()
        .unwrap()
        .call0(target)
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// The CSS properties each running animation on `el` changes.
fn animated_properties(el: &Element) -> Vec<Vec<String>> {
    call_for_array(el, "getAnimations")
        .iter()
        .map(|animation| {
            let effect = js_sys::Reflect::get(&animation, &"effect".into()).unwrap();
            let mut properties: Vec<String> = call_for_array(&effect, "getKeyframes")
                .iter()
                .flat_map(|frame| {
                    js_sys::Object::keys(&frame.into()).iter().filter_map(|k| k.as_string()).collect::<Vec<_>>()
                })
                .filter(|k| !matches!(k.as_str(), "offset" | "easing" | "composite" | "computedOffset"))
                .collect();
            properties.dedup();
            properties
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_peeled_chip_flies_to_its_role_using_transform_only() {
    let w = Widget::mount().await;
    w.press("ArrowRight").await;
    let chip = w.find(".lane__spec [data-flip='enablement-content']");
    assert_eq!(animated_properties(&chip), [["transform"]]);
    // Chips that did not move do not animate: Roadmap sits before the one that left.
    assert!(animated_properties(&w.find(".lane__pm [data-flip='roadmap']")).is_empty());
}

/// Whether the reader can see `el`: laid out, and neither hidden nor in a hidden subtree.
fn shown(el: &Element) -> bool {
    js_sys::Function::new_with_args("el", "return el.checkVisibility({ visibilityProperty: true })")
        .call1(&JsValue::NULL, el)
        .unwrap()
        .is_truthy()
}

#[wasm_bindgen_test]
async fn a_handover_adds_and_removes_nothing_on_the_board_but_shows_the_chip_in_its_new_place() {
    let w = Widget::mount().await;
    let lane = || w.find(".lane:has([data-flip='enablement-content'])");
    let on_pm = w.find(".lane__pm [data-flip='enablement-content']");
    let elements = |root: &Element| {
        let list = root.query_selector_all("*").unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap()).collect::<Vec<_>>()
    };
    let (before, board) = (elements(&lane()), w.find(".lanes").child_element_count());
    assert!(shown(&on_pm));
    w.press("ArrowRight").await;
    // The work is with the role now, as the reader sees it: one chip, on the role's side.
    let on_role = w.find(".lane__spec [data-flip='enablement-content']");
    assert!(shown(&on_role) && !shown(&on_pm), "the chip shows in its new place only");
    assert_eq!(on_role.text_content().as_deref(), Some("Enablement Content"));
    // And nothing was added to the page or taken from it, so nothing is laid out again: the lane
    // is the same elements, in the same order, as before.
    let after = elements(&lane());
    assert_eq!(after.len(), before.len());
    assert!(before.iter().zip(&after).all(|(a, b)| a.is_same_node(Some(b))), "the lane's elements were replaced");
    assert_eq!(w.find(".lanes").child_element_count(), board);
}

#[wasm_bindgen_test]
async fn a_chip_hidden_in_mid_flight_stops_its_flight() {
    let w = Widget::mount().await;
    w.press("ArrowRight").await;
    let flying = w.find(".lane__spec [data-flip='enablement-content']");
    let flight = call_for_array(&flying, "getAnimations").get(0);
    let play_state = || js_sys::Reflect::get(&flight, &"playState".into()).unwrap().as_string().unwrap();
    assert_eq!(play_state(), "running");
    // Held in mid-air, so the test does not depend on how fast the machine gets to the next key.
    hold_halfway(&flying);
    // Back across the handover before it lands: the chip shows on the PM's side again, and the
    // one in flight is hidden. Its flight stops there: left running, the browser would go on
    // drawing an unseen chip until it landed.
    w.press("ArrowLeft").await;
    assert!(!shown(&flying));
    assert!(shown(&w.find(".lane__pm [data-flip='enablement-content']")));
    assert_eq!(play_state(), "idle");
}

/// Each running animation on `el`: the first and last keyframe's value of `property`, and its
/// duration in milliseconds.
fn keyframe_values(el: &Element, property: &str) -> Vec<(String, String, f64)> {
    call_for_array(el, "getAnimations")
        .iter()
        .map(|animation| {
            let effect = js_sys::Reflect::get(&animation, &"effect".into()).unwrap();
            let frames = call_for_array(&effect, "getKeyframes");
            let value = |i: u32| js_sys::Reflect::get(&frames.get(i), &property.into()).unwrap().as_string().unwrap();
            let get_timing: js_sys::Function =
                js_sys::Reflect::get(&effect, &"getTiming".into()).unwrap().dyn_into().unwrap();
            let timing = get_timing.call0(&effect).unwrap();
            let duration = js_sys::Reflect::get(&timing, &"duration".into()).unwrap().as_f64().unwrap();
            (value(0), value(frames.length() - 1), duration)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn each_moved_chip_flies_from_its_own_old_place_to_its_new_one() {
    let w = Widget::mount().await;
    // Every chip, top to bottom.
    let keyed = |w: &Widget| {
        let chips = w.0.query_selector_all("[data-flip]").unwrap();
        (0..chips.length()).map(|i| chips.item(i).unwrap().dyn_into::<Element>().unwrap()).collect::<Vec<_>>()
    };
    // Where each chip is before the jump, by its key, as the reader sees it: measured here, not
    // by the code under test.
    let first: Vec<(String, f64, f64)> = keyed(&w)
        .iter()
        .map(|chip| {
            let rect = chip.get_bounding_client_rect();
            (chip.get_attribute("data-flip").unwrap(), rect.left(), rect.top())
        })
        .collect();
    // A jump to the far end: several chips change hands at once.
    w.press("End").await;
    let mut flown = Vec::new();
    for chip in keyed(&w) {
        let frames = keyframe_values(&chip, "transform");
        if frames.is_empty() {
            continue;
        }
        // Where the chip really sits, with its animation cancelled.
        call_for_array(&chip, "getAnimations").iter().for_each(|a| {
            let cancel: js_sys::Function = js_sys::Reflect::get(&a, &"cancel".into()).unwrap().dyn_into().unwrap();
            cancel.call0(&a).unwrap();
        });
        let key = chip.get_attribute("data-flip").unwrap();
        let &(_, x, y) = first.iter().find(|(known, ..)| *known == key).unwrap();
        let rect = chip.get_bounding_client_rect();
        // Whole pixels, as the animation writes them (an f64 would print -0 for a tiny shift left).
        let (dx, dy) = ((x - rect.left()).round() as i32, (y - rect.top()).round() as i32);
        let expected = format!("translate({dx}px, {dy}px)");
        assert_eq!(frames, [(expected, "none".to_string(), 360.0)], "{:?}", chip.text_content());
        flown.push(chip.text_content().unwrap());
    }
    // From the post's table: between 150 people and 100,000 these five leave the PM.
    assert_eq!(flown, ["Strategy", "Enablement Content", "Hands on Enablement", "Story writing", "Everything else"]);
}

/// While it lives, the page answers `matchMedia('(prefers-reduced-motion: reduce)')` as it does on
/// a system set to reduce motion: with a real MediaQueryList that matches (the one for `all`). The
/// page's own `matchMedia` is put back when it is dropped, whether the test passes or fails.
struct ReducedMotion(JsValue);

impl ReducedMotion {
    fn emulate() -> ReducedMotion {
        let window = web_sys::window().unwrap();
        let original = js_sys::Reflect::get(&window, &"matchMedia".into()).unwrap();
        let emulated = js_sys::Function::new_with_args(
            "original",
            "return function (query) {
                 return original.call(this, query === '(prefers-reduced-motion: reduce)' ? 'all' : query);
             };",
        )
        .call1(&JsValue::NULL, &original)
        .unwrap();
        js_sys::Reflect::set(&window, &"matchMedia".into(), &emulated).unwrap();
        ReducedMotion(original)
    }
}

impl Drop for ReducedMotion {
    fn drop(&mut self) {
        js_sys::Reflect::set(&web_sys::window().unwrap(), &"matchMedia".into(), &self.0).unwrap();
    }
}

/// Every current animation the widget's script started (not the stylesheet's transitions and
/// keyframes), in the order it started them: the chip, what changes from what to what, for how
/// long and after what delay.
fn started_animations() -> Vec<String> {
    let described = js_sys::Function::new_no_args(
        "return document.getAnimations()
             .filter(a => !(a instanceof CSSTransition) && !(a instanceof CSSAnimation))
             .map(a => {
                 const frames = a.effect.getKeyframes();
                 const timing = a.effect.getTiming();
                 const property = Object.keys(frames[0])
                     .find(k => !['offset', 'easing', 'composite', 'computedOffset'].includes(k));
                 const [from, to] = [frames[0][property], frames[frames.length - 1][property]];
                 return `${a.effect.target.textContent}: ${property} from ${from} to ${to} in ${timing.duration} ms after ${timing.delay} ms`;
             });",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    js_sys::Array::from(&described).iter().map(|line| line.as_string().unwrap()).collect()
}

#[wasm_bindgen_test]
async fn with_reduced_motion_moved_chips_fade_in_place() {
    // Set before the widget starts, as the reader's system setting would be.
    let _reduced = ReducedMotion::emulate();
    let w = Widget::mount().await;
    // The same jump that makes five chips fly one after another (above).
    w.press("End").await;
    assert_eq!(
        started_animations(),
        [
            "Strategy: opacity from 0 to 1 in 180 ms after 0 ms",
            "Enablement Content: opacity from 0 to 1 in 180 ms after 0 ms",
            "Hands on Enablement: opacity from 0 to 1 in 180 ms after 0 ms",
            "Story writing: opacity from 0 to 1 in 180 ms after 0 ms",
            "Everything else: opacity from 0 to 1 in 180 ms after 0 ms",
        ]
    );
    // Halfway through its fade, each chip is already in its new place, part faded in.
    let chips = w.0.query_selector_all(".lane__spec .chip").unwrap();
    let mut fading = 0;
    for i in 0..chips.length() {
        let chip: Element = chips.item(i).unwrap().dyn_into().unwrap();
        if call_for_array(&chip, "getAnimations").length() == 0 {
            continue;
        }
        hold_halfway(&chip);
        assert_eq!(computed(&chip, "transform"), "none", "{:?} travels", chip.text_content());
        let opacity: f64 = computed(&chip, "opacity").parse().unwrap();
        assert!(opacity > 0.0 && opacity < 1.0, "{:?} is at opacity {opacity}", chip.text_content());
        fading += 1;
    }
    assert_eq!(fading, 5);
}

/// A computed style property of `el`, as the browser applies it now.
fn computed(el: &Element, property: &str) -> String {
    js_sys::Function::new_with_args("el, property", "return getComputedStyle(el)[property]")
        .call2(&JsValue::NULL, el, &property.into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// Each running animation's delay on `el`, in milliseconds.
fn delays(el: &Element) -> Vec<f64> {
    call_for_array(el, "getAnimations")
        .iter()
        .map(|animation| {
            let effect = js_sys::Reflect::get(&animation, &"effect".into()).unwrap();
            let get_timing: js_sys::Function =
                js_sys::Reflect::get(&effect, &"getTiming".into()).unwrap().dyn_into().unwrap();
            let timing = get_timing.call0(&effect).unwrap();
            js_sys::Reflect::get(&timing, &"delay".into()).unwrap().as_f64().unwrap()
        })
        .collect()
}

/// Pauses each of `el`'s animations halfway through its flight (after its delay).
fn hold_halfway(el: &Element) {
    js_sys::Function::new_with_args(
        "el",
        "for (const a of el.getAnimations()) {
             const timing = a.effect.getTiming();
             a.pause();
             a.currentTime = timing.delay + timing.duration / 2;
         }",
    )
    .call1(&JsValue::NULL, el)
    .unwrap();
}

/// Lets the browser and Yew run until `holds` is true; fails after ten seconds, a bound for a
/// slow machine, not a synchronisation (a condition that holds returns at once).
async fn until(what: &str, holds: impl Fn() -> bool) {
    let deadline = js_sys::Date::now() + 10_000.0;
    while !holds() {
        assert!(js_sys::Date::now() < deadline, "still waiting for {what}");
        gloo_timers::future::TimeoutFuture::new(10).await;
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn a_chip_in_flight_is_on_top_of_everything_and_fully_opaque() {
    let w = Widget::mount().await;
    w.find(".board").scroll_into_view();
    // A jump to the far end: several chips leave the PM at once.
    w.press("End").await;
    let document = web_sys::window().unwrap().document().unwrap();
    let chips = w.0.query_selector_all(".lane__spec .chip").unwrap();
    let mut in_flight = 0;
    for i in 0..chips.length() {
        let chip: Element = chips.item(i).unwrap().dyn_into().unwrap();
        if call_for_array(&chip, "getAnimations").length() == 0 {
            continue;
        }
        // Each flight held halfway, whatever the time now: a slow machine sees the same frame.
        hold_halfway(&chip);
        assert_ne!(computed(&chip, "transform"), "none", "{:?} is still on its way", chip.text_content());
        let rect = chip.get_bounding_client_rect();
        let (x, y) = (rect.left() + rect.width() / 2.0, rect.top() + rect.height() / 2.0);
        let hit = document.element_from_point(x as f32, y as f32).expect("a point inside the window");
        assert!(chip.contains(Some(&hit)), "{:?} is under {}", chip.text_content(), hit.class_name());
        // Fully opaque: neither the chip nor anything around it is faded.
        let mut el = Some(chip.clone());
        while let Some(node) = el {
            assert_eq!(computed(&node, "opacity"), "1", "{} fades {:?}", node.class_name(), chip.text_content());
            el = node.parent_element();
        }
        in_flight += 1;
    }
    assert!(in_flight >= 3, "only {in_flight} chips were in flight");
}

#[wasm_bindgen_test]
async fn chips_that_leave_together_set_off_one_after_another_top_first() {
    let w = Widget::mount().await;
    w.press("End").await;
    let chips = w.0.query_selector_all(".lane__spec .chip").unwrap();
    let started: Vec<(String, Vec<f64>)> = (0..chips.length())
        .map(|i| chips.item(i).unwrap().dyn_into::<Element>().unwrap())
        .map(|chip| (chip.text_content().unwrap(), delays(&chip)))
        .filter(|(_, delays)| !delays.is_empty())
        .collect();
    assert_eq!(
        started,
        [
            ("Strategy".to_string(), vec![0.0]),
            ("Enablement Content".to_string(), vec![90.0]),
            ("Hands on Enablement".to_string(), vec![180.0]),
            ("Story writing".to_string(), vec![270.0]),
            ("Everything else".to_string(), vec![360.0]),
        ]
    );
}

#[wasm_bindgen_test]
fn a_panic_shows_a_readable_notice_with_a_reload_link() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = document.create_element("div").unwrap();
    mount.set_inner_html("<p>frozen widget</p>");
    pm_scale_up::panic::show_notice(&mount, "index out of bounds <script>");
    let text = mount.text_content().unwrap();
    assert!(text.contains("Sorry, this explainer stopped working."));
    assert!(!text.contains("frozen widget"));
    assert_eq!(mount.query_selector("a").unwrap().unwrap().text_content().unwrap(), "Reload");
    // The detail is shown as text, never parsed as markup.
    assert!(mount.query_selector("script").unwrap().is_none());
    assert!(mount.query_selector("pre").unwrap().unwrap().text_content().unwrap().contains("<script>"));
}

#[wasm_bindgen_test]
async fn a_shared_link_opens_in_its_state_with_a_notice_naming_what_was_ignored() {
    let w = Widget::open("?v=1&people=40&sparkle=on&theme=purple").await;
    assert_eq!(w.readout(), "Series A · about 40 people");
    assert_eq!(w.on_role("QA Engineer"), ["QA"]);
    // Each line in the reader's words, with the technical detail beneath it.
    assert_eq!(
        w.texts(".notice li"),
        [
            "The link has a setting called “sparkle”, which this widget doesn't have, so it was left out.\
             Ignored “sparkle”: this widget has no such setting.",
            "The link asked for a colour theme called “purple”, which this widget doesn't have, so it follows your \
             device's light or dark setting.Ignored theme=“purple”: expected auto, light or dark."
        ]
    );
    assert_eq!(w.texts(".notice__detail").len(), 2);
    // Opening a link is not a move: nothing flies and nothing is announced.
    assert_eq!(w.announced(), "");
    w.click(".notice__dismiss").await;
    assert!(w.0.query_selector(".notice").unwrap().is_none());
    assert_eq!(w.readout(), "Series A · about 40 people");
}

#[wasm_bindgen_test]
async fn a_hostile_link_still_opens_a_working_widget() {
    let w = Widget::open("?people=%ZZ&people=0&v=99&embed=maybe").await;
    assert_eq!(w.readout(), "Series B · about 150 people");
    assert_eq!(w.texts(".notice li").len(), 4);
    w.press("ArrowRight").await;
    assert_eq!(w.readout(), "Series B · about 200 people");
}

#[wasm_bindgen_test]
async fn the_address_bar_follows_the_slider_once_the_reader_moves_it() {
    let w = Widget::mount().await;
    assert_eq!(w.query().await, "", "an untouched widget leaves the address alone");
    w.press("PageUp").await;
    let now = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(now, "", "not while the reader may still be moving: it waits for a pause");
    assert_eq!(
        w.query().await,
        "?v=1&people=800&embed=0&theme=auto&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0"
    );
}

#[wasm_bindgen_test]
async fn a_change_of_stage_shows_its_caption_and_moves_no_lane_of_the_board() {
    let w = Widget::mount().await;
    let lanes = |w: &Widget| {
        let list = w.0.query_selector_all(".board, .lane, .role").unwrap();
        (0..list.length())
            .map(|i| {
                let rect = list.item(i).unwrap().dyn_into::<Element>().unwrap().get_bounding_client_rect();
                (rect.left(), rect.top(), rect.width(), rect.height())
            })
            .collect::<Vec<_>>()
    };
    let before = lanes(&w);
    assert_eq!(w.texts(".caption").len(), 1, "one caption is in the page");
    let series_b = w.text(".caption .caption__quote");
    for key in ["PageUp", "PageUp", "Home", "End"] {
        w.press(key).await;
        assert_eq!(lanes(&w), before, "the board, its lanes and its roles stay put after {key}");
    }
    assert_ne!(w.text(".caption .caption__quote"), series_b);
    assert_eq!(
        w.text(".caption .caption__quote"),
        "The post: “[I]n hyperscale companies if there is a specialization it probably exists as a different role.”"
    );
}

/// The table of holders as the page holds it under `root`: its caption, then each row's cells.
fn table(root: &Element) -> Vec<String> {
    let list = root.query_selector_all(".holders caption, .holders th, .holders td").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

/// Starts recording every change the page makes under `el` (nodes, text, attributes). The function
/// it returns stops recording and says how many changes there were.
fn record_changes(el: &Element) -> js_sys::Function {
    js_sys::Function::new_with_args(
        "el",
        "const changes = [];
         const observer = new MutationObserver((records) => changes.push(...records));
         observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
         return () => { changes.push(...observer.takeRecords()); observer.disconnect(); return changes.length; };",
    )
    .call1(&JsValue::NULL, el)
    .unwrap()
    .dyn_into()
    .unwrap()
}

/// Whether the table is behind the slider (closed while it moved), so print leaves it out.
fn behind(w: &Widget) -> bool {
    w.find(".holders").has_attribute("data-behind")
}

/// Clicks the table's summary, which opens or closes it. Returns the table as the frame after
/// the click shows it: as it is once Yew has rendered the click, before any task runs (the
/// browser's `toggle` event is one, and a frame may come first). Then waits for that event and
/// Yew's render after it.
async fn toggle_table(w: &Widget) -> Vec<String> {
    let toggled = Rc::new(RefCell::new(false));
    let _listener = {
        let toggled = Rc::clone(&toggled);
        gloo_events::EventListener::new(&w.find(".holders"), "toggle", move |_| *toggled.borrow_mut() = true)
    };
    w.click(".holders summary").await;
    let first = table(&w.0);
    assert!(!*toggled.borrow(), "the toggle event came before its task");
    until("the table to open or close", || *toggled.borrow()).await;
    first
}

/// The table a reader opens on a page opened from a link with this query.
async fn table_opened_at(query: &str) -> Vec<String> {
    let w = Widget::open(query).await;
    toggle_table(&w).await;
    table(&w.0)
}

#[wasm_bindgen_test]
async fn the_closed_table_renders_nothing_and_has_caught_up_with_the_slider_when_it_opens() {
    let late = table_opened_at("?people=2000").await;
    let w = Widget::open("?people=150").await;
    let closed = table(&w.0);
    assert_ne!(closed, late);
    // Work changes hands, and the size changes: nobody sees the closed table, so nothing in it
    // changes. It says it is behind, once.
    assert!(!behind(&w));
    let changes = record_changes(&w.find(".holders table"));
    w.drag_to(position(2000)).await;
    assert_eq!(w.readout(), "Public company · about 2,000 people");
    assert_eq!(changes.call0(&JsValue::NULL).unwrap().as_f64(), Some(0.0), "the closed table rendered again");
    assert_eq!(table(&w.0), closed);
    assert!(behind(&w));
    // As the browser tells the page the table is open, it already shows the slider's size: it
    // caught up before the frame that shows it open.
    assert_eq!(toggle_table(&w).await, late, "the table opened behind the slider");
    assert!(!behind(&w));
    // Open, it follows the slider.
    w.drag_to(position(150)).await;
    assert_eq!(table(&w.0), closed);
    // Closed again, it stays as it was last seen.
    toggle_table(&w).await;
    assert!(!w.find(".holders").has_attribute("open"));
    w.drag_to(position(2000)).await;
    assert_eq!(table(&w.0), closed, "the closed table rendered again");
}

#[wasm_bindgen_test]
async fn the_closed_table_follows_the_link_the_widget_opened_at_until_the_reader_moves() {
    let late = table_opened_at("?people=2000").await;
    // What find-in-page searches, and a crawler that runs the page's scripts reads: the size the
    // link asked for, not the page's default.
    let w = Widget::open("?people=2000").await;
    assert_eq!(table(&w.0), late);
}

#[wasm_bindgen_test]
async fn a_printed_page_has_the_table_of_the_size_on_the_slider() {
    let late = table_opened_at("?people=2000").await;
    let w = Widget::open("?people=150").await;
    let closed = table(&w.0);
    w.drag_to(position(2000)).await;
    assert_eq!(table(&w.0), closed);
    // The browser's word that it is about to lay the page out for print (the print dialogue, or a
    // PDF of the page): the table, printed though closed, catches up before it does.
    let window = web_sys::window().unwrap();
    window.dispatch_event(&Event::new("beforeprint").unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(table(&w.0), late);
    assert!(!behind(&w), "the print style would leave the table out");
    // Printed, it stays seen, though the page opens and closes it meanwhile: it follows the
    // slider (a tour, the host page).
    toggle_table(&w).await;
    toggle_table(&w).await;
    assert!(!w.find(".holders").has_attribute("open"));
    w.drag_to(position(150)).await;
    assert_eq!(table(&w.0), closed, "the printed table fell behind the slider");
    // Back on the screen, the closed table renders nothing again.
    window.dispatch_event(&Event::new("afterprint").unwrap()).unwrap();
    yew::scheduler::flush().await;
    w.drag_to(position(2000)).await;
    assert_eq!(table(&w.0), closed, "the closed table rendered again");
}

#[wasm_bindgen_test]
async fn steps_in_quick_succession_write_the_address_once() {
    let w = Widget::mount().await;
    // Count history.replaceState calls (after mounting, which resets the address itself).
    let history = web_sys::window().unwrap().history().unwrap();
    let counting = js_sys::Function::new_with_args(
        "original",
        "const f = function (...args) { f.calls += 1; return original.apply(this, args); }; f.calls = 0; return f;",
    );
    let original = js_sys::Reflect::get(&history, &"replaceState".into()).unwrap();
    let spy = counting.call1(&JsValue::NULL, &original).unwrap();
    js_sys::Reflect::set(&history, &"replaceState".into(), &spy).unwrap();
    for _ in 0..5 {
        w.press("ArrowRight").await;
    }
    let query = w.query().await;
    let calls = js_sys::Reflect::get(&spy, &"calls".into()).unwrap().as_f64();
    js_sys::Reflect::set(&history, &"replaceState".into(), &original).unwrap();
    assert_eq!(calls, Some(1.0), "five steps, one write");
    assert!(query.contains("people=500"), "{query}");
}

#[wasm_bindgen_test]
async fn embed_mode_drops_the_page_chrome_and_links_to_the_full_size_stage_page() {
    let w = Widget::open("?people=2000&embed=1").await;
    // The page's title and lede are left to screen readers: out of sight, one heading.
    assert!(w.find(".intro").has_attribute("data-embedded"));
    assert_eq!(w.find(".intro").get_bounding_client_rect().height(), 1.0);
    assert_eq!(w.texts("h1"), ["How a PM's job peels apart as the company grows"]);
    let full_size = w.find(".footer__full-size");
    assert_eq!(full_size.text_content().unwrap(), "Open full size ↗");
    assert_eq!(
        full_size.get_attribute("href").unwrap(),
        "stage/public-company/?v=1&people=2000&embed=0&theme=auto&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0"
    );
    assert!(w.texts("button").iter().all(|b| b != "Embed"), "no embed code inside an embed");
}

#[wasm_bindgen_test]
async fn the_embed_button_opens_the_menu_or_says_why_not_and_closes_it_again() {
    // The menu's words and codes come from the extras module, which this test page does not
    // serve (the end-to-end tests open the menu itself): the panel says so instead of staying empty.
    let w = Widget::mount().await;
    w.click_button("Embed").await;
    until("the embed panel", || w.0.query_selector("#pmsu-embed").unwrap().is_some()).await;
    assert_eq!(
        w.text("#pmsu-embed"),
        "Where will it go?This part of the widget could not be loaded here. Reload the page to try again."
    );
    let embed = w.0.query_selector("button[aria-controls='pmsu-embed']").unwrap().unwrap();
    assert_eq!(embed.get_attribute("aria-expanded").as_deref(), Some("true"));
    w.click_button("Embed").await;
    assert!(w.0.query_selector("#pmsu-embed").unwrap().is_none(), "the button closes it again");
    assert_eq!(embed.get_attribute("aria-expanded").as_deref(), Some("false"));
}

/// Puts a stand-in clipboard on the page that accepts or refuses what is written to it, and
/// keeps what it was given in `window.copied`.
fn stand_in_clipboard(accepts: bool) {
    js_sys::Function::new_with_args(
        "accepts",
        "window.copied = null;
         Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText(text) {
             window.copied = text;
             return accepts ? Promise.resolve() : Promise.reject(new DOMException('denied', 'NotAllowedError'));
         } } });",
    )
    .call1(&JsValue::NULL, &accepts.into())
    .unwrap();
}

fn copied() -> Option<String> {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &"copied".into()).unwrap().as_string()
}

const DEFAULT_QUERY: &str =
    "?v=1&people=150&embed=0&theme=auto&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0";

#[wasm_bindgen_test]
async fn copy_link_puts_this_states_link_on_the_clipboard() {
    stand_in_clipboard(true);
    let w = Widget::mount().await;
    w.click_button("Copy link").await;
    // The clipboard answers asynchronously.
    until("the status to say the link was copied", || w.text(".share__status") == "Link copied.").await;
    let link = copied().expect("something was copied");
    assert!(link.ends_with(DEFAULT_QUERY), "{link}");
    assert!(w.0.query_selector("#pmsu-copy-by-hand").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn where_the_clipboard_refuses_the_link_is_shown_selected_to_copy_by_hand() {
    stand_in_clipboard(false);
    let w = Widget::mount().await;
    w.click_button("Copy link").await;
    until("the link to copy by hand", || w.0.query_selector("#pmsu-copy-by-hand").unwrap().is_some()).await;
    assert_eq!(w.text(".share__status"), "", "nothing claims to be copied");
    let field: HtmlInputElement = w.find("#pmsu-copy-by-hand").dyn_into().unwrap();
    assert!(field.value().ends_with(DEFAULT_QUERY), "{}", field.value());
    assert_eq!(field.selection_start().unwrap(), Some(0));
    assert_eq!(field.selection_end().unwrap(), Some(field.value().len() as u32));
}

/// Checks the radio button with this value, as a click on its label would.
async fn choose(w: &Widget, value: &str) {
    let radio: HtmlInputElement = w.find(&format!("input[type=radio][value='{value}']")).dyn_into().unwrap();
    radio.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_company_type_moves_only_the_work_whose_owner_changes() {
    let w = Widget::open("?people=80").await;
    assert_eq!(w.on_role("Sales Engineer"), ["Sales Calls"]);
    choose(&w, "developer-platform").await;
    assert_eq!(w.readout(), "Series A · about 80 people", "the size stays");
    assert_eq!(w.on_role("Solutions Architect"), ["Sales Calls"]);
    assert_eq!(w.on_role("Technical Writer"), ["Enablement Content"]);
    assert!(w.on_pm().contains(&"QA".to_string()), "engineers own QA longer on a platform");
    assert!(w.announced().contains("Sales Calls moved to Solutions Architect."));
    assert_eq!(animated_properties(&w.find(".lane__spec [data-flip='sales-calls']")), [["transform"]]);
    // Design stays with the Product Designer: it does not fly, whatever the layout does.
    assert!(animated_properties(&w.find(".lane__spec [data-flip='design']")).is_empty());
    assert!(w.query().await.contains("preset=developer-platform"));
}

#[wasm_bindgen_test]
async fn the_sales_function_uses_the_same_interface_with_its_own_holder_and_captions() {
    let w = Widget::mount().await;
    choose(&w, "sales").await;
    assert_eq!(w.text(".board__holder"), "Sales personAccount executive", "the seller's title grows with the company");
    assert_eq!(w.text(".intro__title"), "How the sales job peels apart as the company grows");
    assert!(w.text(".intro__lede").contains("sales"), "{}", w.text(".intro__lede"));
    assert!(!w.find(".intro").has_attribute("data-embedded"));
    assert_eq!(w.text(".caption .caption__quote"), "The post: “…then you have regional sales…”");
    assert_eq!(w.on_role("Regional Sales"), ["Territories"]);
    assert!(w.0.query_selector("input[value='consumer-app']").unwrap().is_none(), "presets are the product function's");
    assert_eq!(w.announced(), "Now following the Sales function.");
    w.press("PageUp").await;
    assert_eq!(w.text(".caption .caption__quote"), "The post: “…then channel sales…”");
    assert_eq!(w.on_role("Channel Sales"), ["Partner deals"]);
    assert!(w.query().await.contains("fn=sales"));
}

#[wasm_bindgen_test]
async fn a_sweet_spot_starts_where_the_reader_is_and_widens_with_handles_on_the_track() {
    let at = |people| Headcount::new(people).unwrap().position();
    let summary = |w: &Widget| w.text(".sweet__summary");
    let w = Widget::mount().await;
    w.click_button("Mark my sweet spot").await;
    assert_eq!(
        summary(&w),
        "Your sweet spot: Series B (150 people); there you would keep 46% of the work. \
         Drag its two handles on the slider to widen it."
    );
    assert!(w.0.query_selector(".scale__band rect").unwrap().is_some(), "the band shows on the track");
    assert_eq!(w.text(".scale__hint--sweet"), "Inside your sweet spot");
    assert_eq!(
        w.slider().get_attribute("aria-valuetext").unwrap(),
        "Series B, about 150 people, inside your sweet spot"
    );

    // By keyboard (no pointer held), a handle widens the range and stops at the other end.
    w.slide(".scale__handle--to", at(800)).await;
    assert!(summary(&w).starts_with("Your sweet spot: Series B to Late stage (150 to 800 people);"), "{}", summary(&w));
    w.slide(".scale__handle--from", at(100_000)).await;
    assert!(summary(&w).starts_with("Your sweet spot: Late stage (800 people);"), "{}", summary(&w));

    // Dragged by a pointer, the other end stays put and the handle may cross it.
    w.send(".scale__handle--to", "pointerdown").await;
    w.slide(".scale__handle--to", at(40)).await;
    w.send(".scale__handle--to", "pointerup").await;
    assert!(summary(&w).starts_with("Your sweet spot: Series A to Late stage (40 to 800 people);"), "{}", summary(&w));
    assert!(w.query().await.contains("sweet=40-800"));

    w.drag_to(at(5_000)).await;
    assert_eq!(w.text(".scale__hint--sweet"), "Above your sweet spot");
    w.drag_to(at(5)).await;
    assert_eq!(w.text(".scale__hint--sweet"), "Below your sweet spot");

    w.click_button("Clear my sweet spot").await;
    assert!(w.0.query_selector(".sweet__summary").unwrap().is_none());
    assert!(w.0.query_selector(".scale__handle").unwrap().is_none(), "the handles go with it");
    assert!(w.query().await.contains("sweet=none"));
}

#[wasm_bindgen_test]
async fn the_tour_starts_at_the_founding_team_and_stops_at_the_first_touch() {
    let w = Widget::mount().await;
    w.click(".tour").await;
    assert_eq!(w.readout(), "Founding team · 5 people");
    assert_eq!(w.find(".tour").get_attribute("aria-pressed").unwrap(), "true");
    assert_eq!(w.text(".tour"), "❚❚ Pause the tour");
    // The reader presses a key on the slider: the tour stops and the key does its job.
    w.press("ArrowRight").await;
    assert_eq!(w.find(".tour").get_attribute("aria-pressed").unwrap(), "false");
    assert_eq!(w.readout(), "Founding team · 6 people");
}

#[wasm_bindgen_test]
async fn the_pause_button_pauses_the_tour_where_it_is_and_play_goes_on_from_there() {
    let w = Widget::mount().await;
    assert!(w.0.query_selector(".tour-step").unwrap().is_none(), "no steps to take before the tour");
    w.click(".tour").await;
    assert_eq!(w.readout(), "Founding team · 5 people");
    // One handover at a time: the next step is the first size where work changes hands.
    w.click(".tour-step[aria-label='Next step of the tour']").await;
    assert_eq!(w.readout(), "Seed · about 25 people");
    assert_eq!(w.announced(), "Design moved to Product Designer.");
    w.click(".tour-step[aria-label='Next step of the tour']").await;
    assert_eq!(w.readout(), "Series A · about 40 people");
    w.click(".tour-step[aria-label='Previous step of the tour']").await;
    assert_eq!(w.readout(), "Seed · about 25 people");
    w.click(".tour").await;
    assert_eq!(w.find(".tour").get_attribute("aria-pressed").unwrap(), "false");
    assert_eq!(w.text(".tour"), "▶ Play the tour");
    assert_eq!(w.readout(), "Seed · about 25 people", "paused where it was");
    w.click(".tour").await;
    assert_eq!(w.readout(), "Seed · about 25 people", "and goes on from there");
    assert_eq!(w.find(".tour").get_attribute("aria-pressed").unwrap(), "true");
}
