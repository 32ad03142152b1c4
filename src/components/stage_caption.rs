//! The caption for the current stage: the post's words, a gloss, and a link to the post.

use yew::prelude::*;

use crate::content::{POST_TITLE, POST_URL};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct StageCaptionProps {
    /// The post's words for the stage.
    pub quote: AttrValue,
    /// The widget's own words, true of the board at this size (see `model::caption`).
    pub gloss: AttrValue,
}

/// Each part is marked as whose words it is: the post's, or the widget's example.
/// Only the current stage's caption is in the page, so a short one leaves no empty band. It sits
/// beside or below the board, where a change of its height moves nothing the reader is watching.
#[function_component]
pub fn StageCaption(props: &StageCaptionProps) -> Html {
    let (quote, gloss) = (&props.quote, props.gloss.clone());
    html! {
        <figure class="caption">
            <blockquote class="caption__quote" cite={POST_URL}>
                <p><span class="caption__mark">{ text::THE_POST }</span>{ format!(" “{quote}”") }</p>
            </blockquote>
            <figcaption class="caption__gloss">
                <span class="caption__mark">{ text::IN_THIS_EXAMPLE }</span>
                { " " }
                { gloss }
                { " " }
                <a href={POST_URL} target="_blank" rel="noopener">{ format!("Read “{POST_TITLE}”") }</a>
            </figcaption>
        </figure>
    }
}
