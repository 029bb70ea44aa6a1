//! Moving the work out of localStorage, where earlier versions kept it,
//! into the store (IndexedDB).
//!
//! Earlier versions wrote every record to localStorage and a copy, with
//! its `seq`, to an IndexedDB journal; imported texts went to IndexedDB, or
//! to localStorage where IndexedDB was missing. Now the store is the one
//! place: each key takes the newer of the two records, texts found in
//! localStorage move to the texts store, and a marker records the highest
//! `seq` moved. localStorage is emptied only once all of that has
//! committed: a migration that fails leaves it as it was and is tried
//! again at the next start; one that is interrupted after committing finds
//! the leftovers older than the marker and only clears them.

use super::batch::Record;
use super::keys::{key_kind, quarantine_key, KeyKind, FIRST_VIEW_KEY, META_KEY, PREFIX};
use super::records::{encode, record_seq};
use crate::text::document::DocumentId;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// Key of the marker left by a migration: the highest `seq` it moved.
pub const MIGRATED_KEY: &str = "hamish/v1/migrated";

/// A record as read from the store: `value` is `None` for a removal an
/// earlier version's journal noted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredRecord {
    /// Its key.
    pub key: String,
    /// Its `seq`.
    pub seq: u64,
    /// Its value, or `None` for a noted removal.
    pub value: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct MarkerBody {}

/// What a start finds to move, and the records to load afterwards.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Migration {
    /// Records to put into (or delete from) the store.
    pub records: Vec<Record>,
    /// Imported texts found in localStorage, to put into the texts store.
    pub texts: Vec<(DocumentId, String)>,
    /// localStorage keys to remove once the migration has committed.
    pub clear: Vec<String>,
    /// The preferences record, when the store's is newer than
    /// localStorage's (a crash lost localStorage's last write).
    pub meta: Option<String>,
    /// Every record of the work once migrated, `(key, value)` in key
    /// order: what to load.
    pub entries: Vec<(String, String)>,
}

impl Migration {
    /// Whether there is anything to write (else the store is read as is).
    pub fn writes(&self) -> bool {
        !self.records.is_empty() || !self.texts.is_empty()
    }
}

/// Plans the move of `local` (localStorage's entries under the app's
/// prefix) into the store, which holds `stored` and the texts of
/// `stored_texts`.
pub fn plan_migration(
    local: &[(String, String)],
    stored: Vec<StoredRecord>,
    stored_texts: &HashSet<DocumentId>,
) -> Migration {
    let mut migration = Migration::default();
    let marker = stored.iter().find(|record| record.key == MIGRATED_KEY).map_or(0, |record| record.seq);
    let mut records: BTreeMap<String, (u64, Option<String>)> = BTreeMap::new();
    for record in stored {
        match key_kind(&record.key) {
            KeyKind::Meta => {
                let local_seq = local.iter().find(|(key, _)| key == META_KEY).map_or(0, |(_, value)| record_seq(value));
                if record.seq > local_seq {
                    migration.meta = record.value.clone();
                }
                // Preferences live in localStorage only.
                migration.records.push(Record { key: record.key, value: None });
            }
            _ if record.value.is_none() => {
                // A removal an earlier journal noted: it outranks an older
                // localStorage record below, then goes.
                migration.records.push(Record { key: record.key.clone(), value: None });
                records.insert(record.key, (record.seq, None));
            }
            _ => {
                records.insert(record.key, (record.seq, record.value));
            }
        }
    }
    let mut highest = marker;
    for (key, value) in local {
        if !key.starts_with(PREFIX) || key == META_KEY || key == FIRST_VIEW_KEY {
            continue;
        }
        match key_kind(key) {
            KeyKind::Foreign => continue,
            KeyKind::Text(doc) => {
                if !stored_texts.contains(&doc) {
                    migration.texts.push((doc, value.clone()));
                }
            }
            KeyKind::Quarantine => {
                if !records.contains_key(key) {
                    records.insert(key.clone(), (0, Some(value.clone())));
                    migration.records.push(Record { key: key.clone(), value: Some(value.clone()) });
                }
            }
            _ if record_seq(value) == 0 => {
                // Unreadable (no `seq`): moved as it is for start-up to set
                // aside, or set aside at once when the store has the key.
                let target = if records.contains_key(key) { quarantine_key(key) } else { key.clone() };
                if !records.contains_key(&target) {
                    records.insert(target.clone(), (0, Some(value.clone())));
                    migration.records.push(Record { key: target, value: Some(value.clone()) });
                }
            }
            _ => {
                let seq = record_seq(value);
                let newer = seq > marker && records.get(key).is_none_or(|(stored, _)| seq > *stored);
                if newer {
                    highest = highest.max(seq);
                    records.insert(key.clone(), (seq, Some(value.clone())));
                    migration.records.retain(|record| record.key != *key);
                    migration.records.push(Record { key: key.clone(), value: Some(value.clone()) });
                }
            }
        }
        migration.clear.push(key.clone());
    }
    if migration.writes() {
        let value = encode(highest, MarkerBody {});
        migration.records.push(Record { key: MIGRATED_KEY.into(), value: Some(value) });
    }
    migration.entries = records
        .into_iter()
        .filter(|(key, _)| key != MIGRATED_KEY)
        .filter_map(|(key, (_, value))| Some((key, value?)))
        .collect();
    migration
}
