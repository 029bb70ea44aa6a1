//! The open dialog, if any: each panel of the state as its component.

use crate::browser::persistence::Persistence;
use crate::core::formats::exercise_file::ExerciseChoice;
use crate::core::formats::reading::{ImportView, Preview};
use crate::core::i18n::said::classroom;
use crate::core::i18n::said::import;
use crate::core::i18n::{tr, Text};
use crate::core::state::{students_of, Action, Notice, Panel, Panels};
use crate::ui::classroom::compare_view::CompareView;
use crate::ui::classroom::exercise_maker::ExerciseMaker;
use crate::ui::classroom::self_check::SelfCheckDialog;
use crate::ui::classroom::student_picker::StudentPicker;
use crate::ui::corpus::corpus_navigator::{Corpus, CorpusNavigator};
use crate::ui::dialogs::confirm_empty_submission::ConfirmEmptySubmission;
use crate::ui::dialogs::confirm_remove::ConfirmRemove;
use crate::ui::dialogs::dialog::Dialog;
use crate::ui::dialogs::export_dialog::{ExportDialog, ExportRequest};
use crate::ui::dialogs::help_dialog::HelpDialog;
use crate::ui::dialogs::import_dialog::ImportDialog;
use crate::ui::dialogs::import_summary::ImportSummaryDialog;
use crate::ui::dialogs::label_editor::LabelEditor;
use crate::ui::dialogs::note_dialog::NoteDialog;
use crate::ui::dialogs::paste_dialog::PasteDialog;
use crate::ui::dialogs::search_dialog::SearchDialog;
use crate::ui::dialogs::settings_dialog::SettingsDialog;
use crate::ui::dialogs::statistics_dialog::StatisticsDialog;
use crate::ui::dialogs::table_preview::TablePreview;
use crate::ui::hooks::AppState;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Dialogs`].
#[derive(Properties, PartialEq)]
pub struct DialogsProps {
    /// The state (compared by revision).
    pub app: UseReducerHandle<AppState>,
    /// The writer (the import summary says when the import is stored).
    pub persistence: Persistence,
    /// What the import dialog shows.
    pub import_view: Option<ImportView>,
    /// A file waiting for its preview (shown over any other dialog).
    pub preview: Option<Rc<Preview>>,
    /// Rows made so far, of how many, while importing.
    pub progress: Option<(usize, usize)>,
    /// Reads the previewed file in another encoding.
    pub on_encoding: Callback<crate::core::text::encoding::Encoding>,
    /// Confirms or skips the preview.
    pub on_preview: Callback<Option<crate::core::formats::table::rows::TableChoice>>,
    /// Adds a pasted text.
    pub on_paste: Callback<(String, String)>,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
    /// Exports this document or all, in a format, or its companion file.
    pub on_export: Callback<ExportRequest>,
    /// Saves the exercise the teacher made.
    pub on_save_exercise: Callback<ExerciseChoice>,
    /// Saves the student's submission.
    pub on_submit: Callback<()>,
}

/// The dialog of the open panel (nothing when none is open).
#[function_component(Dialogs)]
pub fn dialogs(props: &DialogsProps) -> Html {
    // The navigator's filter and sort outlive the panel.
    let navigator_query = use_state_eq(crate::core::corpus::navigator::Query::default);
    let state = &props.app.state;
    let (lang, on_action) = (state.prefs.lang, props.on_action.clone());
    let document = state.open_document();
    let annotations = state.open_annotations();
    if let Some(preview) = props.preview.clone() {
        let key = format!("{}:{}", preview.name, preview.encoding.label());
        return html! {
            <TablePreview {key} {preview} labels={state.work.labels().clone()} progress={props.progress} {lang}
                on_encoding={props.on_encoding.clone()} on_preview={props.on_preview.clone()} />
        };
    }
    if let Some((done, total)) = props.progress {
        let percent = done * 100 / total.max(1);
        return html! {
            <Dialog id="reading-file" title={tr(lang, Text::ReadingFile)} {lang} on_close={Callback::noop()}>
                <p role="status">
                    <progress max="100" value={percent.to_string()}></progress>
                    { import::reading_percent(lang, percent) }
                </p>
            </Dialog>
        };
    }
    match state.view.panel {
        Panel::None => html! {},
        Panel::Export => html! {
            <ExportDialog annotator={state.prefs.annotator.clone()} {lang} {on_action} on_export={props.on_export.clone()} />
        },
        Panel::Import => match props.import_view.clone() {
            Some(view) => html! { <ImportDialog {view} {lang} {on_action} /> },
            None => html! {},
        },
        Panel::ImportSummary => match state.view.import_summary.clone() {
            Some(summary) => html! {
                <ImportSummaryDialog {summary} {lang} persistence={props.persistence.clone()} revision={props.app.revision} {on_action} />
            },
            None => html! {},
        },
        Panel::Search => {
            html! { <SearchDialog documents={state.work.shown_documents()} labels={state.work.labels().clone()} {lang} {on_action} /> }
        }
        Panel::Paste => html! { <PasteDialog {lang} on_paste={props.on_paste.clone()} {on_action} /> },
        Panel::MakeExercise => html! {
            <ExerciseMaker documents={state.work.documents().clone()} open={state.view.open} {lang} {on_action}
                on_save={props.on_save_exercise.clone()} />
        },
        Panel::Settings => html! {
            <SettingsDialog {lang} theme={state.prefs.theme} text_size={state.prefs.text_size} advance={state.prefs.advance} {on_action} />
        },
        Panel::Statistics => html! { <StatisticsDialog state={state.clone()} {on_action} /> },
        Panel::Navigator => html! {
            <CorpusNavigator corpus={Corpus(state.work.clone())} open={state.view.open} kept={navigator_query} {lang} {on_action} />
        },
        Panel::SelfCheck => html! { <SelfCheckDialog work={state.work.clone()} {lang} {on_action} /> },
        Panel::ChooseStudent => match state.view.arriving.clone() {
            Some(exercise) => {
                let students = Rc::new(students_of(&state.work, &exercise));
                let taken = match &state.view.notice {
                    Some(Notice::StudentNameTaken(name)) => {
                        Some(AttrValue::from(classroom::student_name_taken(lang, name)))
                    }
                    _ => None,
                };
                html! { <StudentPicker {exercise} {students} {taken} {lang} {on_action} /> }
            }
            None => html! {},
        },
        Panel::Compare => html! {
            <CompareView adjudication={state.work.adjudication().cloned()} annotator={state.prefs.annotator.clone()}
                replacements={state.view.replacements.clone()} {lang} {on_action} />
        },
        Panel::ConfirmEmptySubmission => html! {
            <ConfirmEmptySubmission {lang} {on_action} on_submit={props.on_submit.clone()} />
        },
        Panel::ConfirmRemove => match document {
            Some(document) => html! {
                <ConfirmRemove id={document.id.clone()} title={document.title.clone()}
                    annotations={annotations.map_or(0, |a| a.iter().count())} {lang} {on_action} />
            },
            None => html! {},
        },
        Panel::Help => html! { <HelpDialog {lang} on_close={on_action.reform(|_| Action::Panels(Panels::Close))} /> },
        Panel::Note(index) => {
            let text = document.and_then(|document| document.sentence_text(index)).unwrap_or_default().to_string();
            let note = annotations.and_then(|a| a.get(index)).map(|a| a.note.clone()).unwrap_or_default();
            html! { <NoteDialog {index} {text} {note} {lang} {on_action} /> }
        }
        Panel::Labels => {
            let usage: Rc<Vec<usize>> =
                Rc::new(state.work.labels().labels.iter().map(|label| state.work.label_usage(label.id)).collect());
            html! {
                <LabelEditor labels={state.work.labels().clone()} {usage} locked={state.labels_locked()} {lang} {on_action} />
            }
        }
    }
}
