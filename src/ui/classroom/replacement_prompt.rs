//! A student's newer file waiting: both dates, and which file counts.

use crate::core::classroom::submissions::{readable_date, Replacement};
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Classroom};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ReplacementPrompt`].
#[derive(Properties, PartialEq)]
pub struct ReplacementPromptProps {
    /// The files waiting.
    pub replacements: Vec<Rc<Replacement>>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// One question per file waiting.
#[function_component(ReplacementPrompt)]
pub fn replacement_prompt(props: &ReplacementPromptProps) -> Html {
    let lang = props.lang;
    let questions = props.replacements.iter().map(|waiting| {
        let question =
            classroom::replacement_question(lang, &waiting.student, &readable_date(&waiting.before), &readable_date(&waiting.after));
        let replace = {
            let waiting = waiting.clone();
            props.on_action.reform(move |_: MouseEvent| Action::Classroom(Classroom::Replace(waiting.clone())))
        };
        let keep = {
            let waiting = waiting.clone();
            props.on_action.reform(move |_: MouseEvent| Action::Classroom(Classroom::KeepEarlier(waiting.clone())))
        };
        html! {
            <div class="replacement" role="alert" data-student={waiting.student.clone()}>
                <p dir="auto">{ question }</p>
                <div class="dialog-actions">
                    <button type="button" class="primary" data-action="replace-submission" onclick={replace}>{ tr(lang, Text::ReplaceSubmission) }</button>
                    <button type="button" class="quiet" data-action="keep-earlier" onclick={keep}>{ tr(lang, Text::KeepEarlierSubmission) }</button>
                </div>
            </div>
        }
    });
    html! { <>{ for questions }</> }
}
