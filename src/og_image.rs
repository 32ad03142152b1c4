//! Link-preview images (native only; used by the `postbuild` hook): the state at a headcount as a
//! 1200x630 SVG, rasterised to PNG with resvg. No browser is needed at build time.

use std::sync::Arc;

use crate::content::{Family, Scenario};
use crate::model::snapshot;
use crate::scale::Headcount;
use crate::words::escape_markup;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The fonts the image is drawn with. Shipped by Debian's fonts-dejavu-core, which
/// scripts/setup.sh installs; loading them by path keeps every build's image the same.
const FONT_FILES: [&str; 2] =
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];

const PAPER: &str = "#fbfaf7";
const INK: &str = "#1d1d22";
const MUTED: &str = "#55555f";
const PM: &str = "#4338ca";
const PM_TINT: &str = "#eef0ff";
const LINE: &str = "#e3e0d8";

fn family_colour(family: Family) -> &'static str {
    match family {
        Family::Design => "#e07a3f",
        Family::Engineering => "#3f7be0",
        Family::GoToMarket => "#2f9e5b",
        Family::DataAndOps => "#9a5ae0",
    }
}

/// A rough width for bold DejaVu Sans, enough to lay chips out without measuring glyphs.
fn bold_text_width(text: &str, size: f32) -> f32 {
    text.chars().count() as f32 * size * 0.68
}

/// The state at `people` as an SVG: the stage, the PM's card with the work still on it, the
/// specialist roles with the work they took, and the generalist gauge.
pub fn svg(scenario: &Scenario, people: Headcount) -> String {
    let s = snapshot(scenario, people);
    let mut out = String::new();
    let mut push = |part: String| out.push_str(&part);

    push(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         font-family=\"DejaVu Sans\"><rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{PAPER}\"/>"
    ));
    push(format!(
        "<text x=\"56\" y=\"78\" font-size=\"22\" font-weight=\"bold\" letter-spacing=\"3\" fill=\"{PM}\">PM SCALE-UP</text>\
         <text x=\"56\" y=\"136\" font-size=\"48\" font-weight=\"bold\" fill=\"{INK}\">{} · {}</text>",
        escape_markup(people.stage().name()),
        escape_markup(&people.to_string())
    ));

    // The PM's card.
    // The title grows with the company; a long one is set smaller to stay on its card.
    // The badge is as wide as the holder's name ("PM", "Sales person").
    let badge = (bold_text_width(&scenario.holder, 19.0) + 20.0).round();
    let title_x = 80.0 + badge + 12.0;
    let title = scenario.holder_title_at(people.stage());
    let title_size = (26.0_f32).min((482.0 - title_x) / bold_text_width(title, 1.0)).round();
    push(format!(
        "<rect x=\"56\" y=\"172\" width=\"450\" height=\"340\" rx=\"18\" fill=\"#ffffff\" stroke=\"{PM}\" stroke-width=\"3\"/>\
         <rect x=\"80\" y=\"196\" width=\"{badge}\" height=\"32\" rx=\"7\" fill=\"{PM}\"/>\
         <text x=\"{}\" y=\"219\" font-size=\"19\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">{}</text>\
         <text x=\"{title_x}\" y=\"221\" font-size=\"{title_size}\" font-weight=\"bold\" fill=\"{INK}\">{}</text>",
        80.0 + badge / 2.0,
        escape_markup(&scenario.holder),
        escape_markup(title)
    ));
    let (mut x, mut y) = (80.0_f32, 250.0_f32);
    for &r in &s.on_generalist() {
        let name = &scenario.responsibilities[r].name;
        let width = bold_text_width(name, 19.0) + 28.0;
        if x + width > 482.0 {
            x = 80.0;
            y += 48.0;
        }
        push(format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"38\" rx=\"19\" fill=\"{PM_TINT}\" stroke=\"#a5b4fc\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"19\" font-weight=\"bold\" fill=\"#2e2a84\">{}</text>",
            x + 14.0,
            y + 26.0,
            escape_markup(name)
        ));
        x += width + 10.0;
    }

    // The gauge: one segment per responsibility, filled while the PM holds it.
    let total = s.share.total.max(1) as f32;
    let segment = (450.0 - 3.0 * (total - 1.0)) / total;
    for i in 0..s.share.total {
        let fill = if i < s.share.held { PM } else { LINE };
        push(format!(
            "<rect x=\"{}\" y=\"534\" width=\"{segment}\" height=\"16\" rx=\"3\" fill=\"{fill}\"/>",
            56.0 + i as f32 * (segment + 3.0)
        ));
    }
    push(format!(
        "<text x=\"56\" y=\"590\" font-size=\"22\" fill=\"{INK}\">{}% of the work is still on the {}</text>",
        s.share.percent(),
        escape_markup(&scenario.holder)
    ));

    // The specialist roles, in the order they were hired.
    push(format!(
        "<text x=\"548\" y=\"196\" font-size=\"19\" font-weight=\"bold\" letter-spacing=\"2\" fill=\"{MUTED}\">SPECIALIST ROLES ({})</text>",
        s.roles_hired()
    ));
    if s.roles_hired() == 0 {
        push(format!(
            "<text x=\"548\" y=\"244\" font-size=\"24\" fill=\"{MUTED}\">None yet: it is all generalists.</text>"
        ));
    }
    for (i, card) in s.role_cards(scenario).iter().enumerate() {
        let role = scenario.role(card.role);
        let work: Vec<&str> =
            card.responsibilities.iter().map(|&r| scenario.responsibilities[r].name.as_ref()).collect();
        let y = 232.0 + i as f32 * 33.0;
        push(format!(
            "<rect x=\"548\" y=\"{}\" width=\"16\" height=\"16\" rx=\"4\" fill=\"{}\"/>\
             <text x=\"576\" y=\"{}\" font-size=\"21\" fill=\"{INK}\"><tspan font-weight=\"bold\">{}</tspan>: {}</text>",
            y - 15.0,
            family_colour(role.family),
            y,
            escape_markup(&role.name),
            escape_markup(&work.join(", "))
        ));
    }
    push("</svg>".to_string());
    out
}

