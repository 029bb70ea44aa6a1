//! A modal dialog frame: title, close button, Escape closes, focus moves in.

use crate::browser::dom;
use crate::core::strings::{tr, Lang, Text};
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
    /// Closes the dialog.
    pub on_close: Callback<()>,
    /// The content.
    pub children: Html,
}

/// A dialog over a dimmed page.
#[function_component(Dialog)]
pub fn dialog(props: &DialogProps) -> Html {
    let id = props.id.clone();
    use_effect_with(id, |id| {
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
        || dom::focus(".document[role=listbox]")
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
                onkeydown={on_keydown}>
                <div class="dialog-head">
                    <h2 id={title_id} class="dialog-title">{ props.title.clone() }</h2>
                    <button type="button" class="quiet close" aria-label={tr(props.lang, Text::Close)} onclick={close}>{ "×" }</button>
                </div>
                { props.children.clone() }
            </div>
        </div>
    }
}
