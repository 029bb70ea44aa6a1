//! The teacher's comparison: load many submissions at once, see who chose
//! what for each sentence with disagreements marked, the agreement figures,
//! and adjudicate a final label per sentence (the majority pre-filled).

use crate::browser::form;
use crate::browser::{download, files};
use crate::core::classroom::adjudication::{adjudicated_json, comparison_of, left_out};
use crate::core::classroom::agreement::Figures;
use crate::core::classroom::compare::{Comparison, Rejection};
use crate::core::classroom::submissions::{readable_date, Replacement};
use crate::core::formats::export::named_file;
use crate::core::formats::text_file::decode_bytes;
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::comparison::{Adjudication, LabelKey};
use crate::core::model::labels::Target;
use crate::core::state::{Action, Classroom, Panels};
use crate::ui::classroom::answer_key::AnswerKeyView;
use crate::ui::classroom::compare_table::CompareTable;
use crate::ui::classroom::read_from_server::ReadFromServer;
use crate::ui::classroom::replacement_prompt::ReplacementPrompt;
use crate::ui::classroom::span_agreement::SpanAgreementView;
use crate::ui::dialogs::dialog::Dialog;
use crate::ui::hooks::save;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    /// The comparison kept in the work, if any.
    pub adjudication: Option<Rc<Adjudication>>,
    /// The teacher's name, for the adjudicated export.
    pub annotator: AttrValue,
    /// Students' newer files waiting for the teacher's choice.
    pub replacements: Vec<Rc<Replacement>>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

fn figure(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(|| tr(lang, Text::Undefined).to_string(), |value| format!("{value:.3}"))
}

fn figures_row(lang: Lang, name: &str, figures: &Figures) -> Html {
    let name = name.to_string();
    html! {
        <tr>
            <th scope="row" dir="auto">{ name }</th>
            <td class="figure" dir="ltr" data-figure="observed">{ figure(lang, figures.observed) }</td>
            <td class="figure" dir="ltr" data-figure="fleiss">{ figure(lang, figures.fleiss.map(|(kappa, _)| kappa)) }</td>
            <td class="figure" dir="ltr" data-figure="alpha">{ figure(lang, figures.alpha) }</td>
        </tr>
    }
}

fn rejection_text(lang: Lang, rejection: &Rejection) -> String {
    match rejection {
        Rejection::Damaged(error) => error.describe(lang),
        Rejection::NotSubmission => tr(lang, Text::RejectNotSubmission).to_string(),
        Rejection::ExerciseFile => tr(lang, Text::RejectExerciseFile).to_string(),
        Rejection::OtherExercise { title } => classroom::reject_other(lang, title),
        Rejection::DuplicateStudent(name) => classroom::reject_duplicate(lang, name),
    }
}

