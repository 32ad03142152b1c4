//! The host page and the widget in its frame, talking by `postMessage`: what the widget accepts
//! and what it says. Plain Rust and tested natively; `platform` reads and posts the messages.
//!
//! From the host: `{type: "pm-scale-up:set", people: 5000, theme: "dark"}`. Each field is read
//! exactly as the link's field of the same name; a bad one changes nothing, and a message of any
//! other shape is no message at all. From the widget: `{type: "pm-scale-up:ready"}` once, and
//! `{type: "pm-scale-up:state", people, stage, fn, preset, sweet, href}` after each change.

use crate::format::Token;
use crate::link::{parse_onto, Key, LinkState};

/// The `type` of a message that sets the widget's state.
pub const SET: &str = "pm-scale-up:set";
/// The `type` of the message the widget posts once it responds to input.
pub const READY: &str = "pm-scale-up:ready";
/// The `type` of the message the widget posts after each change of state.
pub const STATE: &str = "pm-scale-up:state";

/// The fields a host may set, each read as the link's key of the same name.
pub const SETTABLE: [Key; 6] = [Key::People, Key::Function, Key::Preset, Key::Sweet, Key::Theme, Key::Background];

/// A field of a message, as the browser hands it over: text, a number, or anything else.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Text(String),
    Number(f64),
    /// Absent, `null`, an object, a boolean…: not a value any key takes.
    Other,
}

impl Field {
    /// The field as a link would write it: text as it is, a whole number in digits.
    fn as_link_value(&self) -> Option<String> {
        match self {
            Field::Text(text) => Some(text.clone()),
            Field::Number(n) if n.is_finite() && n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => {
                Some((*n as u32).to_string())
            }
            _ => None,
        }
    }
}

/// The state after a `set` message whose fields `field` gives, from `current`. Only the fields
/// the message has change; a field with a bad value is left as it was.
pub fn apply_set(current: &LinkState, field: impl Fn(&str) -> Field) -> LinkState {
    // Read by the link's own reader, as a link of these keys over the current state: a field it
    // cannot read stays as it was, and a size between two steps is read as the nearest.
    let mut query = form_urlencoded::Serializer::new(String::new());
    for key in SETTABLE {
        if let Some(value) = field(key.name()).as_link_value() {
            query.append_pair(key.name(), &value);
        }
    }
    parse_onto(current, &query.finish(), "").state
}

/// The fields of the `state` message, after `type`: only what the share link `href` already holds.
pub fn state_fields(state: &LinkState, href: &str) -> [(&'static str, StateValue); 6] {
    let sweet = state.sweet.map_or("none".to_string(), |s| format!("{}-{}", s.from().people(), s.to().people()));
    [
        ("people", StateValue::Number(state.headcount.people())),
        ("stage", StateValue::Text(state.headcount.stage().slug().to_string())),
        ("fn", StateValue::Text(state.function.token().to_string())),
        ("preset", StateValue::Text(state.preset.token().to_string())),
        ("sweet", StateValue::Text(sweet)),
        ("href", StateValue::Text(href.to_string())),
    ]
}

/// A field of a message the widget posts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateValue {
    Number(u32),
    Text(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{Background, Theme};
    use crate::scenario::Function;

    fn set(fields: &[(&str, Field)]) -> LinkState {
        apply_set(&LinkState::default(), |name| {
            fields.iter().find(|(n, _)| *n == name).map_or(Field::Other, |(_, f)| f.clone())
        })
    }

    #[test]
    fn a_set_message_changes_only_the_fields_it_has_each_read_as_in_a_link() {
        let state = set(&[("people", Field::Number(5000.0)), ("theme", Field::Text("dark".into()))]);
        assert_eq!(state.headcount.people(), 5000);
        assert_eq!(state.theme, Theme::Dark);
        assert_eq!(state.function, LinkState::default().function);
        let state = set(&[("fn", Field::Text("sales".into())), ("sweet", Field::Text("40-300".into()))]);
        assert_eq!(state.function, Function::Sales);
        assert_eq!(state.sweet.map(|s| (s.from().people(), s.to().people())), Some((40, 300)));
        // Digits in text, and a size between two steps, read as a link reads them.
        assert_eq!(set(&[("people", Field::Text("800".into()))]).headcount.people(), 800);
        assert_eq!(set(&[("people", Field::Number(4321.0))]).headcount.people(), 4000);
    }

    #[test]
    fn garbage_changes_nothing() {
        let default = LinkState::default();
        for field in [
            Field::Number(f64::NAN),
            Field::Number(f64::INFINITY),
            Field::Number(-5.0),
            Field::Number(1.5),
            Field::Number(1e300),
            Field::Number(0.0),
            Field::Other,
            Field::Text(String::new()),
            Field::Text("<img src=x onerror=alert(1)>".into()),
            Field::Text("lots".into()),
        ] {
            let fields = SETTABLE.map(|key| (key.name(), field.clone()));
            assert_eq!(set(&fields), default, "{field:?}");
        }
        // Keys a link has but a host may not set: embed mode, autoplay, a scenario file, the version.
        let state = set(&[
            ("embed", Field::Text("1".into())),
            ("autoplay", Field::Text("1".into())),
            ("scenario", Field::Text("scenarios/design.json".into())),
        ]);
        assert_eq!(state, default);
        assert_eq!(set(&[("bg", Field::Text("transparent".into()))]).background, Background::Transparent);
    }

    #[test]
    fn the_state_message_says_no_more_than_the_share_link() {
        let state = set(&[("people", Field::Number(800.0)), ("fn", Field::Text("sales".into()))]);
        let href = crate::share::share_url("https://example.com/pm/", &state);
        let fields = state_fields(&state, &href);
        assert_eq!(fields[0], ("people", StateValue::Number(800)));
        assert_eq!(fields[1], ("stage", StateValue::Text("late-stage".into())));
        assert_eq!(fields[2], ("fn", StateValue::Text("sales".into())));
        assert_eq!(fields[3], ("preset", StateValue::Text("b2b-saas".into())));
        assert_eq!(fields[4], ("sweet", StateValue::Text("none".into())));
        // Every other field is in the share link already.
        let StateValue::Text(link) = &fields[5].1 else { panic!("href is text") };
        assert!(link.starts_with("https://example.com/pm/stage/late-stage/sales/?v=1&people=800&"), "{link}");
        for (name, value) in &fields[..5] {
            let written = match value {
                StateValue::Number(n) => n.to_string(),
                StateValue::Text(text) => text.clone(),
            };
            if *name != "stage" {
                assert!(link.contains(&format!("{name}={written}")), "{name}={written} in {link}");
            }
        }
    }
}
