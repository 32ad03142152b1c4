//! The panic notice: a readable message and a reload link instead of a frozen widget.

use web_sys::{Document, Element};

/// Installs the hook. A panic then logs to the console and replaces the widget with the notice.
/// Through Yew's setter: Yew's renderer replaces any hook set with `std::panic::set_hook`.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.as_str().into());
        let mount = web_sys::window().and_then(|w| w.document()).and_then(|d| Some((d.get_element_by_id("app")?, d)));
        if let Some((mount, document)) = mount {
            show_notice(&document, &mount, &detail);
        }
    }));
}

/// Replaces everything inside `mount` with the notice. Text goes in as text, never as markup.
pub fn show_notice(document: &Document, mount: &Element, detail: &str) {
    let build = || -> Option<Element> {
        let notice = document.create_element("div").ok()?;
        notice.set_class_name("panic-notice");
        notice.set_attribute("role", "alert").ok()?;
        let heading = document.create_element("p").ok()?;
        heading.set_class_name("panic-notice__title");
        heading.set_text_content(Some("Sorry, this explainer stopped working."));
        let advice = document.create_element("p").ok()?;
        advice.set_text_content(Some("Nothing you did caused it. Reloading the page usually helps. "));
        let reload = document.create_element("a").ok()?;
        reload.set_attribute("href", "").ok()?;
        reload.set_text_content(Some("Reload"));
        advice.append_child(&reload).ok()?;
        let details = document.create_element("details").ok()?;
        let summary = document.create_element("summary").ok()?;
        summary.set_text_content(Some("Technical details"));
        let code = document.create_element("pre").ok()?;
        code.set_text_content(Some(detail));
        details.append_child(&summary).ok()?;
        details.append_child(&code).ok()?;
        for child in [&heading, &advice, &details] {
            notice.append_child(child).ok()?;
        }
        Some(notice)
    };
    mount.set_text_content(None);
    match build() {
        Some(notice) => {
            let _ = mount.append_child(&notice);
        }
        // If even the DOM calls fail, plain text is still better than a frozen widget.
        None => mount.set_text_content(Some("Sorry, this explainer stopped working. Please reload the page.")),
    }
}
