//! A classroom as a school runs it: students give the identifier the
//! exercise asks for, a corrected submission replaces the first once the
//! teacher confirms, a student's file can be taken out, and grades go to
//! Moodle and Canvas in points out of the teacher's maximum.

use crate::helpers::apply;
use hamish_core::classroom::adjudication::{comparison_of, gradebook, scores, Gradebook};
use hamish_core::classroom::compare::Rejection;
use hamish_core::classroom::submissions::readable_date;
use hamish_core::formats::exercise_file::{asking_for, exercise_json, make_exercise, read_exercise, submission_json};
use hamish_core::i18n::lang::Lang;
use hamish_core::model::exercise::{clean_student_id, Exercise, IdProblem, StudentIdKind};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Classroom, Corpus, Notice, Select, State, Student};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;

const TEXT: &str = "مقال\nالتعليم حق. تؤكد الدراسات ذلك. هل نوافق؟ ربما.";

fn documents() -> Vec<Document> {
    vec![
        Document::new(DocumentId("sample".into()), "نص العينة. جملة ثانية.".into(), "عينة", DocumentSource::Bundled),
        Document::new(DocumentId("essay".into()), TEXT.into(), "مقال", DocumentSource::Bundled),
    ]
}

fn exercise(kind: StudentIdKind) -> Rc<Exercise> {
    let teacher = State::new(documents(), &Preferences::default());
    let made = asking_for(make_exercise(&teacher.work, &[DocumentId("essay".into())], "تمرين الحجاج", "", true), kind);
    Rc::new(read_exercise(&exercise_json(&made)).expect("valid"))
}

fn start(exercise: &Rc<Exercise>, name: &str, id: &str) -> Option<State> {
    State::new(documents(), &Preferences::default()).reduce(&Action::Student(Student::Start(
        exercise.clone(),
        name.into(),
        id.into(),
    )))
}

/// A submission saved at `at` with (sentence, key) labels.
fn submission(exercise: &Rc<Exercise>, name: &str, id: &str, choices: &[(usize, u8)], at: &str) -> (String, String) {
    let mut state = start(exercise, name, id).expect("started");
    for (sentence, key) in choices {
        state =
            apply(state, &[Action::Select(Select::One(*sentence)), Action::Annotate(Annotate::ToggleLabelKey(*key))]);
    }
    (format!("{name}.json"), submission_json(&state.work, at))
}

fn add(state: &State, files: Vec<(String, String)>) -> State {
    let files = files.into_iter().map(|(name, text)| (name, Ok(text))).collect();
    apply(state, &[Action::Classroom(Classroom::AddSubmissions(files))])
}

#[test]
fn identifiers_are_checked_for_what_the_exercise_asks() {
    assert_eq!(clean_student_id(StudentIdKind::Nothing, "anything"), Ok(String::new()));
    assert_eq!(clean_student_id(StudentIdKind::Username, "  nour.k "), Ok("nour.k".into()));
    assert_eq!(clean_student_id(StudentIdKind::Username, " "), Err(IdProblem::Missing));
    assert_eq!(clean_student_id(StudentIdKind::IdNumber, "2026 15"), Err(IdProblem::Spaces));
    assert_eq!(clean_student_id(StudentIdKind::Email, "nour@school"), Err(IdProblem::NotEmail));
    assert_eq!(clean_student_id(StudentIdKind::Email, "nour@school.edu"), Ok("nour@school.edu".into()));
    let asks = exercise(StudentIdKind::Email);
    assert_eq!(asks.ask_for, StudentIdKind::Email, "the file keeps what it asks");
    assert_ne!(asks.hash, exercise(StudentIdKind::Nothing).hash, "and it is part of the exercise's identity");
    assert!(start(&asks, "نور", "").is_none(), "a new student must give it");
    let nour = start(&asks, "نور", "nour@school.edu").expect("started");
    let text = submission_json(&nour.work, "2026-12-01T09:00:00Z");
    assert!(text.contains("\"student_id\": \"nour@school.edu\"") && text.contains("\"student_id_kind\": \"email\""));
    // Leaving and coming back keeps it without typing it again.
    let left = apply(&nour, &[Action::Student(Student::Leave)]);
    let back = apply(&left, &[Action::Student(Student::Start(asks.clone(), "نور".into(), String::new()))]);
    assert_eq!(back.work.exercise().map(|attempt| attempt.student_id.as_str()), Some("nour@school.edu"));
}

