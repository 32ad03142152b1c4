//! How the widget writes things, apart from what it says (`text`): thousands separators, a
//! stranger's text cut short for a notice, text made safe inside markup, and the words that name a
//! closed set of values in links and scenario files. A leaf: it imports nothing of the crate, so
//! any module may use it.

/// How much of a stranger's text a notice repeats.
const CUT_SHORT_LEN: usize = 40;

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
pub fn cut_short(text: &str) -> String {
    if text.chars().count() <= CUT_SHORT_LEN {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(CUT_SHORT_LEN).collect();
        cut.push('…');
        cut
    }
}

/// Text made safe to write into HTML or SVG, in an element or a quoted attribute.
pub fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The words of some markup as a reader reads them: the tags left out, and `escape_markup`'s
/// escapes read back. For checking what generated markup says.
pub fn words_of_markup(markup: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in markup.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// A closed set of values that links and scenario files write as words: a function ("product"), a
/// company type ("b2b-saas"), a theme ("dark"), a background, a family of roles, a yes/no flag.
/// Reading, writing and the "expected a, b or c" of a notice all come from `ALL` and `token`.
pub trait Token: Copy + PartialEq + 'static {
    /// Every value, in the order a notice lists them.
    const ALL: &'static [Self];

    /// How a link or a scenario file writes this value.
    fn token(self) -> &'static str;

    /// The value written as `text`, if there is one.
    fn from_token(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.token() == text)
    }

    /// What may be written instead of something unknown: "auto, light or dark".
    fn choices() -> String {
        or_list(&Self::ALL.iter().map(|value| value.token()).collect::<Vec<_>>())
    }
}

/// "a, b or c". One copy for every `Token`, rather than one each.
fn or_list(words: &[&str]) -> String {
    let mut out = String::new();
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == words.len() { " or " } else { ", " });
        }
        out.push_str(word);
    }
    out
}

/// How a link writes a yes/no option: 1 or 0.
impl Token for bool {
    const ALL: &'static [bool] = &[true, false];

    fn token(self) -> &'static str {
        if self {
            "1"
        } else {
            "0"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_words_read_back_as_written_and_tags_are_left_out() {
        for text in ["R&D <b>bold</b> \"quoted\" & 1 < 2 > 0", "&amp; written out", "plain"] {
            assert_eq!(words_of_markup(&escape_markup(text)), text);
        }
        assert_eq!(words_of_markup(r#"<li><span class="tag">both</span> Design &amp; QA</li>"#), "both Design & QA");
    }

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
        assert_eq!(cut_short("short"), "short");
        let long = "é".repeat(50);
        assert_eq!(cut_short(&long), format!("{}…", "é".repeat(40)));
    }

    #[test]
    fn a_flag_is_written_1_or_0_and_lists_its_choices() {
        assert_eq!((true.token(), false.token()), ("1", "0"));
        assert_eq!(bool::from_token("1"), Some(true));
        assert_eq!(bool::from_token("yes"), None);
        assert_eq!(bool::choices(), "1 or 0");
    }

    #[test]
    fn markup_characters_are_escaped_and_ampersands_first() {
        assert_eq!(escape_markup(r#"<b a="x">&amp;</b>"#), "&lt;b a=&quot;x&quot;&gt;&amp;amp;&lt;/b&gt;");
    }
}
