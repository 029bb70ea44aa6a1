//! Writing the work: the records that differ between two versions of it,
//! records written elsewhere read as updates, and merges of two tabs' chunks.

use super::classroom::{decode_adjudication, encode_adjudication};
use super::keys::{
    base_key, chunk_key, key_kind, orphans_key, shelf_key, text_key, KeyKind, ADJUDICATION_KEY, EXERCISE_KEY,
    IMPORTED_KEY, LABELS_KEY, META_KEY,
};
use super::records::{
    decode_annotations, decode_labels, decode_shelved, encode_base, encode_chunk, encode_exercise, encode_imported,
    encode_labels, encode_meta, encode_orphans, encode_shelved, imported_entries,
};
use crate::model::anchor::{anchor, orphans_from, Orphan};
use crate::model::annotations::{Chunk, DocAnnotations, CHUNK_SIZE};
use crate::model::comparison::Adjudication;
use crate::model::labels::LabelSet;
use crate::model::prefs::Preferences;
use crate::model::work::{same_rc, Work};
use crate::text::document::{Document, DocumentId, DocumentSource};
use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;

/// Data that arrives from storage rather than from this tab's user: from
/// another tab, or from the journal at start-up. Not undoable.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredUpdate {
    /// A newer label set.
    Labels(LabelSet),
    /// A newer chunk of a document's annotations, already anchored.
    Chunk {
        /// The document.
        doc: DocumentId,
        /// The chunk index.
        chunk: usize,
        /// Its annotations.
        entries: Chunk,
    },
    /// A chunk as stored changed from `before` (what this tab last knew
    /// stored) to `after`: only the sentences that changed between them
    /// change here, as changes, so edits this tab has not stored yet stay.
    ChunkChange {
        /// The document.
        doc: DocumentId,
        /// The chunk index.
        chunk: usize,
        /// The chunk as this tab last knew it stored.
        before: Chunk,
        /// The chunk as stored now.
        after: Chunk,
    },
    /// The teacher's comparison, or its end (`None`).
    Adjudication(Option<Rc<Adjudication>>),
    /// A student's work set aside, or taken back (`None`).
    Shelf {
        /// `(exercise hash, student)`.
        key: (String, String),
        /// The submission kept.
        kept: Option<Rc<str>>,
    },
    /// A newer list of a document's orphans.
    Orphans {
        /// The document.
        doc: DocumentId,
        /// Its orphans.
        orphans: Vec<Orphan>,
    },
}

impl StoredUpdate {
    /// Whether it changes nothing (a merge that met no other tab's work).
    pub fn changes_nothing(&self) -> bool {
        matches!(self, StoredUpdate::ChunkChange { before, after, .. } if before == after)
    }
}

/// A record to write: `value` is `None` for a key to remove.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// The key.
    pub key: String,
    /// The record, or `None` to remove the key.
    pub value: Option<String>,
}

/// The meta record for `after`, unless it equals `before`.
pub fn meta_write(before: Option<&Preferences>, after: &Preferences, seq: u64) -> Option<Write> {
    (before != Some(after)).then(|| Write { key: META_KEY.into(), value: Some(encode_meta(seq, after)) })
}

/// The records of the work that differ between `before` and `after` (by
/// identity of the shared parts, so this costs the number of chunks, not
/// of sentences), stamped with `seq`. With `before` = `None`, every record
/// of `after`.
pub fn writes_between(before: Option<&Work>, after: &Work, seq: u64) -> Vec<Write> {
    work_writes(before, after, seq, true)
}

/// [`writes_between`] without the list of imported documents, which the
/// writer makes itself (with the documents still to be read back): a corpus
/// import encodes its list once, not twice.
pub fn writes_but_list(before: Option<&Work>, after: &Work, seq: u64) -> Vec<Write> {
    work_writes(before, after, seq, false)
}

fn work_writes(before: Option<&Work>, after: &Work, seq: u64, list: bool) -> Vec<Write> {
    let mut writes = Vec::new();
    if before.is_none_or(|before| !Rc::ptr_eq(before.labels(), after.labels())) {
        writes.push(Write { key: LABELS_KEY.into(), value: Some(encode_labels(seq, after.labels())) });
    }
    let exercise_changed = match (before.map(|before| before.exercise()), after.exercise()) {
        (None, current) => current.is_some(),
        (Some(Some(a)), Some(b)) => !Rc::ptr_eq(a, b),
        (Some(None), None) => false,
        _ => true,
    };
    if exercise_changed {
        let value = after.exercise().map(|exercise| encode_exercise(seq, exercise));
        writes.push(Write { key: EXERCISE_KEY.into(), value });
    }
    if before.is_none_or(|before| !same_rc(before.adjudication(), after.adjudication())) {
        let value = after.adjudication().map(|adjudication| encode_adjudication(seq, adjudication));
        if value.is_some() || before.is_some() {
            writes.push(Write { key: ADJUDICATION_KEY.into(), value });
        }
    }
    if before.is_none_or(|before| !Rc::ptr_eq(before.shelf(), after.shelf())) {
        let keys: BTreeSet<&(String, String)> =
            after.shelf().keys().chain(before.map(|before| before.shelf().keys()).into_iter().flatten()).collect();
        for key @ (hash, student) in keys {
            let new = after.shelf().get(key);
            if before.is_some_and(|before| before.shelf().get(key) == new) {
                continue;
            }
            let value = new.map(|kept| encode_shelved(seq, kept));
            writes.push(Write { key: shelf_key(hash, student), value });
        }
    }
    let documents_changed = before.is_none_or(|before| !Rc::ptr_eq(before.documents(), after.documents()));
    if documents_changed && list {
        let entries = imported_entries(after);
        if before.is_none_or(|before| imported_entries(before) != entries) {
            let value = (!entries.is_empty() || before.is_some()).then(|| encode_imported(seq, entries));
            if let Some(value) = value {
                writes.push(Write { key: IMPORTED_KEY.into(), value: Some(value) });
            }
        }
    }
    let empty = DocAnnotations::default();
    if let Some(before) = before.filter(|_| documents_changed) {
        let present: HashSet<&DocumentId> = after.documents().iter().map(|document| &document.id).collect();
        for gone in before.documents().iter().filter(|old| !present.contains(&old.id)) {
            let old = before.annotations_of(&gone.id).unwrap_or(&empty);
            for chunk in 0..old.chunk_count() {
                writes.push(Write { key: chunk_key(&gone.id, chunk), value: None });
            }
            if gone.source == DocumentSource::Imported {
                writes.push(Write { key: text_key(&gone.id), value: None });
            }
        }
    }
    writes.extend(annotation_writes(before, after, seq));
    if before.is_none_or(|before| !Rc::ptr_eq(before.orphans(), after.orphans())) {
        let docs: BTreeSet<&DocumentId> =
            after.orphans().keys().chain(before.map(|before| before.orphans().keys()).into_iter().flatten()).collect();
        for doc in docs {
            let new = after.orphans().get(doc);
            if before.is_some_and(|before| before.orphans().get(doc) == new) {
                continue;
            }
            let value = new.filter(|orphans| !orphans.is_empty()).map(|orphans| encode_orphans(seq, orphans));
            writes.push(Write { key: orphans_key(doc), value });
        }
    }
    writes
}

