//! What each transaction writes: an import's texts with the list that names
//! them, one batch at a time, a failed batch written again whole, documents
//! read back never written again, and another tab's records not echoed.

use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Documents, LabelEdit, Select, State};
use hamish_core::store::{
    decode_imported, encode_imported, encode_labels, imported_entries, Batch, Committed, Writer, IMPORTED_KEY,
    LABELS_KEY,
};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::collections::BTreeSet;
use std::rc::Rc;

fn bundled() -> Vec<Document> {
    vec![Document::new(DocumentId("a".into()), "أولى. ثانية.".into(), "a", DocumentSource::Bundled)]
}

fn imported(n: usize) -> Rc<Document> {
    let text = format!("النص المستورد رقم {n}. جملة ثانية.");
    Rc::new(Document::new(DocumentId::from(format!("imp-{n}")), text, &format!("نص {n}"), DocumentSource::Imported))
}

fn act(state: State, actions: &[Action]) -> State {
    actions.iter().fold(state, |state, action| state.reduce(action).unwrap_or(state))
}

fn start() -> (State, Writer) {
    let state = State::new(bundled(), &Preferences::default());
    let writer = Writer::new(Some(&state.work), Vec::new(), 0, Vec::new());
    (state, writer)
}

/// Commits `batch` as if nothing else were stored.
fn commit(writer: &mut Writer, batch: &Batch) {
    let merged = (batch.merges.iter())
        .map(|merge| Committed {
            key: merge.key.clone(),
            doc: merge.document.id.clone(),
            chunk: merge.chunk,
            merged: merge.merge(None),
        })
        .collect();
    writer.committed(batch.id, merged);
}

fn keys(batch: &Batch) -> BTreeSet<String> {
    batch.keys().into_iter().collect()
}

#[test]
fn an_import_goes_in_one_batch_with_its_texts_and_the_list() {
    let (state, mut writer) = start();
    let state = act(state, &[Action::Documents(Documents::Add(imported(1)))]);
    let batch = writer.batch(&state.work, 10).expect("a batch");
    assert_eq!(batch.texts.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["imp-1"]);
    let list = batch.records.iter().find(|record| record.key == IMPORTED_KEY).expect("the list");
    let listed = decode_imported(list.value.as_deref().expect("a value")).expect("readable");
    assert_eq!(listed, imported_entries(&state.work));
    // While it is on its way, the next change waits for it.
    let state = act(state, &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(1))]);
    assert!(writer.batch(&state.work, 11).is_none());
    assert!(writer.busy());
    commit(&mut writer, &batch);
    let next = writer.batch(&state.work, 12).expect("the label's batch");
    assert!(next.texts.is_empty(), "the text is stored already");
    assert_eq!(next.merges.len(), 1);
}

#[test]
fn a_failed_batch_is_written_again_whole() {
    let (state, mut writer) = start();
    let state =
        act(state, &[Action::Documents(Documents::Add(imported(1))), Action::Labels(LabelEdit::Add("جديد".into()))]);
    let first = writer.batch(&state.work, 10).expect("a batch");
    writer.failed(first.id);
    assert!(!writer.busy());
    let state = act(state, &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(1))]);
    let again = writer.batch(&state.work, 11).expect("written again");
    assert!(keys(&first).is_subset(&keys(&again)), "{:?} ⊄ {:?}", keys(&first), keys(&again));
    assert_eq!(again.texts.len(), 1);
    commit(&mut writer, &again);
    assert!(writer.batch(&state.work, 12).is_none(), "nothing left to write");
}

#[test]
fn documents_read_back_are_not_written_again() {
    let documents: Vec<Rc<Document>> = (0..300).map(imported).collect();
    let listed: Vec<_> = {
        let work = State::new(bundled(), &Preferences::default()).work;
        imported_entries(
            &work.with_documents(bundled().into_iter().map(Rc::new).chain(documents.iter().cloned()).collect()),
        )
    };
    let state = State::new(bundled(), &Preferences::default());
    let mut writer = Writer::new(Some(&state.work), listed.clone(), 0, Vec::new());
    let stored = |n: usize| documents[n].clone();
    // The first slice comes back; meanwhile the user imports a new text.
    let state = act(state, &[Action::Documents(Documents::Load((0..100).map(|n| (stored(n), Vec::new())).collect()))]);
    let state = act(state, &[Action::Documents(Documents::Add(imported(1000)))]);
    let batch = writer.batch(&state.work, 10).expect("the new text");
    assert_eq!(batch.texts.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["imp-1000"]);
    let list = batch.records.iter().find(|record| record.key == IMPORTED_KEY).expect("the list");
    let written = decode_imported(list.value.as_deref().expect("a value")).expect("readable");
    assert_eq!(written.len(), 301, "documents not yet read back stay listed");
    commit(&mut writer, &batch);
    let state =
        act(state, &[Action::Documents(Documents::Load((100..300).map(|n| (stored(n), Vec::new())).collect()))]);
    let batch = writer.batch(&state.work, 11);
    assert!(batch.as_ref().is_none_or(|batch| batch.texts.is_empty() && batch.merges.is_empty()), "{batch:?}");
}

#[test]
fn a_record_from_another_tab_is_not_written_back() {
    let (state, mut writer) = start();
    let mut labels = (**state.work.labels()).clone();
    labels.labels.retain(|label| label.id != LabelId(5));
    let value = encode_labels(40, &labels);
    let documents = state.work.documents().clone();
    let update = writer.received(&documents, LABELS_KEY, Some(&value)).expect("an update");
    let state = act(state, &[Action::ApplyStored(update)]);
    assert_eq!(state.work.labels().labels.len(), 4);
    assert!(writer.batch(&state.work, 41).is_none(), "the label set is stored as it is");
    // The other tab's list of imported documents counts as stored too.
    let listed = encode_imported(42, imported_entries(&state.work));
    assert!(writer.received(&documents, IMPORTED_KEY, Some(&listed)).is_none());
}

#[test]
fn stale_records_go_with_the_first_batch_even_if_it_fails() {
    let state = State::new(bundled(), &Preferences::default());
    let stale = vec!["hamish/v1/doc/gone/0".to_string()];
    let mut writer = Writer::new(Some(&state.work), Vec::new(), 0, stale.clone());
    let batch = writer.batch(&state.work, 5).expect("the deletion");
    assert!(batch.records.iter().any(|record| record.key == stale[0] && record.value.is_none()));
    writer.failed(batch.id);
    let again = writer.batch(&state.work, 6).expect("again");
    assert!(again.records.iter().any(|record| record.key == stale[0]));
    commit(&mut writer, &again);
    assert!(writer.batch(&state.work, 7).is_none());
}
