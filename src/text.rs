//! The widget's own words: the labels, hints, announcements and messages of its interface, in
//! one place, apart from the post's words (`content`), the link's notices (`link::LinkProblem`) and the
//! scenario reader's messages (`custom`), which live with the types they describe. A leaf apart
//! from `format`: components and the reducer call these, and nothing here knows about them.

use crate::format::with_thousands;
use crate::link::ScenarioSource;
use crate::notice::{Notice, Unusable};
use crate::scale::{stage_and_size, Headcount, Place};

// The slider.
pub const COMPANY_SIZE: &str = "Company size";
pub const DRAG_HINT: &str = "Drag the slider to grow the company.";
pub const PLAY_TOUR: &str = "▶ Play the tour";
pub const PAUSE_TOUR: &str = "❚❚ Pause the tour";
pub const TOUR_BACK: &str = "Previous step of the tour";
pub const TOUR_NEXT: &str = "Next step of the tour";
pub const JUMP_TO_STAGE: &str = "Jump to a stage";

// The function and company type.
pub const FUNCTION: &str = "Function";
pub const COMPANY_TYPE: &str = "Company type";

// What the opening link asked for that could not be used.
pub const NO_READER: &str = "The part of this widget that reads scenarios could not be loaded.";

/// A notice as a reader reads it: one line, or a scenario's heading line and its problems.
pub fn notice_lines(notice: &Notice) -> Vec<String> {
    match notice {
        Notice::Link(problem) => vec![problem.to_string()],
        Notice::Scenario { source, why } => {
            let place = match source {
                ScenarioSource::Path(path) => format!("The scenario file “{path}”"),
                ScenarioSource::Inline(_) | ScenarioSource::Packed(_) => "The scenario in the link".to_string(),
            };
            let mut lines = vec![format!("{place} could not be used, so the built-in table is shown.")];
            match why {
                Unusable::NoReader => lines.push(NO_READER.to_string()),
                Unusable::Problems(problems) => lines.extend(problems.iter().cloned()),
            }
            lines
        }
    }
}

// The caption: whose words each part is. The post's words are quoted; everything the widget says
// of its board (an order, a size, a role the post does not name) is its own example.
pub const THE_POST: &str = "The post:";
pub const IN_THIS_EXAMPLE: &str = "In this example:";

// The board.
pub const STAYS: &str = "stays";
pub const INTERFACES_WITH: &str = "Interfaces with ";
/// In place of the count while no specialist has been hired.
pub const NO_SPECIALISTS_YET: &str = "No specialists yet";
/// After the count, for a screen reader: "Interfaces with 7 of 12 specialist roles".
pub const SPECIALIST_ROLES: &str = " specialist roles";

/// The holder's short name with a capital: "PM", "Sales person". ASCII only: Unicode case
/// tables would cost the WASM bundle several kilobytes for one letter.
pub fn capitalised(holder: &str) -> String {
    let mut name = holder.to_string();
    if let Some(first) = name.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    name
}

/// The table of who holds what (`HoldersTable`): its summary, its column heads and its words.
pub const SHOW_AS_TABLE: &str = "Show as table";
pub const TABLE_HEADS: [&str; 3] = ["Work", "Held now by", "Taken over by"];

/// The head of the table's column for a second size: "Held at 50,000 by".
pub fn held_at(vs: Headcount) -> String {
    format!("Held at {} by", with_thousands(vs.people()))
}

pub fn table_caption(headcount: Headcount) -> String {
    format!("Who holds what at {}", stage_and_size(headcount))
}

/// The role that takes the work over, and from what size: "UX Researcher, from 150 people".
pub fn taken_over(role: &str, at: Headcount) -> String {
    match at.people() {
        1 => format!("{role}, from the first person"),
        n => format!("{role}, from {} people", with_thousands(n)),
    }
}

/// For work that never leaves the holder: "Nobody: it stays with the PM".
pub fn stays_with(holder: &str) -> String {
    format!("Nobody: it stays with the {holder}")
}

/// What a screen reader hears after a responsibility: who holds it.
pub fn held_by(role: Option<&str>, holder: &str) -> String {
    match role {
        Some(role) => format!(": with the {role}"),
        None => format!(": on the {holder}"),
    }
}

/// The board's list, as a screen reader names it.
pub fn board_label(holder: &str) -> String {
    format!("Who holds each of the {holder}'s responsibilities")
}

