//! The stored form of the work: keys, records, migration, anchoring.
//!
//! Every record is a JSON object `{"v": version, "seq": n, ...}` under a
//! namespaced key:
//!
//! | key | record |
//! |---|---|
//! | `hamish/v1/meta` | schema version, language, open document |
//! | `hamish/v1/labels` | the label set |
//! | `hamish/v1/doc/<doc>/<chunk>` | annotations of sentences `chunk*256 ..` |
//! | `hamish/v1/orphans/<doc>` | annotations whose sentence was lost |
//! | `hamish/v1/base/<doc>` | a bundled text as it was when annotated |
//! | `hamish/v1/imported` | imported documents: ids and titles |
//! | `hamish/v1/exercise` | the exercise being done (student mode) |
//! | `hamish/v1/text/<doc>` | an imported text, where IndexedDB is unavailable |
//! | `hamish/v1/quarantine/<key>` | unreadable data set aside, untouched |
//!
//! An annotation is stored as `[start, end, "hash", [label ids], "note",
//! "quote"]`: code-point offsets, the sentence's hash and the beginning of
//! its text, so that it can be found again if the text changes.
//! `seq` orders writes: start-up takes the newer of localStorage and the
//! journal, key by key.

use super::annotations::{Chunk, DocAnnotations, SentenceAnnotation, CHUNK_SIZE};
use super::document::{Document, DocumentId, DocumentSource};
use super::exercise::{exercise_json, read_exercise, Exercise};
use super::labels::{LabelId, LabelSet};
use super::prefs::Preferences;
use super::state::{Orphan, Saved, State, StoredUpdate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use thiserror::Error;

/// Prefix of every key the app writes.
pub const PREFIX: &str = "hamish/v1/";
/// Key of the meta record.
pub const META_KEY: &str = "hamish/v1/meta";
/// Key of the label set.
pub const LABELS_KEY: &str = "hamish/v1/labels";
/// Prefix of annotation chunks.
pub const DOC_PREFIX: &str = "hamish/v1/doc/";
/// Prefix of orphan lists.
pub const ORPHANS_PREFIX: &str = "hamish/v1/orphans/";
/// Key of the exercise being done (student mode).
pub const EXERCISE_KEY: &str = "hamish/v1/exercise";
/// Prefix of the text a bundled document had when its annotations were
/// stored: the quotes of orphans come from it if the text changes.
pub const BASE_PREFIX: &str = "hamish/v1/base/";
/// Key of the list of imported documents (their texts are kept in
/// IndexedDB, or under [`TEXT_PREFIX`] where IndexedDB is unavailable).
pub const IMPORTED_KEY: &str = "hamish/v1/imported";
/// Prefix of imported document texts kept in localStorage.
pub const TEXT_PREFIX: &str = "hamish/v1/text/";
/// Prefix of quarantined values.
pub const QUARANTINE_PREFIX: &str = "hamish/v1/quarantine/";
/// Version of the stored records this app writes.
pub const SCHEMA_VERSION: u32 = 2;
/// Code points of sentence text kept with each annotation.
pub const QUOTE_CHARS: usize = 12;

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

/// What a key holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// The meta record.
    Meta,
    /// The label set.
    Labels,
    /// A chunk of a document's annotations.
    Chunk(DocumentId, usize),
    /// A document's orphans.
    Orphans(DocumentId),
    /// The text a bundled document had when annotated.
    Base(DocumentId),
    /// The list of imported documents.
    Imported,
    /// The exercise being done.
    Exercise,
    /// The text of an imported document.
    Text(DocumentId),
    /// Quarantined data.
    Quarantine,
    /// Not ours to read (another app, or a later version).
    Foreign,
}

