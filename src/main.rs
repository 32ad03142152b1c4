//! The browser entry point: installs the panic notice and mounts the widget on `#app`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        pm_scale_up::panic::install();
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app"))
            .expect("index.html has a #app element");
        yew::Renderer::<pm_scale_up::App>::with_root(root).render();
    }
}
