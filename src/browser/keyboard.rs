//! Page-wide keyboard shortcuts.

use crate::core::keymap::KeyPress;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// Calls `on_key` for every key pressed outside text fields (and outside an
/// input method composition); when it returns `true` the browser's default
/// action is prevented. Dropping the listener stops it.
pub fn listen_keydown(on_key: impl Fn(KeyPress) -> bool + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(&document, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if event.is_composing() || is_in_text_field(event) {
            return;
        }
        if event.key() == "Escape" && ask_guarded_dialog() {
            event.prevent_default();
            return;
        }
        let press = KeyPress {
            key: event.key(),
            code: event.code(),
            ctrl: event.ctrl_key(),
            shift: event.shift_key(),
            alt: event.alt_key(),
            meta: event.meta_key(),
            on_control: is_on_control(event),
        };
        if on_key(press) {
            event.prevent_default();
        }
    }))
}

/// A dialog that asks before closing (a note with changes) decides what
/// Escape does even when the focus has left it: its close button is pressed
/// instead of closing it here. Returns whether there was such a dialog.
fn ask_guarded_dialog() -> bool {
    let button = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("[role=dialog][data-confirm-close] .close").ok().flatten())
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
    button.map(|button| button.click()).is_some()
}

/// Whether the key went to a control that Enter activates itself.
fn is_on_control(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else {
        return false;
    };
    target
        .closest(
            "button, a[href], summary, input[type=checkbox], [role=button], [role=link], [role=checkbox], \
             [role=radio]",
        )
        .ok()
        .flatten()
        .is_some()
}

fn is_in_text_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else {
        return false;
    };
    let tag = target.tag_name().to_ascii_lowercase();
    // A checkbox takes no typing: a label key pressed on one (just ticked
    // "Whole words only", say) still labels. Radio buttons keep their
    // arrows.
    let typed = match tag.as_str() {
        "input" => !matches!(
            target.get_attribute("type").unwrap_or_default().to_ascii_lowercase().as_str(),
            "checkbox" | "button" | "submit" | "reset"
        ),
        "textarea" | "select" => true,
        _ => false,
    };
    typed || target.closest("[contenteditable]").ok().flatten().is_some()
}
