//! Spans in the classroom: two students' submissions marking the subject
//! (مبتدأ) and predicate (خبر) of Arabic sentences, compared pair by pair
//! (exact and overlap F1, figured by hand), the spans a majority marked,
//! the teacher's choice of one student's spans (undone like any step), and
//! the key, adjudicated file and gradebook that carry them.

use crate::helpers::apply;
use hamish_core::classroom::adjudication::{
    adjudicated_json, adjudicated_spans, comparison_of, feedback_json, gradebook, key_from_file, scores,
    FeedbackDetail, Gradebook,
};
use hamish_core::classroom::compare::compare_files;
use hamish_core::classroom::span_agreement::{span_report, SpanRow};
use hamish_core::formats::exercise_file::{exercise_json, make_exercise, read_exercise, submission_json};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::i18n::lang::Lang;
use hamish_core::model::comparison::Adjudication;
use hamish_core::model::exercise::Exercise;
use hamish_core::model::labels::{LabelId, LabelScope};
use hamish_core::model::prefs::Preferences;
use hamish_core::model::spans::Span;
use hamish_core::state::{Action, Classroom, LabelEdit, SpanEdit, State, Student};
use hamish_core::store::{load, writes_between};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;

/// Sentence 0: الطالبُ (0..7) مجتهدٌ (8..14). Sentence 1: الكتابُ (0..7)
/// مفيدٌ (8..13) جدًا (14..18).
const TEXT: &str = "الطالبُ مجتهدٌ. الكتابُ مفيدٌ جدًا.";
const SUBJECT: &str = "مبتدأ";
const PREDICATE: &str = "خبر";

fn id_of(state: &State, name: &str) -> LabelId {
    state.work.labels().labels.iter().find(|label| label.name == name).map(|label| label.id).expect("the label")
}

/// The exercise: the teacher's two span labels over the text.
fn exercise() -> Rc<Exercise> {
    let document = Document::new(DocumentId("nahw".into()), TEXT.into(), "نحو", DocumentSource::Bundled);
    let mut teacher = State::new(vec![document], &Preferences::default());
    teacher = apply(
        teacher,
        &[Action::Labels(LabelEdit::Add(SUBJECT.into())), Action::Labels(LabelEdit::Add(PREDICATE.into()))],
    );
    let scopes =
        [SUBJECT, PREDICATE].map(|name| Action::Labels(LabelEdit::SetScope(id_of(&teacher, name), LabelScope::Span)));
    teacher = apply(teacher, &scopes);
    let made = make_exercise(&teacher.work, &[DocumentId("nahw".into())], "تمرين المقاطع", "", true);
    Rc::new(read_exercise(&exercise_json(&made)).expect("valid"))
}

/// A submission marking `(sentence, start, end, label name)` spans.
fn submission(exercise: &Rc<Exercise>, name: &str, marks: &[(usize, usize, usize, &str)]) -> (String, String) {
    let mut state = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise.clone(), name.into(), String::new()))],
    );
    for (index, start, end, label) in marks {
        let span = Span::new(*start, *end, id_of(&state, label)).expect("a span");
        state = apply(state, &[Action::Spans(SpanEdit::Toggle { index: *index, span })]);
    }
    (format!("{name}.json"), submission_json(&state.work, "2026-11-26T10:00:00Z"))
}

/// Salim marks both sentences as a grammarian would; Laila forgets the
/// first predicate and, in the second sentence, takes الكتابُ مفيدٌ for the
/// subject and جدًا for the predicate.
fn files() -> Vec<(String, String)> {
    let exercise = exercise();
    let salim = submission(
        &exercise,
        "سالم",
        &[(0, 0, 7, SUBJECT), (0, 8, 14, PREDICATE), (1, 0, 7, SUBJECT), (1, 8, 13, PREDICATE)],
    );
    let laila = submission(&exercise, "ليلى", &[(0, 0, 7, SUBJECT), (1, 0, 13, SUBJECT), (1, 14, 18, PREDICATE)]);
    vec![salim, laila]
}

fn close(value: Option<f64>, expected: f64) {
    let value = value.expect("a figure");
    assert!((value - expected).abs() < 1e-9, "{value} is not {expected}");
}

fn doc() -> DocumentId {
    DocumentId("nahw".into())
}

