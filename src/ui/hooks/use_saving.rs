//! Saving files: exports, exercise files, submissions and backups. Every
//! download reports its outcome: the file's name, or why the browser
//! refused it.

use crate::browser::dom;
use crate::browser::download::{self, download_text};
use crate::browser::persistence::Persistence;
use crate::browser::startup::SetAside;
use crate::core::formats::exercise_file::{exercise_json, exercise_of, submission_json, ExerciseChoice};
use crate::core::formats::hamish::pieces::hamish_json_pieces;
use crate::core::formats::w3c::write::export_w3c;
use crate::core::state::{Action, Notice, Panels, State};
use crate::core::store::{backup_json, quarantine_key, Record};
use crate::core::{
    formats::export::{export_file_name, named_file, Scope},
    formats::sentences::{export_csv, export_documents_jsonl, export_jsonl},
};
use crate::core::{
    formats::training::doccano::export_doccano_spans,
    formats::training::huggingface::{export_hf_jsonl, hf_dataset_card},
    formats::training::label_studio::{export_label_studio, label_studio_config},
    formats::training::spacy::export_spacy_jsonl,
};
use crate::ui::dialogs::export_dialog::{ExportFormat, ExportRequest};
use std::collections::BTreeMap;
use yew::prelude::*;

/// Callbacks that save files.
pub struct Saving {
    /// Exports this document or all, in a format, or its companion file.
    pub on_export: Callback<ExportRequest>,
    /// Saves the exercise the teacher made.
    pub on_save_exercise: Callback<ExerciseChoice>,
    /// Saves the student's submission.
    pub on_submit: Callback<()>,
    /// Saves everything in memory as storage records.
    pub on_backup: Callback<()>,
    /// Saves the values set aside.
    pub on_download_set_aside: Callback<()>,
    /// Deletes the values set aside.
    pub on_discard_set_aside: Callback<()>,
}

/// Documents written between two chances for the page to paint.
const DOCUMENTS_PER_SLICE: usize = 250;

/// Hands `text` to the browser as `name` and reports the outcome.
pub fn save(dispatch: &Callback<Action>, name: &str, mime: &str, text: &str) {
    dispatch.emit(Action::Panels(Panels::Report(match download_text(name, mime, text) {
        Ok(()) => Notice::FileSaved(name.to_string()),
        Err(error) => Notice::DownloadFailed { name: name.to_string(), reason: error.to_string() },
    })));
}

/// Callbacks that save files from `state`.
#[hook]
pub fn use_saving(
    state: &State,
    dispatch: Callback<Action>,
    set_aside: UseStateHandle<Vec<SetAside>>,
    persistence: Persistence,
) -> Saving {
    let on_export = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |request: ExportRequest| {
            let scope = match (request.all, state.open_document()) {
                (false, Some(document)) => Scope::Document(document.id.clone()),
                _ => Scope::All,
            };
            let (work, annotator, now) = (&state.work, &state.prefs.annotator, download::now());
            let (text, extension, mime) = match (request.format, request.companion) {
                (ExportFormat::Hamish, _) => {
                    // Written a slice of documents at a time, the page free
                    // to paint and take keys between slices.
                    let (work, annotator, dispatch) = (work.clone(), annotator.clone(), dispatch.clone());
                    let name = export_file_name(&scope, &download::today(), "json");
                    yew::platform::spawn_local(async move {
                        let mut text = String::new();
                        for piece in hamish_json_pieces(&work, &annotator, &scope, &now, DOCUMENTS_PER_SLICE) {
                            text.push_str(&piece);
                            dom::next_task().await;
                        }
                        save(&dispatch, &name, "application/json", &text);
                    });
                    return;
                }
                (ExportFormat::Jsonl | ExportFormat::Csv, true) => {
                    (export_documents_jsonl(work, &scope), "documents.jsonl", "application/jsonl")
                }
                (ExportFormat::Jsonl, false) => (export_jsonl(work, &scope), "jsonl", "application/jsonl"),
                (ExportFormat::Csv, false) => (export_csv(work, &scope), "csv", "text/csv;charset=utf-8"),
                (ExportFormat::W3c, _) => (export_w3c(work, annotator, &scope, &now), "jsonld", "application/ld+json"),
                (ExportFormat::Spacy, _) => (export_spacy_jsonl(work, &scope), "spacy.jsonl", "application/jsonl"),
                (ExportFormat::LabelStudio, false) => {
                    (export_label_studio(work, &scope), "label-studio.json", "application/json")
                }
                (ExportFormat::LabelStudio, true) => {
                    (label_studio_config(work.labels()), "label-studio.xml", "application/xml")
                }
                (ExportFormat::DoccanoSpans, _) => {
                    (export_doccano_spans(work, &scope), "doccano-spans.jsonl", "application/jsonl")
                }
                (ExportFormat::HuggingFace, false) => (export_hf_jsonl(work, &scope), "hf.jsonl", "application/jsonl"),
                (ExportFormat::HuggingFace, true) => {
                    (hf_dataset_card(work, &scope, &now), "README.md", "text/markdown;charset=utf-8")
                }
            };
            save(&dispatch, &export_file_name(&scope, &download::today(), extension), mime, &text);
        })
    };
    let on_save_exercise = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |choice: ExerciseChoice| {
            let exercise = exercise_of(&state.work, &choice);
            let name = named_file("exercise", &download::today(), &exercise.title, "json");
            save(&dispatch, &name, "application/json", &exercise_json(&exercise));
        })
    };
    let on_submit = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |_| {
            // Named by the student (and their id) and the exercise: files
            // from a class told apart at a glance.
            let who = state.work.exercise().map_or(String::new(), |attempt| {
                let id = Some(&attempt.student_id).filter(|id| !id.is_empty() && **id != attempt.student);
                let who = id.map_or(attempt.student.clone(), |id| format!("{} {id}", attempt.student));
                format!("{who} {}", attempt.exercise.title)
            });
            let name = named_file("submission", &download::today(), &who, "json");
            let text = submission_json(&state.work, &download::now());
            save(&dispatch, &name, "application/json", &text);
        })
    };
    let on_backup = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |_| {
            let name = format!("hamish-backup-{}.json", download::today());
            save(&dispatch, &name, "application/json", &backup_json(&state.work, &state.preferences()));
        })
    };
    let on_download_set_aside = {
        let (items, dispatch) = (set_aside.clone(), dispatch);
        Callback::from(move |_| {
            let values: BTreeMap<&str, &str> =
                items.iter().map(|item| (item.key.as_str(), item.value.as_str())).collect();
            let text = serde_json::to_string_pretty(&values).unwrap_or_default();
            save(&dispatch, &format!("hamish-unreadable-{}.json", download::today()), "application/json", &text);
        })
    };
    let on_discard_set_aside = Callback::from(move |_| {
        let (set_aside, database) = (set_aside.clone(), persistence.database());
        let records: Vec<Record> =
            set_aside.iter().map(|item| Record { key: quarantine_key(&item.key), value: None }).collect();
        yew::platform::spawn_local(async move {
            // Gone from view only once gone from the store.
            let deleted = match database {
                Some(database) => database.put(&records).await.is_ok(),
                None => true,
            };
            if deleted {
                set_aside.set(Vec::new());
            }
        });
    });
    Saving { on_export, on_save_exercise, on_submit, on_backup, on_download_set_aside, on_discard_set_aside }
}
