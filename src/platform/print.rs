//! Printing: a watch on whether the page is being printed. The browser says so twice: a
//! `beforeprint` and an `afterprint` event around printing itself (the print dialogue, or a PDF
//! made from the page), and a change of the `print` media query when print is shown on screen
//! (a browser's print preview emulation, or a test's).

use std::rc::Rc;

use gloo_events::EventListener;

/// Listens until dropped: its listeners come off the page with it.
pub struct PrintWatch {
    _listeners: Vec<EventListener>,
}

/// Calls `on_print(true)` when the page is about to be printed or is shown as print, and
/// `on_print(false)` when it is back on the screen. `None` without a window.
pub fn watch(on_print: impl Fn(bool) + 'static) -> Option<PrintWatch> {
    let window = web_sys::window()?;
    let media = window.match_media("print").ok().flatten();
    let on_event = {
        let media = media.clone();
        Rc::new(move |event: &web_sys::Event| match event.type_().as_str() {
            "beforeprint" => on_print(true),
            "afterprint" => on_print(false),
            _ => on_print(media.as_ref().is_some_and(|media| media.matches())),
        })
    };
    let listen = |target: &web_sys::EventTarget, kind: &'static str| {
        let on_event = Rc::clone(&on_event);
        EventListener::new(target, kind, move |event| on_event(event))
    };
    let mut listeners = vec![listen(&window, "beforeprint"), listen(&window, "afterprint")];
    listeners.extend(media.map(|media| listen(&media, "change")));
    Some(PrintWatch { _listeners: listeners })
}
