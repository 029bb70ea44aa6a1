//! Stored records: the envelope with its version and sequence number, and
//! each kind of record, encoded and decoded (older versions migrated).

use crate::formats::exercise_file::{exercise_json, read_exercise};
use crate::model::anchor::{Orphan, StoredAnnotation};
use crate::model::annotations::Chunk;
use crate::model::exercise::Attempt;
use crate::model::labels::{LabelId, LabelSet};
use crate::model::prefs::Preferences;
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId, DocumentSource, Origin, Split};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use thiserror::Error;

/// Version of the stored records this app writes.
pub const SCHEMA_VERSION: u32 = 2;

/// Why a stored record could not be read.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON, or not the expected shape.
    #[error("unreadable: {0}")]
    Malformed(String),
    /// Written by a newer version of the app.
    #[error("written by a newer version of Hamish (record version {0})")]
    TooNew(u32),
}

#[derive(Serialize, Deserialize)]
pub(super) struct Envelope<T> {
    pub(super) v: u32,
    #[serde(default)]
    pub(super) seq: u64,
    #[serde(flatten)]
    pub(super) body: T,
}

/// Meta record body.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct MetaBody {
    #[serde(flatten)]
    preferences: Preferences,
}

/// Version 1 of the meta record (interface language and open document,
/// with `version` instead of `v`): migrated on read.
#[derive(Deserialize)]
struct MetaV1 {
    version: u32,
    #[serde(flatten)]
    preferences: Preferences,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct LabelsBody {
    #[serde(flatten)]
    labels: LabelSet,
}

/// An imported document as listed in [`super::IMPORTED_KEY`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedEntry {
    /// Its id.
    pub id: DocumentId,
    /// Its title.
    pub title: String,
    /// The file, row and row id it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// How its text is split (by the segmenter unless said).
    #[serde(default, skip_serializing_if = "is_sentences")]
    pub split: Split,
}

fn is_sentences(split: &Split) -> bool {
    *split == Split::Sentences
}