/// The annotation records (chunks, and the text of a bundled document as
/// first annotated) that differ between `before` and `after`, as
/// [`writes_between`] writes them.
pub fn annotation_writes(before: Option<&Work>, after: &Work, seq: u64) -> Vec<Write> {
    let mut writes = Vec::new();
    let empty = DocAnnotations::default();
    if before.is_none_or(|before| !Rc::ptr_eq(before.annotations(), after.annotations())) {
        for document in annotated_differently(before, after) {
            let new = after.annotations_of(&document.id).unwrap_or(&empty);
            let old = before.and_then(|before| before.annotations_of(&document.id)).unwrap_or(&empty);
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
    writes
}

/// The documents of `after` whose annotations are not those of `before`
/// (every annotated one when there is no `before`), in document order: the
/// two maps are walked side by side and compared by address, so a change
/// to one document costs a pass over pointers, not over sentences.
fn annotated_differently<'a>(before: Option<&Work>, after: &'a Work) -> Vec<&'a Rc<Document>> {
    let changed: Vec<&DocumentId> = match before {
        None => after.annotations().keys().collect(),
        Some(before) => {
            let (mut old, mut new) = (before.annotations().iter().peekable(), after.annotations().iter().peekable());
            let mut changed = Vec::new();
            loop {
                let order = match (old.peek(), new.peek()) {
                    (None, None) => break,
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (Some((a, _)), Some((b, _))) => a.cmp(b),
                };
                match (order, old.next_if(|_| order.is_le()), new.next_if(|_| order.is_ge())) {
                    (_, Some((_, x)), Some((_, y))) if Rc::ptr_eq(x, y) => {}
                    (_, _, Some((id, _))) | (_, Some((id, _)), None) => changed.push(id),
                    (_, None, None) => break,
                }
            }
            changed
        }
    };
    if changed.len() <= 16 {
        // A keypress changes one document: look for it, no map built.
        let mut found: Vec<(usize, &Rc<Document>)> = (changed.iter())
            .filter_map(|id| after.documents().iter().enumerate().find(|(_, document)| &document.id == *id))
            .collect();
        found.sort_by_key(|(at, _)| *at);
        return found.into_iter().map(|(_, document)| document).collect();
    }
    let changed: HashSet<&DocumentId> = changed.into_iter().collect();
    after.documents().iter().filter(|document| changed.contains(&document.id)).collect()
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
        KeyKind::Adjudication => match value {
            Some(value) => Some(StoredUpdate::Adjudication(Some(Rc::new(decode_adjudication(value).ok()?)))),
            None => Some(StoredUpdate::Adjudication(None)),
        },
        KeyKind::Shelf(hash, student) => {
            let kept = match value {
                Some(value) => Some(decode_shelved(value).ok()?),
                None => None,
            };
            Some(StoredUpdate::Shelf { key: (hash, student), kept })
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

/// Every record of `work` and `preferences`, stamped with `seq`.
pub fn all_records(work: &Work, preferences: &Preferences, seq: u64) -> Vec<Write> {
    meta_write(None, preferences, seq).into_iter().chain(writes_between(None, work, seq)).collect()
}

/// Everything in memory as storage records, keyed like storage, with the
/// texts of imported documents under `hamish/v1/text/<doc>`: a backup that
/// loses nothing, readable by hand.
pub fn backup_json(work: &Work, preferences: &Preferences) -> String {
    let mut records: std::collections::BTreeMap<String, serde_json::Value> = all_records(work, preferences, 0)
        .into_iter()
        .filter_map(|write| Some((write.key, serde_json::from_str(&write.value?).ok()?)))
        .collect();
    for document in work.documents().iter().filter(|document| document.source == DocumentSource::Imported) {
        records.insert(text_key(&document.id), serde_json::Value::String(document.text().to_string()));
    }
    serde_json::to_string_pretty(&records).unwrap_or_default()
}
