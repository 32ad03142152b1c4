use yew::prelude::*;

use crate::platform::host::{post_height, post_pym_height, post_wordpress_height, wordpress_secret};
use crate::platform::size::{content_height, HeightWatch};

/// In a frame, tells the host page the content's height: at once, then whenever it changes. In
/// the AMP `embed-size` format, in WordPress's own (`{secret, message: "height", value}`) when
/// the frame's address carries WordPress's `#?secret=`, and in pym.js's when pym made the frame
/// (its address carries a `childId`). WordPress hides its frame until the first
/// message, and a hidden frame gets no resize callbacks, so the first height cannot wait for one.
/// (When WordPress's host script loads late and asks again, or pym sends a width, `use_host`
/// answers.)
///
/// ```ignore
/// let content = use_node_ref();
/// use_embed_height(content.clone());
/// html! { <main ref={content}>{ "…" }</main> }
/// ```
#[hook]
pub fn use_embed_height(content: NodeRef) {
    use_effect_with((), move |_| {
        let secret = wordpress_secret();
        let post = move |height: u32| {
            post_height(height);
            if let Some(secret) = &secret {
                post_wordpress_height(secret, height);
            }
            post_pym_height(height);
        };
        let watch = content.cast::<web_sys::Element>().map(|el| {
            post(content_height(&el));
            HeightWatch::new(&el, post)
        });
        move || drop(watch)
    });
}
