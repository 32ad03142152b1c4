//! Custom scenarios: another writer's function, as JSON.
//!
//! The format is the types below (documented for writers in `docs/custom-scenarios.md`, with a
//! sample in `scenarios/`), read field by field from the parsed JSON (`json`). Reading is total:
//! text either becomes a `Scenario` or a list of plain-language problems, each starting with the
//! path of the field it is about, such as `responsibilities[3].at`. Limits on size, counts and
//! lengths come first, so hostile input can neither freeze the page nor fill its memory.
//!
//! The text is parsed by serde_json natively and by the browser's own `JSON.parse` in the
//! extras module, and read field by field by hand, for messages a writer understands; `json`
//! says why.

use std::borrow::Cow;
use std::rc::Rc;

use crate::format::{with_thousands, Token};
use crate::scale::{Headcount, Stage};
use crate::scenario::{CustomWords, Family, Origin, Peel, Responsibility, RoleId, Scenario, SpecialistRole, Text};

/// The format this build reads. A file with a larger number comes from a newer widget.
pub const FORMAT: u32 = 1;
/// Longer text is not parsed at all.
pub const MAX_BYTES: usize = 16 * 1024;
/// How long a scenario file may take to arrive.
pub const FETCH_TIMEOUT_MS: u32 = 10_000;

/// Why the text of a linked scenario could not be had: the file could not be fetched, or the
/// packed scenario could not be unpacked. The extras module finds these out (`platform::scenario_text`) and
/// sends the words back as the answer's problem (`check_loaded`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The page has no window or no address to resolve the path against.
    NoPage,
    /// The path does not make an address.
    NotAPath,
    /// The path leads to another site.
    NotOnThisSite,
    /// Nothing arrived within `FETCH_TIMEOUT_MS`.
    TimedOut,
    /// The request failed (no answer, a redirect, the network).
    Unreachable { path: String },
    /// The server answered, but not with the file.
    Status { status: u16, path: String },
    /// The answer has no body to read.
    Unreadable { path: String },
    /// The text is longer than `MAX_BYTES` (or unpacks to more).
    TooLong { unpacked: bool },
    /// The packed text is not base64url DEFLATE data.
    NotPacked,
    /// The browser has no way to unpack it.
    CannotUnpack,
    /// The bytes are not UTF-8 text.
    NotText,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NoPage => f.write_str("The page has no address."),
            LoadError::NotAPath => f.write_str("It is not a valid path."),
            LoadError::NotOnThisSite => f.write_str("It is not on this site."),
            LoadError::TimedOut => write!(f, "It did not arrive within {} seconds.", FETCH_TIMEOUT_MS / 1000),
            LoadError::Unreachable { path } => write!(f, "It could not be fetched from {path}."),
            LoadError::Status { status, path } => write!(f, "The server answered {status} for {path}."),
            LoadError::Unreadable { path } => write!(f, "{path} could not be read."),
            LoadError::TooLong { unpacked } => write!(
                f,
                "{} {} bytes long, the most this widget reads.",
                if *unpacked { "It unpacks to over" } else { "It is over" },
                with_thousands(MAX_BYTES as u32)
            ),
            LoadError::NotPacked => f.write_str("The scenario in the link is not DEFLATE data in base64url."),
            LoadError::CannotUnpack => f.write_str("This browser cannot unpack a packed scenario."),
            LoadError::NotText => f.write_str("It is not UTF-8 text."),
        }
    }
}
pub const MAX_RESPONSIBILITIES: usize = 24;
pub const MAX_ROLES: usize = 24;
/// Names of the function, the holder, responsibilities and roles.
pub const MAX_NAME_CHARS: usize = 60;
/// The title, the lede and each caption.
pub const MAX_TEXT_CHARS: usize = 300;
/// At most this many problems are listed; a writer fixes those and tries again.
pub const MAX_PROBLEMS: usize = 5;

