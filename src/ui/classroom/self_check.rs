//! "Check my answers": a student's work on a practice exercise against the
//! key the exercise carries: the score, and each sentence that differs with
//! the key's labels and the teacher's explanation; a click goes there.

use crate::core::classroom::self_check::self_check;
use crate::core::i18n::strings::{tr, tr_with, Lang, Text};
use crate::core::model::work::Work;
use crate::core::state::Action;
use crate::ui::dialogs::dialog::Dialog;
use yew::prelude::*;

/// Props of [`SelfCheckDialog`].
#[derive(Properties, PartialEq)]
pub struct SelfCheckProps {
    /// The student's work.
    pub work: Work,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The dialog.
#[function_component(SelfCheckDialog)]
pub fn self_check_dialog(props: &SelfCheckProps) -> Html {
    let lang = props.lang;
    let on_close = props.on_action.reform(|_| Action::ClosePanel);
    let Some(checked) = self_check(&props.work) else {
        return html! {};
    };
    let score = &checked.score;
    let percent = score.accuracy.map_or_else(|| "—".to_string(), |accuracy| format!("{:.0}", accuracy * 100.0));
    let values = [("correct", score.correct.to_string()), ("out_of", score.out_of.to_string()), ("percent", percent)];
    let values: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let rows = checked.differences.iter().map(|difference| {
        let go = {
            let (doc, index) = (difference.doc.clone(), difference.index);
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::ClosePanel);
                on_action.emit(Action::GoToSentence(doc.clone(), index));
            })
        };
        // "—" says a label is missing; where the key has only spans, nothing is.
        let given = match (difference.given.is_empty(), difference.expected.is_empty()) {
            (true, true) => String::new(),
            (true, false) => "—".to_string(),
            (false, _) => difference.given.join("، "),
        };
        let spans = |spans: &[String]| {
            (!spans.is_empty()).then(|| html! { <span class="spans-said" dir="auto">{ spans.join("، ") }</span> })
        };
        html! {
            <tr data-index={difference.index.to_string()}>
                <td class="compare-text" dir="rtl" lang="ar">
                    <button type="button" class="link" onclick={go}>{ difference.text.clone() }</button>
                </td>
                <td dir="auto" class="given">{ given }{ spans(&difference.given_spans) }</td>
                <td dir="auto" class="expected">{ difference.expected.join("، ") }{ spans(&difference.expected_spans) }</td>
                <td dir="auto" class="explanation-text">{ difference.explanation.clone() }</td>
            </tr>
        }
    });
    html! {
        <Dialog id="self-check" title={tr(lang, Text::CheckAnswers)} {lang} {on_close}>
            if score.out_of > 0 || score.span.is_none() {
                <p class="self-check-score" role="status">{ tr_with(lang, Text::SelfCheckScore, &values) }</p>
            }
            if let Some(span) = &score.span {
                <p class="self-check-spans" data-exact-f1={span.exact.f1.map(|f1| format!("{f1:.3}"))}>
                    { tr_with(lang, Text::SelfCheckSpans, &[
                        ("exact", &span.exact.f1.map_or("—".into(), |f1| format!("{f1:.2}"))),
                        ("overlap", &span.overlap.f1.map_or("—".into(), |f1| format!("{f1:.2}"))),
                    ]) }
                </p>
            }
            if score.unlabeled > 0 {
                <p>{ tr_with(lang, Text::SelfCheckUnlabeled, &[("n", &score.unlabeled.to_string())]) }</p>
            }
            if checked.differences.is_empty() {
                <p>{ tr(lang, Text::SelfCheckAllRight) }</p>
            } else {
                <div class="compare-scroll">
                    <table class="compare self-check-differences">
                        <thead><tr>
                            <th scope="col">{ tr(lang, Text::Sentences) }</th>
                            <th scope="col">{ tr(lang, Text::YourLabels) }</th>
                            <th scope="col">{ tr(lang, Text::KeyLabels) }</th>
                            <th scope="col">{ tr(lang, Text::Explanation) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </Dialog>
    }
}
