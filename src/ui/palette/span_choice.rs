//! The teacher's choice of a sentence's spans in the comparison: the spans
//! a majority marked (the default), none, or the spans one student marked;
//! and, where the students differ, every span any of them marked, each
//! taken into the final spans or left out on its own.

use crate::browser::form;
use crate::core::classroom::compare::{Comparison, SentenceChoices};
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::comparison::Adjudication;
use crate::core::model::spans::{tidy, Span};
use crate::core::state::{Action, Classroom};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SpanChoice`].
#[derive(Properties, PartialEq)]
pub struct SpanChoiceProps {
    /// The comparison.
    pub comparison: Rc<Comparison>,
    /// The teacher's decisions.
    pub adjudication: Rc<Adjudication>,
    /// The sentence's position in the comparison's sentences.
    pub position: usize,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// `spans` of `sentence` as text: each label name with its words, listed
/// as `lang` lists.
pub fn spans_text(comparison: &Comparison, sentence: &str, spans: &[Span], lang: Lang) -> String {
    let one = |span: &Span| {
        let name = comparison.label(span.label.0).map(|label| label.display_name(lang).to_string()).unwrap_or_default();
        format!("{name} «{}»", span.quote(sentence))
    };
    spans.iter().map(one).collect::<Vec<_>>().join(lang.list_separator())
}

/// The choices offered: each student whose spans differ from an earlier
/// student's, with those spans.
fn students_offered(sentence: &SentenceChoices) -> Vec<(usize, &Vec<Span>)> {
    let mut offered: Vec<(usize, &Vec<Span>)> = Vec::new();
    for (at, spans) in sentence.spans.iter().enumerate() {
        if !spans.is_empty() && !offered.iter().any(|(_, known)| *known == spans) {
            offered.push((at, spans));
        }
    }
    offered
}

/// The select of a sentence's final spans.
#[function_component(SpanChoice)]
pub fn span_choice(props: &SpanChoiceProps) -> Html {
    let (lang, comparison) = (props.lang, &props.comparison);
    let Some(sentence) = comparison.sentences.get(props.position) else { return html! {} };
    let decision = props.adjudication.span_decisions.get(&(sentence.doc.clone(), sentence.index));
    let offered = students_offered(sentence);
    let current = match decision {
        None => "?".to_string(),
        Some(spans) if spans.is_empty() => String::new(),
        Some(spans) => offered.iter().find(|(_, known)| *known == spans).map_or("d".into(), |(at, _)| format!("s{at}")),
    };
    let text = |spans: &[Span]| spans_text(comparison, &sentence.text, spans, lang);
    let choose = {
        let on_action = props.on_action.clone();
        let (doc, index) = (sentence.doc.clone(), sentence.index);
        let by_student: Vec<(String, Vec<Span>)> =
            offered.iter().map(|(at, spans)| (format!("s{at}"), (*spans).clone())).collect();
        Callback::from(move |event: Event| {
            let value = form::event_value(&event);
            let decision = match value.as_str() {
                "?" => None,
                "" => Some(Vec::new()),
                "d" => return,
                chosen => by_student.iter().find(|(value, _)| value == chosen).map(|(_, spans)| spans.clone()),
            };
            on_action.emit(Action::Classroom(Classroom::DecideSpans(doc.clone(), index, decision)));
        })
    };
    let majority = match sentence.span_majority.is_empty() {
        true => tr(lang, Text::Undecided).to_string(),
        false => classroom::majority_spans(lang, &text(&sentence.span_majority)),
    };
    // Every span some student marked, with how many marked it; ticked when it is in the final spans.
    let finals: Vec<Span> = decision.cloned().unwrap_or_else(|| sentence.span_majority.clone());
    let mut marked: Vec<Span> = sentence.spans.iter().flatten().copied().collect();
    tidy(&mut marked);
    let picks = marked.iter().map(|span| {
        let span = *span;
        let checked = finals.contains(&span);
        let count = sentence.spans.iter().filter(|spans| spans.contains(&span)).count();
        let onchange = {
            let (on_action, doc, index, finals) =
                (props.on_action.clone(), sentence.doc.clone(), sentence.index, finals.clone());
            Callback::from(move |_: Event| {
                let mut next = finals.clone();
                match next.iter().position(|kept| *kept == span) {
                    Some(at) => {
                        next.remove(at);
                    }
                    None => next.push(span),
                }
                tidy(&mut next);
                on_action.emit(Action::Classroom(Classroom::DecideSpans(doc.clone(), index, Some(next))));
            })
        };
        html! {
            <label class="check" data-span={format!("{}-{}-{}", span.start, span.end, span.label.0)}>
                <input type="checkbox" {checked} {onchange} />
                <span dir="auto">{ text(&[span]) }</span>
                <span class="pick-count" dir="ltr">{ format!(" {count}/{}", sentence.spans.len()) }</span>
            </label>
        }
    });
    html! {
        <>
        <select class="final-spans" aria-label={tr(lang, Text::FinalSpans)} data-value={current.clone()} onchange={choose}>
            <option value="?" selected={current == "?"}>{ majority }</option>
            <option value="" selected={current.is_empty()}>{ tr(lang, Text::NoSpans) }</option>
            { for offered.iter().map(|(at, spans)| {
                let value = format!("s{at}");
                let name = comparison.students.get(*at).cloned().unwrap_or_default();
                let words = classroom::student_spans(lang, &name, &text(spans));
                let selected = value == current;
                html! { <option {selected} {value}>{ words }</option> }
            }) }
            if current == "d" {
                <option value="d" selected=true>{ decision.map(|spans| text(spans)).unwrap_or_default() }</option>
            }
        </select>
        if sentence.span_disagreement && !marked.is_empty() {
            <fieldset class="span-picks">
                <legend class="visually-hidden">{ tr(lang, Text::FinalSpans) }</legend>
                { for picks }
            </fieldset>
        }
        </>
    }
}
