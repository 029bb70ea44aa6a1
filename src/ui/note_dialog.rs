//! The note of one sentence (`n`).

use crate::core::state::Action;
use crate::core::strings::{tr, tr_count, Lang, Text};
use crate::ui::dialog::Dialog;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Props of [`NoteDialog`].
#[derive(Properties, PartialEq)]
pub struct NoteDialogProps {
    /// The sentence index.
    pub index: usize,
    /// The sentence text.
    pub text: AttrValue,
    /// Its current note.
    pub note: AttrValue,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// A textarea for the note; Save or Ctrl+Enter stores it.
#[function_component(NoteDialog)]
pub fn note_dialog(props: &NoteDialogProps) -> Html {
    let lang = props.lang;
    let field = use_node_ref();
    let save = {
        let (field, on_action, index) = (field.clone(), props.on_action.clone(), props.index);
        Callback::from(move |_: ()| {
            if let Some(area) = field.cast::<HtmlTextAreaElement>() {
                on_action.emit(Action::SetNote { index, note: area.value() });
            }
        })
    };
    let on_keydown = {
        let save = save.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
                event.prevent_default();
                save.emit(());
            }
        })
    };
    let on_close = props.on_action.reform(|_| Action::ClosePanel);
    html! {
        <Dialog id="note-dialog" title={tr_count(lang, Text::NoteTitle, props.index + 1)} {lang} on_close={on_close.clone()}>
            <blockquote class="note-sentence" dir="rtl" lang="ar">{ props.text.clone() }</blockquote>
            <textarea ref={field} id="note-field" class="note-field" dir="auto" rows="5" value={props.note.clone()}
                aria-label={tr(lang, Text::Note)} onkeydown={on_keydown} />
            <p class="hint">{ tr(lang, Text::OpenPanelNote) }</p>
            <div class="dialog-actions">
                <button type="button" class="primary" onclick={save.reform(|_: MouseEvent| ())}>{ tr(lang, Text::Save) }</button>
                <button type="button" class="quiet" onclick={on_close.reform(|_: MouseEvent| ())}>{ tr(lang, Text::Cancel) }</button>
            </div>
        </Dialog>
    }
}
