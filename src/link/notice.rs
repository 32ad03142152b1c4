//! What a link asked for that the widget could not use, and how a reader is told.

use super::Key;
use crate::scale::{Headcount, MAX_PEOPLE, MIN_PEOPLE};
use crate::words::{quote, with_thousands};

/// Something in a link that was not used, and why. It becomes words only where it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
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

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Notice::UnknownSetting { key } => {
                write!(f, "Ignored “{}”: this widget has no such setting.", quote(key))
            }
            Notice::BadValue { key, value } => {
                write!(f, "Ignored {}=“{}”: expected {}.", key.name(), quote(value), key.expected())
            }
            Notice::NotANumber { key, value } => write!(
                f,
                "Ignored {}=“{}”: expected a whole number of people, such as 150.",
                key.name(),
                quote(value)
            ),
            Notice::OutOfRange { value } => write!(
                f,
                "Ignored a company size of “{}”: sizes run from {} to {} people.",
                quote(value),
                MIN_PEOPLE,
                with_thousands(MAX_PEOPLE)
            ),
            Notice::Snapped { asked, shown } => write!(
                f,
                "Showing {} instead of {}, the nearest step on the slider.",
                shown.people_text(),
                with_thousands(*asked)
            ),
            Notice::Repeated { key } => {
                write!(f, "The link sets “{}” more than once; the first one was used.", key.name())
            }
            Notice::TooLong { len } => write!(
                f,
                "The link's settings were too long to read ({} characters), so the defaults are shown.",
                with_thousands(u32::try_from(*len).unwrap_or(u32::MAX))
            ),
            Notice::BrokenEscape { part } => {
                write!(f, "Ignored “{}”: it has a broken %-escape.", quote(part))
            }
            Notice::FutureVersion { version } => write!(
                f,
                "This link was made by a newer version of the widget (v{}); settings this version does not know were ignored.",
                quote(version)
            ),
            Notice::BadFragment { fragment } => write!(
                f,
                "Ignored “#{}” at the end of the link: the only thing this widget reads after # is scenario=.",
                quote(fragment)
            ),
            Notice::FragmentTooLong { len } => write!(
                f,
                "The scenario in the link was too long to read ({} characters), so the built-in one is shown.",
                with_thousands(u32::try_from(*len).unwrap_or(u32::MAX))
            ),
            Notice::BadPackedScenario { value } => write!(
                f,
                "Ignored scenario=“{}”: expected deflate. and then base64url (letters, digits, - and _).",
                quote(value)
            ),
            Notice::BadInlineScenario { value } => {
                write!(f, "Ignored scenario=“{}”: expected JSON written with encodeURIComponent.", quote(value))
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
