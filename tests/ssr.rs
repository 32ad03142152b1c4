//! The whole widget renders natively, as the prerender will: no browser calls during render.
#![cfg(not(target_arch = "wasm32"))]

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

/// The post's thirteen responsibilities, in its order and words.
const THIRTEEN: [&str; 13] = [
    "Design",
    "Discovery",
    "Roadmap",
    "Strategy",
    "Product Marketing",
    "Enablement Content",
    "Hands on Enablement",
    "Data analysis",
    "Sales Calls",
    "QA",
    "Story writing",
    "Engineering planning",
    "Everything else",
];

#[test]
fn the_server_render_shows_all_thirteen_responsibilities_in_their_lanes() {
    let html = render();
    let board = section(&html, "class=\"lanes\">", "</ul>");
    // Each chip's text, top to bottom: one chip per lane, whoever holds it.
    let chips: Vec<&str> = board
        .split("class=\"chip\"")
        .skip(1)
        .map(|rest| {
            let text = &rest[rest.find('>').expect("the chip's tag closes") + 1..];
            &text[..text.find("</span>").expect("the chip closes")]
        })
        .collect();
    assert_eq!(chips, THIRTEEN);
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
    let rows: Vec<&str> =
        table.split("<th scope=\"row\">").skip(1).map(|row| &row[..row.find("</th>").unwrap()]).collect();
    assert_eq!(rows, THIRTEEN, "a row for each responsibility");
    assert!(table.contains(
        "<tr><th scope=\"row\">Discovery</th><td>UX Researcher</td><td>UX Researcher, from 150 people</td></tr>"
    ));
    assert!(table.contains("<tr><th scope=\"row\">Roadmap</th><td>PM</td><td>Nobody: it stays with the PM</td></tr>"));
    assert!(
        table.contains(
            "<tfoot><tr><td colspan=\"3\">Still the PM's own: 6 of 13 · With specialists the PM works with: 7</td></tr></tfoot>"
        ),
        "both sides of the work under the rows: {table}"
    );
    assert!(!table.contains(" open"), "closed until the reader opens it");
}

#[test]
fn the_server_render_has_the_readers_question_closed_beside_the_table() {
    let html = render();
    let more = section(&html, "class=\"more\"", "</details></div>");
    assert!(more.contains("<summary>Show as table</summary>"));
    assert!(more.contains("<details class=\"fit\"><summary>Which size suits me?</summary>"), "{more}");
}
