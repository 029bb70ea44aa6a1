//! Moving the work of earlier versions out of localStorage (and their
//! IndexedDB journal) into the store: the newer record wins key by key,
//! texts move, nothing is cleared from localStorage that the store does not
//! hold, and a second start after an interrupted one only clears.

use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Select, State};
use hamish_core::store::{
    all_records, encode_imported, load, plan_migration, record_seq, ImportedEntry, Migration, Record, StoredRecord,
    IMPORTED_KEY, LABELS_KEY, META_KEY, MIGRATED_KEY,
};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::collections::{BTreeMap, HashSet};

fn documents() -> Vec<Document> {
    vec![Document::new(DocumentId("a".into()), "أولى. ثانية. ثالثة.".into(), "a", DocumentSource::Bundled)]
}

/// localStorage as an earlier version left it: every record of a labeled
/// state, stamped `seq`, plus the preferences and the first-view mark.
fn local_storage(seq: u64) -> Vec<(String, String)> {
    let state = State::new(documents(), &Preferences::default());
    let state = [
        Action::Select(Select::One(1)),
        Action::Annotate(Annotate::ToggleLabelKey(2)),
        Action::Annotate(Annotate::SetNote { index: 2, note: "ملاحظة".into() }),
    ]
    .iter()
    .fold(state, |state, action| state.reduce(action).unwrap_or(state));
    let mut entries: Vec<(String, String)> = all_records(&state.work, &state.preferences(), seq)
        .into_iter()
        .filter_map(|write| Some((write.key, write.value?)))
        .collect();
    entries.push(("hamish/v1/first-view".into(), "0".into()));
    entries.push(("other-app/key".into(), "theirs".into()));
    entries.sort();
    entries
}

/// The store after `migration` committed on top of `stored`.
fn apply(stored: &[StoredRecord], migration: &Migration) -> Vec<StoredRecord> {
    let mut records: BTreeMap<String, StoredRecord> =
        stored.iter().map(|record| (record.key.clone(), record.clone())).collect();
    for Record { key, value } in &migration.records {
        match value {
            Some(value) => {
                let record = StoredRecord { key: key.clone(), seq: record_seq(value), value: Some(value.clone()) };
                records.insert(key.clone(), record)
            }
            None => records.remove(key),
        };
    }
    records.into_values().collect()
}

#[test]
fn a_first_start_moves_every_record_and_clears_local_storage_after() {
    let local = local_storage(5);
    let migration = plan_migration(&local, Vec::new(), &HashSet::new());
    assert!(migration.writes());
    let moved: HashSet<&str> = migration.records.iter().map(|record| record.key.as_str()).collect();
    assert!(moved.contains(LABELS_KEY) && moved.contains("hamish/v1/doc/a/0") && moved.contains(MIGRATED_KEY));
    assert!(!moved.contains(META_KEY), "the preferences stay in localStorage");
    let cleared: HashSet<&str> = migration.clear.iter().map(String::as_str).collect();
    assert!(cleared.contains("hamish/v1/doc/a/0"));
    for kept in [META_KEY, "hamish/v1/first-view", "other-app/key"] {
        assert!(!cleared.contains(kept), "{kept} must stay");
    }
    // What loads from the migrated records is what localStorage held.
    let from_local = load(&documents(), &local);
    let mut entries = migration.entries.clone();
    entries.push(local.iter().find(|(key, _)| key == META_KEY).cloned().expect("meta"));
    let migrated = load(&documents(), &entries);
    assert_eq!(migrated.saved, from_local.saved);
    assert!(migrated.saved.annotations.values().next().is_some_and(|a| a.labeled_count() == 1));
}

#[test]
fn the_newer_record_wins_key_by_key() {
    let local = local_storage(10);
    let older = local_storage(4);
    // The journal had an older chunk, a newer label set, and a removal of
    // a key localStorage still holds (older).
    let labels = older.iter().find(|(key, _)| key == LABELS_KEY).expect("labels").1.replace("\"seq\":4", "\"seq\":20");
    let stored = vec![
        StoredRecord {
            key: "hamish/v1/doc/a/0".into(),
            seq: 4,
            value: older.iter().find(|(key, _)| key == "hamish/v1/doc/a/0").map(|(_, value)| value.clone()),
        },
        StoredRecord { key: LABELS_KEY.into(), seq: 20, value: Some(labels.clone()) },
        StoredRecord { key: "hamish/v1/base/a".into(), seq: 30, value: None },
    ];
    let migration = plan_migration(&local, stored.clone(), &HashSet::new());
    let after = apply(&stored, &migration);
    let value = |key: &str| after.iter().find(|record| record.key == key).and_then(|record| record.value.clone());
    assert_eq!(value("hamish/v1/doc/a/0").map(|v| record_seq(&v)), Some(10), "localStorage's newer chunk");
    assert_eq!(value(LABELS_KEY), Some(labels), "the journal's newer label set");
    assert_eq!(value("hamish/v1/base/a"), None, "a newer removal outranks an older record");
    assert!(after.iter().all(|record| record.value.is_some()), "removals noted by the journal go");
}

