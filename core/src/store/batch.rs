//! What one transaction writes: records put or deleted as they are, and
//! chunks merged with what is stored ([`ChunkMerge`]), as the
//! [`super::Writer`] makes them; and a merged chunk as it committed.

use super::keys::EXERCISE_KEY;
use super::sync::{merge_stored, Merged};
use crate::model::annotations::Chunk;
use crate::model::labels::LabelSet;
use crate::text::document::{Document, DocumentId};
use std::rc::Rc;

/// A record to put (or, with `value` = `None`, to delete).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Its key.
    pub key: String,
    /// The record, `None` to delete the key.
    pub value: Option<String>,
}

/// A chunk to write as a change on top of what is stored.
#[derive(Clone, Debug)]
pub struct ChunkMerge {
    /// Its key.
    pub key: String,
    /// The document.
    pub document: Rc<Document>,
    /// The chunk index.
    pub chunk: usize,
    /// The chunk as this tab counts it stored.
    pub base: Chunk,
    /// The chunk as this tab has it now.
    pub after: Chunk,
    /// The label set, for the order of merged labels.
    pub labels: Rc<LabelSet>,
    /// The batch's `seq`.
    pub seq: u64,
}

impl ChunkMerge {
    /// This change put on top of the stored record `theirs`.
    pub fn merge(&self, theirs: Option<&str>) -> Merged {
        merge_stored(&self.document, self.chunk, theirs, &self.base, &self.after, &self.labels, self.seq)
    }
}

/// Everything one transaction writes.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    /// Which batch this is, for [`Writer::committed`] and [`Writer::failed`].
    pub id: u64,
    /// Records put or deleted as they are.
    pub records: Vec<Record>,
    /// Chunks merged with what is stored.
    pub merges: Vec<ChunkMerge>,
    /// Imported documents whose texts are to be kept.
    pub texts: Vec<Rc<Document>>,
    /// Imported documents whose texts are to be forgotten.
    pub forget: Vec<DocumentId>,
}

impl Batch {
    /// Whether it starts an exercise (worth asking the browser to keep).
    pub fn starts_exercise(&self) -> bool {
        self.records.iter().any(|record| record.key == EXERCISE_KEY && record.value.is_some())
    }

    /// Every record key the batch writes, for other tabs to read again.
    pub fn keys(&self) -> Vec<String> {
        self.records.iter().map(|record| record.key.clone()).chain(self.merges.iter().map(|m| m.key.clone())).collect()
    }

    /// Whether it writes nothing.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.merges.is_empty() && self.texts.is_empty() && self.forget.is_empty()
    }
}

/// A chunk merge as it committed: its key, document, chunk and result.
#[derive(Clone, Debug)]
pub struct Committed {
    /// The chunk's key.
    pub key: String,
    /// The document.
    pub doc: DocumentId,
    /// The chunk index.
    pub chunk: usize,
    /// What is stored now.
    pub merged: Merged,
}
