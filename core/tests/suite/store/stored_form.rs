//! The stored form of the work: round trips, anchoring, migration, merges,
//! and what a change writes.

use crate::helpers::{apply, bundled};
use hamish_core::i18n::Lang;
use hamish_core::model::anchor::{anchor, StoredAnnotation};
use hamish_core::model::annotations::{Chunk, SentenceAnnotation, CHUNK_SIZE};
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Documents, LabelEdit, Select, Setting, State};
use hamish_core::store::{
    all_records, chunk_key, decode_labels, decode_meta, key_kind, load, merge_chunk, stored_update, writes_between,
    KeyKind, RecordError, StoredUpdate, LABELS_KEY, META_KEY,
};
use hamish_core::text::document::{Document, DocumentId};
use proptest::prelude::*;

fn documents() -> Vec<Document> {
    vec![bundled("a", "أولى. ثانية. ثالثة. رابعة."), bundled("b", "وحيدة.")]
}

/// What storage would hold after writing everything in `state`.
fn stored(state: &State) -> Vec<(String, String)> {
    all_records(&state.work, &state.preferences(), 7)
        .into_iter()
        .filter_map(|write| Some((write.key, write.value?)))
        .collect()
}

fn labeled_state() -> State {
    apply(
        State::new(documents(), &Preferences::default()),
        &[
            Action::Set(Setting::Language(Lang::English)),
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Annotate(Annotate::SetNote { index: 3, note: "ملاحظة 😀".into() }),
            Action::Labels(LabelEdit::Add("استنتاج".into())),
            Action::Documents(Documents::Open(DocumentId("b".into()))),
        ],
    )
}

#[test]
fn everything_written_reads_back_the_same() {
    let state = labeled_state();
    let entries = stored(&state);
    let loaded = load(&documents(), &entries);
    assert!(loaded.unreadable.is_empty(), "{:?}", loaded.unreadable);
    assert!(!loaded.reanchored);
    assert_eq!(loaded.max_seq, 7);
    let restored = State::restore(documents(), loaded.saved);
    assert_eq!(restored.work.annotations(), state.work.annotations());
    assert_eq!(restored.work.labels(), state.work.labels());
    assert_eq!(restored.preferences(), state.preferences());
}

#[test]
fn the_keys_are_namespaced_and_versioned() {
    let keys: Vec<String> = stored(&labeled_state()).into_iter().map(|(key, _)| key).collect();
    assert_eq!(keys, ["hamish/v1/meta", "hamish/v1/labels", "hamish/v1/base/a", "hamish/v1/doc/a/0"]);
    assert_eq!(key_kind("hamish/v1/doc/a/0"), KeyKind::Chunk(DocumentId("a".into()), 0));
    assert_eq!(key_kind("hamish/v1/doc/a/x"), KeyKind::Foreign);
    assert_eq!(key_kind("hamish/v2/doc/a/0"), KeyKind::Foreign);
    assert_eq!(key_kind("hamish/v1/quarantine/hamish/v1/labels"), KeyKind::Quarantine);
}

#[test]
fn a_label_change_writes_only_the_chunk_it_touched() {
    let long_text: String = (0..CHUNK_SIZE * 2).map(|i| format!("جملة رقم {i}. ")).collect();
    let start = State::new(vec![bundled("long", &long_text)], &Preferences::default());
    let before = apply(
        &start,
        &[
            Action::Select(Select::One(3)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Select(Select::One(CHUNK_SIZE + 3)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
        ],
    );
    let after =
        apply(&before, &[Action::Select(Select::One(CHUNK_SIZE + 4)), Action::Annotate(Annotate::ToggleLabelKey(2))]);
    let writes = writes_between(Some(&before.work), &after.work, 9);
    let keys: Vec<&str> = writes.iter().map(|write| write.key.as_str()).collect();
    assert_eq!(keys, [chunk_key(&DocumentId("long".into()), 1)]);
    let label_edit =
        apply(&after, &[Action::Labels(LabelEdit::Recolor(LabelId(1), hamish_core::model::labels::LabelColor::Red))]);
    let keys: Vec<String> =
        writes_between(Some(&after.work), &label_edit.work, 10).into_iter().map(|write| write.key).collect();
    assert_eq!(keys, [LABELS_KEY]);
    let selection_only = apply(&label_edit, &[Action::Select(Select::Move(1))]);
    assert!(writes_between(Some(&label_edit.work), &selection_only.work, 11).is_empty());
}

#[test]
fn clearing_a_chunk_removes_its_key() {
    let labeled = apply(
        State::new(documents(), &Preferences::default()),
        &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(1))],
    );
    let cleared = apply(&labeled, &[Action::Annotate(Annotate::ClearLabels)]);
    let writes = writes_between(Some(&labeled.work), &cleared.work, 3);
    assert_eq!(writes.len(), 1);
    assert_eq!((writes[0].key.as_str(), writes[0].value.as_deref()), ("hamish/v1/doc/a/0", None));
}

