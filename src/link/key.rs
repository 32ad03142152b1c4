//! The link's keys, in one table: each key's name, what it takes, how it is written from the
//! state and read back into it. The encoder, the parser and the notices follow it, and a test holds
//! the table of keys in `docs/links.md` to it.

use super::{Background, LinkProblem, LinkState, ScenarioSource, Theme, VERSION};
use crate::format::Token;
use crate::scale::{Headcount, SweetSpot};
use crate::scenario::{Function, Preset};

/// One setting a link's query string carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Version,
    People,
    Vs,
    Embed,
    Theme,
    Background,
    Function,
    Preset,
    Sweet,
    Keep,
    Autoplay,
    Scenario,
}

/// The longest scenario path read.
const MAX_PATH_LEN: usize = 200;
/// The longest `keep` read: 24 ids (the most a scenario has) of 60 characters.
const MAX_KEEP_LEN: usize = 24 * 61;

impl Key {
    /// Every key, in the order a link writes them.
    pub const ALL: [Key; 12] = [
        Key::Version,
        Key::People,
        Key::Vs,
        Key::Embed,
        Key::Theme,
        Key::Background,
        Key::Function,
        Key::Preset,
        Key::Sweet,
        Key::Keep,
        Key::Autoplay,
        Key::Scenario,
    ];

    /// The key as a link writes it.
    pub const fn name(self) -> &'static str {
        match self {
            Key::Version => "v",
            Key::People => "people",
            Key::Vs => "vs",
            Key::Embed => "embed",
            Key::Theme => "theme",
            Key::Background => "bg",
            Key::Function => "fn",
            Key::Preset => "preset",
            Key::Sweet => "sweet",
            Key::Keep => "keep",
            Key::Autoplay => "autoplay",
            Key::Scenario => "scenario",
        }
    }

    /// The key named `name`, if the widget has one.
    pub fn named(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|key| key.name() == name)
    }

    /// The setting as a reader would name it: "function", "kind of company".
    pub const fn spoken(self) -> &'static str {
        match self {
            Key::Version => "link version",
            Key::People => "company size",
            Key::Vs => "size to compare with",
            Key::Embed => "embed setting",
            Key::Theme => "colour theme",
            Key::Background => "background",
            Key::Function => "function",
            Key::Preset => "kind of company",
            Key::Sweet => "sweet spot",
            Key::Keep => "work to keep",
            Key::Autoplay => "autoplay setting",
            Key::Scenario => "scenario file",
        }
    }

    /// What the widget does instead when the key's value cannot be used: "shows Product".
    pub fn fallback(self) -> String {
        let default = LinkState::default();
        match self {
            Key::Version => "reads it as a link of this version".to_string(),
            Key::People => format!("shows {}", default.headcount),
            Key::Vs => "compares no second size".to_string(),
            Key::Embed => "shows the whole page".to_string(),
            Key::Theme => "follows your device's light or dark setting".to_string(),
            Key::Background => "shows its own background".to_string(),
            Key::Function => format!("shows {}", default.function.name()),
            Key::Preset => format!("shows {}", default.preset.name()),
            Key::Sweet => "marks no sweet spot".to_string(),
            Key::Keep => "keeps nothing ticked".to_string(),
            Key::Autoplay => "waits for you to start the tour".to_string(),
            Key::Scenario => "shows the built-in table".to_string(),
        }
    }

    /// What the key takes, as a notice says it: "expected auto, light or dark".
    pub fn expected(self) -> String {
        match self {
            Key::Version => format!("a version number such as {VERSION}"),
            Key::People => "a whole number of people, such as 150".to_string(),
            Key::Vs => "a whole number of people, such as 50000, or none".to_string(),
            Key::Embed | Key::Autoplay => bool::choices(),
            Key::Theme => Theme::choices(),
            Key::Background => Background::choices(),
            Key::Function => Function::choices(),
            Key::Preset => Preset::choices(),
            Key::Sweet => "two sizes such as 40-200, or none".to_string(),
            Key::Keep => "ids of work such as design,discovery,sales-calls, or none".to_string(),
            Key::Scenario => "the path of a .json file on this site, such as scenarios/design.json".to_string(),
        }
    }

    /// The key's value in `state`, as a link writes it; `None` where the link leaves the key out
    /// (a scenario that is not a file on the site travels in the fragment instead).
    pub fn written(self, state: &LinkState) -> Option<String> {
        let text = match self {
            Key::Version => VERSION.to_string(),
            Key::People => state.headcount.people().to_string(),
            // Written only when a second size is compared, so links without one stay as they were.
            Key::Vs => state.vs?.people().to_string(),
            Key::Embed => state.embed.token().to_string(),
            Key::Theme => state.theme.token().to_string(),
            Key::Background => state.background.token().to_string(),
            Key::Function => state.function.token().to_string(),
            Key::Preset => state.preset.token().to_string(),
            Key::Sweet => {
                state.sweet.map_or("none".to_string(), |s| format!("{}-{}", s.from().people(), s.to().people()))
            }
            // Written only when some work is ticked.
            Key::Keep => state.keep.as_deref()?.to_string(),
            Key::Autoplay => state.autoplay.token().to_string(),
            Key::Scenario => match &state.scenario {
                Some(ScenarioSource::Path(path)) => path.to_string(),
                _ => return None,
            },
        };
        Some(text)
    }

    /// Sets this key's field of `state` from `value`, or says why it could not.
    pub(super) fn read(self, state: &mut LinkState, value: &str) -> Result<(), LinkProblem> {
        let bad = || LinkProblem::BadValue { key: self, value: value.to_string() };
        match self {
            Key::Version => match value.parse::<u32>() {
                Ok(v) if v <= VERSION => {}
                Ok(_) => return Err(LinkProblem::FutureVersion { version: value.to_string() }),
                Err(_) => return Err(bad()),
            },
            Key::Vs if value == "none" => state.vs = None,
            Key::People | Key::Vs => {
                // A size between two steps is read as the nearest, and a notice says so.
                let headcount = people_value(self, value)?;
                let shown = headcount.snapped();
                if self == Key::People {
                    state.headcount = shown;
                } else {
                    state.vs = Some(shown);
                }
                if shown != headcount {
                    return Err(LinkProblem::Snapped { asked: headcount.people(), shown });
                }
            }
            Key::Embed => state.embed = token(value).ok_or_else(bad)?,
            Key::Theme => state.theme = token(value).ok_or_else(bad)?,
            Key::Background => state.background = token(value).ok_or_else(bad)?,
            Key::Function => state.function = token(value).ok_or_else(bad)?,
            Key::Preset => state.preset = token(value).ok_or_else(bad)?,
            Key::Sweet => {
                state.sweet = match value {
                    "none" => None,
                    _ => {
                        let (from, to) = value.split_once('-').ok_or_else(bad)?;
                        Some(SweetSpot::between(people_value(self, from)?, people_value(self, to)?))
                    }
                }
            }
            Key::Keep => {
                let plain = value.len() <= MAX_KEEP_LEN
                    && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_,".contains(&b));
                state.keep = match value {
                    "none" | "" => None,
                    _ if plain => Some(value.into()),
                    _ => return Err(bad()),
                };
            }
            Key::Autoplay => state.autoplay = token(value).ok_or_else(bad)?,
            Key::Scenario => state.scenario = Some(ScenarioSource::Path(scenario_path(value).ok_or_else(bad)?.into())),
        }
        Ok(())
    }
}

