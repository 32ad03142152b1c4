//! Pictures of a state: the stage pages' link previews (1200x630, rasterised at build time by
//! `og_image`) and the reader's picture for slides (1600x900, drawn in the browser by the extras
//! module). Both are the same drawing, made once as a list of marks (rounded rectangles and
//! lines of text), then written as SVG (`svg`) or painted on a canvas (`src/bin/extras.rs`), so
//! the two never drift apart.

use crate::content::POST_TITLE;
use crate::format::{escape_markup, with_thousands, Token};
use crate::link::LinkState;
use crate::model::snapshot;
use crate::scale::Headcount;
use crate::scenario::{Family, Function, Origin, Preset, Scenario};
use crate::text;

/// The fonts the picture names, first to last. DejaVu Sans is what the build rasterises with
/// (`og_image`); a browser without it takes the next it has.
pub const FONTS: &str = "'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// The widget's colours (its stylesheet's light and dark schemes) that the picture uses.
pub struct Palette {
    pub paper: &'static str,
    pub surface: &'static str,
    pub ink: &'static str,
    pub muted: &'static str,
    pub line: &'static str,
    pub pm: &'static str,
    pub pm_tint: &'static str,
    pub pm_line: &'static str,
    pub pm_ink: &'static str,
    pub on_pm: &'static str,
}

pub const LIGHT: Palette = Palette {
    paper: "#fbfaf7",
    surface: "#ffffff",
    ink: "#1d1d22",
    muted: "#55555f",
    line: "#e3e0d8",
    pm: "#4338ca",
    pm_tint: "#eef0ff",
    pm_line: "#a5b4fc",
    pm_ink: "#2e2a84",
    on_pm: "#ffffff",
};

pub const DARK: Palette = Palette {
    paper: "#141519",
    surface: "#1d1f25",
    ink: "#ececf1",
    muted: "#a9a9b8",
    line: "#34363f",
    pm: "#8b93ff",
    pm_tint: "#252746",
    pm_line: "#5b61c9",
    pm_ink: "#dfe2ff",
    on_pm: "#141519",
};

/// A family's colour, for the square beside its roles; legible on both papers.
fn family_colour(family: Family) -> &'static str {
    match family {
        Family::Design => "#e07a3f",
        Family::Engineering => "#3f7be0",
        Family::GoToMarket => "#2f9e5b",
        Family::DataAndOps => "#9a5ae0",
    }
}

/// Where a line of text stands against its `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// One mark of a picture, in the picture's own units (`Picture::view`).
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A rectangle with rounded corners, filled, and outlined if `stroke` says with what.
    Rect { x: f32, y: f32, w: f32, h: f32, radius: f32, fill: &'static str, stroke: Option<(&'static str, f32)> },
    /// A line of text on its baseline at `y`: its pieces follow one another, each bold or not.
    /// Where it has only so much `room`, a canvas squeezes it to fit (a writer's names may be set
    /// in wide letters), and the SVG does where the layout's rough measure says it must.
    Text {
        x: f32,
        y: f32,
        size: f32,
        fill: &'static str,
        align: Align,
        spacing: f32,
        pieces: Vec<(bool, String)>,
        room: Option<f32>,
    },
}

/// A picture: its marks, drawn in `view` units onto `width` x `height` pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub view: (u32, u32),
    pub background: &'static str,
    pub marks: Vec<Mark>,
    /// What it shows, in a sentence: the SVG's `<title>`, and the painted canvas's label.
    pub title: String,
}

