//! Who is doing the exercise just opened: a returning student picks their
//! name and takes back their work; a new student types a name and starts
//! blank.

use crate::browser::form;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::exercise::{clean_student_id, id_kind_name, id_problem_text, Exercise, IdProblem};
use crate::core::model::exercise::{StudentIdKind, STUDENT_ID_MAX_CHARS};
use crate::core::state::{clean_student_name, Action, Panels, Student, STUDENT_NAME_MAX_CHARS};
use crate::ui::dialogs::dialog::Dialog;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`StudentPicker`].
#[derive(Properties, PartialEq)]
pub struct StudentPickerProps {
    /// The exercise opened.
    pub exercise: Rc<Exercise>,
    /// Students whose work on it this browser keeps.
    pub students: Rc<Vec<String>>,
    /// Why the name typed was not taken (another student's, with another
    /// identifier), if it was not.
    #[prop_or_default]
    pub taken: Option<AttrValue>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The dialog.
#[function_component(StudentPicker)]
pub fn student_picker(props: &StudentPickerProps) -> Html {
    let lang = props.lang;
    let name = use_node_ref();
    let id = use_node_ref();
    let empty = use_state(|| false);
    let id_problem = use_state(|| None::<IdProblem>);
    let ask_for = props.exercise.ask_for;
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let start = |student: String| Action::Student(Student::Start(props.exercise.clone(), student, String::new()));
    let on_submit = {
        let (name, id, empty, id_problem, on_action, exercise) = (
            name.clone(),
            id.clone(),
            empty.clone(),
            id_problem.clone(),
            props.on_action.clone(),
            props.exercise.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let student = clean_student_name(&form::value(&name));
            let student_id = clean_student_id(ask_for, &form::value(&id));
            empty.set(student.is_none());
            id_problem.set(student_id.as_ref().err().copied());
            if let (Some(student), Ok(student_id)) = (student, student_id) {
                on_action.emit(Action::Student(Student::Start(exercise.clone(), student, student_id)));
            }
        })
    };
    let id_field = (!ask_for.is_nothing()).then(|| {
        let kind = if ask_for == StudentIdKind::Email { "email" } else { "text" };
        html! {
            <>
                <label for="student-id">{ tr(lang, id_kind_name(ask_for)) }</label>
                <input ref={id.clone()} id="student-id" type={kind} dir="ltr" aria-required="true"
                    maxlength={STUDENT_ID_MAX_CHARS.to_string()} autocomplete="off" spellcheck="false"
                    aria-invalid={id_problem.is_some().then_some("true")} aria-describedby="student-id-error" />
                <p id="student-id-error" class="error-detail" role="alert">
                    if let Some(problem) = *id_problem { { tr(lang, id_problem_text(problem)) } }
                </p>
            </>
        }
    });
    let returning = props.students.iter().map(|student| {
        let action = start(student.clone());
        let onclick = props.on_action.reform(move |_: MouseEvent| action.clone());
        html! {
            <li><button type="button" class="quiet student-choice" dir="auto" data-student={student.clone()} {onclick}>{ student.clone() }</button></li>
        }
    });
    html! {
        <Dialog id="student-picker" title={tr(lang, Text::WhoIsWorking)} {lang} {on_close}>
            <p class="exercise-title" dir="auto">{ props.exercise.title.clone() }</p>
            <p class="hint">{ tr(lang, Text::WhoIsWorkingHint) }</p>
            if !props.students.is_empty() {
                <h3 class="panel-title">{ tr(lang, Text::ReturningStudents) }</h3>
                <ul class="students-list">{ for returning }</ul>
            }
            <form class="new-student" novalidate=true onsubmit={on_submit}>
                <h3 class="panel-title">{ tr(lang, Text::NewStudent) }</h3>
                <label for="student-name">{ tr(lang, Text::StudentName) }</label>
                <input ref={name} id="student-name" type="text" dir="auto" autofocus=true
                    maxlength={STUDENT_NAME_MAX_CHARS.to_string()} autocomplete="off"
                    aria-invalid={(*empty).then_some("true")} aria-describedby="student-error" />
                <p id="student-error" class="error-detail" role="alert">
                    if *empty { { tr(lang, Text::StudentNameMissing) } }
                    else if let Some(taken) = &props.taken { { taken.clone() } }
                </p>
                { for id_field }
                <div class="dialog-actions">
                    <button type="submit" class="primary" data-action="start-exercise">{ tr(lang, Text::StartExercise) }</button>
                </div>
            </form>
        </Dialog>
    }
}
