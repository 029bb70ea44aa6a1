//! A batch of opened files (a drop, a pick of many, a table, a paste): the
//! documents they make with the labels their rows carry, and what became
//! of each file, summed up for the reader once the batch is taken in.

use super::document::Document;
use super::import::ImportError;
use super::labels::{clean_label_name, LabelSet};
use std::rc::Rc;

/// A document arriving in a batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    /// The document.
    pub document: Rc<Document>,
    /// Label names per sentence index (from a table's label columns).
    pub labels: Vec<(usize, Vec<String>)>,
    /// Index of its file in [`Batch::files`].
    pub file: usize,
}

/// One file of a batch, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRead {
    /// The file's name.
    pub name: String,
    /// Why it was refused, if it was.
    pub refused: Option<ImportError>,
    /// The encoding it was read in, when not UTF-8.
    pub encoding: Option<&'static str>,
    /// Rows skipped because their text was blank.
    pub empty_rows: usize,
    /// Rows whose line breaks became spaces (one sentence a row).
    pub joined_lines: usize,
}

impl FileRead {
    /// A file read without trouble.
    pub fn read(name: &str) -> Self {
        Self { name: name.to_string(), refused: None, encoding: None, empty_rows: 0, joined_lines: 0 }
    }

    /// A file refused for `error`.
    pub fn refused(name: &str, error: ImportError) -> Self {
        Self { refused: Some(error), ..Self::read(name) }
    }
}

/// Files opened together and the documents they make.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Batch {
    /// The documents, in file order.
    pub incoming: Vec<Incoming>,
    /// Every file, refused ones included.
    pub files: Vec<FileRead>,
    /// The labels arrive as suggestions to review.
    pub suggested: bool,
}

/// What became of one file once its batch was taken in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOutcome {
    /// The file as read.
    pub read: FileRead,
    /// Documents added.
    pub added: usize,
    /// Documents the app already had (left as they were).
    pub already: usize,
}

/// The summary of a batch: one line per file, and labels the batch added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Per file, in order.
    pub files: Vec<FileOutcome>,
    /// Label names the batch added to the set.
    pub new_labels: Vec<String>,
    /// Sentences given labels.
    pub labeled: usize,
}

impl ImportSummary {
    /// Documents added, in all.
    pub fn added(&self) -> usize {
        self.files.iter().map(|file| file.added).sum()
    }

    /// Documents already there, in all.
    pub fn already(&self) -> usize {
        self.files.iter().map(|file| file.already).sum()
    }

    /// Files refused.
    pub fn refused(&self) -> usize {
        self.files.iter().filter(|file| file.read.refused.is_some()).count()
    }
}

/// The label names a batch carries that `labels` lacks (by name in either
/// language), cleaned, in first-seen order.
pub fn new_label_names(labels: &LabelSet, incoming: &[Incoming]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in incoming.iter().flat_map(|incoming| &incoming.labels).flat_map(|(_, names)| names) {
        let Some(name) = clean_label_name(name) else {
            continue;
        };
        let known = labels.labels.iter().any(|label| label.name == name || label.name_en == name);
        if !known && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
