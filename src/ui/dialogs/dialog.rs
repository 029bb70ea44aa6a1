//! A modal dialog frame: title, close button, Escape closes, focus moves in,
//! Tab stays in, and on close the focus goes back where it was.

use crate::browser::dom;
use crate::core::i18n::{tr, Lang, Text};
use yew::prelude::*;

/// Props of [`Dialog`].
#[derive(Properties, PartialEq)]
pub struct DialogProps {
    /// Element id (the title gets `<id>-title`).
    pub id: AttrValue,
    /// The title.
    pub title: AttrValue,
    /// Interface language.
    pub lang: Lang,
    /// Closes the dialog (Escape, the × button); a dialog that asks before
    /// closing decides in this callback.
    pub on_close: Callback<()>,
    /// Whether `on_close` may ask first instead of closing: Escape pressed
    /// anywhere on the page then goes to this dialog.
    #[prop_or_default]
    pub confirm_close: bool,
    /// The content.
    pub children: Html,
}

/// A dialog over a dimmed page.
#[function_component(Dialog)]
pub fn dialog(props: &DialogProps) -> Html {
    let id = props.id.clone();
    use_effect_with(id, |id| {
        // The element that opened the dialog (a button, or the text when a
        // shortcut did) gets the focus back when it closes.
        let opener = dom::active_element();
        let fields = [
            "[autofocus]",
            "textarea",
            "input:not([type=hidden]):not([type=radio])",
            "select",
            "input",
            ".dialog-actions button",
            "button",
        ];
        dom::focus_first(id, &fields);
        move || dom::restore_focus(opener.as_ref(), ".document[role=listbox]")
    });
    let close = props.on_close.reform(|_: MouseEvent| ());
    let on_keydown = {
        let (on_close, id) = (props.on_close.clone(), props.id.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                event.stop_propagation();
                on_close.emit(());
            } else if event.key() == "Tab" && dom::wrap_tab(&id, event.shift_key()) {
                // The dialog is modal: Tab cycles within it.
                event.prevent_default();
            }
        })
    };
    let title_id = format!("{}-title", props.id);
    html! {
        <div class="backdrop">
            <div id={props.id.clone()} class="dialog" role="dialog" aria-modal="true" aria-labelledby={title_id.clone()}
                data-confirm-close={props.confirm_close.then_some("")} onkeydown={on_keydown}>
                <div class="dialog-head">
                    <h2 id={title_id} class="dialog-title">{ props.title.clone() }</h2>
                    <button type="button" class="quiet close" aria-label={tr(props.lang, Text::Close)} onclick={close}>{ "×" }</button>
                </div>
                { props.children.clone() }
            </div>
        </div>
    }
}
