//! The browser, for everything but animation: the address bar, the clipboard, Web Share, the page's
//! theme attributes, the embed height messages, and the extras module (loading it, and asking it
//! to check a scenario or draw the picture). Called only from effects and event handlers.
//!
//! Every call here may fail in a hostile host (a sandboxed iframe, a strict policy, an old
//! browser), so none of them panics: each returns a `Result` or `bool`, or quietly does nothing.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};

use crate::custom::{LoadError, FETCH_TIMEOUT_MS, MAX_BYTES};
use crate::link::{Background, Theme};

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

    /// `new DecompressionStream(format)`: in every current browser, but web-sys marks it unstable.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    /// A `ReadableStream`, for `pipeThrough(transform)`: a DecompressionStream is itself the
    /// {readable, writable} pair it takes.
    type PipedStream;
    #[wasm_bindgen(method, js_name = pipeThrough)]
    fn pipe_through(this: &PipedStream, transform: &DecompressionStream) -> web_sys::ReadableStream;

    /// The extras module's `no-modules` glue (`extras.js`) declares `wasm_bindgen` with `let`: a
    /// global name, but not a property of `window`. Called, it instantiates the module's WASM;
    /// its properties are the module's exports.
    #[wasm_bindgen(catch, js_name = wasm_bindgen)]
    fn init_extras(options: &js_sys::Object) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(thread_local_v2, js_name = wasm_bindgen)]
    static EXTRAS: JsValue;

    /// `document.featurePolicy` (Chromium) or `document.permissionsPolicy`; other browsers lack both.
    type PermissionsPolicy;
    #[wasm_bindgen(method, catch, js_name = allowsFeature)]
    fn allows_feature(this: &PermissionsPolicy, feature: &str) -> Result<bool, JsValue>;
}

/// False when the page's permissions policy rules the clipboard out, as in a sandboxed or
/// cross-origin frame. Asking first spares the console a "permissions policy violation" error.
fn clipboard_allowed() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    ["permissionsPolicy", "featurePolicy"]
        .into_iter()
        .filter_map(|name| js_sys::Reflect::get(&document, &name.into()).ok())
        .find(|policy| policy.is_object())
        .is_none_or(|policy| {
            policy.unchecked_into::<PermissionsPolicy>().allows_feature("clipboard-write").unwrap_or(true)
        })
}

fn navigator() -> Option<Navigator> {
    Some(web_sys::window()?.navigator().unchecked_into())
}

fn document_element() -> Option<Element> {
    web_sys::window()?.document()?.document_element()
}

/// The page's query string and fragment, if it has either: a link that asks for its own state.
/// (static/early.js makes the same test before first paint.)
pub fn link_address() -> Option<(String, String)> {
    let location = web_sys::window()?.location();
    let (search, hash) = (location.search().ok()?, location.hash().ok()?);
    (search.len() >= 2 || hash.len() >= 2).then_some((search, hash))
}

/// The prerendered page's slider, where the reader left it before the WASM arrived.
const SLIDER: &str = "pmsu-scale";
/// Set on `#app` while the element that had focus in the prerendered page is yet to be rendered.
const REFOCUS: &str = "data-refocus";

/// Empties `root` of its prerendered page, which the first render replaces within the same task
/// (so no frame shows it empty). Returns the slider position the reader moved it to meanwhile, if
/// any, and remembers which element had focus, for `ready` to give it back.
pub fn take_prerendered(root: &Element) -> Option<usize> {
    let document = web_sys::window()?.document()?;
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

/// The widget is rendered, shows the link's state if there was one, and responds to input:
/// shows what static/early.js hid meanwhile, gives focus back to the element that had it in the
/// prerendered page, and marks `<html data-interactive>`.
pub fn ready() {
    let document = web_sys::window().and_then(|w| w.document());
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
            post_ready();
        }
    }
}

/// Pins the document's base address to this page's own folder, with a `<base>` element: the
/// widget moves the address bar to other stages' pages, and what resolves later (the icon on a
/// phone, the links it renders, a scenario file) must not follow it there.
pub fn pin_base() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
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