/// Rasterises an SVG of this module's to PNG bytes.
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    let mut fonts = resvg::usvg::fontdb::Database::new();
    for file in FONT_FILES {
        let data =
            std::fs::read(file).map_err(|e| format!("cannot read {file}: {e} (apt-get install fonts-dejavu-core)"))?;
        fonts.load_font_data(data);
    }
    let options = resvg::usvg::Options { fontdb: Arc::new(fonts), ..Default::default() };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate the image")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scale::Stage;

    #[test]
    fn the_image_shows_the_stage_the_pms_work_and_the_roles() {
        let svg = svg(&Scenario::b2b_saas(), Stage::SeriesB.typical());
        assert!(svg.contains("Series B · about 150 people"));
        assert!(svg.contains(">Roadmap</text>"));
        assert!(svg.contains("<tspan font-weight=\"bold\">UX Researcher</tspan>: Discovery"));
        assert!(svg.contains("46% of the work is still on the PM"));
        assert!(svg.contains("SPECIALIST ROLES (7)"));
    }

    #[test]
    fn a_sales_image_names_the_sales_person_and_the_sales_roles() {
        let sales = Scenario::built_in(crate::content::Function::Sales, crate::content::Preset::B2bSaas);
        let svg = svg(&sales, Stage::LateStage.typical());
        assert!(svg.contains(">sales person</text>"));
        assert!(svg.contains("% of the work is still on the sales person</text>"));
        assert!(svg.contains("Sales Development Rep"));
        assert!(!svg.contains("Product Designer"));
    }

    #[test]
    fn a_founding_team_image_has_no_roles_yet() {
        let svg = svg(&Scenario::b2b_saas(), Stage::FoundingTeam.typical());
        assert!(svg.contains("None yet: it is all generalists."));
        assert!(svg.contains("100% of the work is still on the PM"));
    }

    #[test]
    fn every_stage_rasterises_to_a_1200_by_630_png() {
        for stage in Stage::ALL {
            let png = png(&svg(&Scenario::b2b_saas(), stage.typical())).expect("rasterises");
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            // The IHDR chunk: width and height, big-endian, right after the signature and header.
            assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
            assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
        }
    }
}
