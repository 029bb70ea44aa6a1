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

/// A safe file name part: letters, digits, `-` and `_` kept, the rest `-`
/// (one `-` for a run of them).
pub fn file_part(text: &str) -> String {
    let mut cleaned = String::new();
    for c in text.chars().take(60) {
        let c = if c.is_alphanumeric() || c == '_' { c } else { '-' };
        if !(c == '-' && cleaned.ends_with('-')) {
            cleaned.push(c);
        }
    }
    cleaned.trim_matches('-').to_string()
}

/// `hamish-<kind>-<date>-<name>.<extension>`: the date before the name, so
/// that an Arabic name ends the file name and the date keeps its order
/// beside it wherever the name is shown.
pub fn named_file(kind: &str, date: &str, name: &str, extension: &str) -> String {
    let (date, name) = (file_part(date), file_part(name));
    match name.is_empty() {
        true => format!("hamish-{kind}-{date}.{extension}"),
        false => format!("hamish-{kind}-{date}-{name}.{extension}"),
    }
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