/// The address of the site's root, where `index.html` and `embed.js` are: what share links and
/// embed codes build on. From a stage page, `#app`'s `data-root` (`../../`) leads back to it.
pub fn page_address() -> String {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return String::new() };
    let root = document.get_element_by_id("app").and_then(|app| app.get_attribute("data-root"));
    let here = document.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(root.as_deref().filter(|r| !r.is_empty()).unwrap_or("./"), &here)
        .map(|url| url.href())
        .unwrap_or_default()
}

/// Sets the document's title (the tab's, and a bookmark's).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
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

/// Fetches a custom scenario file's text. Only from the widget's own site (the link codec checks
/// the path; this checks the resolved address), without cookies, without following redirects,
/// within `FETCH_TIMEOUT_MS`, and never reading past `custom::MAX_BYTES`, whatever the server says
/// the length is.
pub async fn fetch_scenario(path: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::NoPage)?;
    // Relative to the site's root (the document's base address), like every scenario path.
    let page = page_address();
    let url = web_sys::Url::new_with_base(path, &page).map_err(|_| LoadError::NotAPath)?;
    let home = web_sys::Url::new(&page).map_err(|_| LoadError::NoPage)?;
    if url.origin() != home.origin() {
        return Err(LoadError::NotOnThisSite);
    }
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_redirect(web_sys::RequestRedirect::Error);
    // Aborting rejects whichever promise is pending: the response, or the next chunk.
    let abort = web_sys::AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    init.set_signal(signal.as_ref());
    let _deadline = abort.map(|abort| gloo_timers::callback::Timeout::new(FETCH_TIMEOUT_MS, move || abort.abort()));

    let unreachable = || {
        if signal.as_ref().is_some_and(web_sys::AbortSignal::aborted) {
            LoadError::TimedOut
        } else {
            LoadError::Unreachable { path: url.pathname() }
        }
    };
    let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init))
        .await
        .map_err(|_| unreachable())?
        .unchecked_into::<web_sys::Response>();
    if !response.ok() {
        return Err(LoadError::Status { status: response.status(), path: url.pathname() });
    }
    let body = response.body().ok_or_else(|| LoadError::Unreadable { path: url.pathname() })?;
    read_capped(body, false, &unreachable).await
}

/// Unpacks a packed scenario (`#scenario=deflate.…`): base64url, then raw DEFLATE, which the
/// browser inflates. The output is cut at `custom::MAX_BYTES`, so a small link cannot unpack to
/// gigabytes.
pub async fn unpack_scenario(packed: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::NotPacked)?;
    let mut base64: String = packed
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while base64.len() % 4 != 0 {
        base64.push('=');
    }
    // atob gives one character per byte.
    let mut bytes: Vec<u8> = window.atob(&base64).map_err(|_| LoadError::NotPacked)?.chars().map(|c| c as u8).collect();
    let inflate = DecompressionStream::new("deflate-raw").map_err(|_| LoadError::CannotUnpack)?;
    let packed = web_sys::Response::new_with_opt_u8_array(Some(&mut bytes))
        .ok()
        .and_then(|response| response.body())
        .ok_or(LoadError::NotPacked)?;
    let unpacked = packed.unchecked_ref::<PipedStream>().pipe_through(&inflate);
    read_capped(unpacked, true, &|| LoadError::NotPacked).await
}

/// Has the extras module read and check a scenario's text: its answer (`custom::wire`), or
/// `NoReader` when the module could not be loaded. `root` is the way from this page to the
/// site's root, where the module lies.
pub async fn check_scenario(root: &str, text: &str) -> Result<String, LoadError> {
    let extras = extras(root).await.ok_or(LoadError::NoReader)?;
    js_sys::Reflect::get(&extras, &"check_scenario".into())
        .ok()
        .and_then(|check| check.dyn_into::<js_sys::Function>().ok())
        .and_then(|check| check.call1(&JsValue::NULL, &text.into()).ok())
        .and_then(|answer| answer.as_string())
        .ok_or(LoadError::NoReader)
}

