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

/// Every stage's caption is in the page, stacked in one grid cell, and only the current one is
/// visible (`visibility`, so the others keep their size but are neither seen, read nor focused).
/// The block is as tall as its tallest caption, so a change of stage moves nothing below it: the
/// cards stay put under the reader's eyes, and a slider sweep does not repaint the whole page.
#[function_component]
pub fn StageCaption(props: &StageCaptionProps) -> Html {
    let captions = Stage::ALL.into_iter().map(|stage| {
        let (quote, gloss) = props.scenario.caption(stage);
        let class = classes!("caption", (stage == props.stage).then_some("caption--current"));
        html! {
            <figure key={stage.slug()} {class}>
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
    });
    html! { <div class="captions">{ for captions }</div> }
}
