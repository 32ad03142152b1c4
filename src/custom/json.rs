//! A parsed JSON value, and a serde `Deserializer` over it that names the path of every error in
//! words a writer understands.
//!
//! Why not serde_json or serde-wasm-bindgen in the browser: they bring a JSON parser the browser
//! already has (`JSON.parse`), float formatting pulled in by their error messages, and
//! serde_path_to_error (the README's "Size" says what they cost). Here the browser parses,
//! `Json` holds the result, and serde's derive still defines the format. Natively serde_json
//! parses, so the tests read text through the same `Json` and see the same messages.

use std::fmt;

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeSeed, Expected, MapAccess, SeqAccess, Unexpected, Visitor};

use super::Problem;
use crate::words::quote;

/// Deeper nesting is refused before serde sees it. A scenario needs four levels: the scenario,
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

/// A problem with the document, and where it is.
#[derive(Debug)]
pub struct Error {
    path: Option<String>,
    message: String,
}

impl Error {
    /// Puts the error at `path`, unless a deeper path already holds it.
    fn at(mut self, path: &Path) -> Error {
        if self.path.is_none() {
            self.path = Some(path.to_string());
        }
        self
    }
}

impl Error {
    /// The problem as the scenario reader reports it.
    pub fn into_problem(self) -> Problem {
        Problem::Shape { path: self.path, message: self.message }
    }
}

/// serde's bound on its errors; a reader sees the `Problem`, which also says where.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// serde's own names for what it found, in plainer words (and without formatting any float).
fn found(unexpected: Unexpected) -> String {
    match unexpected {
        Unexpected::Bool(b) => format!("{b}"),
        Unexpected::Unsigned(n) => format!("the number {n}"),
        Unexpected::Signed(n) => format!("the number {n}"),
        Unexpected::Str(s) => format!("the text “{}”", quote(s)),
        Unexpected::Unit => "null".to_string(),
        Unexpected::Seq => "a list".to_string(),
        Unexpected::Map => "an object".to_string(),
        Unexpected::Other(other) => other.to_string(),
        _ => "another kind of value".to_string(),
    }
}

/// What serde's derive expects, in plainer words.
fn expected(what: &dyn Expected) -> String {
    let what = what.to_string();
    match what.as_str() {
        "a string" => "text in quotes".to_string(),
        "a sequence" => "a list in [ ]".to_string(),
        _ if what.starts_with("struct ") => "an object in { }".to_string(),
        _ => what,
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Error {
        Error { path: None, message: message.to_string() }
    }

    fn invalid_type(unexpected: Unexpected, what: &dyn Expected) -> Error {
        Error::custom(format_args!("found {}; expected {}", found(unexpected), expected(what)))
    }

    fn invalid_value(unexpected: Unexpected, what: &dyn Expected) -> Error {
        Error::invalid_type(unexpected, what)
    }

    fn missing_field(field: &'static str) -> Error {
        Error::custom(format_args!("the field “{field}” is missing"))
    }

    fn unknown_field(field: &str, fields: &'static [&'static str]) -> Error {
        Error::custom(format_args!("there is no field “{}” here; the fields are {}", quote(field), fields.join(", ")))
    }
}

/// Reads a `Json` into any serde type, keeping track of the path.
pub struct JsonDeserializer<'a> {
    pub value: &'a Json,
    pub path: &'a Path<'a>,
}

impl JsonDeserializer<'_> {
    fn wrong<'de, V: Visitor<'de>, T>(&self, visitor: &V) -> Result<T, Error> {
        let unexpected = match self.value {
            Json::Null => Unexpected::Unit,
            Json::Bool(b) => Unexpected::Bool(*b),
            Json::Whole(n) => Unexpected::Signed(*n),
            Json::Inexact => Unexpected::Other("a number with a fraction, or too large"),
            Json::Text(s) => Unexpected::Str(s),
            Json::List(_) => Unexpected::Seq,
            Json::Object(_) => Unexpected::Map,
        };
        Err(de::Error::invalid_type(unexpected, visitor))
    }
}

/// Each kind of value is read only where the format asks for it (text for names, lists, objects,
/// whole numbers), so serde's derive never sees an unexpected kind, and the WASM carries only the
/// paths the format uses.
impl<'de> de::Deserializer<'de> for JsonDeserializer<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.wrong(&visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Json::Whole(n) if *n >= 0 => visitor.visit_u64(*n as u64),
            _ => self.wrong(&visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Json::Text(s) => visitor.visit_str(s),
            _ => self.wrong(&visitor),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Json::List(items) => visitor.visit_seq(Items { items: items.iter().enumerate(), path: self.path }),
            _ => self.wrong(&visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Json::Object(entries) => {
                visitor.visit_map(Entries { entries: entries.iter(), path: self.path, next: None })
            }
            _ => self.wrong(&visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Json::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u128 f32 f64 char bytes byte_buf unit
        unit_struct newtype_struct tuple tuple_struct map enum ignored_any
    }
}

struct Items<'a> {
    items: std::iter::Enumerate<std::slice::Iter<'a, Json>>,
    path: &'a Path<'a>,
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some((index, value)) = self.items.next() else { return Ok(None) };
        let path = Path::Index(self.path, index);
        seed.deserialize(JsonDeserializer { value, path: &path }).map(Some).map_err(|e| e.at(&path))
    }
}

struct Entries<'a> {
    entries: std::slice::Iter<'a, (String, Json)>,
    path: &'a Path<'a>,
    next: Option<&'a (String, Json)>,
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some(entry) = self.entries.next() else { return Ok(None) };
        self.next = Some(entry);
        // An unknown field is the object's problem: report it at the object's path.
        seed.deserialize(StrDeserializer::<Error>::new(&entry.0)).map(Some).map_err(|e| e.at(self.path))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (key, value) = self.next.take().ok_or_else(|| de::Error::custom("a value without a key"))?;
        let path = Path::Key(self.path, key);
        seed.deserialize(JsonDeserializer { value, path: &path }).map_err(|e| e.at(&path))
    }
}