fn token<T: Token>(value: &str) -> Option<T> {
    T::from_token(value)
}

/// A size as a link writes it: a whole number within range, or the notice that says why not.
fn people_value(key: Key, value: &str) -> Result<Headcount, LinkProblem> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkProblem::NotANumber { key, value: value.to_string() });
    }
    // A whole number, but negative or too large for any company.
    let out_of_range = || LinkProblem::OutOfRange { value: value.to_string() };
    let asked: u32 = value.parse().map_err(|_| out_of_range())?;
    Headcount::new(asked).ok_or_else(out_of_range)
}

/// A scenario file's path on this site: relative or from the root, ending in `.json`, in plain
/// path characters only (letters, digits, `-._~/`). So not a URL of another site (no `:`, no
/// leading `//` once resolved, no spaces for a URL parser to trim), and not any other address
/// (a link must not make the widget call `/logout`, or `/logout;.json` on servers that drop `;…`).
/// The browser checks again, after resolving it, that it stays on the widget's own origin.
fn scenario_path(value: &str) -> Option<&str> {
    let plain = value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/".contains(&b));
    let on_this_site = plain && !value.starts_with("//") && value.len() <= MAX_PATH_LEN;
    (on_this_site && value.len() > ".json".len() && value.ends_with(".json")).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_its_own_name_and_reads_back_by_it() {
        for key in Key::ALL {
            assert_eq!(Key::named(key.name()), Some(key));
        }
        assert_eq!(Key::named("colour"), None);
    }

    #[test]
    fn the_choices_of_a_key_come_from_its_values() {
        assert_eq!(Key::Function.expected(), "product or sales");
        assert_eq!(Key::Preset.expected(), "b2b-saas, consumer-app or developer-platform");
        assert_eq!(Key::Theme.expected(), "auto, light or dark");
        assert_eq!(Key::Background.expected(), "paper or transparent");
        assert_eq!(Key::Embed.expected(), "1 or 0");
    }

    #[test]
    fn every_key_but_a_scenario_a_comparison_and_work_to_keep_is_written_for_the_default_state() {
        let written: Vec<(&str, Option<String>)> =
            Key::ALL.into_iter().map(|key| (key.name(), key.written(&LinkState::default()))).collect();
        assert_eq!(
            written,
            [
                ("v", Some("1".into())),
                ("people", Some("150".into())),
                ("vs", None),
                ("embed", Some("0".into())),
                ("theme", Some("auto".into())),
                ("bg", Some("paper".into())),
                ("fn", Some("product".into())),
                ("preset", Some("b2b-saas".into())),
                ("sweet", Some("none".into())),
                ("keep", None),
                ("autoplay", Some("0".into())),
                ("scenario", None),
            ]
        );
    }

    #[test]
    fn the_docs_table_names_every_key_with_its_default() {
        let docs = include_str!("../../docs/links.md");
        for key in Key::ALL {
            let row = docs
                .lines()
                .find(|line| line.starts_with(&format!("| `{}` |", key.name())))
                .unwrap_or_else(|| panic!("docs/links.md has no row for {}", key.name()));
            let default = key.written(&LinkState::default()).unwrap_or_else(|| "none".to_string());
            assert!(row.trim_end().ends_with(&format!("`{default}` |")), "{row}");
        }
    }
}
