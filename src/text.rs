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
/// In the embed menu's place, where the extras module that writes it could not be loaded.
pub const EMBED_FAILED: &str = "The embed codes could not be loaded here. Open the widget full size and try there.";

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
