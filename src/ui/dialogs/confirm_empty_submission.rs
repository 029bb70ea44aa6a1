//! Asks before a submission that holds nothing is saved.

use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Panels};
use crate::ui::dialogs::dialog::Dialog;
use yew::prelude::*;

/// Props of [`ConfirmEmptySubmission`].
#[derive(Properties, PartialEq)]
pub struct ConfirmEmptySubmissionProps {
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
    /// Saves the submission.
    pub on_submit: Callback<()>,
}

/// The dialog.
#[function_component(ConfirmEmptySubmission)]
pub fn confirm_empty_submission(props: &ConfirmEmptySubmissionProps) -> Html {
    let lang = props.lang;
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let anyway = {
        let (on_submit, on_close) = (props.on_submit.clone(), on_close.clone());
        Callback::from(move |_: MouseEvent| {
            on_submit.emit(());
            on_close.emit(());
        })
    };
    html! {
        <Dialog id="empty-submission" title={tr(lang, Text::EmptySubmissionTitle)} {lang} on_close={on_close.clone()}>
            <p>{ tr(lang, Text::EmptySubmissionQuestion) }</p>
            <div class="dialog-actions">
                <button type="button" class="primary" data-action="back-to-work" onclick={on_close.reform(|_: MouseEvent| ())}>{ tr(lang, Text::BackToWork) }</button>
                <button type="button" class="quiet" data-action="submit-anyway" onclick={anyway}>{ tr(lang, Text::SubmitAnyway) }</button>
            </div>
        </Dialog>
    }
}
