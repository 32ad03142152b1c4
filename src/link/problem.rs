//! What a link asked for that the widget could not use, and how a reader is told.

use super::Key;
use crate::format::{cut_short, with_thousands};
use crate::scale::{Headcount, MAX_PEOPLE, MIN_PEOPLE};

/// Something in a link that was not used, and why. It becomes words only where it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    UnknownSetting {
        key: String,
    },
    BadValue {
        key: Key,
        value: String,
    },
    /// A size (`people`, or an end of `sweet`) that is not a whole number.
    NotANumber {
        key: Key,
        value: String,
    },
    OutOfRange {
        value: String,
    },
    Snapped {
        asked: u32,
        shown: Headcount,
    },
    Repeated {
        key: Key,
    },
    TooLong {
        len: usize,
    },
    BrokenEscape {
        part: String,
    },
    FutureVersion {
        version: String,
    },
    BadFragment {
        fragment: String,
    },
    FragmentTooLong {
        len: usize,
    },
    /// `#scenario=deflate.` followed by something other than base64url.
    BadPackedScenario {
        value: String,
    },
    /// `#scenario=` followed by something that is not percent-encoded UTF-8.
    BadInlineScenario {
        value: String,
    },
}

impl LinkProblem {
    /// The notice in a reader's words: what the link asked for, and what the widget does instead.
    /// `Display` gives the technical detail (the key and what it takes), for a second line.
    pub fn plain(&self) -> String {
        match self {
            LinkProblem::UnknownSetting { key } => format!(
                "The link has a setting called “{}”, which this widget doesn't have, so it was left out.",
                cut_short(key)
            ),
            LinkProblem::BadValue { key, value }
                if matches!(key, Key::Function | Key::Preset | Key::Theme | Key::Background) =>
            {
                format!(
                    "The link asked for a {} called “{}”, which this widget doesn't have, so it {}.",
                    key.spoken(),
                    cut_short(value),
                    key.fallback()
                )
            }
            LinkProblem::BadValue { key, value } | LinkProblem::NotANumber { key, value } => format!(
                "The link's {} “{}” isn't one this widget can read, so it {}.",
                key.spoken(),
                cut_short(value),
                key.fallback()
            ),
            LinkProblem::OutOfRange { value } => format!(
                "The link asked for a company of “{}” people, but this widget runs from {} to {} people, so that was left out.",
                cut_short(value),
                MIN_PEOPLE,
                with_thousands(MAX_PEOPLE)
            ),
            LinkProblem::Snapped { .. } => self.to_string(),
            LinkProblem::Repeated { key } => {
                format!("The link sets the {} more than once, so the widget uses the first.", key.spoken())
            }
            LinkProblem::TooLong { .. } => "The link's settings are too long to read, so the widget shows its own.".to_string(),
            LinkProblem::BrokenEscape { part } => {
                format!("Part of the link, “{}”, is garbled, so it was left out.", cut_short(part))
            }
            LinkProblem::FutureVersion { .. } => {
                "A newer version of this widget made the link, so what this version doesn't know was left out."
                    .to_string()
            }
            LinkProblem::BadFragment { .. } => {
                "The end of the link, after the #, isn't anything this widget reads, so it was left out.".to_string()
            }
            LinkProblem::FragmentTooLong { .. } | LinkProblem::BadPackedScenario { .. } | LinkProblem::BadInlineScenario { .. } => {
                "The scenario in the link can't be read, so the widget shows its built-in table.".to_string()
            }
        }
    }
}

