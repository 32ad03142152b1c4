//! The caption for the current stage: the post's words, a gloss, and a link to the post.

use yew::prelude::*;

use std::rc::Rc;

use crate::content::{Scenario, POST_TITLE, POST_URL};
use crate::scale::Stage;

#[derive(Properties, PartialEq)]
pub struct StageCaptionProps {
    pub scenario: Rc<Scenario>,
    pub stage: Stage,
}

/// Only the current stage's caption is in the page, so a short one leaves no empty band. It sits
/// beside or below the board, where a change of its height moves nothing the reader is watching.
#[function_component]
pub fn StageCaption(props: &StageCaptionProps) -> Html {
    let (quote, gloss) = props.scenario.caption(props.stage);
    html! {
        <figure class="caption">
            <blockquote class="caption__quote" cite={POST_URL}>
                <p>{ format!("“{quote}”") }</p>
            </blockquote>
            <figcaption class="caption__gloss">
                { gloss }
                { " " }
                <a href={POST_URL} target="_blank" rel="noopener">{ format!("Read “{POST_TITLE}”") }</a>
            </figcaption>
        </figure>
    }
}
