//! Keeps localStorage and the IndexedDB journal in step with the state:
//! after every change, writes exactly the records that changed, merging
//! with what another tab wrote meanwhile.

use crate::browser::journal::Journal;
use crate::browser::storage::{self, StorageError};
use crate::core::annotations::Chunk;
use crate::core::document::{Document, DocumentId, DocumentSource};
use crate::core::prefs::Preferences;
use crate::core::state::State;
use crate::core::store::{
    decode_imported, encode_chunk, key_kind, load, merge_chunk, meta_write, quarantine_key, record_seq, stored_update,
    text_key, writes_between, KeyKind, Loaded, StoredUpdate, Unreadable, Write, IMPORTED_KEY,
};
use crate::core::work::Work;
use std::collections::HashMap;
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
            documents.push(Document::new(entry.id, text.clone(), &entry.title, DocumentSource::Imported));
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

/// The outcome of one save.
#[derive(Debug, Default)]
pub struct Saved {
    /// Merges with another tab's writes, to show in this tab too.
    pub updates: Vec<StoredUpdate>,
    /// The first storage error, if any write failed.
    pub error: Option<StorageError>,
}

/// The writer: remembers what it last stored.
#[derive(Debug, Default)]
pub struct Persistence {
    /// The work and preferences as last stored.
    previous: Option<(Work, Preferences)>,
    seq: u64,
    known_seq: HashMap<String, u64>,
    journal: Option<Journal>,
    /// Writes made before the journal opened, to put into it once it does.
    unjournaled: Vec<(String, u64, Option<String>)>,
}

impl Persistence {
    /// A writer whose last stored state is `stored` (`None`: nothing yet, so
    /// the first save writes everything), continuing after `max_seq`.
    pub fn new(stored: Option<&State>, max_seq: u64, entries: &[(String, String)]) -> Self {
        let known_seq = entries.iter().map(|(key, value)| (key.clone(), record_seq(value))).collect();
        let previous = stored.map(|state| (state.work.clone(), state.preferences()));
        Self { previous, seq: max_seq, known_seq, journal: None, unjournaled: Vec::new() }
    }

    /// Puts the writes made before the journal opened into it.
    pub fn flush_queue(&mut self, journal: &Journal) {
        for (key, seq, value) in self.unjournaled.drain(..) {
            let _ = journal.put(&key, seq, value.as_deref());
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

    /// Notes that `key` now holds `value`, written by another tab.
    pub fn observe(&mut self, key: &str, value: Option<&str>) {
        let seq = value.map_or(0, record_seq);
        self.known_seq.insert(key.to_string(), seq);
        self.seq = self.seq.max(seq);
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
            .chain(writes_between(previous.map(|(work, _)| work), work, seq));
        for write in writes.collect::<Vec<_>>() {
            let Some(write) = self.reconcile(work, write, seq, &mut saved.updates) else {
                continue;
            };
            let result = match &write.value {
                Some(value) => storage::write(&write.key, value),
                None => storage::remove(&write.key),
            };
            if let Err(error) = result {
                saved.error.get_or_insert(error);
            }
            self.journal_put(&write.key, seq, write.value.as_deref());
            self.known_seq.insert(write.key, seq);
        }
        self.previous = Some((work.clone(), preferences));
        saved
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
    fn save_texts(&self, work: &Work, saved: &mut Saved) {
        let Some((previous, _)) = &self.previous else {
            return;
        };
        if Rc::ptr_eq(&previous.documents, &work.documents) {
            return;
        }
        let imported = |list: &[Rc<Document>], id: &DocumentId| list.iter().any(|document| &document.id == id);
        for document in work.documents.iter().filter(|d| d.source == DocumentSource::Imported) {
            if imported(&previous.documents, &document.id) {
                continue;
            }
            let kept =
                self.journal.as_ref().is_some_and(|journal| journal.put_text(&document.id.0, document.text()).is_ok());
            if !kept {
                if let Err(error) = storage::write(&text_key(&document.id), document.text()) {
                    saved.error.get_or_insert(error);
                }
            }
        }
        for document in previous.documents.iter().filter(|d| d.source == DocumentSource::Imported) {
            if !imported(&work.documents, &document.id) {
                if let Some(journal) = &self.journal {
                    let _ = journal.delete_text(&document.id.0);
                }
            }
        }
    }

    /// For a chunk that another tab wrote since this tab last saw it: the
    /// merge of both tabs' work.
    fn reconcile(&self, work: &Work, write: Write, seq: u64, updates: &mut Vec<StoredUpdate>) -> Option<Write> {
        let KeyKind::Chunk(doc, chunk) = key_kind(&write.key) else {
            return Some(write);
        };
        // Cheap check first: only a record another tab wrote since this tab
        // last saw the key needs reading.
        let stored = storage::read(&write.key).ok().flatten();
        let stored_seq = stored.as_deref().map_or(0, record_seq);
        let known = self.known_seq.get(&write.key).copied().unwrap_or(0);
        if stored_seq <= known {
            return Some(write);
        }
        let theirs = match stored_update(&work.documents, &write.key, stored.as_deref()) {
            Some(StoredUpdate::Chunk { entries, .. }) => entries,
            _ => Chunk::new(),
        };
        let chunk_of = |work: Option<&Work>| -> Chunk {
            work.and_then(|work| work.annotations.get(&doc))
                .and_then(|annotations| annotations.chunk(chunk))
                .map(|chunk| (**chunk).clone())
                .unwrap_or_default()
        };
        let ours = chunk_of(Some(work));
        let merged = merge_chunk(&chunk_of(self.previous.as_ref().map(|(work, _)| work)), &ours, &theirs);
        if merged == ours {
            return Some(write);
        }
        let document: &Document = work.document(&doc)?;
        let value = (!merged.is_empty()).then(|| encode_chunk(seq, document, &merged, &Default::default()));
        updates.push(StoredUpdate::Chunk { doc, chunk, entries: merged });
        Some(Write { key: write.key, value })
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
