//! The panel "Which size suits me?" as markup: the work to tick, the size to compare with, and
//! what they show (`fit`), written as HTML text for the extras module to put in place. Pure and
//! tested natively; every word of a scenario is escaped.

use crate::fit::{compare, keep_fit, ticked, KeptAt, Side};
use crate::format::escape_markup as esc;
use crate::link::LinkState;
use crate::model::snapshot;
use crate::scale::{Headcount, Stage};
use crate::scenario::Scenario;
use crate::text;

/// The panel's controls, which stay in place while the reader uses them (so focus stays put):
/// a checkbox for each piece of work, and the size to compare with. Built again only for another
/// table.
pub fn controls(scenario: &Scenario) -> String {
    let boxes: String = scenario
        .responsibilities
        .iter()
        .map(|work| {
            format!(
                r#"<label class="fit__work"><input type="checkbox" name="keep" value="{}"> {}</label>"#,
                esc(&work.id),
                esc(&work.name)
            )
        })
        .collect();
    let stages: String =
        Stage::ALL.iter().map(|stage| format!(r#"<option value="{}">"#, stage.typical().people())).collect();
    format!(
        concat!(
            r#"<fieldset class="fit__keep"><legend>{legend}</legend><div class="fit__boxes">{boxes}</div></fieldset>"#,
            r#"<p class="fit__kept" role="status"></p>"#,
            r#"<div class="fit__compare"><label for="fit-vs">{label}</label> "#,
            r#"<input id="fit-vs" name="vs" type="number" inputmode="numeric" min="1" max="100000" step="1" list="fit-sizes" aria-describedby="fit-vs-hint">"#,
            r#"<datalist id="fit-sizes">{stages}</datalist> "#,
            r#"<button type="button" class="button button--quiet" name="vs" value="none">{stop}</button>"#,
            r#"<span id="fit-vs-hint" class="fit__hint">{hint}</span></div>"#,
            r#"<div class="fit__compared"></div>"#
        ),
        legend = text::KEEP_LEGEND,
        boxes = boxes,
        label = text::COMPARE_LABEL,
        stages = stages,
        stop = text::STOP_COMPARING,
        hint = text::COMPARE_HINT,
    )
}

/// What the panel shows for `link`: the sentence about the ticked work (announced), and the
/// comparison (empty without a second size).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The ids to tick, as the scenario has them.
    pub ticked: Vec<String>,
    /// The sentences under the boxes, as markup.
    pub kept: String,
    /// The comparison, as markup.
    pub compared: String,
}

/// Where on the slider's track the reader keeps all of the ticked work, in thousandths of the
/// track (as the sweet spot's band is drawn): a line inside the band. `None` without ticks,
/// or where no size keeps all of it.
pub fn keep_all_on_track(scenario: &Scenario, link: &LinkState) -> Option<(usize, usize)> {
    let (kept, _) = ticked(scenario, link.keep.as_deref());
    let (from, to) = keep_fit(scenario, &kept).all?;
    let permille = |h: Headcount| h.position() * 1000 / (crate::scale::positions() - 1);
    Some((permille(from.headcount), (permille(to.headcount) - permille(from.headcount)).max(8)))
}

/// The panel's words for `link` over `scenario`.
pub fn shown(scenario: &Scenario, link: &LinkState) -> Shown {
    let (kept, unknown) = ticked(scenario, link.keep.as_deref());
    let mut lines: Vec<String> = Vec::new();
    if !unknown.is_empty() {
        lines.push(text::unknown_work(&unknown.iter().map(AsRef::as_ref).collect::<Vec<_>>()));
    }
    let fit = keep_fit(scenario, &kept);
    let ends = |(from, to): (KeptAt, KeptAt)| ((from.headcount, to.headcount), (from.specialists, to.specialists));
    if kept.is_empty() {
        lines.push(text::KEEP_HINT.to_string());
    } else {
        if let Some(all) = fit.all {
            let (sizes, roles) = ends(all);
            lines.push(text::keep_all(fit.wanted, sizes, roles));
        }
        if let Some(most) = fit.most {
            let (sizes, roles) = ends(most);
            lines.push(text::keep_most((most.0.kept, most.1.kept), fit.wanted, sizes, roles, fit.all.is_none()));
        }
        if fit.range().is_none() {
            lines.push(text::KEEP_NOWHERE.to_string());
        } else if fit.all.is_some() && fit.most.is_some() {
            lines.push(text::KEEP_ON_TRACK.to_string());
        }
        // Dragged elsewhere, the sweet spot says what it keeps, so both ways stay in step.
        if let Some(sweet) = link.sweet.filter(|&sweet| Some(sweet) != fit.range()) {
            let at = |h: Headcount| {
                let now = snapshot(scenario, h);
                (h, kept.iter().filter(|&&i| now.holders[i] == crate::model::Holder::Generalist).count())
            };
            lines.push(text::sweet_keeps(at(sweet.from()), at(sweet.to()), fit.wanted));
        }
    }
    let kept_ids = kept.iter().map(|&i| scenario.responsibilities[i].id.to_string()).collect();
    Shown {
        ticked: kept_ids,
        kept: lines.iter().map(|line| esc(line)).collect::<Vec<_>>().join(" "),
        compared: link.vs.map(|vs| comparison(scenario, link.headcount, vs)).unwrap_or_default(),
    }
}

/// The comparison as one list in two parts, the holder's own work and the specialists, each row
/// marked "both", "only at 60" or "only at 50,000"; then the titles and what changes.
fn comparison(scenario: &Scenario, at: Headcount, vs: Headcount) -> String {
    let mut c = compare(scenario, at, vs);
    // "both" first, then the smaller size's, then the larger's; in the post's order within each.
    let rank = |side: Side| match side {
        Side::Both => 0,
        Side::Only(size) if size == at.min(vs) => 1,
        Side::Only(_) => 2,
    };
    c.own.sort_by_key(|&(_, side)| rank(side));
    c.roles.sort_by_key(|&(_, side, _)| rank(side));
    let holder = &scenario.holder;
    let tag = |side: Side| match side {
        Side::Both => format!(r#"<span class="fit__tag">{}</span>"#, text::BOTH),
        Side::Only(size) => {
            let which = if size == at.max(vs) { "larger" } else { "smaller" };
            format!(r#"<span class="fit__tag fit__tag--{which}">{}</span>"#, text::only_at(size))
        }
    };
    let own: String = c
        .own
        .iter()
        .map(|&(i, side)| format!("<li>{} {}</li>", tag(side), esc(&scenario.responsibilities[i].name)))
        .collect();
    let roles: String = c
        .roles
        .iter()
        .map(|(role, side, work)| {
            let work = work.iter().map(|&i| scenario.responsibilities[i].name.as_ref()).collect::<Vec<_>>().join(", ");
            format!("<li>{} {}: {}</li>", tag(*side), esc(&scenario.role(*role).name), esc(&work))
        })
        .collect();
    let counts = |count: &dyn Fn(Headcount) -> usize| ((at, count(at)), (vs, count(vs)));
    let (own_a, own_b) = counts(&|size| c.own_at(size));
    let (roles_a, roles_b) = counts(&|size| c.roles_at(size));
    let (from, to) = (at.min(vs), at.max(vs));
    format!(
        concat!(
            r#"<p class="fit__titles">{title_a} {title_b} {example}</p><p class="fit__change">{change}</p>"#,
            r#"<h3 class="fit__head">{own_head}</h3><ul class="fit__list">{own}</ul>"#,
            r#"<h3 class="fit__head">{roles_head}</h3><ul class="fit__list">{roles}</ul>"#
        ),
        own_head = esc(&text::own_work(holder, own_a, own_b)),
        own = own,
        roles_head = esc(&text::specialists_with(holder, roles_a, roles_b)),
        roles = roles,
        change = esc(&text::what_changes(holder, from, to, c.handed_over().len(), c.gained().len())),
        title_a = esc(&text::title_at(at, scenario.holder_title_at(at.stage()))),
        title_b = esc(&text::title_at(vs, scenario.holder_title_at(vs.stage()))),
        example = text::TITLES_IN_THIS_EXAMPLE,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::parse;

    /// The rows of the comparison's two lists as a reader reads them: "both Roadmap".
    fn rows(markup: &str) -> Vec<Vec<String>> {
        markup
            .split("<ul class=\"fit__list\">")
            .skip(1)
            .map(|list| {
                list.split("</ul>")
                    .next()
                    .unwrap()
                    .split("<li>")
                    .skip(1)
                    .map(|row| strip(row).trim().to_string())
                    .collect()
            })
            .collect()
    }

    fn strip(markup: &str) -> String {
        crate::format::words_of_markup(markup)
    }

    #[test]
    fn sixty_against_fifty_thousand_is_one_list_marked_both_or_only_at_one_size() {
        let link = parse("people=60&vs=50000", "").state;
        let shown = shown(&Scenario::b2b_saas(), &link);
        let [own, roles] = <[Vec<String>; 2]>::try_from(rows(&shown.compared)).unwrap();
        assert_eq!(own[0], "both Roadmap");
        assert_eq!(own[1], "only at 60 Discovery");
        assert_eq!(own.len(), 10);
        assert!(own[1..].iter().all(|row| row.starts_with("only at 60 ")));
        assert_eq!(roles[0], "both Product Designer: Design");
        assert_eq!(roles[3], "only at 50,000 Sales Engineer: Sales Calls");
        assert_eq!(roles.len(), 12);
        let words = strip(&shown.compared);
        assert!(words.contains("The PM's own work: 10 at 60, 1 at 50,000"), "{words}");
        assert!(words.contains("Specialists the PM works with: 3 at 60, 12 at 50,000"), "{words}");
        assert!(
            words.contains(
                "In this example, from 60 to 50,000 the PM would hand over 9 pieces of work and work with 9 more \
                 specialists."
            ),
            "{words}"
        );
        assert!(words.contains("At 60 (Series A): Product Manager."), "{words}");
        assert!(words.contains("At 50,000 (Hyperscale): Product Manager for one feature area."), "{words}");
        assert!(!words.contains("shrink"));
    }

    #[test]
    fn without_a_second_size_there_is_no_comparison() {
        assert_eq!(shown(&Scenario::b2b_saas(), &parse("people=60", "").state).compared, "");
    }

    #[test]
    fn ticking_design_discovery_and_sales_calls_says_where_they_are_kept_and_who_supports() {
        let link = parse("keep=design,discovery,sales-calls&sweet=1-60", "").state;
        let shown = shown(&Scenario::b2b_saas(), &link);
        assert_eq!(shown.ticked, ["design", "discovery", "sales-calls"]);
        assert_eq!(
            shown.kept,
            "In this example, you keep all 3 at 1 to 20 people (Founding team to Seed), with 0 specialists. \
             You keep 2 of 3 at 25 to 60 people (Seed to Series A), with 1 to 3 specialists. \
             On the slider's track, the line inside your sweet spot marks where you keep all of it."
        );
        // 1 to 20 people: from the ladder's first step to its thirteenth of 50.
        assert_eq!(keep_all_on_track(&Scenario::b2b_saas(), &link), Some((0, 12 * 1000 / 49)));
        assert_eq!(keep_all_on_track(&Scenario::b2b_saas(), &parse("", "").state), None);
        // Dragged to another range, the sweet spot says what it keeps.
        let dragged = parse("keep=design,discovery,sales-calls&sweet=1-150", "").state;
        assert!(super::shown(&Scenario::b2b_saas(), &dragged).kept.ends_with(
            "Your sweet spot, 1 to 150 people (Founding team to Series B), keeps 3 of 3 at 1 and 0 of 3 at 150."
        ));
    }

    #[test]
    fn unknown_ids_are_named_and_the_rest_ticked() {
        let link = parse("keep=design,prospecting", "").state;
        let shown = shown(&Scenario::b2b_saas(), &link);
        assert_eq!(shown.ticked, ["design"]);
        assert!(shown.kept.starts_with(
            "The link asked to keep “prospecting”, which this table of work doesn't have, so only the rest are ticked."
        ));
    }

    #[test]
    fn a_scenarios_words_are_escaped() {
        let json =
            include_str!("../scenarios/design.json").replace("Interaction design", "<img src=x onerror=alert(1)>");
        let scenario = crate::custom::from_json(&json).unwrap();
        let markup = controls(&scenario) + &shown(&scenario, &parse("vs=5000", "").state).compared;
        assert!(!markup.contains("<img"));
        assert!(markup.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn sales_is_compared_in_its_own_words() {
        let scenario = Scenario::built_in(crate::scenario::Function::Sales, crate::scenario::Preset::B2bSaas);
        let words = strip(&shown(&scenario, &parse("people=10&vs=1000", "").state).compared);
        assert!(words.contains("The sales person's own work: 12 at 10"), "{words}");
        assert!(words.contains("only at 1,000 Regional Sales: Territories"), "{words}");
        assert!(words.contains("At 1,000 (Late stage): Sales leader."), "{words}");
    }
}
