//! What every export shares: which documents it covers ([`Scope`]), the
//! file's name, the app's version, and the labels of a sentence by name.
//! Offsets are code points everywhere: a sentence's `text` is
//! `document_text[start:end]` in Python.

use crate::model::annotations::SentenceAnnotation;
use crate::model::labels::LabelSet;
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId};
use std::rc::Rc;

/// The app's version, written into exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// One document.
    Document(DocumentId),
    /// Every document.
    All,
    /// The documents of the open exercise (a student's submission).
    Exercise,
}

pub(crate) fn documents_in<'a>(work: &'a Work, scope: &Scope) -> Vec<&'a Rc<Document>> {
    work.documents()
        .iter()
        .filter(|document| match scope {
            Scope::All => true,
            Scope::Document(id) => &document.id == id,
            Scope::Exercise => work.exercise().is_some_and(|attempt| attempt.has_document(&document.id)),
        })
        .collect()
}

pub(crate) fn label_names(labels: &LabelSet, annotation: Option<&SentenceAnnotation>) -> Vec<String> {
    annotation
        .map(|annotation| {
            annotation.labels.iter().filter_map(|id| labels.get(*id)).map(|label| label.name.clone()).collect()
        })
        .unwrap_or_default()
}

/// A safe file name part: letters, digits, `-` and `_` kept, the rest `-`.
pub fn file_part(text: &str) -> String {
    let cleaned: String =
        text.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).take(60).collect();
    cleaned.trim_matches('-').to_string()
}

/// `hamish-<document>-<date>.<extension>` (`all` for every document).
pub fn export_file_name(scope: &Scope, date: &str, extension: &str) -> String {
    let what = match scope {
        Scope::All => "all".to_string(),
        Scope::Document(id) => file_part(&id.0),
        Scope::Exercise => "submission".to_string(),
    };
    format!("hamish-{what}-{}.{extension}", file_part(date))
}
