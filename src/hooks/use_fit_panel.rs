use yew::prelude::*;

use crate::link::{encode_href, LinkState};
use crate::platform::extras;

/// The panel "Which size suits me?": has the extras module show the state `link` says in the
/// `<details>` at `place` whenever it changes while the panel is open or the link weighs sizes
/// (`vs=` or `keep=`; the first time, it opens the panel). Returns the `<details>`'s `ontoggle`: opened by
/// the reader, it shows the panel; sent by the panel with what the reader asked for, it hands
/// that to `on_weigh` as a link's query. `root` is the way to the site's root, where the module
/// lies.
///
/// ```ignore
/// let fit = use_node_ref();
/// let ontoggle = use_fit_panel(fit.clone(), &state.link, props.root.clone(), on_weigh);
/// html! { <details class="fit" ref={fit} {ontoggle}><summary>{ text::WHICH_SIZE }</summary></details> }
/// ```
#[hook]
pub fn use_fit_panel(place: NodeRef, link: &LinkState, root: AttrValue, on_weigh: Callback<String>) -> Callback<Event> {
    let href = encode_href(link);
    let weighs = link.vs.is_some() || link.keep.is_some();
    {
        let (place, root) = (place.clone(), root.clone());
        use_effect_with(href.clone(), move |href| extras::show_fit(&root, href, &place, weighs));
    }
    // A callback made afresh at each render: the `<details>` is an element, not a component, so
    // nothing is rendered again for it.
    Callback::from(move |_: Event| match extras::asked_in_fit(&place) {
        Some(query) => on_weigh.emit(query),
        None => extras::show_fit(&root, &href, &place, weighs),
    })
}
