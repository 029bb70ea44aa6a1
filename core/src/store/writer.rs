//! What this tab writes to the store, and when: one batch at a time, each
//! the difference between what the store holds (as far as this tab knows)
//! and the work now, written in one transaction.
//!
//! Nothing a batch carries counts as stored until its transaction has
//! committed ([`Writer::committed`]); if it fails ([`Writer::failed`]: the
//! quota, a closed database), what the store holds is unchanged, the work
//! stays in memory, and the next batch carries the failed writes again. A
//! batch asked for while one is on its way waits for it, so batches commit
//! in order and a failure never leaves a later batch built on a write that
//! did not happen.
//!
//! Chunks go in as changes merged with what is stored ([`ChunkMerge`]), so
//! tabs writing at the same instant lose nothing (see [`super::sync`]).

use super::batch::{Batch, ChunkMerge, Committed, Record};
use super::keys::{key_kind, KeyKind, IMPORTED_KEY};
use super::records::{decode_imported, encode_imported, imported_entries, record_seq, ImportedEntry};
use super::sync::{chunk_in, ChunkSync};
use super::writes::{annotation_writes, stored_update, writes_but_list, StoredUpdate, Write};
use crate::model::annotations::Chunk;
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId, DocumentSource};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The batch on its way.
#[derive(Debug)]
struct InFlight {
    id: u64,
    /// The work it takes the store to.
    work: Work,
    /// The list of imported documents it writes, if it writes one.
    listed: Option<Vec<ImportedEntry>>,
    /// Each merged chunk's key, with what this tab counted stored before.
    bases: Vec<(String, Option<Chunk>)>,
    /// Records it writes, as remembered in `seen`.
    seen: Vec<(String, Option<String>)>,
    /// Stale keys it deletes.
    stale: Vec<String>,
}

/// The documents of a work by id: a map when many are written at once,
/// else a look along the list.
enum DocumentIndex<'a> {
    Few(&'a Work),
    Many(HashMap<&'a DocumentId, &'a Rc<Document>>),
}

impl<'a> DocumentIndex<'a> {
    fn new(work: &'a Work, writes: &[super::writes::Write]) -> Self {
        if writes.len() < 16 {
            return DocumentIndex::Few(work);
        }
        DocumentIndex::Many(work.documents().iter().map(|document| (&document.id, document)).collect())
    }

    fn get(&self, id: &DocumentId) -> Option<&'a Rc<Document>> {
        match self {
            DocumentIndex::Few(work) => work.document(id),
            DocumentIndex::Many(map) => map.get(id).copied(),
        }
    }
}

/// The records that take the store from one work to another (see
/// [`writes_between`]).
pub type RecordsBetween = fn(Option<&Work>, &Work, u64) -> Vec<Write>;

/// The writer of one tab.
#[derive(Debug)]
pub struct Writer {
    /// Which records it writes: every kind, or (the first view's writer)
    /// only annotations, so the first program carries no other encoder.
    records: RecordsBetween,
    /// The work as stored, as far as this tab knows (`None`: nothing known,
    /// so the next batch writes every record).
    pub(super) stored: Option<Work>,
    in_flight: Option<InFlight>,
    next_id: u64,
    seq: u64,
    chunks: ChunkSync,
    /// The list of imported documents as stored.
    listed: Vec<ImportedEntry>,
    /// Imported documents listed in the store and not yet read back: kept
    /// in the list meanwhile.
    expected: Vec<ImportedEntry>,
    /// Documents read back from the store: their texts are kept already.
    kept_texts: HashSet<DocumentId>,
    /// Each record's body as last known stored (its `seq` taken out), so
    /// that one written again unchanged (an update from another tab,
    /// echoed) is not written.
    seen: HashMap<String, Option<String>>,
    /// Keys to delete with the next batch (records of what no longer is).
    stale: Vec<String>,
}

/// A record's text without its `seq`, to compare two records' content.
fn body(value: &str) -> String {
    let seq = record_seq(value).to_string();
    value.replacen(&format!("\"seq\":{seq}"), "", 1)
}

impl Writer {
    /// A writer for a store that holds `stored` (`None`: write everything
    /// with the first batch) and the imported documents `listed`, whose
    /// records' `seq` reach `max_seq`; `stale` keys are deleted with the
    /// first batch.
    pub fn new(stored: Option<&Work>, listed: Vec<ImportedEntry>, max_seq: u64, stale: Vec<String>) -> Self {
        let present: HashSet<&DocumentId> =
            stored.map(|work| work.documents().iter().map(|document| &document.id).collect()).unwrap_or_default();
        let expected = listed.iter().filter(|entry| !present.contains(&entry.id)).cloned().collect();
        Self { stored: stored.cloned(), listed, expected, seq: max_seq, stale, ..Self::blank(writes_but_list) }
    }

