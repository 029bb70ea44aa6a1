//! A batch of opened files (a drop, a pick of many, a table, a paste): the
//! documents they make with the labels their rows carry, and what became
//! of each file, summed up for the reader once the batch is taken in.

use crate::formats::errors::{ImportError, Problem};
use crate::i18n::said::import;
use crate::i18n::Lang;
use crate::model::labels::{clean_label_name, LabelScope, LabelSet};
use crate::text::document::Document;
use std::rc::Rc;

/// A span arriving with a document (from a table's span columns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingSpan {
    /// Its sentence's index.
    pub sentence: usize,
    /// First code point, from the sentence's start.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The label's name.
    pub label: String,
}

/// A document arriving in a batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    /// The document.
    pub document: Rc<Document>,
    /// Label names per sentence index (from a table's label columns).
    pub labels: Vec<(usize, Vec<String>)>,
    /// Index of its file in [`Batch::files`].
    pub file: usize,
    /// Spans on its sentences (from a table's span columns).
    pub spans: Vec<IncomingSpan>,
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
    /// Rows whose id an earlier row had: each kept as a document of its own.
    pub repeated_ids: usize,
    /// Rows whose line breaks became spaces (one sentence a row).
    pub joined_lines: usize,
    /// Rows kept as one sentence because a span reached across two.
    pub kept_whole: usize,
    /// Spans not imported: the row's number and why.
    pub span_problems: Vec<(usize, Problem)>,
}

impl FileRead {
    /// A file read without trouble.
    pub fn read(name: &str) -> Self {
        Self {
            name: name.to_string(),
            refused: None,
            encoding: None,
            empty_rows: 0,
            repeated_ids: 0,
            joined_lines: 0,
            kept_whole: 0,
            span_problems: Vec::new(),
        }
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
    /// Spans put on sentences.
    pub spans: usize,
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

    /// This summary followed by `later`'s (files opened together, some
    /// taken in after a preview): one summary of them all.
    pub fn joined(&self, later: ImportSummary) -> ImportSummary {
        let mut joined = self.clone();
        joined.files.extend(later.files);
        joined.new_labels.extend(later.new_labels.into_iter().filter(|name| !self.new_labels.contains(name)));
        joined.labeled += later.labeled;
        joined.spans += later.spans;
        joined
    }
}

/// What the batch's spans say of a file, in `lang`: rows kept as one
/// sentence, and each span not imported with its row and why (the UI adds
/// these to the file's line of the summary).
pub fn span_notes(lang: Lang, read: &FileRead) -> Vec<String> {
    let mut notes = Vec::new();
    if read.kept_whole > 0 {
        notes.push(import::summary_kept_whole(lang, read.kept_whole));
    }
    if !read.span_problems.is_empty() {
        let rows: Vec<String> = read
            .span_problems
            .iter()
            .map(|(row, problem)| import::summary_span_problem(lang, *row, &problem.describe(lang)))
            .collect();
        let count = import::summary_spans_not_imported(lang, read.span_problems.len());
        notes.push(format!("{count}: {}", rows.join(lang.list_separator())));
    }
    notes
}

/// The labels a batch uses, each once in first-seen order: cleaned name,
/// and whether it is on a sentence, on a span.
pub fn batch_label_uses(incoming: &[Incoming]) -> Vec<(String, bool, bool)> {
    let mut uses: Vec<(String, bool, bool)> = Vec::new();
    let named = incoming.iter().flat_map(|incoming| {
        let sentence_names = incoming.labels.iter().flat_map(|(_, names)| names).map(|name| (name, true));
        sentence_names.chain(incoming.spans.iter().map(|span| (&span.label, false)))
    });
    for (name, on_sentence) in named {
        let Some(name) = clean_label_name(name) else {
            continue;
        };
        let index = match uses.iter().position(|(known, _, _)| *known == name) {
            Some(index) => index,
            None => {
                uses.push((name, false, false));
                uses.len() - 1
            }
        };
        if on_sentence {
            uses[index].1 = true;
        } else {
            uses[index].2 = true;
        }
    }
    uses
}

/// The scope a label needs to be used on sentences and/or spans, starting
/// from `scope` (a new label starts from nothing).
pub fn scope_for(scope: Option<LabelScope>, on_sentence: bool, on_span: bool) -> LabelScope {
    let sentence = on_sentence || matches!(scope, Some(LabelScope::Sentence | LabelScope::Both));
    let span = on_span || matches!(scope, Some(LabelScope::Span | LabelScope::Both));
    match (sentence, span) {
        (true, true) => LabelScope::Both,
        (false, true) => LabelScope::Span,
        _ => LabelScope::Sentence,
    }
}

/// The label names a batch carries that `labels` lacks (by name in either
/// language), cleaned, in first-seen order, with the scope they need.
pub fn new_label_scopes(labels: &LabelSet, incoming: &[Incoming]) -> Vec<(String, LabelScope)> {
    batch_label_uses(incoming)
        .into_iter()
        .filter(|(name, _, _)| !labels.labels.iter().any(|label| label.name == *name || label.name_en == *name))
        .map(|(name, sentence, span)| {
            let scope = scope_for(None, sentence, span);
            (name, scope)
        })
        .collect()
}

/// The label names a batch carries that `labels` lacks (by name in either
/// language), cleaned, in first-seen order.
pub fn new_label_names(labels: &LabelSet, incoming: &[Incoming]) -> Vec<String> {
    new_label_scopes(labels, incoming).into_iter().map(|(name, _)| name).collect()
}