/// What a picture of `scenario` at `people` shows, in a sentence that says both sides: "Series B,
/// about 150 people: Roadmap, Strategy and 4 more are still the PM's own; the PM works with 7
/// specialist roles on the rest."
pub fn description(scenario: &Scenario, people: Headcount) -> String {
    let s = snapshot(scenario, people);
    let holder = &scenario.holder;
    let kept: Vec<&str> = s.on_generalist().iter().map(|&r| scenario.responsibilities[r].name.as_ref()).collect();
    let own = match kept.len() {
        0 => String::new(),
        1 => format!("{} is still the {holder}'s own", kept[0]),
        2 | 3 => format!("{} are still the {holder}'s own", kept.join(", ")),
        n => format!("{}, {} and {} more are still the {holder}'s own", kept[0], kept[1], n - 2),
    };
    let shared = match (s.roles_hired(), kept.is_empty()) {
        (0, _) => "there are no specialists yet".to_string(),
        (1, false) => format!("the {holder} works with 1 specialist role on the rest"),
        (n, false) => format!("the {holder} works with {n} specialist roles on the rest"),
        (n, true) => format!("the {holder} works with {n} specialist roles on all of the work"),
    };
    let sentence = if own.is_empty() { shared } else { format!("{own}; {shared}") };
    format!("{}: {sentence}.", crate::scale::stage_and_size(people))
}

/// The most of the link the picture's source line shows: what fits its width in DejaVu Sans.
const MAX_LINK_CHARS: usize = 130;

/// A line's width by DejaVu Sans's average letters, bold and plain: what the SVG checks a line's
/// room against (a canvas measures it).
pub fn estimated_width(pieces: &[(bool, String)], size: f32) -> f32 {
    pieces.iter().map(|(bold, words)| words.chars().count() as f32 * size * if *bold { 0.62 } else { 0.5 }).sum()
}

/// A rough width for bold DejaVu Sans, enough to lay chips out without measuring glyphs.
fn bold_text_width(text: &str, size: f32) -> f32 {
    text.chars().count() as f32 * size * 0.72
}

/// `text`, cut to at most `most` characters, the last of them an ellipsis.
fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        text.to_string()
    } else {
        text.chars().take(most.saturating_sub(1)).chain(['…']).collect()
    }
}

/// The holder's chips at `scale`, laid out in rows on the card: each name (cut short to the
/// card's width), where it goes and how wide it is; and where the last row ends.
fn chips(names: &[&str], scale: f32) -> (Vec<(String, f32, f32, f32)>, f32) {
    let (mut x, mut y, mut laid) = (80.0_f32, 250.0_f32, Vec::new());
    let most = ((402.0 - 28.0 * scale) / bold_text_width("x", 19.0 * scale)) as usize;
    for name in names {
        let name = shortened(name, most);
        let width = bold_text_width(&name, 19.0 * scale) + 28.0 * scale;
        if x + width > 482.0 && x > 80.0 {
            x = 80.0;
            y += 48.0 * scale;
        }
        laid.push((name, x, y, width));
        x += width + 10.0 * scale;
    }
    (laid, y + 38.0 * scale)
}

fn rect(x: f32, y: f32, w: f32, h: f32, radius: f32, fill: &'static str) -> Mark {
    Mark::Rect { x, y, w, h, radius, fill, stroke: None }
}

fn line(x: f32, y: f32, size: f32, fill: &'static str, bold: bool, words: impl Into<String>) -> Mark {
    Mark::Text { x, y, size, fill, align: Align::Start, spacing: 0.0, pieces: vec![(bold, words.into())], room: None }
}

/// `mark`, if it is text, with only `room` for its width.
fn within(mark: Mark, room: f32) -> Mark {
    match mark {
        Mark::Text { x, y, size, fill, align, spacing, pieces, .. } => {
            Mark::Text { x, y, size, fill, align, spacing, pieces, room: Some(room) }
        }
        rect => rect,
    }
}

