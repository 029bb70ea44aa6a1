//! The teacher's side: submissions compared with labels matched by their
//! id in the exercise, ties left open, decisions saved and undone like any
//! work, an answer key (from the decisions or from a file), scores, the
//! gradebook and a feedback file per student.

use crate::helpers::apply;
use hamish_core::classroom::adjudication::{
    adjudicated, adjudicated_json, comparison_of, feedback_json, gradebook, open_ties, scores, FeedbackDetail,
    Gradebook,
};
use hamish_core::classroom::compare::compare_files;
use hamish_core::formats::exercise_file::{exercise_json, make_exercise, read_exercise, submission_json};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::plan::{plan_import, ImportMode};
use hamish_core::i18n::lang::Lang;
use hamish_core::model::comparison::Adjudication;
use hamish_core::model::exercise::Exercise;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Classroom, LabelEdit, Notice, Select, State, Student};
use hamish_core::store::{load, writes_between};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;

const TEXT: &str = "مقال\nالتعليم حق. تؤكد الدراسات ذلك. هل نوافق؟ ربما.";

fn exercise(lock_labels: bool) -> Rc<Exercise> {
    exercise_marked(lock_labels, &[])
}

/// The exercise, the teacher's `marks` made first (its title a heading, say).
fn exercise_marked(lock_labels: bool, marks: &[Action]) -> Rc<Exercise> {
    let document = Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled);
    let teacher = apply(State::new(vec![document], &Preferences::default()), marks);
    let made = make_exercise(&teacher.work, &[DocumentId("essay".into())], "تمرين", "", lock_labels);
    Rc::new(read_exercise(&exercise_json(&made)).expect("valid"))
}

/// A student's submission: `before` actions (renames), then (sentence, key) labels.
fn submission(exercise: &Rc<Exercise>, name: &str, before: &[Action], choices: &[(usize, u8)]) -> (String, String) {
    let mut state = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), name.into(), String::new()))],
    );
    state = apply(state, before);
    for (sentence, key) in choices {
        state =
            apply(state, &[Action::Select(Select::One(*sentence)), Action::Annotate(Annotate::ToggleLabelKey(*key))]);
    }
    (format!("{name}.json"), submission_json(&state.work, "2026-11-26T10:00:00Z"))
}

fn teacher_with(files: Vec<(String, String)>) -> State {
    let files = files.into_iter().map(|(name, text)| (name, Ok(text))).collect();
    apply(State::new(vec![], &Preferences::default()), &[Action::Classroom(Classroom::AddSubmissions(files))])
}

fn doc() -> DocumentId {
    DocumentId("essay".into())
}

#[test]
fn a_renamed_label_is_the_same_label_and_a_namesake_is_reported() {
    let exercise = exercise(false);
    let sara = submission(&exercise, "سارة", &[], &[(1, 1), (2, 2)]);
    // Laila renames claim (1) to زعم, and evidence to برهان, then adds a new label named دليل.
    let renames = [
        Action::Labels(LabelEdit::Rename(
            hamish_core::model::labels::LabelId(1),
            hamish_core::i18n::lang::Lang::Arabic,
            "زعم".into(),
        )),
        Action::Labels(LabelEdit::Rename(
            hamish_core::model::labels::LabelId(2),
            hamish_core::i18n::lang::Lang::Arabic,
            "برهان".into(),
        )),
        Action::Labels(LabelEdit::Add("دليل".into())),
    ];
    let laila = submission(&exercise, "ليلى", &renames, &[(1, 1), (2, 6)]);
    let comparison = compare_files(None, &[sara, laila]).expect("a comparison");
    let claim = &comparison.labels[0];
    assert_eq!(claim.key, 1);
    assert!(claim.names.contains(&"ادعاء".to_string()) && claim.names.contains(&"زعم".to_string()));
    let first = &comparison.sentences[1];
    assert!(!first.disagreement, "claim and زعم are one label");
    assert_eq!(first.majority, Some(vec![1]));
    assert!(comparison.sentences[2].disagreement, "Laila's new دليل is not the exercise's دليل");
    assert_eq!(comparison.clashes.len(), 1);
    assert_eq!(comparison.clashes[0].0, "دليل");
    // Nothing is dropped from the adjudicated export: her new label is in it.
    let adjudication = Adjudication { files: Vec::new(), ..Adjudication::default() };
    let names: Vec<String> = read_hamish_json(&adjudicated_json(&comparison, &adjudication, "", ""))
        .expect("valid")
        .labels
        .labels
        .iter()
        .map(|label| label.name.clone())
        .collect();
    assert!(names.len() > 5, "{names:?}");
}

