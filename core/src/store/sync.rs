//! Keeping tabs in step when they write at the same instant.
//!
//! Two tabs can each change a chunk before either has heard of the other's
//! write, and a write of the whole chunk would drop the other's labels. So a
//! tab writes a chunk as a change, not a snapshot: in one transaction it
//! reads the chunk as stored now and puts it back with its own change on
//! top ([`merge_stored`], three-way per label and per span). The stored
//! chunk therefore always holds every tab's work, and each record's `seq`
//! grows with every merge, so a tab takes in a stored chunk only when it is
//! newer than the one it holds ([`ChunkSync`]).

use super::records::{decode_annotations, encode_chunk, record_seq};
use super::writes::StoredUpdate;
use crate::model::anchor::anchor;
use crate::model::annotations::{rebase, Chunk, CHUNK_SIZE};
use crate::model::labels::LabelSet;
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId};
use std::collections::{BTreeSet, HashMap};

/// The chunk `chunk` of `document` held by a stored record (empty when
/// there is none or it cannot be read).
pub fn stored_chunk(document: &Document, chunk: usize, value: Option<&str>) -> Chunk {
    let stored = value.and_then(|value| decode_annotations(value).ok()).unwrap_or_default();
    let range = chunk * CHUNK_SIZE..(chunk + 1) * CHUNK_SIZE;
    anchor(document, stored).placed.into_iter().filter(|(index, _)| range.contains(index)).collect()
}

/// Chunk `chunk` of document `doc` in `work` (empty when it has none).
pub fn chunk_in(work: Option<&Work>, doc: &DocumentId, chunk: usize) -> Chunk {
    work.and_then(|work| work.annotations_of(doc))
        .and_then(|annotations| annotations.chunk(chunk))
        .map(|chunk| (**chunk).clone())
        .unwrap_or_default()
}

/// A chunk merged into what is stored: the chunk, its record and `seq`.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The chunk now stored.
    pub chunk: Chunk,
    /// Its record.
    pub value: String,
    /// The record's `seq`: above the stored one's, and at least `ours`.
    pub seq: u64,
}

/// This tab's change of chunk `chunk` of `document`, from `base` (the chunk
/// as this tab last knew it stored) to `after`, put on top of the stored
/// record `theirs` by [`merge_chunk`].
pub fn merge_stored(
    document: &Document,
    chunk: usize,
    theirs: Option<&str>,
    base: &Chunk,
    after: &Chunk,
    labels: &LabelSet,
    ours: u64,
) -> Merged {
    let stored = stored_chunk(document, chunk, theirs);
    let merged = merge_chunk(base, after, &stored, labels);
    let seq = ours.max(theirs.map_or(0, record_seq) + 1);
    Merged { value: encode_chunk(seq, document, &merged), chunk: merged, seq }
}

/// One tab's bookkeeping of its chunk writes to the journal: for each key,
/// the chunk it counts as stored (its own queued writes included), the
/// `seq` of the newest stored record it holds, and how many of its merges
/// are still queued.
#[derive(Clone, Debug, Default)]
pub struct ChunkSync {
    base: HashMap<String, Chunk>,
    held: HashMap<String, u64>,
    pending: HashMap<String, usize>,
}

impl ChunkSync {
    /// This tab is about to write `after` under `key`: the base of its
    /// change (the chunk it counts as stored, else `fallback`), or `None`
    /// when `after` is that already (nothing to write).
    pub fn queue(&mut self, key: &str, fallback: Chunk, after: &Chunk) -> Option<Chunk> {
        let base = self.base.get(key).cloned().unwrap_or(fallback);
        if base == *after {
            return None;
        }
        *self.pending.entry(key.to_string()).or_default() += 1;
        self.base.insert(key.to_string(), after.clone());
        Some(base)
    }

    /// The record `key` is deleted with its document (a student's copy
    /// leaving with her): what this tab counted stored there is gone, so a
    /// document coming back under the same key (she returns) is written
    /// whole, not as a change from chunks the store no longer holds.
    pub fn forget(&mut self, key: &str) {
        self.base.remove(key);
    }

    /// One of this tab's merges of `key` (chunk `chunk` of `doc`) ran: the
    /// update to take in, when no later write of this tab's is still queued
    /// (that one will bring it): what other tabs changed, as a change.
    /// `None` also means the merged chunk is older than this tab's latest
    /// save, so it must not be copied over that save in localStorage.
    pub fn committed(&mut self, key: &str, doc: &DocumentId, chunk: usize, merged: &Merged) -> Option<StoredUpdate> {
        let pending = self.pending.entry(key.to_string()).or_default();
        *pending = pending.saturating_sub(1);
        let held = self.held.entry(key.to_string()).or_default();
        *held = (*held).max(merged.seq);
        if *pending > 0 {
            return None;
        }
        let before = self.base.insert(key.to_string(), merged.chunk.clone()).unwrap_or_default();
        Some(StoredUpdate::ChunkChange { doc: doc.clone(), chunk, before, after: merged.chunk.clone() })
    }

    /// Another tab wrote `key`; `value` is its stored record, read now: the
    /// update to take in, if it is newer than what this tab holds and no
    /// write of this tab's is queued (its merge will bring the record in),
    /// as a change from what this tab last knew stored (`fallback` when it
    /// knows nothing yet: the chunk as it last saved it).
    pub fn read(
        &mut self,
        key: &str,
        document: &Document,
        chunk: usize,
        value: Option<&str>,
        fallback: Chunk,
    ) -> Option<StoredUpdate> {
        if self.pending.get(key).is_some_and(|pending| *pending > 0) {
            return None;
        }
        let held = self.held.get(key).copied().unwrap_or(0);
        let seq = value.map_or(0, record_seq);
        if seq <= held {
            return None;
        }
        self.held.insert(key.to_string(), seq);
        let after = stored_chunk(document, chunk, value);
        let before = self.base.insert(key.to_string(), after.clone()).unwrap_or(fallback);
        Some(StoredUpdate::ChunkChange { doc: document.id.clone(), chunk, before, after })
    }

    /// The chunk this tab counts as stored under `key`, if it knows one.
    pub fn base_of(&self, key: &str) -> Option<&Chunk> {
        self.base.get(key)
    }

    /// A queued write of `key` that failed (the store refused it): no
    /// longer waited for, and what this tab counts as stored is `base`
    /// again, the value before the write was queued (`None`: unknown).
    pub fn abandon(&mut self, key: &str, base: Option<Chunk>) {
        if let Some(pending) = self.pending.get_mut(key) {
            *pending = pending.saturating_sub(1);
        }
        match base {
            Some(base) => self.base.insert(key.to_string(), base),
            None => self.base.remove(key),
        };
    }
}

/// Merges a chunk written elsewhere (`theirs`: another tab, another
/// device) with this side's change from `ours_before` to `ours_after`:
/// every sentence this side changed gets the change on top of theirs (see
/// [`rebase`]: per label, per span), every other sentence stays as theirs.
/// Neither side's work is lost.
pub fn merge_chunk(ours_before: &Chunk, ours_after: &Chunk, theirs: &Chunk, labels: &LabelSet) -> Chunk {
    let mut merged = theirs.clone();
    let indexes: BTreeSet<usize> = ours_before.keys().chain(ours_after.keys()).copied().collect();
    for index in indexes {
        let (before, after) = (ours_before.get(&index), ours_after.get(&index));
        if before != after {
            match rebase(theirs.get(&index), before, after, labels) {
                Some(annotation) => merged.insert(index, annotation),
                None => merged.remove(&index),
            };
        }
    }
    merged
}
