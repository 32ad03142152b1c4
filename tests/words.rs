//! Every sentence a reader sees, read against the board it speaks of: at every step of the
//! slider, in each function, for each company type and for the shipped scenario. A sentence that
//! names a responsibility or a role must agree with the board at that size: a role it names has
//! been hired, work it calls the holder's own is on the holder, and work it puts with a role is
//! with that role. (The glosses' own words are tied to their claims in `content`'s tests.)
#![cfg(not(target_arch = "wasm32"))]

use pm_scale_up::custom::from_json;
use pm_scale_up::format::words_of_markup;
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

/// The rows of each list in the comparison, split into the tag ("both", "only at 60") and the rest.
fn compared_rows(markup: &str) -> Vec<Vec<(String, String)>> {
    markup
        .split("<ul class=\"fit__list\">")
        .skip(1)
        .map(|list| {
            let list = list.split("</ul>").next().unwrap();
            list.split("<li>")
                .skip(1)
                .map(|row| {
                    let tag = words_of_markup(row.split("</span>").next().unwrap());
                    let rest = words_of_markup(row.split_once("</span>").unwrap().1).trim().to_string();
                    (tag, rest)
                })
                .collect()
        })
        .collect()
}

/// "Which size suits me?": two sizes side by side. For every pair of steps on the slider, in each
/// scenario, each row of the comparison agrees with the board at the sizes its tag names: work
/// marked "both" is the holder's own at both, "only at 60" only there; a specialist marked "both"
/// is hired at both and does the work its row lists with the holder at both; the headings count
/// what the board shows, and the titles are the holder's at each size.
#[test]
fn the_comparison_of_two_sizes_agrees_with_the_board_at_each() {
    let mut rows_read = 0;
    for scenario in scenarios() {
        let name = scenario.name().to_string();
        let steps: Vec<Headcount> = ladder().iter().map(|&p| Headcount::new(p).unwrap()).collect();
        for &a in &steps {
            for &b in steps.iter().filter(|&&b| b != a) {
                let link = pm_scale_up::link::parse(&format!("people={}&vs={}", a.people(), b.people()), "").state;
                let (here, there) =
                    (board(&scenario, &snapshot(&scenario, a)), board(&scenario, &snapshot(&scenario, b)));
                let at = |size: Headcount| if size == a { &here } else { &there };
                let sizes_of = |tag: &str| -> Vec<Headcount> {
                    if tag == text::BOTH {
                        vec![a, b]
                    } else {
                        [a, b].into_iter().filter(|&s| tag == text::only_at(s)).collect()
                    }
                };
                let markup = pm_scale_up::weigh::shown(&scenario, &link).compared;
                let lists = compared_rows(&markup);
                assert_eq!(lists.len(), 2, "{name}, {} against {}", a.people(), b.people());
                let context = |row: &str| format!("{name}, {} against {}: “{row}”", a.people(), b.people());

                for (tag, work) in &lists[0] {
                    let sizes = sizes_of(tag);
                    assert!(!sizes.is_empty(), "{}: the tag {tag}", context(work));
                    for size in [a, b] {
                        assert_eq!(at(size).own.contains(work), sizes.contains(&size), "{}", context(work));
                    }
                    rows_read += 1;
                }
                let own_either = here.own.iter().chain(&there.own).collect::<std::collections::HashSet<_>>().len();
                assert_eq!(lists[0].len(), own_either, "{name}: every piece of own work has a row");

                for (tag, row) in &lists[1] {
                    let sizes = sizes_of(tag);
                    let role = roles_named(row, &scenario).into_iter().next().expect("a row names its role");
                    let listed: Vec<&str> = row[role.len() + 2..].split(", ").collect();
                    for size in [a, b] {
                        let board = at(size);
                        assert_eq!(
                            board.hired.contains(&role),
                            sizes.contains(&size),
                            "{} at {}",
                            context(row),
                            size.people()
                        );
                        if sizes.contains(&size) {
                            let mut theirs: Vec<&str> =
                                board.with_role.iter().filter(|(_, r)| *r == role).map(|(w, _)| w.as_str()).collect();
                            let mut shown = listed.clone();
                            theirs.sort_unstable();
                            shown.sort_unstable();
                            assert_eq!(shown, theirs, "{}: what {role} does at {}", context(row), size.people());
                        }
                    }
                    rows_read += 1;
                }
                let hired_either =
                    here.hired.iter().chain(&there.hired).collect::<std::collections::HashSet<_>>().len();
                assert_eq!(lists[1].len(), hired_either, "{name}: every specialist has a row");

                let read = words_of_markup(&markup);
                let holder = scenario.holder.as_ref();
                for heading in [
                    text::own_work(holder, (a, here.own.len()), (b, there.own.len())),
                    text::specialists_with(holder, (a, here.hired.len()), (b, there.hired.len())),
                    text::title_at(a, scenario.holder_title_at(a.stage())),
                    text::title_at(b, scenario.holder_title_at(b.stage())),
                ] {
                    assert!(
                        read.contains(&heading),
                        "{name}, {} against {}: “{heading}” in {read}",
                        a.people(),
                        b.people()
                    );
                }
            }
        }
    }
    assert!(rows_read > 10_000, "every pair of sizes was read: {rows_read} rows");
}