#[test]
fn a_student_in_an_exercise_sees_only_its_documents() {
    let nour = start(&exercise(StudentIdKind::Nothing), "نور", "").expect("started");
    assert_eq!(nour.work.documents().len(), 3, "the sample and the essay stay in the work");
    let shown: Vec<String> = nour.work.shown_documents().iter().map(|document| document.title.clone()).collect();
    assert_eq!(shown, ["مقال"], "only the exercise's copy is in sight");
    assert_eq!(nour.shown_open(), 0);
    assert_eq!(nour.work.progress(), (0, 5), "progress counts the exercise alone");
    assert!(nour.reduce(&Action::Corpus(Corpus::OpenAdjacent(-1))).is_none(), "no way to the sample");
    assert!(nour.reduce(&Action::Corpus(Corpus::OpenAdjacent(1))).is_none());
    let left = apply(&nour, &[Action::Student(Student::Leave)]);
    assert_eq!(left.work.shown_documents().len(), 2, "outside the exercise every document is in sight");
}

#[test]
fn a_corrected_submission_replaces_the_first_once_confirmed_and_decisions_stay() {
    let exercise = exercise(StudentIdKind::Username);
    let first = submission(&exercise, "نور", "nour", &[(1, 1), (2, 1)], "2026-12-01T09:00:00Z");
    let other = submission(&exercise, "سالم", "salem", &[(1, 1), (2, 2)], "2026-12-01T09:30:00Z");
    let teacher = add(&State::new(vec![], &Preferences::default()), vec![first.clone(), other]);
    let decide =
        |index, label| Action::Classroom(Classroom::Decide(DocumentId("essay".into()), index, Some(vec![label])));
    let teacher = apply(&teacher, &[decide(3, 4), decide(4, 3)]);
    let teacher = apply(&teacher, &[Action::Classroom(Classroom::MakeKey)]);
    let score_of = |state: &State, who: &str| {
        let adjudication = state.work.adjudication().cloned().expect("kept");
        let comparison = comparison_of(&adjudication).expect("compared");
        let scored = scores(&comparison, adjudication.key.as_ref().expect("a key"));
        scored.iter().find(|score| score.student == who).map(|score| score.correct)
    };
    assert_eq!(score_of(&teacher, "نور"), Some(1));

    // The same file again changes nothing, and says so.
    let again = add(&teacher, vec![first.clone()]);
    assert_eq!(again.view.notice, Some(Notice::SubmissionsAlreadyLoaded(vec!["نور.json".into()])));
    assert_eq!(again.work.adjudication(), teacher.work.adjudication());

    // A corrected file (another name, a later date) waits for the teacher.
    let mut corrected = submission(&exercise, "نور", "nour", &[(1, 1), (2, 2), (3, 4)], "2026-12-03T08:15:00Z");
    corrected.0 = "nour-corrected.json".into();
    let waiting = add(&teacher, vec![corrected.clone()]);
    assert_eq!(waiting.work.adjudication(), teacher.work.adjudication(), "nothing replaced yet");
    let replacement = waiting.view.replacements.first().cloned().expect("a question");
    assert_eq!(replacement.student, "نور");
    assert_eq!(
        (readable_date(&replacement.before), readable_date(&replacement.after)),
        ("2026-12-01 09:00:00".to_string(), "2026-12-03 08:15:00".to_string())
    );
    let kept = apply(&waiting, &[Action::Classroom(Classroom::KeepEarlier(replacement.clone()))]);
    assert!(kept.view.replacements.is_empty());
    assert_eq!(kept.work.adjudication(), teacher.work.adjudication());

    let replaced = apply(&waiting, &[Action::Classroom(Classroom::Replace(replacement))]);
    assert!(replaced.view.replacements.is_empty());
    let files = replaced.work.adjudication().map(|a| a.files.clone()).unwrap_or_default();
    assert_eq!(files.len(), 2, "one file a student");
    assert_eq!(files[0].0, "nour-corrected.json", "in the first one's place");
    assert_eq!(score_of(&replaced, "نور"), Some(2), "the figures follow the corrected file");
    let decided = replaced.work.adjudication().map(|a| a.decisions.clone()).unwrap_or_default();
    assert_eq!(
        decided.get(&(DocumentId("essay".into()), 4)),
        Some(&vec![3]),
        "a decision where her answer is the same stays"
    );
    assert_eq!(decided.get(&(DocumentId("essay".into()), 3)), None, "where her answer changed, back to the majority");
    let undone = apply(&replaced, &[Action::Undo]);
    assert_eq!(undone.work.adjudication(), teacher.work.adjudication(), "one undo step");

    // One student taken out; the other and the decisions stay.
    let removed = apply(&replaced, &[Action::Classroom(Classroom::RemoveStudent("نور".into()))]);
    let comparison = comparison_of(&removed.work.adjudication().cloned().expect("kept")).expect("compared");
    assert_eq!(comparison.students, ["سالم"]);
    assert_eq!(removed.work.adjudication().map(|a| a.decisions.len()), Some(1), "removing a student keeps decisions");
}

