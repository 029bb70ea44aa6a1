//! What became of each file of a batch: documents added, already here,
//! files refused with the reason, encodings and skipped rows.

use crate::browser::persistence::Persistence;
use crate::core::formats::batch::{span_notes, FileOutcome, ImportSummary};
use crate::core::i18n::said::import;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Panels};
use crate::ui::dialogs::dialog::Dialog;
use crate::ui::dialogs::import_dialog::isolated;
use crate::ui::hooks::use_save_status;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ImportSummaryDialog`].
#[derive(Properties, PartialEq)]
pub struct ImportSummaryProps {
    /// The summary.
    pub summary: Rc<ImportSummary>,
    /// Interface language.
    pub lang: Lang,
    /// The writer, watched until the documents are stored.
    pub persistence: Persistence,
    /// The state's revision when the summary was shown.
    pub revision: u64,
    /// Dispatches an action (closing).
    pub on_action: Callback<Action>,
}

/// One file's outcome, in words.
fn outcome(lang: Lang, file: &FileOutcome) -> Html {
    if let Some(error) = &file.read.refused {
        return html! {
            <span class="refused">{ tr(lang, Text::SummaryRefused) }{ ": " }{ isolated(&error.describe(lang)) }</span>
        };
    }
    let mut parts = vec![import::summary_added(lang, file.added)];
    if file.already > 0 {
        parts.push(import::summary_already(lang, file.already));
    }
    if let Some(encoding) = file.read.encoding {
        parts.push(import::summary_encoding(lang, encoding));
    }
    if file.read.empty_rows > 0 {
        parts.push(import::summary_empty_rows(lang, file.read.empty_rows));
    }
    if file.read.repeated_ids > 0 {
        parts.push(import::summary_repeated_ids(lang, file.read.repeated_ids));
    }
    if file.read.joined_lines > 0 {
        parts.push(import::summary_joined_lines(lang, file.read.joined_lines));
    }
    parts.extend(span_notes(lang, &file.read));
    html! { <span>{ parts.join(lang.list_separator()) }</span> }
}

/// The dialog.
#[function_component(ImportSummaryDialog)]
pub fn import_summary_dialog(props: &ImportSummaryProps) -> Html {
    let (lang, summary) = (props.lang, &props.summary);
    let saved = use_save_status(&props.persistence).saved >= props.revision;
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let close = props.on_action.reform(|_: MouseEvent| Action::Panels(Panels::Close));
    let totals = import::summary_totals(lang, summary.added(), summary.already(), summary.refused());
    html! {
        <Dialog id="import-summary" title={tr(lang, Text::SummaryTitle)} {lang} {on_close}>
            <p class="summary-totals" role="status">{ totals }</p>
            <p class="summary-stored" role="status" data-saved={saved.to_string()}>
                { tr(lang, if saved { Text::SummarySaved } else { Text::SummarySaving }) }
            </p>
            if !summary.new_labels.is_empty() {
                <p>{ import::summary_new_labels(lang, &summary.new_labels.join(lang.list_separator())) }</p>
            }
            if summary.labeled > 0 {
                <p>{ import::summary_labeled(lang, summary.labeled) }</p>
            }
            if summary.spans > 0 {
                <p>{ import::summary_spans(lang, summary.spans) }</p>
            }
            <div class="table-scroll">
                <table class="summary-files">
                    <thead><tr><th scope="col">{ tr(lang, Text::SummaryFile) }</th><th scope="col">{ tr(lang, Text::SummaryOutcome) }</th></tr></thead>
                    <tbody>
                        { for summary.files.iter().map(|file| html! {
                            <tr class={classes!(file.read.refused.is_some().then_some("is-refused"))}>
                                <td><bdi>{ file.read.name.clone() }</bdi></td>
                                <td>{ outcome(lang, file) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="dialog-actions">
                <button type="button" class="primary" onclick={close}>{ tr(lang, Text::Close) }</button>
            </div>
        </Dialog>
    }
}
