//! A parsed JSON value, and the few readers the scenario format needs over it (text, a whole
//! number, a list, an object with known keys), each naming the path of what it found wrong in
//! words a writer understands.
//!
//! Why readers by hand rather than serde's derive: this code runs only in the extras module, so
//! its size is not the reason (the first load never holds it). The reason is the messages. A
//! writer is told which field is wrong and why, by its path (`responsibilities[3].at`) and in
//! plain words, and every problem is listed, not just the first; serde's derive stops at the
//! first error and words it for programmers ("invalid type: string, expected u32 at line 1
//! column 40"), and the tests hold the writer's messages word for word
//! (`docs/custom-scenarios.md`). In the browser, `JSON.parse` (already there) parses, and `Json`
//! holds the result; natively serde_json parses, so the tests read text through the same `Json`
//! and see the same messages.

use std::fmt;

use super::Problem;
use crate::format::cut_short;

/// Deeper nesting is refused before the readers see it. A scenario needs four levels: the scenario,
/// a list, an item, a name.
pub const MAX_DEPTH: usize = 8;

/// What `JSON.parse` returns. Numbers are whole (and exact) or not: no scenario field takes
/// fractions, so none are kept, and no float formatting ships.
#[derive(Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Whole(i64),
    /// A fraction, or a whole number too large to be exact.
    Inexact,
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// The largest whole number a JavaScript number holds exactly: 2^53 - 1.
#[cfg(not(target_arch = "wasm32"))]
const MAX_EXACT: i64 = (1 << 53) - 1;

fn not_json(reason: String) -> Problem {
    Problem::NotJson { reason }
}

impl Json {
    /// Parses JSON text with serde_json; `Err` says why not, in a sentence.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(text: &str) -> Result<Json, Problem> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| not_json(e.to_string()))?;
        Json::from_value(&value, 1)
    }

    /// `depth` counts levels from 1, the whole document.
    #[cfg(not(target_arch = "wasm32"))]
    fn from_value(value: &serde_json::Value, depth: usize) -> Result<Json, Problem> {
        use serde_json::Value;
        if depth > MAX_DEPTH {
            return Err(Problem::TooDeep);
        }
        Ok(match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(n), _) if (-MAX_EXACT..=MAX_EXACT).contains(&n) => Json::Whole(n),
                (None, Some(f)) if f.fract() == 0.0 && f.abs() <= MAX_EXACT as f64 => Json::Whole(f as i64),
                _ => Json::Inexact,
            },
            Value::String(s) => Json::Text(s.clone()),
            Value::Array(items) => {
                Json::List(items.iter().map(|v| Json::from_value(v, depth + 1)).collect::<Result<_, _>>()?)
            }
            Value::Object(entries) => Json::Object(
                entries
                    .iter()
                    .map(|(k, v)| Ok((k.clone(), Json::from_value(v, depth + 1)?)))
                    .collect::<Result<_, Problem>>()?,
            ),
        })
    }

    /// Parses JSON text with the browser's own `JSON.parse`; `Err` says why not, in a sentence.
    #[cfg(target_arch = "wasm32")]
    pub fn parse(text: &str) -> Result<Json, Problem> {
        use wasm_bindgen::JsCast;
        let value = js_sys::JSON::parse(text).map_err(|e| {
            not_json(e.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default())
        })?;
        Json::from_js(&value, 1)
    }

    /// `depth` counts levels from 1, the whole document.
    #[cfg(target_arch = "wasm32")]
    fn from_js(value: &wasm_bindgen::JsValue, depth: usize) -> Result<Json, Problem> {
        use js_sys::{Array, Number, Object};
        use wasm_bindgen::JsCast;
        if depth > MAX_DEPTH {
            return Err(Problem::TooDeep);
        }
        Ok(if value.is_null() {
            Json::Null
        } else if let Some(b) = value.as_bool() {
            Json::Bool(b)
        } else if let Some(n) = value.as_f64() {
            if Number::is_safe_integer(value) {
                Json::Whole(n as i64)
            } else {
                Json::Inexact
            }
        } else if let Some(s) = value.as_string() {
            Json::Text(s)
        } else if Array::is_array(value) {
            let items = value.unchecked_ref::<Array>();
            Json::List(items.iter().map(|v| Json::from_js(&v, depth + 1)).collect::<Result<_, _>>()?)
        } else {
            // JSON.parse makes nothing else: this is a plain object.
            let entries = Object::entries(value.unchecked_ref());
            Json::Object(
                entries
                    .iter()
                    .map(|entry| {
                        let pair = entry.unchecked_into::<Array>();
                        Ok((pair.get(0).as_string().unwrap_or_default(), Json::from_js(&pair.get(1), depth + 1)?))
                    })
                    .collect::<Result<_, Problem>>()?,
            )
        })
    }
}

