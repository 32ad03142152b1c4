use std::cell::Cell;

use yew::prelude::*;

use crate::platform::print;

/// Whether anyone sees what the `<details>` at `details` holds: it is open, or the page is
/// printed (the widget's print style shows a closed one's content). Returns that, and the
/// `onclick` for its `<summary>` and the `ontoggle` for the `<details>`.
///
/// The reader's click counts before the browser opens it: the component renders in the microtask
/// after the click, before the frame that shows it open, where `toggle` (a task of its own) could
/// come a frame late. `toggle` says what else opened or closed it (find-in-page, the page). The
/// browser's `beforeprint` comes before it lays the page out for print, so the paper gets what is
/// rendered in the microtask after it.
///
/// ```ignore
/// let details = use_node_ref();
/// let (seen, onclick, ontoggle) = use_seen(details.clone());
/// html! { <details ref={details} {ontoggle}><summary {onclick}>{ "…" }</summary></details> }
/// ```
#[hook]
pub fn use_seen(details: NodeRef) -> (bool, Callback<MouseEvent>, Callback<Event>) {
    let seen = use_state_eq(|| false);
    // Whether it is open, and whether it is printed: either makes it seen, and each changes on its
    // own. A `Cell`, read and set without a borrow that would panic if it were ever held twice.
    let open_printed = use_mut_ref(|| Cell::new((false, false)));
    let update = {
        let (seen, open_printed) = (seen.setter(), open_printed.clone());
        move |open: Option<bool>, printed: Option<bool>| {
            let (was_open, was_printed) = open_printed.borrow().get();
            let now = (open.unwrap_or(was_open), printed.unwrap_or(was_printed));
            open_printed.borrow().set(now);
            seen.set(now.0 || now.1);
        }
    };
    let is_open = |details: &NodeRef| details.cast::<web_sys::Element>().is_some_and(|el| el.has_attribute("open"));
    {
        let update = update.clone();
        use_effect_with((), move |()| {
            let watch = print::watch(move |printed| update(None, Some(printed)));
            move || drop(watch)
        });
    }
    let onclick = {
        let (details, update) = (details.clone(), update.clone());
        Callback::from(move |_: MouseEvent| {
            if !is_open(&details) {
                update(Some(true), None);
            }
        })
    };
    let ontoggle = Callback::from(move |_: Event| update(Some(is_open(&details)), None));
    (*seen, onclick, ontoggle)
}