#[test]
fn pairwise_span_agreement_is_figured_per_label_and_over_all_labels() {
    let comparison = compare_files(None, &files()).expect("a comparison");
    assert_eq!(comparison.students, ["سالم", "ليلى"]);
    let report = span_report(&comparison, None).expect("spans are compared");
    let names: Vec<String> = report.labels.iter().map(|key| comparison.names(&[*key], Lang::Arabic).join("")).collect();
    assert_eq!(names, [SUBJECT, PREDICATE]);
    assert_eq!(report.pairs.len(), 1);
    assert!(report.against_key.is_empty(), "no key yet");
    let pair = &report.pairs[0];
    assert_eq!((pair.first, pair.second), (0, Some(1)));
    let [subject, predicate, all]: [SpanRow; 3] = pair.rows.clone().try_into().expect("three rows");
    // Subject: الطالبُ agrees; الكتابُ against الكتابُ مفيدٌ overlaps only.
    close(subject.exact.f1, 0.5);
    close(subject.overlap.f1, 1.0);
    // Predicate: Salim's two, Laila's one (جدًا), none shared, none overlapping.
    close(predicate.exact.precision, 0.0);
    close(predicate.exact.f1, 0.0);
    close(predicate.overlap.f1, 0.0);
    // All labels: Salim 4 spans, Laila 3; exact 1 in common, overlap 2.
    assert_eq!(all.label, None);
    close(all.exact.precision, 0.25);
    close(all.exact.recall, 1.0 / 3.0);
    close(all.exact.f1, 2.0 / 7.0);
    close(all.overlap.precision, 0.5);
    close(all.overlap.recall, 2.0 / 3.0);
    close(all.overlap.f1, 4.0 / 7.0);
}

#[test]
fn the_majority_spans_and_a_students_spans_chosen_by_the_teacher_make_the_key() {
    let teacher = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Classroom(Classroom::AddSubmissions(
            files().into_iter().map(|(name, text)| (name, Ok(text))).collect(),
        ))],
    );
    let adjudication = teacher.work.adjudication().cloned().expect("a comparison");
    let comparison = comparison_of(&adjudication).expect("a comparison");
    let salim = comparison.spans[0].clone();
    let subject = salim[&(doc(), 0)][0];
    assert_eq!((subject.start, subject.end), (0, 7));
    // Both marked الطالبُ as subject: the majority; the rest differ.
    assert!(comparison.sentences.iter().all(|sentence| sentence.span_disagreement));
    assert_eq!(comparison.sentences[0].span_majority, vec![subject]);
    assert!(comparison.sentences[1].span_majority.is_empty());
    let undecided = adjudicated_spans(&comparison, &adjudication);
    assert_eq!(undecided.get(&(doc(), 0)), Some(&vec![subject]));
    assert_eq!(undecided.get(&(doc(), 1)), None);
    // The teacher takes Salim's spans for the second sentence.
    let chosen = salim[&(doc(), 1)].clone();
    let decided = apply(teacher.clone(), &[Action::Classroom(Classroom::DecideSpans(doc(), 1, Some(chosen.clone())))]);
    let undone = apply(decided.clone(), &[Action::Undo]);
    assert_eq!(undone.work.adjudication(), teacher.work.adjudication(), "a choice undoes like the others");
    let keyed = apply(decided, &[Action::Classroom(Classroom::MakeKey)]);
    let adjudication = keyed.work.adjudication().cloned().expect("a comparison");
    let key = adjudication.key.clone().expect("a key");
    assert_eq!(key.spans.get(&(doc(), 0)), Some(&vec![subject]));
    assert_eq!(key.spans.get(&(doc(), 1)), Some(&chosen));
    // Kept in the browser and read back.
    let entries: Vec<(String, String)> =
        writes_between(None, &keyed.work, 1).into_iter().filter_map(|w| Some((w.key, w.value?))).collect();
    let restored = State::restore(vec![], load(&[], &entries).saved);
    assert_eq!(restored.work.adjudication(), keyed.work.adjudication());
    // The adjudicated file carries the spans with their label names.
    let file = read_hamish_json(&adjudicated_json(&comparison, &adjudication, "المعلم", "")).expect("valid");
    let name_of = |span: &Span| file.labels.get(span.label).map(|label| label.name.clone()).unwrap_or_default();
    let spans: Vec<(usize, usize, String)> = (file.documents[0].annotations.iter())
        .flat_map(|stored| {
            stored.annotation.spans.iter().map(|span| (stored.start + span.start, span.end - span.start, name_of(span)))
        })
        .collect();
    assert_eq!(spans.len(), 3);
    assert!(spans.iter().all(|(_, _, name)| name == SUBJECT || name == PREDICATE));
    // Each student against the key, and the gradebook's span columns.
    let report = span_report(&comparison, Some(&key)).expect("spans");
    assert_eq!(report.against_key.len(), 2);
    let scored = scores(&comparison, &key);
    // Salim: 4 spans, 3 in the key, 3 in common (exact and overlap).
    close(scored[0].span.and_then(|span| span.exact.f1), 6.0 / 7.0);
    close(scored[0].span.and_then(|span| span.overlap.f1), 6.0 / 7.0);
    // Laila: 3 spans; exact: الطالبُ only; overlap: الكتابُ مفيدٌ too.
    close(scored[1].span.and_then(|span| span.exact.f1), 1.0 / 3.0);
    close(scored[1].span.and_then(|span| span.overlap.f1), 2.0 / 3.0);
    let adjudication = Adjudication { key: Some(key.clone()), ..Adjudication::default() };
    let csv = gradebook(&comparison, &adjudication, Gradebook::Full).expect("a key");
    let rows: Vec<Vec<&str>> = csv.trim_start_matches('\u{feff}').lines().map(|row| row.split(',').collect()).collect();
    let header = &rows[0];
    let exact = header.iter().position(|cell| *cell == "span_exact_f1").expect("a span column");
    let overlap = header.iter().position(|cell| *cell == "span_overlap_f1").expect("a span column");
    assert_eq!((rows[1][0], rows[1][exact], rows[1][overlap]), ("سالم", "0.857", "0.857"));
    assert_eq!((rows[2][0], rows[2][exact], rows[2][overlap]), ("ليلى", "0.333", "0.667"));
}