/// A scenario file, as read: the JSON keys are in `FILE_FIELDS`, in this order.
struct File {
    format: u64,
    /// The function, as the picker and the announcements name it: "Design".
    name: String,
    /// Short name of the person who starts with all the work: "designer".
    holder: String,
    /// Their title on their card: "Founding designer".
    holder_title: String,
    title: Option<String>,
    lede: Option<String>,
    roles: Vec<RoleFile>,
    responsibilities: Vec<ResponsibilityFile>,
    captions: Captions,
    /// Optional later titles for the holder, each from its stage on: "holder_titles":
    /// {"series-b": "Design lead"}.
    holder_titles: Captions,
}

const FILE_FIELDS: &[&str] = &[
    "format",
    "name",
    "holder",
    "holder_title",
    "title",
    "lede",
    "roles",
    "responsibilities",
    "captions",
    "holder_titles",
];

struct RoleFile {
    name: String,
    /// Its colour: design, engineering, go-to-market (the default) or data-ops.
    family: Option<String>,
}

const ROLE_FIELDS: &[&str] = &["name", "family"];

struct ResponsibilityFile {
    name: String,
    /// The role that takes it over; none means it stays with the holder at every size.
    role: Option<String>,
    /// The company size at which that happens.
    at: Option<u64>,
}

const RESPONSIBILITY_FIELDS: &[&str] = &["name", "role", "at"];

/// One text per stage, each optional, keyed by the stage's slug (`series-b`), in `Stage::ALL`
/// order: captions, or later titles.
#[derive(Default)]
struct Captions([Option<String>; 7]);

impl Captions {
    /// Each stage, in order, with its text if the file gives one.
    fn by_stage(&self) -> impl Iterator<Item = (Stage, Option<&String>)> {
        Stage::ALL.into_iter().zip(self.0.iter().map(Option::as_ref))
    }

    fn read(value: &Json, path: &Path) -> Result<Captions, Problem> {
        let slugs = Stage::ALL.map(Stage::slug);
        let mut captions = Captions::default();
        json::object(value, path, &slugs, |i, value, path| {
            captions.0[i] = json::optional(value, path, json::text)?;
            Ok(())
        })?;
        Ok(captions)
    }
}

mod json;
mod problem;
pub mod wire;
use json::{Json, Path};
pub use problem::Problem;

impl File {
    /// Reads the file's fields in the document's order, as a writer reads it: the first thing
    /// wrong is the one named, at its path.
    fn read(value: &Json) -> Result<File, Problem> {
        let root = &Path::Root;
        let (mut format, mut name, mut holder, mut holder_title) = (None, None, None, None);
        let (mut title, mut lede, mut roles, mut responsibilities) = (None, None, None, None);
        let (mut captions, mut holder_titles) = (Captions::default(), Captions::default());
        json::object(value, root, FILE_FIELDS, |i, value, path| {
            match i {
                0 => format = Some(json::whole(value, path)?),
                1 => name = Some(json::text(value, path)?),
                2 => holder = Some(json::text(value, path)?),
                3 => holder_title = Some(json::text(value, path)?),
                4 => title = json::optional(value, path, json::text)?,
                5 => lede = json::optional(value, path, json::text)?,
                6 => roles = Some(json::list(value, path, RoleFile::read)?),
                7 => responsibilities = Some(json::list(value, path, ResponsibilityFile::read)?),
                8 => captions = Captions::read(value, path)?,
                _ => holder_titles = Captions::read(value, path)?,
            }
            Ok(())
        })?;
        Ok(File {
            format: json::required(format, "format", root)?,
            name: json::required(name, "name", root)?,
            holder: json::required(holder, "holder", root)?,
            holder_title: json::required(holder_title, "holder_title", root)?,
            title,
            lede,
            roles: json::required(roles, "roles", root)?,
            responsibilities: json::required(responsibilities, "responsibilities", root)?,
            captions,
            holder_titles,
        })
    }
}

impl RoleFile {
    fn read(value: &Json, path: &Path) -> Result<RoleFile, Problem> {
        let (mut name, mut family) = (None, None);
        json::object(value, path, ROLE_FIELDS, |i, value, at| {
            match i {
                0 => name = Some(json::text(value, at)?),
                _ => family = json::optional(value, at, json::text)?,
            }
            Ok(())
        })?;
        Ok(RoleFile { name: json::required(name, "name", path)?, family })
    }
}

