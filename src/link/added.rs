//! The keys others add to the widget's address, in one table: the tracking and platform keys that
//! a link picks up on social sites, in newsletters and from ad networks, and the four that pym.js
//! adds to the frame it makes. The parser passes over them without a word, whatever their values,
//! and nothing the widget writes carries them. `docs/links.md` lists them, held to this table by a
//! test.

/// Who adds a key to the widget's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddedBy {
    /// A social site, a newsletter, an ad network or an analytics tool, to count visits.
    Tracking,
    /// pym.js, on a newsroom's page, to the address of the frame it makes
    /// (`docs/embedding.md`).
    Pym,
}

/// Every key others add, and who adds it. A key that ends in `*` stands for every longer key that
/// starts with what comes before the `*`.
pub const ADDED: [(&str, AddedBy); 37] = [
    ("utm_*", AddedBy::Tracking),
    ("fbclid", AddedBy::Tracking),
    ("gclid", AddedBy::Tracking),
    ("gclsrc", AddedBy::Tracking),
    ("dclid", AddedBy::Tracking),
    ("gbraid", AddedBy::Tracking),
    ("wbraid", AddedBy::Tracking),
    ("srsltid", AddedBy::Tracking),
    ("_ga", AddedBy::Tracking),
    ("_gl", AddedBy::Tracking),
    ("msclkid", AddedBy::Tracking),
    ("mc_cid", AddedBy::Tracking),
    ("mc_eid", AddedBy::Tracking),
    ("igshid", AddedBy::Tracking),
    ("igsh", AddedBy::Tracking),
    ("si", AddedBy::Tracking),
    ("twclid", AddedBy::Tracking),
    ("ttclid", AddedBy::Tracking),
    ("li_fat_id", AddedBy::Tracking),
    ("rdt_cid", AddedBy::Tracking),
    ("epik", AddedBy::Tracking),
    ("yclid", AddedBy::Tracking),
    ("_hsenc", AddedBy::Tracking),
    ("_hsmi", AddedBy::Tracking),
    ("mkt_tok", AddedBy::Tracking),
    ("_kx", AddedBy::Tracking),
    ("ck_subscriber_id", AddedBy::Tracking),
    ("_bhlid", AddedBy::Tracking),
    ("oly_anon_id", AddedBy::Tracking),
    ("oly_enc_id", AddedBy::Tracking),
    ("mtm_*", AddedBy::Tracking),
    ("pk_*", AddedBy::Tracking),
    ("ref", AddedBy::Tracking),
    ("initialWidth", AddedBy::Pym),
    ("childId", AddedBy::Pym),
    ("parentTitle", AddedBy::Pym),
    ("parentUrl", AddedBy::Pym),
];

/// Who added `key` (as the link writes it, before any %-decoding), if it is in the table.
pub fn added_by(key: &str) -> Option<AddedBy> {
    ADDED.iter().find(|(name, _)| matches(name, key)).map(|&(_, by)| by)
}

fn matches(name: &str, key: &str) -> bool {
    match name.strip_suffix('*') {
        Some(prefix) => key.len() > prefix.len() && key.starts_with(prefix),
        None => key == name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::Key;

    #[test]
    fn the_table_has_every_key_once_and_nothing_empty() {
        let keys: Vec<&str> = ADDED.iter().map(|(key, _)| *key).collect();
        assert_eq!(keys.len(), 37);
        assert!(keys.iter().all(|key| !key.is_empty() && !key.contains(char::is_whitespace)), "{keys:?}");
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len());
    }

    #[test]
    fn a_prefix_stands_for_longer_keys_only() {
        assert_eq!(added_by("utm_source"), Some(AddedBy::Tracking));
        assert_eq!(added_by("utm_source_platform"), Some(AddedBy::Tracking));
        assert_eq!(added_by("pk_campaign"), Some(AddedBy::Tracking));
        for stranger in ["utm_", "utm", "UTM_SOURCE", "xutm_source", "gclid2", "s", "colour", "", "childid"] {
            assert_eq!(added_by(stranger), None, "{stranger}");
        }
        assert_eq!(added_by("childId"), Some(AddedBy::Pym));
    }

    #[test]
    fn no_added_key_is_one_of_the_widgets_own() {
        for key in Key::ALL {
            assert_eq!(added_by(key.name()), None, "{}", key.name());
        }
    }

    #[test]
    fn the_docs_list_every_added_key_under_who_adds_it() {
        let docs = include_str!("../../docs/links.md");
        let section = |heading: &str| {
            let start = docs.find(heading).unwrap_or_else(|| panic!("docs/links.md has no “{heading}”"));
            let rest = &docs[start..];
            rest[..rest[1..].find("\n#").map_or(rest.len(), |end| end + 1)].to_string()
        };
        let (tracking, pym) = (section("### Tracking keys"), section("### pym.js's keys"));
        for (name, by) in ADDED {
            let listed = format!("`{name}`");
            let under = if by == AddedBy::Tracking { &tracking } else { &pym };
            assert!(under.contains(&listed), "docs/links.md lists no {listed} under its heading");
        }
    }
}
