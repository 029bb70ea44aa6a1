//! The teacher's comparison: load many submissions at once, see who chose
//! what for each sentence with disagreements marked, the agreement figures,
//! and adjudicate a final label per sentence (the majority pre-filled).

use crate::browser::{download, files};
use crate::core::agreement::Figures;
use crate::core::compare::{adjudicated_json, compare, Comparison, Rejection};
use crate::core::document::DocumentId;
use crate::core::export::file_part;
use crate::core::import::{decode_bytes, ImportError};
use crate::core::state::Action;
use crate::core::strings::{tr, tr_with, Lang, Text};
use crate::ui::dialog::Dialog;
use crate::ui::hooks::save;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    /// The teacher's name, for the adjudicated export.
    pub annotator: AttrValue,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

fn figure(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(|| tr(lang, Text::Undefined).to_string(), |value| format!("{value:.3}"))
}

fn figures_row(lang: Lang, name: &str, figures: &Figures) -> Html {
    html! {
        <tr>
            <th scope="row" dir="auto">{ name.to_string() }</th>
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
        Rejection::OtherExercise { title } => tr_with(lang, Text::RejectOther, &[("title", title)]),
        Rejection::DuplicateStudent(name) => tr_with(lang, Text::RejectDuplicate, &[("name", name)]),
    }
}

