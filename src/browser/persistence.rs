//! Keeps localStorage and the IndexedDB journal in step with the state:
//! after every change, writes exactly the records that changed. A chunk
//! goes into the journal as a change merged with what is stored there (see
//! [`crate::core::store::merge_stored`]), so tabs writing at the same
//! instant lose nothing.

use crate::browser::journal::Journal;
use crate::browser::storage::{self, StorageError};
use crate::core::annotations::Chunk;
use crate::core::document::{Document, DocumentId, DocumentSource};
use crate::core::prefs::Preferences;
use crate::core::state::State;
use crate::core::store::{
    chunk_in, decode_imported, encode_imported, imported_entries, key_kind, load, merge_stored, meta_write,
    quarantine_key, record_seq, stored_update, text_key, writes_between, ChunkSync, KeyKind, Loaded, Merged,
    StoredUpdate, Unreadable, Write, IMPORTED_KEY,
};
use crate::core::work::Work;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// What start-up found in localStorage.
#[derive(Debug, Default)]
pub struct Startup {
    /// Bundled documents and imported ones whose text localStorage holds.
    pub documents: Vec<Document>,
    /// The restored work and what could not be read.
    pub loaded: Loaded,
    /// Every `(key, value)` of the app's, after setting aside unreadable ones.
    pub entries: Vec<(String, String)>,
    /// Why storage could not be read at all, if so.
    pub error: Option<StorageError>,
}

/// Reads the work from localStorage, and sets unreadable values aside under
/// quarantine keys (the originals are removed only once set aside).
pub fn start(bundled: Vec<Document>) -> Startup {
    let entries = match storage::entries() {
        Ok(entries) => entries,
        Err(error) => return Startup { documents: bundled, error: Some(error), ..Startup::default() },
    };
    let mut documents = bundled;
    let imported =
        entries.iter().find(|(key, _)| key == IMPORTED_KEY).and_then(|(_, value)| decode_imported(value).ok());
    for entry in imported.unwrap_or_default() {
        let text_key = text_key(&entry.id);
        if let Some((_, text)) = entries.iter().find(|(key, _)| *key == text_key) {
            documents.push(entry.document(text.clone()));
        }
    }
    let loaded = load(&documents, &entries);
    for Unreadable { key, value, .. } in &loaded.unreadable {
        let aside = quarantine_key(key);
        let already = storage::read(&aside).ok().flatten().is_some();
        if already || storage::write(&aside, value).is_ok() {
            let _ = storage::remove(key);
        }
    }
    // Read storage again only if something was set aside.
    let entries = if loaded.unreadable.is_empty() { entries } else { storage::entries().unwrap_or(entries) };
    Startup { documents, loaded, entries, error: None }
}

/// How a chunk write reaches the journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Merge {
    /// As a plain record (no journal yet, or not a chunk).
    No,
    /// As a merge, queued.
    Queued,
    /// Not at all: the chunk is stored as it is already.
    Unchanged,
}

/// The outcome of one save.
#[derive(Debug, Default)]
pub struct Saved {
    /// The first storage error, if any write failed.
    pub error: Option<StorageError>,
}

/// Hands an update from storage to the app (set by the interface).
pub type OnUpdate = Rc<dyn Fn(StoredUpdate)>;

/// The writer: remembers what it last stored.
#[derive(Default)]
pub struct Persistence {
    /// The work and preferences as last stored.
    previous: Option<(Work, Preferences)>,
    seq: u64,
    journal: Option<Journal>,
    /// Writes made before the journal opened, to put into it once it does.
    unjournaled: Vec<(String, u64, Option<String>)>,
    /// This tab's chunk writes to the journal, queued and done.
    chunks: Rc<RefCell<ChunkSync>>,
    /// Where chunks merged or read from the journal go.
    on_update: Option<OnUpdate>,
    /// Chunk changes made before the journal opened.
    waiting: Vec<ChunkChange>,
    /// Documents read back from storage: their texts are kept already.
    kept_texts: HashSet<DocumentId>,
    /// While imported documents are read back in slices, the stored list of
    /// them is left as it is (a slice would shorten it).
    holding_list: bool,
}