/// What `key` holds.
pub fn key_kind(key: &str) -> KeyKind {
    if key == META_KEY {
        KeyKind::Meta
    } else if key == LABELS_KEY {
        KeyKind::Labels
    } else if key == IMPORTED_KEY {
        KeyKind::Imported
    } else if key == EXERCISE_KEY {
        KeyKind::Exercise
    } else if let Some(doc) = key.strip_prefix(BASE_PREFIX) {
        KeyKind::Base(DocumentId(doc.to_string()))
    } else if let Some(doc) = key.strip_prefix(TEXT_PREFIX) {
        KeyKind::Text(DocumentId(doc.to_string()))
    } else if key.starts_with(QUARANTINE_PREFIX) {
        KeyKind::Quarantine
    } else if let Some(rest) = key.strip_prefix(DOC_PREFIX) {
        match rest.rsplit_once('/').map(|(doc, chunk)| (doc, chunk.parse::<usize>())) {
            Some((doc, Ok(chunk))) if !doc.is_empty() => KeyKind::Chunk(DocumentId(doc.to_string()), chunk),
            _ => KeyKind::Foreign,
        }
    } else if let Some(doc) = key.strip_prefix(ORPHANS_PREFIX) {
        KeyKind::Orphans(DocumentId(doc.to_string()))
    } else {
        KeyKind::Foreign
    }
}

/// Key of chunk `chunk` of document `doc`.
pub fn chunk_key(doc: &DocumentId, chunk: usize) -> String {
    format!("{DOC_PREFIX}{doc}/{chunk}")
}

/// Key of the orphans of document `doc`.
pub fn orphans_key(doc: &DocumentId) -> String {
    format!("{ORPHANS_PREFIX}{doc}")
}

/// Key under which an unreadable value of `key` is set aside.
pub fn quarantine_key(key: &str) -> String {
    format!("{QUARANTINE_PREFIX}{key}")
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    v: u32,
    #[serde(default)]
    seq: u64,
    #[serde(flatten)]
    body: T,
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

/// An imported document as listed in [`IMPORTED_KEY`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedEntry {
    /// Its id.
    pub id: DocumentId,
    /// Its title.
    pub title: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct ImportedBody {
    documents: Vec<ImportedEntry>,
}

/// The imported documents of `state`, as listed in storage.
pub fn imported_entries(state: &State) -> Vec<ImportedEntry> {
    state
        .documents
        .iter()
        .filter(|document| document.source == DocumentSource::Imported)
        .map(|document| ImportedEntry { id: document.id.clone(), title: document.title.clone() })
        .collect()
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
}

fn encode_exercise(seq: u64, exercise: &Exercise) -> String {
    let value = serde_json::from_str(&exercise_json(exercise)).unwrap_or(serde_json::Value::Null);
    encode(seq, ExerciseBody { exercise: value })
}

/// Reads the stored exercise.
pub fn decode_exercise(value: &str) -> Result<Exercise, String> {
    let envelope: Envelope<ExerciseBody> = serde_json::from_str(value).map_err(|error| error.to_string())?;
    check_version(envelope.v, SCHEMA_VERSION).map_err(|error| error.to_string())?;
    read_exercise(&envelope.body.exercise.to_string()).map_err(|error| format!("{error:?}"))
}

/// Key of the base text of document `doc`.
pub fn base_key(doc: &DocumentId) -> String {
    format!("{BASE_PREFIX}{doc}")
}

fn encode_base(seq: u64, document: &Document) -> String {
    encode(seq, BaseBody { text: document.text().to_string() })
}

/// Reads a base text record.
pub fn decode_base(value: &str) -> Result<String, RecordError> {
    let envelope: Envelope<BaseBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    Ok(envelope.body.text)
}

/// Fills the missing quotes of `stored` from `base`, the text they were
/// made on.
fn fill_quotes(stored: &mut [StoredAnnotation], base: &str) {
    let chars: Vec<char> = base.chars().collect();
    for StoredAnnotation(start, end, _, _, _, quote) in stored.iter_mut() {
        if quote.is_empty() && *start < *end && *end <= chars.len() {
            *quote = chars[*start..(*end).min(*start + QUOTE_CHARS)].iter().collect();
        }
    }
}

/// The key under which an imported text is kept in localStorage.
pub fn text_key(doc: &DocumentId) -> String {
    format!("{TEXT_PREFIX}{doc}")
}

/// One stored annotation: `[start, end, hash, labels, note, quote]`, stored
/// as a JSON array whose trailing empty note and quote are left out, so a
/// labeled sentence costs about 30 bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredAnnotation(pub usize, pub usize, pub String, pub Vec<LabelId>, pub String, pub String);

impl Serialize for StoredAnnotation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let StoredAnnotation(start, end, hash, labels, note, quote) = self;
        let length = if !quote.is_empty() {
            6
        } else if !note.is_empty() {
            5
        } else {
            4
        };
        let mut seq = serializer.serialize_seq(Some(length))?;
        seq.serialize_element(start)?;
        seq.serialize_element(end)?;
        seq.serialize_element(hash)?;
        seq.serialize_element(labels)?;
        if length > 4 {
            seq.serialize_element(note)?;
        }
        if length > 5 {
            seq.serialize_element(quote)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for StoredAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// Reads `[start, end, hash, labels]` with an optional note and quote.
        struct Fields;

        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = StoredAnnotation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("[start, end, hash, labels, note?, quote?]")
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<StoredAnnotation, A::Error> {
                use serde::de::Error;
                let missing = |index: usize| A::Error::invalid_length(index, &self);
                let start = seq.next_element()?.ok_or_else(|| missing(0))?;
                let end = seq.next_element()?.ok_or_else(|| missing(1))?;
                let hash = seq.next_element()?.ok_or_else(|| missing(2))?;
                let labels = seq.next_element()?.ok_or_else(|| missing(3))?;
                let note = seq.next_element()?.unwrap_or_default();
                let quote = seq.next_element()?.unwrap_or_default();
                if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(A::Error::invalid_length(7, &self));
                }
                Ok(StoredAnnotation(start, end, hash, labels, note, quote))
            }
        }

        deserializer.deserialize_seq(Fields)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct AnnotationsBody {
    a: Vec<StoredAnnotation>,
}

