//! Exports: Hamish JSON (complete and re-importable), JSONL (one sentence a
//! line, for doccano and pandas), the documents' texts (JSONL) and CSV
//! (with a byte order mark, safe for spreadsheets); the W3C export builds on
//! these in the `w3c` module, the training formats in `training`.
//! Offsets are code points everywhere: a sentence's `text` is
//! `document_text[start:end]` in Python.

use super::annotations::SentenceAnnotation;
use super::csv_out::spreadsheet_cell;
use super::document::{Document, DocumentId, DocumentSource, Origin, Split};
use super::labels::{LabelColor, LabelScope, LabelSet};
use super::spans::Span;
use super::work::Work;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::rc::Rc;

/// The `format` field of a Hamish JSON file.
pub const FORMAT: &str = "hamish";
/// The version of the Hamish JSON format this app writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The app's version, written into exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

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
}

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
    work.documents
        .iter()
        .filter(|document| match scope {
            Scope::All => true,
            Scope::Document(id) => &document.id == id,
            Scope::Exercise => work.exercise.as_ref().is_some_and(|attempt| attempt.has_document(&document.id)),
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
    let documents = documents_in(work, scope)
        .into_iter()
        .map(|document| {
            let annotations = work.annotations.get(&document.id);
            let sentences = document
                .sentences()
                .iter()
                .enumerate()
                .map(|(index, sentence)| {
                    let annotation = annotations.and_then(|annotations| annotations.get(index));
                    let text = document.sentence_text(index).unwrap_or_default().to_string();
                    let spans = file_spans(&work.labels, sentence.start, &text, annotation);
                    FileSentence {
                        index,
                        start: sentence.start,
                        end: sentence.end,
                        text,
                        labels: label_names(&work.labels, annotation),
                        note: annotation.map(|annotation| annotation.note.clone()).unwrap_or_default(),
                        suggested: annotation.is_some_and(SentenceAnnotation::is_suggestion),
                        heading: annotation.is_some_and(|annotation| annotation.heading),
                        spans,
                    }
                })
                .collect();
            FileDocument {
                id: document.id.0.clone(),
                title: document.title.clone(),
                source: document.source,
                origin: document.origin.clone(),
                split: document.split,
                text: document.text().to_string(),
                sentences,
            }
        })
        .collect();
    HamishFile {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        app_version: APP_VERSION.into(),
        exported_at: exported_at.into(),
        annotator: annotator.to_string(),
        label_set: file_label_set(&work.labels),
        documents,
        exercise: work
            .exercise
            .as_ref()
            .map(|attempt| ExerciseRef { title: attempt.exercise.title.clone(), hash: attempt.exercise.hash.clone() }),
    }
}

/// Hamish JSON text for `scope`.
pub fn export_hamish_json(work: &Work, annotator: &str, scope: &Scope, exported_at: &str) -> String {
    serde_json::to_string_pretty(&hamish_file(work, annotator, scope, exported_at)).unwrap_or_default()
}

/// Where a sentence is: its document, title, source and position.
pub fn whereabouts(document: &FileDocument, sentence: &FileSentence) -> serde_json::Map<String, serde_json::Value> {
    let value = json!({
        "document": document.id,
        "title": document.title,
        "source_file": document.source_file(),
        "source_id": document.source_id(),
        "sentence": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
    });
    match value {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

/// JSONL: one sentence a line, `{"text", "label", "document", "title",
/// "source_file", "source_id", "sentence", "start", "end", "note",
/// "reviewed"}`; doccano's text classification import reads `text` and
/// `label`, pandas reads it with `read_json(lines=True)`; `source_id` joins
/// a row back to the table it was imported from (its id column, else its
/// row number); `reviewed` is false while the labels are a suggestion.
pub fn export_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for document in hamish_file(work, "", scope, "").documents {
        for sentence in &document.sentences {
            let mut line = whereabouts(&document, sentence);
            line.insert("text".into(), json!(sentence.text));
            line.insert("label".into(), json!(sentence.labels));
            line.insert("note".into(), json!(sentence.note));
            line.insert("reviewed".into(), json!(!sentence.suggested));
            out.push_str(&serde_json::Value::Object(line).to_string());
            out.push('\n');
        }
    }
    out
}

/// The fixed columns of the CSV export, before the label columns; `label`
/// comes after `text` only when the label set is single-label.
const CSV_COLUMNS: [&str; 10] =
    ["document", "title", "source_file", "source_id", "sentence", "start", "end", "text", "note", "reviewed"];

/// CSV with a UTF-8 byte order mark (so spreadsheets show Arabic right),
/// CRLF line ends, one row a sentence:
/// `document,title,source_file,source_id,sentence,start,end,text,note,reviewed`
/// (with `label` after `text` when the label set is single-label: the
/// sentence's label or empty, as doccano reads it), then one column per
/// label, headed by its name, `1` when the sentence has it and `0` when
/// not. Every text cell and label header goes through [`spreadsheet_cell`];
/// `reviewed` is `false` while the labels are a suggestion.
pub fn export_csv(work: &Work, scope: &Scope) -> String {
    let single = !work.labels.multiple;
    let mut header: Vec<String> = CSV_COLUMNS.iter().map(|column| column.to_string()).collect();
    if single {
        header.insert(8, "label".to_string());
    }
    header.extend(work.labels.labels.iter().map(|label| spreadsheet_cell(&label.name)));
    let mut out = format!("\u{feff}{}\r\n", header.join(","));
    for document in hamish_file(work, "", scope, "").documents {
        for sentence in &document.sentences {
            let mut row = vec![
                spreadsheet_cell(&document.id),
                spreadsheet_cell(&document.title),
                spreadsheet_cell(document.source_file()),
                spreadsheet_cell(&document.source_id()),
                sentence.index.to_string(),
                sentence.start.to_string(),
                sentence.end.to_string(),
                spreadsheet_cell(&sentence.text),
            ];
            if single {
                row.push(spreadsheet_cell(sentence.labels.first().map_or("", String::as_str)));
            }
            row.push(spreadsheet_cell(&sentence.note));
            row.push((!sentence.suggested).to_string());
            for label in &work.labels.labels {
                row.push(if sentence.labels.contains(&label.name) { "1" } else { "0" }.to_string());
            }
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// The documents' texts, one JSON object a line:
/// `{"document", "title", "source_file", "source_id", "text"}`, in the
/// order of the sentence exports, so that every row's offsets can be
/// checked (`text[start:end]` in Python) without Hamish JSON.
pub fn export_documents_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for document in hamish_file(work, "", scope, "").documents {
        let line = json!({
            "document": document.id,
            "title": document.title,
            "source_file": document.source_file(),
            "source_id": document.source_id(),
            "text": document.text,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
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
