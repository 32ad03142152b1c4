//! Build-time pages (native only; used by the `postbuild` hook): the prerendered widget, one page
//! per stage with its own link-preview tags, and a loader that a strict CSP accepts.
//!
//! Trunk injects its loader as an inline module script, which a strict Content-Security-Policy
//! (`script-src 'self'`) refuses. `externalize_loader` moves it into a file named by its content.

use crate::app::{App, AppProps};
use crate::format::escape_markup;
use crate::link::{encode, encode_href, LinkState};
use crate::model::snapshot;
use crate::scale::{stage_and_size, Headcount, Stage};
use crate::scenario::{Function, Preset, Scenario};
use crate::share::{page_path, page_title, WIDGET_TITLE};

/// The address the site is published at, for absolute link-preview URLs. Build setting:
/// `PM_SCALE_UP_PUBLIC_URL`; this is the local default.
pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:8080/";

/// The widget rendered to HTML as a page opens it: what a reader sees before the WASM replaces it.
pub fn prerender(props: AppProps) -> String {
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// What a page's link preview says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// Absolute address of the page.
    pub canonical: String,
    /// Absolute address of its 1200x630 preview image.
    pub image: String,
    pub image_alt: String,
    /// The widget's state on this page, for the oEmbed file's iframe.
    pub people: Headcount,
    pub function: Function,
    pub preset: Preset,
}

/// The frame an oEmbed consumer is told to draw: a blog column. Static files cannot honour a
/// consumer's `maxwidth` or `maxheight`; the widget sizes itself afterwards where the host lets it
/// (WordPress, `embed.js`), and at 640 px wide it is at most this tall at every stage.
pub const OEMBED_WIDTH: u32 = 640;
pub const OEMBED_HEIGHT: u32 = 960;
/// How long a consumer may keep the oEmbed answer: a week.
pub const OEMBED_CACHE_AGE: u32 = 7 * 24 * 60 * 60;
/// The oEmbed file beside each page's `index.html`.
pub const OEMBED_FILE: &str = "oembed.json";

/// Where a stage's page lives, relative to the site root: `stage/series-b/` (the product
/// function at a B2B SaaS company; `share::page_path` names the others).
pub fn stage_path(stage: Stage) -> String {
    page_path(stage, Function::Product, Preset::B2bSaas)
}

/// One sentence on who holds what at a headcount, for descriptions and image alt text.
pub fn summary(scenario: &Scenario, people: Headcount) -> String {
    let s = snapshot(scenario, people);
    let at = stage_and_size(people);
    let holder =
        if scenario.holder == "PM" { "the PM".to_string() } else { format!("the {}", scenario.holder.to_lowercase()) };
    if s.roles_hired() == 0 {
        let (first, last) = match (scenario.responsibilities.first(), scenario.responsibilities.last()) {
            _ if holder == "the PM" => ("design".to_string(), "sales calls".to_string()),
            (Some(first), Some(last)) => (first.name.to_lowercase(), last.name.to_lowercase()),
            _ => return format!("{at}: every responsibility is still {holder}'s own."),
        };
        return format!(
            "{at}: all {} responsibilities are still {holder}'s own, from {first} to {last}.",
            s.share.total
        );
    }
    let roles: Vec<&str> = s.role_cards(scenario).iter().take(3).map(|c| scenario.role(c.role).name.as_ref()).collect();
    let more = if s.roles_hired() > 3 { " and more" } else { "" };
    format!(
        "{at}: {holder} works with specialists ({}{more}) on {} of {} responsibilities; {} {} still {holder}'s own.",
        roles.join(", "),
        s.share.total - s.share.held,
        s.share.total,
        s.share.held,
        if s.share.held == 1 { "is" } else { "are" },
    )
}

pub fn home_meta(public_url: &str) -> PageMeta {
    let people = AppProps::default_people();
    PageMeta {
        title: WIDGET_TITLE.to_string(),
        description: "Drag a company from a five-person startup to a hyperscale company and watch the \
                      product manager's work peel off into specialist roles."
            .to_string(),
        canonical: public_url.to_string(),
        image: format!("{public_url}{}og.png", stage_path(people.stage())),
        image_alt: summary(&Scenario::b2b_saas(), people),
        people,
        function: Function::Product,
        preset: Preset::B2bSaas,
    }
}

