//! A custom scenario's text, as a link names it: a file fetched from the widget's own site, or a
//! packed scenario unpacked. Only the extras module calls this (few readers open a custom
//! scenario), so none of it is in the first load.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::address::page_address;
use crate::custom::{LoadError, FETCH_TIMEOUT_MS, MAX_BYTES};
use crate::link::ScenarioSource;

#[wasm_bindgen]
extern "C" {
    /// `new DecompressionStream(format)`: in every current browser, but web-sys marks it unstable.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    /// A `ReadableStream`, for `pipeThrough(transform)`: a DecompressionStream is itself the
    /// {readable, writable} pair it takes.
    type PipedStream;
    #[wasm_bindgen(method, js_name = pipeThrough)]
    fn pipe_through(this: &PipedStream, transform: &DecompressionStream) -> web_sys::ReadableStream;
}

/// The scenario's text, wherever the link put it.
pub async fn text_of(source: &ScenarioSource) -> Result<String, LoadError> {
    match source {
        ScenarioSource::Path(path) => fetch(path).await,
        ScenarioSource::Packed(packed) => unpack(packed).await,
        ScenarioSource::Inline(json) => Ok(json.to_string()),
    }
}

/// Fetches a custom scenario file's text. Only from the widget's own site (the link codec checks
/// the path; this checks the resolved address), without cookies, without following redirects,
/// within `FETCH_TIMEOUT_MS`, and never reading past `custom::MAX_BYTES`, whatever the server says
/// the length is.
async fn fetch(path: &str) -> Result<String, LoadError> {
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
async fn unpack(packed: &str) -> Result<String, LoadError> {
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