    /// A writer for the first view over a store that holds `stored`: it
    /// writes annotations only (the first view changes nothing else).
    pub fn annotations_only(stored: &Work) -> Self {
        Self { stored: Some(stored.clone()), ..Self::blank(annotation_writes) }
    }

    fn blank(records: RecordsBetween) -> Self {
        Self {
            records,
            stored: None,
            in_flight: None,
            next_id: 0,
            seq: 0,
            chunks: ChunkSync::default(),
            listed: Vec::new(),
            expected: Vec::new(),
            kept_texts: HashSet::new(),
            seen: HashMap::new(),
            stale: Vec::new(),
        }
    }

    /// The records between `before` and `after` that this writer writes.
    pub(super) fn records_between(&self, before: Option<&Work>, after: &Work, seq: u64) -> Vec<Write> {
        (self.records)(before, after, seq)
    }

    /// The work the batch on its way takes the store to, if one is.
    pub(super) fn in_flight_work(&self) -> Option<&Work> {
        self.in_flight.as_ref().map(|flight| &flight.work)
    }

    /// Whether a batch is on its way.
    pub fn busy(&self) -> bool {
        self.in_flight.is_some()
    }

    pub(super) fn next_seq(&mut self, now: u64) -> u64 {
        self.seq = (self.seq + 1).max(now);
        self.seq
    }

    /// Notes a record written elsewhere: this tab's next `seq` comes after it.
    pub fn observe(&mut self, value: Option<&str>) {
        self.seq = self.seq.max(value.map_or(0, record_seq));
    }

    /// Documents read back from the store are in `work` now: they count as
    /// stored, with what they carry (never written again).
    fn adopt(&mut self, work: &Work) {
        if self.expected.is_empty() || self.stored.as_ref().is_some_and(|s| Rc::ptr_eq(s.documents(), work.documents()))
        {
            return;
        }
        let in_work: HashSet<&DocumentId> = work.documents().iter().map(|document| &document.id).collect();
        let (arrived, waiting): (Vec<ImportedEntry>, Vec<ImportedEntry>) =
            std::mem::take(&mut self.expected).into_iter().partition(|entry| in_work.contains(&entry.id));
        self.expected = waiting;
        let Some(stored) = self.stored.as_mut() else {
            self.kept_texts.extend(arrived.into_iter().map(|entry| entry.id));
            return;
        };
        let arrived: HashSet<DocumentId> = arrived.into_iter().map(|entry| entry.id).collect();
        stored.adopt(work, &arrived);
        self.kept_texts.extend(arrived);
    }

    /// The list of imported documents to store for `work`: its own, then
    /// those not yet read back.
    fn list_for(&self, work: &Work) -> Vec<ImportedEntry> {
        let mut list = imported_entries(work);
        let listed: HashSet<&DocumentId> = list.iter().map(|entry| &entry.id).collect();
        let waiting: Vec<ImportedEntry> =
            self.expected.iter().filter(|entry| !listed.contains(&entry.id)).cloned().collect();
        list.extend(waiting);
        list
    }

