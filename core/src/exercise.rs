//! A classroom exercise: documents, a label set and instructions that a
//! teacher hands out. Its file form is in [`super::exercise_file`].

use super::document::{Document, DocumentId, DocumentSource};
use super::labels::LabelSet;
use serde::{Deserialize, Serialize};

/// A document of an exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseDocument {
    /// Id.
    pub id: DocumentId,
    /// Title.
    pub title: String,
    /// Full text.
    pub text: String,
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
            })
            .collect()
    }
}
