//! The teacher's side of an exercise, kept in the browser like any other
//! work: the submissions loaded, the decisions and notes per sentence, and
//! the answer key. What is computed from them (the comparison, scores,
//! feedback) lives in [`crate::classroom::adjudication`].

use crate::model::spans::Span;
use crate::text::document::DocumentId;
use std::collections::BTreeMap;

/// A label's identity within an exercise (its id in the exercise's label
/// set): a label renamed by a student keeps it.
pub type LabelKey = u32;

/// Labels given to each sentence, by (document id, sentence index); a
/// sentence that is absent (or has an empty list) was left unlabeled.
pub type Answers = BTreeMap<(DocumentId, usize), Vec<LabelKey>>;

/// Spans marked in each sentence, by (document id, sentence index), in
/// code points of the sentence, sorted, each once; a span's label is the
/// label's [`LabelKey`] (as `LabelId(key)`).
pub type SpanAnswers = BTreeMap<(DocumentId, usize), Vec<Span>>;

/// A note for each sentence, by (document id, sentence index).
pub type Notes = BTreeMap<(DocumentId, usize), String>;

/// The answer key every submission is scored against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerKey {
    /// The file it was loaded from (empty when made from the decisions).
    pub source: String,
    /// The right labels of each sentence.
    pub answers: Answers,
    /// The right spans of each sentence.
    pub spans: SpanAnswers,
    /// The teacher's explanation of each sentence, for feedback.
    pub notes: Notes,
}

/// The teacher's comparison of submissions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Adjudication {
    /// Each file loaded, in order: its name and text (a file that could not
    /// be read at all is reported when loaded, and not kept).
    pub files: Vec<(String, String)>,
    /// The teacher's decision per sentence (an empty list: no label).
    /// Sentences without a decision take the majority, if there is one.
    pub decisions: Answers,
    /// The teacher's choice of spans per sentence (an empty list: none).
    /// Sentences without one take the spans a strict majority marked.
    pub span_decisions: SpanAnswers,
    /// The teacher's note per sentence.
    pub notes: Notes,
    /// The answer key, once made.
    pub key: Option<AnswerKey>,
    /// The most points a grade can have, when the teacher set it (else
    /// 100).
    pub max_points: Option<u32>,
}
