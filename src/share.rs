//! Share links and embed codes, as plain text built from the link state. Pure, tested natively.

use crate::link::{encode_href, Background, LinkState};

/// The widget's name, for the iframe `title` and the share sheet.
pub const WIDGET_TITLE: &str = "PM Scale-Up: how a product manager's job changes as a company grows";

/// The same state on the standalone page: not embedded, on its own paper, and not touring
/// (a tour is for the embed that asked for it, not for everyone the link is passed to).
fn standalone(link: &LinkState) -> LinkState {
    LinkState { embed: false, background: Background::Paper, autoplay: false, ..link.clone() }
}

/// The link a reader shares: the standalone page in exactly this state.
/// `address` is the page's address without query, e.g. `https://example.com/widgets/pm-scale-up/`.
pub fn share_url(address: &str, link: &LinkState) -> String {
    format!("{address}{}", encode_href(&standalone(link)))
}

/// The relative link to the standalone page from an embed ("open full size"). Relative, so it
/// renders the same natively and in the browser, from whatever path the widget is served.
pub fn full_size_href(link: &LinkState) -> String {
    encode_href(&standalone(link))
}

/// The folder the widget is served from: where `embed.js` sits beside `index.html`.
pub fn folder_of(address: &str) -> &str {
    match address.rfind('/') {
        Some(slash) => &address[..=slash],
        None => address,
    }
}

/// The HTML a blogger pastes: an iframe in embed mode that reserves `height` pixels, and the
/// host script that keeps its height right afterwards. `frameborder` rather than an inline
/// `style`, so that hosts with a strict style-src policy take it without a violation.
pub fn embed_snippet(address: &str, link: &LinkState, height: u32) -> String {
    let embedded = LinkState { embed: true, ..link.clone() };
    let src = format!("{address}{}", encode_href(&embedded)).replace('&', "&amp;");
    let script = format!("{}embed.js", folder_of(address));
    format!(
        "<iframe src=\"{src}\" title=\"{WIDGET_TITLE}\" width=\"100%\" height=\"{height}\" \
         frameborder=\"0\" loading=\"lazy\"></iframe>\n<script src=\"{script}\" async></script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{parse, Theme};
    use crate::scale::Headcount;

    const ADDRESS: &str = "https://example.com/widgets/pm-scale-up/";

    fn state() -> LinkState {
        LinkState {
            headcount: Headcount::new(2000).unwrap(),
            embed: true,
            theme: Theme::Dark,
            background: Background::Transparent,
            ..LinkState::default()
        }
    }

    #[test]
    fn a_share_link_opens_the_standalone_page_in_the_same_state() {
        let url = share_url(ADDRESS, &state());
        assert_eq!(url, "https://example.com/widgets/pm-scale-up/?v=1&people=2000&embed=0&theme=dark&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0");
        let parsed = parse(url.split_once('?').unwrap().1, "");
        assert_eq!(parsed.state.headcount, state().headcount);
        assert!(parsed.notices.is_empty());
    }

    #[test]
    fn the_embed_code_reserves_height_and_loads_the_host_script_from_the_same_folder() {
        let snippet = embed_snippet(ADDRESS, &LinkState { embed: false, ..state() }, 912);
        assert_eq!(
            snippet,
            "<iframe src=\"https://example.com/widgets/pm-scale-up/?v=1&amp;people=2000&amp;embed=1&amp;theme=dark&amp;bg=transparent&amp;fn=product&amp;preset=b2b-saas&amp;sweet=none&amp;autoplay=0\" \
             title=\"PM Scale-Up: how a product manager's job changes as a company grows\" width=\"100%\" height=\"912\" \
             frameborder=\"0\" loading=\"lazy\"></iframe>\n\
             <script src=\"https://example.com/widgets/pm-scale-up/embed.js\" async></script>"
        );
    }

    #[test]
    fn the_host_script_sits_beside_index_html() {
        assert_eq!(folder_of("https://example.com/w/index.html"), "https://example.com/w/");
        assert_eq!(folder_of("https://example.com/w/"), "https://example.com/w/");
    }

    #[test]
    fn open_full_size_is_a_relative_link_without_embed_mode() {
        assert_eq!(
            full_size_href(&state()),
            "?v=1&people=2000&embed=0&theme=dark&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0"
        );
    }

    #[test]
    fn share_links_embed_codes_and_open_full_size_keep_a_custom_scenario() {
        use crate::link::ScenarioSource;
        let file = LinkState { scenario: Some(ScenarioSource::Path("scenarios/design.json".into())), ..state() };
        assert!(share_url(ADDRESS, &file).ends_with("&autoplay=0&scenario=scenarios%2Fdesign.json"));
        assert!(embed_snippet(ADDRESS, &file, 900).contains("&amp;scenario=scenarios%2Fdesign.json\" title="));
        let inline =
            LinkState { scenario: Some(ScenarioSource::Inline(r#"{"format":1,"name":"A & B"}"#.into())), ..state() };
        assert!(share_url(ADDRESS, &inline)
            .ends_with("&autoplay=0#scenario=%7B%22format%22%3A1%2C%22name%22%3A%22A%20%26%20B%22%7D"));
        assert!(full_size_href(&inline).contains("#scenario=%7B"));
        // In the iframe's src attribute no quote or & of the JSON can end or break the attribute.
        let snippet = embed_snippet(ADDRESS, &inline, 900);
        assert!(
            snippet.contains(r#"#scenario=%7B%22format%22%3A1%2C%22name%22%3A%22A%20%26%20B%22%7D" title="#),
            "{snippet}"
        );
    }
}