impl ResponsibilityFile {
    fn read(value: &Json, path: &Path) -> Result<ResponsibilityFile, Problem> {
        let (mut name, mut role, mut at) = (None, None, None);
        json::object(value, path, RESPONSIBILITY_FIELDS, |i, value, field| {
            match i {
                0 => name = Some(json::text(value, field)?),
                1 => role = json::optional(value, field, json::text)?,
                _ => at = json::optional(value, field, json::whole)?,
            }
            Ok(())
        })?;
        Ok(ResponsibilityFile { name: json::required(name, "name", path)?, role, at })
    }
}

/// Reads a scenario from JSON text, or says what is wrong with it.
pub fn from_json(text: &str) -> Result<Scenario, Vec<Problem>> {
    // Editors on Windows may start a file with a byte-order mark, which JSON parsers refuse.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() > MAX_BYTES {
        return Err(vec![Problem::TooLong { bytes: text.len() }]);
    }
    let file = parse(text).map_err(|problem| vec![problem])?;
    validate(file)
}

/// What the extras module answers for a scenario's text (`wire`): the checked scenario, or its
/// problems in the reader's words.
pub fn check(text: &str) -> String {
    match from_json(text) {
        Ok(scenario) => wire::scenario(&scenario),
        Err(problems) => wire::problems(&problems.iter().map(Problem::to_string).collect::<Vec<_>>()),
    }
}

/// What the extras module answers for a scenario it was sent to get: `check` of its text, or,
/// when the text could not be had, why not, as the answer's one problem.
pub fn check_loaded(text: Result<String, LoadError>) -> String {
    match text {
        Ok(text) => check(&text),
        Err(why) => wire::problems(&[why.to_string()]),
    }
}

/// Parses JSON text into a `File`, through `Json`.
fn parse(text: &str) -> Result<File, Problem> {
    File::read(&Json::parse(text)?)
}

/// A name or text field: trimmed, not empty, not too long, no control characters.
fn text(path: &str, value: &str, max: usize, problems: &mut Vec<Problem>) -> Text {
    let value = value.trim();
    let chars = value.chars().count();
    let path = path.to_string();
    if value.is_empty() {
        problems.push(Problem::Empty { path });
    } else if chars > max {
        problems.push(Problem::TooManyChars { path, chars, max });
    } else if value.chars().any(char::is_control) {
        problems.push(Problem::ControlCharacter { path });
    }
    Cow::Owned(value.to_string())
}