/// The extras module (`src/bin/extras.rs`), the code the first load leaves out: its exports, once
/// loaded. Loaded once, when first wanted; tried again next time if it failed.
pub async fn extras(root: &str) -> Option<JsValue> {
    thread_local! {
        static LOADING: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
    }
    let loading = LOADING.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| wasm_bindgen_futures::future_to_promise(load_extras(root.to_string())))
            .clone()
    });
    let extras = JsFuture::from(loading).await.ok();
    if extras.is_none() {
        LOADING.with(|cell| cell.borrow_mut().take());
    }
    extras
}

/// Adds the extras module's script (wasm-bindgen's `no-modules` glue), then instantiates its
/// WASM.
async fn load_extras(root: String) -> Result<JsValue, JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    // Its name for this build, on the mount (the post-build hook writes it); unhashed without.
    let name = document
        .get_element_by_id("app")
        .and_then(|mount| mount.get_attribute("data-extras"))
        .filter(|name| name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .unwrap_or_else(|| "extras".to_string());
    // The script runs once: its `let wasm_bindgen` cannot be declared twice. After a failed
    // instantiation it is kept, and only the WASM is tried again; a script that failed to load
    // is removed, to be added again.
    if document.query_selector("script[data-pmsu-extras]")?.is_none() {
        let script = document.create_element("script")?;
        script.set_attribute("src", &format!("{root}{name}.js"))?;
        script.set_attribute("data-pmsu-extras", "")?;
        let loaded = js_sys::Promise::new(&mut |resolve, reject| {
            let _ = script.add_event_listener_with_callback("load", &resolve);
            let _ = script.add_event_listener_with_callback("error", &reject);
        });
        document.body().ok_or(JsValue::NULL)?.append_child(&script)?;
        if let Err(error) = JsFuture::from(loaded).await {
            script.remove();
            return Err(error);
        }
    }
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"module_or_path".into(), &format!("{root}{name}_bg.wasm").into())?;
    JsFuture::from(init_extras(&options)?).await?;
    Ok(EXTRAS.with(JsValue::clone))
}

/// Whether this page may start a download. A sandboxed frame has an opaque origin ("null"), and
/// unless its host allowed downloads, starting one fails with an error in the console.
pub fn may_download() -> bool {
    web_sys::window().is_some_and(|w| w.origin() != "null")
}

/// Has the extras module draw the reader's picture of the state `href` says (`?query#fragment`),
/// with its link from `site` (the site's root) on its source line: painted into `place` if given (once the module has loaded, so
/// the place has been rendered by then), else downloaded, as SVG if `svg`. The file's name, or
/// `Err` if the module could not be loaded or could not draw.
pub async fn picture(root: &str, href: &str, url: &str, place: Option<yew::NodeRef>, svg: bool) -> Result<String, ()> {
    let extras = extras(root).await.ok_or(())?;
    let place = match place {
        Some(place) => Some(place.cast::<Element>().ok_or(())?),
        None => None,
    };
    let draw = js_sys::Reflect::get(&extras, &"picture".into())
        .ok()
        .and_then(|draw| draw.dyn_into::<js_sys::Function>().ok())
        .ok_or(())?;
    let args =
        js_sys::Array::of4(&href.into(), &url.into(), &place.map_or(JsValue::UNDEFINED, JsValue::from), &svg.into());
    let drawn = draw.apply(&JsValue::NULL, &args).map_err(drop)?;
    JsFuture::from(js_sys::Promise::from(drawn)).await.ok().and_then(|name| name.as_string()).ok_or(())
}

