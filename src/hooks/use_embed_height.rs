use yew::prelude::*;

use crate::platform::{self, FromHost};

/// In a frame, tells the host page the content's height: at once, then whenever it changes. In
/// the AMP `embed-size` format, and in WordPress's own (`{secret, message: "height", value}`) when
/// the frame's address carries WordPress's `#?secret=`. WordPress hides its frame until the first
/// message, and a hidden frame gets no resize callbacks, so the first height cannot wait for one;
/// and its host script may load after that, so when it says `ready`, the height goes again.
///
/// ```ignore
/// let content = use_node_ref();
/// use_embed_height(content.clone());
/// html! { <main ref={content}>{ "…" }</main> }
/// ```
#[hook]
pub fn use_embed_height(content: NodeRef) {
    use_effect_with((), move |_| {
        let secret = platform::wordpress_secret();
        let post = move |height: u32| {
            platform::post_height(height);
            if let Some(secret) = &secret {
                platform::post_wordpress_height(secret, height);
            }
        };
        let element = content.cast::<web_sys::Element>();
        let watch = element.as_ref().map(|el| {
            post(platform::content_height(el));
            platform::HeightWatch::new(el, post.clone())
        });
        let answer = element.zip(platform::wordpress_secret()).map(|(el, secret)| {
            platform::HostMessages::new(move |message| {
                if matches!(message, FromHost::WordPressReady { secret: ref asked } if *asked == secret) {
                    platform::post_wordpress_height(&secret, platform::content_height(&el));
                }
            })
        });
        move || drop((watch, answer))
    });
}
