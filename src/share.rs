//! Share links and embed codes, as plain text built from the link state. Pure, tested natively.

use crate::link::{encode_against, encode_fragment, encode_href, Background, Key, LinkState, ScenarioSource};
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

/// The widget's address in embed mode for this state, escaped for an HTML attribute.
fn embedded_src(address: &str, link: &LinkState) -> String {
    let embedded = LinkState { embed: true, ..link.clone() };
    format!("{address}{}", encode_href(&embedded)).replace('&', "&amp;")
}

/// The HTML a blogger pastes: an iframe in embed mode that reserves `height` pixels, and the
/// host script that keeps its height right afterwards. `frameborder` rather than an inline
/// `style`, so that hosts with a strict style-src policy take it without a violation.
pub fn embed_snippet(address: &str, link: &LinkState, height: u32) -> String {
    let src = embedded_src(address, link);
    let script = format!("{}embed.js", folder_of(address));
    format!(
        "<iframe src=\"{src}\" title=\"{WIDGET_TITLE}\" width=\"100%\" height=\"{height}\" \
         frameborder=\"0\" loading=\"lazy\"></iframe>\n<script src=\"{script}\" async></script>"
    )
}

/// Where pym.js's own page says to load it from; a newsroom that already loads it keeps its own.
pub const PYM_SCRIPT: &str = "https://pym.nprapps.org/pym.v1.min.js";

/// The code a newsroom pastes: a pym.js container (pym makes the frame from its `data-pym-src`
/// when its script loads, and the widget answers pym's messages), then pym.js itself.
pub fn pym_snippet(address: &str, link: &LinkState) -> String {
    let src = embedded_src(address, link);
    format!(
        "<div data-pym-src=\"{src}\" data-pym-title=\"{WIDGET_TITLE}\"></div>\n<script src=\"{PYM_SCRIPT}\"></script>"
    )
}

/// The Hugo shortcode (`integrations/hugo/`) for this state, from the widget at `address`,
/// reserving `height` pixels: only what differs from the shortcode's defaults, which are the
/// link's. `None` for a scenario in the link's fragment, which a shortcode cannot carry.
pub fn hugo_shortcode(address: &str, link: &LinkState, height: u32) -> Option<String> {
    if matches!(link.scenario, Some(ScenarioSource::Inline(_) | ScenarioSource::Packed(_))) {
        return None;
    }
    let default = LinkState::default();
    let mut code = format!("{{{{< pm-scale-up src=\"{address}\"");
    for key in Key::ALL.into_iter().filter(|key| !matches!(key, Key::Version | Key::Embed)) {
        if let Some(value) = key.written(link).filter(|value| key.written(&default).as_ref() != Some(value)) {
            code.push_str(&format!(" {}=\"{value}\"", key.name()));
        }
    }
    Some(format!("{code} height=\"{height}\" >}}}}"))
}

/// Where a blogger puts the widget: each place has its own way to embed it, and the Embed panel
/// offers them in this order (`text::EMBED_HOSTS` has their words, in the same order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedHost {
    /// WordPress or Ghost: the link, on a line of its own (they read the page's oEmbed).
    WordPress,
    /// Hugo: the shortcode.
    Hugo,
    /// Any HTML page: the iframe and `embed.js`.
    Html,
    /// A newsroom's page: pym.js.
    Newsroom,
    /// Notion or Medium: the link.
    NotionMedium,
}

impl EmbedHost {
    pub const ALL: [EmbedHost; 5] =
        [EmbedHost::WordPress, EmbedHost::Hugo, EmbedHost::Html, EmbedHost::Newsroom, EmbedHost::NotionMedium];

    /// What this place takes for the widget at `address` in this state, reserving `height` pixels
    /// where the code can; `None` where it cannot carry the state (`hugo_shortcode`).
    pub fn code(self, address: &str, link: &LinkState, height: u32) -> Option<String> {
        match self {
            EmbedHost::WordPress | EmbedHost::NotionMedium => Some(share_url(address, link)),
            EmbedHost::Hugo => hugo_shortcode(address, link, height),
            EmbedHost::Html => Some(embed_snippet(address, link, height)),
            EmbedHost::Newsroom => Some(pym_snippet(address, link)),
        }
    }
}

