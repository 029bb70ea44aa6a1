//! Agreement on spans in the teacher's comparison: one small table per
//! pair of students (and per student against the answer key, once it has
//! spans) with exact and overlap F1 per span label and for all of them.
//! Each figure cell says what it is for a browser test: `data-pair`
//! (`first|second`, the key as `key`), `data-label` (the label's name, `*`
//! for all span labels) and `data-exact-f1` or `data-overlap-f1` (the
//! figure as shown, empty when undefined).

use crate::core::classroom::compare::Comparison;
use crate::core::classroom::span_agreement::{span_report, SpanPair, SpanRow};
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::comparison::Adjudication;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SpanAgreementView`].
#[derive(Properties, PartialEq)]
pub struct SpanAgreementProps {
    /// The comparison.
    pub comparison: Rc<Comparison>,
    /// The teacher's decisions and key.
    pub adjudication: Rc<Adjudication>,
    /// Interface language.
    pub lang: Lang,
}

/// A figure as the agreement tables show it (three decimals).
fn figure(value: Option<f64>) -> String {
    value.map_or_else(String::new, |value| format!("{value:.3}"))
}

fn row(props: &SpanAgreementProps, pair: &str, span_row: &SpanRow) -> Html {
    let lang = props.lang;
    let (name, label) = match span_row.label {
        Some(key) => {
            let name = props
                .comparison
                .label(key)
                .map(|label| label.display_name(props.lang).to_string())
                .unwrap_or_else(|| key.to_string());
            (name.clone(), name)
        }
        None => (tr(lang, Text::AllSpanLabels).to_string(), "*".to_string()),
    };
    let (exact, overlap) = (figure(span_row.exact.f1), figure(span_row.overlap.f1));
    let shown = |value: &str| match value.is_empty() {
        true => tr(lang, Text::Undefined).to_string(),
        false => value.to_string(),
    };
    html! {
        <tr class={classes!(span_row.label.is_none().then_some("all-labels"))}>
            <th scope="row" dir="auto">{ name }</th>
            <td class="figure" dir="ltr" data-pair={pair.to_string()} data-label={label.clone()} data-exact-f1={exact.clone()}>{ shown(&exact) }</td>
            <td class="figure" dir="ltr" data-pair={pair.to_string()} data-label={label} data-overlap-f1={overlap.clone()}>{ shown(&overlap) }</td>
        </tr>
    }
}

fn table(props: &SpanAgreementProps, pair: &SpanPair) -> Html {
    let (lang, students) = (props.lang, &props.comparison.students);
    let first = students.get(pair.first).cloned().unwrap_or_default();
    let (second, second_id) = match pair.second {
        Some(j) => (students.get(j).cloned().unwrap_or_default(), students.get(j).cloned().unwrap_or_default()),
        None => (tr(lang, Text::TheKey).to_string(), "key".to_string()),
    };
    let id = format!("{first}|{second_id}");
    let caption = classroom::span_pair(lang, &first, &second);
    html! {
        <table class="figures span-pair" data-pair={id.clone()}>
            <caption dir="auto">{ caption }</caption>
            <thead><tr><th></th>
                <th scope="col">{ tr(lang, Text::ExactF1) }</th>
                <th scope="col">{ tr(lang, Text::OverlapF1) }</th>
            </tr></thead>
            <tbody>{ for pair.rows.iter().map(|span_row| row(props, &id, span_row)) }</tbody>
        </table>
    }
}

/// The span agreement section; nothing when no submission has spans.
#[function_component(SpanAgreementView)]
pub fn span_agreement_view(props: &SpanAgreementProps) -> Html {
    let lang = props.lang;
    let Some(report) = span_report(&props.comparison, props.adjudication.key.as_ref()) else {
        return html! {};
    };
    html! {
        <section class="span-agreement" aria-label={tr(lang, Text::SpanAgreement)}>
            <h3 class="panel-title">{ tr(lang, Text::SpanAgreement) }</h3>
            <p class="hint">{ tr(lang, Text::SpanAgreementHint) }</p>
            <div class="span-pairs">
                { for report.pairs.iter().chain(&report.against_key).map(|pair| table(props, pair)) }
            </div>
        </section>
    }
}
