//! A tab that goes away before its change has committed: the records that
//! would take the store to the work go to localStorage, and the next start
//! moves them in, so a label put on just before a reload is there after it.

use crate::helpers::apply;
use hamish_core::model::labels::{LabelId, Target};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, LabelEdit, Select, State};
use hamish_core::store::{
    all_records, load, plan_migration, record_seq, StoredRecord, Write, Writer, LEAVING_LIMIT, META_KEY,
};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::collections::HashSet;

fn documents() -> Vec<Document> {
    vec![Document::new(DocumentId("a".into()), "أولى. ثانية. ثالثة.".into(), "a", DocumentSource::Bundled)]
}

/// The store holding `state`'s work, every record stamped `seq`.
fn store_of(state: &State, seq: u64) -> Vec<StoredRecord> {
    let records = all_records(&state.work, &state.preferences(), seq).into_iter();
    records
        .filter_map(|Write { key, value }| Some(StoredRecord { seq: record_seq(value.as_deref()?), key, value }))
        .collect()
}

/// The labeled sentences after a start that finds `store` and `local`.
fn labeled_after_start(store: Vec<StoredRecord>, local: &[Write], state: &State) -> usize {
    let local: Vec<(String, String)> =
        local.iter().filter_map(|write| Some((write.key.clone(), write.value.clone()?))).collect();
    let migration = plan_migration(&local, store, &HashSet::new());
    let mut entries = migration.entries.clone();
    entries.extend(
        all_records(&state.work, &state.preferences(), 1)
            .into_iter()
            .filter(|w| w.key == META_KEY)
            .filter_map(|w| Some((w.key, w.value?))),
    );
    let loaded = load(&documents(), &entries);
    loaded.saved.annotations.values().map(|annotations| annotations.labeled_count()).sum()
}

fn labeled(state: &State) -> State {
    apply(state, &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ToggleLabelKey(4))])
}

#[test]
fn a_label_whose_write_has_not_committed_is_kept_for_the_next_start() {
    let empty = State::new(documents(), &Preferences::default());
    let store = store_of(&empty, 1);
    let mut writer = Writer::new(Some(&empty.work), Vec::new(), 1, Vec::new());
    let state = labeled(&empty);
    let batch = writer.batch(&state.work, 10).expect("a batch on its way");
    // Undo and redo while it is on its way, then the page goes.
    let state = apply(&state, &[Action::Undo, Action::Redo]);
    let kept = writer.leaving(&state.work, 20, LEAVING_LIMIT);
    assert!(kept.iter().any(|write| write.key == "hamish/v1/doc/a/0"), "{kept:?}");
    assert_eq!(labeled_after_start(store.clone(), &kept, &state), 1, "the label is there after the reload");
    assert_eq!(labeled_after_start(store, &[], &state), 0, "without them it would be lost");
    // The tab stays after all: what it writes next comes after them.
    let leaving_seq = kept.iter().filter_map(|write| write.value.as_deref()).map(record_seq).max().unwrap_or(0);
    writer.committed(batch.id, Vec::new());
    let unlabeled = apply(&state, &[Action::Annotate(Annotate::ToggleLabelKey(4))]);
    let next = writer.batch(&unlabeled.work, 15).expect("the next batch");
    assert!(next.merges.iter().all(|merge| merge.seq > leaving_seq), "the tab's later change wins over what it kept");
}

#[test]
fn a_label_taken_off_is_kept_as_an_empty_chunk_and_nothing_is_kept_when_all_is_stored() {
    let state = labeled(&State::new(documents(), &Preferences::default()));
    let store = store_of(&state, 1);
    let mut writer = Writer::new(Some(&state.work), Vec::new(), 1, Vec::new());
    assert!(writer.leaving(&state.work, 20, LEAVING_LIMIT).is_empty(), "all is stored: nothing to keep");
    let unlabeled = apply(&state, &[Action::Annotate(Annotate::ToggleLabelKey(4))]);
    let kept = writer.leaving(&unlabeled.work, 30, LEAVING_LIMIT);
    assert_eq!(labeled_after_start(store.clone(), &kept, &unlabeled), 0, "the label stays off");
    assert_eq!(labeled_after_start(store, &[], &unlabeled), 1, "without them it would come back");
    assert!(writer.leaving(&unlabeled.work, 40, 10).is_empty(), "more than the limit: left to the store");
}

/// Whether sentence 1 shows `label` after a start that finds `store` and
/// `local`: on it, and in the label set.
fn shown_after_start(store: Vec<StoredRecord>, local: &[Write], label: LabelId) -> bool {
    let local: Vec<(String, String)> =
        local.iter().filter_map(|write| Some((write.key.clone(), write.value.clone()?))).collect();
    let loaded = load(&documents(), &plan_migration(&local, store, &HashSet::new()).entries);
    let in_set = loaded.saved.labels.is_some_and(|labels| labels.get(label).is_some());
    let on_sentence = loaded.saved.annotations.values().any(|annotations| annotations.labels(1).contains(&label));
    in_set && on_sentence
}

#[test]
fn a_change_undone_while_its_write_is_on_its_way_stays_undone() {
    // Stored: sentence 1 labeled. Its label is deleted from the label set
    // and that write goes; undone at once (the label set is back to the very
    // one the store held), and the page goes before the write has committed.
    let state = labeled(&State::new(documents(), &Preferences::default()));
    let label = state.work.labels().by_key(4, Target::Sentences).expect("a fourth label").id;
    let mut writer = Writer::new(Some(&state.work), Vec::new(), 1, Vec::new());
    let deleted = apply(&state, &[Action::Labels(LabelEdit::Delete(label))]);
    writer.batch(&deleted.work, 10).expect("the deletion, on its way");
    let undone = apply(&deleted, &[Action::Undo]);
    let kept = writer.leaving(&undone.work, 20, LEAVING_LIMIT);
    // That write commits as the page goes: the next start still shows the label.
    let store = store_of(&deleted, 11);
    assert!(!shown_after_start(store.clone(), &[], label), "the write on its way deleted it");
    assert!(shown_after_start(store, &kept, label), "what was kept puts it back: {kept:?}");
    // Or the write never commits: the label is there all the same.
    assert!(shown_after_start(store_of(&state, 1), &kept, label));
}
