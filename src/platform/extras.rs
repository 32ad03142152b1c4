//! The extras module (`src/bin/extras.rs`), the code the first load leaves out: loading it when
//! first wanted, and what the widget asks of it (a custom scenario, read and checked; the
//! reader's picture; the embed menu).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::document;

#[wasm_bindgen]
extern "C" {
    /// The extras module's `no-modules` glue (`extras.js`) declares `wasm_bindgen` with `let`: a
    /// global name, but not a property of `window`. Called, it instantiates the module's WASM;
    /// its properties are the module's exports.
    #[wasm_bindgen(catch, js_name = wasm_bindgen)]
    fn init_extras(options: &js_sys::Object) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(thread_local_v2, js_name = wasm_bindgen)]
    static EXTRAS: JsValue;
}

/// The module's exported function `name`, once the module has loaded.
async fn export(root: &str, name: &str) -> Option<js_sys::Function> {
    let extras = extras(root).await?;
    js_sys::Reflect::get(&extras, &name.into()).ok()?.dyn_into().ok()
}

/// Has the extras module get the custom scenario that `href` (`?query#fragment`) names (fetched
/// from this site, unpacked, or read from the link itself), read it and check it. Its answer
/// (`custom::wire`), or `None` when the module could not be loaded. `root` is the way from this
/// page to the site's root, where the module lies.
pub async fn scenario_answer(root: &str, href: &str) -> Option<String> {
    let load = export(root, "scenario").await?;
    let answer = load.call1(&JsValue::NULL, &href.into()).ok()?;
    JsFuture::from(js_sys::Promise::from(answer)).await.ok()?.as_string()
}

/// Has the extras module write the embed menu (`share::embed_menu`) for the state `href` says
/// (`?query#fragment`), from the widget at `address`, reserving `height` pixels. `None` when the
/// module could not be loaded.
pub async fn embed_menu(root: &str, href: &str, address: &str, height: u32) -> Option<String> {
    let menu = export(root, "embed_menu").await?;
    menu.call3(&JsValue::NULL, &href.into(), &address.into(), &height.into()).ok()?.as_string()
}

/// Has the extras module draw the reader's picture of the state `href` says (`?query#fragment`),
/// with its link from `site` (the site's root) on its source line: painted into `place` if given
/// (once the module has loaded, so the place has been rendered by then), else downloaded, as SVG
/// if `svg`. The file's name, or `Err` if the module could not be loaded or could not draw.
pub async fn picture(root: &str, href: &str, site: &str, place: Option<yew::NodeRef>, svg: bool) -> Result<String, ()> {
    let draw = export(root, "picture").await.ok_or(())?;
    let place = match place {
        Some(place) => Some(place.cast::<Element>().ok_or(())?),
        None => None,
    };
    let args =
        js_sys::Array::of4(&href.into(), &site.into(), &place.map_or(JsValue::UNDEFINED, JsValue::from), &svg.into());
    let drawn = draw.apply(&JsValue::NULL, &args).map_err(drop)?;
    JsFuture::from(js_sys::Promise::from(drawn)).await.ok().and_then(|name| name.as_string()).ok_or(())
}

/// Shows the panel "Which size suits me?" (`place`, a `<details>`) if it is open, or if the state
/// `weighs` sizes (`vs=` or `keep=`): the extras module puts in it what the state `href` says
/// (`?query#fragment`), and marks the track. The first time the state weighs sizes, it opens the
/// panel.
pub fn show_fit(root: &str, href: &str, place: &yew::NodeRef, weighs: bool) {
    let Some(place) = place.cast::<Element>() else { return };
    if weighs && place.get_attribute("data-opened").is_none() {
        let _ = place.set_attribute("data-opened", "");
        let _ = js_sys::Reflect::set(&place, &"open".into(), &true.into());
    }
    // Closed, it is still kept up to date while the link weighs sizes: its mark on the track shows.
    if !weighs && js_sys::Reflect::get(&place, &"open".into()).ok() != Some(true.into()) {
        return;
    }
    // Once the module could not be loaded, the panel says so (a paragraph of its own) until the
    // page is reloaded: a drag does not ask for the module again at every step.
    let failed = |place: &Element| matches!(place.query_selector(":scope > p"), Ok(Some(_)));
    if failed(&place) {
        return;
    }
    let (root, href) = (root.to_string(), href.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        let Some(show) = export(&root, "fit").await else {
            // Never an empty panel: it says why there is nothing in it.
            if let (false, Some(document)) = (failed(&place), document()) {
                if let Ok(said) = document.create_element("p") {
                    said.set_text_content(Some(crate::text::PART_FAILED));
                    let _ = place.append_child(&said);
                }
            }
            return;
        };
        if let Ok(shown) = show.call3(&JsValue::NULL, &href.into(), &place, &root.into()) {
            let _ = JsFuture::from(js_sys::Promise::from(shown)).await;
        }
    });
}

/// What the reader asked for in the panel, as a link's query: the extras module leaves it on
/// the `<details>` and sends it a `toggle` event, which the widget already listens to.
pub fn asked_in_fit(place: &yew::NodeRef) -> Option<String> {
    let place = place.cast::<Element>()?;
    let asked = place.get_attribute("data-asked")?;
    let _ = place.remove_attribute("data-asked");
    Some(asked)
}

/// The module's exports, once loaded. Loaded once, when first wanted; tried again next time if it
/// failed.
async fn extras(root: &str) -> Option<JsValue> {
    thread_local! {
        static LOADING: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
    }
    let loading = LOADING.with(|cell| {
        cell.borrow_mut().get_or_insert_with(|| wasm_bindgen_futures::future_to_promise(load(root.to_string()))).clone()
    });
    let extras = JsFuture::from(loading).await.ok();
    if extras.is_none() {
        LOADING.with(|cell| cell.borrow_mut().take());
    }
    extras
}

/// Adds the extras module's script (wasm-bindgen's `no-modules` glue), then instantiates its
/// WASM.
async fn load(root: String) -> Result<JsValue, JsValue> {
    let document = document().ok_or(JsValue::NULL)?;
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
