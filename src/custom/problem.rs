//! What can be wrong with a scenario file, as data. The reader collects these; they become a
//! writer's sentences only in `Display`, where each names the field it is about.

use std::fmt;

use super::{FORMAT, MAX_BYTES};
use crate::format::{cut_short, with_thousands};
use crate::scale::{MAX_PEOPLE, MIN_PEOPLE};

/// One mistake in a scenario file. `path` is where it is, such as `responsibilities[3].at`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is longer than `MAX_BYTES`; it is not parsed at all.
    TooLong {
        bytes: usize,
    },
    /// The text is not JSON; the parser's own reason.
    NotJson {
        reason: String,
    },
    /// Nested deeper than `json::MAX_DEPTH`.
    TooDeep,
    /// The document's shape: a field missing, unknown, or of the wrong kind (`message` is already
    /// in a writer's words). No `path` means the whole document.
    Shape {
        path: Option<String>,
        message: String,
    },
    /// A `format` this build does not read.
    Format {
        found: u64,
    },
    /// A list longer than its limit.
    TooMany {
        field: &'static str,
        count: usize,
        max: usize,
    },
    /// No responsibilities at all.
    NoResponsibilities,
    /// A name or text that is only spaces.
    Empty {
        path: String,
    },
    /// A name or text over its limit.
    TooManyChars {
        path: String,
        chars: usize,
        max: usize,
    },
    ControlCharacter {
        path: String,
    },
    /// A role named twice (ignoring case).
    DuplicateRole {
        path: String,
        name: String,
    },
    /// A responsibility named twice (ignoring case).
    DuplicateResponsibility {
        path: String,
        name: String,
    },
    /// A `family` that is not one of the colours.
    UnknownFamily {
        path: String,
        found: String,
        expected: String,
    },
    /// A responsibility with a `role` and no `at`.
    RoleWithoutSize {
        path: String,
    },
    /// A responsibility with an `at` and no `role`.
    SizeWithoutRole {
        path: String,
    },
    /// A responsibility's `role` that is not among the roles.
    UnknownRole {
        path: String,
        found: String,
        roles: Vec<String>,
    },
    /// An `at` outside the slider's range.
    SizeOutOfRange {
        path: String,
    },
    /// A role that takes no responsibility.
    RoleUnused {
        path: String,
        name: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::TooLong { bytes } => write!(
                f,
                "The scenario is {} bytes long; the most this widget reads is {}.",
                with_thousands(u32::try_from(*bytes).unwrap_or(u32::MAX)),
                with_thousands(MAX_BYTES as u32)
            ),
            Problem::NotJson { reason } => write!(f, "The scenario is not valid JSON: {reason}."),
            Problem::TooDeep => write!(
                f,
                "The scenario is nested more than {} levels deep; a scenario needs four.",
                super::json::MAX_DEPTH
            ),
            Problem::Shape { path: Some(path), message } if !path.is_empty() => write!(f, "At {path}: {message}."),
            Problem::Shape { message, .. } => write!(f, "In the scenario: {message}."),
            Problem::Format { found } => {
                write!(f, "At format: {found} is not a format this widget reads; it reads format {FORMAT}.")
            }
            Problem::TooMany { field, count, max } => write!(f, "At {field}: there are {count}; the most is {max}."),
            Problem::NoResponsibilities => {
                f.write_str("At responsibilities: there are none; a scenario needs at least one.")
            }
            Problem::Empty { path } => write!(f, "At {path}: it is empty."),
            Problem::TooManyChars { path, chars, max } => {
                write!(f, "At {path}: {chars} characters; the most is {max}.")
            }
            Problem::ControlCharacter { path } => write!(f, "At {path}: it contains a control character."),
            Problem::DuplicateRole { path, name } => write!(f, "At {path}: “{name}” is already a role."),
            Problem::DuplicateResponsibility { path, name } => {
                write!(f, "At {path}: “{name}” is already a responsibility.")
            }
            Problem::UnknownFamily { path, found, expected } => {
                write!(f, "At {path}: found “{}”; expected {expected}.", cut_short(found))
            }
            Problem::RoleWithoutSize { path } => {
                write!(f, "At {path}: it names a role but no \"at\", the company size at which the role takes it.")
            }
            Problem::SizeWithoutRole { path } => write!(f, "At {path}: it has an \"at\" but no \"role\" to take it."),
            Problem::UnknownRole { path, found, roles } => write!(
                f,
                "At {path}: “{}” is not one of the roles ({}).",
                cut_short(found),
                if roles.is_empty() { "there are none".to_string() } else { roles.join(", ") }
            ),
            Problem::SizeOutOfRange { path } => write!(
                f,
                "At {path}: expected a company size from {MIN_PEOPLE} to {} people.",
                with_thousands(MAX_PEOPLE)
            ),
            Problem::RoleUnused { path, name } => write!(f, "At {path}: “{name}” takes no responsibility."),
        }
    }
}