impl std::fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkProblem::UnknownSetting { key } => {
                write!(f, "Ignored “{}”: this widget has no such setting.", cut_short(key))
            }
            LinkProblem::BadValue { key, value } => {
                write!(f, "Ignored {}=“{}”: expected {}.", key.name(), cut_short(value), key.expected())
            }
            LinkProblem::NotANumber { key, value } => write!(
                f,
                "Ignored {}=“{}”: expected a whole number of people, such as 150.",
                key.name(),
                cut_short(value)
            ),
            LinkProblem::OutOfRange { value } => write!(
                f,
                "Ignored a company size of “{}”: sizes run from {} to {} people.",
                cut_short(value),
                MIN_PEOPLE,
                with_thousands(MAX_PEOPLE)
            ),
            LinkProblem::Snapped { asked, shown } => write!(
                f,
                "Showing {} instead of {}, the nearest step on the slider.",
                shown.people_text(),
                with_thousands(*asked)
            ),
            LinkProblem::Repeated { key } => {
                write!(f, "The link sets “{}” more than once; the first one was used.", key.name())
            }
            LinkProblem::TooLong { len } => write!(
                f,
                "The link's settings were too long to read ({} characters), so the defaults are shown.",
                with_thousands(u32::try_from(*len).unwrap_or(u32::MAX))
            ),
            LinkProblem::BrokenEscape { part } => {
                write!(f, "Ignored “{}”: it has a broken %-escape.", cut_short(part))
            }
            LinkProblem::FutureVersion { version } => write!(
                f,
                "This link was made by a newer version of the widget (v{}); settings this version does not know were ignored.",
                cut_short(version)
            ),
            LinkProblem::BadFragment { fragment } => write!(
                f,
                "Ignored “#{}” at the end of the link: the only thing this widget reads after # is scenario=.",
                cut_short(fragment)
            ),
            LinkProblem::FragmentTooLong { len } => write!(
                f,
                "The scenario in the link was too long to read ({} characters), so the built-in one is shown.",
                with_thousands(u32::try_from(*len).unwrap_or(u32::MAX))
            ),
            LinkProblem::BadPackedScenario { value } => write!(
                f,
                "Ignored scenario=“{}”: expected deflate. and then base64url (letters, digits, - and _).",
                cut_short(value)
            ),
            LinkProblem::BadInlineScenario { value } => {
                write!(f, "Ignored scenario=“{}”: expected JSON written with encodeURIComponent.", cut_short(value))
            }
        }
    }
}

impl Headcount {
    /// "150 people", "1 person": the bare number, for notices.
    fn people_text(self) -> String {
        match self.people() {
            1 => "1 person".to_string(),
            n => format!("{} people", with_thousands(n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::link::parse;

    /// Each notice of a link, in the reader's words.
    fn plain(query: &str) -> Vec<String> {
        parse(query, "").notices.iter().map(|notice| notice.plain()).collect()
    }

    #[test]
    fn a_bad_size_to_compare_with_or_work_to_keep_is_told_in_the_readers_words() {
        assert_eq!(
            plain("vs=many"),
            ["The link's size to compare with “many” isn't one this widget can read, so it compares no second size."]
        );
        assert_eq!(
            plain("keep=a;b"),
            ["The link's work to keep “a;b” isn't one this widget can read, so it keeps nothing ticked."]
        );
    }

    #[test]
    fn a_reader_is_told_what_the_link_asked_for_and_what_is_shown_instead() {
        assert_eq!(
            plain("fn=marketing"),
            ["The link asked for a function called “marketing”, which this widget doesn't have, so it shows Product."]
        );
        assert_eq!(
            plain("preset=fintech"),
            ["The link asked for a kind of company called “fintech”, which this widget doesn't have, so it shows \
              B2B SaaS."]
        );
        assert_eq!(
            plain("people=lots"),
            ["The link's company size “lots” isn't one this widget can read, so it shows about 150 people."]
        );
        assert_eq!(
            plain("people=0"),
            ["The link asked for a company of “0” people, but this widget runs from 1 to 100,000 people, so that \
              was left out."]
        );
        assert_eq!(
            plain("embed=1&embed=0"),
            ["The link sets the embed setting more than once, so the widget uses the first."]
        );
        assert_eq!(
            plain("sweet=lots"),
            ["The link's sweet spot “lots” isn't one this widget can read, so it marks no sweet spot."]
        );
    }

    #[test]
    fn no_plain_notice_names_a_key_as_the_link_writes_it() {
        for query in ["fn=x", "preset=x", "theme=x", "bg=x", "embed=x", "autoplay=x", "sweet=x", "v=x", "scenario=x"] {
            let said = plain(query).concat();
            let key = query.split('=').next().unwrap();
            assert!(!said.contains(&format!("{key}=")), "{said}");
            assert!(!said.contains("expected"), "{said}");
        }
    }
}