#[test]
fn two_students_who_disagree_tie_and_the_tie_is_left_to_the_teacher() {
    let exercise = exercise(true);
    let a = submission(&exercise, "أ", &[], &[(1, 1), (2, 2)]);
    let b = submission(&exercise, "ب", &[], &[(1, 1), (2, 1)]);
    let teacher = teacher_with(vec![a, b]);
    let adjudication = teacher.work.adjudication().cloned().expect("kept");
    let comparison = comparison_of(&adjudication).expect("a comparison");
    let tied = &comparison.sentences[2];
    assert!(tied.tie && tied.majority.is_none(), "1–1 is a tie, never pre-filled");
    assert_eq!(open_ties(&comparison, &adjudication), 1);
    assert!(!adjudicated(&comparison, &adjudication).contains_key(&(doc(), 2)));
    // The teacher decides; undo takes the decision back, redo restores it.
    let decided = apply(teacher, &[Action::Classroom(Classroom::Decide(doc(), 2, Some(vec![2])))]);
    let adjudication = decided.work.adjudication().cloned().expect("kept");
    assert_eq!(open_ties(&comparison, &adjudication), 0);
    assert_eq!(adjudicated(&comparison, &adjudication).get(&(doc(), 2)), Some(&vec![2]));
    let undone = apply(decided.clone(), &[Action::Undo]);
    assert!(undone.work.adjudication().is_some_and(|a| a.decisions.is_empty()));
    let redone = apply(undone, &[Action::Redo]);
    assert_eq!(redone.work.adjudication(), decided.work.adjudication());
}

#[test]
fn the_comparison_is_stored_and_read_back_with_its_decisions_notes_and_key() {
    let exercise = exercise(true);
    let a = submission(&exercise, "أ", &[], &[(1, 1), (2, 2)]);
    let b = submission(&exercise, "ب", &[], &[(1, 1), (2, 1)]);
    let state = apply(
        teacher_with(vec![a, b]),
        &[
            Action::Classroom(Classroom::Decide(doc(), 2, Some(vec![2]))),
            Action::Classroom(Classroom::SetExplanation(doc(), 2, "  الدراسات دليل.  ".into())),
            Action::Classroom(Classroom::MakeKey),
        ],
    );
    assert_eq!(state.view.notice, Some(Notice::KeyMade { open_ties: 0 }));
    let entries: Vec<(String, String)> =
        writes_between(None, &state.work, 1).into_iter().filter_map(|w| Some((w.key, w.value?))).collect();
    let loaded = load(&[], &entries);
    assert!(loaded.unreadable.is_empty());
    let restored = State::restore(vec![], loaded.saved);
    assert_eq!(restored.work.adjudication(), state.work.adjudication());
    let key = restored.work.adjudication().and_then(|a| a.key.clone()).expect("a key");
    assert_eq!(key.notes.get(&(doc(), 2)).map(String::as_str), Some("الدراسات دليل."));
    // Ending the comparison is undoable too.
    let ended = apply(restored, &[Action::Classroom(Classroom::EndComparison)]);
    assert!(ended.work.adjudication().is_none());
    assert!(apply(ended, &[Action::Undo]).work.adjudication().is_some());
}

