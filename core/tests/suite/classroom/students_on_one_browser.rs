//! Students one after another on one browser: each one's work is kept
//! apart, a returning student takes theirs back, a label renamed by a
//! student keeps its identity, and nothing of one student reaches
//! another's submission.

use crate::helpers::apply;
use hamish_core::formats::exercise_file::{
    exercise_json, file_label_ids, make_exercise, read_exercise, submission_json,
};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::model::exercise::Exercise;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{students_of, Action, Annotate, LabelEdit, Notice, Select, State, Student};
use hamish_core::store::{load, writes_between, Write};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;

const TEXT: &str = "مقال\nالتعليم حق. تؤكد الدراسات ذلك. هل نوافق؟ ربما.";

fn exercise(lock_labels: bool) -> Rc<Exercise> {
    let document = Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled);
    let teacher = State::new(vec![document], &Preferences::default());
    let made = make_exercise(&teacher.work, &[DocumentId("essay".into())], "تمرين", "صنّف.", lock_labels);
    Rc::new(read_exercise(&exercise_json(&made)).expect("valid"))
}

fn label(sentence: usize, key: u8) -> [Action; 2] {
    [Action::Select(Select::One(sentence)), Action::Annotate(Annotate::ToggleLabelKey(key))]
}

/// `(sentence index, label names)` of each labeled sentence of a submission.
fn answers(submission: &str) -> Vec<(usize, Vec<String>)> {
    let file = read_hamish_json(submission).expect("a Hamish file");
    let names = |ids: &[hamish_core::model::labels::LabelId]| -> Vec<String> {
        ids.iter().filter_map(|id| file.labels.get(*id)).map(|label| label.name.clone()).collect()
    };
    let document = &file.documents[0];
    let placed = hamish_core::model::anchor::anchor(
        &Document::new(document.id.clone(), document.text.clone(), "", DocumentSource::Imported),
        document.annotations.clone(),
    );
    placed.placed.into_iter().map(|(index, annotation)| (index, names(&annotation.labels))).collect()
}

#[test]
fn the_next_student_starts_blank_and_each_submission_holds_only_its_student() {
    let exercise = exercise(true);
    let empty = State::new(vec![], &Preferences::default());
    let mut first = apply(empty, &[Action::Student(Student::OpenExercise(exercise.clone()))]);
    assert_eq!(first.view.arriving.as_deref(), Some(&*exercise));
    first = apply(first, &[Action::Student(Student::Start(exercise.clone(), "  سارة   أحمد ".into()))]);
    first = apply(first, &label(1, 1));
    first = apply(first, &label(2, 2));
    let sara = submission_json(&first.work, "");
    let left = apply(first, &[Action::Student(Student::Leave)]);
    assert!(matches!(&left.view.notice, Some(Notice::AttemptKept { student, .. }) if student == "سارة أحمد"));
    assert!(left.work.exercise().is_none());
    assert!(left.work.documents().is_empty(), "her copy of the text is out of sight");
    assert!(left.work.annotations().is_empty(), "and so are her labels");
    assert_eq!(students_of(&left.work, &exercise), ["سارة أحمد"]);
    // The next student opens the same exercise.
    let mut second = apply(left, &[Action::Student(Student::Start(exercise.clone(), "ليلى".into()))]);
    assert_eq!(second.progress().0, 0, "a new student starts blank");
    assert_eq!(second.view.notice, None);
    second = apply(second, &label(3, 4));
    let laila = submission_json(&second.work, "");
    assert_eq!(answers(&sara), [(1, vec!["ادعاء".to_string()]), (2, vec!["دليل".to_string()])]);
    assert_eq!(answers(&laila), [(3, vec!["سؤال".to_string()])], "nothing of Sara's");
    assert_eq!(read_hamish_json(&laila).expect("valid").annotator, "ليلى");
    // Undo cannot reach the last student's work.
    assert!(!second.history.can_undo() || apply(second.clone(), &[Action::Undo]).work.exercise().is_some());
    // Sara comes back: her labels, not Laila's.
    let back = apply(second, &[Action::Student(Student::Start(exercise.clone(), "سارة أحمد".into()))]);
    assert!(matches!(&back.view.notice, Some(Notice::AttemptResumed(name)) if name == "سارة أحمد"));
    assert_eq!(answers(&submission_json(&back.work, "")), answers(&sara));
    assert_eq!(students_of(&back.work, &exercise), ["سارة أحمد", "ليلى"]);
}

