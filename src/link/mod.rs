//! The link codec: the widget's shareable state to and from a URL's query string and fragment.
//!
//! Parsing is total. Whatever a stranger puts in a link, `parse` returns a usable `LinkState` and a
//! `LinkProblem` for each part it ignored. Encoding writes every field, so that a later change of
//! defaults never changes what an old link shows. Each key is described once, in `key::Key`.

mod added;
mod key;
mod problem;

use std::rc::Rc;

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

pub use added::{added_by, AddedBy, ADDED};
pub use key::Key;
pub use problem::LinkProblem;

use crate::content::DEFAULT_PEOPLE;
use crate::custom;
use crate::format::Token;
use crate::scale::{Headcount, SweetSpot};
use crate::scenario::{Function, Preset};

/// The link format this build writes. Links with a larger number come from a newer widget.
pub const VERSION: u32 = 1;
/// Longer query strings are not read at all: no real link needs more, and a huge one could freeze.
pub const MAX_QUERY_LEN: usize = 2_048;

/// The colour theme. `Auto` follows the reader's `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub const fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl Token for Theme {
    const ALL: &'static [Theme] = &Theme::ALL;

    fn token(self) -> &'static str {
        self.as_str()
    }
}

/// The page background: the widget's own paper colour, or none, to sit on the host page's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Background {
    #[default]
    Paper,
    Transparent,
}

impl Background {
    pub const ALL: [Background; 2] = [Background::Paper, Background::Transparent];

    pub const fn as_str(self) -> &'static str {
        match self {
            Background::Paper => "paper",
            Background::Transparent => "transparent",
        }
    }
}

impl Token for Background {
    const ALL: &'static [Background] = &Background::ALL;

    fn token(self) -> &'static str {
        self.as_str()
    }
}

/// Where a custom scenario comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioSource {
    /// A JSON file on the widget's own site: `?scenario=/scenarios/design.json`.
    Path(Rc<str>),
    /// The JSON itself, in the fragment: `#scenario={"format":1,…}` (percent-encoded). A fragment
    /// never reaches the server, and has room for a whole scenario.
    Inline(Rc<str>),
    /// The JSON compressed, for a link about a third as long: `#scenario=deflate.<base64url of
    /// the raw DEFLATE stream>`. The browser unpacks it (`DecompressionStream`).
    Packed(Rc<str>),
}

/// What starts a packed scenario in the fragment.
pub const PACKED_PREFIX: &str = "deflate.";

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState {
    pub headcount: Headcount,
    /// A second size to compare with, such as the reader's other offer.
    pub vs: Option<Headcount>,
    pub function: Function,
    /// The kind of company; it shapes the product function.
    pub preset: Preset,
    /// The range of sizes the reader marked as comfortable, if any.
    pub sweet: Option<SweetSpot>,
    /// The work the reader wants to keep doing: the ids scenarios use, separated by commas, as
    /// the link gave them (`fit::ticked` reads them against the scenario shown).
    pub keep: Option<Rc<str>>,
    /// Start the guided tour on load (for embeds); it stops at the reader's first touch.
    pub autoplay: bool,
    /// Embed mode drops the page chrome and keeps an "open full size" link.
    pub embed: bool,
    pub theme: Theme,
    pub background: Background,
    /// A custom scenario, shown instead of the function's built-in table.
    pub scenario: Option<ScenarioSource>,
}

impl Default for LinkState {
    fn default() -> Self {
        LinkState {
            headcount: Headcount::new(DEFAULT_PEOPLE).expect("default is in range"),
            vs: None,
            keep: None,
            function: Function::Product,
            preset: Preset::B2bSaas,
            sweet: None,
            autoplay: false,
            embed: false,
            theme: Theme::Auto,
            background: Background::Paper,
            scenario: None,
        }
    }
}

/// The result of reading a link: a state that always works, and what was ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub state: LinkState,
    pub notices: Vec<LinkProblem>,
}

#[cfg(test)]
impl Parsed {
    /// The notices' technical lines, for the codec's tests.
    fn notice_texts(&self) -> Vec<String> {
        self.notices.iter().map(ToString::to_string).collect()
    }
}