#[test]
fn texts_kept_in_local_storage_move_to_the_texts_store() {
    let mut local = local_storage(3);
    let entry = ImportedEntry {
        id: DocumentId("imported".into()),
        title: "نص".into(),
        origin: None,
        split: Default::default(),
    };
    local.push((IMPORTED_KEY.into(), encode_imported(3, vec![entry])));
    local.push(("hamish/v1/text/imported".into(), "نص مستورد كامل.".into()));
    local.push(("hamish/v1/text/already".into(), "موجود.".into()));
    let stored_texts: HashSet<DocumentId> = [DocumentId("already".into())].into_iter().collect();
    let migration = plan_migration(&local, Vec::new(), &stored_texts);
    assert_eq!(migration.texts, vec![(DocumentId("imported".into()), "نص مستورد كامل.".into())]);
    assert!(migration.clear.iter().any(|key| key == "hamish/v1/text/imported"));
    assert!(migration.clear.iter().any(|key| key == "hamish/v1/text/already"));
}

#[test]
fn leftovers_of_a_committed_migration_are_only_cleared() {
    let local = local_storage(5);
    let first = plan_migration(&local, Vec::new(), &HashSet::new());
    let mut store = apply(&[], &first);
    // Since then the user took the label off (the chunk record is empty now,
    // written with a later seq) and localStorage was never cleared (a crash).
    let emptied = r#"{"v":2,"seq":9,"a":[]}"#;
    for record in &mut store {
        if record.key == "hamish/v1/doc/a/0" {
            *record = StoredRecord { key: record.key.clone(), seq: 9, value: Some(emptied.into()) };
        }
    }
    store.retain(|record| record.key != "hamish/v1/base/a");
    let again = plan_migration(&local, store.clone(), &HashSet::new());
    assert!(!again.writes(), "nothing older than the marker is moved again: {:?}", again.records);
    assert!(again.clear.iter().any(|key| key == "hamish/v1/base/a"));
    assert!(!again.entries.iter().any(|(key, _)| key == "hamish/v1/base/a"), "a removed record stays removed");
}

#[test]
fn a_store_with_newer_preferences_hands_them_back_to_local_storage() {
    let local = local_storage(5);
    let newer = local.iter().find(|(key, _)| key == META_KEY).expect("meta").1.replace("\"seq\":5", "\"seq\":8");
    let stored = vec![StoredRecord { key: META_KEY.into(), seq: 8, value: Some(newer.clone()) }];
    let migration = plan_migration(&local, stored, &HashSet::new());
    assert_eq!(migration.meta, Some(newer));
    assert!(migration.records.iter().any(|record| record.key == META_KEY && record.value.is_none()));
}

#[test]
fn unreadable_local_storage_is_moved_or_set_aside_never_dropped() {
    let mut local = local_storage(5);
    local.retain(|(key, _)| key != LABELS_KEY);
    local.push((LABELS_KEY.into(), "{not json".into()));
    local.push(("hamish/v1/doc/a/1".into(), "{garbage".into()));
    let stored =
        vec![StoredRecord { key: "hamish/v1/doc/a/1".into(), seq: 3, value: Some(r#"{"v":2,"seq":3,"a":[]}"#.into()) }];
    let migration = plan_migration(&local, stored, &HashSet::new());
    let value = |key: &str| migration.records.iter().find(|record| record.key == key).and_then(|r| r.value.clone());
    assert_eq!(value(LABELS_KEY).as_deref(), Some("{not json"), "moved for start-up to set aside");
    assert_eq!(
        value("hamish/v1/quarantine/hamish/v1/doc/a/1").as_deref(),
        Some("{garbage"),
        "set aside beside the stored one"
    );
    assert!(migration.clear.iter().any(|key| key == LABELS_KEY), "cleared only with the migration");
}