/// A chunk change on its way into the journal.
struct ChunkChange {
    key: String,
    document: Rc<Document>,
    chunk: usize,
    base: Chunk,
    after: Chunk,
    seq: u64,
}

impl Persistence {
    /// A writer whose last stored state is `stored` (`None`: nothing yet, so
    /// the first save writes everything), continuing after `max_seq`.
    pub fn new(stored: Option<&State>, max_seq: u64) -> Self {
        let previous = stored.map(|state| (state.work.clone(), state.preferences()));
        Self { previous, seq: max_seq, ..Self::default() }
    }

    /// Sends chunks merged or read from the journal to `on_update`.
    pub fn set_on_update(&mut self, on_update: OnUpdate) {
        self.on_update = Some(on_update);
    }

    /// Puts the writes made before the journal opened into it, chunk
    /// changes as merges.
    pub fn flush_queue(&mut self, journal: &Journal) {
        for (key, seq, value) in self.unjournaled.drain(..) {
            let _ = journal.put(&key, seq, value.as_deref());
        }
        for change in std::mem::take(&mut self.waiting) {
            self.issue(journal, change);
        }
    }

    /// Starts mirroring writes into `journal`, beginning with those made
    /// before it opened.
    pub fn set_journal(&mut self, journal: Journal) {
        self.flush_queue(&journal);
        self.journal = Some(journal);
    }

    fn next_seq(&mut self) -> u64 {
        let now = js_sys::Date::now() as u64;
        self.seq = (self.seq + 1).max(now);
        self.seq
    }

    /// The open journal, if any.
    pub fn journal(&self) -> Option<Journal> {
        self.journal.clone()
    }

    /// Notes a record written elsewhere: this tab's next `seq` comes after it.
    pub fn observe(&mut self, value: Option<&str>) {
        let seq = value.map_or(0, record_seq);
        self.seq = self.seq.max(seq);
    }

