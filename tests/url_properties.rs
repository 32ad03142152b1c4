//! Properties of the link codec: every state survives a round trip, and no input can break parsing.
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::content::{Function, Preset};
use pm_scale_up::scale::{positions, Headcount, SweetSpot};
use pm_scale_up::url_state::{encode, parse, Background, LinkState, Theme};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn any_link_state() -> impl Strategy<Value = LinkState> {
    let sweet = proptest::option::of((0..positions(), 0..positions()))
        .prop_map(|ends| ends.map(|(a, b)| SweetSpot::between(Headcount::at_position(a), Headcount::at_position(b))));
    (
        (0..positions(), any::<bool>(), 0..Theme::ALL.len(), 0..Background::ALL.len()),
        (0..Function::ALL.len(), 0..Preset::ALL.len(), sweet, any::<bool>()),
    )
        .prop_map(|((position, embed, theme, background), (function, preset, sweet, autoplay))| LinkState {
            headcount: Headcount::at_position(position),
            function: Function::ALL[function],
            preset: Preset::ALL[preset],
            sweet,
            autoplay,
            embed,
            theme: Theme::ALL[theme],
            background: Background::ALL[background],
        })
}

/// Strings that look like query strings: known and unknown keys, escapes good and broken, numbers
/// of every size, separators in odd places, and some non-ASCII.
fn query_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("v".to_string()),
        Just("people".to_string()),
        Just("embed".to_string()),
        Just("theme".to_string()),
        Just("bg".to_string()),
        Just("fn".to_string()),
        Just("preset".to_string()),
        Just("sweet".to_string()),
        Just("autoplay".to_string()),
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
    let parsed = parse(query);
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
        let parsed = parse(&encode(&state));
        prop_assert_eq!(parsed.state, state);
        prop_assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
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
