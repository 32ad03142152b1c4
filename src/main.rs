//! The browser entry point: installs the panic notice, then hydrates the prerendered page on
//! `#app` (or renders into it, where there is no prerender).

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
        // Stage pages are prerendered at their own size, and say which on the mount element.
        let people = root
            .get_attribute("data-people")
            .and_then(|people| Headcount::new(people.parse().ok()?))
            .unwrap_or(AppProps::default_people());
        let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { people });
        if root.first_element_child().is_some() {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    }
}