#[test]
fn a_blank_name_starts_nothing() {
    let state = State::new(vec![], &Preferences::default());
    assert!(state.reduce(&Action::Student(Student::Start(exercise(true), " \t ".into()))).is_none());
}

#[test]
fn the_teachers_own_document_is_never_the_students_copy() {
    let exercise = exercise(true);
    let document = Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled);
    let teacher = apply(State::new(vec![document], &Preferences::default()), &label(1, 3));
    let student = apply(teacher, &[Action::Student(Student::Start(exercise, "سارة".into()))]);
    assert_eq!(student.work.documents().len(), 2);
    assert_eq!(student.progress().0, 0, "the student's copy has none of the teacher's labels");
    let left = apply(student, &[Action::Student(Student::Leave)]);
    assert_eq!(left.work.documents().len(), 1, "the teacher's document stays");
    assert_eq!(left.work.progress().0, 1, "with its label");
}

#[test]
fn a_renamed_label_keeps_its_id_in_the_exercise_and_comes_back_renamed() {
    let exercise = exercise(false);
    let started = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), "سارة".into()))],
    );
    let claim = started.work.labels().labels[0].id;
    let renamed = apply(started, &[Action::Labels(LabelEdit::Rename(claim, "زعم".into()))]);
    let renamed = apply(renamed, &label(1, 1));
    let renamed = apply(renamed, &[Action::Labels(LabelEdit::Add("جديد".into()))]);
    let renamed = apply(renamed, &label(2, 6));
    let submission = submission_json(&renamed.work, "");
    let file = read_hamish_json(&submission).expect("valid");
    let names: Vec<&str> = file.labels.labels.iter().map(|label| label.name.as_str()).collect();
    let ids = file_label_ids(&submission);
    let at = |name: &str| names.iter().position(|known| *known == name).and_then(|at| ids[at]);
    assert_eq!(at("زعم"), Some(exercise.labels.labels[0].id.0), "the renamed label is the exercise's first");
    assert!(
        at("جديد").is_some_and(|id| id > exercise.labels.labels.len() as u32),
        "an added label is not one of the exercise's"
    );
    assert_eq!(answers(&submission), [(1, vec!["زعم".to_string()]), (2, vec!["جديد".to_string()])]);
    // She leaves and comes back: the names and labels are hers.
    let left = apply(renamed, &[Action::Student(Student::Leave)]);
    let back = apply(left, &[Action::Student(Student::Start(exercise.clone(), "سارة".into()))]);
    assert_eq!(answers(&submission_json(&back.work, "")), answers(&submission));
    assert_eq!(file_label_ids(&submission_json(&back.work, "")), ids);
}

#[test]
fn kept_work_is_stored_and_read_back() {
    let exercise = exercise(true);
    let before = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), "سارة/1".into()))],
    );
    let labeled = apply(before, &label(1, 1));
    let left = apply(labeled.clone(), &[Action::Student(Student::Leave)]);
    let writes: Vec<Write> = writes_between(None, &left.work, 1);
    let entries: Vec<(String, String)> =
        writes.into_iter().filter_map(|write| Some((write.key, write.value?))).collect();
    let loaded = load(&[], &entries);
    assert!(loaded.unreadable.is_empty());
    let restored = State::restore(vec![], loaded.saved);
    assert_eq!(students_of(&restored.work, &exercise), ["سارة/1"]);
    let back = apply(restored, &[Action::Student(Student::Start(exercise, "سارة/1".into()))]);
    assert_eq!(answers(&submission_json(&back.work, "")), answers(&submission_json(&labeled.work, "")));
}
