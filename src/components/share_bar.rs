//! Copy link, Share, Embed and the picture for slides: each works, or falls back to a selected
//! text field to copy by hand (or, for the picture, to the picture shown in place). Embed opens a
//! short menu of places the widget can go, each with its own code and a Copy button.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::link::{encode_href, LinkState};
use crate::platform::address::page_address;
use crate::platform::{clipboard, extras, size};
use crate::share::{share_url, WIDGET_TITLE};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub link: LinkState,
    /// The widget's content, measured for the embed code's initial height, so the iframe
    /// reserves exactly the space the embed will take at this width.
    pub content: NodeRef,
    /// The way from this page to the site's root, where the extras module lies.
    pub root: AttrValue,
}

/// Where the picture for slides stands.
#[derive(Clone, PartialEq)]
enum PictureStatus {
    None,
    Drawing,
    /// Downloading, as the file of this name.
    Saved(String),
    /// Shown in place, where this page may not download.
    InPlace,
    Failed,
}

/// What the last copy did.
#[derive(Clone, PartialEq)]
enum Copied {
    Nothing,
    /// Copied to the clipboard; the text says what.
    Done(Rc<str>),
    /// The clipboard refused: the text is shown selected, to copy by hand.
    ByHand {
        label: Rc<str>,
        text: String,
    },
}

/// Copies `text`, or, where the clipboard is denied, shows it selected for the reader to copy.
fn copy(text: String, what: Rc<str>, copied: UseStateHandle<Copied>) {
    spawn_local(async move {
        match clipboard::copy_to_clipboard(&text).await {
            Ok(()) => copied.set(Copied::Done(what)),
            Err(()) => copied.set(Copied::ByHand { label: what, text }),
        }
    });
}