#[test]
fn every_student_is_scored_against_the_key_and_gets_feedback() {
    let title_a_heading = [Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleHeading)];
    let exercise = exercise_marked(true, &title_a_heading);
    // Sentences: 0 title (a heading), 1 claim, 2 evidence, 3 question, 4 opinion.
    let a = submission(&exercise, "أ", &[], &[(1, 1), (2, 2), (3, 4), (4, 3)]);
    let b = submission(&exercise, "ب", &[], &[(1, 1), (2, 1), (3, 4)]);
    let key_file = submission(&exercise, "المعلمة", &[], &[(1, 1), (2, 2), (3, 4), (4, 3)]);
    let teacher = apply(
        teacher_with(vec![a, b]),
        &[Action::Classroom(Classroom::LoadKey(key_file.0.clone(), key_file.1.clone()))],
    );
    assert!(matches!(&teacher.view.notice, Some(Notice::KeyLoaded { unknown, .. }) if unknown.is_empty()));
    let teacher =
        apply(teacher, &[Action::Classroom(Classroom::SetExplanation(doc(), 2, "كل ما يسند الادعاء دليل.".into()))]);
    let adjudication = teacher.work.adjudication().cloned().expect("kept");
    let comparison = comparison_of(&adjudication).expect("a comparison");
    let key = adjudication.key.clone().expect("a key");
    let scored = scores(&comparison, &key);
    assert_eq!((scored[0].correct, scored[0].out_of, scored[0].unlabeled), (4, 4, 0));
    assert_eq!((scored[1].correct, scored[1].out_of, scored[1].unlabeled), (2, 4, 1));
    let csv = gradebook(&comparison, &adjudication, Gradebook::Full).expect("a key");
    assert!(csv.starts_with('\u{feff}'));
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert!(rows[0].starts_with("student,student_id,points,max_points,score_percent,correct,out_of"), "{}", rows[0]);
    assert!(rows[2].starts_with("ب,,50,100,50.0,2,4,1"), "{}", rows[2]);
    // Feedback: a score sheet, then her labels with a note on each key sentence.
    let feedback = feedback_json(&comparison, &adjudication, 1, FeedbackDetail::EverySentence, Lang::Arabic, "")
        .expect("feedback");
    let file = read_hamish_json(&feedback).expect("opens in Hamish");
    assert_eq!(file.annotator, "ب");
    assert_eq!(file.documents.len(), 2);
    assert!(file.documents[0].text.contains("2 من 4"), "{}", file.documents[0].text);
    let notes: Vec<&str> = file.documents[1].annotations.iter().map(|a| a.annotation.note.as_str()).collect();
    assert!(
        notes.iter().any(|note| note.starts_with("✗") && note.contains("دليل") && note.contains("كل ما يسند")),
        "{notes:?}"
    );
    assert!(notes.iter().any(|note| note.starts_with("✓")), "{notes:?}");
    assert!(file.documents[0].text.contains("العلامة: 50 من 100"), "the grade on the teacher's scale");
    assert!(file.documents[1].title.starts_with("تصحيح: "), "titled apart from her own copy");
    let document = &comparison.documents[0];
    let compared: Vec<usize> = comparison.sentences.iter().map(|sentence| sentence.index).collect();
    let expected: Vec<usize> = (0..document.sentence_count())
        .filter(|index| !compared.contains(index))
        .map(|index| document.sentences()[index].start)
        .collect();
    assert!(!expected.is_empty(), "the exercise has a heading");
    let headings: Vec<usize> =
        file.documents[1].annotations.iter().filter(|a| a.annotation.heading).map(|a| a.start).collect();
    assert_eq!(headings, expected, "headings stay headings in the feedback");
    // The student opens it without leaving the exercise: all of it is in sight.
    let student = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), "ب".into(), String::new()))],
    );
    let plan = plan_import(&student.work, read_hamish_json(&feedback).expect("valid"));
    let opened =
        apply(student, &[Action::import(Rc::new(plan), ImportMode::Merge { take_theirs: Default::default() }, false)]);
    let shown: Vec<String> = opened.work.shown_documents().iter().map(|document| document.title.clone()).collect();
    assert!(shown.iter().any(|title| title.starts_with("تصحيح: ")), "the copies are in sight: {shown:?}");
    assert_eq!(
        opened.open_document().map(|document| document.id.clone()),
        Some(file.documents[0].id.clone()),
        "the score sheet opens"
    );
    let only =
        feedback_json(&comparison, &adjudication, 1, FeedbackDetail::ScoreOnly, Lang::English, "").expect("feedback");
    let only = read_hamish_json(&only).expect("valid");
    assert_eq!(only.documents.len(), 1);
    assert!(only.documents[0].text.contains("Score: 2 of 4 (50%)"), "{}", only.documents[0].text);
}

