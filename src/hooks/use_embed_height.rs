use yew::prelude::*;

use crate::platform;

/// In a frame, tells the host page the content's height whenever it changes.
///
/// ```ignore
/// let content = use_node_ref();
/// use_embed_height(content.clone());
/// html! { <main ref={content}>{ "…" }</main> }
/// ```
#[hook]
pub fn use_embed_height(content: NodeRef) {
    use_effect_with((), move |_| {
        let watch = content.cast::<web_sys::Element>().map(|el| platform::HeightWatch::new(&el, platform::post_height));
        move || drop(watch)
    });
}