/// Writes every field of the state as a query string, without the leading `?`.
pub fn encode(state: &LinkState) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for key in Key::ALL {
        if let Some(value) = key.written(state) {
            query.append_pair(key.name(), &value);
        }
    }
    query.finish()
}

/// Writes the version and only the fields of `state` that differ from `base`: the query a link
/// needs on a page that opens in `base` (a stage page fills in what a link leaves out from its own
/// state, `parse_onto`).
pub fn encode_against(state: &LinkState, base: &LinkState) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for key in Key::ALL {
        let value = key.written(state);
        if key == Key::Version || value != key.written(base) {
            if let Some(value) = value {
                query.append_pair(key.name(), &value);
            }
        }
    }
    query.finish()
}

/// The fragment a link needs for its state, with its `#`: an inline scenario, or nothing.
pub fn encode_fragment(state: &LinkState) -> String {
    match &state.scenario {
        Some(ScenarioSource::Inline(json)) => format!("#scenario={}", utf8_percent_encode(json, FRAGMENT)),
        // base64url needs no escaping.
        Some(ScenarioSource::Packed(packed)) => format!("#scenario={PACKED_PREFIX}{packed}"),
        _ => String::new(),
    }
}

/// The part of a link after the page's address: `?query` and any `#fragment`.
pub fn encode_href(state: &LinkState) -> String {
    format!("?{}{}", encode(state), encode_fragment(state))
}

/// What a fragment escapes: everything `encodeURIComponent` does (all but letters, digits and
/// `-._~!'()*`), so that chat and mail apps that turn text into links keep the whole of it.
const FRAGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*');

/// The longest fragment read: a scenario at its size limit, every byte escaped.
pub const MAX_FRAGMENT_LEN: usize = custom::MAX_BYTES * 3 + 16;

/// Reads a link: its query string and its fragment, each with or without its `?` or `#`. Never
/// fails and never panics. What the link leaves out takes the defaults.
pub fn parse(query: &str, fragment: &str) -> Parsed {
    parse_onto(&LinkState::default(), query, fragment)
}

/// Reads a link over `base`, the state the page opens in (a stage page's stage, function and
/// company type): what the link leaves out stays as `base` has it. Never inlined: the page's
/// link and the host's `set` share one copy.
#[inline(never)]
pub fn parse_onto(base: &LinkState, query: &str, fragment: &str) -> Parsed {
    let mut parsed = parse_query(base, query);
    parse_fragment(&mut parsed, fragment);
    parsed
}

/// What WordPress appends to an embedded frame's address: `#?secret=` and the secret it signs
/// its messages with (after any fragment the address had: `#scenario=…#?secret=…`).
const SECRET_MARK: &str = "?secret=";