impl ImportedEntry {
    /// The document this entry lists, with its kept `text`.
    pub fn document(self, text: String) -> Document {
        Document::split_as(self.id, text, &self.title, DocumentSource::Imported, self.split)
            .titled(&self.title)
            .from_origin(self.origin)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct ImportedBody {
    documents: Vec<ImportedEntry>,
}

/// The imported documents of `work`, as listed in storage.
pub fn imported_entries(work: &Work) -> Vec<ImportedEntry> {
    work.documents()
        .iter()
        .filter(|document| document.source == DocumentSource::Imported)
        .map(|document| ImportedEntry {
            id: document.id.clone(),
            title: document.title.clone(),
            origin: document.origin.clone(),
            split: document.split,
        })
        .collect()
}

/// Encodes the list of imported documents.
pub fn encode_imported(seq: u64, documents: Vec<ImportedEntry>) -> String {
    encode(seq, ImportedBody { documents })
}

/// Reads the list of imported documents.
pub fn decode_imported(value: &str) -> Result<Vec<ImportedEntry>, RecordError> {
    let envelope: Envelope<ImportedBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    Ok(envelope.body.documents)
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct BaseBody {
    text: String,
}

#[derive(Serialize, Deserialize)]
struct ExerciseBody {
    exercise: serde_json::Value,
    /// Absent in records written before students were kept apart: such an
    /// exercise's documents stay as ordinary documents.
    #[serde(default)]
    student: Option<String>,
    #[serde(default)]
    label_keys: Vec<(u32, u32)>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    student_id: String,
}

/// Encodes the attempt under way.
pub fn encode_exercise(seq: u64, attempt: &Attempt) -> String {
    let value = serde_json::from_str(&exercise_json(&attempt.exercise)).unwrap_or(serde_json::Value::Null);
    let label_keys = attempt.label_keys.iter().map(|(key, id)| (*key, id.0)).collect();
    let student_id = attempt.student_id.clone();
    encode(seq, ExerciseBody { exercise: value, student: Some(attempt.student.clone()), label_keys, student_id })
}

/// Reads the stored attempt (`None` for a record from before students
/// were kept apart).
pub fn decode_exercise(value: &str) -> Result<Option<Attempt>, String> {
    let envelope: Envelope<ExerciseBody> = serde_json::from_str(value).map_err(|error| error.to_string())?;
    check_version(envelope.v, SCHEMA_VERSION).map_err(|error| error.to_string())?;
    let exercise = read_exercise(&envelope.body.exercise.to_string()).map_err(|error| format!("{error:?}"))?;
    let label_keys = envelope.body.label_keys.iter().map(|(key, id)| (*key, LabelId(*id))).collect();
    let student_id = envelope.body.student_id;
    Ok(envelope.body.student.map(|student| Attempt { exercise: Rc::new(exercise), student, student_id, label_keys }))
}

#[derive(Serialize, Deserialize)]
struct ShelfBody {
    submission: String,
}

/// Encodes a student's work set aside (their submission).
pub fn encode_shelved(seq: u64, submission: &str) -> String {
    encode(seq, ShelfBody { submission: submission.to_string() })
}

/// Reads a student's work set aside.
pub fn decode_shelved(value: &str) -> Result<Rc<str>, RecordError> {
    let envelope: Envelope<ShelfBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    Ok(envelope.body.submission.into())
}

/// Encodes the text a bundled document has when first annotated.
pub fn encode_base(seq: u64, document: &Document) -> String {
    encode(seq, BaseBody { text: document.text().to_string() })
}

/// Reads a base text record.
pub fn decode_base(value: &str) -> Result<String, RecordError> {
    let envelope: Envelope<BaseBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    Ok(envelope.body.text)
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct AnnotationsBody {
    a: Vec<StoredAnnotation>,
}

pub(super) fn malformed(error: serde_json::Error) -> RecordError {
    RecordError::Malformed(error.to_string())
}

pub(super) fn check_version(v: u32, current: u32) -> Result<(), RecordError> {
    if v > current {
        Err(RecordError::TooNew(v))
    } else {
        Ok(())
    }
}

pub(super) fn encode<T: Serialize>(seq: u64, body: T) -> String {
    serde_json::to_string(&Envelope { v: SCHEMA_VERSION, seq, body }).unwrap_or_default()
}

/// The `seq` of a stored record (0 when it has none or cannot be read).
/// Records are written with `v` and `seq` first, so this reads only the
/// beginning of the text: it costs the same for any record size.
pub fn record_seq(value: &str) -> u64 {
    let mut end = value.len().min(64);
    while !value.is_char_boundary(end) {
        end -= 1;
    }
    let head = &value[..end];
    let Some(at) = head.find("\"seq\":") else {
        return 0;
    };
    let digits: String =
        head[at + 6..].chars().skip_while(|c| c.is_whitespace()).take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or(0)
}

/// Encodes the meta record.
pub fn encode_meta(seq: u64, preferences: &Preferences) -> String {
    encode(seq, MetaBody { preferences: preferences.clone() })
}

/// Reads the meta record, migrating version 1.
pub fn decode_meta(value: &str) -> Result<Preferences, RecordError> {
    if let Ok(old) = serde_json::from_str::<MetaV1>(value) {
        check_version(old.version, 1)?;
        return Ok(old.preferences);
    }
    let envelope: Envelope<MetaBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    Ok(envelope.body.preferences)
}

/// Encodes the label set.
pub fn encode_labels(seq: u64, labels: &LabelSet) -> String {
    encode(seq, LabelsBody { labels: labels.clone() })
}

/// Reads the label set.
pub fn decode_labels(value: &str) -> Result<LabelSet, RecordError> {
    let envelope: Envelope<LabelsBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    let labels = envelope.body.labels;
    let mut ids: Vec<LabelId> = labels.labels.iter().map(|label| label.id).collect();
    ids.sort();
    ids.dedup();
    if ids.len() != labels.labels.len() {
        return Err(RecordError::Malformed("two labels share an id".into()));
    }
    Ok(labels)
}

/// Encodes a chunk of `document`'s annotations.
pub fn encode_chunk(seq: u64, document: &Document, chunk: &Chunk) -> String {
    let a = chunk
        .iter()
        .filter_map(|(&index, annotation)| {
            let sentence = document.sentences().get(index)?;
            Some(StoredAnnotation {
                start: sentence.start,
                end: sentence.end,
                hash: sentence.hash.to_string(),
                quote: String::new(),
                annotation: annotation.clone(),
            })
        })
        .collect();
    encode(seq, AnnotationsBody { a })
}

/// Encodes a document's orphans.
pub fn encode_orphans(seq: u64, orphans: &[Orphan]) -> String {
    let a = orphans
        .iter()
        .map(|orphan| StoredAnnotation {
            start: orphan.start,
            end: orphan.end,
            hash: orphan.hash.clone(),
            quote: orphan.quote.clone(),
            annotation: orphan.annotation.clone(),
        })
        .collect();
    encode(seq, AnnotationsBody { a })
}

/// Reads the annotations of a chunk or orphan record.
pub fn decode_annotations(value: &str) -> Result<Vec<StoredAnnotation>, RecordError> {
    let envelope: Envelope<AnnotationsBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    Ok(envelope.body.a)
}