/// The page of a stage for a function and company type (`share::PAGE_KINDS`).
pub fn stage_meta(stage: Stage, function: Function, preset: Preset, public_url: &str) -> PageMeta {
    let people = stage.typical();
    let scenario = Scenario::built_in(function, preset);
    let path = page_path(stage, function, preset);
    PageMeta {
        title: page_title(people, function, preset),
        description: summary(&scenario, people),
        canonical: format!("{public_url}{path}"),
        image: format!("{public_url}{path}og.png"),
        image_alt: summary(&scenario, people),
        people,
        function,
        preset,
    }
}

/// A page's oEmbed answer (`type: rich`), for WordPress, Ghost, Iframely and the like. Its `html`
/// starts with exactly `<blockquote>`: WordPress keeps a blockquote (the link shown until the
/// frame answers, and without JavaScript) only there, and loads its resizing script only with
/// one. Then the frame, in embed mode at this page's state.
pub fn oembed_json(meta: &PageMeta, public_url: &str) -> String {
    let link = LinkState {
        headcount: meta.people,
        function: meta.function,
        preset: meta.preset,
        embed: true,
        ..LinkState::default()
    };
    let src = escape_markup(&format!("{}{}", meta.canonical, encode_href(&link)));
    let (page, title) = (escape_markup(&meta.canonical), escape_markup(&meta.title));
    let html = format!(
        "<blockquote><a href=\"{page}\">{title}</a></blockquote>\
         <iframe src=\"{src}\" width=\"{OEMBED_WIDTH}\" height=\"{OEMBED_HEIGHT}\" title=\"{}\" \
         frameborder=\"0\" scrolling=\"no\"></iframe>",
        escape_markup(WIDGET_TITLE)
    );
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": meta.title,
        "provider_name": "PM Scale-Up",
        "provider_url": public_url,
        "width": OEMBED_WIDTH,
        "height": OEMBED_HEIGHT,
        "thumbnail_url": meta.image,
        "thumbnail_width": 1200,
        "thumbnail_height": 630,
        "cache_age": OEMBED_CACHE_AGE,
        "html": html,
    })
    .to_string()
}

/// The `<head>` tags of a page: title, description, canonical, Open Graph and Twitter card.
pub fn head_tags(meta: &PageMeta) -> String {
    let (title, description) = (escape_markup(&meta.title), escape_markup(&meta.description));
    let (url, image, alt) =
        (escape_markup(&meta.canonical), escape_markup(&meta.image), escape_markup(&meta.image_alt));
    format!(
        "<title>{title}</title>\
         <meta name=\"description\" content=\"{description}\">\
         <link rel=\"canonical\" href=\"{url}\">\
         <meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"PM Scale-Up\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:url\" content=\"{url}\">\
         <meta property=\"og:image\" content=\"{image}\">\
         <meta property=\"og:image:width\" content=\"1200\">\
         <meta property=\"og:image:height\" content=\"630\">\
         <meta property=\"og:image:alt\" content=\"{alt}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">\
         <meta name=\"twitter:title\" content=\"{title}\">\
         <meta name=\"twitter:description\" content=\"{description}\">\
         <meta name=\"twitter:image\" content=\"{image}\">\
         <meta name=\"twitter:image:alt\" content=\"{alt}\">\
         <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{url}{OEMBED_FILE}\" title=\"{title}\">"
    )
}

/// The extras module's files as Trunk writes them: unhashed, unlike the widget's own.
pub const EXTRAS_FILES: [&str; 2] = ["extras.js", "extras_bg.wasm"];

/// The extras module's name for this build: `extras-<hash of both files>`, so that a cached
/// module of another build is never taken for this one's. `files` are their contents.
pub fn extras_name(files: &[&[u8]]) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    files.hash(&mut hasher);
    format!("extras-{:016x}", hasher.finish())
}