/// The embed menu for the widget at `address` in this state, as markup: one row per place, with
/// its name, where its code goes, and a Copy button that carries the code (`data-code`) and what
/// it is (`data-what`), every word escaped. The extras module writes it, so that its words and
/// codes stay out of the first load; the Embed panel shows it and copies the code of the button
/// pressed (`platform::clipboard::pressed_code`).
pub fn embed_menu(address: &str, link: &LinkState, height: u32) -> String {
    use crate::format::escape_markup as esc;
    let mut out = String::from(r#"<ul class="embed-menu" aria-labelledby="pmsu-embed-title">"#);
    for (host, (name, what, place)) in EmbedHost::ALL.into_iter().zip(crate::text::EMBED_HOSTS) {
        if let Some(code) = host.code(address, link, height) {
            out.push_str(&format!(
                concat!(
                    r#"<li class="embed-menu__choice"><span class="embed-menu__name">{name}</span>"#,
                    r#"<span class="embed-menu__where">{place}</span><button type="button" "#,
                    r#"class="button embed-menu__copy" aria-label="{label}" data-what="{what}" "#,
                    r#"data-code="{code}">{copy}</button></li>"#
                ),
                name = esc(name),
                place = esc(place),
                label = esc(&crate::text::copy_for(name)),
                what = esc(what),
                code = esc(&code),
                copy = crate::text::COPY,
            ));
        }
    }
    out.push_str("</ul>");
    out
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
    fn the_newsroom_code_is_a_pym_container_and_pym_itself() {
        assert_eq!(
            pym_snippet(ADDRESS, &LinkState { embed: false, ..state() }),
            "<div data-pym-src=\"https://example.com/widgets/pm-scale-up/?v=1&amp;people=2000&amp;embed=1&amp;theme=dark&amp;bg=transparent&amp;fn=product&amp;preset=b2b-saas&amp;sweet=none&amp;autoplay=0\" \
             data-pym-title=\"PM Scale-Up: how a product manager's job changes as a company grows\"></div>\n\
             <script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>"
        );
    }

    #[test]
    fn the_hugo_shortcode_says_only_what_differs_from_its_defaults() {
        assert_eq!(
            hugo_shortcode(ADDRESS, &LinkState::default(), 880).unwrap(),
            "{{< pm-scale-up src=\"https://example.com/widgets/pm-scale-up/\" height=\"880\" >}}"
        );
        let link = parse("people=800&fn=sales&sweet=40-300&theme=dark&bg=transparent&autoplay=1", "").state;
        assert_eq!(
            hugo_shortcode(ADDRESS, &link, 900).unwrap(),
            "{{< pm-scale-up src=\"https://example.com/widgets/pm-scale-up/\" people=\"800\" theme=\"dark\" \
             bg=\"transparent\" fn=\"sales\" sweet=\"40-300\" autoplay=\"1\" height=\"900\" >}}"
        );
        let file = parse("scenario=scenarios/design.json", "").state;
        assert!(hugo_shortcode(ADDRESS, &file, 900).unwrap().contains(" scenario=\"scenarios/design.json\" "));
        // A scenario in the fragment cannot go into a shortcode: Hugo is not offered.
        let inline = parse("", "#scenario=%7B%7D").state;
        assert_eq!(hugo_shortcode(ADDRESS, &inline, 900), None);
        assert_eq!(EmbedHost::Hugo.code(ADDRESS, &inline, 900), None);
    }

    #[test]
    fn the_shortcode_takes_every_key_the_menu_writes() {
        let shortcode = include_str!("../integrations/hugo/layouts/shortcodes/pm-scale-up.html");
        for key in Key::ALL.into_iter().filter(|key| !matches!(key, Key::Version | Key::Embed)) {
            assert!(shortcode.contains(&format!(".Get \"{}\"", key.name())), "{}", key.name());
        }
        assert!(shortcode.contains(".Get \"src\"") && shortcode.contains(".Get \"height\""));
    }

    #[test]
    fn every_place_gets_its_own_code_for_the_same_state() {
        let link = state();
        let codes: Vec<String> = EmbedHost::ALL.map(|host| host.code(ADDRESS, &link, 900).unwrap()).to_vec();
        let share = share_url(ADDRESS, &link);
        assert_eq!(codes[0], share, "WordPress and Ghost take the link");
        assert!(codes[1].starts_with("{{< pm-scale-up "), "{}", codes[1]);
        assert!(codes[2].starts_with("<iframe ") && codes[2].contains("embed.js"), "{}", codes[2]);
        assert!(codes[3].starts_with("<div data-pym-src="), "{}", codes[3]);
        assert_eq!(codes[4], share, "Notion and Medium take the link");
        for code in &codes {
            assert!(code.contains("people=\"2000\"") || code.contains("people=2000"), "{code}");
        }
    }

    /// One row of the embed menu's markup, as the browser reads it: its name, where the code goes,
    /// the Copy button's name, what is copied, and the code.
    #[derive(Debug, PartialEq)]
    struct Row {
        name: String,
        place: String,
        label: String,
        what: String,
        code: String,
    }

    /// The menu's rows, with the markup's escapes read back as a browser reads them.
    fn rows(markup: &str) -> Vec<Row> {
        let between = |text: &str, open: &str, close: &str| {
            let start = text.find(open).unwrap() + open.len();
            crate::format::words_of_markup(&text[start..start + text[start..].find(close).unwrap()])
        };
        assert!(markup.starts_with("<ul class=\"embed-menu\"") && markup.ends_with("</ul>"), "{markup}");
        markup
            .split("<li ")
            .skip(1)
            .map(|row| Row {
                name: between(row, "embed-menu__name\">", "<"),
                place: between(row, "embed-menu__where\">", "<"),
                label: between(row, "aria-label=\"", "\""),
                what: between(row, "data-what=\"", "\""),
                code: between(row, "data-code=\"", "\""),
            })
            .collect()
    }

    #[test]
    fn the_embed_menu_lists_each_place_in_order_with_its_own_code() {
        let menu = rows(&embed_menu(ADDRESS, &state(), 900));
        let names: Vec<&str> = menu.iter().map(|row| row.name.as_str()).collect();
        assert_eq!(names, ["WordPress or Ghost", "Hugo", "Any HTML page", "A newsroom (pym.js)", "Notion or Medium"]);
        for (row, host) in menu.iter().zip(EmbedHost::ALL) {
            // Every code, quotes, angle brackets and line breaks included, reads back exactly.
            assert_eq!(Some(&row.code), host.code(ADDRESS, &state(), 900).as_ref());
            assert_eq!(row.label, format!("Copy for {}", row.name));
            assert!(!row.place.is_empty());
        }
        // Each place's words go with its own code.
        let starts: Vec<(&str, &str, bool)> =
            menu.iter().map(|row| (row.name.as_str(), row.what.as_str(), row.code.starts_with("https://"))).collect();
        assert_eq!(
            starts,
            [
                ("WordPress or Ghost", "Link", true),
                ("Hugo", "Shortcode", false),
                ("Any HTML page", "Embed code", false),
                ("A newsroom (pym.js)", "pym.js code", false),
                ("Notion or Medium", "Link", true),
            ]
        );
        assert!(menu[1].code.starts_with("{{< pm-scale-up "));
        assert!(menu[2].code.starts_with("<iframe ") && menu[2].code.contains('\n'));
        assert!(menu[3].code.starts_with("<div data-pym-src="));
        // Without Hugo where a shortcode cannot carry the state.
        let inline = parse("", "#scenario=%7B%7D").state;
        assert_eq!(rows(&embed_menu(ADDRESS, &inline, 900)).len(), 4);
    }

    #[test]
    fn the_embed_menu_writes_no_markup_of_its_codes() {
        // The codes are markup themselves: in the menu, each of their quotes and angle brackets is
        // an escape, so a code is an attribute's value and never an element.
        let markup = embed_menu(ADDRESS, &state(), 900);
        assert!(!markup.contains("<iframe") && !markup.contains("<div") && !markup.contains("<script"));
        assert_eq!(markup.matches("<button ").count(), 5);
        assert_eq!(markup.matches("data-code=\"").count(), 5);
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