    /// The batch that takes the store from what it holds to `work`, stamped
    /// with a `seq` of at least `now`; `None` when one is on its way (ask
    /// again once it has settled) or nothing is to be written.
    pub fn batch(&mut self, work: &Work, now: u64) -> Option<Batch> {
        if self.in_flight.is_some() {
            return None;
        }
        self.adopt(work);
        if self.stale.is_empty() && self.stored.as_ref().is_some_and(|stored| stored.same_as(work)) {
            return None;
        }
        let seq = self.next_seq(now);
        self.next_id += 1;
        let mut batch = Batch { id: self.next_id, ..Batch::default() };
        let mut flight = InFlight {
            id: batch.id,
            work: work.clone(),
            listed: None,
            bases: Vec::new(),
            seen: Vec::new(),
            stale: std::mem::take(&mut self.stale),
        };
        let stored = self.stored.as_ref();
        let writes = (self.records)(stored, work, seq);
        let index = DocumentIndex::new(work, &writes);
        for write in writes {
            match key_kind(&write.key) {
                KeyKind::Imported => {}
                KeyKind::Text(doc) => {
                    if write.value.is_none() {
                        batch.forget.push(doc);
                    }
                }
                KeyKind::Chunk(doc, chunk) if index.get(&doc).is_some() => {
                    let Some(document) = index.get(&doc) else {
                        continue;
                    };
                    let after = chunk_in(Some(work), &doc, chunk);
                    let before = self.chunks.base_of(&write.key).cloned();
                    if let Some(base) = self.chunks.queue(&write.key, chunk_in(stored, &doc, chunk), &after) {
                        flight.bases.push((write.key.clone(), before));
                        batch.merges.push(ChunkMerge {
                            key: write.key,
                            document: document.clone(),
                            chunk,
                            base,
                            after,
                            labels: work.labels().clone(),
                            seq,
                        });
                    }
                }
                KeyKind::Chunk(..) if write.value.is_none() => {
                    // A chunk of a document no longer in the work: deleted
                    // each time (chunks are written by merges, which `seen`
                    // does not follow), and its base forgotten.
                    self.chunks.forget(&write.key);
                    batch.records.push(Record { key: write.key, value: None });
                }
                _ => {
                    let known = write.value.as_deref().map(body);
                    if self.seen.get(&write.key) == Some(&known) {
                        continue;
                    }
                    flight.seen.push((write.key.clone(), known));
                    batch.records.push(Record { key: write.key, value: write.value });
                }
            }
        }
        for key in &flight.stale {
            batch.records.push(Record { key: key.clone(), value: None });
        }
        let documents_changed = stored.is_none_or(|stored| !Rc::ptr_eq(stored.documents(), work.documents()));
        if documents_changed {
            let list = self.list_for(work);
            if list != self.listed || (stored.is_none() && !list.is_empty()) {
                batch
                    .records
                    .push(Record { key: IMPORTED_KEY.into(), value: Some(encode_imported(seq, list.clone())) });
                flight.listed = Some(list);
            }
            let known = |id: &DocumentId| stored.is_some_and(|stored| stored.position(id).is_some());
            batch.texts = (work.documents().iter())
                .filter(|d| d.source == DocumentSource::Imported)
                .filter(|d| !known(&d.id) && !self.kept_texts.contains(&d.id))
                .cloned()
                .collect();
        }
        if batch.is_empty() {
            // Nothing to write: the store holds this work already.
            self.stored = Some(flight.work);
            self.stale = flight.stale;
            return None;
        }
        self.in_flight = Some(flight);
        Some(batch)
    }

    /// Batch `id` committed, its merged chunks as `merged`: what the store
    /// holds is its work now, and the updates to take in are what other
    /// tabs had changed in the merged chunks.
    pub fn committed(&mut self, id: u64, merged: Vec<Committed>) -> Vec<StoredUpdate> {
        let Some(flight) = self.in_flight.take_if(|flight| flight.id == id) else {
            return Vec::new();
        };
        let documents_changed =
            self.stored.as_ref().is_none_or(|stored| !Rc::ptr_eq(stored.documents(), flight.work.documents()));
        self.stored = Some(flight.work);
        if let Some(list) = flight.listed {
            self.listed = list;
        }
        for (key, known) in flight.seen {
            self.seen.insert(key, known);
        }
        if let Some(stored) = self.stored.as_ref().filter(|_| documents_changed) {
            // Texts of documents removed since are no longer kept.
            self.kept_texts.retain(|id| stored.position(id).is_some());
        }
        merged
            .into_iter()
            .filter_map(|Committed { key, doc, chunk, merged }| self.chunks.committed(&key, &doc, chunk, &merged))
            .collect()
    }

    /// Batch `id` failed: nothing of it is stored, and the next batch
    /// writes it all again.
    pub fn failed(&mut self, id: u64) {
        let Some(flight) = self.in_flight.take_if(|flight| flight.id == id) else {
            return;
        };
        for (key, base) in flight.bases.into_iter().rev() {
            self.chunks.abandon(&key, base);
        }
        self.stale.extend(flight.stale);
    }

    /// Imported documents listed in the store that are about to be read
    /// back (another tab imported them): their texts are stored already.
    pub fn expect(&mut self, entries: impl IntoIterator<Item = ImportedEntry>) {
        let known: HashSet<DocumentId> = self.expected.iter().map(|entry| entry.id.clone()).collect();
        self.expected.extend(entries.into_iter().filter(|entry| !known.contains(&entry.id)));
    }

    /// A record another tab wrote (`value`, read from the store now; `None`
    /// when deleted): the update to take in, if any. A chunk is taken in
    /// only when it is newer than the one this tab holds and no write of
    /// this tab's to it is on its way (its merge brings it back).
    pub fn received(&mut self, documents: &[Rc<Document>], key: &str, value: Option<&str>) -> Option<StoredUpdate> {
        self.observe(value);
        if key == IMPORTED_KEY {
            // Documents another tab imported are read back (see `expect`).
            self.listed = value.and_then(|value| decode_imported(value).ok()).unwrap_or_default();
            return None;
        }
        let KeyKind::Chunk(doc, chunk) = key_kind(key) else {
            let update = stored_update(documents, key, value)?;
            self.seen.insert(key.to_string(), value.map(body));
            return Some(update);
        };
        let document = documents.iter().find(|document| document.id == doc)?;
        let fallback = chunk_in(self.stored.as_ref(), &doc, chunk);
        self.chunks.read(key, document, chunk, value, fallback)
    }
}
