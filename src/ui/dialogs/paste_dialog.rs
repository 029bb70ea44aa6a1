//! Paste a text as a new document: a title and a text box. Rich text
//! pasted from a word processor or a page arrives as its plain text, with
//! its paragraphs.

use crate::browser::form;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Panels};
use crate::ui::dialogs::dialog::Dialog;
use yew::prelude::*;

/// Props of [`PasteDialog`].
#[derive(Properties, PartialEq)]
pub struct PasteDialogProps {
    /// Interface language.
    pub lang: Lang,
    /// Adds the text: `(title, text)`.
    pub on_paste: Callback<(String, String)>,
    /// Dispatches an action (closing).
    pub on_action: Callback<Action>,
}

/// The dialog.
#[function_component(PasteDialog)]
pub fn paste_dialog(props: &PasteDialogProps) -> Html {
    let lang = props.lang;
    let (title, text) = (use_node_ref(), use_node_ref());
    let empty = use_state(|| false);
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let on_submit = {
        let (title, text, empty, on_paste) = (title.clone(), text.clone(), empty.clone(), props.on_paste.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let title = form::value(&title);
            let text = form::value(&text);
            if text.trim().is_empty() {
                empty.set(true);
            } else {
                on_paste.emit((title, text));
            }
        })
    };
    html! {
        <Dialog id="paste-dialog" title={tr(lang, Text::PasteText)} {lang} {on_close}>
            <form class="paste-form" onsubmit={on_submit}>
                <label for="paste-title">{ tr(lang, Text::PasteTitle) }</label>
                <input ref={title} id="paste-title" type="text" dir="auto" maxlength="200" />
                <label for="paste-text">{ tr(lang, Text::PasteBody) }</label>
                <textarea ref={text} id="paste-text" dir="auto" rows="12" autofocus=true
                    aria-invalid={(*empty).then_some("true")} aria-describedby="paste-error" />
                <p id="paste-error" class="error-detail" role="alert">
                    if *empty { { tr(lang, Text::PasteEmpty) } }
                </p>
                <div class="dialog-actions">
                    <button type="submit" class="primary">{ tr(lang, Text::PasteAdd) }</button>
                </div>
            </form>
        </Dialog>
    }
}
