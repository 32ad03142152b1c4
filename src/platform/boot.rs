//! The page the WASM arrives on: the prerendered widget it takes over, the base address every
//! later link resolves against, the theme on `<html>`, and the moment the widget is ready.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::{document, document_element, host};
use crate::link::{Background, Theme};

/// The prerendered page's slider, where the reader left it before the WASM arrived.
const SLIDER: &str = "pmsu-scale";
/// Set on `#app` while the element that had focus in the prerendered page is yet to be rendered.
const REFOCUS: &str = "data-refocus";

/// Empties `root` of its prerendered page, which the first render replaces within the same task
/// (so no frame shows it empty). Returns the slider position the reader moved it to meanwhile, if
/// any, and remembers which element had focus, for `ready` to give it back.
pub fn take_prerendered(root: &Element) -> Option<usize> {
    let document = document()?;
    if let Some(focused) = document.active_element().filter(|el| root.contains(Some(el))) {
        if !focused.id().is_empty() {
            let _ = root.set_attribute(REFOCUS, &focused.id());
        }
    }
    let slider = document.get_element_by_id(SLIDER)?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    // Only a move counts: the attribute is what the prerender wrote, the property what the reader set.
    let moved = slider.get_attribute("value").is_some_and(|prerendered| prerendered != slider.value());
    let position = slider.value().parse().ok().filter(|_| moved);
    root.set_inner_html("");
    position
}

/// The page's title and lede, which stand outside `#app` (`page::intro_markup`), so that the
/// WASM never replaces them and the largest paint is the page's first: their words follow the
/// function or scenario shown, where they differ, and embedded they are for screen readers only
/// (`data-embedded`), the host page having its own heading.
pub fn show_intro(title: &str, lede: &str, embedded: bool) {
    let Some(intro) = document().and_then(|d| d.get_element_by_id(crate::content::INTRO_ID)) else { return };
    let _ = intro.toggle_attribute_with_force("data-embedded", embedded);
    for (selector, words) in [(".intro__title", title), (".intro__lede", lede)] {
        if let Ok(Some(part)) = intro.query_selector(selector) {
            if part.text_content().as_deref() != Some(words) {
                part.set_text_content(Some(words));
            }
        }
    }
}

/// The widget is rendered, shows the link's state if there was one, and responds to input:
/// shows what static/early.js hid meanwhile, gives focus back to the element that had it in the
/// prerendered page, marks `<html data-interactive>`, and tells a host page it is ready.
pub fn ready() {
    let document = document();
    if let Some(app) = document.as_ref().and_then(|d| d.get_element_by_id("app")) {
        if let Some(id) = app.get_attribute(REFOCUS) {
            let _ = app.remove_attribute(REFOCUS);
            if let Some(el) = document.as_ref().and_then(|d| d.get_element_by_id(&id)) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    }
    if let Some(root) = document_element() {
        let _ = root.remove_attribute("data-link-pending");
        if !root.has_attribute("data-interactive") {
            let _ = root.set_attribute("data-interactive", "");
            host::post_ready();
        }
    }
}

/// Pins the document's base address to this page's own folder, with a `<base>` element: the
/// widget moves the address bar to other stages' pages, and what resolves later (the icon on a
/// phone, the links it renders, a scenario file) must not follow it there.
pub fn pin_base() {
    let Some(document) = document() else { return };
    let Ok(folder) = web_sys::Url::new_with_base("./", &document.url().unwrap_or_default()) else { return };
    let base = document.query_selector("base").ok().flatten().or_else(|| {
        let base = document.create_element("base").ok()?;
        document.head()?.prepend_with_node_1(&base).ok()?;
        Some(base)
    });
    if let Some(base) = base {
        let _ = base.set_attribute("href", &folder.href());
    }
}

/// Puts the theme and background on `<html>`, where the style sheet picks them up.
pub fn apply_page_options(theme: Theme, background: Background) {
    let Some(root) = document_element() else { return };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.as_str()),
    };
    let _ = match background {
        Background::Paper => root.remove_attribute("data-bg"),
        Background::Transparent => root.set_attribute("data-bg", "transparent"),
    };
}

/// Whether an event's target is inside an element matching `selector` (for the tour, which stops
/// at any touch but one on its own button).
pub fn is_within(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    target.and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.closest(selector).ok().flatten()).is_some()
}