#[test]
fn without_spans_nothing_about_spans_is_shown_or_scored() {
    let exercise = exercise();
    let plain = submission(&exercise, "سالم", &[]);
    let comparison = compare_files(None, &[plain]).expect("a comparison");
    assert!(span_report(&comparison, None).is_none());
    let key = hamish_core::model::comparison::AnswerKey::default();
    let adjudication = Adjudication { key: Some(key), ..Adjudication::default() };
    assert!(!gradebook(&comparison, &adjudication, Gradebook::Full).expect("a key").contains("span_"));
}

#[test]
fn a_key_file_with_spans_scores_each_student_and_feedback_carries_their_spans() {
    let files = files();
    let comparison = compare_files(None, &files).expect("a comparison");
    // The teacher loads Salim's submission as the key.
    let (key, unknown) = key_from_file(&comparison, "key.json", &files[0].1).expect("a key");
    assert!(unknown.is_empty());
    assert_eq!(key.spans, comparison.spans[0]);
    let report = span_report(&comparison, Some(&key)).expect("spans");
    let against: Vec<(usize, Option<f64>, Option<f64>)> = (report.against_key.iter())
        .map(|pair| {
            (pair.first, pair.rows.last().and_then(|r| r.exact.f1), pair.rows.last().and_then(|r| r.overlap.f1))
        })
        .collect();
    assert_eq!(against[0], (0, Some(1.0), Some(1.0)), "the key's own spans agree fully");
    // Laila against Salim's spans: as in the pair, from her side.
    close(against[1].1, 2.0 / 7.0);
    close(against[1].2, 4.0 / 7.0);
    let adjudication = Adjudication { files, key: Some(key), ..Adjudication::default() };
    let feedback = feedback_json(&comparison, &adjudication, 1, FeedbackDetail::EverySentence, Lang::English, "")
        .expect("feedback");
    assert!(feedback.contains("Spans: F1 29% exact, 57% overlapping."), "{feedback}");
    let file = read_hamish_json(&feedback).expect("valid");
    let spans: usize = (file.documents.iter().flat_map(|d| &d.annotations)).map(|a| a.annotation.spans.len()).sum();
    assert_eq!(spans, 3, "Laila's three spans");
}

#[test]
fn a_label_one_student_marked_and_the_other_did_not_scores_zero_not_undefined() {
    use hamish_core::classroom::span_agreement::span_rows;
    use hamish_core::model::comparison::SpanAnswers;
    use hamish_core::text::document::DocumentId;
    let sentence = (DocumentId("a".into()), 0);
    let marked = |spans: &[Span]| SpanAnswers::from([(sentence.clone(), spans.to_vec())]);
    let first = marked(&[Span { start: 0, end: 3, label: LabelId(6) }, Span { start: 4, end: 7, label: LabelId(7) }]);
    let second = marked(&[Span { start: 4, end: 7, label: LabelId(7) }]);
    let rows = span_rows(&first, &second, [sentence.clone()].iter(), &[6, 7]);
    let f1 = |row: &SpanRow| (row.exact.f1, row.overlap.f1);
    assert_eq!(f1(&rows[0]), (Some(0.0), Some(0.0)), "label 6: one student marked it, the other none");
    assert_eq!(f1(&rows[1]), (Some(1.0), Some(1.0)));
    let all = f1(&rows[2]);
    assert!(all.0.is_some_and(|f| (f - 2.0 / 3.0).abs() < 1e-9), "all span labels: {all:?}");
    let nobody = span_rows(&marked(&[]), &marked(&[]), [sentence].iter(), &[6]);
    assert_eq!(f1(&nobody[0]), (None, None), "neither marked a span: nothing to score");
}