/// The board at `people` in 1200 x 630 units: the stage, the holder's card with the work still on
/// it, the gauge, and the specialist roles with the work they took.
fn board(scenario: &Scenario, people: Headcount, colours: &Palette) -> Vec<Mark> {
    let s = snapshot(scenario, people);
    let mut marks = vec![
        Mark::Text {
            x: 56.0,
            y: 78.0,
            size: 22.0,
            fill: colours.pm,
            align: Align::Start,
            spacing: 3.0,
            pieces: vec![(true, "PM SCALE-UP".to_string())],
            room: None,
        },
        within(line(56.0, 136.0, 48.0, colours.ink, true, format!("{} · {}", people.stage().name(), people)), 1088.0),
    ];

    // The holder's card. The title grows with the company; a long one is set smaller to stay on
    // its card. The badge is as wide as the holder's name ("PM", "Sales person"). A writer's
    // names may be long (60 characters) and many (24 pieces of work): what would leave the card
    // is set smaller, and at the smallest size cut short.
    let holder = shortened(&text::capitalised(&scenario.holder), 16);
    let badge = (bold_text_width(&holder, 19.0) + 20.0).round();
    let title_x = 80.0 + badge + 12.0;
    let title = scenario.holder_title_at(people.stage());
    let title_size = (26.0_f32).min((482.0 - title_x) / bold_text_width(title, 1.0)).floor().max(12.0);
    let title = shortened(title, ((482.0 - title_x) / bold_text_width("x", title_size) + 0.01) as usize);
    marks.push(Mark::Rect {
        x: 56.0,
        y: 172.0,
        w: 450.0,
        h: 340.0,
        radius: 18.0,
        fill: colours.surface,
        stroke: Some((colours.pm, 3.0)),
    });
    marks.push(rect(80.0, 196.0, badge, 32.0, 7.0, colours.pm));
    marks.push(Mark::Text {
        x: 80.0 + badge / 2.0,
        y: 219.0,
        size: 19.0,
        fill: colours.on_pm,
        align: Align::Middle,
        spacing: 0.0,
        pieces: vec![(true, holder)],
        room: Some(badge - 16.0),
    });
    marks.push(within(line(title_x, 221.0, title_size, colours.ink, true, title), 482.0 - title_x));
    // The chips, at the largest of these scales at which they all fit on the card.
    let on_holder: Vec<&str> = s.on_generalist().iter().map(|&r| scenario.responsibilities[r].name.as_ref()).collect();
    let scale = [1.0, 0.8, 0.65, 0.5].into_iter().find(|&k| chips(&on_holder, k).1 <= 500.0).unwrap_or(0.5);
    let mut laid = chips(&on_holder, scale).0;
    if laid.last().is_some_and(|chip| chip.2 + 38.0 * scale > 500.0) {
        // Still too many: the chips that fit, then how many more there are.
        laid.retain(|chip| chip.2 + 38.0 * scale <= 500.0);
        // After the last chip that fits, or in its place, or in the place of the one before.
        loop {
            let more = |laid: &Vec<(String, f32, f32, f32)>| format!("+{} more", on_holder.len() - laid.len());
            let width = bold_text_width(&more(&laid), 19.0 * scale) + 28.0 * scale;
            let after = laid.last().map_or((80.0, 250.0), |chip| (chip.1 + chip.3 + 10.0 * scale, chip.2));
            if after.0 + width <= 482.0 {
                laid.push((more(&laid), after.0, after.1, width));
                break;
            }
            let Some((_, x, y, _)) = laid.pop() else { break };
            let width = bold_text_width(&more(&laid), 19.0 * scale) + 28.0 * scale;
            if x + width <= 482.0 {
                laid.push((more(&laid), x, y, width));
                break;
            }
        }
    }
    for (name, x, y, width) in laid {
        marks.push(Mark::Rect {
            x,
            y,
            w: width,
            h: 38.0 * scale,
            radius: 19.0 * scale,
            fill: colours.pm_tint,
            stroke: Some((colours.pm_line, 1.0)),
        });
        let name = line(x + 14.0 * scale, y + 26.0 * scale, 19.0 * scale, colours.pm_ink, true, name);
        marks.push(within(name, width - 28.0 * scale));
    }

    // The gauge: one segment per responsibility, filled while the holder has it.
    let total = s.share.total.max(1) as f32;
    let segment = (450.0 - 3.0 * (total - 1.0)) / total;
    for i in 0..s.share.total {
        let fill = if i < s.share.held { colours.pm } else { colours.line };
        marks.push(rect(56.0 + i as f32 * (segment + 3.0), 534.0, segment, 16.0, 3.0, fill));
    }
    // Under the card, and no wider than it, so that it never runs under the roles' column.
    // Both sides of the work, each on a line of its own under the card and no wider than it.
    let holder = shortened(&scenario.holder, 24);
    let own = text::holders_own(&holder, s.share.held, s.share.total);
    let shared = text::with_specialists(&holder, s.share.total - s.share.held);
    marks.push(within(line(56.0, 582.0, 20.0, colours.ink, true, own), 470.0));
    marks.push(within(line(56.0, 612.0, 20.0, colours.ink, false, shared), 470.0));

    // The specialist roles, in the order they were hired.
    marks.push(Mark::Text {
        x: 548.0,
        y: 196.0,
        size: 19.0,
        fill: colours.muted,
        align: Align::Start,
        spacing: 2.0,
        pieces: vec![(true, format!("SPECIALIST ROLES ({})", s.roles_hired()))],
        room: None,
    });
    if s.roles_hired() == 0 {
        marks.push(line(548.0, 244.0, 24.0, colours.muted, false, "None yet: it is all generalists."));
    }
    // A line per role, closer and smaller when there are more than the column holds, each cut
    // short at the picture's edge.
    let cards = s.role_cards(scenario);
    let step = 33.0_f32.min(360.0 / cards.len().max(1) as f32);
    let size = 21.0_f32.min(step * 0.64);
    for (i, card) in cards.iter().enumerate() {
        let role = scenario.role(card.role);
        let work: Vec<&str> =
            card.responsibilities.iter().map(|&r| scenario.responsibilities[r].name.as_ref()).collect();
        let y = 232.0 + i as f32 * step;
        // Squeezed to its room when drawn; cut short only when it would be squeezed past reading.
        let most = ((1144.0 - 576.0) / (size * 0.4)) as usize;
        let name = shortened(&role.name, most);
        let work = shortened(&format!(": {}", work.join(", ")), most.saturating_sub(name.chars().count()));
        marks.push(rect(548.0, y - size * 0.72, size * 0.76, size * 0.76, 4.0, family_colour(role.family)));
        marks.push(Mark::Text {
            x: 576.0,
            y,
            size,
            fill: colours.ink,
            align: Align::Start,
            spacing: 0.0,
            pieces: vec![(true, name), (false, work)],
            room: Some(1144.0 - 576.0),
        });
    }
    marks
}

