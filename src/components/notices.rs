//! The notice that says what part of the opening link was ignored, and can be dismissed.

use std::rc::Rc;

use yew::prelude::*;

use crate::notice::Notice;
use crate::text;

#[derive(Properties)]
pub struct NoticesProps {
    pub notices: Rc<Vec<Notice>>,
    pub on_dismiss: Callback<()>,
}

/// The state replaces its notices (a new `Rc`) whenever they change, so the pointer says it: no
/// need to compare every notice's text at each render.
impl PartialEq for NoticesProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.notices, &other.notices) && self.on_dismiss == other.on_dismiss
    }
}

/// A notice as list items: a part of the link in the reader's words, with the technical detail
/// (the key and what it takes) on a second line; a scenario's heading and each of its problems.
fn item(notice: &Notice) -> Html {
    match notice {
        Notice::Link(problem) => {
            let (plain, detail) = (problem.plain(), problem.to_string());
            html! {
                <li>
                    { plain.clone() }
                    if detail != plain {
                        <span class="notice__detail">{ detail }</span>
                    }
                </li>
            }
        }
        Notice::Scenario { .. } => {
            text::notice_lines(notice).into_iter().map(|line| html! { <li>{ line }</li> }).collect()
        }
    }
}

#[function_component]
pub fn Notices(props: &NoticesProps) -> Html {
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
                { for props.notices.iter().map(item) }
            </ul>
            <button type="button" class="button button--quiet notice__dismiss" {onclick}>
                { text::DISMISS }
            </button>
        </section>
    }
}