/// Names the extras module on the page's mount (`data-extras`), where `platform::extras` reads it.
pub fn name_extras(page: &str, name: &str) -> String {
    page.replacen("<div id=app", &format!("<div id=app data-extras=\"{}\"", escape_markup(name)), 1)
}

/// Prefixes every relative `href` and `src` in `html` with `../` per level of `depth`, so that a
/// page in `stage/series-b/` still finds the assets at the root of `dist/`.
pub fn rebase_assets(html: &str, depth: usize) -> String {
    let prefix = "../".repeat(depth);
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = ["href=", "src="].iter().filter_map(|attr| rest.find(attr).map(|i| i + attr.len())).min() {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'');
        if let Some(q) = quote {
            out.push(q);
            rest = &rest[1..];
        }
        let absolute = ["/", "http:", "https:", "data:", "#", "?", "mailto:"].iter().any(|p| rest.starts_with(p));
        if !absolute {
            out.push_str(&prefix);
            rest = rest.strip_prefix("./").unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}

/// The page's title and lede for a function, written before `#app`: painted with the page's
/// first frame and never replaced by the WASM, which only changes their words where the function
/// or a custom scenario calls for others (`platform::boot::show_intro`). The largest paint is then
/// the first one, not the WASM's render of the same words (`docs/performance.md`).
pub fn intro_markup(function: Function) -> String {
    let (title, lede) = crate::content::intro(function);
    format!(
        r#"<header class="intro" id="{}"><h1 class="intro__title">{}</h1><p class="intro__lede">{}</p></header>"#,
        crate::content::INTRO_ID,
        escape_markup(title),
        escape_markup(lede)
    )
}

/// The id of the notice the loader shows when the WASM or its glue fails to load (`LOADER`).
pub const LOAD_FAILED_ID: &str = "pmsu-load-failed";

/// That notice, hidden in every page until the loader shows it. It says what the reader has: the
/// page as first drawn, whose slider changes nothing.
pub fn load_failed_markup() -> String {
    format!(
        "<div class=\"panic-notice panic-notice--load\" id=\"{LOAD_FAILED_ID}\" role=\"alert\" hidden>\
         <p class=\"panic-notice__title\">The interactive part of this explainer could not load.</p>\
         <p>What you see is the page as first drawn: moving the slider does not change it. Reloading \
         the page usually helps.</p></div>"
    )
}

/// A whole page: the staged template with its head tags, the title and lede (`intro_markup`), the
/// hidden notice for a WASM that fails to load (`load_failed_markup`), and the prerendered widget
/// in `#app`.
/// A stage page's state (as a link's query) and its way back to the site's root are written on
/// `#app`, so that the client renders the same state (`src/main.rs` reads them).
pub fn build_page(template: &str, meta: &PageMeta, body: &str, props: Option<&AppProps>) -> Option<String> {
    let mount = ["<div id=app></div>", "<div id=\"app\"></div>"].into_iter().find(|m| template.contains(m))?;
    let attribute = props
        .map(|p| {
            let link =
                LinkState { headcount: p.people, function: p.function, preset: p.preset, ..LinkState::default() };
            format!(" data-link=\"{}\" data-root=\"{}\"", escape_markup(&encode(&link)), escape_markup(&p.root))
        })
        .unwrap_or_default();
    let intro = intro_markup(props.map_or(AppProps::default().function, |p| p.function));
    let failed = load_failed_markup();
    let html = template.replacen(mount, &format!("{intro}{failed}<div id=app{attribute}>{body}</div>"), 1);
    let head_end = html.find("</head>").or_else(|| html.find("<body"))?;
    Some(format!("{}{}{}", &html[..head_end], head_tags(meta), &html[head_end..]))
}

/// The staged page after replacing Trunk's inline loader, and the loader file to write beside it.
#[derive(Debug, PartialEq, Eq)]
pub struct ExternalLoader {
    pub html: String,
    pub file_name: String,
    pub script: String,
}

/// The loader, in place of Trunk's: it requests the widget's glue and WASM (`{glue}`, `{wasm}`,
/// relative to the loader, which sits at the root of `dist/`) once the page has painted.
///
/// The prerendered page is whole before the WASM runs, and a slider moved before it arrives is
/// kept, so the WASM waits for the page's first paint (the first contentful or the largest, which
/// are one paint here: the lede): requested earlier, it competes with the page's own files, and
/// Lighthouse's simulated load counts it before the largest paint. It starts at once where that
/// paint would not show the page a reader asked for: a link with its own state (any query or
/// fragment, the rule `early.js` hides the widget by; `early.js` then preloads both files itself),
/// a page loaded out of sight, or a browser that reports no paints. A page hidden, or a reader's key
/// or pointer, before that paint starts it too. If the files fail to load, the prerendered page
/// is shown at once rather than after `early.js`'s four seconds, with a notice above it that says
/// so (`load_failed_markup`, `{failed}`), and the console says why.
const LOADER: &str = "const root = document.documentElement;
const kinds = ['paint', 'largest-contentful-paint']
  .filter((kind) => window.PerformanceObserver?.supportedEntryTypes?.includes(kind));
let started = false;
let paints;
const start = () => {
  if (started) return;
  started = true;
  paints?.disconnect();
  const wasm = fetch(new URL('{wasm}', import.meta.url));
  import('{glue}').then((glue) => glue.default({ module_or_path: wasm })).catch((error) => {
    wasm.catch(() => {});
    root.removeAttribute('data-link-pending');
    document.getElementById('{failed}')?.removeAttribute('hidden');
    console.error('PM Scale-Up could not load its WebAssembly, so the page stays as first drawn:', error);
  });
};
if (location.search.length > 1 || location.hash.length > 1 || document.visibilityState !== 'visible' || !kinds.length) {
  start();
} else {
  paints = new PerformanceObserver(start);
  for (const type of kinds) paints.observe({ type, buffered: true });
  document.addEventListener('visibilitychange', start, { once: true });
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, start, { capture: true, once: true });
}
";

