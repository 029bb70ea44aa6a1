//! Confirms removing an imported document and its annotations.

use crate::core::i18n::said::import;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Documents, Panels};
use crate::core::text::document::DocumentId;
use crate::ui::dialogs::dialog::Dialog;
use yew::prelude::*;

/// Props of [`ConfirmRemove`].
#[derive(Properties, PartialEq)]
pub struct ConfirmRemoveProps {
    /// The document.
    pub id: DocumentId,
    /// Its title.
    pub title: AttrValue,
    /// Its annotated sentences.
    pub annotations: usize,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The dialog.
#[function_component(ConfirmRemove)]
pub fn confirm_remove(props: &ConfirmRemoveProps) -> Html {
    let lang = props.lang;
    let question = import::remove_confirm(lang, &props.title, props.annotations);
    let remove = {
        let (id, on_action) = (props.id.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Documents(Documents::Remove(id.clone()))))
    };
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    html! {
        <Dialog id="remove-dialog" title={tr(lang, Text::RemoveDocument)} {lang} on_close={on_close.clone()}>
            <p>{ question }</p>
            <div class="dialog-actions">
                <button type="button" class="danger" data-action="confirm-remove" onclick={remove}>{ tr(lang, Text::Remove) }</button>
                <button type="button" class="quiet" onclick={on_close.reform(|_: MouseEvent| ())}>{ tr(lang, Text::Cancel) }</button>
            </div>
        </Dialog>
    }
}
