//! Share links and embed codes, as plain text built from the link state. Pure, tested natively.

use crate::link::{encode_against, encode_fragment, encode_href, Background, LinkState};
use crate::scale::{Headcount, Stage};
use crate::scenario::{Function, Preset};

/// The widget's name, for the iframe `title` and the share sheet.
pub const WIDGET_TITLE: &str = "PM Scale-Up: how a product manager's job changes as a company grows";

/// The same state on the standalone page: not embedded, on its own paper, and not touring
/// (a tour is for the embed that asked for it, not for everyone the link is passed to).
fn standalone(link: &LinkState) -> LinkState {
    LinkState { embed: false, background: Background::Paper, autoplay: false, ..link.clone() }
}

/// The function and company type each built-in page shows: one page per stage for each.
pub const PAGE_KINDS: [(Function, Preset); 4] = [
    (Function::Product, Preset::B2bSaas),
    (Function::Product, Preset::ConsumerApp),
    (Function::Product, Preset::DeveloperPlatform),
    (Function::Sales, Preset::B2bSaas),
];

/// Where the page of a stage, function and company type lives, from the site's root:
/// `stage/late-stage/` (the product function at a B2B SaaS company), `stage/late-stage/sales/`,
/// `stage/late-stage/consumer-app/`. Sales has one table whatever the company type.
pub fn page_path(stage: Stage, function: Function, preset: Preset) -> String {
    let kind = match (function, preset) {
        (Function::Sales, _) => "sales/",
        (Function::Product, Preset::B2bSaas) => "",
        (Function::Product, Preset::ConsumerApp) => "consumer-app/",
        (Function::Product, Preset::DeveloperPlatform) => "developer-platform/",
    };
    format!("stage/{}/{kind}", stage.slug())
}

/// A state's page and link from the page whose way back to the site's root is `root` (`""` on
/// the main page, `"../../"` on a stage page): the stage's own page, whose title and preview
/// describe what the link opens, with the query that gives the exact state.
pub fn page_href(root: &str, link: &LinkState) -> String {
    format!("{root}{}{}", page_path(link.headcount.stage(), link.function, link.preset), encode_href(link))
}

/// The link a reader shares: the standalone page of this state's stage, in exactly this state.
/// `site` is the address of the site's root, e.g. `https://example.com/widgets/pm-scale-up/`.
pub fn share_url(site: &str, link: &LinkState) -> String {
    page_href(site, &standalone(link))
}

/// The shortest link to the same state, for a picture's source line, where a reader may have to
/// type it: the stage's own page, with only what differs from the state that page opens in.
pub fn short_url(site: &str, link: &LinkState) -> String {
    let link = standalone(link);
    let (stage, function, preset) = (link.headcount.stage(), link.function, link.preset);
    let page = LinkState { headcount: stage.typical(), function, preset, ..LinkState::default() };
    format!("{site}{}?{}{}", page_path(stage, function, preset), encode_against(&link, &page), encode_fragment(&link))
}

/// The relative link to the standalone page from an embed ("open full size"). Relative, so it
/// renders the same natively and in the browser, from whatever path the widget is served.
pub fn full_size_href(root: &str, link: &LinkState) -> String {
    page_href(root, &standalone(link))
}

/// A page's title at a size, for its function and company type: "Late stage: the PM's job at
/// about 800 people · PM Scale-Up".
pub fn page_title(people: Headcount, function: Function, preset: Preset) -> String {
    let (whose, at) = match (function, preset) {
        (Function::Sales, _) => ("the sales job", ""),
        (Function::Product, Preset::B2bSaas) => ("the PM's job", ""),
        (Function::Product, Preset::ConsumerApp) => ("the PM's job", "a consumer app of "),
        (Function::Product, Preset::DeveloperPlatform) => ("the PM's job", "a developer platform of "),
    };
    format!("{}: {whose} at {at}{people} · PM Scale-Up", people.stage().name())
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
    #[test]
    fn the_short_link_opens_the_same_state_on_its_stage_page() {
        use crate::link::{parse, parse_onto};
        for query in [
            "people=150",
            "people=800&fn=sales",
            "people=900&fn=sales&theme=dark&embed=1&bg=transparent&autoplay=1",
            "people=60&preset=consumer-app&sweet=40-300",
            "people=1",
        ] {
            let link = parse(query, "").state;
            let short = short_url("https://example.com/w/", &link);
            let (page, query) = short.split_once('?').unwrap();
            let stage = link.headcount.stage();
            assert_eq!(page, format!("https://example.com/w/{}", page_path(stage, link.function, link.preset)));
            let base = LinkState {
                headcount: stage.typical(),
                function: link.function,
                preset: link.preset,
                ..LinkState::default()
            };
            assert_eq!(parse_onto(&base, query, "").state, standalone(&link), "{short}");
        }
        let typical = short_url("https://example.com/w/", &parse("people=800&fn=sales", "").state);
        assert_eq!(typical, "https://example.com/w/stage/late-stage/sales/?v=1");
        let dark = short_url("https://example.com/w/", &parse("people=1000&theme=dark", "").state);
        assert_eq!(dark, "https://example.com/w/stage/late-stage/?v=1&people=1000&theme=dark");
    }

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
        assert_eq!(url, "https://example.com/widgets/pm-scale-up/stage/public-company/?v=1&people=2000&embed=0&theme=dark&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0");
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
    fn open_full_size_is_a_relative_link_to_the_stage_page_without_embed_mode() {
        assert_eq!(
            full_size_href("", &state()),
            "stage/public-company/?v=1&people=2000&embed=0&theme=dark&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0"
        );
        assert!(full_size_href("../../", &state()).starts_with("../../stage/public-company/?v=1&people=2000&embed=0"));
    }

    #[test]
    fn each_function_and_company_type_has_its_own_page_and_title() {
        use crate::scenario::{Function, Preset};
        let at = |function, preset| LinkState { function, preset, ..state() };
        let sales = at(Function::Sales, Preset::ConsumerApp);
        assert_eq!(page_href("", &sales).split_once('?').unwrap().0, "stage/public-company/sales/");
        let consumer = at(Function::Product, Preset::ConsumerApp);
        assert_eq!(
            page_href("../../", &consumer).split_once('?').unwrap().0,
            "../../stage/public-company/consumer-app/"
        );
        let people = Headcount::new(800).unwrap();
        assert_eq!(
            page_title(people, Function::Product, Preset::B2bSaas),
            "Late stage: the PM's job at about 800 people · PM Scale-Up"
        );
        assert_eq!(
            page_title(people, Function::Product, Preset::DeveloperPlatform),
            "Late stage: the PM's job at a developer platform of about 800 people · PM Scale-Up"
        );
        assert_eq!(
            page_title(people, Function::Sales, Preset::B2bSaas),
            "Late stage: the sales job at about 800 people · PM Scale-Up"
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
        assert!(full_size_href("", &inline).contains("#scenario=%7B"));
        // In the iframe's src attribute no quote or & of the JSON can end or break the attribute.
        let snippet = embed_snippet(ADDRESS, &inline, 900);
        assert!(
            snippet.contains(r#"#scenario=%7B%22format%22%3A1%2C%22name%22%3A%22A%20%26%20B%22%7D" title="#),
            "{snippet}"
        );
    }
}
