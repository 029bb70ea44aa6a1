//! Start-up: the preferences from localStorage and the work from the store,
//! moved there first from localStorage where an earlier version kept it,
//! with unreadable records set aside; then, once the app runs, the
//! imported documents read back from the store a slice at a time.

use crate::browser::database::Database;
use crate::browser::persistence::Persistence;
use crate::browser::storage::{self, StorageError};
use crate::core::model::anchor::StoredAnnotation;
use crate::core::state::{Action, Documents, State};
use crate::core::store::{
    decode_imported, key_kind, load, plan_migration, quarantine_key, stale_keys, stored_annotations_by_document,
    ImportedEntry, KeyKind, Loaded, Record, StoredRecord, Writer, IMPORTED_KEY, META_KEY, QUARANTINE_PREFIX,
};
use crate::core::text::document::{Document, DocumentId};
use crate::core::text::seeds::bundled_documents;
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
    pub persistence: Persistence,
    /// Values that could not be read, set aside.
    pub set_aside: Vec<SetAside>,
    /// Imported documents listed in the store, to read back.
    pub listed: Vec<ImportedEntry>,
    /// Every record read, for the annotations of those documents (taken
    /// once they are read back).
    pub entries: std::cell::RefCell<Vec<(String, String)>>,
}

/// The records of the store, with whatever an earlier version left in
/// localStorage (`local`) moved in; `Err` when the store cannot be read
/// (then nothing may be written over it).
async fn read_store(
    database: &Database,
    local: &[(String, String)],
) -> Result<(Vec<(String, String)>, Option<StorageError>), StorageError> {
    let records = database.records().await?;
    let texts = database.text_ids().await?;
    let migration = plan_migration(local, records, &texts);
    let mut problem = if migration.writes() {
        match database.migrate(&migration).await {
            Ok(()) => clear_local(&migration.clear).err(),
            Err(error) => Some(StorageError::NotMoved(error.to_string())),
        }
    } else {
        // Leftovers of a migration that committed: older than its marker.
        clear_local(&migration.clear).err()
    };
    if let Some(meta) = &migration.meta {
        problem = problem.or(storage::write(META_KEY, meta).err());
    }
    Ok((migration.entries, problem))
}

/// Removes what a committed migration moved out of localStorage; what
/// cannot be removed is left for the next start, which removes it again.
fn clear_local(keys: &[String]) -> Result<(), StorageError> {
    let mut outcome = Ok(());
    for key in keys {
        // Every key is tried; the first refusal is reported.
        outcome = outcome.and(storage::remove(key));
    }
    outcome
}

/// Sets the unreadable records aside under quarantine keys, in one
/// transaction with the removal of the originals (left as they are if
/// that fails, and shown either way).
async fn set_aside(database: &Database, loaded: &Loaded) -> Result<(), StorageError> {
    let records: Vec<Record> = (loaded.unreadable.iter())
        .filter(|item| item.key != META_KEY)
        .flat_map(|item| {
            [
                Record { key: quarantine_key(&item.key), value: Some(item.value.clone()) },
                Record { key: item.key.clone(), value: None },
            ]
        })
        .collect();
    if records.is_empty() {
        return Ok(());
    }
    database.put(&records).await.map(drop)
}

/// Reads the work (after the preferences, synchronously from localStorage).
pub async fn boot() -> Boot {
    let bundled = bundled_documents();
    // Unreadable localStorage holds no work: only the preferences are lost.
    let local = storage::entries().unwrap_or_default();
    let (database, mut entries, mut problem) = match Database::open().await {
        Ok(opened) => match read_store(&opened, &local).await {
            Ok((read, moved)) => (Some(opened), read, moved),
            // Unreadable: nothing may be written over it.
            Err(error) => (None, Vec::new(), Some(error)),
        },
        Err(error) => {
            // No store: what an earlier version left in localStorage, in memory.
            let entries = local.iter().filter(|(key, _)| key != META_KEY).cloned().collect();
            (None, entries, Some(error))
        }
    };
    let meta = storage::read(META_KEY).ok().flatten();
    entries.extend(meta.map(|meta| (META_KEY.to_string(), meta)));
    let loaded = load(&bundled, &entries);
    if let Some(database) = &database {
        problem = problem.or(set_aside(database, &loaded).await.err());
    }
    let initial = State::restore(bundled, loaded.saved.clone());
    let stale = if loaded.reanchored { stale_keys(&entries, &initial.work, &loaded.imported) } else { Vec::new() };
    let stored = (!loaded.reanchored).then_some(&initial.work);
    let writer = Writer::new(stored, loaded.imported.clone(), loaded.max_seq, stale);
    let mut set_aside: Vec<SetAside> = (loaded.unreadable.iter())
        .map(|item| SetAside { key: item.key.clone(), reason: item.reason.clone(), value: item.value.clone() })
        .collect();
    for (key, value) in &loaded.quarantined {
        let original = key.trim_start_matches(QUARANTINE_PREFIX).to_string();
        if !set_aside.iter().any(|known| known.key == original) {
            set_aside.push(SetAside { key: original, reason: "set aside earlier".into(), value: value.clone() });
        }
    }
    let persistence = Persistence::new(database, writer, initial.preferences(), problem);
    Boot { initial, persistence, set_aside, listed: loaded.imported, entries: std::cell::RefCell::new(entries) }
}

