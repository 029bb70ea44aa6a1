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
    first = apply(first, &[Action::Student(Student::Start(exercise.clone(), "  سارة   أحمد ".into(), String::new()))]);
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
    let mut second = apply(left, &[Action::Student(Student::Start(exercise.clone(), "ليلى".into(), String::new()))]);
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
    let back = apply(second, &[Action::Student(Student::Start(exercise.clone(), "سارة أحمد".into(), String::new()))]);
    assert!(matches!(&back.view.notice, Some(Notice::AttemptResumed(name)) if name == "سارة أحمد"));
    assert_eq!(answers(&submission_json(&back.work, "")), answers(&sara));
    assert_eq!(students_of(&back.work, &exercise), ["سارة أحمد", "ليلى"]);
}

#[test]
fn a_blank_name_starts_nothing() {
    let state = State::new(vec![], &Preferences::default());
    assert!(state.reduce(&Action::Student(Student::Start(exercise(true), " \t ".into(), String::new()))).is_none());
}

#[test]
fn the_teachers_own_document_is_never_the_students_copy() {
    let exercise = exercise(true);
    let document = Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled);
    let teacher = apply(State::new(vec![document], &Preferences::default()), &label(1, 3));
    let student = apply(teacher, &[Action::Student(Student::Start(exercise, "سارة".into(), String::new()))]);
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
        &[Action::Student(Student::Start(exercise.clone(), "سارة".into(), String::new()))],
    );
    let claim = started.work.labels().labels[0].id;
    let renamed = apply(
        started,
        &[Action::Labels(LabelEdit::Rename(claim, hamish_core::i18n::lang::Lang::Arabic, "زعم".into()))],
    );
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
    let back = apply(left, &[Action::Student(Student::Start(exercise.clone(), "سارة".into(), String::new()))]);
    assert_eq!(answers(&submission_json(&back.work, "")), answers(&submission));
    assert_eq!(file_label_ids(&submission_json(&back.work, "")), ids);
}

#[test]
fn kept_work_is_stored_and_read_back() {
    let exercise = exercise(true);
    let before = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), "سارة/1".into(), String::new()))],
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
    let back = apply(restored, &[Action::Student(Student::Start(exercise, "سارة/1".into(), String::new()))]);
    assert_eq!(answers(&submission_json(&back.work, "")), answers(&submission_json(&labeled.work, "")));
}

/// The state a reload gives: `state`'s work written to the store and read
/// back, as the browser does.
fn reloaded(state: &State) -> State {
    let writes: Vec<Write> = writes_between(None, &state.work, 1);
    let entries: Vec<(String, String)> =
        writes.into_iter().filter_map(|write| Some((write.key, write.value?))).collect();
    let documents: Vec<Document> = state.work.documents().iter().map(|document| (**document).clone()).collect();
    let loaded = load(&documents, &entries);
    assert!(loaded.unreadable.is_empty());
    State::restore(documents, loaded.saved)
}

#[test]
fn a_returning_student_gets_back_exactly_her_work_and_keeps_it_through_labels_reloads_and_leaving_again() {
    let exercise = exercise(true);
    let start = |state: &State, name: &str| {
        apply(state, &[Action::Student(Student::Start(exercise.clone(), name.into(), String::new()))])
    };
    let leave = |state: &State| apply(state, &[Action::Student(Student::Leave)]);
    let mut state = start(&State::new(vec![], &Preferences::default()), "نور");
    for (sentence, key) in [(1, 1), (2, 2), (3, 4), (4, 3)] {
        state = apply(&state, &label(sentence, key));
    }
    let expected = answers(&submission_json(&state.work, ""));
    assert_eq!(expected.len(), 4);
    state = start(&leave(&state), "سالم");
    state = apply(&state, &label(1, 5));
    state = start(&leave(&state), "نور");
    assert_eq!(answers(&submission_json(&state.work, "")), expected, "back as she left it");
    // One more label keeps every earlier one, in the page and in the store.
    state = apply(&state, &label(0, 1));
    let mut more = expected.clone();
    more.insert(0, (0, vec!["ادعاء".to_string()]));
    assert_eq!(answers(&submission_json(&state.work, "")), more);
    let after_reload = reloaded(&state);
    assert_eq!(answers(&submission_json(&after_reload.work, "")), more, "a reload keeps it");
    // Leaving again and coming back once more: still all of it.
    let again = start(&leave(&after_reload), "نور");
    assert_eq!(answers(&submission_json(&again.work, "")), more, "leaving again keeps it");
    let salem = start(&leave(&again), "سالم");
    assert_eq!(answers(&submission_json(&salem.work, "")), [(1, vec!["خلفية".to_string()])], "his, untouched");
}

#[test]
fn spans_come_back_under_their_labels_however_often_a_student_leaves() {
    use hamish_core::model::labels::{LabelId, LabelScope};
    use hamish_core::state::SpanMode;
    let document = Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled);
    let teacher = apply(
        State::new(vec![document], &Preferences::default()),
        &[Action::Labels(LabelEdit::SetScope(LabelId(5), LabelScope::Span))],
    );
    let made = make_exercise(&teacher.work, &[DocumentId("essay".into())], "تمرين", "", false);
    let exercise = Rc::new(read_exercise(&exercise_json(&made)).expect("valid"));
    let start = |state: &State, name: &str| {
        apply(state, &[Action::Student(Student::Start(exercise.clone(), name.into(), String::new()))])
    };
    let leave = |state: &State| apply(state, &[Action::Student(Student::Leave)]);
    let work = |state: &State, sentence: usize, key: u8| {
        let state = apply(state, &label(sentence, key));
        apply(
            &state,
            &[
                Action::SpanMode(SpanMode::Enter),
                Action::SpanMode(SpanMode::ToggleKey(5)),
                Action::SpanMode(SpanMode::Leave),
            ],
        )
    };
    let spans = |state: &State| {
        let file = read_hamish_json(&submission_json(&state.work, "")).expect("readable");
        let labels: Vec<String> = file.labels.labels.iter().map(|label| label.name.clone()).collect();
        let mut found: Vec<(usize, String)> = Vec::new();
        for (index, annotation) in hamish_core::model::anchor::anchor(
            &Document::new(file.documents[0].id.clone(), file.documents[0].text.clone(), "", DocumentSource::Imported),
            file.documents[0].annotations.clone(),
        )
        .placed
        {
            for span in &annotation.spans {
                found.push((index, labels.get(span.label.0 as usize - 1).cloned().unwrap_or_default()));
            }
        }
        found
    };
    let mut nour = work(&start(&State::new(vec![], &Preferences::default()), "نور"), 1, 1);
    let mut salem = work(&start(&leave(&nour), "سالم"), 4, 4);
    for (round, sentence) in [(2, 2), (3, 3)] {
        nour = start(&leave(&salem), "نور");
        assert_eq!(spans(&nour).len(), round - 1, "round {round}: her spans are back");
        nour = work(&nour, sentence, 2);
        assert_eq!(answers(&submission_json(&nour.work, "")).len(), round, "round {round}: her labels");
        salem = start(&leave(&nour), "سالم");
        salem = work(&salem, sentence + 3, 3);
    }
    let nour = start(&leave(&salem), "نور");
    assert_eq!(spans(&nour), [(1, "خلفية".into()), (2, "خلفية".into()), (3, "خلفية".into())]);
    assert_eq!(answers(&submission_json(&nour.work, "")).len(), 3);
}