/// Where a value sits in the document: `responsibilities[3].at`.
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// What was found where the format wants something else, in a writer's words.
fn found(value: &Json) -> String {
    match value {
        Json::Null => "null".to_string(),
        Json::Bool(b) => b.to_string(),
        Json::Whole(n) => format!("the number {n}"),
        Json::Inexact => "a number with a fraction, or too large".to_string(),
        Json::Text(s) => format!("the text “{}”", cut_short(s)),
        Json::List(_) => "a list".to_string(),
        Json::Object(_) => "an object".to_string(),
    }
}

/// A problem with the document's shape at `path` (the whole document: no path).
fn shape(path: &Path, message: String) -> Problem {
    let path = path.to_string();
    Problem::Shape { path: (!path.is_empty()).then_some(path), message }
}

fn wrong(value: &Json, path: &Path, expected: &str) -> Problem {
    shape(path, format!("found {}; expected {expected}", found(value)))
}

/// Text, as the format's names and captions are.
pub fn text(value: &Json, path: &Path) -> Result<String, Problem> {
    match value {
        Json::Text(text) => Ok(text.clone()),
        _ => Err(wrong(value, path, "text in quotes")),
    }
}

/// A whole number, zero or more.
pub fn whole(value: &Json, path: &Path) -> Result<u64, Problem> {
    match value {
        Json::Whole(n) if *n >= 0 => Ok(*n as u64),
        _ => Err(wrong(value, path, "a whole number")),
    }
}

/// A field that may be left out or be `null`.
pub fn optional<T>(
    value: &Json,
    path: &Path,
    read: impl Fn(&Json, &Path) -> Result<T, Problem>,
) -> Result<Option<T>, Problem> {
    match value {
        Json::Null => Ok(None),
        _ => read(value, path).map(Some),
    }
}

/// A list, each item read by `read` at its own path (`roles[2]`).
pub fn list<T>(
    value: &Json,
    path: &Path,
    read: impl Fn(&Json, &Path) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    let Json::List(items) = value else { return Err(wrong(value, path, "a list in [ ]")) };
    items.iter().enumerate().map(|(i, item)| read(item, &Path::Index(path, i))).collect()
}

/// An object whose keys are `fields`: calls `entry` with each key's place in `fields`, its value and
/// its path, in the document's order. A key not in `fields` is the object's problem.
pub fn object(
    value: &Json,
    path: &Path,
    fields: &[&str],
    mut entry: impl FnMut(usize, &Json, &Path) -> Result<(), Problem>,
) -> Result<(), Problem> {
    let Json::Object(entries) = value else { return Err(wrong(value, path, "an object in { }")) };
    for (key, value) in entries {
        let Some(i) = fields.iter().position(|field| field == key) else {
            return Err(shape(
                path,
                format!("there is no field “{}” here; the fields are {}", cut_short(key), fields.join(", ")),
            ));
        };
        entry(i, value, &Path::Key(path, key))?;
    }
    Ok(())
}

/// A field the object must have, once all its keys are read.
pub fn required<T>(value: Option<T>, field: &str, path: &Path) -> Result<T, Problem> {
    value.ok_or_else(|| shape(path, format!("the field “{field}” is missing")))
}
