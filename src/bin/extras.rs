//! The extras module: what the first load leaves out, built by Trunk beside the widget
//! (`index.html`, `data-type="worker"`: wasm-bindgen's `no-modules` glue, `extras.js`, and
//! `extras_bg.wasm`, neither of them loaded by the page; the post-build hook names them by their
//! contents). `platform::extras` loads it when first wanted: when a link names a custom scenario,
//! when the reader asks for a picture, or opens the embed menu.
//!
//! Natively this binary does nothing; its parts are in the library, tested there: the scenario
//! reader (`custom`), the scenario's text (`platform::scenario_text`), the drawing (`picture`) and
//! the embed menu (`share::embed_menu`).
//! What is here only hands them on, paints and saves.

#[cfg(target_arch = "wasm32")]
mod exports {
    use js_sys::{Array, Promise};
    use pm_scale_up::link::{self, Theme};
    use pm_scale_up::picture::{self, Align, Mark, Picture, FONTS};
    use pm_scale_up::platform::scenario_text;
    use pm_scale_up::scenario::Scenario;
    use pm_scale_up::{fit, share, weigh};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Blob, BlobPropertyBag, CanvasRenderingContext2d, Document, Element, HtmlAnchorElement, HtmlCanvasElement,
        HtmlInputElement,
    };

    /// Gets the custom scenario that `href` (a link's `?query#fragment`) names, and reads and
    /// checks it: the answer `custom::wire` reads, its problems saying why when the text could
    /// not be had.
    #[wasm_bindgen]
    pub async fn scenario(href: String) -> String {
        let (query, fragment) = href.split_once('#').unwrap_or((&href, ""));
        let text = match link::parse(query, fragment).state.scenario {
            Some(source) => scenario_text::text_of(&source).await,
            None => Ok(String::new()),
        };
        pm_scale_up::custom::check_loaded(text)
    }

    /// Draws the state `href` says (a link's `?query#fragment`, as `link::encode_href` writes
    /// it) as the reader's picture (`picture::slide`), with its shortest link from `site` (the
    /// site's root) on its source line. With a `place`, paints it there to be saved by hand (a
    /// sandboxed frame may not download); without, downloads it: a PNG, or the SVG if `svg`.
    /// Resolves to the file's name.
    /// The embed menu (`share::embed_menu`) for the state `href` says (`?query#fragment`), from
    /// the widget at `address`, reserving `height` pixels where a code can.
    #[wasm_bindgen]
    pub fn embed_menu(href: String, address: String, height: u32) -> String {
        let (query, fragment) = href.split_once('#').unwrap_or((&href, ""));
        share::embed_menu(&address, &link::parse(query, fragment).state, height)
    }

    #[wasm_bindgen]
    pub async fn picture(href: String, site: String, place: Option<Element>, svg: bool) -> Result<String, JsValue> {
        let (query, fragment) = href.split_once('#').unwrap_or((&href, ""));
        let link = link::parse(query, fragment).state;
        let scenario = scenario_of(&link).await?;
        let dark = match link.theme {
            Theme::Dark => true,
            Theme::Light => false,
            Theme::Auto => web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches()),
        };
        let slide = picture::slide(&scenario, &link, &share::short_url(&site, &link), dark);
        let name = picture::file_name(&scenario, &link);
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        if svg && place.is_none() {
            let name = format!("{name}.svg");
            let options = BlobPropertyBag::new();
            options.set_type("image/svg+xml");
            let blob = Blob::new_with_str_sequence_and_options(&Array::of1(&picture::svg(&slide).into()), &options)?;
            save(&document, &blob, &name)?;
            return Ok(name);
        }
        let canvas = paint(&document, &slide)?;
        let name = format!("{name}.png");
        match place {
            Some(place) => {
                canvas.set_attribute("role", "img")?;
                canvas.set_attribute("aria-label", &slide.title)?;
                place.replace_children_with_node_1(&canvas);
            }
            None => {
                let blob = JsFuture::from(Promise::new(&mut |resolve, _| {
                    let _ = canvas.to_blob(&resolve);
                }))
                .await?;
                save(&document, &blob.dyn_into()?, &name)?;
            }
        }
        Ok(name)
    }

    /// Shows the panel "Which size suits me?" for the state `href` says, in `place` (the
    /// `<details>`): its controls (built once per table, so focus stays on them), the boxes ticked
    /// and the size typed as the link has them, and what they show (`weigh`). A tick or a typed
    /// size hands the widget the link's query of the state asked for (`fit::tick`,
    /// `fit::compare_with`): left on `place` as `data-asked`, with a `toggle` event. The panel's
    /// stylesheet (`fit.css`, at `root`, the way to the site's root) is loaded first.
    #[wasm_bindgen]
    pub async fn fit(href: String, place: Element, root: String) -> Result<(), JsValue> {
        let details = place.clone();
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        if document.query_selector("link[data-pmsu-fit]")?.is_none() {
            let sheet = document.create_element("link")?;
            sheet.set_attribute("rel", "stylesheet")?;
            sheet.set_attribute("href", &format!("{root}fit.css"))?;
            sheet.set_attribute("data-pmsu-fit", "")?;
            let loaded = Promise::new(&mut |resolve, _| {
                let _ = sheet.add_event_listener_with_callback("load", &resolve);
                let _ = sheet.add_event_listener_with_callback("error", &resolve);
            });
            document.head().ok_or("no head")?.append_child(&sheet)?;
            // Unstyled, the panel still works: a stylesheet that does not load is not waited for again.
            JsFuture::from(loaded).await?;
        }
        let (query, fragment) = href.split_once('#').unwrap_or((&href, ""));
        let link = link::parse(query, fragment).state;
        let scenario = scenario_of(&link).await?;
        // The panel follows the summary in `place`, the `<details>`.
        let table = format!("{}.{}.{:?}", link.function.slug(), link.preset.slug(), link.scenario);
        let panel = match place.query_selector(".fit__panel")? {
            Some(panel) => panel,
            None => {
                let panel = document.create_element("div")?;
                panel.set_class_name("fit__panel");
                place.append_child(&panel)?;
                panel
            }
        };
        if panel.get_attribute("data-table").as_deref() != Some(&table) {
            panel.set_inner_html(&weigh::controls(&scenario));
            panel.set_attribute("data-table", &table)?;
        }
        let place = panel;
        // The latest state, for the listener, which is added once.
        js_sys::Reflect::set(&place, &"pmsuHref".into(), &href.clone().into())?;
        if place.get_attribute("data-listening").is_none() {
            place.set_attribute("data-listening", "")?;
            for event in ["change", "click"] {
                let on = Closure::<dyn Fn(web_sys::Event)>::new({
                    let (place, details) = (place.clone(), details.clone());
                    move |event: web_sys::Event| asked(&place, &details, &event)
                });
                place.add_event_listener_with_callback(event, on.as_ref().unchecked_ref())?;
                on.forget();
            }
        }
        let shown = weigh::shown(&scenario, &link);
        let boxes = place.query_selector_all("input[name=keep]")?;
        for i in 0..boxes.length() {
            if let Some(input) = boxes.get(i).and_then(|node| node.dyn_into::<HtmlInputElement>().ok()) {
                input.set_checked(shown.ticked.contains(&input.value()));
            }
        }
        let typed = place.query_selector("input[name=vs]")?.and_then(|node| node.dyn_into::<HtmlInputElement>().ok());
        let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
        if let Some(typed) = typed.filter(|typed| focused.as_ref() != Some(typed.as_ref())) {
            typed.set_value(&link.vs.map(|vs| vs.people().to_string()).unwrap_or_default());
        }
        // "Stop comparing" is offered only while two sizes are compared; idle, it keeps its place
        // (hidden from sight and from a screen reader, not removed), so nothing beside it moves.
        if let Some(stop) = place.query_selector("button[name=vs]")? {
            stop.toggle_attribute_with_force("data-idle", link.vs.is_none())?;
        }
        // A line inside the sweet spot's band, where all the ticked work is kept: a mark of
        // this module's in the widget's band (SVG attributes, so a strict style-src allows it).
        if let Some(band) = document.query_selector(".scale__band")? {
            let mark = match band.query_selector(".scale__keep")? {
                Some(mark) => mark,
                None => {
                    let mark = document.create_element_ns(Some("http://www.w3.org/2000/svg"), "rect")?;
                    mark.set_attribute("class", "scale__keep")?;
                    mark.set_attribute("y", "7.5")?;
                    mark.set_attribute("height", "2.5")?;
                    mark.set_attribute("rx", "1.25")?;
                    band.append_child(&mark)?;
                    mark
                }
            };
            match weigh::keep_all_on_track(&scenario, &link) {
                Some((x, width)) => {
                    mark.set_attribute("x", &x.to_string())?;
                    mark.set_attribute("width", &width.to_string())?;
                }
                None => mark.remove(),
            }
        }
        // Set again only when it changes, so a screen reader hears it once.
        for (selector, markup) in [(".fit__kept", &shown.kept), (".fit__compared", &shown.compared)] {
            if let Some(part) = place.query_selector(selector)? {
                if part.inner_html() != *markup {
                    part.set_inner_html(markup);
                }
            }
        }
        Ok(())
    }

    /// A tick, a typed size or "Stop comparing" in the panel: the state asked for, handed to the
    /// widget as a link's query.
    fn asked(place: &Element, details: &Element, event: &web_sys::Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let name = target.get_attribute("name").unwrap_or_default();
        let is_input = target.tag_name() == "INPUT";
        // A click on a box or in the size field is read by its change event.
        if (event.type_() == "click") == is_input || (name != "keep" && name != "vs") {
            return;
        }
        let href = js_sys::Reflect::get(place, &"pmsuHref".into()).ok().and_then(|h| h.as_string()).unwrap_or_default();
        let typed = target.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value).unwrap_or_default();
        let (place, details) = (place.clone(), details.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let (query, fragment) = href.split_once('#').unwrap_or((&href, ""));
            let link = link::parse(query, fragment).state;
            let asked = if name == "vs" {
                fit::compare_with(&link, &typed)
            } else {
                let Ok(scenario) = scenario_of(&link).await else { return };
                let mut ids = Vec::new();
                if let Ok(checked) = place.query_selector_all("input[name=keep]:checked") {
                    for i in 0..checked.length() {
                        if let Some(input) = checked.get(i).and_then(|node| node.dyn_into::<HtmlInputElement>().ok()) {
                            ids.push(input.value().into());
                        }
                    }
                }
                let (kept, _) = fit::kept_work(&scenario, &ids);
                fit::tick(&scenario, &link, &kept)
            };
            if details.set_attribute("data-asked", &link::encode(&asked)).is_ok() {
                if let Ok(toggle) = web_sys::Event::new("toggle") {
                    let _ = details.dispatch_event(&toggle);
                }
            }
        });
    }

    /// The link's scenario: its built-in table, or the custom one it names, fetched, unpacked or
    /// read from the link again (the browser has a file in its cache).
    async fn scenario_of(link: &link::LinkState) -> Result<Scenario, JsValue> {
        let Some(source) = &link.scenario else {
            return Ok(Scenario::built_in(link.function, link.preset));
        };
        let text = scenario_text::text_of(source).await.map_err(|why| JsValue::from(why.to_string()))?;
        pm_scale_up::custom::from_json(&text).map_err(|_| JsValue::from("the scenario does not read"))
    }

    /// Paints the picture's marks on a new canvas of its size.
    fn paint(document: &Document, picture: &Picture) -> Result<HtmlCanvasElement, JsValue> {
        let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
        canvas.set_width(picture.width);
        canvas.set_height(picture.height);
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
        ctx.scale(
            f64::from(picture.width) / f64::from(picture.view.0),
            f64::from(picture.height) / f64::from(picture.view.1),
        )?;
        ctx.set_fill_style_str(picture.background);
        ctx.fill_rect(0.0, 0.0, f64::from(picture.view.0), f64::from(picture.view.1));
        for mark in &picture.marks {
            match mark {
                Mark::Rect { x, y, w, h, radius, fill, stroke } => {
                    ctx.begin_path();
                    ctx.round_rect_with_f64(
                        f64::from(*x),
                        f64::from(*y),
                        f64::from(*w),
                        f64::from(*h),
                        f64::from(*radius),
                    )?;
                    ctx.set_fill_style_str(fill);
                    ctx.fill();
                    if let Some((colour, width)) = stroke {
                        ctx.set_stroke_style_str(colour);
                        ctx.set_line_width(f64::from(*width));
                        ctx.stroke();
                    }
                }
                Mark::Text { x, y, size, fill, align, spacing, pieces, room } => {
                    ctx.set_fill_style_str(fill);
                    js_sys::Reflect::set(&ctx, &"letterSpacing".into(), &format!("{spacing}px").into())?;
                    let font = |bold: bool| format!("{} {size}px {FONTS}", if bold { "bold" } else { "normal" });
                    let mut widths = Vec::with_capacity(pieces.len());
                    for (bold, words) in pieces {
                        ctx.set_font(&font(*bold));
                        widths.push(ctx.measure_text(words)?.width());
                    }
                    // Measured, a line wider than its room is squeezed to fit.
                    let total: f64 = widths.iter().sum();
                    let squeeze = room.map_or(1.0, |room| (f64::from(room) / total).min(1.0));
                    let shown = total * squeeze;
                    let left = f64::from(*x)
                        - match align {
                            Align::Start => 0.0,
                            Align::Middle => shown / 2.0,
                            Align::End => shown,
                        };
                    ctx.save();
                    ctx.translate(left, f64::from(*y))?;
                    ctx.scale(squeeze, 1.0)?;
                    let mut at = 0.0;
                    for ((bold, words), width) in pieces.iter().zip(widths) {
                        ctx.set_font(&font(*bold));
                        ctx.fill_text(words, at, 0.0)?;
                        at += width;
                    }
                    ctx.restore();
                }
            }
        }
        Ok(canvas)
    }

    /// Saves `blob` as a file named `name`, through a link with `download`.
    fn save(document: &Document, blob: &Blob, name: &str) -> Result<(), JsValue> {
        let url = web_sys::Url::create_object_url_with_blob(blob)?;
        let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The download has its bytes once it starts; the address can go a little later.
        gloo_timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Ok(())
    }
}

fn main() {}
