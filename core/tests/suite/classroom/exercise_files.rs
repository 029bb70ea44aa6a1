//! Classroom exercises: the file round trip, its content hash, student
//! submissions, the comparison with its agreement figures, and adjudication.

use hamish_core::classroom::compare::{compare, Rejection};
use hamish_core::formats::errors::ImportError;
use hamish_core::formats::exercise_file::{exercise_json, is_exercise, make_exercise, read_exercise, submission_json};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, LabelEdit, Notice, Select, State, Student};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;

fn teacher() -> State {
    let documents = vec![
        Document::new(
            DocumentId("essay".into()),
            "مقال\nالتعليم حق. تؤكد الدراسات ذلك. هل نوافق؟ ربما.".into(),
            "essay",
            DocumentSource::Bundled,
        ),
        Document::new(DocumentId("other".into()), "نص آخر.".into(), "other", DocumentSource::Bundled),
    ];
    State::new(documents, &Preferences::default())
}

fn exercise_text() -> String {
    let exercise = make_exercise(
        &teacher().work,
        &[DocumentId("essay".into())],
        "تمرين الحجاج",
        "صنّف كل جملة.\n\n- ادعاء\n- دليل",
        true,
    );
    exercise_json(&exercise)
}

/// A student opens the exercise, gives a name, labels `choices`
/// (sentence, label key) and exports a submission.
fn student(name: &str, choices: &[(usize, u8)]) -> String {
    let exercise = Rc::new(read_exercise(&exercise_text()).expect("a valid exercise"));
    let mut state = State::new(vec![], &Preferences::default())
        .reduce(&Action::Student(Student::Start(exercise, name.into(), String::new())))
        .expect("started");
    for (sentence, key) in choices {
        state = state.reduce(&Action::Select(Select::One(*sentence))).unwrap_or(state);
        state = state.reduce(&Action::Annotate(Annotate::ToggleLabelKey(*key))).unwrap_or(state);
    }
    submission_json(&state.work, "2026-11-25T10:00:00Z")
}

#[test]
fn an_exercise_file_reads_back_with_the_same_hash() {
    let text = exercise_text();
    assert!(is_exercise(&text));
    let exercise = read_exercise(&text).expect("valid");
    assert_eq!(exercise.title, "تمرين الحجاج");
    assert_eq!(exercise.documents.len(), 1);
    assert!(exercise.lock_labels);
    assert_eq!(exercise.labels.labels.len(), 5);
    assert_eq!(exercise.hash.len(), 16);
    assert_eq!(read_exercise(&exercise_json(&exercise)).map(|again| again.hash), Ok(exercise.hash.clone()));
    let changed = text.replace("صنّف كل جملة.", "صنّف الجمل.");
    assert_ne!(read_exercise(&changed).map(|other| other.hash), Ok(exercise.hash), "another version has another hash");
    assert_eq!(
        read_exercise("{\"format\": \"hamish-exercise\""),
        Err(ImportError::CutShort),
        "a file cut short says so"
    );
}

#[test]
fn a_student_works_in_the_exercise_with_its_locked_label_set() {
    let exercise = Rc::new(read_exercise(&exercise_text()).expect("valid"));
    let state = teacher()
        .reduce(&Action::Student(Student::Start(exercise.clone(), "سارة".into(), String::new())))
        .expect("started");
    let open = state.open_document().map(|d| d.id.clone()).expect("a document open");
    assert_ne!(open.as_str(), "essay", "the student works on a copy, apart from the teacher's document");
    assert_eq!(
        state.work.exercise().and_then(|attempt| attempt.original_id(&open)).map(|id| id.as_str().to_string()),
        Some("essay".into())
    );
    assert!(state.work.exercise().is_some());
    let locked = state.reduce(&Action::Labels(LabelEdit::Add("جديد".into()))).expect("a notice");
    assert_eq!(locked.view.notice, Some(Notice::LabelsLocked));
    assert_eq!(locked.work.labels().labels.len(), 5);
    let submission = student("سارة", &[(1, 1), (2, 2)]);
    let file = read_hamish_json(&submission).expect("a submission is a Hamish file");
    assert_eq!(file.annotator, "سارة");
    assert_eq!(file.documents.len(), 1, "only the exercise's documents");
    let value: serde_json::Value = serde_json::from_str(&submission).expect("json");
    assert_eq!(value["exercise"]["hash"], exercise.hash.as_str());
}

