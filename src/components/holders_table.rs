//! "Show as table": the board as a real table, one row per responsibility, with who holds it at
//! this size and who takes it over from what size. Prerendered on every page inside a closed
//! `<details>`, so it is in the document for screen readers, feed readers, crawlers and readers
//! without JavaScript, and printed open.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Holder, Snapshot};
use crate::scale::Headcount;
use crate::scenario::Scenario;
use crate::text;

#[derive(Properties)]
pub struct HoldersTableProps {
    pub scenario: Rc<Scenario>,
    pub snapshot: Rc<Snapshot>,
    pub headcount: Headcount,
    /// A second size the reader compares with (`vs=`), and who holds what there: a column more.
    pub compared: Option<(Headcount, Rc<Snapshot>)>,
}

/// The scenario and the snapshot by pointer, as the board compares them (`BoardProps`).
impl PartialEq for HoldersTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario)
            && Rc::ptr_eq(&self.snapshot, &other.snapshot)
            && self.headcount == other.headcount
            && self.compared == other.compared
    }
}

/// The table's frame and caption, which names the size and so changes at every step; its rows
/// are a component of their own, rendered again only when someone's work changes hands.
#[function_component]
pub fn HoldersTable(props: &HoldersTableProps) -> Html {
    html! {
        <details class="holders">
            <summary>{ text::SHOW_AS_TABLE }</summary>
            <table>
                <caption>{ text::table_caption(props.headcount) }</caption>
                <thead><tr>
                    { for text::TABLE_HEADS.iter().map(|head| html! { <th scope="col">{ *head }</th> }) }
                    if let Some((vs, _)) = &props.compared { <th scope="col">{ text::held_at(*vs) }</th> }
                </tr></thead>
                <HolderRows scenario={Rc::clone(&props.scenario)} snapshot={Rc::clone(&props.snapshot)}
                    compared={props.compared.as_ref().map(|(_, there)| Rc::clone(there))} />
            </table>
        </details>
    }
}

#[derive(Properties)]
struct HolderRowsProps {
    scenario: Rc<Scenario>,
    snapshot: Rc<Snapshot>,
    compared: Option<Rc<Snapshot>>,
}

impl PartialEq for HolderRowsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario)
            && Rc::ptr_eq(&self.snapshot, &other.snapshot)
            && self.compared == other.compared
    }
}

#[function_component]
fn HolderRows(props: &HolderRowsProps) -> Html {
    let scenario = &props.scenario;
    let holder = text::capitalised(&scenario.holder);
    let name = |held: Holder| match held {
        Holder::Specialist(role) => scenario.role(role).name.to_string(),
        Holder::Generalist => holder.clone(),
    };
    let rows = scenario.responsibilities.iter().enumerate().map(|(i, work)| {
        let now = name(props.snapshot.holders[i]);
        let there = props.compared.as_ref().map(|there| name(there.holders[i]));
        let later = match work.peel {
            Some(peel) => text::taken_over(&scenario.role(peel.role).name, peel.at),
            None => text::stays_with(&scenario.holder),
        };
        html! {
            <tr key={work.id.to_string()}>
                <th scope="row">{ work.name.to_string() }</th><td>{ now }</td><td>{ later }</td>
                if let Some(there) = there { <td>{ there }</td> }
            </tr>
        }
    });
    // Both sides of the work, under the rows they count.
    let share = props.snapshot.share;
    let sides = text::own_and_with_specialists(&scenario.holder, share.held, share.total);
    html! {
        <>
            <tbody>{ for rows }</tbody>
            <tfoot><tr><td colspan="3">{ sides }</td></tr></tfoot>
        </>
    }
}
