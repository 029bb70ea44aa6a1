//! Reading the work back from storage: every record decoded, annotations
//! anchored to their sentences, what cannot be read set aside.

use super::classroom::decode_adjudication;
use super::keys::{key_kind, KeyKind, PREFIX};
use super::records::{
    decode_annotations, decode_base, decode_exercise, decode_imported, decode_labels, decode_meta, decode_shelved,
    record_seq, ImportedEntry,
};
use crate::model::anchor::{anchor, orphans_from, Orphan, StoredAnnotation, QUOTE_CHARS};
use crate::model::annotations::DocAnnotations;
use crate::model::comparison::Adjudication;
use crate::model::exercise::Attempt;
use crate::model::labels::LabelSet;
use crate::model::prefs::Preferences;
use crate::model::work::Shelf;
use crate::text::document::{Document, DocumentId, DocumentSource};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The work restored at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    /// Language and open document.
    pub preferences: Preferences,
    /// The label set, if one was stored.
    pub labels: Option<LabelSet>,
    /// Annotations by document.
    pub annotations: BTreeMap<DocumentId, std::rc::Rc<DocAnnotations>>,
    /// Orphans by document.
    pub orphans: BTreeMap<DocumentId, Vec<Orphan>>,
    /// The attempt under way, if any.
    pub exercise: Option<Attempt>,
    /// Students' work set aside.
    pub shelf: Shelf,
    /// The teacher's comparison, if one is under way.
    pub adjudication: Option<Adjudication>,
}

/// Fills the missing quotes of `stored` from `base`, the text they were
/// made on.
fn fill_quotes(stored: &mut [StoredAnnotation], base: &str) {
    let chars: Vec<char> = base.chars().collect();
    for StoredAnnotation { start, end, quote, .. } in stored.iter_mut() {
        if quote.is_empty() && *start < *end && *end <= chars.len() {
            *quote = chars[*start..(*end).min(*start + QUOTE_CHARS)].iter().collect();
        }
    }
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

/// The stored annotations of every document, read in one pass over the
/// entries (so reading back thousands of documents stays linear).
pub fn stored_annotations_by_document(entries: &[(String, String)]) -> HashMap<DocumentId, Vec<StoredAnnotation>> {
    let mut by_document: HashMap<DocumentId, Vec<StoredAnnotation>> = HashMap::new();
    for (key, value) in entries {
        if let KeyKind::Chunk(doc, _) = key_kind(key) {
            if let Ok(annotations) = decode_annotations(value) {
                by_document.entry(doc).or_default().extend(annotations);
            }
        }
    }
    by_document
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
                Ok(attempt) => loaded.saved.exercise = attempt,
                Err(error) => unreadable(error),
            },
            KeyKind::Adjudication => match decode_adjudication(value) {
                Ok(adjudication) => loaded.saved.adjudication = Some(adjudication),
                Err(error) => unreadable(error.to_string()),
            },
            KeyKind::Shelf(hash, student) => match decode_shelved(value) {
                Ok(kept) => {
                    loaded.saved.shelf.insert((hash, student), kept);
                }
                Err(error) => unreadable(error.to_string()),
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
            loaded.saved.annotations.insert(doc, std::rc::Rc::new(annotations));
        }
    }
    // An orphan read both from its old chunk and from the orphan list is one orphan.
    for orphans in loaded.saved.orphans.values_mut() {
        let mut seen = HashSet::new();
        orphans.retain(|orphan| {
            let annotation = &orphan.annotation;
            seen.insert((
                orphan.start,
                orphan.end,
                orphan.hash.clone(),
                annotation.labels.clone(),
                annotation.note.clone(),
                annotation.suggested,
            ))
        });
    }
    loaded
}

/// After anchoring moved or orphaned annotations at start-up, every record
/// of `work` is written afresh: the chunk and orphan keys among `entries`
/// that it no longer writes, to delete with them. Those of imported
/// documents still to be read back (`listed` but not in `work`) stay.
pub fn stale_keys(
    entries: &[(String, String)],
    work: &crate::model::work::Work,
    listed: &[ImportedEntry],
) -> Vec<String> {
    let current: HashSet<String> =
        super::writes::writes_between(None, work, 0).into_iter().map(|write| write.key).collect();
    let awaited: HashSet<&DocumentId> =
        listed.iter().map(|entry| &entry.id).filter(|id| work.position(id).is_none()).collect();
    entries
        .iter()
        .filter(|(key, _)| match key_kind(key) {
            KeyKind::Chunk(doc, _) | KeyKind::Orphans(doc) => !awaited.contains(&doc) && !current.contains(key),
            _ => false,
        })
        .map(|(key, _)| key.clone())
        .collect()
}