#[test]
fn meta_of_the_first_version_is_migrated() {
    let old = r#"{"version":1,"lang":"en","open_document":"b"}"#;
    let preferences = decode_meta(old).expect("version 1 reads");
    assert_eq!(
        preferences,
        Preferences { lang: Lang::English, open_document: Some(DocumentId("b".into())), ..Preferences::default() }
    );
    assert_eq!(decode_meta(r#"{"v":9,"seq":1,"lang":"ar","open_document":null}"#), Err(RecordError::TooNew(9)));
}

#[test]
fn unreadable_and_newer_records_are_reported_not_read() {
    let mut entries = stored(&labeled_state());
    entries.push(("hamish/v1/doc/b/0".into(), "{not json".into()));
    entries.push(("hamish/v1/labels".into(), r#"{"v":99,"seq":1,"labels":[],"multiple":true}"#.into()));
    entries.push(("hamish/v9/future".into(), "anything".into()));
    entries.push(("other-app/key".into(), "anything".into()));
    let loaded = load(&documents(), &entries);
    let keys: Vec<&str> = loaded.unreadable.iter().map(|item| item.key.as_str()).collect();
    assert_eq!(keys, ["hamish/v1/doc/b/0", "hamish/v1/labels"]);
    assert!(loaded.unreadable[1].reason.contains("newer"), "{}", loaded.unreadable[1].reason);
    assert_eq!(loaded.unreadable[0].value, "{not json");
    assert!(loaded.saved.annotations.contains_key(&DocumentId("a".into())), "the readable records still load");
    assert!(decode_labels(r#"{"v":2,"seq":1,"multiple":true,"labels":[{"id":1,"name":"x","color":"red"},{"id":1,"name":"y","color":"red"}]}"#).is_err());
}

#[test]
fn annotations_follow_their_sentence_when_the_text_changes() {
    let old = bundled("a", "أولى. ثانية. ثالثة.");
    let state = apply(
        State::new(vec![old], &Preferences::default()),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Select(Select::One(2)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Annotate(Annotate::SetNote { index: 2, note: "ن".into() }),
        ],
    );
    let entries = stored(&state);
    assert!(entries.iter().any(|(key, _)| key == "hamish/v1/base/a"), "the annotated text is kept once");
    // A sentence inserted at the start, and the third one reworded.
    let new = bundled("a", "جديدة. أولى. ثانية. ثالثة معدلة.");
    let loaded = load(&[new], &entries);
    assert!(loaded.reanchored);
    let annotations = &loaded.saved.annotations[&DocumentId("a".into())];
    assert_eq!(
        annotations.iter().map(|(index, a)| (index, a.labels.clone())).collect::<Vec<_>>(),
        vec![(2, vec![LabelId(1)])]
    );
    let orphans = &loaded.saved.orphans[&DocumentId("a".into())];
    assert_eq!(orphans.len(), 1);
    let orphan = &orphans[0];
    assert_eq!(
        (orphan.quote.as_str(), orphan.annotation.labels.as_slice(), orphan.annotation.note.as_str()),
        ("ثالثة.", &[LabelId(2)][..], "ن")
    );
}

#[test]
fn a_labeled_sentence_costs_about_thirty_bytes_of_storage() {
    let text: String = (0..200).map(|i| format!("جملة رقم {i} في نص طويل. ")).collect();
    let one = apply(
        State::new(vec![bundled("long", &text)], &Preferences::default()),
        &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(1))],
    );
    let all = apply(&one, &[Action::Select(Select::ExtendToLast), Action::Annotate(Annotate::ToggleLabelKey(1))]);
    let bytes = |state: &State| -> usize {
        stored(state).iter().filter(|(key, _)| key.contains("/doc/")).map(|(key, value)| key.len() + value.len()).sum()
    };
    let per_sentence = (bytes(&all) - bytes(&one)) / 199;
    assert!(per_sentence <= 40, "{per_sentence} bytes per labeled sentence");
}

#[test]
fn record_sequence_numbers_are_read_from_the_start_of_a_record() {
    assert_eq!(hamish_core::store::record_seq(r#"{"v":2,"seq":1764061200123,"a":[]}"#), 1_764_061_200_123);
    assert_eq!(hamish_core::store::record_seq("{not json"), 0);
    assert_eq!(hamish_core::store::record_seq(&"ب".repeat(100)), 0);
}

#[test]
fn a_repeated_sentence_is_matched_to_the_nearest_copy() {
    let text = "نعم. قال شيئا. نعم. قال آخر. نعم.";
    let document = bundled("a", text);
    let hash = document.sentences()[2].hash.to_string();
    let start = document.sentences()[2].start;
    let stored = vec![StoredAnnotation {
        start: start + 3,
        end: start + 7,
        hash,
        quote: "نعم.".into(),
        annotation: SentenceAnnotation { labels: vec![LabelId(1)], ..SentenceAnnotation::default() },
    }];
    let anchored = anchor(&document, stored);
    assert_eq!(anchored.placed.keys().copied().collect::<Vec<_>>(), vec![2]);
}

#[test]
fn loading_a_changed_document_keeps_orphans_and_asks_for_a_rewrite() {
    let state = apply(
        State::new(vec![bundled("a", "أولى. ثانية.")], &Preferences::default()),
        &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ToggleLabelKey(3))],
    );
    let entries = stored(&state);
    let loaded = load(&[bundled("a", "أولى. ثانية مختلفة.")], &entries);
    assert!(loaded.reanchored);
    assert_eq!(loaded.saved.orphans[&DocumentId("a".into())].len(), 1);
    let restored = State::restore(vec![bundled("a", "أولى. ثانية مختلفة.")], loaded.saved);
    let keys: Vec<String> = writes_between(None, &restored.work, 1).into_iter().map(|write| write.key).collect();
    assert!(keys.contains(&"hamish/v1/orphans/a".to_string()), "{keys:?}");
    // Annotations of a document the app no longer has are kept as orphans too.
    let gone = load(&[bundled("z", "أخرى.")], &entries);
    assert_eq!(gone.saved.orphans[&DocumentId("a".into())].len(), 1);
}

#[test]
fn another_tabs_chunk_becomes_an_update() {
    let state = apply(
        State::new(documents(), &Preferences::default()),
        &[Action::Select(Select::One(2)), Action::Annotate(Annotate::ToggleLabelKey(4))],
    );
    let (key, value) = stored(&state).into_iter().find(|(key, _)| key.contains("/doc/")).expect("a chunk");
    let update = stored_update(state.work.documents(), &key, Some(&value)).expect("an update");
    let StoredUpdate::Chunk { doc, chunk, entries } = &update else { panic!("{update:?}") };
    assert_eq!((doc.as_str(), *chunk, entries[&2].labels.as_slice()), ("a", 0, &[LabelId(4)][..]));
    let fresh = State::new(documents(), &Preferences::default());
    let applied = fresh.reduce(&Action::ApplyStored(update.clone())).expect("it changes the state");
    assert_eq!(applied.work.annotations(), state.work.annotations());
    assert!(!applied.history.can_undo(), "data from storage is not an undoable change");
    assert_eq!(applied.reduce(&Action::ApplyStored(update)), None, "the same data twice changes nothing");
    assert_eq!(stored_update(state.work.documents(), META_KEY, Some("{}")), None);
}

#[test]
fn merging_keeps_both_tabs_work() {
    let annotation = |id: u32| SentenceAnnotation { labels: vec![LabelId(id)], ..SentenceAnnotation::default() };
    let base: Chunk = [(1, annotation(1))].into_iter().collect();
    let ours: Chunk = [(1, annotation(1)), (2, annotation(2))].into_iter().collect();
    let theirs: Chunk = [(1, annotation(1)), (5, annotation(5))].into_iter().collect();
    let labels = hamish_core::model::labels::LabelSet::default();
    let merged = merge_chunk(&base, &ours, &theirs, &labels);
    assert_eq!(merged.keys().copied().collect::<Vec<_>>(), vec![1, 2, 5]);
    let ours_removed: Chunk = Chunk::new();
    let merged = merge_chunk(&base, &ours_removed, &theirs, &labels);
    assert_eq!(merged.keys().copied().collect::<Vec<_>>(), vec![5], "our removal of 1 wins, their 5 stays");
}

#[test]
fn merging_goes_label_by_label() {
    let annotation = |ids: &[u32]| SentenceAnnotation {
        labels: ids.iter().map(|id| LabelId(*id)).collect(),
        ..SentenceAnnotation::default()
    };
    let labels = hamish_core::model::labels::LabelSet::default();
    let base: Chunk = [(1, annotation(&[1]))].into_iter().collect();
    // Here label 2 was added; there label 3 was added and label 1 taken off.
    let ours: Chunk = [(1, annotation(&[1, 2]))].into_iter().collect();
    let theirs: Chunk = [(1, annotation(&[3]))].into_iter().collect();
    let merged = merge_chunk(&base, &ours, &theirs, &labels);
    assert_eq!(merged.get(&1), Some(&annotation(&[2, 3])), "both additions kept, the removal stays");
    // A label the set does not know (made in another tab) is kept.
    let theirs: Chunk = [(1, annotation(&[1, 9]))].into_iter().collect();
    let merged = merge_chunk(&base, &ours, &theirs, &labels);
    assert_eq!(merged.get(&1), Some(&annotation(&[1, 2, 9])));
    // One label per sentence: this side's choice wins.
    let single = hamish_core::model::labels::LabelSet { multiple: false, ..labels };
    let (base, ours, theirs) = (Chunk::new(), [(1, annotation(&[2]))].into(), [(1, annotation(&[3]))].into());
    assert_eq!(merge_chunk(&base, &ours, &theirs, &single).get(&1), Some(&annotation(&[2])));
}

fn actions() -> impl Strategy<Value = Vec<Action>> {
    let action = prop_oneof![
        (0usize..4).prop_map(|value| Action::Select(Select::One(value))),
        (0usize..4).prop_map(|value| Action::Select(Select::ExtendTo(value))),
        (1u8..7).prop_map(|value| Action::Annotate(Annotate::ToggleLabelKey(value))),
        (0usize..4, "\\PC{0,8}").prop_map(|(index, note)| Action::Annotate(Annotate::SetNote { index, note })),
        "\\PC{1,6}".prop_map(|value| Action::Labels(LabelEdit::Add(value))),
        (1u32..7).prop_map(|id| Action::Labels(LabelEdit::Delete(LabelId(id)))),
        Just(Action::Documents(Documents::Open(DocumentId("b".into())))),
        Just(Action::Documents(Documents::Open(DocumentId("a".into())))),
        Just(Action::Undo),
    ];
    prop::collection::vec(action, 0..30)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_state_survives_storage(actions in actions()) {
        let state = apply(State::new(documents(), &Preferences::default()), &actions);
        let loaded = load(&documents(), &stored(&state));
        prop_assert!(loaded.unreadable.is_empty());
        prop_assert!(!loaded.reanchored);
        let restored = State::restore(documents(), loaded.saved);
        prop_assert_eq!(&restored.work.annotations(), &state.work.annotations());
        prop_assert_eq!(&restored.work.labels(), &state.work.labels());
    }

    #[test]
    fn garbage_never_panics_and_is_reported(key_tail in "(meta|labels|doc/a/0|orphans/a)", value in "\\PC{0,40}") {
        let key = format!("hamish/v1/{key_tail}");
        let loaded = load(&documents(), &[(key.clone(), value.clone())]);
        let read = loaded.unreadable.is_empty();
        prop_assert!(read || loaded.unreadable[0].value == value);
    }
}

#[test]
fn an_orphan_stored_twice_is_listed_once() {
    let state = apply(
        State::new(vec![bundled("gone", "نص سيُحذف.")], &Preferences::default()),
        &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(1))],
    );
    let mut entries = stored(&state);
    // The document is gone: its annotations become orphans, written to the orphan list...
    let first = load(&[bundled("z", "أخرى.")], &entries);
    let restored = State::restore(vec![bundled("z", "أخرى.")], first.saved);
    entries.extend(stored(&restored).into_iter().filter(|(key, _)| key.contains("/orphans/")));
    // ...and if the old chunk is still there too, the orphan is not doubled.
    let again = load(&[bundled("z", "أخرى.")], &entries);
    assert_eq!(again.saved.orphans[&DocumentId("gone".into())].len(), 1);
}

#[test]
fn stored_annotations_are_grouped_by_document_in_one_pass() {
    let state = apply(
        State::new(documents(), &Preferences::default()),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Documents(Documents::Open(DocumentId("b".into()))),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
        ],
    );
    let entries = stored(&state);
    let grouped = hamish_core::store::stored_annotations_by_document(&entries);
    for id in ["a", "b"] {
        let id = DocumentId(id.into());
        let one_by_one = hamish_core::store::stored_annotations_of(&entries, &id);
        assert!(!one_by_one.is_empty(), "{id} has stored annotations");
        assert_eq!(grouped.get(&id), Some(&one_by_one));
    }
    assert_eq!(grouped.len(), 2, "only documents with chunks");
}
