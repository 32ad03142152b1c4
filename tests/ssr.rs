//! The whole widget renders natively, as the prerender will: no browser calls during render.
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::content::Scenario;
use pm_scale_up::App;

fn render() -> String {
    futures::executor::block_on(yew::LocalServerRenderer::<App>::new().render())
}

#[test]
fn the_server_render_shows_all_thirteen_responsibilities() {
    let html = render();
    for r in Scenario::b2b_saas().responsibilities {
        assert!(html.contains(&format!(">{}</span>", r.name)), "{} is missing", r.name);
    }
}

#[test]
fn the_server_render_shows_the_default_stage_and_the_pm() {
    let html = render();
    assert!(html.contains("Series B"));
    assert!(html.contains("about 150 people"));
    assert!(html.contains("Interfaces with "));
    assert!(html.contains("Product Designer"));
}