// A custom scenario's caption where its writer gave none, and the fallback of any caption.
pub fn specialists_hold(moved: usize, total: usize, holder: &str) -> String {
    let held = total - moved;
    let verb = if held == 1 { "is" } else { "are" };
    format!("The {holder} works with specialists on {moved} of {total} responsibilities; {held} {verb} still the {holder}'s own.")
}

// The gauge: both sides of the work, the holder's own and what they do with specialists, as the
// post has it: the PM moves "to interfacing with those functions rather than just having that work
// disappear entirely from your purview".
pub fn own_and_with_specialists(holder: &str, held: usize, total: usize) -> String {
    format!("{} · {}", holders_own(holder, held, total), with_specialists(holder, total - held))
}

/// "Still the PM's own: 6 of 13"
pub fn holders_own(holder: &str, held: usize, total: usize) -> String {
    format!("Still the {holder}'s own: {held} of {total}")
}

/// "With specialists the PM works with: 7"
pub fn with_specialists(holder: &str, moved: usize) -> String {
    format!("With specialists the {holder} works with: {moved}")
}

// The live region.
pub fn moved_to(responsibility: &str, role: &str) -> String {
    format!("{responsibility} moved to {role}.")
}

pub fn returned_to(responsibility: &str, holder: &str) -> String {
    format!("{responsibility} returned to the {holder}.")
}

pub fn now_following(function: &str) -> String {
    format!("Now following the {function} function.")
}

// The notice about the link.
pub const LINK_NOT_READ: &str = "Part of this link could not be read, so the widget shows its defaults there.";
pub const DISMISS: &str = "Dismiss";

// Sharing.
pub const COPY_LINK: &str = "Copy link";
/// What Copy link copies, for its status ("Link copied.").
pub const LINK: &str = "Link";
pub const SHARE: &str = "Share…";
pub const EMBED: &str = "Embed";
/// Above the embed menu's choices.
pub const EMBED_MENU: &str = "Where will it go?";
/// Each place the widget can be embedded, in `share::EmbedHost::ALL`'s order: its name, what is
/// copied for it, and where that goes, in one line. Only the extras module writes them
/// (`share::embed_menu`), so they are not in the first load.
pub const EMBED_HOSTS: [(&str, &str, &str); 5] = [
    ("WordPress or Ghost", "Link", "Paste it on a line of its own; the editor turns it into the widget."),
    ("Hugo", "Shortcode", "Paste it into the post; the site needs the widget's shortcode file once."),
    ("Any HTML page", "Embed code", "Paste it into the page's HTML: a frame, and a script that sizes it."),
    ("A newsroom (pym.js)", "pym.js code", "Paste it into the story; leave out the script if pym.js is on the page."),
    ("Notion or Medium", "Link", "Notion: type /embed and paste it. Medium: paste it on a line of its own."),
];
pub const COPY: &str = "Copy";
/// In the embed menu's place, or the panel "Which size suits me?", where the extras module that
/// writes them could not be loaded.
pub const PART_FAILED: &str = "This part of the widget could not be loaded here. Reload the page to try again.";

/// The Copy button's name for a screen reader: "Copy for Hugo".
pub fn copy_for(host: &str) -> String {
    format!("{COPY} for {host}")
}

pub const OPEN_FULL_SIZE: &str = "Open full size ↗";

pub fn copied(what: &str) -> String {
    format!("{what} copied.")
}

// The picture for slides.
pub const DOWNLOAD_IMAGE: &str = "Download image";
pub const SVG: &str = "SVG";
pub const DOWNLOAD_SVG: &str = "Download image as SVG";
pub const DRAWING: &str = "Drawing the picture…";
pub const PICTURE_FAILED: &str = "The picture could not be drawn here. Open the widget full size and try there.";
pub const PICTURE_SHOWN: &str = "The picture is shown below the buttons.";
pub const PICTURE_IN_PLACE: &str =
    "This page does not allow downloads where the widget is embedded, so here is the picture: \
                                    right-click it to save it, or open the widget full size to download it.";

pub fn downloading(name: &str) -> String {
    format!("Downloading {name}.")
}

pub fn copy_by_hand(what: &str) -> String {
    format!("{what}: this page may not use the clipboard here. It is selected below: press Ctrl+C or ⌘C to copy it.")
}

