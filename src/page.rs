//! Build-time rewriting of the staged `index.html` (native only; used by the `postbuild` hook).
//!
//! Trunk injects its loader as an inline module script, which a strict Content-Security-Policy
//! (`script-src 'self'`) refuses. This moves it into a file of its own, named by its content.

/// The staged page after moving Trunk's inline loader out, and the loader file to write beside it.
#[derive(Debug, PartialEq, Eq)]
pub struct ExternalLoader {
    pub html: String,
    pub file_name: String,
    pub script: String,
}

/// Finds the first inline `<script>` (one without `src`) and replaces it with a module script
/// that loads the same code from a file. `None` when the page has no inline script.
pub fn externalize_loader(html: &str) -> Option<ExternalLoader> {
    let mut from = 0;
    while let Some(offset) = html[from..].find("<script") {
        let open = from + offset;
        let open_end = open + html[open..].find('>')?;
        let close = open_end + html[open_end..].find("</script>")?;
        let tag = &html[open..open_end];
        if tag.contains("src=") {
            from = close;
            continue;
        }
        let script = html[open_end + 1..close].trim().to_string();
        let file_name = format!("boot-{:016x}.js", fnv1a(script.as_bytes()));
        let html = format!(
            "{}<script type=\"module\" src=\"./{file_name}\"></script>{}",
            &html[..open],
            &html[close + "</script>".len()..]
        );
        return Some(ExternalLoader { html, file_name, script });
    }
    None
}

/// A small, stable content hash for cache-busting file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAGED: &str = "<head><link rel=modulepreload href=./app.js><script type=module>\nimport init from './app.js';\nawait init({ module_or_path: './app_bg.wasm' });\n</script></head><body><div id=app></div></body>";

    #[test]
    fn the_inline_loader_moves_to_a_file_and_the_page_loads_it_by_src() {
        let out = externalize_loader(STAGED).unwrap();
        assert!(!out.html.contains("import init"));
        assert!(out.html.contains(&format!("<script type=\"module\" src=\"./{}\"></script></head>", out.file_name)));
        assert!(out.script.starts_with("import init from './app.js';"));
        assert!(out.file_name.starts_with("boot-") && out.file_name.ends_with(".js"));
    }

    #[test]
    fn the_file_name_follows_the_content() {
        let a = externalize_loader(STAGED).unwrap();
        let b = externalize_loader(&STAGED.replace("app_bg", "app2_bg")).unwrap();
        assert_eq!(a.file_name, externalize_loader(STAGED).unwrap().file_name);
        assert_ne!(a.file_name, b.file_name);
    }

    #[test]
    fn pages_without_inline_scripts_are_left_alone() {
        assert_eq!(externalize_loader("<script src=\"./x.js\"></script><p>hi</p>"), None);
        assert_eq!(externalize_loader("<p>no scripts</p>"), None);
    }
}
