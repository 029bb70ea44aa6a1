//! Making a class on a sync server: the roster planned by the core, sent
//! with the server's admin login (used once, never kept), and the list of
//! logins to hand out. Shared through a Yew context.

use crate::browser::couch::{self, AdminRefusal};
use crate::core::formats::exercise_file::{asking_for, exercise_json, exercise_of, ExerciseChoice};
use crate::core::model::exercise::StudentIdKind;
use crate::core::state::{Action, State};
use crate::core::store::{class_requests, roster, roster_csv, Roster, RosterProblem};
use crate::ui::hooks::save;
use std::rc::Rc;
use yew::prelude::*;

/// What the class form sends besides the exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassForm {
    /// The server's address.
    pub server: String,
    /// The server admin's name and password (not kept).
    pub admin: (String, String),
    /// The teacher's login and its password (used if the login is new).
    pub teacher: (String, String),
    /// The students' names, one per line.
    pub names: String,
}

/// Where making the class stands.
#[derive(Clone, Debug, PartialEq)]
pub enum ClassState {
    /// Nothing asked.
    Idle,
    /// The form has a problem.
    Wrong(RosterProblem),
    /// Being made.
    Making,
    /// Made: the logins to hand out.
    Made(Rc<Roster>),
    /// The server refused.
    Refused(AdminRefusal),
}

/// Making a class, as the interface sees it.
#[derive(Clone, PartialEq)]
pub struct ClassHandle {
    /// Where it stands.
    pub state: ClassState,
    /// Makes the class of this exercise.
    pub on_make: Callback<(ExerciseChoice, ClassForm)>,
    /// Downloads the list of logins.
    pub on_download: Callback<()>,
}

/// Making classes for the app whose state is `state`.
#[hook]
pub fn use_class(state: &State, on_action: Callback<Action>) -> ClassHandle {
    let made = use_state(|| ClassState::Idle);
    let work = use_mut_ref(Default::default);
    *work.borrow_mut() = state.work.clone();
    let on_make = {
        let made = made.clone();
        Callback::from(move |(choice, form): (ExerciseChoice, ClassForm)| {
            // Each student gives her login: the class asks for a username.
            let exercise = asking_for(exercise_of(&work.borrow(), &choice), StudentIdKind::Username);
            let code = couch::random_word(4);
            let planned =
                roster(&choice.title, &form.server, &form.names, (&form.teacher.0, &form.teacher.1), &code, || {
                    couch::random_word(10)
                });
            let class = match planned {
                Ok(class) => class,
                Err(problem) => return made.set(ClassState::Wrong(problem)),
            };
            let requests = class_requests(&class, &form.teacher.1, &exercise_json(&exercise));
            made.set(ClassState::Making);
            let made = made.clone();
            yew::platform::spawn_local(async move {
                let (name, password) = &form.admin;
                made.set(match couch::run_admin(&class.server, name, password, &requests).await {
                    Ok(()) => ClassState::Made(Rc::new(class)),
                    Err(refusal) => ClassState::Refused(refusal),
                });
            });
        })
    };
    let on_download = {
        let made = made.clone();
        Callback::from(move |_| {
            if let ClassState::Made(class) = &*made {
                let name = format!("hamish-class-{}-logins.csv", class.code);
                save(&on_action, &name, "text/csv;charset=utf-8", &roster_csv(class));
            }
        })
    };
    ClassHandle { state: (*made).clone(), on_make, on_download }
}
