//! The browser entry point: installs the panic notice, then renders the widget on `#app` in place
//! of the prerendered page there. (Replacing it rather than hydrating it leaves Yew's hydration
//! out of the bundle; `docs/size.md` says what that saves and what it takes to be invisible.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use pm_scale_up::app::{App, AppProps};
        use pm_scale_up::scale::Headcount;

        pm_scale_up::panic::install();
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app"))
            .expect("index.html has a #app element");
        // A stage page's state is written on the mount element as a link's query (`data-link`),
        // with its way back to the site's root (`data-root`, only dots and slashes: `../../`).
        let opening = root.get_attribute("data-link").map(|query| pm_scale_up::link::parse(&query, "").state);
        let up = root.get_attribute("data-root").filter(|r| r.bytes().all(|b| b == b'.' || b == b'/'));
        pm_scale_up::platform::boot::pin_base();
        let mut props = AppProps { root: up.unwrap_or_default().into(), ..AppProps::default() };
        if let Some(link) = opening {
            (props.people, props.function, props.preset) = (link.headcount, link.function, link.preset);
        }
        // A reader who moved the prerendered slider before the WASM arrived keeps that size.
        if let Some(position) = pm_scale_up::platform::boot::take_prerendered(&root) {
            props.people = Headcount::at_position(position);
        }
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
