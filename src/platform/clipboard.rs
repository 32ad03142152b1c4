//! The clipboard and its stand-ins, for what a reader takes away: the device's share sheet,
//! downloads, and text selected for copying by hand where the clipboard is denied.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::document;

// Bindings that return `undefined` as `None` and turn exceptions into `Err`, instead of the
// web-sys ones that assume the API exists and never throws.
#[wasm_bindgen]
extern "C" {
    type Navigator;
    #[wasm_bindgen(method, getter)]
    fn clipboard(this: &Navigator) -> Option<Clipboard>;
    #[wasm_bindgen(method, getter, js_name = share)]
    fn share_function(this: &Navigator) -> JsValue;
    #[wasm_bindgen(method, catch)]
    fn share(this: &Navigator, data: &js_sys::Object) -> Result<js_sys::Promise, JsValue>;

    type Clipboard;
    #[wasm_bindgen(method, catch, js_name = writeText)]
    fn write_text(this: &Clipboard, text: &str) -> Result<js_sys::Promise, JsValue>;

    /// `document.featurePolicy` (Chromium) or `document.permissionsPolicy`; other browsers lack both.
    type PermissionsPolicy;
    #[wasm_bindgen(method, catch, js_name = allowsFeature)]
    fn allows_feature(this: &PermissionsPolicy, feature: &str) -> Result<bool, JsValue>;
}

fn navigator() -> Option<Navigator> {
    Some(web_sys::window()?.navigator().unchecked_into())
}

/// False when the page's permissions policy rules the clipboard out, as in a sandboxed or
/// cross-origin frame. Asking first spares the console a "permissions policy violation" error.
fn clipboard_allowed() -> bool {
    let Some(document) = document() else { return false };
    ["permissionsPolicy", "featurePolicy"]
        .into_iter()
        .filter_map(|name| js_sys::Reflect::get(&document, &name.into()).ok())
        .find(|policy| policy.is_object())
        .is_none_or(|policy| {
            policy.unchecked_into::<PermissionsPolicy>().allows_feature("clipboard-write").unwrap_or(true)
        })
}

/// Writes `text` to the clipboard. `Err` where the clipboard is missing or denied, as in a
/// sandboxed or cross-origin iframe; the caller then offers a selected text field instead.
pub async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    if !clipboard_allowed() {
        return Err(());
    }
    let clipboard = navigator().and_then(|n| n.clipboard()).ok_or(())?;
    let promise = clipboard.write_text(text).map_err(|_| ())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Whether the device offers Web Share (phones, some desktops).
pub fn can_share() -> bool {
    navigator().is_some_and(|n| n.share_function().is_function())
}

/// Opens the device's share sheet. `Err` if it is missing, refused, or the reader cancelled.
pub async fn share(title: &str, url: &str) -> Result<(), ()> {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let promise = navigator().ok_or(())?.share(&data).map_err(|_| ())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Whether this page may start a download. A sandboxed frame has an opaque origin ("null"), and
/// unless its host allowed downloads, starting one fails with an error in the console.
pub fn may_download() -> bool {
    web_sys::window().is_some_and(|w| w.origin() != "null")
}

/// Selects the text of an input or textarea, so that the reader can copy it by hand.
pub fn select_text(field: &Element) {
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

/// The code a press in the embed menu asks to copy, and what it is: from the Copy button pressed
/// (its `data-code` and `data-what`, written by `share::embed_menu`), or `None` for a press
/// anywhere else in the menu.
pub fn pressed_code(event: &web_sys::MouseEvent) -> Option<(String, String)> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let button = target.closest("button[data-code]").ok()??;
    Some((button.get_attribute("data-code")?, button.get_attribute("data-what")?))
}
