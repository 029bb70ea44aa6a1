//! Text selected with the mouse or a finger inside a sentence becomes the
//! span cursor (snapped to whole words unless any range is allowed).

use crate::browser::text_selection;
use crate::core::state::{Action, SpanMode};
use yew::prelude::*;

/// Listens for selections inside sentences for as long as the app lives.
#[hook]
pub fn use_span_selection(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = text_selection::listen(move |index, start, end| {
            dispatch.emit(Action::SpanMode(SpanMode::SetCursor { index, start, end, snap: true }));
        });
        move || drop(listener)
    });
}