fn malformed(error: serde_json::Error) -> RecordError {
    RecordError::Malformed(error.to_string())
}

fn check_version(v: u32, current: u32) -> Result<(), RecordError> {
    if v > current {
        Err(RecordError::TooNew(v))
    } else {
        Ok(())
    }
}

fn encode<T: Serialize>(seq: u64, body: T) -> String {
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
            Some(StoredAnnotation(
                sentence.start,
                sentence.end,
                sentence.hash.clone(),
                annotation.labels.clone(),
                annotation.note.clone(),
                String::new(),
            ))
        })
        .collect();
    encode(seq, AnnotationsBody { a })
}

/// Encodes a document's orphans.
pub fn encode_orphans(seq: u64, orphans: &[Orphan]) -> String {
    let a = orphans
        .iter()
        .map(|orphan| {
            StoredAnnotation(
                orphan.start,
                orphan.end,
                orphan.hash.clone(),
                orphan.annotation.labels.clone(),
                orphan.annotation.note.clone(),
                orphan.quote.clone(),
            )
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

/// Annotations placed on `document`'s sentences, and those that found no
/// sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Anchored {
    /// Sentence index → annotation.
    pub placed: BTreeMap<usize, SentenceAnnotation>,
    /// Annotations whose sentence is gone.
    pub orphans: Vec<Orphan>,
}

/// Finds the sentence of each stored annotation in `document`: at the same
/// offsets with the same hash, or else the sentence with that hash nearest
/// to the old offset. An annotation with no such sentence, or whose
/// sentence already took another annotation, becomes an orphan.
pub fn anchor(document: &Document, stored: Vec<StoredAnnotation>) -> Anchored {
    let sentences = document.sentences();
    let mut by_hash: Option<HashMap<&str, Vec<usize>>> = None;
    let mut anchored = Anchored::default();
    for StoredAnnotation(start, end, hash, labels, note, quote) in stored {
        let annotation = SentenceAnnotation { labels, note };
        if annotation.is_empty() {
            continue;
        }
        let exact = sentences
            .binary_search_by_key(&start, |sentence| sentence.start)
            .ok()
            .filter(|&index| sentences[index].end == end && sentences[index].hash == hash);
        let found = exact.or_else(|| {
            let by_hash = by_hash.get_or_insert_with(|| {
                let mut map: HashMap<&str, Vec<usize>> = HashMap::new();
                for (index, sentence) in sentences.iter().enumerate() {
                    map.entry(sentence.hash.as_str()).or_default().push(index);
                }
                map
            });
            by_hash
                .get(hash.as_str())?
                .iter()
                .copied()
                .filter(|index| !anchored.placed.contains_key(index))
                .min_by_key(|&index| sentences[index].start.abs_diff(start))
        });
        match found {
            Some(index) if !anchored.placed.contains_key(&index) => {
                anchored.placed.insert(index, annotation);
            }
            _ => anchored.orphans.push(Orphan { doc: document.id.clone(), start, end, hash, quote, annotation }),
        }
    }
    anchored
}

fn orphans_from(doc: &DocumentId, stored: Vec<StoredAnnotation>) -> Vec<Orphan> {
    stored
        .into_iter()
        .map(|StoredAnnotation(start, end, hash, labels, note, quote)| Orphan {
            doc: doc.clone(),
            start,
            end,
            hash,
            quote,
            annotation: SentenceAnnotation { labels, note },
        })
        .collect()
}

/// Every readable stored annotation of document `doc` among `entries`.
pub fn stored_annotations_of(entries: &[(String, String)], doc: &DocumentId) -> Vec<StoredAnnotation> {
    entries
        .iter()
        .filter(|(key, _)| matches!(key_kind(key), KeyKind::Chunk(ref of, _) if of == doc))
        .filter_map(|(_, value)| decode_annotations(value).ok())
        .flatten()
        .collect()
}

/// A stored value that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Its key.
    pub key: String,
    /// Its value, untouched.
    pub value: String,
    /// Why it could not be read.
    pub reason: String,
}

/// The work read from storage, and what could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The restored work.
    pub saved: Saved,
    /// Values that could not be read (to set aside and report).
    pub unreadable: Vec<Unreadable>,
    /// Values already set aside by an earlier start: `(key, value)`.
    pub quarantined: Vec<(String, String)>,
    /// Whether anchoring moved or orphaned anything (the chunks should be
    /// written again in their new places).
    pub reanchored: bool,
    /// The highest `seq` seen.
    pub max_seq: u64,
    /// Imported documents listed in storage (those whose text is in
    /// IndexedDB are loaded after start-up, with their annotations).
    pub imported: Vec<ImportedEntry>,
}