// The sweet spot.
pub const MARK_SWEET_SPOT: &str = "Mark my sweet spot";
pub const SWEET_SPOT_QUESTION: &str = "Where on this scale would you be happiest?";
pub const YOUR_SWEET_SPOT: &str = "Your sweet spot: ";
pub const CLEAR_SWEET_SPOT: &str = "Clear my sweet spot";
/// The names of the sweet spot's two handles on the track.
pub const SWEET_FROM: &str = "Sweet spot, smallest size";
pub const SWEET_TO: &str = "Sweet spot, largest size";
pub const SWEET_HANDLES: &str = "Drag its two handles on the slider to widen it.";

/// Where the current size is against the reader's sweet spot, above the track.
pub fn sweet_status(place: Place) -> &'static str {
    match place {
        Place::Below => "Below your sweet spot",
        Place::Inside => "Inside your sweet spot",
        Place::Above => "Above your sweet spot",
    }
}

/// The slider's spoken value: "Series B, about 150 people", and where that is against the
/// sweet spot if one is marked.
pub fn size_against_sweet_spot(size: &str, place: Option<Place>) -> String {
    let against = match place {
        None => return size.to_string(),
        Some(Place::Below) => "below",
        Some(Place::Inside) => "inside",
        Some(Place::Above) => "above",
    };
    format!("{size}, {against} your sweet spot")
}

/// The post author's own view, beside the reader's.
pub fn authors_own(quote: &str) -> String {
    format!("The post's author: “{quote}”")
}

/// "Series A to Late stage (40 to 800 people); ", "Series B (100 to 250 people); " or
/// "Series B (150 people); ".
pub fn sweet_range(from_stage: &str, to_stage: &str, from: u32, to: u32) -> String {
    let stages = if from_stage == to_stage { from_stage.to_string() } else { format!("{from_stage} to {to_stage}") };
    if from == to {
        format!("{stages} ({} {}); ", with_thousands(from), if from == 1 { "person" } else { "people" })
    } else {
        format!("{stages} ({} to {} people); ", with_thousands(from), with_thousands(to))
    }
}

/// "there you would keep 23% to 62% of the work."
pub fn sweet_keep(least: u32, most: u32) -> String {
    if least == most {
        format!("there you would keep {least}% of the work.")
    } else {
        format!("there you would keep {least}% to {most}% of the work.")
    }
}

// "Which size suits me?" (`weigh`): two sizes side by side, and the work to keep. Shown by the
// extras module; only the summary is in the first load.
pub const WHICH_SIZE: &str = "Which size suits me?";
pub const KEEP_LEGEND: &str = "What do you want to keep doing yourself?";
pub const KEEP_HINT: &str =
    "Tick the work you want to keep doing: your sweet spot on the slider's track starts at the sizes where you keep it.";
pub const COMPARE_LABEL: &str = "Compare with a company of (people)";
pub const COMPARE_HINT: &str = "Type a second size, such as another offer, to set it beside the slider's.";
pub const STOP_COMPARING: &str = "Stop comparing";
pub const BOTH: &str = "both";
/// How the panel marks what the post does not name (sizes, roles, titles): "in this example".
pub const TITLES_IN_THIS_EXAMPLE: &str = "The job titles are the ones in this example.";

/// A size in a tag or a heading: "60", "50,000".
fn size(at: Headcount) -> String {
    with_thousands(at.people())
}

/// The tag of what is so only at one of two sizes: "only at 60".
pub fn only_at(at: Headcount) -> String {
    format!("only at {}", size(at))
}

/// The heading over the work that is the holder's own: "The PM's own work: 10 at 60, 1 at 50,000".
pub fn own_work(holder: &str, (a, at_a): (Headcount, usize), (b, at_b): (Headcount, usize)) -> String {
    format!("The {holder}'s own work: {at_a} at {}, {at_b} at {}", size(a), size(b))
}

/// The heading over the specialists: "Specialists the PM works with: 3 at 60, 12 at 50,000".
pub fn specialists_with(holder: &str, (a, at_a): (Headcount, usize), (b, at_b): (Headcount, usize)) -> String {
    format!("Specialists the {holder} works with: {at_a} at {}, {at_b} at {}", size(a), size(b))
}

/// What a job is likely called at a size: "At 60 (Series A): Product Manager."
pub fn title_at(at: Headcount, title: &str) -> String {
    format!("At {} ({}): {title}.", size(at), at.stage().name())
}

