//! Properties of the link codec: every state survives a round trip, and no input can break parsing.
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::link::{
    encode, encode_fragment, encode_href, parse, Background, Key, LinkState, ScenarioSource, Theme,
};
use pm_scale_up::scale::{positions, Headcount, SweetSpot};
use pm_scale_up::scenario::{Function, Preset};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn any_link_state() -> impl Strategy<Value = LinkState> {
    let sweet = proptest::option::of((0..positions(), 0..positions()))
        .prop_map(|ends| ends.map(|(a, b)| SweetSpot::between(Headcount::at_position(a), Headcount::at_position(b))));
    // A scenario file on this site, or any text at all as an inline scenario (the codec carries
    // it; reading it as JSON is the custom module's job).
    let scenario = proptest::option::of(prop_oneof![
        "(/?[a-z0-9_-]{1,12}/){0,3}[A-Za-z0-9._~-]{1,20}\\.json".prop_map(|p| ScenarioSource::Path(p.into())),
        "\\PC{0,200}".prop_map(|json| ScenarioSource::Inline(json.into())),
        "[A-Za-z0-9_-]{1,200}".prop_map(|packed| ScenarioSource::Packed(packed.into())),
    ]);
    // A second size to compare with, and work to keep by any ids (the scenario's or not).
    let vs = proptest::option::of(0..positions()).prop_map(|p| p.map(Headcount::at_position));
    let keep = proptest::option::of("[a-z0-9_-]{1,20}(,[a-z0-9_-]{1,20}){0,7}").prop_map(|ids| ids.map(Into::into));
    (
        (0..positions(), any::<bool>(), 0..Theme::ALL.len(), 0..Background::ALL.len(), vs, keep),
        (0..Function::ALL.len(), 0..Preset::ALL.len(), sweet, any::<bool>(), scenario),
    )
        .prop_map(
            |((position, embed, theme, background, vs, keep), (function, preset, sweet, autoplay, scenario))| {
                LinkState {
                    headcount: Headcount::at_position(position),
                    vs,
                    keep,
                    function: Function::ALL[function],
                    preset: Preset::ALL[preset],
                    sweet,
                    autoplay,
                    embed,
                    theme: Theme::ALL[theme],
                    background: Background::ALL[background],
                    scenario,
                }
            },
        )
}

/// Strings that look like query strings: known and unknown keys, escapes good and broken, numbers
/// of every size, separators in odd places, and some non-ASCII.
fn query_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        proptest::sample::select(Key::ALL.map(Key::name).to_vec()).prop_map(String::from),
        Just(".json".to_string()),
        Just("/".to_string()),
        Just("-".to_string()),
        Just("=".to_string()),
        Just("&".to_string()),
        Just("%".to_string()),
        Just("+".to_string()),
        Just("?".to_string()),
        "%[0-9A-Fa-f]{0,2}",
        "-?[0-9]{1,25}",
        "[a-z]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(token, 0..40).prop_map(|tokens| tokens.concat())
}

/// What every parse result must satisfy, whatever the input.
fn check_sane(query: &str) -> Result<(), TestCaseError> {
    let parsed = parse(query, "");
    prop_assert_eq!(parsed.state.headcount, parsed.state.headcount.snapped(), "off the slider");
    prop_assert!(parsed.notices.len() <= query.split('&').count().max(1));
    for notice in &parsed.notices {
        prop_assert!(notice.to_string().chars().count() < 200, "a notice this long is unreadable");
    }
    Ok(())
}

proptest! {
    /// parse(encode(state)) == state, and a link we wrote never raises a notice.
    #[test]
    fn every_state_survives_a_round_trip(state in any_link_state()) {
        let parsed = parse(&encode(&state), &encode_fragment(&state));
        prop_assert_eq!(parsed.state, state.clone());
        prop_assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        // What a link writes is a valid URL tail: nothing a browser would have to escape.
        let href = encode_href(&state);
        prop_assert!(href.chars().all(|c| c.is_ascii_graphic()), "{}", href);
        let in_fragment = matches!(state.scenario, Some(ScenarioSource::Inline(_) | ScenarioSource::Packed(_)));
        prop_assert_eq!(href.matches('#').count(), usize::from(in_fragment));
    }

    /// Whatever follows the #: a state that works and at most one notice, never a panic.
    #[test]
    fn any_fragment_reads_or_is_named(fragment in prop_oneof!["\\PC{0,300}", "scenario=\\PC{0,300}", "scenario=(%[0-9A-Fa-f]{0,2}|[a-z{}\":,]){0,60}"]) {
        let parsed = parse("", &fragment);
        prop_assert!(parsed.notices.len() <= 1);
        prop_assert_eq!(parsed.state.scenario.is_some(), parsed.notices.is_empty() && fragment.starts_with("scenario="));
    }

    #[test]
    fn query_like_strings_never_break_parsing(query in query_like()) {
        check_sane(&query)?;
    }
}

proptest! {
    // Fewer cases: each one is large, and anything past 2 KB takes the same early exit.
    #![proptest_config(Config { cases: 48, ..Config::default() })]

    /// Arbitrary text of up to 64 KB never panics and always yields a usable state.
    #[test]
    fn arbitrary_strings_up_to_64_kb_never_break_parsing(
        chars in proptest::collection::vec(any::<char>(), 0..65_536)
    ) {
        let text: String = chars.into_iter().collect();
        check_sane(&text)?;
    }
}

/// The long campaign: a million query-like inputs. Run it with
/// `cargo test --profile native-fast --test url_properties -- --ignored --nocapture`.
#[test]
#[ignore = "a million cases; scripts/test.sh runs it with the native-fast profile"]
fn a_million_hostile_links() {
    const CASES: u32 = 1_000_000;
    let started = std::time::Instant::now();
    let mut runner = TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() });
    runner.run(&query_like(), |query| check_sane(&query)).expect("parse stays sane");
    println!("link campaign: {CASES} query-like inputs parsed without a panic in {:.1?}", started.elapsed());
}
