//! The import dialog: a summary and a choice (merge, with each conflict
//! decided, or replace), or why the file was refused. Nothing changes until
//! the user chooses.

use crate::browser::form;
use crate::core::formats::plan::ImportMode;
use crate::core::formats::reading::ImportView;
use crate::core::formats::w3c::read::left_out_lines;
use crate::core::i18n::said::{import, reading};
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, ImportFile, Panels};
use crate::core::text::document::DocumentId;
use crate::ui::dialogs::dialog::Dialog;
use std::collections::BTreeSet;
use yew::prelude::*;

/// Props of [`ImportDialog`].
#[derive(Properties, PartialEq)]
pub struct ImportDialogProps {
    /// What to show.
    pub view: ImportView,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// `message` with each isolate it marks (U+2068 … U+2069: a path, a format
/// name, a value from the file) as a `<bdi>`, so it reads whole in either
/// direction and copies without control characters.
pub fn isolated(message: &str) -> Html {
    let mut pieces = message.split('\u{2068}');
    let first = pieces.next().unwrap_or_default().to_string();
    let rest = pieces.map(|piece| {
        let (inside, after) = piece.split_once('\u{2069}').unwrap_or((piece, ""));
        html! { <><bdi>{ inside.to_string() }</bdi>{ after.to_string() }</> }
    });
    html! { <>{ first }{ for rest }</> }
}

/// A checkbox's `onchange` that keeps its state in `checked`.
fn checkbox_into(checked: &UseStateHandle<bool>) -> Callback<Event> {
    let checked = checked.clone();
    Callback::from(move |event: Event| {
        checked.set(form::event_checked(&event));
    })
}

/// The dialog.
#[function_component(ImportDialog)]
pub fn import_dialog(props: &ImportDialogProps) -> Html {
    let lang = props.lang;
    let take_theirs = use_state(BTreeSet::<(DocumentId, usize)>::new);
    let labels_accepted = use_state(|| false);
    let as_suggestions = use_state(|| false);
    // With "as suggestions" ticked, the import marks the file's labels as
    // suggestions to review.
    let on_import = {
        let suggest = *as_suggestions;
        props.on_action.reform(move |action| match action {
            Action::Import(file) if suggest => Action::Import(ImportFile { as_suggestions: true, ..file }),
            other => other,
        })
    };
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let body = match &props.view {
        ImportView::Error(error) => html! {
            <div class="import-error" role="alert">
                <p>{ tr(lang, Text::ImportFailed) }</p>
                <p class="error-detail" dir={lang.dir()} lang={lang.code()}>{ isolated(&error.describe(lang)) }</p>
            </div>
        },
        ImportView::Plan(plan, note) => {
            let summary = import::import_summary(
                lang,
                plan.file.documents.len(),
                plan.new_documents.len(),
                plan.annotations,
                plan.conflicts.len(),
            );
            let conflicts = plan.conflicts.iter().map(|conflict| {
                let key = (conflict.doc.clone(), conflict.index);
                let theirs_chosen = take_theirs.contains(&key);
                let choose = |theirs: bool| {
                    let (take_theirs, key) = (take_theirs.clone(), key.clone());
                    Callback::from(move |_: Event| {
                        let mut chosen = (*take_theirs).clone();
                        if theirs {
                            chosen.insert(key.clone());
                        } else {
                            chosen.remove(&key);
                        }
                        take_theirs.set(chosen);
                    })
                };
                let name = format!("conflict-{}-{}", conflict.doc, conflict.index);
                let describe = |(labels, note): &(Vec<String>, String)| {
                    let mut words = labels.join(lang.list_separator());
                    if !note.is_empty() {
                        words.push_str(&format!(" ✎ {note}"));
                    }
                    words
                };
                html! {
                    <li class="conflict">
                        <p class="conflict-text" dir="rtl" lang="ar">{ conflict.text.clone() }</p>
                        <label class="choice">
                            <input type="radio" name={name.clone()} checked={!theirs_chosen} onchange={choose(false)} />
                            { tr(lang, Text::KeepMine) }{ ": " }<span dir="auto">{ describe(&conflict.mine) }</span>
                        </label>
                        <label class="choice">
                            <input type="radio" name={name} checked={theirs_chosen} onchange={choose(true)} />
                            { tr(lang, Text::TakeTheirs) }{ ": " }<span dir="auto">{ describe(&conflict.theirs) }</span>
                        </label>
                    </li>
                }
            });
            let merge = {
                let (plan, take_theirs, on_action) = (plan.clone(), take_theirs.clone(), on_import.clone());
                Callback::from(move |_: MouseEvent| {
                    on_action.emit(Action::import(
                        plan.clone(),
                        ImportMode::Merge { take_theirs: (*take_theirs).clone() },
                        false,
                    ))
                })
            };
            let replace = {
                let (plan, on_action) = (plan.clone(), on_import.clone());
                Callback::from(move |_: MouseEvent| {
                    on_action.emit(Action::import(plan.clone(), ImportMode::Replace, false))
                })
            };
            // New labels are added only when the user says so.
            let new_labels = plan.new_labels.len();
            let blocked = new_labels > 0 && !*labels_accepted;
            let (accept, suggest) = (checkbox_into(&labels_accepted), checkbox_into(&as_suggestions));
            let shown: Vec<String> = plan.new_labels.iter().take(12).cloned().collect();
            let more = new_labels.saturating_sub(shown.len());
            html! {
                <>
                    <p class="import-summary" role="status">{ summary }</p>
                    if note.submission {
                        <p class="hint submission-hint" role="note">{ tr(lang, Text::ImportSubmissionHint) }</p>
                    }
                    if note.waiting > 0 {
                        <p class="hint waiting-files" role="status">{ import::import_waiting(lang, note.waiting) }</p>
                    }
                    if new_labels > 0 {
                        <div class="import-labels">
                            <p>{ import::import_new_labels(lang, new_labels) }</p>
                            <p class="new-labels" dir="auto">
                                { shown.join(lang.list_separator()) }
                                if more > 0 { { " " }{ reading::and_more(lang, more) } }
                            </p>
                            if plan.labels_after > 9 {
                                <p class="hint">{ tr(lang, Text::ImportKeysLimit) }</p>
                            }
                            <label class="choice">
                                <input type="checkbox" data-action="accept-labels" checked={*labels_accepted} onchange={accept} />
                                { import::import_accept_labels(lang, new_labels) }
                            </label>
                        </div>
                    }
                    if plan.unplaced > 0 {
                        <p class="hint">{ import::import_unplaced(lang, plan.unplaced) }</p>
                    }
                    { for left_out_lines(&plan.file.left_out, lang).iter().map(|line| html! {
                        <p class="hint left-out" role="status">{ isolated(line) }</p>
                    }) }
                    if !plan.conflicts.is_empty() {
                        <h3 class="panel-title">{ tr(lang, Text::ConflictsTitle) }</h3>
                        <ul class="conflicts">{ for conflicts }</ul>
                    }
                    <label class="choice">
                        <input type="checkbox" data-action="as-suggestions" checked={*as_suggestions} onchange={suggest} />
                        { tr(lang, Text::ImportAsSuggestions) }
                    </label>
                    <p class="hint">{ tr(lang, Text::ImportMergeHint) }</p>
                    <p class="hint">{ tr(lang, Text::ImportReplaceHint) }</p>
                    if blocked {
                        <p class="hint blocked-why" role="status">{ tr(lang, Text::ImportBlockedWhy) }</p>
                    }
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-action="merge" disabled={blocked} onclick={merge}>{ tr(lang, Text::ImportMerge) }</button>
                        <button type="button" class="quiet" data-action="replace" disabled={blocked} onclick={replace}>{ tr(lang, Text::ImportReplace) }</button>
                    </div>
                </>
            }
        }
    };
    html! {
        <Dialog id="import-dialog" title={tr(lang, Text::ImportTitle)} {lang} {on_close}>{ body }</Dialog>
    }
}
