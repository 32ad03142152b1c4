//! The panic notice: a readable message and a reload link instead of a frozen widget.

use web_sys::Element;

/// Installs the hook. A panic then logs to the console and replaces the widget with the notice.
/// Through Yew's setter: Yew's renderer replaces any hook set with `std::panic::set_hook`.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.as_str().into());
        if let Some(mount) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) {
            show_notice(&mount, &detail);
        }
    }));
}

/// The notice's markup. The technical detail goes in afterwards, as text, never as markup.
const NOTICE: &str = "<div class=\"panic-notice\" role=\"alert\">\
    <p class=\"panic-notice__title\">Sorry, this explainer stopped working.</p>\
    <p>Nothing you did caused it. Reloading the page usually helps. <a href=\"\">Reload</a></p>\
    <details><summary>Technical details</summary><pre></pre></details></div>";

/// Replaces everything inside `mount` with the notice, the detail set as text in its `<pre>`.
pub fn show_notice(mount: &Element, detail: &str) {
    mount.set_inner_html(NOTICE);
    // Reload this very address (the page's base address is where the page was first opened).
    if let (Ok(Some(reload)), Some(here)) =
        (mount.query_selector("a"), web_sys::window().and_then(|w| w.location().href().ok()))
    {
        let _ = reload.set_attribute("href", &here);
    }
    match mount.query_selector("pre") {
        Ok(Some(pre)) => pre.set_text_content(Some(detail)),
        // If even that fails, plain text is still better than a frozen widget.
        _ => mount.set_text_content(Some("Sorry, this explainer stopped working. Please reload the page.")),
    }
}
