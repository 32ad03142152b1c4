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
    let is_open = |details: &NodeRef| details.cast::<web_sys::Element>().is_some_and(|el| el.has_attribute("open"));
    {
        let (details, seen) = (details.clone(), seen.setter());
        use_effect_with((), move |()| {
            let watch = print::watch(move |printing| seen.set(printing || is_open(&details)));
            move || drop(watch)
        });
    }
    let onclick = {
        let (details, seen) = (details.clone(), seen.clone());
        Callback::from(move |_: MouseEvent| {
            if !is_open(&details) {
                seen.set(true);
            }
        })
    };
    let ontoggle = {
        let seen = seen.clone();
        Callback::from(move |_: Event| seen.set(is_open(&details)))
    };
    (*seen, onclick, ontoggle)
}