    /// Another tab wrote `value` under `key`: the update to take in, if any.
    /// With the journal open, a chunk is read from the journal instead (a
    /// tab's copy of localStorage can lag behind), and taken in later
    /// through `on_update` if it is newer than the one this tab holds.
    pub fn received(&mut self, documents: &[Rc<Document>], key: &str, value: Option<&str>) -> Option<StoredUpdate> {
        self.observe(value);
        let KeyKind::Chunk(doc, chunk) = key_kind(key) else {
            return stored_update(documents, key, value);
        };
        let document = documents.iter().find(|document| document.id == doc)?.clone();
        let saved = self.saved_chunk(&doc, chunk);
        let (Some(journal), Some(on_update)) = (self.journal.clone(), self.on_update.clone()) else {
            // No journal yet: the event's value, with the same checks.
            return self.chunks.borrow_mut().read(key, &document, chunk, value, saved);
        };
        let (chunks, key) = (self.chunks.clone(), key.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(stored) = journal.read(&key).await else {
                return;
            };
            let update = chunks.borrow_mut().read(&key, &document, chunk, stored.as_deref(), saved);
            if let Some(update) = update {
                on_update(update);
            }
        });
        None
    }

    /// A journal record newer than localStorage's, found at start-up: the
    /// update to take in. A chunk goes through the same check as another
    /// tab's (never over a change of this tab's still on its way).
    pub fn replayed(&mut self, documents: &[Rc<Document>], key: &str, value: Option<&str>) -> Option<StoredUpdate> {
        self.observe(value);
        let KeyKind::Chunk(doc, chunk) = key_kind(key) else {
            return stored_update(documents, key, value);
        };
        let document = documents.iter().find(|document| document.id == doc)?;
        let saved = self.saved_chunk(&doc, chunk);
        self.chunks.borrow_mut().read(key, document, chunk, value, saved)
    }

    /// Chunk `chunk` of document `doc` as this tab last saved it.
    fn saved_chunk(&self, doc: &DocumentId, chunk: usize) -> Chunk {
        chunk_in(self.previous.as_ref().map(|(work, _)| work), doc, chunk)
    }

    /// Documents about to come back from storage: `ids`, whose texts are
    /// kept; `hold` leaves the stored list alone until the last slice, and
    /// letting go writes it as saved (with any document imported meanwhile).
    pub fn reading_back(&mut self, ids: impl IntoIterator<Item = DocumentId>, hold: bool) {
        self.kept_texts.extend(ids);
        if std::mem::replace(&mut self.holding_list, hold) && !hold {
            if let Some(list) = self.previous.as_ref().map(|(work, _)| imported_entries(work)) {
                let (seq, value) = (self.next_seq(), encode_imported(self.seq, list));
                let _ = storage::write(IMPORTED_KEY, &value);
                self.journal_put(IMPORTED_KEY, seq, Some(&value));
            }
        }
    }

    /// Writes what changed since the last save.
    pub fn save(&mut self, state: &State) -> Saved {
        let seq = self.next_seq();
        let mut saved = Saved::default();
        let (work, preferences) = (&state.work, state.preferences());
        self.save_texts(work, &mut saved);
        let previous = self.previous.as_ref();
        let writes = meta_write(previous.map(|(_, preferences)| preferences), &preferences, seq)
            .into_iter()
            .chain(writes_between(previous.map(|(work, _)| work), work, seq))
            .filter(|write| !(self.holding_list && write.key == IMPORTED_KEY));
        for write in writes.collect::<Vec<_>>() {
            // A chunk of a document still here goes through the merge even
            // when it empties (an undo): the merge is what keeps this tab's
            // count of what is stored, and a later redo is a change from it.
            let merged = match key_kind(&write.key) {
                KeyKind::Chunk(doc, chunk) if work.document(&doc).is_some() => {
                    self.merge_chunk(work, &doc, chunk, &write, seq)
                }
                _ => Merge::No,
            };
            if merged == Merge::Unchanged {
                continue;
            }
            let result = match &write.value {
                Some(value) => storage::write(&write.key, value),
                None => storage::remove(&write.key),
            };
            if let Err(error) = result {
                saved.error.get_or_insert(error);
            }
            if merged == Merge::No {
                self.journal_put(&write.key, seq, write.value.as_deref());
            }
        }
        self.previous = Some((work.clone(), preferences));
        saved
    }

    /// Writes a chunk into the journal as a change on top of what is stored
    /// there (see [`crate::core::store::merge_stored`]); the merge comes
    /// back through `on_update` and into localStorage once committed. Until
    /// the journal opens, the change waits (and counts as not yet merged,
    /// so no other tab's chunk replaces it meanwhile).
    fn merge_chunk(&mut self, work: &Work, doc: &DocumentId, chunk: usize, write: &Write, seq: u64) -> Merge {
        let (Some(_), Some(document)) = (self.on_update.as_ref(), work.document(doc).cloned()) else {
            return Merge::No;
        };
        let after = chunk_in(Some(work), doc, chunk);
        let fallback = self.saved_chunk(doc, chunk);
        let Some(base) = self.chunks.borrow_mut().queue(&write.key, fallback, &after) else {
            return Merge::Unchanged;
        };
        let change = ChunkChange { key: write.key.clone(), document, chunk, base, after, seq };
        match self.journal.clone() {
            Some(journal) => self.issue(&journal, change),
            None => self.waiting.push(change),
        }
        Merge::Queued
    }

    /// Hands a chunk change to the journal.
    fn issue(&self, journal: &Journal, change: ChunkChange) {
        let Some(on_update) = self.on_update.clone() else {
            return;
        };
        let ChunkChange { key, document, chunk, base, after, seq } = change;
        let (chunks, done_key, merge_document) = (self.chunks.clone(), key.clone(), document.clone());
        let merge =
            move |theirs: Option<String>| merge_stored(&merge_document, chunk, theirs.as_deref(), &base, &after, seq);
        let done = move |merged: Merged| {
            // Only the last of this tab's queued merges of a chunk reaches
            // localStorage: an earlier one would put back a chunk that a
            // later save (say, the redo after an undo) has written since.
            let update = chunks.borrow_mut().committed(&done_key, &document.id, chunk, &merged);
            if let Some(update) = update {
                let _ = match merged.chunk.is_empty() {
                    true => storage::remove(&done_key),
                    false => storage::write(&done_key, &merged.value),
                };
                on_update(update);
            }
        };
        if journal.update(&key, merge, done).is_err() {
            // The journal refused: the write stays in localStorage only,
            // never as a snapshot that would replace other tabs' work.
            self.chunks.borrow_mut().abandon(&key);
        }
    }

    /// Puts a record into the journal, or keeps it until the journal opens.
    fn journal_put(&mut self, key: &str, seq: u64, value: Option<&str>) {
        match &self.journal {
            Some(journal) => {
                let _ = journal.put(key, seq, value);
            }
            None => {
                self.unjournaled.retain(|(known, _, _)| known != key);
                self.unjournaled.push((key.to_string(), seq, value.map(str::to_string)));
            }
        }
    }

    /// Keeps the texts of newly imported documents (IndexedDB, or
    /// localStorage without it) and forgets those of removed ones.
    fn save_texts(&mut self, work: &Work, saved: &mut Saved) {
        let Some((previous, _)) = &self.previous else {
            return;
        };
        if Rc::ptr_eq(&previous.documents, &work.documents) {
            return;
        }
        let ids = |list: &[Rc<Document>]| -> HashSet<DocumentId> {
            list.iter().filter(|d| d.source == DocumentSource::Imported).map(|d| d.id.clone()).collect()
        };
        let (before, now) = (ids(&previous.documents), ids(&work.documents));
        let stored = std::mem::take(&mut self.kept_texts);
        let added: Vec<&Rc<Document>> = (work.documents.iter())
            .filter(|d| now.contains(&d.id) && !before.contains(&d.id) && !stored.contains(&d.id))
            .collect();
        let texts: Vec<(&str, &str)> = added.iter().map(|document| (document.id.0.as_str(), document.text())).collect();
        let kept = !texts.is_empty() && self.journal.as_ref().is_some_and(|journal| journal.put_texts(&texts).is_ok());
        if !kept {
            for document in added {
                if let Err(error) = storage::write(&text_key(&document.id), document.text()) {
                    saved.error.get_or_insert(error);
                    break;
                }
            }
        }
        for document in previous.documents.iter().filter(|d| before.contains(&d.id)) {
            if !now.contains(&document.id) {
                if let Some(journal) = &self.journal {
                    let _ = journal.delete_text(&document.id.0);
                }
            }
        }
    }
}

