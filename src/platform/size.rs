//! The content's height: measured once, for an embed code, or watched, for a host page's frame.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};

/// The height of the widget's content in CSS pixels, rounded up.
pub fn content_height(content: &Element) -> u32 {
    content.get_bounding_client_rect().height().ceil().max(0.0) as u32
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
