//! Custom scenarios: the sample file, every kind of mistake a writer makes (named by field), the
//! limits, and hostile text. Natively, through serde_json; the browser build reads the same serde
//! types through its own JSON.parse (tests/web.rs and the end-to-end suite cover that path).
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::content::{Family, Scenario};
use pm_scale_up::custom::{from_json, Problem, MAX_BYTES, MAX_PROBLEMS, MAX_RESPONSIBILITIES};
use pm_scale_up::model::{caption, snapshot, Holder};
use pm_scale_up::scale::{Headcount, Stage, MAX_PEOPLE, MIN_PEOPLE};
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../scenarios/design.json");

/// A small valid scenario, with `extra` spliced in as more top-level fields.
fn minimal(extra: &str) -> String {
    format!(
        r#"{{"format": 1, "name": "Design", "holder": "designer", "holder_title": "Founding designer",
            "roles": [{{"name": "Brand Designer", "family": "design"}}],
            "responsibilities": [{{"name": "Brand", "role": "Brand Designer", "at": 40}}, {{"name": "Craft"}}]{extra}}}"#
    )
}

fn problems(json: &str) -> Vec<String> {
    from_json(json).expect_err("should be refused").iter().map(ToString::to_string).collect()
}

fn the_problem(json: &str) -> String {
    let problems = problems(json);
    assert_eq!(problems.len(), 1, "{problems:?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn problems_are_data_a_caller_can_match_and_words_only_when_shown() {
    let json = minimal("").replace(r#""role": "Brand Designer", "at": 40"#, r#""role": "Art Director", "at": 40"#);
    let problems = from_json(&json).expect_err("an unknown role");
    assert_eq!(
        problems[0],
        Problem::UnknownRole {
            path: "responsibilities[0].role".into(),
            found: "Art Director".into(),
            roles: vec!["Brand Designer".into()]
        }
    );
    assert_eq!(
        problems[0].to_string(),
        "At responsibilities[0].role: “Art Director” is not one of the roles (Brand Designer)."
    );
    let not_json = from_json("{").expect_err("not JSON");
    assert!(matches!(&not_json[..], [Problem::NotJson { .. }]), "{not_json:?}");
    let missing = from_json(&minimal("").replace(r#""holder": "designer","#, "")).expect_err("no holder");
    assert_eq!(missing, vec![Problem::Shape { path: None, message: "the field “holder” is missing".into() }]);
}

#[test]
fn the_sample_file_reads_and_peels_as_written() {
    let scenario = from_json(SAMPLE).expect("the sample is valid");
    assert_eq!(scenario.name(), "Design");
    assert_eq!(scenario.holder, "designer");
    assert_eq!(scenario.holder_title, "Founding designer");
    assert_eq!(scenario.intro().0, "How a designer's job peels apart as the company grows");
    assert_eq!(scenario.responsibilities.len(), 11);
    assert_eq!(scenario.roles.len(), 9);
    let at_five = snapshot(&scenario, Headcount::new(5).unwrap());
    assert_eq!(at_five.share.held, 11, "the founding designer does everything");
    let at_most = snapshot(&scenario, Headcount::MAX);
    assert_eq!(at_most.share.held, 2, "interaction design and critique stay");
    let brand = scenario.roles.iter().find(|r| r.name == "Brand Designer").unwrap();
    assert_eq!(brand.family, Family::Design);
}

#[test]
fn a_writer_may_give_the_holder_later_titles_and_a_file_without_them_still_reads() {
    let json = minimal(r#", "holder_titles": {"series-b": "Design lead", "hyperscale": "Design director"}"#);
    let scenario = from_json(&json).unwrap();
    assert_eq!(scenario.holder_title_at(Stage::SeriesA), "Founding designer");
    assert_eq!(scenario.holder_title_at(Stage::SeriesB), "Design lead");
    assert_eq!(scenario.holder_title_at(Stage::PublicCompany), "Design lead");
    assert_eq!(scenario.holder_title_at(Stage::Hyperscale), "Design director");
    // Without them (format 1 as it was), the founding title stays at every size.
    let plain = from_json(&minimal("")).unwrap();
    assert_eq!(plain.holder_title_at(Stage::Hyperscale), "Founding designer");
    // Checked like any other name.
    let long = minimal(&format!(r#", "holder_titles": {{"seed": "{}"}}"#, "x".repeat(61)));
    assert_eq!(the_problem(&long), "At holder_titles.seed: 61 characters; the most is 60.");
    let unknown = minimal(r#", "holder_titles": {"series-c": "Lead"}"#);
    assert!(the_problem(&unknown).starts_with("At holder_titles"), "{}", the_problem(&unknown));
}

#[test]
fn a_file_saved_with_a_byte_order_mark_still_reads() {
    assert!(from_json(&format!("\u{FEFF}{SAMPLE}")).is_ok());
}

#[test]
fn captions_are_the_writers_where_given_and_a_count_true_at_this_very_size_elsewhere() {
    let scenario = from_json(SAMPLE).unwrap();
    let at = |people| Headcount::new(people).unwrap();
    let (quote, gloss) = caption(&scenario, at(5));
    assert_eq!(quote, "At a small start up it's all generalists.");
    assert_eq!(gloss, "One designer does the brand, the screens, the copy and the research.");
    let (_, gloss) = caption(&scenario, at(150));
    assert_eq!(gloss, "Specialists now hold 3 of the 11 responsibilities the designer started with.");
    // Counted at the size shown, not at the stage's typical size: true at every size of the stage.
    // From the sample: logo and brand go at 40, marketing pages at 80, user interviews at 150.
    for (people, moved) in [(100, 2), (120, 2), (200, 3), (250, 3)] {
        let expected = format!("Specialists now hold {moved} of the 11 responsibilities the designer started with.");
        assert_eq!(caption(&scenario, at(people)).1, expected, "at {people}");
    }
    // The post's Series B line speaks of PMs; another of its lines stands in for other functions.
    assert!(caption(&scenario, at(150)).0.contains("all the functions do this"));
}

#[test]
fn title_and_lede_have_defaults_built_from_the_holder() {
    let scenario = from_json(&minimal("")).unwrap();
    assert_eq!(scenario.intro().0, "How the designer's job peels apart as the company grows");
    assert!(scenario.intro().1.contains("the designer does everything"));
}

#[test]
fn not_json_says_so() {
    assert!(the_problem("{\"format\": 1,").starts_with("The scenario is not valid JSON: "));
    assert!(the_problem("").starts_with("The scenario is not valid JSON: "));
    assert!(the_problem(&format!("{} trailing", minimal(""))).starts_with("The scenario is not valid JSON: "));
}

#[test]
fn a_missing_field_is_named() {
    let json = minimal("").replace(r#""holder": "designer", "#, "");
    assert_eq!(the_problem(&json), "In the scenario: the field “holder” is missing.");
    let json = minimal("").replace(r#"{"name": "Craft"}"#, r#"{"role": "Brand Designer"}"#);
    assert_eq!(the_problem(&json), "At responsibilities[1]: the field “name” is missing.");
}

#[test]
fn a_misspelt_field_is_named_with_the_ones_it_could_be() {
    let json = minimal("").replace(r#"{"name": "Craft"}"#, r#"{"name": "Craft", "att": 40}"#);
    assert_eq!(
        the_problem(&json),
        "At responsibilities[1]: there is no field “att” here; the fields are name, role, at."
    );
    assert!(
        the_problem(&minimal(r#", "colour": "red""#)).starts_with("In the scenario: there is no field “colour” here")
    );
}

#[test]
fn a_wrong_type_is_named_with_what_was_expected() {
    let json = minimal("").replace(r#""at": 40"#, r#""at": "lots""#);
    assert_eq!(the_problem(&json), "At responsibilities[0].at: found the text “lots”; expected a whole number.");
    let json = minimal("").replace(r#""at": 40"#, r#""at": 40.5"#);
    assert_eq!(
        the_problem(&json),
        "At responsibilities[0].at: found a number with a fraction, or too large; expected a whole number."
    );
    let json = minimal("").replace(r#""at": 40"#, r#""at": -3"#);
    assert_eq!(the_problem(&json), "At responsibilities[0].at: found the number -3; expected a whole number.");
    let json = minimal("").replace(r#""name": "Design""#, r#""name": ["Design"]"#);
    assert_eq!(the_problem(&json), "At name: found a list; expected text in quotes.");
    let json = minimal("").replace(r#""roles": ["#, r#""roles": {"x": 1}, "y": ["#);
    assert!(the_problem(&json).starts_with("At roles: found an object; expected a list in [ ]."));
    let json = minimal("").replace(r#"{"name": "Craft"}"#, "true");
    assert_eq!(the_problem(&json), "At responsibilities[1]: found true; expected an object in { }.");
    let json = minimal("").replace(r#""family": "design""#, r#""family": "purple""#);
    assert_eq!(
        the_problem(&json),
        "At roles[0].family: found “purple”; expected design, engineering, go-to-market or data-ops."
    );
    // 40.0 is the whole number 40, as JavaScript reads it.
    assert!(from_json(&minimal("").replace(r#""at": 40"#, r#""at": 40.0"#)).is_ok());
}

#[test]
fn a_size_out_of_range_is_named() {
    for at in ["0", "100001", "99999999999999999999", "-9223372036854775808"] {
        let json = minimal("").replace(r#""at": 40"#, &format!(r#""at": {at}"#));
        let problem = the_problem(&json);
        // Beyond 2^53 no number is exact in JavaScript, so none is read as whole.
        let expected = if at.len() > 10 {
            "At responsibilities[0].at: found a number with a fraction, or too large; expected a whole number."
        } else {
            "At responsibilities[0].at: expected a company size from 1 to 100,000 people."
        };
        assert_eq!(problem, expected, "{at}");
    }
}

#[test]
fn a_role_that_does_not_exist_is_named_with_the_ones_that_do() {
    let json = minimal("").replace(r#""role": "Brand Designer""#, r#""role": "Brand Desginer""#);
    assert_eq!(
        problems(&json),
        ["At responsibilities[0].role: “Brand Desginer” is not one of the roles (Brand Designer)."]
    );
}

#[test]
fn role_and_at_go_together() {
    let json = minimal("").replace(r#"{"name": "Craft"}"#, r#"{"name": "Craft", "at": 40}"#);
    assert_eq!(the_problem(&json), r#"At responsibilities[1]: it has an "at" but no "role" to take it."#);
    let json = minimal("").replace(r#"{"name": "Craft"}"#, r#"{"name": "Craft", "role": "Brand Designer"}"#);
    assert!(the_problem(&json).starts_with(r#"At responsibilities[1]: it names a role but no "at""#));
}

#[test]
fn names_are_checked_for_emptiness_length_repeats_and_control_characters() {
    let json = minimal("").replace(r#""holder": "designer""#, r#""holder": "   ""#);
    assert_eq!(the_problem(&json), "At holder: it is empty.");
    let long = "x".repeat(61);
    let json = minimal("").replace(r#""name": "Craft""#, &format!(r#""name": "{long}""#));
    assert_eq!(the_problem(&json), "At responsibilities[1].name: 61 characters; the most is 60.");
    let json = minimal("").replace(r#""name": "Craft""#, r#""name": "Brand""#);
    assert_eq!(the_problem(&json), "At responsibilities[1].name: “Brand” is already a responsibility.");
    let json = minimal("").replace(r#""name": "Craft""#, r#""name": "Cr\u0007aft""#);
    assert_eq!(the_problem(&json), "At responsibilities[1].name: it contains a control character.");
}

#[test]
fn an_unused_role_and_an_empty_list_are_refused() {
    let json = minimal("").replace(
        r#"[{"name": "Brand Designer", "family": "design"}]"#,
        r#"[{"name": "Brand Designer", "family": "design"}, {"name": "Idle"}]"#,
    );
    assert_eq!(the_problem(&json), "At roles[1]: “Idle” takes no responsibility.");
    let json =
        minimal("").replace(r#"[{"name": "Brand", "role": "Brand Designer", "at": 40}, {"name": "Craft"}]"#, "[]");
    assert_eq!(the_problem(&json), "At responsibilities: there are none; a scenario needs at least one.");
}

#[test]
fn a_future_format_is_named() {
    let json = minimal("").replace(r#""format": 1"#, r#""format": 2"#);
    assert_eq!(the_problem(&json), "At format: 2 is not a format this widget reads; it reads format 1.");
}

#[test]
fn limits_on_size_and_counts_come_before_anything_else() {
    // Padded with spaces to exactly 20,000 bytes, so the message can be written out in full.
    let mut huge = minimal("");
    huge.push_str(&" ".repeat(20_000 - huge.len()));
    assert!(huge.len() > MAX_BYTES);
    assert_eq!(the_problem(&huge), "The scenario is 20,000 bytes long; the most this widget reads is 16,384.");
    let many: Vec<String> = (0..=MAX_RESPONSIBILITIES).map(|i| format!(r#"{{"name": "Work {i}"}}"#)).collect();
    let json = minimal("").replace(
        r#"[{"name": "Brand", "role": "Brand Designer", "at": 40}, {"name": "Craft"}]"#,
        &format!("[{}]", many.join(",")),
    );
    assert_eq!(the_problem(&json), "At responsibilities: there are 25; the most is 24.");
}

#[test]
fn many_mistakes_are_listed_up_to_a_limit() {
    let names: Vec<String> = (0..10).map(|_| r#"{"name": ""}"#.to_string()).collect();
    let json = minimal("").replace(
        r#"[{"name": "Brand", "role": "Brand Designer", "at": 40}, {"name": "Craft"}]"#,
        &format!("[{}]", names.join(",")),
    );
    assert_eq!(problems(&json).len(), MAX_PROBLEMS);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    // Eight levels (the document and seven lists) reach serde, which names the wrong type; nine do not.
    let eight = format!(r#"{{"format": 1, "name": {}1{}}}"#, "[".repeat(6), "]".repeat(6));
    assert_eq!(the_problem(&eight), "At name: found a list; expected text in quotes.");
    let nine = format!(r#"{{"format": 1, "name": {}1{}}}"#, "[".repeat(7), "]".repeat(7));
    assert_eq!(the_problem(&nine), "The scenario is nested more than 8 levels deep; a scenario needs four.");
    let deeper = format!(r#"{{"format": 1, "name": {}1{}}}"#, "[".repeat(8_000), "]".repeat(8_000));
    assert!(the_problem(&deeper).starts_with("The scenario is not valid JSON: "));
}

/// A valid scenario built from generated parts: names, thresholds and which work stays.
fn any_valid_scenario() -> impl Strategy<Value = String> {
    let row = (proptest::option::of((0usize..6, MIN_PEOPLE..=MAX_PEOPLE)), "[A-Za-z ]{0,20}");
    proptest::collection::vec(row, 1..=MAX_RESPONSIBILITIES).prop_map(|rows| {
        let roles: Vec<String> = (0..6).map(|i| format!(r#"{{"name": "Role {i}"}}"#)).collect();
        let rows: Vec<String> = rows
            .iter()
            .enumerate()
            .map(|(i, (peel, words))| match peel {
                Some((role, at)) => format!(r#"{{"name": "Work {i} {words}", "role": "Role {role}", "at": {at}}}"#),
                None => format!(r#"{{"name": "Work {i} {words}"}}"#),
            })
            .collect();
        format!(
            r#"{{"format": 1, "name": "Ops", "holder": "lead", "holder_title": "Lead",
                "roles": [{}], "responsibilities": [{}]}}"#,
            roles.join(","),
            rows.join(",")
        )
    })
}

proptest! {
    /// Any text at all: a scenario or a list of problems, never a panic, never too many problems.
    #[test]
    fn any_text_reads_or_is_refused_in_words(text in "\\PC{0,400}") {
        match from_json(&text) {
            Ok(scenario) => prop_assert!(!scenario.responsibilities.is_empty()),
            Err(problems) => {
                prop_assert!((1..=MAX_PROBLEMS).contains(&problems.len()));
                prop_assert!(problems.iter().all(|p| !p.to_string().is_empty()));
            }
        }
    }

    /// JSON-shaped text with the scenario's own field names, bent at random: never a panic.
    #[test]
    fn scenario_shaped_text_never_panics(json in any_valid_scenario(), cut in 0usize..2000, junk in "[\\[\\]{}\",:0-9a-z -]{0,8}") {
        let cut = json.char_indices().map(|(i, _)| i).find(|&i| i >= cut).unwrap_or(json.len());
        let bent = format!("{}{junk}{}", &json[..cut], &json[cut..]);
        let _ = from_json(&bent);
    }

    /// The first issue's invariants hold for every valid custom scenario: one holder per
    /// responsibility, and once work has peeled off it stays peeled.
    #[test]
    fn valid_custom_scenarios_keep_the_models_invariants(json in any_valid_scenario(), a in MIN_PEOPLE..=MAX_PEOPLE, b in MIN_PEOPLE..=MAX_PEOPLE) {
        let scenario: Scenario = match from_json(&json) {
            Ok(scenario) => scenario,
            // Unused roles are refused; the generator does not avoid them.
            Err(problems) => {
                prop_assert!(problems.iter().all(|p| matches!(p, Problem::RoleUnused { .. })), "{:?}", problems);
                return Ok(());
            }
        };
        let (small, large) = (Headcount::new(a.min(b)).unwrap(), Headcount::new(a.max(b)).unwrap());
        let (before, after) = (snapshot(&scenario, small), snapshot(&scenario, large));
        prop_assert_eq!(before.holders.len(), scenario.responsibilities.len());
        for (was, is) in before.holders.iter().zip(&after.holders) {
            if *was != Holder::Generalist {
                prop_assert_eq!(was, is);
            }
        }
        let on_cards: usize = after.role_cards(&scenario).iter().map(|c| c.responsibilities.len()).sum();
        prop_assert_eq!(on_cards + after.share.held, scenario.responsibilities.len());
    }

    /// What the extras module hands the widget reads back as the scenario it checked.
    #[test]
    fn valid_custom_scenarios_cross_from_the_extras_module_unchanged(json in any_valid_scenario()) {
        if let Ok(scenario) = from_json(&json) {
            prop_assert_eq!(pm_scale_up::custom::wire::answer(&pm_scale_up::custom::check(&json)), Ok(scenario));
        }
    }

    /// And so do its problems, in the reader's words, each in one line.
    #[test]
    fn the_problems_of_bent_scenarios_cross_in_their_words(json in any_valid_scenario(), cut in 0usize..400) {
        let bent: String = json.chars().take(cut).collect();
        if let Err(problems) = from_json(&bent) {
            // One line each: a writer's control characters quoted in a problem become spaces.
            let words: Vec<String> = problems
                .iter()
                .map(|p| p.to_string().chars().map(|c| if c.is_control() { ' ' } else { c }).collect())
                .collect();
            prop_assert_eq!(pm_scale_up::custom::wire::answer(&pm_scale_up::custom::check(&bent)), Err(words));
        }
    }
}