/// Replaces Trunk's inline loader (the first inline module `<script>`) with a module script that
/// loads [`LOADER`] from a file named by its content, for a strict Content-Security-Policy
/// (`script-src 'self'`). Trunk's preloads of the glue and the WASM leave the page; the pre-paint
/// script `early.js` is told their names (`data-preload`) to preload them where a link is pending.
/// `None` when the page has no inline loader in the form Trunk writes, or no `early.js`.
pub fn externalize_loader(html: &str) -> Option<ExternalLoader> {
    let mut from = 0;
    while let Some(offset) = html[from..].find("<script") {
        let open = from + offset;
        let open_end = open + html[open..].find('>')?;
        let close = open_end + html[open_end..].find("</script>")?;
        let tag = &html[open..open_end];
        if tag.contains("src=") || !tag.contains("module") {
            from = close;
            continue;
        }
        let trunk = &html[open_end + 1..close];
        let glue = quoted_after(trunk, " from ")?;
        let wasm = quoted_after(trunk, "module_or_path: ")?;
        let script = LOADER.replace("{glue}", glue).replace("{wasm}", wasm).replace("{failed}", LOAD_FAILED_ID);
        let file_name = format!("boot-{:016x}.js", fnv1a(script.as_bytes()));
        let html = format!(
            "{}<script type=\"module\" src=\"./{file_name}\"></script>{}",
            &html[..open],
            &html[close + "</script>".len()..]
        );
        let html = without_preloads(&html, &[glue, wasm]);
        let names = [glue, wasm].map(|path| path.trim_start_matches("./")).join(" ");
        let early = ["<script src=early.js", "<script src=\"early.js\""].iter().find_map(|tag| html.find(tag))?
            + "<script".len();
        let html = format!("{} data-preload=\"{names}\"{}", &html[..early], &html[early..]);
        return Some(ExternalLoader { html, file_name, script });
    }
    None
}

/// The text between the quotes that follow the first `key` in `script`.
fn quoted_after<'a>(script: &'a str, key: &str) -> Option<&'a str> {
    let rest = &script[script.find(key)? + key.len()..];
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let rest = &rest[1..];
    Some(&rest[..rest.find(quote)?])
}