fn cohen_table(lang: Lang, comparison: &Comparison) -> Html {
    let students = &comparison.students;
    html! {
        <table class="figures cohen" aria-label={tr(lang, Text::CohenKappa)}>
            <thead><tr><th></th>{ for students.iter().map(|name| html! { <th scope="col" dir="auto">{ name.clone() }</th> }) }</tr></thead>
            <tbody>
                { for students.iter().enumerate().map(|(i, name)| html! {
                    <tr>
                        <th scope="row" dir="auto">{ name.clone() }</th>
                        { for (0..students.len()).map(|j| {
                            let value = comparison.overall.cohen.iter()
                                .find(|((a, b), _)| (*a, *b) == (i.min(j), i.max(j)))
                                .and_then(|(_, kappa)| *kappa);
                            html! { <td class="figure" dir="ltr" data-pair={format!("{i}-{j}")}>{ if i == j { "—".to_string() } else { figure(lang, value) } }</td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn reports(lang: Lang, comparison: &Comparison) -> Html {
    let rejected = comparison.rejected.iter().map(|(name, rejection)| html! {
        <li><code dir="ltr">{ name.clone() }</code>{ ": " }<span dir="auto">{ rejection_text(lang, rejection) }</span></li>
    });
    let clashes =
        comparison.clashes.iter().map(|(name, _)| html! { <li dir="auto">{ classroom::label_clash(lang, name) }</li> });
    html! {
        <>
            if !comparison.rejected.is_empty() {
                <div class="import-error" role="alert">
                    <p>{ tr(lang, Text::LeftOut) }</p>
                    <ul>{ for rejected }</ul>
                </div>
            }
            if !comparison.clashes.is_empty() {
                <ul class="label-clashes" role="note">{ for clashes }</ul>
            }
        </>
    }
}

/// Each student's file, its identifier and date, with a button taking it
/// out of the comparison.
fn student_files(lang: Lang, comparison: &Comparison, on_action: &Callback<Action>) -> Html {
    let total = comparison.sentences.len();
    let rows = comparison.students.iter().zip(&comparison.submissions).enumerate().map(|(at, (student, submission))| {
        let labeled = comparison.labeled_by(at);
        let remove = {
            let student = student.clone();
            on_action.reform(move |_: MouseEvent| Action::Classroom(Classroom::RemoveStudent(student.clone())))
        };
        let label = classroom::remove_student(lang, student);
        html! {
            <li data-student={student.clone()}>
                <span dir="auto" class="student-name">{ student.clone() }</span>
                if !submission.student_id.is_empty() { <code dir="ltr" class="student-id">{ submission.student_id.clone() }</code> }
                <span class="hint" dir="ltr">{ readable_date(&submission.submitted) }</span>
                <span class="hint student-progress" data-labeled={labeled.to_string()}>{ classroom::labeled_of(lang, labeled, total) }</span>
                <button type="button" class="quiet danger" data-action="remove-student" title={label.clone()} aria-label={label} onclick={remove}>
                    { tr(lang, Text::RemoveStudent) }
                </button>
            </li>
        }
    });
    html! { <ul class="student-files">{ for rows }</ul> }
}

fn label_name(lang: Lang, comparison: &Comparison, key: u32) -> String {
    let Some(label) = comparison.label(key) else { return key.to_string() };
    match label.names.len() {
        1 => label.display_name(lang).to_string(),
        _ => format!(
            "{} ({})",
            label.display_name(lang),
            classroom::also_named(lang, &label.names[1..].join(lang.list_separator()))
        ),
    }
}

/// The comparison dialog.
#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let lang = props.lang;
    let adjudication = props.adjudication.clone().unwrap_or_default();
    // Compared again only when the files change, not on every decision.
    let files = Rc::new(Adjudication { files: adjudication.files.clone(), ..Adjudication::default() });
    let comparison: Rc<Option<Comparison>> = use_memo(files, |files| comparison_of(files));
    let add_files = {
        let on_action = props.on_action.clone();
        Callback::from(move |picked: Vec<form::File>| {
            let on_action = on_action.clone();
            yew::platform::spawn_local(async move {
                let mut read = Vec::new();
                for file in picked {
                    read.push((
                        form::file_name(&file),
                        files::read_file(&file).await.and_then(|(_, bytes)| decode_bytes(&bytes)),
                    ));
                }
                on_action.emit(Action::Classroom(Classroom::AddSubmissions(read)));
            });
        })
    };
    let on_input = {
        let add_files = add_files.clone();
        Callback::from(move |event: Event| {
            add_files.emit(form::picked(&event));
        })
    };
    let on_drop = Callback::from(move |event: DragEvent| {
        event.prevent_default();
        event.stop_propagation();
        add_files.emit(form::dropped_files(&event));
    });
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let end = props.on_action.reform(|_: MouseEvent| Action::Classroom(Classroom::EndComparison));
    let body = match (*comparison).clone() {
        None if adjudication.files.is_empty() => html! {},
        None => {
            // No file is a submission: say why each was left out.
            let rejected = left_out(&adjudication).into_iter().map(|(name, rejection)| html! {
                <li><code dir="ltr">{ name }</code>{ ": " }<span dir="auto">{ rejection_text(lang, &rejection) }</span></li>
            });
            html! {
                <>
                    <div class="import-error" role="alert">
                        <p>{ tr(lang, Text::LeftOut) }</p>
                        <ul>{ for rejected }</ul>
                    </div>
                    <div class="dialog-actions">
                        <button type="button" class="quiet danger" data-action="end-comparison" onclick={end.clone()}>{ tr(lang, Text::EndComparison) }</button>
                    </div>
                </>
            }
        }
        Some(comparison) => {
            let comparison = Rc::new(comparison);
            let export = {
                let (adjudication, comparison, annotator, on_action) =
                    (adjudication.clone(), comparison.clone(), props.annotator.clone(), props.on_action.clone());
                Callback::from(move |_: MouseEvent| {
                    let text = adjudicated_json(&comparison, &adjudication, &annotator, &download::now());
                    let name = named_file("adjudicated", &download::today(), &comparison.exercise.0, "json");
                    save(&on_action, &name, "application/json", &text);
                })
            };
            let students = &comparison.students;
            // An exercise of spans alone has no sentence-label figures to show.
            let sentence_labels = comparison
                .sentences
                .iter()
                .any(|sentence| sentence.choices.iter().flatten().any(|labels| !labels.is_empty()));
            let sentence_figures = sentence_labels || comparison.spans.iter().all(|spans| spans.is_empty());
            let for_sentences =
                |key: &LabelKey| comparison.label(*key).is_none_or(|label| label.scope.applies_to(Target::Sentences));
            html! {
                <>
                    <h3 class="panel-title" dir="auto">{ comparison.exercise.0.clone() }</h3>
                    <p class="students" data-count={students.len().to_string()}>
                        { tr(lang, Text::Students) }{ ": " }<span dir="auto">{ students.join(lang.list_separator()) }</span>
                    </p>
                    { student_files(lang, &comparison, &props.on_action) }
                    <p class="hint">{ tr(lang, Text::ComparisonKept) }</p>
                    { reports(lang, &comparison) }
                    if sentence_figures {
                    <h3 class="panel-title">{ tr(lang, Text::Agreement) }</h3>
                    <table class="figures agreement">
                        <thead><tr><th></th>
                            <th scope="col">{ tr(lang, Text::ObservedAgreement) }</th>
                            <th scope="col">{ tr(lang, Text::FleissKappa) }</th>
                            <th scope="col">{ tr(lang, Text::KrippendorffAlpha) }</th>
                        </tr></thead>
                        <tbody>
                            { figures_row(lang, tr(lang, Text::AllLabels), &comparison.overall) }
                            { for comparison.per_label.iter().filter(|(key, _)| for_sentences(key)).map(|(key, figures)| figures_row(lang, &label_name(lang, &comparison, *key), figures)) }
                        </tbody>
                    </table>
                    <p class="hint">{ tr(lang, Text::UndefinedHint) }</p>
                    <p class="hint">{ tr(lang, Text::FleissHint) }</p>
                    <h3 class="panel-title">{ tr(lang, Text::CohenKappa) }</h3>
                    { cohen_table(lang, &comparison) }
                    }
                    <SpanAgreementView comparison={comparison.clone()} adjudication={adjudication.clone()} {lang} />
                    <h3 class="panel-title">{ tr(lang, Text::Sentences) }</h3>
                    <CompareTable comparison={comparison.clone()} adjudication={adjudication.clone()} {lang} on_action={props.on_action.clone()} />
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-action="export-adjudicated" onclick={export}>{ tr(lang, Text::ExportAdjudicated) }</button>
                    </div>
                    <AnswerKeyView comparison={comparison.clone()} adjudication={adjudication.clone()} {lang} on_action={props.on_action.clone()} />
                    <div class="dialog-actions">
                        <button type="button" class="quiet danger" data-action="end-comparison" onclick={end}>{ tr(lang, Text::EndComparison) }</button>
                    </div>
                </>
            }
        }
    };
    html! {
        <Dialog id="compare-dialog" title={tr(lang, Text::CompareSubmissions)} {lang} {on_close}>
            <div class="drop-zone" ondrop={on_drop} ondragover={Callback::from(|event: DragEvent| event.prevent_default())}>
                <p class="hint">{ tr(lang, Text::CompareHint) }</p>
                <label class="quiet file-button">
                    { tr(lang, Text::AddSubmissions) }
                    <input id="submission-files" type="file" multiple=true accept=".json,application/json" class="visually-hidden" onchange={on_input} />
                </label>
                <ReadFromServer {lang} />
            </div>
            <ReplacementPrompt replacements={props.replacements.clone()} {lang} on_action={props.on_action.clone()} />
            { body }
        </Dialog>
    }
}
