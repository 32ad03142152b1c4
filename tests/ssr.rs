//! The whole widget renders natively, as the prerender will: no browser calls during render.
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::scenario::Scenario;
use pm_scale_up::App;

fn render() -> String {
    futures::executor::block_on(yew::LocalServerRenderer::<App>::new().render())
}

/// The markup from `start` up to the next `end`.
fn section<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start}"));
    let to = html[from..].find(end).unwrap_or_else(|| panic!("no {end} after {start}"));
    &html[from..from + to]
}

#[test]
fn the_server_render_shows_all_thirteen_responsibilities_in_their_lanes() {
    let html = render();
    let board = section(&html, "class=\"lanes\">", "</ul>");
    for r in Scenario::b2b_saas().responsibilities {
        assert!(board.contains(&format!(">{}</span>", r.name)), "{} is missing", r.name);
    }
}

#[test]
fn the_server_render_opens_at_series_b_with_seven_responsibilities_with_specialists() {
    let html = render();
    // The ticks name every stage, so look in the readout.
    let readout = section(&html, "class=\"scale__value\">", "</output>");
    assert!(readout.contains(">Series B<") && readout.contains(">about 150 people<"), "{readout}");
    let board = section(&html, "class=\"lanes\">", "</ul>");
    assert_eq!(board.matches("is-peeled").count(), 7, "seven lanes are with specialists");
    assert!(board.contains(": with the Product Designer"));
    assert!(board.contains(": on the PM"), "roadmap and strategy stay");
    assert!(section(&html, "class=\"board__interfaces\">", "</p>").contains(">7</strong>"));
}

#[test]
fn the_server_render_holds_the_table_of_who_holds_what_closed() {
    let html = render();
    let table = section(&html, "<details class=\"holders\">", "</details>");
    assert!(table.contains("<summary>Show as table</summary>"), "{table}");
    assert!(table.contains("<caption>Who holds what at Series B, about 150 people</caption>"), "{table}");
    assert_eq!(table.matches("<th scope=\"col\">").count(), 3);
    assert_eq!(table.matches("<th scope=\"row\">").count(), Scenario::b2b_saas().responsibilities.len());
    assert!(table.contains(
        "<tr><th scope=\"row\">Discovery</th><td>UX Researcher</td><td>UX Researcher, from 150 people</td></tr>"
    ));
    assert!(table.contains("<tr><th scope=\"row\">Roadmap</th><td>PM</td><td>Nobody: it stays with the PM</td></tr>"));
    assert!(!table.contains(" open"), "closed until the reader opens it");
}