#[test]
fn two_students_are_compared_sentence_by_sentence_with_their_kappa() {
    // Sentences: 0 title, 1 claim, 2 evidence, 3 question, 4 "ربما."
    let a = student("أحمد", &[(0, 5), (1, 1), (2, 2), (3, 4), (4, 3)]);
    let b = student("ليلى", &[(0, 5), (1, 1), (2, 1), (3, 4), (4, 3)]);
    let files = vec![("a.json".to_string(), Ok(a)), ("b.json".to_string(), Ok(b))];
    let comparison = compare(None, &files).expect("a comparison");
    assert_eq!(comparison.students, ["أحمد", "ليلى"]);
    assert!(comparison.rejected.is_empty());
    let disagreements: Vec<usize> = comparison.sentences.iter().filter(|s| s.disagreement).map(|s| s.index).collect();
    assert_eq!(disagreements, vec![2]);
    // 5 units, 4 agree: p_o = 0.8. A: background, claim, evidence, question, opinion;
    // B: background, claim, claim, question, opinion. p_e = (1·1 + 1·2 + 0·1 ... )/25 = 0.2, κ = 0.75.
    let kappa = comparison.overall.cohen[0].1.expect("defined");
    assert!((kappa - 0.75).abs() < 0.0005, "{kappa}");
    assert_eq!(comparison.overall.observed, Some(0.8));
    let claim = comparison
        .per_label
        .iter()
        .find(|(key, _)| comparison.label(*key).is_some_and(|l| l.name == "ادعاء"))
        .expect("claim");
    assert_eq!(claim.1.observed, Some(0.8));
}

#[test]
fn other_exercises_duplicates_and_damaged_files_are_left_out_with_a_reason() {
    let a = student("أحمد", &[(1, 1)]);
    let other_version = a.replace(&read_exercise(&exercise_text()).expect("valid").hash, "0000000000000000");
    let files = vec![
        ("a.json".to_string(), Ok(a.clone())),
        ("again.json".to_string(), Ok(a)),
        ("other.json".to_string(), Ok(other_version)),
        ("broken.json".to_string(), Ok("{\"format\": ".to_string())),
        ("big.json".to_string(), Err(ImportError::TooLarge { size: 99_999_999 })),
        (
            "plain.json".to_string(),
            Ok(hamish_core::formats::hamish::write::export_hamish_json(
                &teacher().work,
                &teacher().prefs.annotator,
                &hamish_core::formats::export::Scope::All,
                "",
            )),
        ),
    ];
    let comparison = compare(None, &files).expect("a comparison");
    assert_eq!(comparison.students, ["أحمد"]);
    let reasons: Vec<(&str, &Rejection)> = comparison.rejected.iter().map(|(name, why)| (name.as_str(), why)).collect();
    assert!(matches!(reasons[0], ("again.json", Rejection::DuplicateStudent(_))));
    assert!(matches!(reasons[1], ("other.json", Rejection::OtherExercise { .. })));
    assert!(matches!(reasons[2], ("broken.json", Rejection::Damaged(ImportError::CutShort))));
    assert!(matches!(reasons[3], ("big.json", Rejection::Damaged(ImportError::TooLarge { .. }))));
    assert!(matches!(reasons[4], ("plain.json", Rejection::NotSubmission)));
    assert_eq!(comparison.overall.observed, None, "one student: nothing to compare");
}

#[test]
fn a_document_keeps_the_title_the_teacher_gave_it_for_the_students_and_in_the_comparison() {
    // A pasted text is one line with a title of its own, not its first line.
    let pasted =
        Document::new(DocumentId("paste".into()), "العلمُ نورٌ. الصبرُ مفتاحُ الفرج.".into(), "", DocumentSource::Imported)
            .titled("المبتدأ والخبر");
    let state = State::new(vec![pasted], &Preferences::default());
    let exercise = make_exercise(&state.work, &[DocumentId("paste".into())], "تمرين", "", false);
    let read = read_exercise(&exercise_json(&exercise)).expect("valid");
    assert_eq!(read.segmented()[0].title, "المبتدأ والخبر", "as the students see it");
    let student = State::new(vec![], &Preferences::default())
        .reduce(&Action::Student(Student::Start(Rc::new(read), "سالم".into(), String::new())))
        .expect("started");
    let submission = submission_json(&student.work, "2026-11-26T08:00:00Z");
    let comparison = compare(None, &[("a.json".to_string(), Ok(submission))]).expect("a comparison");
    assert_eq!(comparison.title(&DocumentId("paste".into())), "المبتدأ والخبر", "as the teacher compares it");
}