/// The page without the `<link>` tags that preload any of `paths`.
fn without_preloads(html: &str, paths: &[&str]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link") {
        let Some(len) = rest[at..].find('>') else { break };
        let tag = &rest[at..=at + len];
        let preload = tag.contains("preload") && paths.iter().any(|path| tag.contains(path));
        out.push_str(&rest[..at]);
        if !preload {
            out.push_str(tag);
        }
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}

/// A small, stable content hash for cache-busting file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_extras_module_is_named_for_its_contents_on_the_mount() {
        let name = extras_name(&[b"glue", b"wasm"]);
        assert!(name.starts_with("extras-") && name.len() == 23, "{name}");
        assert_eq!(name, extras_name(&[b"glue", b"wasm"]));
        assert_ne!(name, extras_name(&[b"glue", b"wasm2"]));
        assert_eq!(
            name_extras("<body><div id=app data-link=\"x\">", &name),
            format!("<body><div id=app data-extras=\"{name}\" data-link=\"x\">")
        );
    }

    use super::*;

    const PUBLIC: &str = "https://example.com/pm/";

    #[test]
    fn each_page_answers_oembed_with_a_blockquote_first_then_the_frame_at_its_stage() {
        let meta = stage_meta(Stage::LateStage, Function::Product, Preset::B2bSaas, PUBLIC);
        assert!(head_tags(&meta).contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" \
             href=\"https://example.com/pm/stage/late-stage/oembed.json\" \
             title=\"Late stage: the PM's job at about 800 people · PM Scale-Up\">"
        ));
        let json: serde_json::Value = serde_json::from_str(&oembed_json(&meta, PUBLIC)).unwrap();
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["provider_url"], PUBLIC);
        assert_eq!(json["thumbnail_url"], "https://example.com/pm/stage/late-stage/og.png");
        assert_eq!((json["width"].as_u64(), json["height"].as_u64()), (Some(640), Some(960)));
        assert!(json["cache_age"].as_u64().unwrap() > 0);
        let html = json["html"].as_str().unwrap();
        // WordPress keeps the blockquote, and so loads its resizing script, only from the very start.
        assert!(html.starts_with("<blockquote><a href=\"https://example.com/pm/stage/late-stage/\">"), "{html}");
        assert_eq!(html.matches("<iframe ").count(), 1);
        assert!(
            html.contains("src=\"https://example.com/pm/stage/late-stage/?v=1&amp;people=800&amp;embed=1&amp;"),
            "{html}"
        );
        let home: serde_json::Value = serde_json::from_str(&oembed_json(&home_meta(PUBLIC), PUBLIC)).unwrap();
        assert!(home["html"]
            .as_str()
            .unwrap()
            .contains("src=\"https://example.com/pm/?v=1&amp;people=150&amp;embed=1&amp;"));
    }

    #[test]
    fn a_stage_page_has_its_own_title_description_canonical_and_preview() {
        let meta = stage_meta(Stage::SeriesB, Function::Product, Preset::B2bSaas, PUBLIC);
        assert_eq!(meta.title, "Series B: the PM's job at about 150 people · PM Scale-Up");
        assert_eq!(meta.canonical, "https://example.com/pm/stage/series-b/");
        assert_eq!(meta.image, "https://example.com/pm/stage/series-b/og.png");
        assert_eq!(
            meta.description,
            "Series B, about 150 people: the PM works with specialists (Product Designer, QA Engineer, \
             Product Marketing Manager and more) on 7 of 13 responsibilities; 6 are still the PM's own."
        );
        let tags = head_tags(&meta);
        assert!(tags.contains("<meta property=\"og:image\" content=\"https://example.com/pm/stage/series-b/og.png\">"));
        assert!(tags.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(tags.contains("the PM&#39;s job") || tags.contains("the PM's job"));
    }

    #[test]
    fn the_founding_team_summary_says_the_pm_does_everything() {
        assert_eq!(
            summary(&Scenario::b2b_saas(), Stage::FoundingTeam.typical()),
            "Founding team, 5 people: all 13 responsibilities are still the PM's own, from design to sales calls."
        );
    }

    #[test]
    fn stage_pages_reach_the_assets_at_the_root() {
        let html = "<link href=./main.css rel=stylesheet><link href=favicon.svg rel=icon><script src=\"./boot.js\"></script><a href=\"https://x.org/\">x</a><a href=\"?v=1\">y</a>";
        assert_eq!(
            rebase_assets(html, 2),
            "<link href=../../main.css rel=stylesheet><link href=../../favicon.svg rel=icon><script src=\"../../boot.js\"></script><a href=\"https://x.org/\">x</a><a href=\"?v=1\">y</a>"
        );
    }

    #[test]
    fn each_function_and_company_type_has_stage_pages_that_describe_it() {
        let sales = stage_meta(Stage::LateStage, Function::Sales, Preset::B2bSaas, PUBLIC);
        assert_eq!(sales.canonical, "https://example.com/pm/stage/late-stage/sales/");
        assert_eq!(sales.image, "https://example.com/pm/stage/late-stage/sales/og.png");
        assert_eq!(sales.title, "Late stage: the sales job at about 800 people · PM Scale-Up");
        assert!(
            sales.description.starts_with("Late stage, about 800 people: the sales person works with specialists"),
            "{}",
            sales.description
        );
        let json: serde_json::Value = serde_json::from_str(&oembed_json(&sales, PUBLIC)).unwrap();
        assert!(json["html"].as_str().unwrap().contains("&amp;fn=sales&amp;"));
        let consumer = stage_meta(Stage::Seed, Function::Product, Preset::ConsumerApp, PUBLIC);
        assert_eq!(consumer.canonical, "https://example.com/pm/stage/seed/consumer-app/");
        assert!(consumer.title.contains("a consumer app of about 25 people"));
        let founding = stage_meta(Stage::FoundingTeam, Function::Sales, Preset::B2bSaas, PUBLIC);
        assert!(
            founding.description.ends_with(
                "all 12 responsibilities are still the sales person's own, from prospecting to sales strategy."
            ),
            "{}",
            founding.description
        );
    }

    #[test]
    fn a_page_puts_the_prerender_in_app_and_the_tags_in_head() {
        let template = "<html><head><link href=./a.css></head><body><div id=app></div></body></html>";
        let props = AppProps {
            people: Stage::Seed.typical(),
            function: Function::Sales,
            preset: Preset::B2bSaas,
            root: "../../../".into(),
        };
        let page = build_page(template, &home_meta(PUBLIC), "<main>hi</main>", Some(&props)).unwrap();
        assert!(
            page.contains(
                "<div id=app data-link=\"v=1&amp;people=25&amp;embed=0&amp;theme=auto&amp;bg=paper&amp;fn=sales&amp;\
             preset=b2b-saas&amp;sweet=none&amp;autoplay=0\" data-root=\"../../../\"><main>hi</main></div>"
            ),
            "{page}"
        );
        assert!(page.find("<title>").unwrap() < page.find("</head>").unwrap());
        // The title and lede come first, outside `#app`, in the function's own words.
        assert!(
            page.contains(
                "<body><header class=\"intro\" id=\"pmsu-intro\"><h1 class=\"intro__title\">How the sales job \
                 peels apart as the company grows</h1><p class=\"intro__lede\">"
            ),
            "{page}"
        );
        assert!(page.find("</header>").unwrap() < page.find("<div id=app").unwrap());
        // The notice for a WASM that fails to load, hidden, between them.
        let failed = page.find(&load_failed_markup()).unwrap();
        assert!(page.find("</header>").unwrap() < failed && failed < page.find("<div id=app").unwrap());
        assert!(load_failed_markup().contains(" hidden>"));
        let home = build_page(template, &home_meta(PUBLIC), "<main>hi</main>", None).unwrap();
        assert!(home.contains("<h1 class=\"intro__title\">How a PM's job peels apart as the company grows</h1>"));
        assert_eq!(build_page("<p>no mount</p>", &home_meta(PUBLIC), "x", None), None);
    }

    #[test]
    fn the_prerender_is_deterministic_and_holds_every_responsibility() {
        let props = AppProps { people: Stage::SeriesB.typical(), ..AppProps::default() };
        let once = prerender(props.clone());
        assert_eq!(once, prerender(props), "byte-for-byte the same");
        for r in Scenario::b2b_saas().responsibilities {
            assert!(once.contains(&format!(">{}</span>", r.name)), "{} is missing", r.name);
        }
    }

    /// The staged page's head as Trunk 0.21 writes it (minified: attributes without quotes).
    const STAGED: &str = "<head><link href=./main.css rel=stylesheet><script src=early.js></script><script type=module>import init, * as bindings from './app-1.js';\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script><link crossorigin href=./app-1.js rel=modulepreload><link as=fetch crossorigin href=./app-1_bg.wasm rel=preload type=application/wasm></head><body><div id=app></div></body>";

    #[test]
    fn the_loader_moves_to_a_file_and_waits_for_the_largest_paint() {
        let out = externalize_loader(STAGED).unwrap();
        assert_eq!(
            out.html,
            format!(
                "<head><link href=./main.css rel=stylesheet><script data-preload=\"app-1.js app-1_bg.wasm\" src=early.js></script><script type=\"module\" src=\"./{}\"></script></head><body><div id=app></div></body>",
                out.file_name
            )
        );
        assert!(out.file_name.starts_with("boot-") && out.file_name.ends_with(".js"));
        assert!(out.script.contains("fetch(new URL('./app-1_bg.wasm', import.meta.url))"), "{}", out.script);
        assert!(out.script.contains("import('./app-1.js').then((glue) => glue.default({ module_or_path: wasm }))"));
        assert!(out.script.contains("['paint', 'largest-contentful-paint']"));
        assert!(out.script.contains("location.search.length > 1 || location.hash.length > 1"));
        assert!(!out.script.contains("{glue}") && !out.script.contains("{failed}"));
        assert!(out.script.contains("getElementById('pmsu-load-failed')?.removeAttribute('hidden')"));
        assert!(!out.script.contains("{wasm}"));
    }

    #[test]
    fn the_file_name_follows_the_content() {
        let a = externalize_loader(STAGED).unwrap();
        let b = externalize_loader(&STAGED.replace("app-1_bg", "app-2_bg")).unwrap();
        assert_eq!(a.file_name, externalize_loader(STAGED).unwrap().file_name);
        assert_ne!(a.file_name, b.file_name);
    }

    #[test]
    fn the_page_may_quote_its_attributes() {
        let quoted = STAGED
            .replace("<script src=early.js>", "<script src=\"early.js\">")
            .replace("href=./app-1.js rel=modulepreload", "href=\"./app-1.js\" rel=\"modulepreload\"");
        let out = externalize_loader(&quoted).unwrap();
        assert!(out.html.contains("<script data-preload=\"app-1.js app-1_bg.wasm\" src=\"early.js\">"), "{}", out.html);
        assert!(!out.html.contains("preload href") && !out.html.contains("rel=\"modulepreload\""), "{}", out.html);
    }

    #[test]
    fn other_inline_scripts_are_passed_over() {
        let data = "<script type=application/ld+json>{\"@type\": \"WebPage\"}</script>";
        let out = externalize_loader(&STAGED.replace("<script src=early.js>", &format!("{data}<script src=early.js>")))
            .unwrap();
        assert!(out.html.contains(data) && out.script.contains("import('./app-1.js')"));
    }

    #[test]
    fn a_loader_or_page_in_another_form_is_refused() {
        assert_eq!(externalize_loader(&STAGED.replace("module_or_path: ", "path: ")), None);
        assert_eq!(externalize_loader(&STAGED.replace(" from ", " of ")), None);
        assert_eq!(externalize_loader(&STAGED.replace("<script src=early.js></script>", "")), None);
    }

    #[test]
    fn pages_without_inline_scripts_are_left_alone() {
        assert_eq!(externalize_loader("<script src=\"./x.js\"></script><p>hi</p>"), None);
        assert_eq!(externalize_loader("<p>no scripts</p>"), None);
    }
}
