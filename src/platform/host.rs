//! The page this one is framed in: what the widget tells it (its height, its state, that it is
//! ready) and what it hears from it (the host API's `set`, WordPress's `ready`, pym's `width`).
//! Outside a frame, nothing is sent and nothing is heard.

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use crate::host::{Field, StateValue, READY, SET, SETTABLE, STATE};

/// The window this page is framed in, if it is in a frame.
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (parent != window).then_some(parent)
}

/// Posts an object of these fields to the page this one is framed in; nothing when not in a
/// frame. To any origin ("*"): the host may be any site, and nothing sent is more than the share
/// link already says.
fn post_to_parent(fields: &[(&str, JsValue)]) {
    let Some(parent) = parent_window() else { return };
    let message = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(name), value);
    }
    let _ = parent.post_message(&message, "*");
}

/// Tells the embedding page how tall the content is, in the AMP `embed-size` format that AMP,
/// Datawrapper and Flourish hosts understand.
pub fn post_height(height: u32) {
    post_to_parent(&[("sentinel", "amp".into()), ("type", "embed-size".into()), ("height", height.into())]);
}

/// The secret WordPress gave this frame in its address (`#?secret=…`), if it is in one.
pub fn wordpress_secret() -> Option<String> {
    parent_window()?;
    let hash = web_sys::window()?.location().hash().ok()?;
    crate::link::wordpress_secret(&hash).map(str::to_string)
}

/// Tells a WordPress host how tall the content is, as its host script (`wp-embed.js`) expects.
pub fn post_wordpress_height(secret: &str, height: u32) {
    post_to_parent(&[("secret", secret.into()), ("message", "height".into()), ("value", height.into())]);
}

/// The `childId` pym.js gave this frame, if pym made it: read from the frame's first address, and
/// kept, because the address bar later follows the widget's state and drops it.
fn pym_child() -> Option<String> {
    thread_local! {
        static CHILD: Option<String> = {
            let search = parent_window().and_then(|_| web_sys::window()?.location().search().ok());
            search.and_then(|search| crate::pym::child_id(&search).map(str::to_string))
        };
    }
    CHILD.with(Clone::clone)
}

/// Tells a pym.js host how tall the content is, in pym's own text format, if pym made this frame.
pub fn post_pym_height(height: u32) {
    if let (Some(child), Some(parent)) = (pym_child(), parent_window()) {
        let _ = parent.post_message(&JsValue::from_str(&crate::pym::height_message(&child, height)), "*");
    }
}

/// Says to the host page that the widget responds to input and to `host::SET` messages.
pub fn post_ready() {
    post_to_parent(&[("type", READY.into())]);
}

/// Tells the host page the widget's state after a change (`host::STATE`).
pub fn post_state(fields: &[(&'static str, StateValue)]) {
    let mut message: Vec<(&str, JsValue)> = vec![("type", STATE.into())];
    message.extend(fields.iter().map(|(name, value)| {
        let value = match value {
            StateValue::Number(n) => JsValue::from(*n),
            StateValue::Text(text) => JsValue::from_str(text),
        };
        (*name, value)
    }));
    post_to_parent(&message);
}

/// A message from the page this one is framed in, as far as the widget reads one.
pub enum FromHost {
    /// `host::SET`, with the settable fields it has.
    Set(Vec<(&'static str, Field)>),
    /// WordPress's host script has loaded, and asks for the height again: `{message: "ready", secret}`.
    WordPressReady { secret: String },
    /// pym.js tells this frame (`pym_child`) its width, and expects the height back.
    PymWidth,
}

/// Reads a message's data, or `None` for a message of any other shape.
fn from_host(data: &JsValue) -> Option<FromHost> {
    if let Some(text) = data.as_string() {
        let child = pym_child()?;
        return crate::pym::width(&child, &text).map(|_| FromHost::PymWidth);
    }
    if !data.is_object() {
        return None;
    }
    let get = |name: &str| js_sys::Reflect::get(data, &JsValue::from_str(name)).ok();
    if get("type")?.as_string().as_deref() == Some(SET) {
        let field = |value: JsValue| match (value.as_string(), value.as_f64()) {
            (Some(text), _) => Field::Text(text),
            (_, Some(number)) => Field::Number(number),
            _ => Field::Other,
        };
        return Some(FromHost::Set(
            SETTABLE.iter().map(|key| (key.name(), get(key.name()).map_or(Field::Other, field))).collect(),
        ));
    }
    if get("message")?.as_string().as_deref() == Some("ready") {
        return Some(FromHost::WordPressReady { secret: get("secret")?.as_string()? });
    }
    None
}

/// Listens to the parent window: calls `on_message` with each message it sends that the widget
/// reads (and with none from anywhere else), until dropped. `None` outside a frame.
pub fn listen(mut on_message: impl FnMut(FromHost) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let parent: JsValue = parent_window()?.into();
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let from_parent = event.source().is_some_and(|source| JsValue::from(source) == parent);
        if let Some(message) = from_parent.then(|| from_host(&event.data())).flatten() {
            on_message(message);
        }
    }))
}
