//! Keyboard shortcuts: each key press becomes the action the key map gives.

use crate::browser::{dom, keyboard};
use crate::core::keymap::action_for;
use crate::core::state::{Action, Panel};
use yew::prelude::*;

/// Listens for shortcuts for as long as the app lives; `panel` is the open
/// panel (keys mean other things inside dialogs). Marks the page ready.
#[hook]
pub fn use_keyboard(dispatch: Callback<Action>, panel: Panel) {
    let panel_now = use_mut_ref(|| panel);
    *panel_now.borrow_mut() = panel;
    use_effect_with((), move |_| {
        let listener = keyboard::listen_keydown(move |press| match action_for(&press, *panel_now.borrow()) {
            Some(action) => {
                dispatch.emit(action);
                true
            }
            None => false,
        });
        dom::mark_ready();
        move || drop(listener)
    });
}
