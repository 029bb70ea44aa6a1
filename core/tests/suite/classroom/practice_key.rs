//! A practice key with spans: the teacher marks subject and predicate, the
//! key travels in the exercise file, and a student's own check scores their
//! spans (exact and overlap F1) and lists the sentences where they differ.

use crate::helpers::apply;
use hamish_core::classroom::self_check::self_check;
use hamish_core::formats::exercise_file::{exercise_json, make_exercise, read_exercise, with_practice_key};
use hamish_core::model::labels::{LabelId, LabelScope};
use hamish_core::model::prefs::Preferences;
use hamish_core::model::span_cursor::Unit;
use hamish_core::state::{Action, LabelEdit, Select, SpanMode, State, Student};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;

/// Two nominal sentences: «العلمُ نورٌ.» and «الصبرُ مفتاحُ الفرج.».
const TEXT: &str = "العلمُ نورٌ. الصبرُ مفتاحُ الفرج.";

const ON: Action = Action::SpanMode(SpanMode::MoveCursor { by: 1, unit: Unit::Word, extend: false });
const FURTHER: Action = Action::SpanMode(SpanMode::MoveCursor { by: 1, unit: Unit::Word, extend: true });

/// Marks subject (key 1) and predicate (key 2) of both sentences; in the
/// second, the predicate is `long` («مفتاحُ الفرج») or the first word only.
fn marks(long: bool) -> Vec<Action> {
    let mut actions = vec![
        Action::Select(Select::One(0)),
        Action::SpanMode(SpanMode::Enter),
        Action::SpanMode(SpanMode::ToggleKey(4)),
        ON,
        Action::SpanMode(SpanMode::ToggleKey(5)),
    ];
    actions.extend([
        Action::Select(Select::One(1)),
        Action::SpanMode(SpanMode::Enter),
        Action::SpanMode(SpanMode::ToggleKey(4)),
        ON,
    ]);
    if long {
        actions.push(FURTHER);
    }
    actions.extend([Action::SpanMode(SpanMode::ToggleKey(5)), Action::SpanMode(SpanMode::Leave)]);
    actions
}

#[test]
fn a_students_spans_are_checked_against_the_practice_key() {
    let document = Document::new(DocumentId("nominal".into()), TEXT.into(), "الجملة الاسمية", DocumentSource::Bundled);
    let setup = [
        Action::Labels(LabelEdit::SetScope(LabelId(4), LabelScope::Span)),
        Action::Labels(LabelEdit::SetScope(LabelId(5), LabelScope::Span)),
    ];
    let teacher = apply(apply(State::new(vec![document], &Preferences::default()), &setup), &marks(true));
    let made = make_exercise(&teacher.work, &[DocumentId("nominal".into())], "المبتدأ والخبر", "", true);
    let made = with_practice_key(made, &teacher.work);
    let exercise = Rc::new(read_exercise(&exercise_json(&made)).expect("valid"));
    let key = exercise.practice_key.clone().expect("a key of spans alone travels in the file");
    assert!(key.answers.is_empty());
    assert_eq!(key.spans.values().map(Vec::len).sum::<usize>(), 4);

    let student = apply(
        State::new(vec![], &Preferences::default()),
        &[Action::Student(Student::Start(exercise, "ليلى".into(), String::new()))],
    );
    let right = self_check(&apply(student.clone(), &marks(true)).work).expect("a check");
    let span = right.score.span.expect("spans are scored");
    assert_eq!((span.exact.f1, span.overlap.f1), (Some(1.0), Some(1.0)));
    assert!(right.differences.is_empty());

    // The second predicate one word short: 3 of 4 exact, 4 of 4 overlapping.
    let short = self_check(&apply(student, &marks(false)).work).expect("a check");
    let span = short.score.span.expect("spans are scored");
    assert_eq!((span.exact.f1, span.overlap.f1), (Some(0.75), Some(1.0)));
    assert_eq!(short.differences.len(), 1);
    let difference = &short.differences[0];
    assert_eq!(difference.index, 1);
    assert_eq!(difference.given_spans, ["سؤال «الصبرُ»", "خلفية «مفتاحُ»"]);
    assert_eq!(difference.expected_spans, ["سؤال «الصبرُ»", "خلفية «مفتاحُ الفرج»"]);
}