#[test]
fn moodle_and_canvas_files_carry_points_out_of_the_teachers_maximum() {
    let exercise = exercise(StudentIdKind::Username);
    let nour = submission(&exercise, "نور", "nour", &[(1, 1), (2, 2), (3, 4), (4, 3)], "2026-12-01T09:00:00Z");
    let salem = submission(&exercise, "سالم, \"الثاني\"", "salem", &[(1, 1), (2, 1)], "2026-12-01T09:10:00Z");
    let teacher = add(&State::new(vec![], &Preferences::default()), vec![nour.clone(), salem]);
    let teacher = apply(&teacher, &[Action::Classroom(Classroom::LoadKey(nour.0.clone(), nour.1.clone()))]);
    let teacher = apply(&teacher, &[Action::Classroom(Classroom::SetMaxPoints(20))]);
    let adjudication = teacher.work.adjudication().cloned().expect("kept");
    assert_eq!(adjudication.max_points, Some(20));
    let comparison = comparison_of(&adjudication).expect("compared");
    let moodle = gradebook(&comparison, &adjudication, Gradebook::Moodle).expect("usernames were asked");
    assert_eq!(
        moodle,
        "\u{feff}username,Full name,تمرين الحجاج,Feedback\r\nnour,نور,20,4 / 4\r\nsalem,\"سالم, \"\"الثاني\"\"\",5,1 / 4\r\n"
    );
    let canvas = gradebook(&comparison, &adjudication, Gradebook::Canvas).expect("always");
    assert_eq!(
        canvas,
        "\u{feff}Student,ID,SIS User ID,SIS Login ID,Section,تمرين الحجاج\r\nPoints Possible,,,,,20\r\n\
         نور,,,nour,,20\r\n\"سالم, \"\"الثاني\"\"\",,,salem,,5\r\n"
    );
    let full = gradebook(&comparison, &adjudication, Gradebook::Full).expect("a key");
    assert!(full.lines().nth(1).is_some_and(|row| row.starts_with("نور,nour,20,20,100.0,")), "{full}");
    // An exercise that asked nothing has no Moodle file: Moodle could not place anyone.
    let plain = exercise_without_ids();
    assert_eq!(gradebook(&plain.0, &plain.1, Gradebook::Moodle), None);
    assert!(gradebook(&plain.0, &plain.1, Gradebook::Canvas).is_some_and(|csv| csv.contains("\r\nليلى,,,,,100\r\n")));
    // The maximum is kept within bounds.
    let huge = apply(&teacher, &[Action::Classroom(Classroom::SetMaxPoints(u32::MAX))]);
    assert_eq!(huge.work.adjudication().and_then(|a| a.max_points), Some(10_000));
}

fn exercise_without_ids() -> (hamish_core::classroom::compare::Comparison, hamish_core::model::comparison::Adjudication)
{
    let exercise = exercise(StudentIdKind::Nothing);
    let laila = submission(&exercise, "ليلى", "", &[(1, 1)], "2026-12-01T09:00:00Z");
    let teacher = add(&State::new(vec![], &Preferences::default()), vec![laila.clone()]);
    let teacher = apply(&teacher, &[Action::Classroom(Classroom::LoadKey(laila.0, laila.1))]);
    let adjudication = teacher.work.adjudication().cloned().expect("kept");
    (comparison_of(&adjudication).expect("compared"), (*adjudication).clone())
}

#[test]
fn a_new_student_typing_a_name_kept_here_with_another_identifier_is_asked_to_tell_them_apart() {
    let exercise = exercise(StudentIdKind::Username);
    let nour = apply(
        start(&exercise, "نور", "nour").expect("started"),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Student(Student::Leave),
        ],
    );
    let other = apply(&nour, &[Action::Student(Student::Start(exercise.clone(), "نور".into(), "nour2".into()))]);
    assert_eq!(other.view.notice, Some(Notice::StudentNameTaken("نور".into())));
    assert!(other.work.exercise().is_none(), "nobody started");
    let same = apply(&nour, &[Action::Student(Student::Start(exercise.clone(), "نور".into(), "nour".into()))]);
    assert_eq!(same.work.exercise().map(|a| a.student_id.as_str()), Some("nour"), "the same identifier: her own work");
    assert_eq!(same.progress().0, 1);
}