/// An imported document listed in the store, read back: its entry, text
/// and stored annotations, not yet split into sentences.
pub struct ReadBack {
    entry: ImportedEntry,
    text: String,
    annotations: Vec<StoredAnnotation>,
}

/// The documents of `listed` that `known` lacks, read back (every text in
/// one request) with their stored annotations among `entries`. Documents
/// not read stay listed (the writer keeps them in the list).
pub async fn read_back(
    database: &Database,
    listed: Vec<ImportedEntry>,
    entries: &[(String, String)],
    known: &[Rc<Document>],
) -> Result<Vec<ReadBack>, StorageError> {
    let known: HashSet<&DocumentId> = known.iter().map(|document| &document.id).collect();
    let missing: Vec<ImportedEntry> = listed.into_iter().filter(|entry| !known.contains(&entry.id)).collect();
    if missing.is_empty() {
        return Ok(Vec::new());
    }
    let mut stored = stored_annotations_by_document(entries);
    let mut texts = database.texts().await?;
    Ok((missing.into_iter())
        .filter_map(|entry| {
            let text = texts.remove(entry.id.as_str())?;
            let annotations = stored.remove(&entry.id).unwrap_or_default();
            Some(ReadBack { entry, text, annotations })
        })
        .collect())
}

/// The documents another tab imported: the list and every record read
/// from the store again, and the documents `known` lacks read back.
pub async fn read_back_new(database: &Database, known: &[Rc<Document>]) -> Result<Vec<ReadBack>, StorageError> {
    let records = database.records().await?;
    let entries: Vec<(String, String)> = (records.into_iter())
        .filter(|record| matches!(key_kind(&record.key), KeyKind::Chunk(..) | KeyKind::Imported))
        .filter_map(|StoredRecord { key, value, .. }| Some((key, value?)))
        .collect();
    let listed = (entries.iter())
        .find(|(key, _)| key == IMPORTED_KEY)
        .and_then(|(_, value)| decode_imported(value).ok())
        .unwrap_or_default();
    read_back(database, listed, &entries, known).await
}

/// Documents split into sentences between two yields to the page.
const DOCUMENTS_PER_SLICE: usize = 200;

/// Takes read-back documents in a slice at a time, the one to open
/// (`first`) alone and at once, so it is painted before the others are
/// split into sentences; then puts them back in their stored order. The
/// writer counts them as stored already (never written again).
pub async fn load_in_slices(
    mut read: Vec<ReadBack>,
    first: Option<DocumentId>,
    persistence: &Persistence,
    dispatch: impl Fn(Action),
) {
    if read.is_empty() {
        // Nothing listed is missing: the reading is over.
        dispatch(Action::Documents(Documents::Load(Vec::new())));
        return;
    }
    persistence.expect(read.iter().map(|back| back.entry.clone()).collect());
    let order: Vec<DocumentId> = read.iter().map(|back| back.entry.id.clone()).collect();
    if let Some(at) = first.and_then(|first| read.iter().position(|back| back.entry.id == first)) {
        let opened = read.remove(at);
        read.insert(0, opened);
    }
    let mut rest = read.into_iter();
    let mut slice: Vec<ReadBack> = rest.by_ref().take(1).collect();
    loop {
        let loaded =
            slice.into_iter().map(|back| (Rc::new(back.entry.document(back.text)), back.annotations)).collect();
        dispatch(Action::Documents(Documents::Load(loaded)));
        slice = rest.by_ref().take(DOCUMENTS_PER_SLICE).collect();
        if slice.is_empty() {
            break;
        }
        crate::browser::dom::next_task().await;
    }
    dispatch(Action::Documents(Documents::Order(Rc::new(order))));
}

/// Takes in what other tabs wrote under `keys`: each record's update, then
/// the documents they imported, read back. A read that fails is reported
/// (the store still holds everything; this tab shows it once a read works).
pub async fn take_in_changes(
    persistence: &Persistence,
    documents: &[Rc<Document>],
    keys: Vec<String>,
    dispatch: impl Fn(Action),
) {
    let Some(database) = persistence.database() else {
        return;
    };
    let Some(records) = persistence.read_outcome(database.read(&keys).await) else {
        return;
    };
    for update in persistence.received(documents, &records) {
        dispatch(Action::ApplyStored(update));
    }
    if keys.iter().any(|key| key == crate::core::store::IMPORTED_KEY) {
        let read = persistence.read_outcome(read_back_new(&database, documents).await).unwrap_or_default();
        if !read.is_empty() {
            load_in_slices(read, None, persistence, dispatch).await;
        }
    }
}
