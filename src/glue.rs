//! Short names for what a WASM imports from its wasm-bindgen glue, given at build time.
//!
//! wasm-bindgen names each import after what it wraps and a hash (`__wbg_URL_be1237b2083bdfe9`),
//! and writes each name twice: in the WASM's import section, and as a key of the glue's object of
//! imports. A hash does not compress, and the widget imports about 160 functions, so the post-build
//! hook (`src/bin/postbuild.rs`) gives every one a name of a letter or two, in both files.
//! `docs/size.md` says what it saves.

use std::collections::HashMap;
use std::ops::Range;

use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload};

/// The `n`th short name: `a` to `Z`, then `aa`, `ab`… Letters only, so every name is a plain
/// identifier in the glue's object, and none is the object's `__proto__`.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = vec![LETTERS[n % LETTERS.len()]];
    n /= LETTERS.len();
    while n > 0 {
        n -= 1;
        name.insert(0, LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
    }
    String::from_utf8(name).expect("ASCII letters")
}

/// Where `name` stands as a key in the glue: its one occurrence, followed by a colon. `None` when
/// it is not there, is there more than once, or is not a key; the glue is then not one this code
/// knows, and nothing is renamed.
fn key_in(glue: &str, name: &str) -> Option<Range<usize>> {
    let mut found = glue.match_indices(name);
    let (at, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let end = at + name.len();
    let before = glue[..at].chars().next_back();
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let standalone = !before.is_some_and(is_word) && !glue[end..].starts_with(is_word);
    (standalone && glue[end..].trim_start().starts_with(':')).then_some(at..end)
}

/// The WASM and its glue with every function imported from the glue (`module`, as the WASM
/// names it: `./pm-scale-up_bg.js`) renamed to a short name in both. The WASM's other sections are
/// copied byte for byte. An error, and nothing renamed, when the WASM does not parse or the glue
/// does not name an import exactly once, as a key.
pub fn shorten_imports(wasm: &[u8], glue: &str, module: &str) -> Result<(Vec<u8>, String), String> {
    let mut out = Module::new();
    let mut renamed: HashMap<String, String> = HashMap::new();
    let mut keys: Vec<(Range<usize>, String)> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| format!("the WASM does not parse: {e}"))?;
        match payload {
            Payload::ImportSection(reader) => {
                let mut section = ImportSection::new();
                for import in reader.into_imports() {
                    let import = import.map_err(|e| format!("the WASM's imports do not parse: {e}"))?;
                    let ty = RoundtripReencoder.entity_type(import.ty).map_err(|e| e.to_string())?;
                    if import.module != module {
                        section.import(import.module, import.name, ty);
                        continue;
                    }
                    let next = short_name(renamed.len());
                    let short = renamed.entry(import.name.to_string()).or_insert(next).clone();
                    if keys.iter().all(|(_, name)| name != &short) {
                        let key = key_in(glue, import.name).ok_or_else(|| {
                            format!("the glue does not name the import {} once, as a key", import.name)
                        })?;
                        keys.push((key, short.clone()));
                    }
                    section.import(import.module, &short, ty);
                }
                out.section(&section);
            }
            // `Module::new` wrote the header; the code section's functions come with its start.
            Payload::Version { .. } | Payload::CodeSectionEntry(_) | Payload::End(_) => {}
            other => {
                let (id, range) = other.as_section().ok_or("the WASM holds a section this code does not know")?;
                out.section(&RawSection { id, data: &wasm[range] });
            }
        }
    }
    if keys.is_empty() {
        return Err(format!("the WASM imports nothing from {module}"));
    }
    keys.sort_by_key(|(range, _)| range.start);
    let mut shortened = String::with_capacity(glue.len());
    let mut from = 0;
    for (range, short) in keys {
        shortened.push_str(&glue[from..range.start]);
        shortened.push_str(&short);
        from = range.end;
    }
    shortened.push_str(&glue[from..]);
    Ok((out.finish(), shortened))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection, TypeSection};

    const GLUE: &str = "./widget_bg.js";

    /// A module that imports two functions from the glue and one from elsewhere, and exports a
    /// function that calls the second import.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        imports.import(GLUE, "__wbg_log_0123456789abcdef", EntityType::Function(0));
        imports.import(GLUE, "__wbg_now_fedcba9876543210", EntityType::Function(0));
        imports.import("env", "other", EntityType::Function(0));
        let mut functions = FunctionSection::new();
        functions.function(0);
        let mut exports = ExportSection::new();
        exports.export("run", ExportKind::Func, 3);
        let mut code = CodeSection::new();
        let mut body = Function::new([]);
        body.instructions().call(1).end();
        code.function(&body);
        let mut module = Module::new();
        module.section(&types).section(&imports).section(&functions).section(&exports).section(&code);
        module.finish()
    }

    fn imports(wasm: &[u8]) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    let import = import.unwrap();
                    found.push((import.module.to_string(), import.name.to_string()));
                }
            }
        }
        found
    }

    /// Each section but the imports, as its id and bytes.
    fn sections_but_imports(wasm: &[u8]) -> Vec<(u8, Vec<u8>)> {
        Parser::new(0)
            .parse_all(wasm)
            .filter_map(|payload| payload.unwrap().as_section())
            .filter(|(id, _)| *id != wasm_encoder::SectionId::Import as u8)
            .map(|(id, range)| (id, wasm[range].to_vec()))
            .collect()
    }

    const JS: &str = "const imports = { __proto__: null, \"./widget_bg.js\": { __wbg_log_0123456789abcdef: \
                      function(a) { console.log(a) }, __wbg_now_fedcba9876543210:function() { return Date.now() } } };";

    #[test]
    fn renames_each_import_from_the_glue_in_both_files() {
        let (wasm, glue) = shorten_imports(&module(), JS, GLUE).unwrap();
        assert_eq!(
            imports(&wasm),
            [(GLUE.into(), "a".into()), (GLUE.into(), "b".into()), ("env".into(), "other".into())]
        );
        assert_eq!(
            glue,
            "const imports = { __proto__: null, \"./widget_bg.js\": { a: function(a) { console.log(a) }, \
             b:function() { return Date.now() } } };"
        );
        // Still a valid module, with every other section as it was, byte for byte.
        wasmparser::validate(&wasm).unwrap();
        assert_eq!(sections_but_imports(&wasm), sections_but_imports(&module()));
        assert_eq!(sections_but_imports(&wasm).len(), 4);
    }

    #[test]
    fn renames_nothing_when_the_glue_does_not_name_an_import_once_as_a_key() {
        let missing = JS.replace("__wbg_now_fedcba9876543210", "__wbg_now_other");
        let twice = format!("{JS} wasm.__wbg_log_0123456789abcdef;");
        let not_a_key = JS.replace("__wbg_log_0123456789abcdef:", "__wbg_log_0123456789abcdef ;");
        let longer = JS.replace("__wbg_log_0123456789abcdef", "__wbg_log_0123456789abcdefX");
        for glue in [missing, twice, not_a_key, longer] {
            let error = shorten_imports(&module(), &glue, GLUE).unwrap_err();
            assert!(error.contains("does not name the import"), "{error}");
        }
        assert!(shorten_imports(b"\0asm\x01\0\0\0\x02", JS, GLUE).is_err());
        // A glue of another name: its WASM imports nothing from it.
        let error = shorten_imports(&module(), JS, "./other_bg.js").unwrap_err();
        assert!(error.contains("imports nothing from ./other_bg.js"), "{error}");
    }

    #[test]
    fn short_names_are_letters_and_never_repeat() {
        let names: Vec<String> = (0..52 * 53 + 5).map(short_name).collect();
        assert_eq!((names[0].as_str(), names[51].as_str(), names[52].as_str()), ("a", "Z", "aa"));
        assert!(names.iter().all(|name| name.chars().all(|c| c.is_ascii_alphabetic())));
        let unique: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
    }
}