/// What changes from the smaller size to the larger: "From 60 to 50,000 the PM would hand over 9
/// pieces of work and work with 9 more specialists."
pub fn what_changes(holder: &str, from: Headcount, to: Headcount, handed: usize, gained: usize) -> String {
    if from == to {
        return "Both sizes are the same step on the slider, so nothing changes.".to_string();
    }
    let work = if handed == 1 { "piece" } else { "pieces" };
    let roles = if gained == 1 { "specialist" } else { "specialists" };
    format!(
        "In this example, from {} to {} the {holder} would hand over {handed} {work} of work and work with {gained} more {roles}.",
        size(from),
        size(to)
    )
}

/// The picture's line for the kind of company when a comparison is open:
/// "Product, B2B SaaS · compared with 50,000 people".
pub fn kind_compared(kind: &str, vs: Headcount) -> String {
    format!("{kind} · compared with {} people", size(vs))
}

/// A range of sizes in words: "1 to 20 people (Founding team to Seed)".
fn sizes(from: Headcount, to: Headcount) -> String {
    let (a, b) = (from.stage().name(), to.stage().name());
    let stages = if a == b { a.to_string() } else { format!("{a} to {b}") };
    if from == to {
        format!(
            "{} ({stages})",
            if from.people() == 1 { "1 person".to_string() } else { format!("{} people", size(from)) }
        )
    } else {
        format!("{} to {} people ({stages})", size(from), size(to))
    }
}

/// "0 specialists", "1 to 3 specialists".
fn specialists(from: usize, to: usize) -> String {
    match (from, to) {
        (1, 1) => "1 specialist".to_string(),
        (a, b) if a == b => format!("{a} specialists"),
        (a, b) => format!("{a} to {b} specialists"),
    }
}

/// "In this example, you" to open the panel's first sentence about sizes, "You" after it.
fn lead(first: bool) -> &'static str {
    if first {
        "In this example, you"
    } else {
        "You"
    }
}

/// Where the reader keeps all of the work they ticked, and how many specialists work with them
/// there: "In this example, you keep all 3 at 1 to 20 people (Founding team to Seed), with 0
/// specialists."
pub fn keep_all(wanted: usize, (from, to): (Headcount, Headcount), roles: (usize, usize)) -> String {
    let all = if wanted == 1 { "it".to_string() } else { format!("all {wanted}") };
    format!("{} keep {all} at {}, with {}.", lead(true), sizes(from, to), specialists(roles.0, roles.1))
}

/// Where they keep most of it: "You keep 2 of 3 at 25 to 60 people (Seed to Series A), with 1 to 3
/// specialists." (`first`: no sentence about where they keep all of it comes before.)
pub fn keep_most(
    kept: (usize, usize),
    wanted: usize,
    (from, to): (Headcount, Headcount),
    roles: (usize, usize),
    first: bool,
) -> String {
    let kept = if kept.0 == kept.1 { kept.0.to_string() } else { format!("{} to {}", kept.1, kept.0) };
    format!("{} keep {kept} of {wanted} at {}, with {}.", lead(first), sizes(from, to), specialists(roles.0, roles.1))
}

pub const KEEP_ON_TRACK: &str =
    "On the slider's track, the line inside your sweet spot marks where you keep all of it.";
pub const KEEP_NOWHERE: &str = "No size keeps most of that work in this example.";

/// Where the sweet spot is against the ticked work, once the reader has dragged it elsewhere:
/// "Your sweet spot, 1 to 150 people (Founding team to Series B), keeps 3 of 3 at 1 and 0 of 3 at 150."
pub fn sweet_keeps(from: (Headcount, usize), to: (Headcount, usize), wanted: usize) -> String {
    format!(
        "Your sweet spot, {}, keeps {} of {wanted} at {} and {} of {wanted} at {}.",
        sizes(from.0, to.0),
        from.1,
        size(from.0),
        to.1,
        size(to.0)
    )
}

/// Ids a link asked to keep that the scenario shown does not have: named, and the rest apply.
pub fn unknown_work(ids: &[&str]) -> String {
    let mut named =
        ids.iter().take(3).map(|id| format!("“{}”", crate::format::cut_short(id))).collect::<Vec<_>>().join(", ");
    if ids.len() > 3 {
        named.push_str(&format!(" and {} more", ids.len() - 3));
    }
    format!("The link asked to keep {named}, which this table of work doesn't have, so only the rest are ticked.")
}
