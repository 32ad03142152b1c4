//! "Show as table": the board as a real table, one row per responsibility, with who holds it at
//! this size and who takes it over from what size. Prerendered on every page inside a closed
//! `<details>`, so it is in the document for screen readers, feed readers, crawlers and readers
//! without JavaScript, and printed open.
//!
//! Nobody sees a closed table, so once the reader moves the slider it renders nothing while it is
//! closed: it keeps what it showed last (so find-in-page still finds the work in it), and catches
//! up with the slider when it is opened, printed or shown as print.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_seen;
use crate::model::{Holder, Snapshot};
use crate::scale::Headcount;
use crate::scenario::Scenario;
use crate::text;

#[derive(Properties, Clone)]
pub struct HoldersTableProps {
    pub scenario: Rc<Scenario>,
    pub snapshot: Rc<Snapshot>,
    pub headcount: Headcount,
    /// A second size the reader compares with (`vs=`), and who holds what there: a column more.
    pub compared: Option<(Headcount, Rc<Snapshot>)>,
    /// Whether the table follows the widget even while closed: until the reader first moves
    /// anything, so what a link, its scenario or the host page opened the widget at is in it (for
    /// find-in-page, and for crawlers that run scripts).
    pub follows: bool,
}

/// The scenario and the snapshot by pointer, as the board compares them (`BoardProps`).
impl PartialEq for HoldersTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario)
            && Rc::ptr_eq(&self.snapshot, &other.snapshot)
            && self.headcount == other.headcount
            && self.compared == other.compared
            && self.follows == other.follows
    }
}

/// The `<details>` and what it shows: the table as of now while it is open or printed (or
/// `follows`), and as it was the last time while it is closed.
#[function_component]
pub fn HoldersTable(props: &HoldersTableProps) -> Html {
    let details = use_node_ref();
    let (seen, onclick, ontoggle) = use_seen(details.clone());
    let shown = use_mut_ref(|| props.clone());
    if seen || props.follows {
        *shown.borrow_mut() = props.clone();
    }
    let shown = shown.borrow().clone();
    // Behind the widget: closed while the slider moved. Printed so, it would be a table the page
    // does not show, so the print style leaves it out. (The print's own render catches it up
    // first, except where a script prints the page in the middle of its own work.)
    let behind = shown != *props;
    // The caption names the size and so changes at every step while the table is seen; the rows
    // are a component of their own, rendered again only when someone's work changes hands.
    html! {
        <details class="holders" ref={details} {ontoggle} data-behind={behind.then_some("")}>
            <summary {onclick}>{ text::SHOW_AS_TABLE }</summary>
            <table>
                <caption>{ text::table_caption(shown.headcount) }</caption>
                <thead><tr>
                    { for text::TABLE_HEADS.iter().map(|head| html! { <th scope="col">{ *head }</th> }) }
                    if let Some((vs, _)) = &shown.compared { <th scope="col">{ text::held_at(*vs) }</th> }
                </tr></thead>
                <HolderRows scenario={shown.scenario} snapshot={shown.snapshot}
                    compared={shown.compared.map(|(_, there)| there)} />
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