/// Reads every `(key, value)` pair of storage into the work over `documents`.
pub fn load(documents: &[Document], entries: &[(String, String)]) -> Loaded {
    let mut loaded = Loaded::default();
    let mut stored_by_doc: BTreeMap<DocumentId, Vec<StoredAnnotation>> = BTreeMap::new();
    let mut bases: BTreeMap<DocumentId, String> = BTreeMap::new();
    let mut chunks_by_doc: BTreeMap<DocumentId, Vec<(usize, usize)>> = BTreeMap::new();
    for (key, value) in entries {
        if !key.starts_with(PREFIX) {
            continue;
        }
        loaded.max_seq = loaded.max_seq.max(record_seq(value));
        let mut unreadable = |reason: String| {
            loaded.unreadable.push(Unreadable { key: key.clone(), value: value.clone(), reason });
        };
        match key_kind(key) {
            KeyKind::Meta => match decode_meta(value) {
                Ok(preferences) => loaded.saved.preferences = preferences,
                Err(error) => unreadable(error.to_string()),
            },
            KeyKind::Labels => match decode_labels(value) {
                Ok(labels) => loaded.saved.labels = Some(labels),
                Err(error) => unreadable(error.to_string()),
            },
            KeyKind::Chunk(doc, chunk) => match decode_annotations(value) {
                Ok(stored) => {
                    chunks_by_doc.entry(doc.clone()).or_default().push((chunk, stored.len()));
                    stored_by_doc.entry(doc).or_default().extend(stored);
                }
                Err(error) => unreadable(error.to_string()),
            },
            KeyKind::Orphans(doc) => match decode_annotations(value) {
                Ok(stored) => {
                    let orphans = orphans_from(&doc, stored);
                    loaded.saved.orphans.entry(doc).or_default().extend(orphans);
                }
                Err(error) => unreadable(error.to_string()),
            },
            KeyKind::Base(doc) => match decode_base(value) {
                Ok(text) => {
                    bases.insert(doc, text);
                }
                Err(error) => unreadable(error.to_string()),
            },
            KeyKind::Exercise => match decode_exercise(value) {
                Ok(exercise) => loaded.saved.exercise = Some(exercise),
                Err(error) => unreadable(error),
            },
            KeyKind::Imported => match decode_imported(value) {
                Ok(imported) => loaded.imported = imported,
                Err(error) => unreadable(error.to_string()),
            },
            KeyKind::Quarantine => loaded.quarantined.push((key.clone(), value.clone())),
            KeyKind::Text(_) | KeyKind::Foreign => {}
        }
    }
    for (doc, mut stored) in stored_by_doc {
        if let Some(base) = bases.get(&doc) {
            fill_quotes(&mut stored, base);
        }
        let Some(document) = documents.iter().find(|document| document.id == doc) else {
            if loaded.imported.iter().any(|entry| entry.id == doc) {
                // An imported document read back later: its records stay as they are.
                continue;
            }
            // Annotations of a document this app does not have: keep them, as orphans.
            let orphans = orphans_from(&doc, stored);
            if !orphans.is_empty() {
                loaded.saved.orphans.entry(doc).or_default().extend(orphans);
                loaded.reanchored = true;
            }
            continue;
        };
        if document.source == DocumentSource::Bundled && bases.get(&doc).is_none_or(|base| base != document.text()) {
            // No base text yet, or the text changed: write the records afresh.
            loaded.reanchored = true;
        }
        let anchored = anchor(document, stored);
        let mut annotations = DocAnnotations::default();
        for (index, annotation) in anchored.placed {
            annotations.set(index, Some(annotation));
        }
        let expected: Vec<(usize, usize)> = (0..annotations.chunk_count())
            .filter_map(|chunk| annotations.chunk(chunk).filter(|c| !c.is_empty()).map(|c| (chunk, c.len())))
            .collect();
        let mut found = chunks_by_doc.remove(&doc).unwrap_or_default();
        found.retain(|(_, len)| *len > 0);
        found.sort();
        if found != expected || !anchored.orphans.is_empty() {
            loaded.reanchored = true;
        }
        if !anchored.orphans.is_empty() {
            loaded.saved.orphans.entry(doc.clone()).or_default().extend(anchored.orphans);
        }
        if !annotations.is_empty() {
            loaded.saved.annotations.insert(doc, annotations);
        }
    }
    // An orphan read both from its old chunk and from the orphan list is one orphan.
    for orphans in loaded.saved.orphans.values_mut() {
        let mut seen = std::collections::HashSet::new();
        orphans.retain(|orphan| {
            let annotation = &orphan.annotation;
            seen.insert((
                orphan.start,
                orphan.end,
                orphan.hash.clone(),
                annotation.labels.clone(),
                annotation.note.clone(),
            ))
        });
    }
    loaded
}

