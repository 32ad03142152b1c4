//! The extras module: what the first load leaves out, built by Trunk beside the widget
//! (`index.html`, `data-type="worker"`: wasm-bindgen's `no-modules` glue, `extras.js`, and
//! `extras_bg.wasm`, neither of them loaded by the page). `platform::extras` loads it when first
//! wanted: when a link names a custom scenario.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Reads and checks a custom scenario's JSON text: the answer `custom::wire` reads.
    #[wasm_bindgen]
    pub fn check_scenario(text: &str) -> String {
        pm_scale_up::custom::check(text)
    }
}

fn main() {}
