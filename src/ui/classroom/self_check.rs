//! "Check my answers": a student's work on a practice exercise against the
//! key the exercise carries: the score, and each sentence that differs with
//! the key's labels and the teacher's explanation; a click goes there.

use crate::core::classroom::self_check::self_check;
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::work::Work;
use crate::core::state::{Action, Corpus, Panels};
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
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let Some(checked) = self_check(&props.work) else {
        return html! {};
    };
    let score = &checked.score;
    let percent = score.accuracy.map_or_else(|| "—".to_string(), |accuracy| format!("{:.0}", accuracy * 100.0));
    let score_line = classroom::self_check_score(lang, score.correct, score.out_of, &percent);
    let rows = checked.differences.iter().map(|difference| {
        let go = {
            let (doc, index) = (difference.doc.clone(), difference.index);
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Panels(Panels::Close));
                on_action.emit(Action::Corpus(Corpus::GoToSentence(doc.clone(), index)));
            })
        };
        // "—" says a label is missing; where the key has only spans, nothing is.
        let given = match (difference.given.is_empty(), difference.expected.is_empty()) {
            (true, true) => String::new(),
            (true, false) => "—".to_string(),
            (false, _) => difference.given.join(lang.list_separator()),
        };
        let spans = |spans: &[String]| {
            (!spans.is_empty()).then(|| html! { <span class="spans-said" dir="auto">{ spans.join(lang.list_separator()) }</span> })
        };
        html! {
            <tr data-index={difference.index.to_string()}>
                <td class="compare-text" dir="rtl" lang="ar">
                    <button type="button" class="link" onclick={go}>{ difference.text.clone() }</button>
                </td>
                <td dir="auto" class="given">{ given }{ spans(&difference.given_spans) }</td>
                <td dir="auto" class="expected">{ difference.expected.join(lang.list_separator()) }{ spans(&difference.expected_spans) }</td>
                <td dir="auto" class="explanation-text">{ difference.explanation.clone() }</td>
            </tr>
        }
    });
    html! {
        <Dialog id="self-check" title={tr(lang, Text::CheckAnswers)} {lang} {on_close}>
            if score.out_of > 0 || score.span.is_none() {
                <p class="self-check-score" role="status">{ score_line }</p>
            }
            if let Some(span) = &score.span {
                <p class="self-check-spans" data-exact-f1={span.exact.f1.map(|f1| format!("{f1:.3}"))}>
                    { classroom::self_check_spans(
                        lang,
                        &span.exact.f1.map_or("—".into(), |f1| format!("{f1:.2}")),
                        &span.overlap.f1.map_or("—".into(), |f1| format!("{f1:.2}")),
                    ) }
                </p>
            }
            if score.unlabeled > 0 {
                <p>{ classroom::self_check_unlabeled(lang, score.unlabeled) }</p>
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
