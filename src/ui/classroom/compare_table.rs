//! The sentences of a comparison: document, sentence, each student's
//! labels (and spans, when any student marked some), the final label (a
//! decision, else the majority; ties shown as ties and left open), the
//! final spans and the teacher's explanation.

use crate::browser::form;
use crate::core::classroom::compare::{Comparison, SentenceChoices};
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::comparison::{Adjudication, LabelKey};
use crate::core::state::{Action, Classroom};
use crate::ui::palette::span_choice::{spans_text, SpanChoice};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CompareTable`].
#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    /// The comparison.
    pub comparison: Rc<Comparison>,
    /// The teacher's decisions and notes.
    pub adjudication: Rc<Adjudication>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

fn value_of(keys: &[LabelKey]) -> String {
    keys.iter().map(u32::to_string).collect::<Vec<_>>().join("|")
}

fn keys_of(value: &str) -> Vec<LabelKey> {
    value.split('|').filter_map(|key| key.parse().ok()).collect()
}

fn row(props: &CompareTableProps, options: &[Vec<LabelKey>], (position, sentence): (usize, &SentenceChoices)) -> Html {
    let (lang, comparison) = (props.lang, &props.comparison);
    let key = (sentence.doc.clone(), sentence.index);
    let decision = props.adjudication.decisions.get(&key);
    let current = match decision {
        Some(keys) if keys.is_empty() => String::new(),
        Some(keys) => value_of(keys),
        None => "?".to_string(),
    };
    let names = |keys: &[LabelKey]| comparison.names(keys, lang).join(lang.list_separator());
    let undecided = match (&sentence.majority, sentence.tie) {
        (_, true) => tr(lang, Text::TieUndecided).to_string(),
        (Some(keys), false) => classroom::majority_option(lang, &names(keys)),
        (None, false) => tr(lang, Text::Undecided).to_string(),
    };
    let choose = {
        let (on_action, doc, index) = (props.on_action.clone(), sentence.doc.clone(), sentence.index);
        Callback::from(move |event: Event| {
            let value = form::event_value(&event);
            let decision = (value != "?").then(|| keys_of(&value));
            on_action.emit(Action::Classroom(Classroom::Decide(doc.clone(), index, decision)));
        })
    };
    let explain = {
        let (on_action, doc, index) = (props.on_action.clone(), sentence.doc.clone(), sentence.index);
        Callback::from(move |event: Event| {
            let value = form::event_value(&event);
            on_action.emit(Action::Classroom(Classroom::SetExplanation(doc.clone(), index, value)));
        })
    };
    // Escape closes the dialog before the field would report a change:
    // the explanation is kept on Escape and Enter too.
    let explain_key = {
        let (on_action, doc, index) = (props.on_action.clone(), sentence.doc.clone(), sentence.index);
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" || event.key() == "Enter" {
                let value = form::event_value(&event);
                on_action.emit(Action::Classroom(Classroom::SetExplanation(doc.clone(), index, value)));
            }
        })
    };
    let note = props.adjudication.notes.get(&key).cloned().unwrap_or_default();
    let open_tie = sentence.tie && decision.is_none();
    let with_spans = comparison.spans.iter().any(|spans| !spans.is_empty());
    let disagreement = sentence.disagreement || sentence.span_disagreement;
    html! {
        <tr key={format!("{}/{}", sentence.doc.0, sentence.index)}
            class={classes!("sentence-row", disagreement.then_some("disagree"), open_tie.then_some("open-tie"))}
            data-doc={sentence.doc.0.clone()} data-index={sentence.index.to_string()}>
            <td class="compare-document" dir="auto">{ comparison.title(&sentence.doc).to_string() }</td>
            <td class="compare-text" dir="rtl" lang="ar">
                <span class="sentence-number" dir="ltr">{ format!("{}.", sentence.index + 1) }</span>
                { sentence.text.clone() }
                if sentence.tie { <span class="chip tie-chip">{ tr(lang, Text::Tie) }</span> }
                else if disagreement { <span class="chip disagree-chip">{ tr(lang, Text::Disagreement) }</span> }
            </td>
            { for sentence.choices.iter().zip(&sentence.spans).map(|(choice, spans)| html! {
                <td class="choice-cell" dir="auto">
                    { choice.as_deref().map(names).unwrap_or_else(|| "—".into()) }
                    if !spans.is_empty() {
                        <div class="span-choice" dir="rtl" lang="ar" data-spans={spans.len().to_string()}>{ spans_text(comparison, &sentence.text, spans, lang) }</div>
                    }
                </td>
            }) }
            <td>
                <select class="final-label" aria-label={tr(lang, Text::FinalLabel)} data-value={current.clone()} onchange={choose}>
                    <option value="?" selected={current == "?"}>{ undecided }</option>
                    <option value="" selected={current.is_empty()}>{ tr(lang, Text::NoLabel) }</option>
                    { for options.iter().map(|option| {
                        let value = value_of(option);
                        let selected = value == current;
                        html! { <option {selected} {value}>{ names(option) }</option> }
                    }) }
                </select>
                if with_spans {
                    <SpanChoice comparison={comparison.clone()} adjudication={props.adjudication.clone()} {position} {lang} on_action={props.on_action.clone()} />
                }
            </td>
            <td>
                <input class="explanation" type="text" dir="auto" maxlength="500" value={note}
                    aria-label={tr(lang, Text::Explanation)} onchange={explain} onkeydown={explain_key} />
            </td>
        </tr>
    }
}

/// The sentences table.
#[function_component(CompareTable)]
pub fn compare_table(props: &CompareTableProps) -> Html {
    let lang = props.lang;
    let only_disagreements = use_state(|| false);
    // A select shows what its option's `selected` attribute says only until
    // someone picks another option: after an undo or a redo, set it again.
    let table = use_node_ref();
    {
        let table = table.clone();
        use_effect(move || {
            form::show_chosen_options(&table);
        });
    }
    let options = props.comparison.final_options();
    let toggle_only = {
        let only = only_disagreements.clone();
        Callback::from(move |_: Event| only.set(!*only))
    };
    let shown = (props.comparison.sentences.iter())
        .enumerate()
        .filter(|(_, s)| !*only_disagreements || s.disagreement || s.span_disagreement || s.tie)
        .map(|sentence| row(props, &options, sentence));
    html! {
        <>
            <label class="choice">
                <input type="checkbox" checked={*only_disagreements} onchange={toggle_only} />
                { tr(lang, Text::ShowDisagreementsOnly) }
            </label>
            <div class="compare-scroll">
                <table class="compare" ref={table}>
                    <thead><tr>
                        <th scope="col">{ tr(lang, Text::Document) }</th>
                        <th scope="col">{ tr(lang, Text::Sentences) }</th>
                        { for props.comparison.students.iter().map(|name| html! { <th scope="col" dir="auto">{ name.clone() }</th> }) }
                        <th scope="col">{ tr(lang, Text::FinalLabel) }</th>
                        <th scope="col">{ tr(lang, Text::Explanation) }</th>
                    </tr></thead>
                    <tbody>{ for shown }</tbody>
                </table>
            </div>
        </>
    }
}