#[function_component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    // `_eq`: resetting these on every slider step must not re-render the bar when nothing changed.
    let copied = use_state_eq(|| Copied::Nothing);
    // The embed menu, while open, as the extras module wrote it (`share::embed_menu`): each place,
    // with its code for the state it was opened in. Empty where the module could not be loaded.
    let embed_codes = use_state_eq(|| None::<AttrValue>);
    // Known only in the browser, so it starts false and the prerender matches the first render.
    let can_share = use_state_eq(|| false);
    let by_hand_field = use_node_ref();
    let picture = use_state_eq(|| PictureStatus::None);
    let picture_place = use_node_ref();
    {
        let can_share = can_share.clone();
        use_effect_with((), move |_| can_share.set(clipboard::can_share()));
    }
    // Select the by-hand text as soon as it appears, so Ctrl+C or ⌘C is all it takes.
    {
        let field = by_hand_field.clone();
        use_effect_with((*copied).clone(), move |_| {
            if let Some(field) = field.cast::<web_sys::Element>() {
                clipboard::select_text(&field);
            }
        });
    }
    // A new state makes the last "copied" and the last picture stale.
    {
        let (copied, embed_codes, picture) = (copied.clone(), embed_codes.clone(), picture.clone());
        use_effect_with(props.link.clone(), move |_| {
            copied.set(Copied::Nothing);
            embed_codes.set(None);
            picture.set(PictureStatus::None);
        });
    }
    // Downloaded, or where this page may not download, shown in place (painted there once the
    // extras module has loaded, by when its place is on the page).
    let on_picture = |svg: bool| {
        let (link, root, picture, place) =
            (props.link.clone(), props.root.clone(), picture.clone(), picture_place.clone());
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let in_place = !clipboard::may_download();
            // The status says what was done last.
            copied.set(Copied::Nothing);
            picture.set(if in_place { PictureStatus::InPlace } else { PictureStatus::Drawing });
            let (link, root, picture, place) = (link.clone(), root.clone(), picture.clone(), place.clone());
            spawn_local(async move {
                let shown = place.clone();
                match extras::picture(&root, &encode_href(&link), &page_address(), in_place.then_some(place), svg).await
                {
                    Ok(name) if !in_place => picture.set(PictureStatus::Saved(name)),
                    Ok(_) => {}
                    // The reader moved on before it was painted: its place is gone, and so is the need.
                    Err(()) if in_place && shown.get().is_none() => {}
                    Err(()) => picture.set(PictureStatus::Failed),
                }
            });
        })
    };

    // A copy's status replaces the last picture's (but not a picture shown in place).
    let picture_done = {
        let picture = picture.clone();
        move || {
            if *picture != PictureStatus::InPlace {
                picture.set(PictureStatus::None);
            }
        }
    };
    let on_copy_link = {
        let (link, copied, picture_done) = (props.link.clone(), copied.clone(), picture_done.clone());
        Callback::from(move |_: MouseEvent| {
            picture_done();
            copy(share_url(&page_address(), &link), text::LINK.into(), copied.clone());
        })
    };
    let on_share = {
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            let url = share_url(&page_address(), &link);
            // Cancelling the share sheet is not an error worth a message.
            spawn_local(async move {
                let _ = clipboard::share(WIDGET_TITLE, &url).await;
            });
        })
    };
    // The menu's words and codes come from the extras module, loaded on first use.
    let on_embed = {
        let (link, content, root) = (props.link.clone(), props.content.clone(), props.root.clone());
        let embed_codes = embed_codes.clone();
        Callback::from(move |_: MouseEvent| {
            if embed_codes.is_some() {
                embed_codes.set(None);
                return;
            }
            let height = content.cast::<web_sys::Element>().map_or(900, |el| size::content_height(&el));
            let (href, root, embed_codes) = (encode_href(&link), root.clone(), embed_codes.clone());
            spawn_local(async move {
                // Where the module cannot be loaded, the menu is empty and says so.
                let menu = extras::embed_menu(&root, &href, &page_address(), height).await.unwrap_or_default();
                embed_codes.set(Some(menu.into()));
            });
        })
    };
    // One listener for the menu's Copy buttons: each carries its code.
    let on_copy_code = {
        let (copied, picture_done) = (copied.clone(), picture_done.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some((code, what)) = clipboard::pressed_code(&event) {
                picture_done();
                copy(code, what.into(), copied.clone());
            }
        })
    };

    let status = match (&*copied, &*picture) {
        (Copied::Done(what), _) => text::copied(what),
        (_, PictureStatus::Drawing) => text::DRAWING.to_string(),
        (_, PictureStatus::Saved(name)) => text::downloading(name),
        (_, PictureStatus::Failed) => text::PICTURE_FAILED.to_string(),
        (_, PictureStatus::InPlace) => text::PICTURE_SHOWN.to_string(),
        _ => String::new(),
    };

    html! {
        <div class="share">
            <div class="share__buttons">
                <button type="button" class="button" onclick={on_copy_link}>{ text::COPY_LINK }</button>
                if *can_share {
                    <button type="button" class="button" onclick={on_share}>{ text::SHARE }</button>
                }
                if !props.link.embed {
                    <button type="button" class="button" aria-expanded={embed_codes.is_some().to_string()}
                        aria-controls="pmsu-embed" onclick={on_embed}>{ text::EMBED }</button>
                }
                <button type="button" class="button" onclick={on_picture(false)}>{ text::DOWNLOAD_IMAGE }</button>
                <button type="button" class="button" aria-label={text::DOWNLOAD_SVG} onclick={on_picture(true)}>
                    { text::SVG }
                </button>
                <span class="share__status" role="status">{ status }</span>
            </div>
            if *picture == PictureStatus::InPlace {
                <figure class="share__picture">
                    <div ref={picture_place}></div>
                    <figcaption>{ text::PICTURE_IN_PLACE }</figcaption>
                </figure>
            }
            if let Some(menu) = &*embed_codes {
                <div id="pmsu-embed" class="share__embed" onclick={on_copy_code}>
                    <p id="pmsu-embed-title" class="share__embed-label">{ text::EMBED_MENU }</p>
                    if menu.is_empty() {
                        <p>{ text::PART_FAILED }</p>
                    } else {
                        { Html::from_html_unchecked(menu.clone()) }
                    }
                </div>
            }
            // Below what was copied: the share buttons, or the embed menu.
            if let Copied::ByHand { label, text } = &*copied {
                <div class="share__by-hand">
                    <label for="pmsu-copy-by-hand">
                        { text::copy_by_hand(label) }
                    </label>
                    if text.contains('\n') {
                        <textarea id="pmsu-copy-by-hand" class="share__field" readonly=true rows="4"
                            ref={by_hand_field} value={text.clone()} />
                    } else {
                        <input id="pmsu-copy-by-hand" class="share__field" readonly=true
                            ref={by_hand_field} value={text.clone()} />
                    }
                </div>
            }
        </div>
    }
}
