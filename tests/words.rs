//! Every sentence a reader sees, read against the board it speaks of: at every step of the
//! slider, in each function, for each company type and for the shipped scenario. A sentence that
//! names a responsibility or a role must agree with the board at that size: a role it names has
//! been hired, work it calls the holder's own is on the holder, and work it puts with a role is
//! with that role. (The glosses' own words are tied to their claims in `content`'s tests.)
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::custom::from_json;
use pm_scale_up::model::{caption, snapshot, Holder, Snapshot};
use pm_scale_up::page::summary;
use pm_scale_up::picture::{self, Mark};
use pm_scale_up::scale::{ladder, Headcount};
use pm_scale_up::scenario::{Function, Preset, Scenario};
use pm_scale_up::text;

fn scenarios() -> Vec<Scenario> {
    let mut all = vec![Scenario::built_in(Function::Sales, Preset::B2bSaas)];
    all.extend(Preset::ALL.iter().map(|&preset| Scenario::built_in(Function::Product, preset)));
    all.push(from_json(include_str!("../scenarios/design.json")).expect("the shipped scenario reads"));
    all
}

/// What the board shows at one size, by name.
struct Board {
    hired: Vec<String>,
    own: Vec<String>,
    /// Each piece of work with a specialist, and the role that has it.
    with_role: Vec<(String, String)>,
}

fn board(scenario: &Scenario, now: &Snapshot) -> Board {
    let mut board = Board { hired: Vec::new(), own: Vec::new(), with_role: Vec::new() };
    for (work, holder) in scenario.responsibilities.iter().zip(&now.holders) {
        match *holder {
            Holder::Generalist => board.own.push(work.name.to_string()),
            Holder::Specialist(role) => {
                let role = scenario.role(role).name.to_string();
                board.with_role.push((work.name.to_string(), role.clone()));
                if !board.hired.contains(&role) {
                    board.hired.push(role);
                }
            }
        }
    }
    board
}

/// The roles a sentence names: the longest names first, so that "Sales Enablement" is not also
/// read as something shorter inside it.
fn roles_named(sentence: &str, scenario: &Scenario) -> Vec<String> {
    let mut names: Vec<&str> = scenario.roles.iter().map(|r| r.name.as_ref()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut rest = sentence.to_string();
    let mut found = Vec::new();
    for name in names {
        if rest.contains(name) {
            found.push(name.to_string());
            rest = rest.replace(name, "·");
        }
    }
    found
}

/// The picture's lines of text, each as it reads.
fn picture_lines(scenario: &Scenario, at: Headcount) -> Vec<Vec<(bool, String)>> {
    picture::preview(scenario, at)
        .marks
        .into_iter()
        .filter_map(|mark| match mark {
            Mark::Text { pieces, .. } => Some(pieces),
            Mark::Rect { .. } => None,
        })
        .collect()
}

#[test]
fn every_sentence_names_only_what_the_board_shows_at_every_size() {
    let mut sentences = 0;
    for scenario in scenarios() {
        let name = scenario.name().to_string();
        for &people in ladder() {
            let at = Headcount::new(people).unwrap();
            let now = snapshot(&scenario, at);
            let board = board(&scenario, &now);
            let (held, total) = (now.share.held, now.share.total);

            // The stage pages' descriptions and the preview's alt text; the picture's title; the
            // caption's gloss. A role any of them names has been hired.
            let (_, gloss) = caption(&scenario, &now, at.stage());
            let written = [summary(&scenario, at), picture::description(&scenario, at), gloss.to_string()];
            for sentence in &written {
                for role in roles_named(sentence, &scenario) {
                    assert!(
                        board.hired.contains(&role),
                        "{name} at {people}: “{sentence}” names {role}, not yet hired"
                    );
                }
                sentences += 1;
            }

            // The stage page's counts are the board's.
            let page = &written[0];
            if board.hired.is_empty() {
                assert!(
                    page.contains(&format!("all {total} responsibilities are still")),
                    "{name} at {people}: {page}"
                );
            } else {
                let verb = if held == 1 { "is" } else { "are" };
                let counts = format!(" on {} of {total} responsibilities; {held} {verb} still", total - held);
                assert!(page.contains(&counts), "{name} at {people}: {page}");
            }

            // The picture: each chip on the holder's card is the holder's own, each role line
            // names a hired role and exactly the work it holds, and both counts are the board's.
            let lines = picture_lines(&scenario, at);
            let mut role_lines = 0;
            for pieces in &lines {
                let whole: String = pieces.iter().map(|(_, words)| words.as_str()).collect();
                match pieces.as_slice() {
                    [(true, role), (false, work)] if work.starts_with(": ") && !work.contains('…') => {
                        let mut theirs: Vec<&str> =
                            board.with_role.iter().filter(|(_, r)| r == role).map(|(w, _)| w.as_str()).collect();
                        theirs.sort_unstable();
                        let mut shown: Vec<&str> = work[2..].split(", ").collect();
                        shown.sort_unstable();
                        assert_eq!(shown, theirs, "{name} at {people}: the picture's line “{whole}”");
                        role_lines += 1;
                    }
                    [(true, chip)] if scenario.responsibilities.iter().any(|r| r.name.as_ref() == chip) => {
                        assert!(board.own.contains(chip), "{name} at {people}: the picture's card shows {chip}");
                    }
                    _ => {}
                }
                sentences += 1;
            }
            assert_eq!(role_lines, board.hired.len(), "{name} at {people}: a line for each hired role");
            let holder = if scenario.holder.chars().count() > 24 { None } else { Some(scenario.holder.as_ref()) };
            if let Some(holder) = holder {
                let texts: Vec<String> =
                    lines.iter().map(|p| p.iter().map(|(_, w)| w.as_str()).collect::<String>()).collect();
                assert!(texts.contains(&text::holders_own(holder, held, total)), "{name} at {people}: {texts:?}");
                assert!(texts.contains(&text::with_specialists(holder, total - held)), "{name} at {people}");
            }
        }
    }
    assert!(sentences > 1000, "every size of every scenario was read: {sentences} sentences");
}

#[test]
fn the_check_catches_a_sentence_that_runs_ahead_of_the_board() {
    let sales = Scenario::built_in(Function::Sales, Preset::B2bSaas);
    let now = snapshot(&sales, Headcount::new(300).unwrap());
    let board = board(&sales, &now);
    // At 300 people Channel Sales is not hired yet (it comes at 800): naming it is caught.
    let ahead = "Partners sell for you, and Channel Sales manages them.";
    let named = roles_named(ahead, &sales);
    assert_eq!(named, ["Channel Sales"]);
    assert!(!board.hired.contains(&named[0]));
    // "Regional Channel Managers" is one name, not also "Channel Sales" or anything shorter.
    assert_eq!(roles_named("Regional Channel Managers take the partners.", &sales), ["Regional Channel Managers"]);
}
