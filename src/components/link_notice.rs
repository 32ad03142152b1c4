//! The notice that says what part of the opening link was ignored, and can be dismissed.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::Notice;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub notices: Rc<Vec<Notice>>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <section class="notice" role="status" aria-labelledby="pmsu-notice-title">
            <h2 id="pmsu-notice-title" class="notice__title">
                { text::LINK_NOT_READ }
            </h2>
            <ul class="notice__list">
                { for props.notices.iter().flat_map(Notice::lines).map(|line| html! { <li>{ line }</li> }) }
            </ul>
            <button type="button" class="button button--quiet notice__dismiss" {onclick}>
                { text::DISMISS }
            </button>
        </section>
    }
}