fn validate(file: File) -> Result<Scenario, Vec<Problem>> {
    let mut problems = Vec::new();
    if file.format != u64::from(FORMAT) {
        return Err(vec![Problem::Format { found: file.format }]);
    }
    for (field, count, max) in [
        ("roles", file.roles.len(), MAX_ROLES),
        ("responsibilities", file.responsibilities.len(), MAX_RESPONSIBILITIES),
    ] {
        if count > max {
            problems.push(Problem::TooMany { field, count, max });
        }
    }
    if file.responsibilities.is_empty() {
        problems.push(Problem::NoResponsibilities);
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let name = text("name", &file.name, MAX_NAME_CHARS, &mut problems);
    let holder = text("holder", &file.holder, MAX_NAME_CHARS, &mut problems);
    let holder_title = text("holder_title", &file.holder_title, MAX_NAME_CHARS, &mut problems);
    let title = match &file.title {
        Some(title) => text("title", title, MAX_TEXT_CHARS, &mut problems),
        None => format!("How the {holder}'s job peels apart as the company grows").into(),
    };
    let lede = match &file.lede {
        Some(lede) => text("lede", lede, MAX_TEXT_CHARS, &mut problems),
        None => format!(
            "At a small start up the {holder} does everything. As the company grows, specialists take \
             the work over one piece at a time, and the {holder} keeps the connections."
        )
        .into(),
    };

    let mut roles: Vec<SpecialistRole> = Vec::new();
    for (i, role) in file.roles.iter().enumerate() {
        let path = format!("roles[{i}].name");
        let name = text(&path, &role.name, MAX_NAME_CHARS, &mut problems);
        // Ids by position: any text makes a name, and none can collide with another's id.
        let id = format!("custom-role-{i}");
        if roles.iter().any(|r| r.name.eq_ignore_ascii_case(&name)) {
            problems.push(Problem::DuplicateRole { path: path.clone(), name: name.to_string() });
        }
        let family = match role.family.as_deref() {
            None => Family::GoToMarket,
            Some(asked) => Family::from_token(asked).unwrap_or_else(|| {
                problems.push(Problem::UnknownFamily {
                    path: format!("roles[{i}].family"),
                    found: asked.to_string(),
                    expected: Family::choices(),
                });
                Family::GoToMarket
            }),
        };
        roles.push(SpecialistRole { id: id.into(), name, family });
    }

    let mut responsibilities: Vec<Responsibility> = Vec::new();
    for (i, r) in file.responsibilities.iter().enumerate() {
        let path = format!("responsibilities[{i}]");
        let name = text(&format!("{path}.name"), &r.name, MAX_NAME_CHARS, &mut problems);
        let id = format!("custom-work-{i}");
        if responsibilities.iter().any(|other| other.name.eq_ignore_ascii_case(&name)) {
            problems.push(Problem::DuplicateResponsibility { path: format!("{path}.name"), name: name.to_string() });
        }
        let peel = match (&r.role, r.at) {
            (None, None) => None,
            (Some(_), None) => {
                problems.push(Problem::RoleWithoutSize { path: path.clone() });
                None
            }
            (None, Some(_)) => {
                problems.push(Problem::SizeWithoutRole { path: path.clone() });
                None
            }
            (Some(role), Some(at)) => {
                let index = roles.iter().position(|known| known.name == role.trim());
                if index.is_none() {
                    problems.push(Problem::UnknownRole {
                        path: format!("{path}.role"),
                        found: role.clone(),
                        roles: roles.iter().map(|r| r.name.to_string()).collect(),
                    });
                }
                let at = u32::try_from(at).ok().and_then(Headcount::new);
                if at.is_none() {
                    problems.push(Problem::SizeOutOfRange { path: format!("{path}.at") });
                }
                index.zip(at).map(|(role, at)| Peel { role: RoleId::new(role), at })
            }
        };
        responsibilities.push(Responsibility { id: id.into(), name, peel });
    }
    for (i, role) in roles.iter().enumerate() {
        if !responsibilities.iter().any(|r| r.peel.is_some_and(|p| p.role == RoleId::new(i))) && problems.is_empty() {
            problems.push(Problem::RoleUnused { path: format!("roles[{i}]"), name: role.name.to_string() });
        }
    }

    let captions = file
        .captions
        .by_stage()
        .map(|(stage, caption)| {
            caption.map(|caption| text(&format!("captions.{}", stage.slug()), caption, MAX_TEXT_CHARS, &mut problems))
        })
        .collect();
    let later_titles = file
        .holder_titles
        .by_stage()
        .filter_map(|(stage, title)| {
            Some((stage, text(&format!("holder_titles.{}", stage.slug()), title?, MAX_NAME_CHARS, &mut problems)))
        })
        .collect();

    if !problems.is_empty() {
        problems.truncate(MAX_PROBLEMS);
        return Err(problems);
    }
    Ok(Scenario {
        origin: Origin::Custom(Rc::new(CustomWords { name, title, lede, captions })),
        holder,
        holder_title,
        later_titles,
        responsibilities,
        roles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn why_a_scenario_could_not_be_had_is_said_in_a_sentence() {
        assert_eq!(LoadError::TimedOut.to_string(), "It did not arrive within 10 seconds.");
        assert_eq!(
            LoadError::Status { status: 404, path: "/x.json".into() }.to_string(),
            "The server answered 404 for /x.json."
        );
        assert_eq!(
            LoadError::TooLong { unpacked: true }.to_string(),
            "It unpacks to over 16,384 bytes long, the most this widget reads."
        );
        assert_eq!(
            LoadError::TooLong { unpacked: false }.to_string(),
            "It is over 16,384 bytes long, the most this widget reads."
        );
    }
}
