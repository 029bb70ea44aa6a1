//! The student's exercise panel: title, instructions, who is working, the
//! submission export and leaving.

use crate::core::i18n::said::classroom;
use crate::core::i18n::said::sync::{sync_word, SyncWord};
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::exercise::Exercise;
use crate::core::state::{Action, Panel, Panels, Student};
use crate::ui::dialogs::sync_settings::state_name;
use crate::ui::hooks::SyncHandle;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ExercisePanel`].
#[derive(Properties, PartialEq)]
pub struct ExercisePanelProps {
    /// The exercise.
    pub exercise: Rc<Exercise>,
    /// The student's name.
    pub student: AttrValue,
    /// Whether the attempt holds nothing yet (saving it asks first).
    pub empty: bool,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
    /// Exports the submission.
    pub on_submit: Callback<()>,
}

/// Instructions with simple formatting: blank lines separate paragraphs,
/// lines starting with `- ` are list items. Text only, never markup.
pub fn instructions_html(text: &str) -> Html {
    let blocks = text.split("\n\n").filter(|block| !block.trim().is_empty()).map(|block| {
        let lines: Vec<&str> = block.lines().filter(|line| !line.trim().is_empty()).collect();
        if !lines.is_empty() && lines.iter().all(|line| line.trim_start().starts_with("- ")) {
            html! { <ul>{ for lines.iter().map(|line| html! { <li>{ line.trim_start()[2..].to_string() }</li> }) }</ul> }
        } else {
            html! { <p>{ for lines.iter().enumerate().map(|(i, line)| html! { <>{ if i > 0 { html! { <br /> } } else { html! {} } }{ line.to_string() }</> }) }</p> }
        }
    });
    html! { <>{ for blocks }</> }
}

/// The panel.
#[function_component(ExercisePanel)]
pub fn exercise_panel(props: &ExercisePanelProps) -> Html {
    let lang = props.lang;
    let submit = {
        let (on_submit, on_action, empty) = (props.on_submit.clone(), props.on_action.clone(), props.empty);
        Callback::from(move |_: MouseEvent| match empty {
            true => on_action.emit(Action::Panels(Panels::Open(Panel::ConfirmEmptySubmission))),
            false => on_submit.emit(()),
        })
    };
    let leave = props.on_action.reform(|_: MouseEvent| Action::Student(Student::Leave));
    // A class's student (as last seen, while the server does not answer):
    // her work goes to her teacher by itself, no file to hand in.
    let in_class = use_context::<SyncHandle>().filter(|sync| sync.config.is_some() && sync.class.student);
    html! {
        <section class="exercise-panel" aria-labelledby="exercise-heading">
            <h2 id="exercise-heading" class="panel-title">{ tr(lang, Text::ExerciseBanner) }</h2>
            <p class="exercise-title" dir="auto">{ props.exercise.title.clone() }</p>
            if !props.exercise.instructions.is_empty() {
                <div class="instructions" dir="auto" aria-label={tr(lang, Text::Instructions)}>
                    { instructions_html(&props.exercise.instructions) }
                </div>
            }
            <p class="student" data-student={props.student.clone()}>{ classroom::student(lang, &props.student) }</p>
            if props.exercise.practice_key.is_some() {
                <button type="button" data-action="self-check" onclick={props.on_action.reform(|_: MouseEvent| Action::Panels(Panels::Open(Panel::SelfCheck)))}>
                    { tr(lang, Text::CheckAnswers) }
                </button>
            }
            if let Some(server) = in_class {
                // A class on the server: her work goes to her teacher by itself.
                <p class="hint class-live" data-sync={state_name(server.state)}>{ sync_word(lang, SyncWord::WorkGoesToTeacher) }</p>
            } else {
                <button type="button" class="primary" data-action="submit" onclick={submit}>
                    { tr(lang, Text::ExportSubmission) }
                </button>
                <p class="hint">{ tr(lang, Text::SubmissionHint) }</p>
                <button type="button" class="quiet" data-action="leave-exercise" onclick={leave}>{ tr(lang, Text::LeaveExercise) }</button>
                <p class="hint">{ tr(lang, Text::LeaveHint) }</p>
            }
        </section>
    }
}