/// Reads a byte stream as UTF-8 text, but never past `custom::MAX_BYTES`: past it, the stream is
/// cancelled and the error says it is too long (`unpacked`: as unpacked). A failed read is
/// `failed()`. Not generic (`&dyn`), so that both callers share one copy of its state machine in
/// the WASM.
async fn read_capped(
    stream: web_sys::ReadableStream,
    unpacked: bool,
    failed: &dyn Fn() -> LoadError,
) -> Result<String, LoadError> {
    let reader = stream.get_reader().unchecked_into::<web_sys::ReadableStreamDefaultReader>();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| failed())?;
        let part = |name: &str| js_sys::Reflect::get(&chunk, &name.into()).unwrap_or_default();
        if part("done").as_bool() != Some(false) {
            break;
        }
        let value = part("value").dyn_into::<js_sys::Uint8Array>().map_err(|_| failed())?;
        let start = bytes.len();
        if start + value.length() as usize > MAX_BYTES {
            // Awaited, so that even a refusal is handled rather than logged.
            let _ = JsFuture::from(reader.cancel()).await;
            return Err(LoadError::TooLong { unpacked });
        }
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
    String::from_utf8(bytes).map_err(|_| LoadError::NotText)
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

/// The height of the widget's content in CSS pixels, rounded up.
pub fn content_height(content: &Element) -> u32 {
    content.get_bounding_client_rect().height().ceil().max(0.0) as u32
}

/// The height the content will have in embed mode, which drops the intro: the content's height
/// less the space from the top of the intro to the top of what follows it.
pub fn embed_height(content: &Element) -> u32 {
    let full = content_height(content);
    let top =
        |selector: &str| content.query_selector(selector).ok().flatten().map(|el| el.get_bounding_client_rect().top());
    match (top(".intro"), top(".intro + *")) {
        (Some(intro), Some(next)) => full.saturating_sub((next - intro).round().max(0.0) as u32),
        _ => full,
    }
}

/// Whether an event's target is inside an element matching `selector` (for the tour, which stops
/// at any touch but one on its own button).
pub fn is_within(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    target.and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.closest(selector).ok().flatten()).is_some()
}

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

/// Says to the host page that the widget responds to input and to `host::SET` messages.
pub fn post_ready() {
    post_to_parent(&[("type", crate::host::READY.into())]);
}

/// Tells the host page the widget's state after a change (`host::STATE`).
pub fn post_state(fields: &[(&'static str, crate::host::StateValue)]) {
    use crate::host::StateValue;
    let mut message: Vec<(&str, JsValue)> = vec![("type", crate::host::STATE.into())];
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
    Set(Vec<(&'static str, crate::host::Field)>),
    /// WordPress's host script has loaded, and asks for the height again: `{message: "ready", secret}`.
    WordPressReady { secret: String },
}

/// Reads a message's data, or `None` for a message of any other shape.
fn from_host(data: &JsValue) -> Option<FromHost> {
    use crate::host::{Field, SET, SETTABLE};
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

/// Calls `on_message` with each message the parent window sends (and none from anywhere else),
/// until dropped.
pub struct HostMessages {
    _listener: Option<MessageListener>,
}

struct MessageListener {
    window: web_sys::Window,
    callback: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Drop for MessageListener {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback("message", self.callback.as_ref().unchecked_ref());
    }
}

impl HostMessages {
    pub fn new(mut on_message: impl FnMut(FromHost) + 'static) -> HostMessages {
        let listener = (|| {
            let window = web_sys::window()?;
            let parent: JsValue = parent_window()?.into();
            let callback = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let from_parent = event.source().is_some_and(|source| JsValue::from(source) == parent);
                if let Some(message) = from_parent.then(|| from_host(&event.data())).flatten() {
                    on_message(message);
                }
            });
            window.add_event_listener_with_callback("message", callback.as_ref().unchecked_ref()).ok()?;
            Some(MessageListener { window, callback })
        })();
        HostMessages { _listener: listener }
    }
}

/// Calls `on_resize` with the content height whenever `content` changes size, until dropped.
pub struct HeightWatch {
    observer: Option<ResizeObserver>,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl HeightWatch {
    pub fn new(content: &Element, mut on_resize: impl FnMut(u32) + 'static) -> HeightWatch {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.iter().last() {
                let entry: ResizeObserverEntry = entry.unchecked_into();
                on_resize(content_height(&entry.target()));
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(content);
        }
        HeightWatch { observer, _callback: callback }
    }
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
