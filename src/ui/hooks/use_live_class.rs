//! A class on a sync server, once sync is on: a student's app opens the
//! class's exercise under her name and keeps her submission in her
//! database as she works; her teacher's Compare reads every student's
//! submission from the server, when she asks and every ten seconds while
//! it is open.

use crate::browser::dom::{self, Delay};
use crate::browser::download;
use crate::browser::storage;
use crate::browser::syncing::Syncer;
use crate::core::formats::exercise_file::{read_exercise, submission_json};
use crate::core::state::{Action, Classroom, Panel, State, Student};
use crate::core::store::{
    person_database, submission_doc, submission_of, ClassInfo, ClassRole, SyncState, SUBMISSION_DOC,
};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long a student's work rests before her submission is written.
const SUBMISSION_REST_MS: u32 = 1_000;

/// How often the teacher's open Compare reads the class again.
const COMPARE_EVERY_MS: u32 = 10_000;

/// The class, as the interface sees it.
#[derive(Clone, PartialEq)]
pub struct LiveClass {
    /// The class this login is in or teaches, once the server said.
    pub info: Option<Rc<ClassInfo>>,
    /// The teacher reads every student's submission of a class (its
    /// database) into Compare.
    pub on_read: Callback<String>,
    /// The students of the class read last who have no work on the server yet.
    pub not_started: Rc<Vec<String>>,
    /// This login was last seen to be a student of a class (known before
    /// the server answers, as after a reload while it is down).
    pub student: bool,
}

/// The live class of the app whose state is `state`, synced by `syncer`.
#[hook]
pub fn use_live_class(
    state: &State,
    revision: u64,
    sync_state: SyncState,
    syncer: Rc<RefCell<Option<Syncer>>>,
    on_action: Callback<Action>,
) -> LiveClass {
    let info = use_state(|| None::<Rc<ClassInfo>>);
    // Once synced: ask the server which class this login is in; a student
    // goes straight into its exercise under her name.
    {
        let (info, syncer, on_action) = (info.clone(), syncer.clone(), on_action.clone());
        let attempt = state.work.exercise().map(|attempt| (attempt.exercise.hash.clone(), attempt.student.clone()));
        use_effect_with((sync_state == SyncState::Synced, info.is_none()), move |(synced, unknown)| {
            let copy = syncer.borrow().as_ref().and_then(Syncer::copy);
            if let (true, true, Some(copy)) = (*synced, *unknown, copy) {
                yew::platform::spawn_local(async move {
                    let Some(found) = copy.class_info().await else {
                        return;
                    };
                    if found.role == ClassRole::Student {
                        let class = found.classes.first().map(|class| class.class.exercise.to_string());
                        if let Some(Ok(exercise)) = class.map(|class| read_exercise(&class)) {
                            let login = copy_login(&syncer);
                            if attempt != Some((exercise.hash.clone(), found.name.clone())) {
                                on_action.emit(Action::Student(Student::Start(
                                    Rc::new(exercise),
                                    found.name.clone(),
                                    login,
                                )));
                            }
                        }
                    }
                    storage::remember_class_student(&copy_database(&syncer), found.role == ClassRole::Student);
                    info.set(Some(Rc::new(found)));
                });
            }
        });
    }
    // A student's submission, kept in her database once her work rests.
    {
        let (syncer, rest) = (syncer.clone(), use_mut_ref(|| None::<Delay>));
        let student =
            info.as_ref().is_some_and(|found| found.role == ClassRole::Student) && state.work.exercise().is_some();
        let work = state.work.clone();
        use_effect_with((student, revision), move |(student, _)| {
            if *student {
                let timeout = dom::after(SUBMISSION_REST_MS, move || {
                    let copy = syncer.borrow().as_ref().and_then(Syncer::copy);
                    if let Some(copy) = copy {
                        let doc = submission_doc(&submission_json(&work, &download::now()));
                        yew::platform::spawn_local(async move {
                            // Kept in the store already; the server copy waits for the next change.
                            let _ = copy.put_doc(SUBMISSION_DOC, &doc).await;
                        });
                    }
                });
                *rest.borrow_mut() = Some(timeout);
            }
        });
    }
    let read = use_mut_ref(|| None::<String>);
    let not_started = use_state_eq(|| Rc::new(Vec::<String>::new()));
    let on_read = {
        let (info, syncer, read, not_started) = (info.clone(), syncer.clone(), read.clone(), not_started.clone());
        Callback::from(move |database: String| {
            let (Some(found), Some(copy)) = ((*info).clone(), syncer.borrow().as_ref().and_then(Syncer::copy)) else {
                return;
            };
            let Some(class) = found.classes.iter().find(|class| class.database == database).cloned() else {
                return;
            };
            *read.borrow_mut() = Some(database);
            let (on_action, not_started) = (on_action.clone(), not_started.clone());
            yew::platform::spawn_local(async move {
                let (mut files, mut missing, mut unasked) = (Vec::new(), Vec::new(), false);
                for student in &class.class.students {
                    match copy.remote_doc(&person_database(&student.login), SUBMISSION_DOC).await {
                        Ok(doc) => match doc.as_deref().and_then(submission_of) {
                            Some(text) => files.push((format!("{}.json", student.login), text)),
                            None => missing.push(student.name.clone()),
                        },
                        // The server could not be asked: who has started is
                        // not known, and not said to be no one.
                        Err(_) => unasked = true,
                    }
                }
                if !unasked {
                    not_started.set(Rc::new(missing));
                }
                if !files.is_empty() {
                    on_action.emit(Action::Classroom(Classroom::FromServer(files)));
                }
            });
        })
    };
    // While the teacher's Compare is open, it reads the class again now
    // and then: each student's newer work comes in by itself.
    {
        let teacher = info.as_ref().is_some_and(|found| found.role == ClassRole::Teacher);
        let comparing = teacher && state.view.panel == Panel::Compare;
        let on_read = on_read.clone();
        use_effect_with(comparing, move |comparing| {
            // The class the teacher read last, again.
            let again = move || {
                let last = read.borrow().clone();
                if let Some(database) = last {
                    on_read.emit(database);
                }
            };
            let repeat = comparing.then(|| dom::every(COMPARE_EVERY_MS, again));
            move || drop(repeat)
        });
    }
    // Read from localStorage once per database, not at every render.
    let remembered = use_memo(copy_database(&syncer), |database| storage::remembered_class_student(database));
    let student = match info.as_ref() {
        Some(found) => found.role == ClassRole::Student,
        None => *remembered,
    };
    LiveClass { info: (*info).clone(), on_read, not_started: (*not_started).clone(), student }
}

/// The login sync runs under.
fn copy_login(syncer: &Rc<RefCell<Option<Syncer>>>) -> String {
    syncer.borrow().as_ref().map(Syncer::login).unwrap_or_default()
}

fn copy_database(syncer: &Rc<RefCell<Option<Syncer>>>) -> String {
    syncer.borrow().as_ref().map(Syncer::database).unwrap_or_default()
}
