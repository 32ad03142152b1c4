//! The browser entry point: installs the panic notice, then renders the widget on `#app` in place
//! of the prerendered page there. (Replacing it rather than hydrating it leaves Yew's hydration
//! out of the bundle; the README's "Size" says what that saves and what it takes to be invisible.)

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
        // A reader who moved the prerendered slider before the WASM arrived keeps that size.
        let people = pm_scale_up::platform::take_prerendered(&root).map_or(people, Headcount::at_position);
        yew::Renderer::<App>::with_root_and_props(root, AppProps { people }).render();
    }
}
