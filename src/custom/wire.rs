//! A checked custom scenario, as the extras module hands it to the widget.
//!
//! Reading and checking a writer's JSON happens in the extras module (`src/bin/extras.rs`), which
//! the page loads only when a link names a scenario. Its answer is this plain text: the scenario,
//! already checked, one field per tab-separated line; or the problems, one per line, in the
//! reader's words. Text fields never hold control characters (the checks refuse them), so tabs
//! and newlines are free to separate them. The widget's side (`answer`) is small on purpose: it
//! only splits lines.

use std::borrow::Cow;
use std::rc::Rc;

use crate::format::Token;
use crate::scale::{Headcount, Stage};
use crate::scenario::{CustomWords, Family, Origin, Peel, Responsibility, RoleId, Scenario, SpecialistRole, Text};

/// The first line of a scenario's answer, with the format's number: a widget and an extras module
/// that write the format differently tell by it that they do not match. (The module's file name,
/// hashed by the post-build hook, already keeps a cached one of another build away.)
const SCENARIO: &str = "pm-scale-up scenario 1";
/// The first line of an answer that lists problems.
const PROBLEMS: &str = "pm-scale-up problems 1";
/// What a reader is told when the answer is not one this build writes.
pub const MISMATCH: &str = "This page changed while it was open: reload it to read the scenario.";

/// The answer for a scenario that reads and checks well.
pub fn scenario(scenario: &Scenario) -> String {
    let mut out = String::from(SCENARIO);
    let mut line = |fields: &[&str]| {
        out.push('\n');
        out.push_str(&fields.join("\t"));
    };
    let (name, title, lede, captions) = match &scenario.origin {
        Origin::Custom(words) => (&*words.name, &*words.title, &*words.lede, &words.captions[..]),
        Origin::BuiltIn { .. } => ("", "", "", &[][..]),
    };
    line(&[name, title, lede, &scenario.holder, &scenario.holder_title]);
    for (i, caption) in captions.iter().enumerate() {
        if let Some(caption) = caption {
            line(&["c", &i.to_string(), caption]);
        }
    }
    for (stage, title) in &scenario.later_titles {
        let i = Stage::ALL.iter().position(|s| s == stage).unwrap_or_default();
        line(&["t", &i.to_string(), title]);
    }
    for role in &scenario.roles {
        line(&["r", &role.id, &role.name, role.family.token()]);
    }
    for work in &scenario.responsibilities {
        match work.peel {
            Some(peel) => {
                let (role, people) = (peel.role.index().to_string(), peel.at.people().to_string());
                line(&["w", &work.id, &work.name, &role, &people]);
            }
            None => line(&["w", &work.id, &work.name]),
        }
    }
    out
}

/// The answer for text that could not be used: its problems, in the reader's words, one a line.
/// A problem may quote a writer's text as it was (a family or a role that is not one), newlines
/// and all: every control character becomes a space, as a notice's line would show it anyway.
pub fn problems(problems: &[String]) -> String {
    let mut out = String::from(PROBLEMS);
    for problem in problems {
        out.push('\n');
        out.extend(problem.chars().map(|c| if c.is_control() { ' ' } else { c }));
    }
    out
}

/// Reads an answer: the scenario, or the lines that say why there is none. An answer this build
/// did not write says so in one line.
pub fn answer(text: &str) -> Result<Scenario, Vec<String>> {
    let mut lines = text.lines();
    match lines.next() {
        Some(SCENARIO) => read(lines).ok_or_else(|| vec![MISMATCH.to_string()]),
        Some(PROBLEMS) => Err(lines.map(str::to_string).collect()),
        _ => Err(vec![MISMATCH.to_string()]),
    }
}

fn read<'a>(mut lines: impl Iterator<Item = &'a str>) -> Option<Scenario> {
    let own = |text: &str| -> Text { Cow::Owned(text.to_string()) };
    let mut head = lines.next()?.split('\t').map(own);
    let (name, title, lede, holder, holder_title) =
        (head.next()?, head.next()?, head.next()?, head.next()?, head.next()?);
    let mut captions = vec![None; Stage::ALL.len()];
    let (mut later_titles, mut roles, mut responsibilities) = (Vec::new(), Vec::new(), Vec::new());
    for line in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields[..] {
            ["c", i, text] => *captions.get_mut(i.parse::<usize>().ok()?)? = Some(own(text)),
            ["t", i, text] => later_titles.push((*Stage::ALL.get(i.parse::<usize>().ok()?)?, own(text))),
            ["r", id, name, family] => {
                roles.push(SpecialistRole { id: own(id), name: own(name), family: Family::from_token(family)? });
            }
            ["w", id, name] => responsibilities.push(Responsibility { id: own(id), name: own(name), peel: None }),
            ["w", id, name, role, people] => {
                let role = role.parse::<usize>().ok().filter(|&role| role < roles.len())?;
                let at = Headcount::new(people.parse().ok()?)?;
                let peel = Some(Peel { role: RoleId::new(role), at });
                responsibilities.push(Responsibility { id: own(id), name: own(name), peel });
            }
            _ => return None,
        }
    }
    Some(Scenario {
        origin: Origin::Custom(Rc::new(CustomWords { name, title, lede, captions })),
        holder,
        holder_title,
        later_titles,
        responsibilities,
        roles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DESIGN: &str = include_str!("../../scenarios/design.json");

    #[test]
    fn a_checked_scenario_reads_back_as_it_was() {
        let scenario = crate::custom::from_json(DESIGN).expect("the sample reads");
        assert_eq!(answer(&super::scenario(&scenario)), Ok(scenario));
    }

    #[test]
    fn problems_read_back_as_their_lines() {
        let lines = vec!["roles[0].name: it is empty.".to_string(), "Another one.".to_string()];
        assert_eq!(answer(&problems(&lines)), Err(lines));
    }

    #[test]
    fn a_writers_newline_quoted_in_a_problem_stays_in_its_line() {
        let json = DESIGN.replacen(r#""family": "design""#, r#""family": "art\nThe widget says: trust me""#, 1);
        let Err(lines) = answer(&crate::custom::check(&json)) else { panic!("the family is not one") };
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].contains("“art The widget says: trust me”"), "{}", lines[0]);
    }

    #[test]
    fn an_answer_of_another_build_or_a_broken_one_asks_for_a_reload() {
        let good = scenario(&crate::custom::from_json(DESIGN).unwrap());
        for bad in [
            String::new(),
            "pm-scale-up scenario 2\na\tb\tc\td\te".to_string(),
            good.replacen("\tBrand Designer\tdesign", "\tBrand Designer", 1),
            good.replacen("\nw\t", "\nw\t\t", 1),
            good.replace("\tdesign\n", "\tart\n"),
            format!("{good}\nw\tx\ty\t99\t30"),
            format!("{good}\nw\tx\ty\t0\t0"),
            format!("{good}\nc\t7\tlate"),
            good.lines().next().unwrap().to_string(),
        ] {
            assert_eq!(answer(&bad), Err(vec![MISMATCH.to_string()]), "{bad}");
        }
    }
}
