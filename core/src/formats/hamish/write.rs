//! Hamish JSON, complete and re-importable: the documents with their
//! texts, every sentence with its labels, note, spans and whether it is
//! reviewed, and the label set. The other exports are made from it.
use crate::formats::export::documents_in;
use crate::formats::export::label_names;
use crate::formats::export::Scope;
use crate::formats::export::APP_VERSION;

use crate::model::annotations::SentenceAnnotation;
use crate::model::exercise::StudentIdKind;
use crate::model::labels::{LabelColor, LabelScope, LabelSet};
use crate::model::spans::Span;
use crate::model::work::Work;
use crate::text::document::{Document, DocumentSource, Origin, Split};
use serde::{Deserialize, Serialize};

/// The `format` field of a Hamish JSON file.
pub const FORMAT: &str = "hamish";

/// The version of the Hamish JSON format this app writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// A label as exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileLabel {
    /// Stable id within the file.
    pub id: u32,
    /// Arabic name: what sentences' `labels` refer to.
    pub name: String,
    /// English name (may be empty).
    #[serde(default)]
    pub name_en: String,
    /// Colour name.
    pub color: LabelColor,
    /// What it can be put on: `sentence` (when absent), `span` or `both`.
    #[serde(default, skip_serializing_if = "LabelScope::is_sentence")]
    pub scope: LabelScope,
}

/// The label set as exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileLabelSet {
    /// Several labels per sentence allowed.
    pub multiple: bool,
    /// Labels in palette order.
    pub labels: Vec<FileLabel>,
}

/// A sentence as exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileSentence {
    /// 0-based index in the document.
    pub index: usize,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `text[start:end]` of the document.
    pub text: String,
    /// Label names, in palette order.
    pub labels: Vec<String>,
    /// The note (empty when none).
    #[serde(default)]
    pub note: String,
    /// The labels are a suggestion still to review (written only when true).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suggested: bool,
    /// The sentence is a heading: never labeled (written only when true).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heading: bool,
    /// Labeled words and phrases of the sentence (written only when any).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<FileSpan>,
}

/// A labeled word or phrase as exported, in code points of the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileSpan {
    /// First code point in the document.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The label's name.
    pub label: String,
    /// `text[start:end]` of the document.
    pub text: String,
}

/// A document as exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileDocument {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// `bundled` or `imported`.
    pub source: DocumentSource,
    /// Where an imported document came from: file, row and the row's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// `lines` when each line is one sentence (rows of a table).
    #[serde(default, skip_serializing_if = "is_sentences")]
    pub split: Split,
    /// The full text.
    pub text: String,
    /// Every sentence, in order.
    pub sentences: Vec<FileSentence>,
}

fn is_sentences(split: &Split) -> bool {
    *split == Split::Sentences
}

impl FileDocument {
    /// The source file's name (empty when none).
    pub fn source_file(&self) -> &str {
        self.origin.as_ref().map_or("", |origin| origin.file.as_str())
    }

    /// The source row's id, or its number (empty when none).
    pub fn source_id(&self) -> String {
        self.origin.as_ref().and_then(Origin::source_id).unwrap_or_default()
    }
}

/// A document as the file holds it: its text, and each sentence with its
/// labels, note and spans.
pub fn file_document(work: &Work, document: &Document) -> FileDocument {
    let annotations = work.annotations().get(&document.id);
    let sentences = document
        .sentences()
        .iter()
        .enumerate()
        .map(|(index, sentence)| {
            let annotation = annotations.and_then(|annotations| annotations.get(index));
            let text = document.sentence_text(index).unwrap_or_default().to_string();
            let spans = file_spans(work.labels(), sentence.start, &text, annotation);
            FileSentence {
                index,
                start: sentence.start,
                end: sentence.end,
                text,
                labels: label_names(work.labels(), annotation),
                note: annotation.map(|annotation| annotation.note.clone()).unwrap_or_default(),
                suggested: annotation.is_some_and(SentenceAnnotation::is_suggestion),
                heading: annotation.is_some_and(|annotation| annotation.heading),
                spans,
            }
        })
        .collect();
    FileDocument {
        id: document.id.0.to_string(),
        title: document.title.clone(),
        source: document.source,
        origin: document.origin.clone(),
        split: document.split,
        text: document.text().to_string(),
        sentences,
    }
}

/// A Hamish JSON file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HamishFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`].
    pub version: u32,
    /// The version of the app that wrote it.
    pub app_version: String,
    /// When it was written (ISO 8601).
    pub exported_at: String,
    /// Who annotated.
    pub annotator: String,
    /// The label set.
    pub label_set: FileLabelSet,
    /// The documents.
    pub documents: Vec<FileDocument>,
    /// For a student's submission: the exercise it answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<ExerciseRef>,
}

/// The exercise a submission answers: its title and content hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseRef {
    /// The exercise's title.
    pub title: String,
    /// The exercise's content hash.
    pub hash: String,
    /// The student's identifier the exercise asked for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub student_id: String,
    /// What the exercise asked students for besides a name.
    #[serde(default, skip_serializing_if = "StudentIdKind::is_nothing")]
    pub student_id_kind: StudentIdKind,
}

/// The spans of a sentence starting at code point `start` whose text is
/// `text`, in document code points with their label names and words.
fn file_spans(labels: &LabelSet, start: usize, text: &str, annotation: Option<&SentenceAnnotation>) -> Vec<FileSpan> {
    let spans = annotation.map_or(&[][..], |annotation| &annotation.spans);
    let file_span = |span: &Span| {
        let label = labels.get(span.label)?.name.clone();
        Some(FileSpan { start: start + span.start, end: start + span.end, label, text: span.quote(text) })
    };
    spans.iter().filter_map(file_span).collect()
}

/// The label set as a file holds it.
pub fn file_label_set(labels: &LabelSet) -> FileLabelSet {
    FileLabelSet {
        multiple: labels.multiple,
        labels: labels
            .labels
            .iter()
            .map(|label| FileLabel {
                id: label.id.0,
                name: label.name.clone(),
                name_en: label.name_en.clone(),
                color: label.color,
                scope: label.scope,
            })
            .collect(),
    }
}

/// The Hamish JSON file for `scope`, naming `annotator`.
pub fn hamish_file(work: &Work, annotator: &str, scope: &Scope, exported_at: &str) -> HamishFile {
    let documents = documents_in(work, scope).into_iter().map(|document| file_document(work, document)).collect();
    HamishFile {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        app_version: APP_VERSION.into(),
        exported_at: exported_at.into(),
        annotator: annotator.to_string(),
        label_set: file_label_set(work.labels()),
        documents,
        // Only a submission names the exercise: any other export of a
        // student's work is no submission, and Compare says so.
        exercise: work.exercise().as_ref().filter(|_| matches!(scope, Scope::Exercise)).map(|attempt| ExerciseRef {
            title: attempt.exercise.title.clone(),
            hash: attempt.exercise.hash.clone(),
            student_id: attempt.student_id.clone(),
            student_id_kind: attempt.exercise.ask_for,
        }),
    }
}

/// Hamish JSON text for `scope`.
pub fn export_hamish_json(work: &Work, annotator: &str, scope: &Scope, exported_at: &str) -> String {
    serde_json::to_string_pretty(&hamish_file(work, annotator, scope, exported_at)).unwrap_or_default()
}