#[test]
fn a_file_that_labels_nothing_of_the_exercise_is_refused_as_the_key() {
    let exercise = exercise(true);
    let a = submission(&exercise, "أ", &[], &[(1, 1)]);
    let blank = submission(&exercise, "فارغ", &[], &[]);
    let teacher = apply(teacher_with(vec![a]), &[Action::Classroom(Classroom::LoadKey(blank.0.clone(), blank.1))]);
    assert!(matches!(&teacher.view.notice, Some(Notice::KeyRefused { name, .. }) if *name == blank.0));
    assert!(teacher.work.adjudication().is_some_and(|a| a.key.is_none()));
    let unreadable = apply(
        teacher,
        &[Action::Classroom(Classroom::AddSubmissions(vec![(
            "x.json".into(),
            Err(hamish_core::formats::errors::ImportError::Unreadable),
        )]))],
    );
    assert!(matches!(unreadable.view.notice, Some(Notice::SubmissionsUnreadable(ref files)) if files.len() == 1));
    assert_eq!(unreadable.work.adjudication().map(|a| a.files.len()), Some(1));
}

#[test]
fn a_practice_key_in_the_exercise_checks_a_students_answers() {
    use hamish_core::classroom::self_check::self_check;
    use hamish_core::formats::exercise_file::with_practice_key;
    // The teacher labels the text, with an explanation, and hands out the key with it.
    let document = Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled);
    let teacher = apply(
        State::new(vec![document], &Preferences::default()),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Select(Select::One(2)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Annotate(Annotate::SetNote { index: 2, note: "الدراسات تسند الادعاء.".into() }),
        ],
    );
    let made = make_exercise(&teacher.work, &[doc()], "تدريب", "", true);
    let made = with_practice_key(made, &teacher.work);
    let exercise = Rc::new(read_exercise(&exercise_json(&made)).expect("valid"));
    assert_eq!(exercise.hash, made.hash);
    let key = exercise.practice_key.clone().expect("the key travels in the file");
    assert_eq!(key.answers.len(), 2);
    let mut student = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), "سارة".into(), String::new()))],
    );
    assert!(
        self_check(&State::new(vec![], &Preferences::default()).work).is_none(),
        "nothing to check outside an exercise"
    );
    student = apply(
        student,
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Select(Select::One(2)),
            Action::Annotate(Annotate::ToggleLabelKey(3)),
        ],
    );
    let checked = self_check(&student.work).expect("a check");
    assert_eq!((checked.score.correct, checked.score.out_of), (1, 2));
    assert_eq!(checked.differences.len(), 1);
    let difference = &checked.differences[0];
    assert_eq!(difference.index, 2);
    assert_eq!(
        (difference.given.clone(), difference.expected.clone()),
        (vec!["رأي".to_string()], vec!["دليل".to_string()])
    );
    assert_eq!(difference.explanation, "الدراسات تسند الادعاء.");
    // Without the key, the same exercise has another hash and nothing to check.
    let plain = make_exercise(&teacher.work, &[doc()], "تدريب", "", true);
    assert_ne!(plain.hash, made.hash);
    assert!(plain.practice_key.is_none());
}

#[test]
fn labels_two_students_add_are_told_apart_and_a_majority_is_more_than_half() {
    let exercise = exercise(false);
    let a = submission(&exercise, "أ", &[Action::Labels(LabelEdit::Add("مثال".into()))], &[(1, 6), (2, 1)]);
    let b = submission(&exercise, "ب", &[Action::Labels(LabelEdit::Add("تعريف".into()))], &[(1, 6)]);
    let comparison = compare_files(None, &[a, b]).expect("a comparison");
    let added: Vec<&str> = comparison.labels.iter().filter(|l| l.key >= 1000).map(|l| l.name.as_str()).collect();
    assert_eq!(added, ["مثال", "تعريف"], "each added label is its own");
    assert!(comparison.sentences[1].disagreement, "مثال is not تعريف");
    // Sentence 2: one student of two labeled it: no majority, and not a tie.
    let second = &comparison.sentences[2];
    assert_eq!((second.majority.clone(), second.tie), (None, false));
    // Each student's copies are their own documents in the work.
    let state = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), "أ".into(), String::new()))],
    );
    let other = apply(state.clone(), &[Action::Student(Student::Start(exercise.clone(), "ب".into(), String::new()))]);
    assert_ne!(state.work.documents()[0].id, other.work.documents()[0].id);
}