/// A record to write: `value` is `None` for a key to remove.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// The key.
    pub key: String,
    /// The record, or `None` to remove the key.
    pub value: Option<String>,
}

/// The records that differ between `before` and `after` (by identity of the
/// shared parts, so this costs the number of chunks, not of sentences),
/// stamped with `seq`. With `before` = `None`, every record of `after`.
pub fn writes_between(before: Option<&State>, after: &State, seq: u64) -> Vec<Write> {
    let mut writes = Vec::new();
    if before.is_none_or(|before| before.preferences() != after.preferences()) {
        writes.push(Write { key: META_KEY.into(), value: Some(encode_meta(seq, &after.preferences())) });
    }
    if before.is_none_or(|before| !Rc::ptr_eq(&before.labels, &after.labels)) {
        writes.push(Write { key: LABELS_KEY.into(), value: Some(encode_labels(seq, &after.labels)) });
    }
    let exercise_changed = match (before.map(|before| &before.exercise), &after.exercise) {
        (None, current) => current.is_some(),
        (Some(Some(a)), Some(b)) => !Rc::ptr_eq(a, b),
        (Some(None), None) => false,
        _ => true,
    };
    if exercise_changed {
        let value = after.exercise.as_ref().map(|exercise| encode_exercise(seq, exercise));
        writes.push(Write { key: EXERCISE_KEY.into(), value });
    }
    let documents_changed = before.is_none_or(|before| !Rc::ptr_eq(&before.documents, &after.documents));
    if documents_changed {
        let entries = imported_entries(after);
        if before.is_none_or(|before| imported_entries(before) != entries) {
            let value =
                (!entries.is_empty() || before.is_some()).then(|| encode(seq, ImportedBody { documents: entries }));
            if let Some(value) = value {
                writes.push(Write { key: IMPORTED_KEY.into(), value: Some(value) });
            }
        }
    }
    let empty = DocAnnotations::default();
    if let Some(before) = before.filter(|_| documents_changed) {
        for gone in before.documents.iter().filter(|old| !after.documents.iter().any(|new| new.id == old.id)) {
            let old = before.annotations.get(&gone.id).unwrap_or(&empty);
            for chunk in 0..old.chunk_count() {
                writes.push(Write { key: chunk_key(&gone.id, chunk), value: None });
            }
            if gone.source == DocumentSource::Imported {
                writes.push(Write { key: text_key(&gone.id), value: None });
            }
        }
    }
    if before.is_none_or(|before| !Rc::ptr_eq(&before.annotations, &after.annotations)) {
        for document in after.documents.iter() {
            let new = after.annotations.get(&document.id).unwrap_or(&empty);
            let old = before.and_then(|before| before.annotations.get(&document.id)).unwrap_or(&empty);
            let first_annotation = new.iter().next().is_some() && (before.is_none() || old.iter().next().is_none());
            if first_annotation && document.source == DocumentSource::Bundled {
                writes.push(Write { key: base_key(&document.id), value: Some(encode_base(seq, document)) });
            }
            for chunk in 0..new.chunk_count().max(old.chunk_count()) {
                let (old_chunk, new_chunk) = (old.chunk(chunk), new.chunk(chunk));
                let same = match (old_chunk, new_chunk) {
                    (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                    (None, None) => true,
                    _ => false,
                };
                if same && before.is_some() {
                    continue;
                }
                let key = chunk_key(&document.id, chunk);
                let value = new_chunk.filter(|chunk| !chunk.is_empty()).map(|chunk| encode_chunk(seq, document, chunk));
                if value.is_some() || before.is_some() {
                    writes.push(Write { key, value });
                }
            }
        }
    }
    if before.is_none_or(|before| !Rc::ptr_eq(&before.orphans, &after.orphans)) {
        let docs: std::collections::BTreeSet<&DocumentId> =
            after.orphans.keys().chain(before.map(|before| before.orphans.keys()).into_iter().flatten()).collect();
        for doc in docs {
            let new = after.orphans.get(doc);
            if before.is_some_and(|before| before.orphans.get(doc) == new) {
                continue;
            }
            let value = new.filter(|orphans| !orphans.is_empty()).map(|orphans| encode_orphans(seq, orphans));
            writes.push(Write { key: orphans_key(doc), value });
        }
    }
    writes
}

/// The update that a record written elsewhere (another tab, or the journal)
/// brings to this app, or `None` when it brings nothing readable.
pub fn stored_update(documents: &[Rc<Document>], key: &str, value: Option<&str>) -> Option<StoredUpdate> {
    match key_kind(key) {
        KeyKind::Labels => decode_labels(value?).ok().map(StoredUpdate::Labels),
        KeyKind::Chunk(doc, chunk) => {
            let document = documents.iter().find(|document| document.id == doc)?;
            let stored = match value {
                Some(value) => decode_annotations(value).ok()?,
                None => Vec::new(),
            };
            let range = chunk * CHUNK_SIZE..(chunk + 1) * CHUNK_SIZE;
            let entries =
                anchor(document, stored).placed.into_iter().filter(|(index, _)| range.contains(index)).collect();
            Some(StoredUpdate::Chunk { doc, chunk, entries })
        }
        KeyKind::Orphans(doc) => {
            let stored = match value {
                Some(value) => decode_annotations(value).ok()?,
                None => Vec::new(),
            };
            let orphans = orphans_from(&doc, stored);
            Some(StoredUpdate::Orphans { doc, orphans })
        }
        _ => None,
    }
}

/// Merges a chunk written by another tab (`theirs`) with this tab's change
/// from `ours_before` to `ours_after`: their chunk, with every sentence this
/// tab changed set as this tab set it. Neither side's work is lost.
pub fn merge_chunk(ours_before: &Chunk, ours_after: &Chunk, theirs: &Chunk) -> Chunk {
    let mut merged = theirs.clone();
    let indexes: std::collections::BTreeSet<usize> = ours_before.keys().chain(ours_after.keys()).copied().collect();
    for index in indexes {
        let (before, after) = (ours_before.get(&index), ours_after.get(&index));
        if before != after {
            match after {
                Some(annotation) => merged.insert(index, annotation.clone()),
                None => merged.remove(&index),
            };
        }
    }
    merged
}
