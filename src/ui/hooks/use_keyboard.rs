//! Keyboard shortcuts for the whole page.

use crate::browser::{dom, keyboard, text_selection};
use crate::core::keymap::action_for;
use crate::core::state::{Action, Panel, SpanMode};
use yew::prelude::*;

/// Listens for shortcuts for as long as the app lives; `panel` is the open
/// panel (keys mean other things inside dialogs) and `spans` says a span is
/// being marked. Marks the page ready.
#[hook]
pub fn use_keyboard(dispatch: Callback<Action>, panel: Panel, spans: bool) {
    let mode_now = use_mut_ref(|| (panel, spans));
    *mode_now.borrow_mut() = (panel, spans);
    use_effect_with((), move |_| {
        let listener = keyboard::listen_keydown(move |press| {
            let (panel, spans) = *mode_now.borrow();
            match action_for(&press, panel, spans) {
                Some(action) => {
                    // The keyboard moves the span cursor on from what the mouse selected.
                    if matches!(
                        action,
                        Action::SpanMode(SpanMode::MoveCursor { .. })
                            | Action::SpanMode(SpanMode::Leave)
                            | Action::SpanMode(SpanMode::ToggleKey(_))
                            | Action::SpanMode(SpanMode::RemoveAtCursor)
                    ) {
                        text_selection::clear();
                    }
                    dispatch.emit(action);
                    true
                }
                None => false,
            }
        });
        dom::mark_ready();
        move || drop(listener)
    });
}