/// A stage page's link preview: the board at `people`, 1200 x 630, light.
pub fn preview(scenario: &Scenario, people: Headcount) -> Picture {
    Picture {
        width: 1200,
        height: 630,
        view: (1200, 630),
        background: LIGHT.paper,
        marks: board(scenario, people, &LIGHT),
        title: description(scenario, people),
    }
}

/// The reader's picture for a slide, 1600 x 900 (16:9): the board as in the preview, with the
/// function and company type, the sweet spot if one is marked, and a source line with the post's
/// title and `url`, the widget's link for this state.
pub fn slide(scenario: &Scenario, link: &LinkState, url: &str, dark: bool) -> Picture {
    let colours = if dark { &DARK } else { &LIGHT };
    let mut marks = board(scenario, link.headcount, colours);
    let kind = match &scenario.origin {
        Origin::BuiltIn { function: Function::Product, preset } => {
            format!("{}, {}", scenario.name(), preset.name())
        }
        Origin::BuiltIn { .. } | Origin::Custom(_) => scenario.name().to_string(),
    };
    let at_right = |y: f32, size: f32, fill: &'static str, bold: bool, words: String| Mark::Text {
        x: 1144.0,
        y,
        size,
        fill,
        align: Align::End,
        spacing: 0.0,
        pieces: vec![(bold, words)],
        // Clear of the "PM SCALE-UP" label on the left.
        room: Some(1144.0 - 360.0),
    };
    let kind = match link.vs {
        Some(vs) => text::kind_compared(&shortened(&kind, 60), vs),
        None => shortened(&kind, 60),
    };
    marks.push(at_right(62.0, 20.0, colours.muted, false, kind));
    if let Some(sweet) = link.sweet {
        let range = if sweet.from() == sweet.to() {
            format!("at {}", with_thousands(sweet.from().people()))
        } else {
            format!("{} to {} people", with_thousands(sweet.from().people()), with_thousands(sweet.to().people()))
        };
        let place = text::sweet_status(sweet.place(link.headcount));
        marks.push(at_right(92.0, 20.0, colours.pm, true, format!("{place}: {range}")));
    }
    let mut title = description(scenario, link.headcount);
    // A comparison open in the widget: the second size beside the kind of company, and what
    // changes between the two in the picture's sentence.
    if let Some(vs) = link.vs {
        let c = crate::fit::compare(scenario, link.headcount, vs);
        let (from, to) = (link.headcount.min(vs), link.headcount.max(vs));
        title = format!(
            "{title} {}",
            text::what_changes(&scenario.holder, from, to, c.handed_over().len(), c.gained().len())
        );
    }
    // A custom scenario's link carries the whole scenario: the picture shows where it starts.
    let shown: String = if url.chars().count() > MAX_LINK_CHARS {
        url.chars().take(MAX_LINK_CHARS - 1).chain(['…']).collect()
    } else {
        url.to_string()
    };
    marks.push(Mark::Rect { x: 56.0, y: 612.0, w: 1088.0, h: 1.0, radius: 0.0, fill: colours.line, stroke: None });
    marks.push(Mark::Text {
        x: 56.0,
        y: 638.0,
        size: 16.0,
        fill: colours.muted,
        align: Align::Start,
        spacing: 0.0,
        pieces: vec![(false, "From ".to_string()), (true, format!("“{POST_TITLE}”"))],
        room: None,
    });
    marks.push(within(line(56.0, 661.0, 14.0, colours.muted, false, shown), 1088.0));
    Picture { width: 1600, height: 900, view: (1200, 675), background: colours.paper, marks, title }
}