/// The secret WordPress gave this frame, if its fragment carries a well-formed one: letters and
/// digits only (WordPress's host script drops any other), at most 32.
pub fn wordpress_secret(fragment: &str) -> Option<&str> {
    // The first `?` starts the mark, the last thing in the fragment: a scenario before it is
    // percent-encoded or base64url, neither of which has a `?`.
    let secret = fragment[fragment.find('?')?..].strip_prefix(SECRET_MARK)?;
    (!secret.is_empty() && secret.len() <= 32 && secret.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(secret)
}

/// The fragment without WordPress's `#?secret=…`, which is no part of the widget's state.
fn without_secret(fragment: &str) -> &str {
    match fragment.find('?') {
        Some(at) if wordpress_secret(fragment).is_some() => fragment[..at].strip_suffix('#').unwrap_or(&fragment[..at]),
        _ => fragment,
    }
}

/// Reads the link's fragment (with or without the `#`) into `parsed`: `scenario=` and the JSON.
/// A scenario in the query comes first; the JSON itself is checked when it is opened.
fn parse_fragment(parsed: &mut Parsed, fragment: &str) {
    let fragment = without_secret(fragment.strip_prefix('#').unwrap_or(fragment));
    if fragment.is_empty() {
        return;
    }
    let Some(raw) = fragment.strip_prefix("scenario=") else {
        parsed.notices.push(LinkProblem::BadFragment { fragment: fragment.to_string() });
        return;
    };
    if raw.len() > MAX_FRAGMENT_LEN {
        parsed.notices.push(LinkProblem::FragmentTooLong { len: raw.len() });
        return;
    }
    let source = if let Some(packed) = raw.strip_prefix(PACKED_PREFIX) {
        let base64url =
            !packed.is_empty() && packed.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !base64url {
            parsed.notices.push(LinkProblem::BadPackedScenario { value: raw.to_string() });
            return;
        }
        ScenarioSource::Packed(packed.into())
    } else {
        let Ok(json) = percent_decode_str(raw).decode_utf8() else {
            parsed.notices.push(LinkProblem::BadInlineScenario { value: raw.to_string() });
            return;
        };
        ScenarioSource::Inline(json.into())
    };
    if parsed.state.scenario.is_some() {
        parsed.notices.push(LinkProblem::Repeated { key: Key::Scenario });
        return;
    }
    parsed.state.scenario = Some(source);
}

/// Reads a query string (with or without the leading `?`). The keys others add (`ADDED`) are
/// passed over without a word, and count for nothing against `MAX_QUERY_LEN`.
fn parse_query(base: &LinkState, query: &str) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut parsed = Parsed { state: base.clone(), notices: Vec::new() };
    let own = || {
        query.split('&').filter(|part| !part.is_empty() && added_by(part.split('=').next().unwrap_or(part)).is_none())
    };
    let len = own().map(|part| part.len() + 1).sum::<usize>().saturating_sub(1);
    if len > MAX_QUERY_LEN {
        parsed.notices.push(LinkProblem::TooLong { len });
        return parsed;
    }
    let mut seen: Vec<Key> = Vec::new();
    for part in own() {
        if has_broken_escape(part) {
            parsed.notices.push(LinkProblem::BrokenEscape { part: part.to_string() });
            continue;
        }
        // One pair per part: the split above already separated them.
        let Some((key, value)) = form_urlencoded::parse(part.as_bytes()).next() else { continue };
        let Some(key) = Key::named(&key) else {
            parsed.notices.push(LinkProblem::UnknownSetting { key: key.into_owned() });
            continue;
        };
        if seen.contains(&key) {
            parsed.notices.push(LinkProblem::Repeated { key });
            continue;
        }
        seen.push(key);
        if let Err(notice) = key.read(&mut parsed.state, &value) {
            parsed.notices.push(notice);
        }
    }
    parsed
}

