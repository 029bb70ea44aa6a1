//! A classroom exercise: documents, a label set and instructions that a
//! teacher hands out, and a student's attempt at it. Its file form is in
//! [`crate::formats::exercise_file`].

use crate::model::comparison::AnswerKey;
use crate::model::labels::{LabelId, LabelSet};
use crate::text::basics::short_hash;
use crate::text::document::{Document, DocumentId, DocumentSource};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// A document of an exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseDocument {
    /// Id.
    pub id: DocumentId,
    /// Title.
    pub title: String,
    /// Full text.
    pub text: String,
    /// Sentences the teacher marked as headings (not labeled).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<usize>,
}

/// An exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Title.
    pub title: String,
    /// Instructions shown beside the text (blank lines separate paragraphs,
    /// lines starting with `- ` are list items).
    pub instructions: String,
    /// Whether students may change the label set.
    pub lock_labels: bool,
    /// The label set.
    pub labels: LabelSet,
    /// The documents.
    pub documents: Vec<ExerciseDocument>,
    /// An answer key carried for self-check practice (students can read
    /// it: for practice, not for marks), by the exercise's own document ids
    /// and label ids.
    pub practice_key: Option<AnswerKey>,
    /// Content hash: a submission names it, so one made against another
    /// version of the exercise is recognised.
    pub hash: String,
}

impl Exercise {
    /// Whether document `id` belongs to the exercise.
    pub fn has_document(&self, id: &DocumentId) -> bool {
        self.documents.iter().any(|document| &document.id == id)
    }

    /// Its documents, segmented.
    pub fn segmented(&self) -> Vec<Document> {
        self.documents
            .iter()
            .map(|document| {
                Document::new(document.id.clone(), document.text.clone(), &document.title, DocumentSource::Imported)
                    .titled(&document.title)
            })
            .collect()
    }
}

/// One student's attempt at an exercise: the exercise, who is working, and
/// which of the work's labels stands for each of the exercise's labels (so
/// a label the student renames is still the same label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// The exercise.
    pub exercise: Rc<Exercise>,
    /// The student's name, as they gave it.
    pub student: String,
    /// `(the label's id in the exercise, its id in the work)`, in the
    /// exercise's order.
    pub label_keys: Vec<(u32, LabelId)>,
}

impl Attempt {
    /// The id that the exercise's document `id` has in the work: each
    /// student's attempt keeps its own copies, apart from any other
    /// student's and from any other document.
    pub fn document_id(&self, id: &DocumentId) -> DocumentId {
        DocumentId::from(format!("{}{}", self.prefix(), id.0))
    }

    /// The exercise's own id of the work's document `id`, if it is one of
    /// the attempt's documents.
    pub fn original_id(&self, id: &DocumentId) -> Option<DocumentId> {
        let original = DocumentId(id.0.strip_prefix(&self.prefix())?.to_string().into());
        self.exercise.has_document(&original).then_some(original)
    }

    /// Whether the work's document `id` is one of the attempt's.
    pub fn has_document(&self, id: &DocumentId) -> bool {
        self.original_id(id).is_some()
    }

    /// The exercise's id for the work's label `id`, if it is one of the
    /// exercise's labels.
    pub fn exercise_label(&self, id: LabelId) -> Option<u32> {
        self.label_keys.iter().find(|(_, work)| *work == id).map(|(key, _)| *key)
    }

    /// The attempt's documents, segmented, with their ids in the work.
    pub fn documents(&self) -> Vec<Document> {
        self.exercise
            .segmented()
            .into_iter()
            .map(|mut document| {
                document.id = self.document_id(&document.id);
                document
            })
            .collect()
    }

    /// `exercise-<hash>-<student>:`, both shortened to 8 hex digits.
    fn prefix(&self) -> String {
        let hash = self.exercise.hash.get(..8).unwrap_or(&self.exercise.hash);
        format!("exercise-{hash}-{}:", short_hash(&self.student))
    }
}