/// The picture's file name, without its extension, saying the state:
/// `pm-scale-up-series-b-150`, `pm-scale-up-sales-late-stage-800`,
/// `pm-scale-up-consumer-app-seed-25`, `pm-scale-up-design-seed-25` for a custom scenario.
pub fn file_name(scenario: &Scenario, link: &LinkState) -> String {
    let kind = match &scenario.origin {
        Origin::BuiltIn { function: Function::Product, preset: Preset::B2bSaas } => String::new(),
        Origin::BuiltIn { function: Function::Product, preset } => format!("{}-", preset.token()),
        Origin::BuiltIn { function, .. } => format!("{}-", function.token()),
        Origin::Custom(words) => format!("{}-", slug(&words.name)),
    };
    format!("pm-scale-up-{kind}{}-{}", link.headcount.stage().slug(), link.headcount.people())
}

/// A writer's name as a file name's part: ASCII letters and digits, in lower case, with single
/// dashes between them; "custom" when nothing is left.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.chars().take(32).collect();
    match out.trim_end_matches('-') {
        "" => "custom".to_string(),
        out => out.to_string(),
    }
}

/// The picture as SVG text. Its text is the widget's own and the writer's, escaped.
pub fn svg(picture: &Picture) -> String {
    let (w, h) = (picture.width, picture.height);
    let (vw, vh) = picture.view;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {vw} {vh}\" \
         font-family=\"{FONTS}\"><title>{}</title><rect width=\"{vw}\" height=\"{vh}\" fill=\"{}\"/>",
        escape_markup(&picture.title),
        picture.background
    );
    for mark in &picture.marks {
        match mark {
            Mark::Rect { x, y, w, h, radius, fill, stroke } => {
                out.push_str(&format!(
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{radius}\" fill=\"{fill}\""
                ));
                if let Some((colour, width)) = stroke {
                    out.push_str(&format!(" stroke=\"{colour}\" stroke-width=\"{width}\""));
                }
                out.push_str("/>");
            }
            Mark::Text { x, y, size, fill, align, spacing, pieces, room } => {
                out.push_str(&format!("<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" fill=\"{fill}\""));
                if let Some(room) = room.filter(|&room| estimated_width(pieces, *size) > room) {
                    out.push_str(&format!(" textLength=\"{room}\" lengthAdjust=\"spacingAndGlyphs\""));
                }
                match align {
                    Align::Start => {}
                    Align::Middle => out.push_str(" text-anchor=\"middle\""),
                    Align::End => out.push_str(" text-anchor=\"end\""),
                }
                if *spacing != 0.0 {
                    out.push_str(&format!(" letter-spacing=\"{spacing}\""));
                }
                // One bold piece alone makes the whole line bold.
                if let [(true, words)] = &pieces[..] {
                    out.push_str(&format!(" font-weight=\"bold\">{}</text>", escape_markup(words)));
                    continue;
                }
                out.push('>');
                for (bold, words) in pieces {
                    if *bold {
                        out.push_str(&format!("<tspan font-weight=\"bold\">{}</tspan>", escape_markup(words)));
                    } else {
                        out.push_str(&escape_markup(words));
                    }
                }
                out.push_str("</text>");
            }
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::parse;
    use crate::scale::Stage;

    fn at(query: &str) -> (Scenario, LinkState) {
        let link = parse(query, "").state;
        (Scenario::built_in(link.function, link.preset), link)
    }

    #[test]
    fn the_slide_names_the_stage_what_the_pm_keeps_and_where_it_comes_from() {
        let (scenario, link) = at("people=150");
        let slide = svg(&slide(&scenario, &link, "https://example.com/stage/series-b/?v=1&people=150", false));
        assert!(slide.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1600\" height=\"900\" viewBox=\"0 0 1200 675\""
        ));
        assert!(slide.contains(">Series B · about 150 people</text>"));
        assert!(slide.contains(">Roadmap</text>"), "the PM keeps the roadmap");
        assert!(slide.contains("<tspan font-weight=\"bold\">UX Researcher</tspan>: Discovery"));
        assert!(slide.contains(">Product, B2B SaaS</text>"));
        assert!(slide.contains("“Product Management Scale Up”</tspan></text>"));
        assert!(slide.contains(">https://example.com/stage/series-b/?v=1&amp;people=150</text>"));
        assert!(slide.contains(&format!("fill=\"{}\"", LIGHT.paper)));
        assert!(!slide.contains("sweet spot"), "none marked");
        assert!(slide.contains(
            "<title>Series B, about 150 people: Roadmap, Strategy and 4 more are still the PM's own; the PM works \
             with 7 specialist roles on the rest.</title>"
        ));
    }

    #[test]
    fn a_slide_at_another_state_says_that_state_in_its_theme_with_the_sweet_spot() {
        let (scenario, link) = at("people=100000&fn=sales&sweet=40-300");
        let slide = svg(&slide(&scenario, &link, "https://example.com/", true));
        assert!(slide.contains(">Hyperscale · about 100,000 people</text>"));
        assert!(slide.contains(">Sales</text>"));
        assert!(slide.contains(">Above your sweet spot: 40 to 300 people</text>"));
        assert!(slide.contains(&format!("fill=\"{}\"", DARK.paper)));
        assert!(!slide.contains(">Roadmap</text>"));
        assert!(slide.contains("<tspan font-weight=\"bold\">Strategic Accounts</tspan>"));
    }

    #[test]
    fn a_slide_with_a_comparison_says_what_changes_between_the_two_sizes() {
        let (scenario, link) = at("people=60&vs=50000&sweet=1-60");
        let picture = slide(&scenario, &link, "https://example.com/", false);
        let change = "In this example, from 60 to 50,000 the PM would hand over 9 pieces of work and work with 9 more specialists.";
        assert!(svg(&picture).contains(">Product, B2B SaaS · compared with 50,000 people</text>"));
        assert!(picture.title.ends_with(change), "{}", picture.title);
        if std::env::var_os("PICTURE_OUT").is_some() {
            std::fs::write(std::env::var_os("PICTURE_OUT").unwrap(), svg(&picture)).unwrap();
        }
    }

    #[test]
    fn a_long_link_is_cut_short_on_the_picture() {
        let (scenario, link) = at("people=5");
        let url = format!("https://example.com/?v=1#scenario={}", "x".repeat(5000));
        let slide = svg(&slide(&scenario, &link, &url, false));
        assert!(slide.contains("#scenario=xxxx"));
        assert!(slide.contains("x…</text>"));
        assert!(slide.len() < 20_000);
    }

    #[test]
    fn the_file_name_says_the_state() {
        let name = |query: &str| {
            let (scenario, link) = at(query);
            file_name(&scenario, &link)
        };
        assert_eq!(name("people=150"), "pm-scale-up-series-b-150");
        assert_eq!(name("people=800&fn=sales"), "pm-scale-up-sales-late-stage-800");
        assert_eq!(name("people=25&preset=consumer-app"), "pm-scale-up-consumer-app-seed-25");
        let custom = crate::custom::from_json(include_str!("../scenarios/design.json")).unwrap();
        assert_eq!(file_name(&custom, &parse("people=2000", "").state), "pm-scale-up-design-public-company-2000");
        assert_eq!(slug("  Ops & Finance!! "), "ops-finance");
        assert_eq!(slug("日本"), "custom");
    }

    /// Every mark inside the picture, by the same rough measure of text the layout uses.
    fn inside(picture: &Picture) -> Result<(), String> {
        let (w, h) = (picture.view.0 as f32, picture.view.1 as f32);
        for mark in &picture.marks {
            let fits = match mark {
                Mark::Rect { x, y, w: rw, h: rh, .. } => *x >= 0.0 && x + rw <= w && *y >= 0.0 && y + rh <= h,
                Mark::Text { x, y, size, align, pieces, room, .. } => {
                    let width =
                        room.map_or(estimated_width(pieces, *size), |room| estimated_width(pieces, *size).min(room));
                    let left = match align {
                        Align::Start => *x,
                        Align::Middle => x - width / 2.0,
                        Align::End => x - width,
                    };
                    *size >= 9.0 && left >= 0.0 && left + width <= w + 1.0 && *y <= h && *y >= *size
                }
            };
            if !fits {
                return Err(format!("{mark:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn the_largest_custom_scenario_stays_inside_the_picture() {
        let long = |what: &str, i: usize| format!("{what} {i} {}", "w".repeat(60)).chars().take(60).collect::<String>();
        let roles: Vec<String> =
            (0..24).map(|i| format!(r#"{{"name": "{}", "family": "design"}}"#, long("Role", i))).collect();
        let work: Vec<String> = (0..24)
            .map(|i| {
                format!(r#"{{"name": "{}", "role": "{}", "at": {}}}"#, long("Work", i), long("Role", i), 10 + i * 100)
            })
            .collect();
        let json = format!(
            r#"{{"format": 1, "name": "{}", "holder": "{}", "holder_title": "{}", "title": "T", "lede": "L",
                "roles": [{}], "responsibilities": [{}]}}"#,
            long("Name", 0),
            long("holder", 0),
            long("Title", 0),
            roles.join(","),
            work.join(",")
        );
        let custom = crate::custom::from_json(&json).expect("a scenario at every limit reads");
        for people in [1, 500, 100_000] {
            let link = parse(&format!("people={people}&sweet=1-100000"), "").state;
            for picture in [preview(&custom, link.headcount), slide(&custom, &link, "https://example.com/", false)] {
                assert_eq!(inside(&picture), Ok(()), "at {people}");
            }
        }
        for (function, preset) in crate::share::PAGE_KINDS {
            for stage in Stage::ALL {
                let scenario = Scenario::built_in(function, preset);
                assert_eq!(inside(&preview(&scenario, stage.typical())), Ok(()), "{function:?} {preset:?} {stage:?}");
            }
        }
    }

    #[test]
    fn writers_text_is_escaped() {
        let json = include_str!("../scenarios/design.json").replace("\"holder\": \"designer\"", "\"holder\": \"<b>&\"");
        let custom = crate::custom::from_json(&json).unwrap();
        let picture = svg(&preview(&custom, Stage::Seed.typical()));
        assert!(picture.contains("&lt;b&gt;&amp;"));
        assert!(!picture.contains("<b>"));
    }
}