/// A `%` that is not followed by two hex digits.
fn has_broken_escape(part: &str) -> bool {
    let bytes = part.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::cut_short;

    fn people(n: u32) -> Headcount {
        Headcount::new(n).unwrap()
    }

    fn notices(query: &str) -> Vec<String> {
        parse_query(&LinkState::default(), query).notice_texts()
    }

    #[test]
    fn encoding_writes_every_field() {
        assert_eq!(
            encode(&LinkState::default()),
            "v=1&people=150&embed=0&theme=auto&bg=paper&fn=product&preset=b2b-saas&sweet=none&autoplay=0"
        );
    }

    #[test]
    fn a_full_link_reads_back_exactly() {
        let parsed = parse_query(
            &LinkState::default(),
            "?v=1&people=2000&embed=1&theme=dark&bg=transparent&fn=sales&preset=consumer-app&sweet=40-200&autoplay=1",
        );
        assert_eq!(
            parsed.state,
            LinkState {
                headcount: people(2000),
                function: Function::Sales,
                preset: Preset::ConsumerApp,
                sweet: Some(SweetSpot::between(people(40), people(200))),
                vs: None,
                keep: None,
                autoplay: true,
                embed: true,
                theme: Theme::Dark,
                background: Background::Transparent,
                scenario: None,
            }
        );
        assert!(parsed.notices.is_empty());
    }

    #[test]
    fn an_empty_link_opens_the_defaults_silently() {
        assert_eq!(parse_query(&LinkState::default(), ""), Parsed::default());
        assert_eq!(parse_query(&LinkState::default(), "?"), Parsed::default());
        assert_eq!(parse_query(&LinkState::default(), "&&"), Parsed::default());
    }

    #[test]
    fn unknown_keys_are_named_in_the_notice() {
        let parsed = parse_query(&LinkState::default(), "people=40&colour=red");
        assert_eq!(parsed.state.headcount, people(40));
        assert_eq!(notices("people=40&colour=red"), ["Ignored “colour”: this widget has no such setting."]);
    }

    #[test]
    fn bad_values_fall_back_to_the_default_for_that_field_only() {
        let parsed = parse_query(&LinkState::default(), "people=lots&theme=purple&embed=yes&bg=plaid&v=x");
        assert_eq!(parsed.state, LinkState::default());
        assert_eq!(
            notices("people=lots&theme=purple&embed=yes&bg=plaid&v=x"),
            [
                "Ignored people=“lots”: expected a whole number of people, such as 150.",
                "Ignored theme=“purple”: expected auto, light or dark.",
                "Ignored embed=“yes”: expected 1 or 0.",
                "Ignored bg=“plaid”: expected paper or transparent.",
                "Ignored v=“x”: expected a version number such as 1.",
            ]
        );
    }

    #[test]
    fn sizes_out_of_range_are_refused() {
        for value in ["0", "100001", "-5", "99999999999999999999"] {
            let parsed = parse_query(&LinkState::default(), &format!("people={value}"));
            assert_eq!(parsed.state.headcount, LinkState::default().headcount, "{value}");
            assert_eq!(parsed.notices.len(), 1, "{value}");
        }
        assert_eq!(notices("people=0"), ["Ignored a company size of “0”: sizes run from 1 to 100,000 people."]);
        assert_eq!(notices("people=-5"), ["Ignored a company size of “-5”: sizes run from 1 to 100,000 people."]);
        assert_eq!(notices("people=-"), ["Ignored people=“-”: expected a whole number of people, such as 150."]);
    }

    #[test]
    fn an_off_step_size_opens_at_the_nearest_step_and_says_so() {
        let parsed = parse_query(&LinkState::default(), "people=137");
        assert_eq!(parsed.state.headcount, people(150));
        assert_eq!(notices("people=137"), ["Showing 150 people instead of 137, the nearest step on the slider."]);
    }

    #[test]
    fn a_repeated_key_keeps_the_first_value() {
        let parsed = parse_query(&LinkState::default(), "people=40&people=4000");
        assert_eq!(parsed.state.headcount, people(40));
        assert_eq!(
            notices("people=40&people=4000"),
            ["The link sets “people” more than once; the first one was used."]
        );
    }

    #[test]
    fn very_long_input_is_not_read_at_all() {
        let long = format!("people=40&x={}", "a".repeat(5_000));
        let parsed = parse_query(&LinkState::default(), &long);
        assert_eq!(parsed.state, LinkState::default());
        assert_eq!(
            notices(&long),
            ["The link's settings were too long to read (5,012 characters), so the defaults are shown."]
        );
    }

    #[test]
    fn broken_percent_escapes_are_ignored_by_part() {
        let parsed = parse_query(&LinkState::default(), "people=40&theme=%ZZdark&bg=%4");
        assert_eq!(parsed.state.headcount, people(40));
        assert_eq!(parsed.state.theme, Theme::Auto);
        assert_eq!(
            notices("people=40&theme=%ZZdark&bg=%4"),
            ["Ignored “theme=%ZZdark”: it has a broken %-escape.", "Ignored “bg=%4”: it has a broken %-escape."]
        );
    }

    #[test]
    fn good_percent_escapes_and_plus_signs_are_decoded() {
        assert_eq!(parse_query(&LinkState::default(), "theme=%64ark").state.theme, Theme::Dark);
        assert_eq!(notices("the+me=dark"), ["Ignored “the me”: this widget has no such setting."]);
    }

    #[test]
    fn a_future_version_is_named_and_known_fields_still_apply() {
        let parsed = parse_query(&LinkState::default(), "v=2&people=40&sparkles=on");
        assert_eq!(parsed.state.headcount, people(40));
        assert_eq!(
            notices("v=2&people=40&sparkles=on"),
            [
                "This link was made by a newer version of the widget (v2); settings this version does not know were ignored.",
                "Ignored “sparkles”: this widget has no such setting.",
            ]
        );
    }

    #[test]
    fn bad_function_preset_sweet_spot_and_autoplay_values_are_named() {
        let query = "fn=marketing&preset=fintech&sweet=lots&autoplay=soon";
        assert_eq!(parse_query(&LinkState::default(), query).state, LinkState::default());
        assert_eq!(
            notices(query),
            [
                "Ignored fn=“marketing”: expected product or sales.",
                "Ignored preset=“fintech”: expected b2b-saas, consumer-app or developer-platform.",
                "Ignored sweet=“lots”: expected two sizes such as 40-200, or none.",
                "Ignored autoplay=“soon”: expected 1 or 0.",
            ]
        );
        assert_eq!(notices("sweet=40-0"), ["Ignored a company size of “0”: sizes run from 1 to 100,000 people."]);
        assert_eq!(notices("sweet=40-x"), ["Ignored sweet=“x”: expected a whole number of people, such as 150."]);
    }

    #[test]
    fn a_sweet_spot_written_backwards_or_off_step_still_reads() {
        let spot = parse_query(&LinkState::default(), "sweet=4000-37").state.sweet.unwrap();
        assert_eq!((spot.from(), spot.to()), (people(40), people(4000)));
        assert_eq!(parse_query(&LinkState::default(), "sweet=none").state.sweet, None);
    }

    #[test]
    fn long_strangers_text_is_cut_short_in_notices() {
        let text = notices(&format!("{}=1", "k".repeat(100)));
        assert_eq!(text, [format!("Ignored “{}…”: this widget has no such setting.", "k".repeat(40))]);
    }

    #[test]
    fn a_scenario_path_on_this_site_is_carried_and_written_back() {
        let parsed = parse_query(&LinkState::default(), "scenario=scenarios/design.json&people=40");
        assert_eq!(parsed.state.scenario, Some(ScenarioSource::Path("scenarios/design.json".into())));
        assert!(parsed.notices.is_empty());
        assert!(encode(&parsed.state).ends_with("&autoplay=0&scenario=scenarios%2Fdesign.json"));
        assert_eq!(parse_query(&LinkState::default(), &encode(&parsed.state)).state, parsed.state);
        assert_eq!(
            parse_query(&LinkState::default(), "scenario=/writers/sales-eu.json").state.scenario,
            Some(ScenarioSource::Path("/writers/sales-eu.json".into()))
        );
    }

    #[test]
    fn a_scenario_anywhere_else_is_refused_by_name() {
        for value in [
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "javascript:alert(1)//.json",
            "data:application/json,{}.json",
            "/logout",
            "x.json?y=1",
            ".json",
            "\\\\evil\\x.json",
            " //evil.example/x.json",
            "/logout;.json",
            "my scenario.json",
            "x%00.json",
        ] {
            let query: String = form_urlencoded::Serializer::new(String::new()).append_pair("scenario", value).finish();
            let parsed = parse_query(&LinkState::default(), &query);
            assert_eq!(parsed.state.scenario, None, "{value}");
            assert_eq!(
                notices(&query),
                [format!(
                    "Ignored scenario=“{}”: expected the path of a .json file on this site, such as scenarios/design.json.",
                    cut_short(value)
                )],
                "{value}"
            );
        }
    }

    #[test]
    fn an_inline_scenario_reads_from_the_fragment_and_writes_back_escaped() {
        let mut parsed = parse_query(&LinkState::default(), "people=40");
        parse_fragment(&mut parsed, "#scenario=%7B%22format%22:1%7D");
        assert_eq!(parsed.state.scenario, Some(ScenarioSource::Inline(r#"{"format":1}"#.into())));
        assert!(parsed.notices.is_empty());
        assert_eq!(encode_fragment(&parsed.state), "#scenario=%7B%22format%22%3A1%7D");
        assert!(encode_href(&parsed.state).starts_with("?v=1&people=40&"));
        assert!(encode_href(&parsed.state).ends_with("&autoplay=0#scenario=%7B%22format%22%3A1%7D"));
        // Non-ASCII, spaces, % and # are escaped; the JSON itself comes back unchanged.
        let state = LinkState {
            scenario: Some(ScenarioSource::Inline("{\"name\": \"Café 100% #1\"}".into())),
            ..LinkState::default()
        };
        let written = encode_fragment(&state);
        assert!(written.is_ascii() && !written[1..].contains(['#', ' ']), "{written}");
        let mut parsed = parse_query(&LinkState::default(), "");
        parse_fragment(&mut parsed, &written);
        assert_eq!(parsed.state, state);
    }

    /// One value of each added key, as a platform writes it (`utm_*` as `utm_source`).
    fn each_added_key() -> impl Iterator<Item = String> {
        ADDED
            .iter()
            .map(|(name, _)| name.strip_suffix('*').map_or(name.to_string(), |prefix| format!("{prefix}source")))
    }

    #[test]
    fn each_added_key_alone_opens_the_defaults_without_a_word() {
        for key in each_added_key() {
            for query in [format!("{key}=newsletter"), format!("?{key}="), key.clone()] {
                assert_eq!(parse(&query, ""), Parsed::default(), "{query}");
            }
        }
    }

    #[test]
    fn added_keys_among_real_settings_change_nothing_and_are_never_written_back() {
        let real = "v=1&people=800&fn=sales&theme=dark&sweet=40-300";
        let expected = parse(real, "").state;
        for key in each_added_key() {
            for query in [format!("{key}=x&{real}"), format!("{real}&{key}=x"), format!("people=800&{key}=x&fn=sales")]
            {
                let parsed = parse(&query, "");
                assert!(parsed.notices.is_empty(), "{query}: {:?}", parsed.notices);
                assert_eq!(parsed.state.headcount.people(), 800, "{query}");
                assert_eq!(parsed.state.function, Function::Sales, "{query}");
                let written = encode_href(&parsed.state);
                assert!(!written.contains(&format!("{key}=")), "{written}");
            }
            assert_eq!(parse(&format!("{key}=x&{real}"), "").state, expected);
        }
        // Every tracking key at once, then pym's four as pym.js writes them.
        let all: Vec<String> = each_added_key().map(|key| format!("{key}=1")).collect();
        let parsed = parse(&format!("{real}&{}", all.join("&")), "");
        assert_eq!((parsed.state, parsed.notices), (expected, vec![]));
        let pym = "v=1&people=800&embed=1&initialWidth=375&childId=graphic-1&parentTitle=A%20story%20%E2%80%94%20News\
                   &parentUrl=https%3A%2F%2Fnews.example%2F2026%2Fstory%3Futm_source%3Dx%26people%3D1";
        let parsed = parse(pym, "");
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        assert_eq!((parsed.state.headcount.people(), parsed.state.embed), (800, true));
        let written = encode_href(&parsed.state);
        for name in ["initialWidth", "childId", "parentTitle", "parentUrl", "graphic", "story"] {
            assert!(!written.contains(name), "{written}");
        }
    }

    #[test]
    fn an_added_key_with_a_bad_value_is_still_passed_over_but_the_widgets_own_are_named() {
        for key in each_added_key() {
            for value in ["%ZZ", "%", "<script>alert(1)</script>", "a=b=c", "%F0%9F%92%A9", "\u{0}"] {
                let parsed = parse(&format!("{key}={value}&{key}=again&people=40"), "");
                assert!(parsed.notices.is_empty(), "{key}={value}: {:?}", parsed.notices);
                assert_eq!(parsed.state.headcount, people(40));
            }
            assert_eq!(
                notices(&format!("{key}=x&people=lots&colour=red&{key}=%ZZ")),
                [
                    "Ignored people=“lots”: expected a whole number of people, such as 150.",
                    "Ignored “colour”: this widget has no such setting.",
                ],
                "{key}"
            );
        }
        // A long value of theirs leaves room for the link's own settings.
        let long = format!("people=40&fbclid={}&parentUrl={}", "a".repeat(5_000), "b".repeat(5_000));
        assert_eq!(parse(&long, "").state.headcount, people(40));
        assert!(parse(&long, "").notices.is_empty());
        // A key that merely looks like one of theirs is named as any other.
        assert_eq!(
            notices("utm=x&childid=1&s=1"),
            [
                "Ignored “utm”: this widget has no such setting.",
                "Ignored “childid”: this widget has no such setting.",
                "Ignored “s”: this widget has no such setting.",
            ]
        );
    }

    #[test]
    fn a_link_on_a_stage_page_keeps_what_the_page_opens_at_unless_it_says_otherwise() {
        use crate::scenario::{Function, Preset};
        let page = LinkState {
            headcount: Headcount::new(800).unwrap(),
            function: Function::Sales,
            preset: Preset::ConsumerApp,
            ..LinkState::default()
        };
        // A platform's tracking parameter or a bare fragment changes nothing of the page's state.
        let tracked = parse_onto(&page, "utm_source=x", "");
        assert_eq!((tracked.state, tracked.notices), (page.clone(), vec![]));
        assert_eq!(parse_onto(&page, "", "#?secret=Ab3dE6gH9k").state, page);
        // What the link does say wins.
        let moved = parse_onto(&page, "people=40", "");
        assert_eq!((moved.state.headcount.people(), moved.state.function), (40, Function::Sales));
    }

    #[test]
    fn a_comparison_and_work_to_keep_are_written_only_when_there_and_read_back() {
        let state = LinkState {
            vs: Some(people(50_000)),
            keep: Some("design,discovery,sales-calls".into()),
            ..LinkState::default()
        };
        let written = encode(&state);
        assert!(written.contains("&vs=50000&"), "next to people=: {written}");
        assert!(written.ends_with("&keep=design%2Cdiscovery%2Csales-calls&autoplay=0"), "{written}");
        assert_eq!(parse_query(&LinkState::default(), &written), Parsed { state, notices: Vec::new() });
        // Commas typed by hand read the same.
        let typed = parse_query(&LinkState::default(), "keep=design,qa&vs=none");
        assert_eq!((typed.state.keep.as_deref(), typed.state.vs), (Some("design,qa"), None));
        assert!(typed.notices.is_empty());
    }

    #[test]
    fn a_bad_comparison_or_work_to_keep_is_named_and_the_rest_applies() {
        let parsed = parse_query(&LinkState::default(), "vs=lots&keep=design,<b>&people=60");
        assert_eq!((parsed.state.vs, parsed.state.keep.clone(), parsed.state.headcount), (None, None, people(60)));
        assert_eq!(
            parsed.notice_texts(),
            [
                "Ignored vs=“lots”: expected a whole number of people, such as 150.",
                "Ignored keep=“design,<b>”: expected ids of work such as design,discovery,sales-calls, or none.",
            ]
        );
        let parsed = parse_query(&LinkState::default(), "vs=0");
        assert_eq!(parsed.notice_texts(), ["Ignored a company size of “0”: sizes run from 1 to 100,000 people."]);
        let parsed = parse_query(&LinkState::default(), "vs=49000");
        assert_eq!(parsed.state.vs, Some(people(50_000)));
        assert_eq!(parsed.notice_texts(), ["Showing 50,000 people instead of 49,000, the nearest step on the slider."]);
        let long = format!("keep={}", "w".repeat(2_000));
        assert_eq!(parse_query(&LinkState::default(), &long).state.keep, None);
    }

    #[test]
    fn a_stage_page_with_vs_opens_at_its_stage_and_compares() {
        use crate::scenario::Function;
        let page =
            LinkState { headcount: Headcount::new(800).unwrap(), function: Function::Sales, ..LinkState::default() };
        let parsed = parse_onto(&page, "vs=60", "");
        assert_eq!(parsed.state, LinkState { vs: Some(people(60)), ..page.clone() });
        assert_eq!(encode_against(&parsed.state, &page), "v=1&vs=60");
    }

    #[test]
    fn wordpress_s_secret_is_read_apart_and_raises_no_notice_alone_or_after_a_scenario() {
        assert_eq!(wordpress_secret("#?secret=Ab3dE6gH9k"), Some("Ab3dE6gH9k"));
        let alone = parse("v=1&people=800&embed=1", "#?secret=Ab3dE6gH9k");
        assert!(alone.notices.is_empty(), "{:?}", alone.notices);
        assert_eq!(alone.state.headcount.people(), 800);
        let both = parse("", "#scenario=%7B%22format%22%3A1%7D#?secret=Ab3dE6gH9k");
        assert!(both.notices.is_empty(), "{:?}", both.notices);
        assert_eq!(both.state.scenario, Some(ScenarioSource::Inline("{\"format\":1}".into())));
        assert_eq!(wordpress_secret("#scenario=%7B%7D#?secret=Ab3dE6gH9k"), Some("Ab3dE6gH9k"));
        // Not a secret WordPress would write: named like any other fragment, and never used.
        for bad in ["#?secret=", "#?secret=a\"b", "#?secret=<script>"] {
            assert_eq!(wordpress_secret(bad), None, "{bad}");
            assert_eq!(parse("", bad).notices.len(), 1, "{bad}");
        }
    }

    #[test]
    fn an_unknown_or_broken_fragment_is_named() {
        let read = |fragment: &str| {
            let mut parsed = parse_query(&LinkState::default(), "");
            parse_fragment(&mut parsed, fragment);
            assert_eq!(parsed.state, LinkState::default(), "{fragment}");
            parsed.notice_texts()
        };
        assert!(read("").is_empty() && read("#").is_empty());
        assert_eq!(
            read("#top"),
            ["Ignored “#top” at the end of the link: the only thing this widget reads after # is scenario=."]
        );
        assert_eq!(
            read("#scenario=%FF%FE"),
            ["Ignored scenario=“%FF%FE”: expected JSON written with encodeURIComponent."]
        );
        let long = format!("#scenario={}", "a".repeat(MAX_FRAGMENT_LEN + 1));
        assert_eq!(
            read(&long),
            ["The scenario in the link was too long to read (49,169 characters), so the built-in one is shown."]
        );
    }

    #[test]
    fn a_scenario_in_both_query_and_fragment_keeps_the_querys() {
        let mut parsed = parse_query(&LinkState::default(), "scenario=a.json");
        parse_fragment(&mut parsed, "#scenario={}");
        assert_eq!(parsed.state.scenario, Some(ScenarioSource::Path("a.json".into())));
        assert_eq!(parsed.notice_texts(), ["The link sets “scenario” more than once; the first one was used."]);
    }

    #[test]
    fn a_packed_scenario_reads_from_the_fragment_and_writes_back_as_it_came() {
        let mut parsed = parse_query(&LinkState::default(), "people=40");
        parse_fragment(&mut parsed, "#scenario=deflate.q1YqSi0uzSlRsgJyixQ-_9");
        assert_eq!(parsed.state.scenario, Some(ScenarioSource::Packed("q1YqSi0uzSlRsgJyixQ-_9".into())));
        assert!(parsed.notices.is_empty());
        assert_eq!(encode_fragment(&parsed.state), "#scenario=deflate.q1YqSi0uzSlRsgJyixQ-_9");
        for bad in ["#scenario=deflate.", "#scenario=deflate.a+b/c=", "#scenario=deflate.%7B%7D"] {
            let mut parsed = parse_query(&LinkState::default(), "");
            parse_fragment(&mut parsed, bad);
            assert_eq!(parsed.state.scenario, None, "{bad}");
            assert_eq!(
                parsed.notice_texts(),
                [format!(
                    "Ignored scenario=“{}”: expected deflate. and then base64url (letters, digits, - and _).",
                    &bad["#scenario=".len()..]
                )]
            );
        }
    }
}
