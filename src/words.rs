//! Words and numbers as the widget writes them: thousands separators, a stranger's text cut short
//! for a notice, and text made safe inside markup. A leaf: it imports nothing of the crate, so any
//! module may use it.

/// How much of a stranger's text a notice repeats.
const QUOTE_LEN: usize = 40;

/// 20000 -> "20,000".
pub fn with_thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A stranger's text, cut short for a notice.
pub fn quote(text: &str) -> String {
    if text.chars().count() <= QUOTE_LEN {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(QUOTE_LEN).collect();
        cut.push('…');
        cut
    }
}

/// Text made safe to write into HTML or SVG, in an element or a quoted attribute.
pub fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated_by_commas() {
        assert_eq!(with_thousands(1), "1");
        assert_eq!(with_thousands(999), "999");
        assert_eq!(with_thousands(1_000), "1,000");
        assert_eq!(with_thousands(100_000), "100,000");
        assert_eq!(with_thousands(u32::MAX), "4,294,967,295");
    }

    #[test]
    fn a_long_stranger_text_is_cut_at_forty_characters_with_an_ellipsis() {
        assert_eq!(quote("short"), "short");
        let long = "é".repeat(50);
        assert_eq!(quote(&long), format!("{}…", "é".repeat(40)));
    }

    #[test]
    fn markup_characters_are_escaped_and_ampersands_first() {
        assert_eq!(escape_markup(r#"<b a="x">&amp;</b>"#), "&lt;b a=&quot;x&quot;&gt;&amp;amp;&lt;/b&gt;");
    }
}
