//! The browser, for everything but animation (`flip`), in rooms named after what they touch:
//! - `boot`: the prerendered page the WASM takes over, the page's base address, its theme, and
//!   the moment the widget is ready;
//! - `address`: the address bar, the page's own address and its title;
//! - `clipboard`: the clipboard and its stand-ins: the share sheet, downloads, and text selected
//!   for copying by hand;
//! - `host`: the page this one is framed in: heights, the host API's messages, WordPress's;
//! - `size`: the content's height, and a watch on it;
//! - `frame`: the frame the browser draws next, for work put off until it is on screen;
//! - `print`: whether the page is being printed;
//! - `extras`: the extras module, loaded on demand, and what the widget asks of it;
//! - `scenario_text`: fetching and unpacking a custom scenario's text, which only the extras
//!   module does (so none of it is in the first load).
//!
//! Called only from effects and event handlers. Every call here may fail in a hostile host (a
//! sandboxed iframe, a strict policy, an old browser), so none of them panics: each returns a
//! `Result`, an `Option` or a `bool`, or quietly does nothing.

pub mod address;
pub mod boot;
pub mod clipboard;
pub mod extras;
pub mod frame;
pub mod host;
pub mod print;
pub mod scenario_text;
pub mod size;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn document_element() -> Option<web_sys::Element> {
    document()?.document_element()
}