/// After anchoring moved or orphaned annotations at start-up: writes every
/// record afresh, then removes the annotation keys that no longer hold
/// anything (only once the new records are written).
pub fn rewrite_all(persistence: &mut Persistence, state: &State, entries: &[(String, String)]) -> Option<StorageError> {
    persistence.previous = None;
    let saved = persistence.save(state);
    if saved.error.is_some() {
        return saved.error;
    }
    let current: std::collections::HashSet<String> =
        writes_between(None, &state.work, 0).into_iter().map(|write| write.key).collect();
    let awaited: std::collections::HashSet<DocumentId> = entries
        .iter()
        .find(|(key, _)| key == IMPORTED_KEY)
        .and_then(|(_, value)| decode_imported(value).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|entry| entry.id)
        .filter(|id| state.work.position(id).is_none())
        .collect();
    for (key, _) in entries {
        // An imported document that is read back later from IndexedDB keeps
        // its records; those of a document gone for good are now orphans.
        let stale = match key_kind(key) {
            KeyKind::Chunk(doc, _) | KeyKind::Orphans(doc) => !awaited.contains(&doc) && !current.contains(key),
            _ => false,
        };
        if stale {
            let _ = storage::remove(key);
            let seq = persistence.next_seq();
            persistence.journal_put(key, seq, None);
        }
    }
    None
}
