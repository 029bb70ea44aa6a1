//! Who is doing the exercise just opened: a returning student picks their
//! name and takes back their work; a new student types a name and starts
//! blank.

use crate::browser::form;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::exercise::Exercise;
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
    let empty = use_state(|| false);
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let start = |student: String| Action::Student(Student::Start(props.exercise.clone(), student));
    let on_submit = {
        let (name, empty, on_action, exercise) =
            (name.clone(), empty.clone(), props.on_action.clone(), props.exercise.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = form::value(&name);
            match clean_student_name(&typed) {
                Some(student) => on_action.emit(Action::Student(Student::Start(exercise.clone(), student))),
                None => empty.set(true),
            }
        })
    };
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
            <form class="new-student" onsubmit={on_submit}>
                <h3 class="panel-title">{ tr(lang, Text::NewStudent) }</h3>
                <label for="student-name">{ tr(lang, Text::StudentName) }</label>
                <input ref={name} id="student-name" type="text" dir="auto" autofocus=true
                    maxlength={STUDENT_NAME_MAX_CHARS.to_string()} autocomplete="off"
                    aria-invalid={(*empty).then_some("true")} aria-describedby="student-error" />
                <p id="student-error" class="error-detail" role="alert">
                    if *empty { { tr(lang, Text::StudentNameMissing) } }
                </p>
                <div class="dialog-actions">
                    <button type="submit" class="primary" data-action="start-exercise">{ tr(lang, Text::StartExercise) }</button>
                </div>
            </form>
        </Dialog>
    }
}