#[test]
fn only_a_submission_names_the_exercise_and_compare_says_what_other_files_are() {
    let exercise = exercise(StudentIdKind::Nothing);
    let nour = start(&exercise, "نور", "").expect("started");
    let plain = hamish_core::formats::hamish::write::export_hamish_json(
        &nour.work,
        "",
        &hamish_core::formats::export::Scope::All,
        "",
    );
    assert!(!plain.contains("\"exercise\""), "an export of everything is no submission");
    let files = vec![
        ("all.json".to_string(), plain),
        ("exercise.json".to_string(), exercise_json(&exercise)),
        submission(&exercise, "نور", "", &[(1, 1)], "2026-12-01T09:00:00Z"),
    ];
    let comparison = hamish_core::classroom::compare::compare_files(None, &files).expect("one submission");
    assert_eq!(comparison.students, ["نور"]);
    let reasons: Vec<&Rejection> = comparison.rejected.iter().map(|(_, why)| why).collect();
    assert_eq!(reasons, [&Rejection::NotSubmission, &Rejection::ExerciseFile]);
}

#[test]
fn compare_shows_a_labels_english_name_in_the_english_interface() {
    let exercise = exercise(StudentIdKind::Nothing);
    let files = vec![submission(&exercise, "نور", "", &[(1, 1)], "2026-12-01T09:00:00Z")];
    let comparison = hamish_core::classroom::compare::compare_files(None, &files).expect("compared");
    let claim = comparison.label(1).expect("the first label");
    assert_eq!((claim.display_name(Lang::Arabic), claim.display_name(Lang::English)), ("ادعاء", "claim"));
    assert_eq!(comparison.names(&[1, 2], Lang::English), ["claim", "evidence"]);
}

/// What Compare reads from the sync server is each student's latest work:
/// a newer one replaces hers at once, in one step, with the decisions
/// where her answer changed sent back to the majority; the same work again
/// changes nothing and adds no step; her progress counts her sentences.
#[test]
fn work_read_from_the_server_replaces_a_students_earlier_work_at_once() {
    let exercise = exercise(StudentIdKind::Username);
    let first = submission(&exercise, "نور", "nour", &[(1, 1)], "2026-12-01T09:00:00Z");
    let other = submission(&exercise, "سالم", "salem", &[(1, 1), (2, 2)], "2026-12-01T09:30:00Z");
    let from_server = |files: Vec<(String, String)>| Action::Classroom(Classroom::FromServer(files));
    let teacher =
        apply(State::new(vec![], &Preferences::default()), &[from_server(vec![first.clone(), other.clone()])]);
    let decide = Action::Classroom(Classroom::Decide(DocumentId("essay".into()), 1, Some(vec![2])));
    let teacher = apply(&teacher, &[decide]);
    let progress = |state: &State| {
        let comparison = comparison_of(&state.work.adjudication().cloned().expect("kept")).expect("compared");
        (0..comparison.students.len()).map(|at| comparison.labeled_by(at)).collect::<Vec<_>>()
    };
    assert_eq!(progress(&teacher), [1, 2]);
    // The same work again: nothing changes, no question, no step.
    let again = apply(&teacher, &[from_server(vec![first, other.clone()])]);
    assert_eq!(again.work.adjudication(), teacher.work.adjudication());
    assert!(again.view.replacements.is_empty());
    assert_eq!(again.history.can_undo(), teacher.history.can_undo());
    // Newer work, with her answer on sentence 1 changed.
    let newer = submission(&exercise, "نور", "nour", &[(1, 3), (3, 4)], "2026-12-01T10:00:00Z");
    let replaced = apply(&teacher, &[from_server(vec![newer, other])]);
    assert!(replaced.view.replacements.is_empty(), "no question: the server has her latest work");
    assert_eq!(progress(&replaced), [2, 2]);
    let decisions = replaced.work.adjudication().map(|a| a.decisions.clone()).unwrap_or_default();
    assert_eq!(decisions.get(&(DocumentId("essay".into()), 1)), None, "her answer changed: back to the majority");
    let undone = apply(&replaced, &[Action::Undo]);
    assert_eq!(undone.work.adjudication(), teacher.work.adjudication(), "one undo step");
}
