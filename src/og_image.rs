//! Link-preview images (native only; used by the `postbuild` hook): the state at a headcount as a
//! 1200x630 SVG drawn by `picture`, rasterised to PNG with resvg. No browser is needed at build
//! time.

use std::sync::Arc;

use crate::picture;
use crate::scale::Headcount;
use crate::scenario::Scenario;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The fonts the image is drawn with. Shipped by Debian's fonts-dejavu-core, which
/// scripts/setup.sh installs; loading them by path keeps every build's image the same.
const FONT_FILES: [&str; 2] =
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];

/// The state at `people` as an SVG: the stage, the PM's card with the work still on it, the
/// specialist roles with the work they took, and the generalist gauge (`picture::preview`).
pub fn svg(scenario: &Scenario, people: Headcount) -> String {
    picture::svg(&picture::preview(scenario, people))
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
        assert!(svg.contains("Still the PM's own: 6 of 13</text>"), "{svg}");
        assert!(svg.contains("With specialists the PM works with: 7</text>"), "{svg}");
        assert!(svg.contains("SPECIALIST ROLES (7)"));
    }

    #[test]
    fn a_sales_image_names_the_sales_person_and_the_sales_roles() {
        let sales = Scenario::built_in(crate::scenario::Function::Sales, crate::scenario::Preset::B2bSaas);
        let svg = svg(&sales, Stage::LateStage.typical());
        assert!(svg.contains(">Sales person</text>"));
        assert!(svg.contains("Still the sales person's own: 5 of 12</text>"), "{svg}");
        assert!(svg.contains("With specialists the sales person works with: 7</text>"), "{svg}");
        assert!(svg.contains("Sales Development Rep"));
        assert!(!svg.contains("Product Designer"));
    }

    #[test]
    fn a_founding_team_image_has_no_roles_yet() {
        let svg = svg(&Scenario::b2b_saas(), Stage::FoundingTeam.typical());
        assert!(svg.contains("None yet: it is all generalists."));
        assert!(svg.contains("Still the PM's own: 13 of 13</text>"), "{svg}");
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
