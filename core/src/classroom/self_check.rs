//! A student's own check against the practice key their exercise carries:
//! the score of their sentence labels, how their spans agree with the key's
//! (exact and overlap F1 over all span labels), and every sentence where
//! their labels or spans differ, with the teacher's explanation.

use crate::classroom::grading::{score, Score};
use crate::classroom::span_agreement::SpanRow;
use crate::model::comparison::{Answers, LabelKey, SpanAnswers};
use crate::model::labels::LabelId;
use crate::model::spans::{agreement, exact_agreement, overlap_agreement, tidy, Span};
use crate::model::work::Work;
use crate::text::document::DocumentId;
use std::collections::BTreeSet;

/// A sentence where a student's labels or spans differ from the practice key.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The student's copy of the document (an id in the work).
    pub doc: DocumentId,
    /// The sentence index.
    pub index: usize,
    /// The sentence text.
    pub text: String,
    /// The student's labels, by name (empty: left unlabeled).
    pub given: Vec<String>,
    /// The key's labels, by name.
    pub expected: Vec<String>,
    /// The student's spans, as "label «words»".
    pub given_spans: Vec<String>,
    /// The key's spans, as "label «words»".
    pub expected_spans: Vec<String>,
    /// The teacher's explanation, if any.
    pub explanation: String,
}

/// A student's work checked against the key their exercise carries.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfCheck {
    /// The score (with `span` when the key has spans).
    pub score: Score,
    /// Every sentence where the labels or spans differ, in order.
    pub differences: Vec<Difference>,
}

/// Exact and overlap agreement of `found` with `key` over every sentence,
/// counted together (micro-averaged); an F1 left undefined because one side
/// has no spans counts as 0.
fn span_row(found: &SpanAnswers, key: &SpanAnswers) -> SpanRow {
    let places: BTreeSet<&(DocumentId, usize)> = found.keys().chain(key.keys()).collect();
    let (mut exact, mut overlap, mut given, mut expected) = (0, 0, 0, 0);
    for place in places {
        let (mine, right) =
            (found.get(place).map_or(&[][..], Vec::as_slice), key.get(place).map_or(&[][..], Vec::as_slice));
        exact += exact_agreement(mine, right).matched;
        overlap += overlap_agreement(mine, right).matched;
        given += mine.len();
        expected += right.len();
    }
    SpanRow { label: None, exact: agreement(exact, given, expected), overlap: agreement(overlap, given, expected) }
}

/// The attempt under way in `work` checked against its exercise's practice
/// key (`None` without an attempt or a key).
pub fn self_check(work: &Work) -> Option<SelfCheck> {
    let attempt = work.exercise()?;
    let key = attempt.exercise.practice_key.as_ref()?;
    let name_of = |key: LabelKey| -> String {
        let in_work = attempt.label_keys.iter().find(|(k, _)| *k == key).and_then(|(_, id)| work.labels().get(*id));
        let in_exercise = || attempt.exercise.labels.get(LabelId(key));
        in_work.or_else(in_exercise).map(|label| label.name.clone()).unwrap_or_default()
    };
    let mut answers = Answers::new();
    let mut spans = SpanAnswers::new();
    for exercise_document in &attempt.exercise.documents {
        let copy = attempt.document_id(&exercise_document.id);
        for (index, annotation) in work.annotations_of(&copy).into_iter().flat_map(|a| a.iter()) {
            let place = (exercise_document.id.clone(), index);
            let keys: Vec<LabelKey> = annotation.labels.iter().filter_map(|id| attempt.exercise_label(*id)).collect();
            if !keys.is_empty() {
                answers.insert(place.clone(), keys);
            }
            let mut marked: Vec<Span> = (annotation.spans.iter())
                .filter_map(|span| Some(Span { label: LabelId(attempt.exercise_label(span.label)?), ..*span }))
                .collect();
            tidy(&mut marked);
            if !marked.is_empty() {
                spans.insert(place, marked);
            }
        }
    }
    let labels: Vec<LabelKey> = attempt.exercise.labels.labels.iter().map(|label| label.id.0).collect();
    let mut score = score(&key.answers, &attempt.student, &answers, &labels);
    score.span = (!key.spans.is_empty()).then(|| span_row(&spans, &key.spans));
    let sorted = |keys: &[LabelKey]| {
        let mut keys = keys.to_vec();
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    let places: BTreeSet<&(DocumentId, usize)> = key.answers.keys().chain(key.spans.keys()).collect();
    let differences = (places.into_iter())
        .filter_map(|place @ (doc, index)| {
            let (given, expected) =
                (answers.get(place).map(|keys| sorted(keys)), key.answers.get(place).map(|keys| sorted(keys)));
            let (given_spans, expected_spans) = (spans.get(place), key.spans.get(place));
            let labels_differ = expected.is_some() && given != expected;
            if !labels_differ && given_spans == expected_spans {
                return None;
            }
            let copy = attempt.document_id(doc);
            let text = work.document(&copy)?.sentence_text(*index)?.to_string();
            let said = |spans: Option<&Vec<Span>>| -> Vec<String> {
                let one = |span: &Span| format!("{} «{}»", name_of(span.label.0), span.quote(&text));
                spans.into_iter().flatten().map(one).collect()
            };
            Some(Difference {
                doc: copy.clone(),
                index: *index,
                given: given.into_iter().flatten().map(name_of).collect(),
                expected: expected.into_iter().flatten().map(name_of).collect(),
                given_spans: said(given_spans),
                expected_spans: said(expected_spans),
                explanation: key.notes.get(place).cloned().unwrap_or_default(),
                text,
            })
        })
        .collect();
    Some(SelfCheck { score, differences })
}
