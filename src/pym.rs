//! pym.js's child side, as data: which frame pym made (its `childId`), the height the widget
//! tells pym, and the `width` messages pym sends it. Plain Rust and tested natively;
//! `platform::host` posts and hears the messages, only to and from the parent window.
//!
//! pym writes its messages as text: `pymxPYMx<childId>xPYMx<type>xPYMx<value>`. A host page may
//! hold several pym frames, and pym's host script hears them all, so the `childId` it gave this
//! frame is what tells them apart.

/// What separates the parts of a pym message.
const DELIMITER: &str = "xPYMx";
/// The longest `childId` read. pym's own are `pym-0-abcde`, or the id of the host page's element.
const MAX_ID_LEN: usize = 64;

/// The `childId` pym gave this frame, from its address's query string (with or without `?`), if
/// it is one the widget answers to: the first `childId`, in letters, digits and `-_.:` only.
pub fn child_id(query: &str) -> Option<&str> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let id = query.split('&').find_map(|part| part.strip_prefix("childId="))?;
    let plain = id.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b));
    (plain && !id.is_empty() && id.len() <= MAX_ID_LEN).then_some(id)
}

/// The message that tells pym this frame's content is `height` pixels tall.
pub fn height_message(child: &str, height: u32) -> String {
    format!("pym{DELIMITER}{child}{DELIMITER}height{DELIMITER}{height}")
}

/// The width in a `width` message pym sent this frame (`child`), or `None` for any other text:
/// another frame's, another type, or a value that is not a width in whole pixels.
pub fn width(child: &str, message: &str) -> Option<u32> {
    let rest = message.strip_prefix("pym")?.strip_prefix(DELIMITER)?.strip_prefix(child)?;
    let value = rest.strip_prefix(DELIMITER)?.strip_prefix("width")?.strip_prefix(DELIMITER)?;
    let digits = !value.is_empty() && value.len() <= 6 && value.bytes().all(|b| b.is_ascii_digit());
    if !digits {
        return None;
    }
    value.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_child_id_is_read_as_pym_writes_it() {
        let query = "?v=1&people=800&embed=1&initialWidth=375&childId=pym-0-x1b2c&parentTitle=A%20story\
                     &parentUrl=https%3A%2F%2Fnews.example%2F";
        assert_eq!(child_id(query), Some("pym-0-x1b2c"));
        assert_eq!(child_id("childId=graphic&childId=other"), Some("graphic"));
        assert_eq!(child_id("childId=ns:graphic_2.v1"), Some("ns:graphic_2.v1"));
        for query in [
            "",
            "people=800",
            "childId=",
            "childid=graphic",
            "xchildId=graphic",
            "childId=a%20b",
            "childId=<script>",
            "childId=a\"b",
            &format!("childId={}", "a".repeat(MAX_ID_LEN + 1)),
        ] {
            assert_eq!(child_id(query), None, "{query}");
        }
    }

    #[test]
    fn the_height_goes_out_in_pym_s_format() {
        assert_eq!(height_message("graphic", 912), "pymxPYMxgraphicxPYMxheightxPYMx912");
    }

    #[test]
    fn only_a_width_message_to_this_frame_in_pym_s_exact_format_is_read() {
        assert_eq!(width("graphic", "pymxPYMxgraphicxPYMxwidthxPYMx375"), Some(375));
        assert_eq!(width("graphic", "pymxPYMxgraphicxPYMxwidthxPYMx0"), Some(0));
        for message in [
            "",
            "pym",
            "pymxPYMxgraphicxPYMxwidthxPYMx",
            "pymxPYMxgraphicxPYMxwidthxPYMx375px",
            "pymxPYMxgraphicxPYMxwidthxPYMx-375",
            "pymxPYMxgraphicxPYMxwidthxPYMx3.5",
            "pymxPYMxgraphicxPYMxwidthxPYMx1e3",
            "pymxPYMxgraphicxPYMxwidthxPYMx 375",
            "pymxPYMxgraphicxPYMxwidthxPYMx375\n",
            "pymxPYMxgraphicxPYMxwidthxPYMx9999999",
            "pymxPYMxgraphicxPYMxwidthxPYMx375xPYMx1",
            "pymxPYMxgraphicxPYMxwidth",
            "pymxPYMxgraphicxPYMxheightxPYMx375",
            "pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1 2 3 4 5 6",
            "pymxPYMxgraphic2xPYMxwidthxPYMx375",
            "pymxPYMxgraphxPYMxwidthxPYMx375",
            "pymxPYMxxPYMxwidthxPYMx375",
            "PYMxPYMxgraphicxPYMxwidthxPYMx375",
            "pymxpymxgraphicxPYMxwidthxPYMx375",
            " pymxPYMxgraphicxPYMxwidthxPYMx375",
            "xpymxPYMxgraphicxPYMxwidthxPYMx375",
            "pymxPYMxgraphicxPYMxWIDTHxPYMx375",
            "{\"type\":\"width\",\"value\":375}",
        ] {
            assert_eq!(width("graphic", message), None, "{message:?}");
        }
    }
}
