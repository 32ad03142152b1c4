//! The page's address: what the link in the address bar asks for, where the site's root is,
//! and the address bar and title the widget keeps in step with its state.

use wasm_bindgen::JsValue;

use super::document;

/// The page's query string and fragment, if it has either: a link that asks for its own state.
/// (static/early.js makes the same test before first paint.)
pub fn link_address() -> Option<(String, String)> {
    let location = web_sys::window()?.location();
    let (search, hash) = (location.search().ok()?, location.hash().ok()?);
    (search.len() >= 2 || hash.len() >= 2).then_some((search, hash))
}

/// The address of the site's root, where `index.html` and `embed.js` are: what share links and
/// embed codes build on. From a stage page, `#app`'s `data-root` (`../../`) leads back to it.
pub fn page_address() -> String {
    let Some(document) = document() else { return String::new() };
    let root = document.get_element_by_id("app").and_then(|app| app.get_attribute("data-root"));
    let here = document.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(root.as_deref().filter(|r| !r.is_empty()).unwrap_or("./"), &here)
        .map(|url| url.href())
        .unwrap_or_default()
}

/// Sets the document's title (the tab's, and a bookmark's).
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Shows `href` (`?query#fragment`) in the address bar without adding a history entry. In a
/// sandboxed frame this may be refused; the widget works the same without it.
pub fn replace_href(href: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(href));
    }
}
