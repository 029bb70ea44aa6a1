//! The answer key and the scores: make the key from the decisions or load
//! it from a file, see every student's score in a sortable table, download
//! the gradebook and a feedback file per student.

use crate::browser::form;
use crate::browser::{download, files};
use crate::core::classroom::adjudication::{feedback_json, max_points, scores, FeedbackDetail};
use crate::core::classroom::compare::Comparison;
use crate::core::classroom::grading::{points, sort_scores, ScoreColumn};
use crate::core::formats::export::named_file;
use crate::core::formats::text_file::decode_bytes;
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::comparison::Adjudication;
use crate::core::state::{Action, Classroom, Notice, Panels};
use crate::ui::classroom::gradebook_panel::GradebookPanel;
use crate::ui::hooks::save;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`AnswerKeyView`].
#[derive(Properties, PartialEq)]
pub struct AnswerKeyProps {
    /// The comparison.
    pub comparison: Rc<Comparison>,
    /// The teacher's decisions, notes and key.
    pub adjudication: Rc<Adjudication>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

fn figure(value: Option<f64>, digits: usize) -> String {
    value.map_or_else(|| "—".into(), |value| format!("{value:.digits$}"))
}

const COLUMNS: [(ScoreColumn, Text); 6] = [
    (ScoreColumn::Student, Text::Student),
    (ScoreColumn::Accuracy, Text::ScorePercent),
    (ScoreColumn::Correct, Text::Correct),
    (ScoreColumn::Unlabeled, Text::Unlabeled),
    (ScoreColumn::Kappa, Text::KappaWithKey),
    (ScoreColumn::MacroF1, Text::MacroF1),
];

/// The key and scores section.
#[function_component(AnswerKeyView)]
pub fn answer_key_view(props: &AnswerKeyProps) -> Html {
    let lang = props.lang;
    let sorting = use_state(|| (ScoreColumn::Student, false));
    let detail = use_state(FeedbackDetail::default);
    // The students' language, not necessarily the teacher's: Arabic first.
    let feedback_lang = use_state(|| Lang::Arabic);
    let (comparison, adjudication, on_action) = (&props.comparison, &props.adjudication, &props.on_action);
    let make_key = on_action.reform(|_: MouseEvent| Action::Classroom(Classroom::MakeKey));
    let load_key = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let Some(file) = form::picked(&event).into_iter().next() else { return };
            let on_action = on_action.clone();
            yew::platform::spawn_local(async move {
                let name = form::file_name(&file);
                match files::read_file(&file).await.and_then(|(_, bytes)| decode_bytes(&bytes)) {
                    Ok(text) => on_action.emit(Action::Classroom(Classroom::LoadKey(name, text))),
                    Err(error) => on_action.emit(Action::Panels(Panels::Report(Notice::KeyRefused { name, error }))),
                }
            });
        })
    };
    let key_controls = html! {
        <div class="dialog-actions key-actions">
            <button type="button" data-action="make-key" onclick={make_key}>{ tr(lang, Text::MakeKey) }</button>
            <label class="quiet file-button">
                { tr(lang, Text::LoadKey) }
                <input id="key-file" type="file" accept=".json,application/json" class="visually-hidden" onchange={load_key} />
            </label>
        </div>
    };
    let Some(key) = adjudication.key.as_ref() else {
        return html! {
            <section class="answer-key" aria-labelledby="key-heading">
                <h3 id="key-heading" class="panel-title">{ tr(lang, Text::AnswerKey) }</h3>
                <p class="hint">{ tr(lang, Text::KeyHint) }</p>
                { key_controls }
            </section>
        };
    };
    let source = match key.source.is_empty() {
        true => tr(lang, Text::KeyFromDecisions).to_string(),
        false => classroom::key_from_file(lang, &key.source),
    };
    let all = scores(comparison, key);
    let mut sorted: Vec<(usize, crate::core::classroom::grading::Score)> =
        all.clone().into_iter().enumerate().collect();
    {
        let mut only: Vec<_> = sorted.iter().map(|(_, score)| score.clone()).collect();
        sort_scores(&mut only, sorting.0, sorting.1);
        sorted = only
            .into_iter()
            .filter_map(|score| Some((all.iter().position(|s| s.student == score.student)?, score)))
            .collect();
    }
    let mut header = COLUMNS.iter().map(|(column, text)| {
        let (current, descending) = *sorting;
        let aria_sort = match (current == *column, descending) {
            (true, false) => "ascending",
            (true, true) => "descending",
            _ => "none",
        };
        let onclick = {
            let (sorting, column) = (sorting.clone(), *column);
            Callback::from(move |_: MouseEvent| {
                let descending = sorting.0 == column && !sorting.1;
                sorting.set((column, descending));
            })
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" data-sort={format!("{column:?}")} {onclick}>{ tr(lang, *text) }</button>
            </th>
        }
    });
    let feedback = |student: usize| {
        let (comparison, adjudication, on_action, detail, lang) =
            (comparison.clone(), adjudication.clone(), on_action.clone(), *detail, *feedback_lang);
        Callback::from(move |_: MouseEvent| {
            let Some(text) = feedback_json(&comparison, &adjudication, student, detail, lang, &download::now()) else {
                return;
            };
            let who = comparison.students.get(student).map(String::as_str).unwrap_or_default();
            let name = named_file("feedback", &download::today(), who, "json");
            save(&on_action, &name, "application/json", &text);
        })
    };
    let with_spans = all.iter().any(|score| score.span.is_some());
    let max = max_points(adjudication);
    let rows = sorted.iter().map(|(at, score)| {
        let span = score.span.unwrap_or_default();
        html! {
            <tr key={score.student.clone()} data-student={score.student.clone()}>
                <th scope="row" dir="auto">{ score.student.clone() }</th>
                <td class="figure" dir="ltr" data-figure="points">{ figure(points(score, max), 2) }</td>
                <td class="figure" dir="ltr" data-figure="score">{ figure(score.accuracy.map(|a| a * 100.0), 1) }</td>
                <td class="figure" dir="ltr" data-figure="correct">{ format!("{} / {}", score.correct, score.out_of) }</td>
                <td class="figure" dir="ltr" data-figure="unlabeled">{ score.unlabeled }</td>
                <td class="figure" dir="ltr" data-figure="kappa">{ figure(score.kappa, 3) }</td>
                <td class="figure" dir="ltr" data-figure="macro-f1">{ figure(score.macro_f1, 3) }</td>
                if with_spans {
                    <td class="figure" dir="ltr" data-figure="span-exact-f1">{ figure(span.exact.f1, 3) }</td>
                    <td class="figure" dir="ltr" data-figure="span-overlap-f1">{ figure(span.overlap.f1, 3) }</td>
                }
                <td><button type="button" class="quiet" data-action="feedback" onclick={feedback(*at)}>{ tr(lang, Text::FeedbackFile) }</button></td>
            </tr>
        }
    });
    let label_header = comparison
        .labels
        .iter()
        .map(|label| html! { <th scope="col" dir="auto">{ label.display_name(lang).to_string() }</th> });
    let label_rows = all.iter().map(|score| {
        let cells = score.per_label.iter().map(|label| {
            let text = format!("P {} · R {} · F1 {}", figure(label.precision, 2), figure(label.recall, 2), figure(label.f1, 2));
            html! { <td class="figure" dir="ltr" data-label={label.label.to_string()}>{ text }</td> }
        });
        html! { <tr data-student={score.student.clone()}><th scope="row" dir="auto">{ score.student.clone() }</th>{ for cells }</tr> }
    });
    let on_feedback_lang = {
        let feedback_lang = feedback_lang.clone();
        Callback::from(move |event: Event| {
            let english = form::event_value(&event) == "en";
            feedback_lang.set(if english { Lang::English } else { Lang::Arabic });
        })
    };
    let choose = |value: FeedbackDetail| {
        let detail = detail.clone();
        Callback::from(move |_: Event| detail.set(value))
    };
    html! {
        <section class="answer-key" aria-labelledby="key-heading">
            <h3 id="key-heading" class="panel-title">{ tr(lang, Text::AnswerKey) }</h3>
            <p class="key-source" dir="auto">{ source }</p>
            { key_controls }
            <div class="compare-scroll">
                <table class="figures scores">
                    <thead><tr>{ for header.next() }
                        <th scope="col">{ format!("{} / {max}", tr(lang, Text::Points)) }</th>
                        { for header }
                        if with_spans {
                            <th scope="col">{ tr(lang, Text::SpanExactF1) }</th>
                            <th scope="col">{ tr(lang, Text::SpanOverlapF1) }</th>
                        }
                        <th></th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <h4 class="panel-title">{ tr(lang, Text::PerLabelScores) }</h4>
            <div class="compare-scroll">
                <table class="figures per-label-scores">
                    <thead><tr><th scope="col">{ tr(lang, Text::Student) }</th>{ for label_header }</tr></thead>
                    <tbody>{ for label_rows }</tbody>
                </table>
            </div>
            <fieldset class="feedback-detail">
                <legend>{ tr(lang, Text::FeedbackGives) }</legend>
                <label class="choice"><input type="radio" name="feedback-detail" value="every" checked={*detail == FeedbackDetail::EverySentence} onchange={choose(FeedbackDetail::EverySentence)} />{ tr(lang, Text::FeedbackEverySentence) }</label>
                <label class="choice"><input type="radio" name="feedback-detail" value="score" checked={*detail == FeedbackDetail::ScoreOnly} onchange={choose(FeedbackDetail::ScoreOnly)} />{ tr(lang, Text::FeedbackScoreOnly) }</label>
                <label class="choice">
                    { tr(lang, Text::FeedbackLanguage) }{ " " }
                    <select id="feedback-lang" onchange={on_feedback_lang}>
                        <option value="ar" lang="ar" selected={*feedback_lang == Lang::Arabic}>{ "العربية" }</option>
                        <option value="en" lang="en" selected={*feedback_lang == Lang::English}>{ "English" }</option>
                    </select>
                </label>
            </fieldset>
            <GradebookPanel comparison={comparison.clone()} adjudication={adjudication.clone()} {lang} on_action={on_action.clone()} />
        </section>
    }
}