/// The comparison dialog.
#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let lang = props.lang;
    let loaded = use_state(Vec::<(String, Result<String, ImportError>)>::new);
    let decisions = use_state(BTreeMap::<(DocumentId, usize), Vec<String>>::new);
    let only_disagreements = use_state(|| false);
    let comparison: Rc<Option<Comparison>> = use_memo((*loaded).clone(), |files| compare(None, files));

    let add_files = {
        let loaded = loaded.clone();
        Callback::from(move |list: web_sys::FileList| {
            let loaded = loaded.clone();
            let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|index| list.get(index)).collect();
            wasm_bindgen_futures::spawn_local(async move {
                let mut next = (*loaded).clone();
                for file in picked {
                    let text = files::read_file(&file).await.and_then(|(_, bytes)| decode_bytes(&bytes));
                    next.push((file.name(), text));
                }
                loaded.set(next);
            });
        })
    };
    let on_input = {
        let add_files = add_files.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                if let Some(list) = input.files() {
                    add_files.emit(list);
                }
                input.set_value("");
            }
        })
    };
    let on_drop = {
        let add_files = add_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            event.stop_propagation();
            if let Some(list) = event.data_transfer().and_then(|transfer| transfer.files()) {
                add_files.emit(list);
            }
        })
    };
    let on_close = props.on_action.reform(|_| Action::ClosePanel);

    let body = match comparison.as_ref() {
        None => html! {},
        Some(comparison) => {
            let students = &comparison.students;
            let cohen = html! {
                <table class="figures cohen" aria-label={tr(lang, Text::CohenKappa)}>
                    <thead><tr><th></th>{ for students.iter().map(|name| html! { <th scope="col" dir="auto">{ name.clone() }</th> }) }</tr></thead>
                    <tbody>
                        { for students.iter().enumerate().map(|(i, name)| html! {
                            <tr>
                                <th scope="row" dir="auto">{ name.clone() }</th>
                                { for (0..students.len()).map(|j| {
                                    let value = comparison.overall.cohen.iter()
                                        .find(|((a, b), _)| (*a, *b) == (i.min(j), i.max(j)))
                                        .map(|(_, kappa)| *kappa);
                                    html! { <td class="figure" dir="ltr" data-pair={format!("{i}-{j}")}>{ if i == j { "—".to_string() } else { figure(lang, value.flatten()) } }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            };
            let options: Vec<String> = {
                let mut options: Vec<String> =
                    comparison.labels.labels.iter().map(|label| label.name.clone()).collect();
                for sentence in &comparison.sentences {
                    for choice in sentence.choices.iter().flatten() {
                        let joined = choice.join("|");
                        if !options.contains(&joined) {
                            options.push(joined);
                        }
                    }
                }
                options
            };
            let rows = comparison.sentences.iter().filter(|sentence| !*only_disagreements || sentence.disagreement).map(|sentence| {
                let key = (sentence.doc.clone(), sentence.index);
                let current = decisions.get(&key).cloned().or_else(|| sentence.majority.clone()).unwrap_or_default().join("|");
                let choose = {
                    let (decisions, key) = (decisions.clone(), key.clone());
                    Callback::from(move |event: Event| {
                        let value = event.target_dyn_into::<HtmlSelectElement>().map(|select| select.value()).unwrap_or_default();
                        let mut next = (*decisions).clone();
                        next.insert(key.clone(), value.split('|').filter(|name| !name.is_empty()).map(str::to_string).collect());
                        decisions.set(next);
                    })
                };
                html! {
                    <tr class={classes!("sentence-row", sentence.disagreement.then_some("disagree"))} data-index={sentence.index.to_string()}>
                        <td class="compare-text" dir="rtl" lang="ar">
                            { sentence.text.clone() }
                            if sentence.disagreement { <span class="chip disagree-chip">{ tr(lang, Text::Disagreement) }</span> }
                        </td>
                        { for sentence.choices.iter().map(|choice| html! {
                            <td class="choice-cell" dir="auto">{ choice.as_ref().map(|names| names.join("، ")).unwrap_or_else(|| "—".into()) }</td>
                        }) }
                        <td>
                            <select class="final-label" aria-label={tr(lang, Text::FinalLabel)} onchange={choose}>
                                <option value="" selected={current.is_empty()}>{ tr(lang, Text::NoLabel) }</option>
                                { for options.iter().map(|option| html! {
                                    <option value={option.clone()} selected={*option == current}>{ option.replace('|', "، ") }</option>
                                }) }
                            </select>
                        </td>
                    </tr>
                }
            });
            let export = {
                let (decisions, comparison, annotator, on_action) =
                    (decisions.clone(), comparison.clone(), props.annotator.clone(), props.on_action.clone());
                Callback::from(move |_: MouseEvent| {
                    let text = adjudicated_json(&comparison, &decisions, &annotator, &download::now());
                    let name =
                        format!("hamish-adjudicated-{}-{}.json", file_part(&comparison.exercise.0), download::today());
                    save(&on_action, &name, "application/json", &text);
                })
            };
            let toggle_only = {
                let only = only_disagreements.clone();
                Callback::from(move |_: Event| only.set(!*only))
            };
            html! {
                <>
                    <h3 class="panel-title" dir="auto">{ comparison.exercise.0.clone() }</h3>
                    <p class="students" data-count={students.len().to_string()}>
                        { tr(lang, Text::Students) }{ ": " }<span dir="auto">{ students.join("، ") }</span>
                    </p>
                    if !comparison.rejected.is_empty() {
                        <div class="import-error" role="alert">
                            <p>{ tr(lang, Text::LeftOut) }</p>
                            <ul>{ for comparison.rejected.iter().map(|(name, rejection)| html! {
                                <li><code dir="ltr">{ name.clone() }</code>{ ": " }<span dir="auto">{ rejection_text(lang, rejection) }</span></li>
                            }) }</ul>
                        </div>
                    }
                    <h3 class="panel-title">{ tr(lang, Text::Agreement) }</h3>
                    <table class="figures agreement">
                        <thead><tr><th></th>
                            <th scope="col">{ tr(lang, Text::ObservedAgreement) }</th>
                            <th scope="col">{ tr(lang, Text::FleissKappa) }</th>
                            <th scope="col">{ tr(lang, Text::KrippendorffAlpha) }</th>
                        </tr></thead>
                        <tbody>
                            { figures_row(lang, tr(lang, Text::AllLabels), &comparison.overall) }
                            { for comparison.per_label.iter().map(|(name, figures)| figures_row(lang, name, figures)) }
                        </tbody>
                    </table>
                    <p class="hint">{ tr(lang, Text::UndefinedHint) }</p>
                    <h3 class="panel-title">{ tr(lang, Text::CohenKappa) }</h3>
                    { cohen }
                    <h3 class="panel-title">{ tr(lang, Text::Sentences) }</h3>
                    <label class="choice"><input type="checkbox" checked={*only_disagreements} onchange={toggle_only} />{ tr(lang, Text::ShowDisagreementsOnly) }</label>
                    <div class="compare-scroll">
                        <table class="compare">
                            <thead><tr>
                                <th scope="col">{ tr(lang, Text::Sentences) }</th>
                                { for students.iter().map(|name| html! { <th scope="col" dir="auto">{ name.clone() }</th> }) }
                                <th scope="col">{ tr(lang, Text::FinalLabel) }</th>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-action="export-adjudicated" onclick={export}>{ tr(lang, Text::ExportAdjudicated) }</button>
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
            </div>
            { body }
        </Dialog>
    }
}
