//! Alerts about the browser's storage: unavailable, full, refusing, work
//! of an earlier version not moved, or data that could not be read. Each says what happened and what to do, in the
//! interface language, and stays in view (a bar fixed to the window) until
//! the problem is gone; the browser's own words sit behind a disclosure.

use crate::browser::persistence::Persistence;
use crate::browser::storage::StorageError;
use crate::core::i18n::{tr, Lang, Text};
use crate::ui::hooks::use_save_status;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`StorageAlerts`].
#[derive(Properties, PartialEq)]
pub struct StorageAlertsProps {
    /// The writer, watched for failures.
    pub persistence: Persistence,
    /// Stored values set aside: `(key, reason)`.
    pub set_aside: Rc<Vec<(String, String)>>,
    /// Interface language.
    pub lang: Lang,
    /// Downloads a backup of all the work in memory.
    pub on_backup: Callback<()>,
    /// Writes again what could not be stored.
    pub on_retry: Callback<()>,
    /// Downloads the values set aside.
    pub on_download_set_aside: Callback<()>,
    /// Deletes the values set aside.
    pub on_discard_set_aside: Callback<()>,
}

/// The alerts (nothing when all is well).
#[function_component(StorageAlerts)]
pub fn storage_alerts(props: &StorageAlertsProps) -> Html {
    let lang = props.lang;
    let backup = props.on_backup.reform(|_: MouseEvent| ());
    let problem = use_save_status(&props.persistence).problem;
    let problem = problem.as_ref().map(|problem| {
        let (text, detail) = match problem {
            StorageError::Unavailable => (Text::StorageUnavailable, None),
            StorageError::Full => (Text::StorageFull, None),
            StorageError::Refused(reason) => (Text::StorageRefused, Some(reason)),
            StorageError::NotMoved(reason) => (Text::StorageNotMoved, Some(reason)),
        };
        let retry = matches!(problem, StorageError::Full | StorageError::Refused(_)).then(|| {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            html! { <button type="button" class="quiet" data-action="retry" onclick={retry}>{ tr(lang, Text::TryAgain) }</button> }
        });
        html! {
            <div class="alert" role="alert" data-problem={format!("{problem:?}")}>
                <p>{ tr(lang, text) }</p>
                <button type="button" class="primary" onclick={backup}>{ tr(lang, Text::DownloadBackup) }</button>
                { for retry }
                if let Some(reason) = detail {
                    { details(lang, html! { <p dir="auto">{ reason.clone() }</p> }) }
                }
            </div>
        }
    });
    let set_aside = (!props.set_aside.is_empty()).then(|| {
        let download = props.on_download_set_aside.reform(|_: MouseEvent| ());
        let discard = props.on_discard_set_aside.reform(|_: MouseEvent| ());
        html! {
            <div class="alert" role="alert" data-problem="unreadable">
                <p>{ tr(lang, Text::UnreadableData) }</p>
                { details(lang, html! {
                    <ul class="unreadable" dir="ltr">
                        { for props.set_aside.iter().map(|(key, reason)| html! {
                            <li><code>{ key.clone() }</code>{ ": " }{ reason.clone() }</li>
                        }) }
                    </ul>
                }) }
                <button type="button" class="primary" onclick={download}>{ tr(lang, Text::DownloadUnreadable) }</button>
                <button type="button" class="quiet" onclick={discard}>{ tr(lang, Text::DiscardUnreadable) }</button>
            </div>
        }
    });
    if problem.is_none() && set_aside.is_none() {
        return html! {};
    }
    html! { <div class="alerts">{ for problem }{ for set_aside }</div> }
}

/// The technical detail of an alert, folded away under a summary in `lang`.
fn details(lang: Lang, content: Html) -> Html {
    html! {
        <details class="alert-details">
            <summary>{ tr(lang, Text::TechnicalDetails) }</summary>
            { content }
        </details>
    }
}
