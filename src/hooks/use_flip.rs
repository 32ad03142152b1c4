use yew::prelude::*;

use crate::flip::{Flip, Positions};

/// A FLIP animation of the subtree under `flip.root()`: each change that follows a
/// `flip.capture()` (or `capture_only`) is animated once it has rendered; renders without a
/// capture do not animate.
///
/// ```ignore
/// let flip = use_flip();
/// let on_move = {
///     let flip = flip.clone();
///     Callback::from(move |h| { flip.capture(); dispatcher.dispatch(Action::MoveTo(h)) })
/// };
/// html! { <main ref={flip.root()}>{ /* chips with data-flip="key" */ }</main> }
/// ```
#[hook]
pub fn use_flip() -> Flip {
    let flip = Flip::new(use_node_ref(), use_mut_ref(|| None::<Positions>));
    {
        let flip = flip.clone();
        use_effect(move || flip.play_captured());
    }
    flip
}
