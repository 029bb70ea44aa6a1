//! Start-up: the work read from localStorage before the first paint, then
//! the journal's newer records and the imported documents read back from
//! IndexedDB.

use crate::browser::journal::{Journal, JournalEntry};
use crate::browser::persistence::{self, Persistence};
use crate::browser::storage::{self, StorageError};
use crate::core::anchor::StoredAnnotation;
use crate::core::document::{Document, DocumentId};
use crate::core::exercise::Attempt;
use crate::core::seeds::bundled_documents;
use crate::core::state::{Action, State};
use crate::core::store::{
    decode_exercise, decode_imported, key_kind, record_seq, stored_annotations_by_document, text_key, ImportedEntry,
    KeyKind, StoredUpdate, EXERCISE_KEY, IMPORTED_KEY, QUARANTINE_PREFIX,
};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// A stored value set aside because it could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    /// Its key.
    pub key: String,
    /// Why it could not be read (technical detail).
    pub reason: String,
    /// The value, untouched.
    pub value: String,
}

/// What start-up found.
pub struct Boot {
    /// The state to render first.
    pub initial: State,
    /// The writer, knowing what is stored.
    pub persistence: Rc<RefCell<Persistence>>,
    /// Why storage could not be used, if so.
    pub storage_error: Option<StorageError>,
    /// Values that could not be read, set aside.
    pub set_aside: Vec<SetAside>,
}

/// Reads the work from localStorage (synchronously, before the first paint).
pub fn boot() -> Boot {
    let startup = persistence::start(bundled_documents());
    let (loaded, entries) = (startup.loaded, startup.entries);
    let initial = State::restore(startup.documents, loaded.saved.clone());
    let stored = (!loaded.reanchored).then_some(&initial);
    let mut writer = Persistence::new(stored, loaded.max_seq);
    let mut storage_error = startup.error;
    if loaded.reanchored && storage_error.is_none() {
        storage_error = persistence::rewrite_all(&mut writer, &initial, &entries);
    }
    let mut set_aside: Vec<SetAside> = loaded
        .unreadable
        .into_iter()
        .map(|item| SetAside { key: item.key, reason: item.reason, value: item.value })
        .collect();
    for (key, value) in loaded.quarantined {
        let original = key.trim_start_matches(QUARANTINE_PREFIX).to_string();
        if !set_aside.iter().any(|known| known.key == original) {
            set_aside.push(SetAside { key: original, reason: "set aside earlier".into(), value });
        }
    }
    Boot { initial, persistence: Rc::new(RefCell::new(writer)), storage_error, set_aside }
}

/// A journal record that localStorage lost, to take in.
pub enum Replayed {
    /// An attempt at an exercise started just before a crash.
    Exercise(Attempt),
    /// A newer record of the work.
    Update(StoredUpdate),
}

/// The journal's records newer than localStorage's: each is written back
/// to localStorage and returned to be taken in.
pub fn replay_journal(
    entries: Vec<JournalEntry>,
    persistence: &RefCell<Persistence>,
    documents: &[Rc<Document>],
) -> Vec<Replayed> {
    let mut replayed = Vec::new();
    for entry in entries {
        let local = storage::read(&entry.key).ok().flatten();
        if entry.seq <= local.as_deref().map_or(0, record_seq) || key_kind(&entry.key) == KeyKind::Foreign {
            continue;
        }
        let _ = match &entry.value {
            Some(value) => storage::write(&entry.key, value),
            None => storage::remove(&entry.key),
        };
        if entry.key == EXERCISE_KEY {
            persistence.borrow_mut().observe(entry.value.as_deref());
            if let Some(attempt) = entry.value.as_deref().and_then(|value| decode_exercise(value).ok().flatten()) {
                replayed.push(Replayed::Exercise(attempt));
            }
        } else if let Some(update) = persistence.borrow_mut().replayed(documents, &entry.key, entry.value.as_deref()) {
            replayed.push(Replayed::Update(update));
        }
    }
    replayed
}

/// An imported document listed in storage, read back: its entry, text and
/// stored annotations, not yet split into sentences.
pub struct ReadBack {
    entry: ImportedEntry,
    text: String,
    annotations: Vec<StoredAnnotation>,
}

/// The imported documents listed in storage that `known` lacks, read back
/// (every text from IndexedDB in one request, or from localStorage without
/// it) with their stored annotations.
pub async fn read_back_imported(journal: &Journal, known: &[Rc<Document>]) -> Vec<ReadBack> {
    let listed =
        storage::read(IMPORTED_KEY).ok().flatten().and_then(|value| decode_imported(&value).ok()).unwrap_or_default();
    let entries = storage::entries().unwrap_or_default();
    let mut stored = stored_annotations_by_document(&entries);
    let known: HashSet<&DocumentId> = known.iter().map(|document| &document.id).collect();
    let missing: Vec<_> = listed.into_iter().filter(|entry| !known.contains(&entry.id)).collect();
    let mut texts = if missing.is_empty() { Default::default() } else { journal.all_texts().await.unwrap_or_default() };
    let mut read = Vec::new();
    for entry in missing {
        let text = match storage::read(&text_key(&entry.id)).ok().flatten() {
            Some(text) => Some(text),
            None => texts.remove(&entry.id.0),
        };
        if let Some(text) = text {
            let annotations = stored.remove(&entry.id).unwrap_or_default();
            read.push(ReadBack { entry, text, annotations });
        }
    }
    read
}

/// Documents split into sentences between two yields to the page.
const DOCUMENTS_PER_SLICE: usize = 200;

/// Takes read-back documents in a slice at a time, the one to open (`first`)
/// alone and at once, so it is painted before the others are split into
/// sentences; then puts them back in their stored order. The stored list of
/// imported documents is left alone until then, and no kept text is
/// written again.
pub async fn load_in_slices(
    mut read: Vec<ReadBack>,
    first: Option<DocumentId>,
    persistence: &Rc<RefCell<Persistence>>,
    dispatch: impl Fn(Action),
) {
    if read.is_empty() {
        // Nothing listed is missing: the reading is over, nothing to write.
        dispatch(Action::LoadDocuments(Vec::new()));
        return;
    }
    let order: Vec<DocumentId> = read.iter().map(|back| back.entry.id.clone()).collect();
    if let Some(at) = first.and_then(|first| read.iter().position(|back| back.entry.id == first)) {
        let opened = read.remove(at);
        read.insert(0, opened);
    }
    let mut rest = read.into_iter();
    let mut slice: Vec<ReadBack> = rest.by_ref().take(1).collect();
    loop {
        persistence.borrow_mut().reading_back(slice.iter().map(|back| back.entry.id.clone()), true);
        let loaded =
            slice.into_iter().map(|back| (Rc::new(back.entry.document(back.text)), back.annotations)).collect();
        dispatch(Action::LoadDocuments(loaded));
        slice = rest.by_ref().take(DOCUMENTS_PER_SLICE).collect();
        if slice.is_empty() {
            break;
        }
        crate::browser::files::next_task().await;
    }
    persistence.borrow_mut().reading_back([], false);
    dispatch(Action::OrderDocuments(Rc::new(order)));
}
