//! The exercise made a class on a sync server: the server, its admin login
//! (used once), the teacher's login and the students' names; then the
//! logins to hand out, on screen and as a file.

use crate::browser::form;
use crate::core::formats::exercise_file::ExerciseChoice;
use crate::core::i18n::said::sync::{sync_word, SyncWord};
use crate::core::i18n::Lang;
use crate::core::store::RosterProblem;
use crate::ui::hooks::{ClassForm, ClassHandle, ClassState};
use yew::prelude::*;

/// Props of [`ClassOnServer`].
#[derive(Properties, PartialEq)]
pub struct ClassOnServerProps {
    /// Interface language.
    pub lang: Lang,
    /// Reads the exercise the teacher chose (`None`: no document chosen).
    pub choice: Callback<(), Option<ExerciseChoice>>,
}

fn problem_word(problem: RosterProblem) -> SyncWord {
    match problem {
        RosterProblem::NoStudents => SyncWord::NoStudents,
        RosterProblem::NoTeacher => SyncWord::NoTeacher,
        RosterProblem::NameTwice => SyncWord::NameTwice,
        RosterProblem::NoTeacherPassword => SyncWord::NoTeacherPassword,
        RosterProblem::Address => SyncWord::BadAddress,
        RosterProblem::NoTitle => SyncWord::NoClassTitle,
    }
}

fn refusal_word(reason: &str) -> SyncWord {
    match reason {
        "login" | "forbidden" => SyncWord::AdminRefused,
        "exists" => SyncWord::ClassExists,
        "unreachable" => SyncWord::Unreachable,
        _ => SyncWord::Failed,
    }
}

/// The section (making comes through the app's context).
#[function_component(ClassOnServer)]
pub fn class_on_server(props: &ClassOnServerProps) -> Html {
    let lang = props.lang;
    let word = |word: SyncWord| sync_word(lang, word);
    let fields: Vec<NodeRef> = (0..6).map(|_| NodeRef::default()).collect();
    let fields = use_memo((), move |_| fields);
    let Some(class) = use_context::<ClassHandle>() else {
        return html! {};
    };
    let onsubmit = {
        let (fields, choice, on_make) = (fields.clone(), props.choice.clone(), class.on_make.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |at: usize| form::value(&fields[at]);
            if let Some(choice) = choice.emit(()) {
                let form = ClassForm {
                    server: value(0),
                    admin: (value(1), value(2)),
                    teacher: (value(3), value(4)),
                    names: value(5),
                };
                on_make.emit((choice, form));
            }
        })
    };
    let field = |at: usize, id: &'static str, label: SyncWord, kind: &'static str, dir: &'static str| {
        html! {
            <label>{ word(label) }
                <input ref={fields[at].clone()} {id} type={kind} dir={dir} />
            </label>
        }
    };
    let outcome = match &class.state {
        ClassState::Idle => html! {},
        ClassState::Wrong(problem) => {
            html! { <p class="field-error" role="alert">{ word(problem_word(*problem)) }</p> }
        }
        ClassState::Making => html! { <p role="status">{ word(SyncWord::MakingClass) }</p> },
        ClassState::Refused(refusal) => html! {
            <p class="field-error" role="alert" data-refused={refusal.reason.clone()}>{ word(refusal_word(&refusal.reason)) }</p>
        },
        ClassState::Made(roster) => {
            let download = class.on_download.reform(|_: MouseEvent| ());
            html! {
                <div class="class-made" role="status">
                    <p>{ word(SyncWord::ClassMade) }</p>
                    <p class="sync-login" dir="ltr">{ &roster.server }</p>
                    <table class="class-logins">
                        <thead><tr>
                            <th>{ word(SyncWord::ColumnName) }</th>
                            <th>{ word(SyncWord::ColumnLogin) }</th>
                            <th>{ word(SyncWord::ColumnPassword) }</th>
                        </tr></thead>
                        <tbody>
                            { for roster.students.iter().map(|student| html! {
                                <tr data-login={student.login.clone()}>
                                    <td dir="auto">{ &student.name }</td>
                                    <td dir="ltr"><code>{ &student.login }</code></td>
                                    <td dir="ltr"><code>{ &student.password }</code></td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    <p class="hint warning">{ word(SyncWord::LoginsOnce) }</p>
                    <button type="button" data-action="download-logins" onclick={download}>{ word(SyncWord::DownloadLogins) }</button>
                </div>
            }
        }
    };
    html! {
        <details class="class-on-server">
            <summary>{ word(SyncWord::ClassLegend) }</summary>
            <form class="sync-form" {onsubmit} novalidate=true>
                <p class="hint">{ word(SyncWord::ClassAbout) }</p>
                { field(0, "class-server", SyncWord::Server, "url", "ltr") }
                { field(1, "class-admin-name", SyncWord::AdminName, "text", "auto") }
                { field(2, "class-admin-password", SyncWord::AdminPassword, "password", "ltr") }
                <p class="hint">{ word(SyncWord::AdminNotKept) }</p>
                { field(3, "class-teacher", SyncWord::TeacherLogin, "text", "auto") }
                { field(4, "class-teacher-password", SyncWord::TeacherPassword, "password", "ltr") }
                <label>{ word(SyncWord::StudentNames) }
                    <textarea ref={fields[5].clone()} id="class-students" dir="auto" rows="6" />
                </label>
                { outcome }
                <button type="submit" data-action="make-class" disabled={class.state == ClassState::Making}>
                    { word(SyncWord::MakeClass) }
                </button>
            </form>
        </details>
    }
}
