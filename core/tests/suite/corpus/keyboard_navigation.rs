//! Moving through a corpus by keyboard: next and previous documents, the
//! next unlabeled sentence anywhere, label and advance through undo, and
//! search results labeled at once.

use crate::helpers::apply;
use hamish_core::corpus::search::search_work;
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Corpus, Documents, Notice, Select, Selection, Setting, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::text::search::SearchOptions;
use std::rc::Rc;

fn state() -> State {
    let texts = ["أولى. ثانية. ثالثة.", "الإسلامُ دين. جملة.", "عن الاسلام. أخرى."];
    let documents = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            Document::new(DocumentId::from(format!("d{i}")), text.to_string(), "", DocumentSource::Imported)
        })
        .collect();
    State::new(documents, &Preferences::default())
}

fn open_id(state: &State) -> String {
    state.open_document().map(|document| document.id.0.clone()).unwrap_or_default().to_string()
}

fn labels(state: &State, doc: &str, index: usize) -> Vec<LabelId> {
    state.work.annotations_of(&DocumentId(doc.into())).map(|a| a.labels(index).to_vec()).unwrap_or_default()
}

#[test]
fn brackets_open_the_next_and_previous_document_and_stop_at_the_ends() {
    let state = state();
    let moved = apply(&state, &[Action::Corpus(Corpus::OpenAdjacent(1)), Action::Corpus(Corpus::OpenAdjacent(1))]);
    assert_eq!(open_id(&moved), "d2");
    assert!(moved.reduce(&Action::Corpus(Corpus::OpenAdjacent(1))).is_none(), "no document after the last");
    assert_eq!(open_id(&apply(&moved, &[Action::Corpus(Corpus::OpenAdjacent(-1))])), "d1");
    assert!(state.reduce(&Action::Corpus(Corpus::OpenAdjacent(-1))).is_none());
}

#[test]
fn brackets_wait_while_documents_still_arrive_out_of_their_order() {
    // After a reload, the open document arrives first, the rest in slices,
    // then their order: until then "next" is not known.
    let doc = |id: &str| Rc::new(Document::new(DocumentId::from(id), "جملة.".into(), "", DocumentSource::Imported));
    let arriving = apply(
        State::new(vec![], &Preferences::default()),
        &[
            Action::Documents(Documents::Load(vec![(doc("c"), Vec::new())])),
            Action::Documents(Documents::Open(DocumentId::from("c"))),
        ],
    );
    let asked = apply(
        &arriving,
        &[
            Action::Documents(Documents::Load(vec![(doc("a"), Vec::new()), (doc("b"), Vec::new())])),
            Action::Corpus(Corpus::OpenAdjacent(1)),
        ],
    );
    assert_eq!(open_id(&asked), "c", "the place is kept");
    assert_eq!(asked.view.notice, Some(Notice::DocumentsArriving), "and the reader is told why");
    let order =
        Rc::new(vec![DocumentId::from("a"), DocumentId::from("b"), DocumentId::from("c"), DocumentId::from("d")]);
    let ordered =
        apply(&asked, &[Action::Documents(Documents::Order(order)), Action::Corpus(Corpus::OpenAdjacent(-1))]);
    assert_eq!(open_id(&ordered), "b", "once in order, the previous one is the one before it");
}

#[test]
fn a_label_key_after_a_bracket_labels_the_next_documents_first_sentence() {
    let keys = [Action::Corpus(Corpus::OpenAdjacent(1)), Action::Annotate(Annotate::ToggleLabelKey(1))];
    let labeled = apply(apply(state(), &keys), &keys);
    assert_eq!(open_id(&labeled), "d2");
    assert_eq!(
        labeled.view.selection,
        Some(Selection::single(0)),
        "the document opens with its first sentence selected"
    );
    assert_eq!(labels(&labeled, "d1", 0).len(), 1, "one key a document");
    assert_eq!(labels(&labeled, "d2", 0).len(), 1);
}

#[test]
fn the_next_unlabeled_sentence_is_found_in_the_documents_after() {
    let state = apply(
        state(),
        &[Action::Select(Select::All), Action::Annotate(Annotate::ToggleLabelKey(1)), Action::Select(Select::One(2))],
    );
    let found = apply(&state, &[Action::Corpus(Corpus::NextUnlabeled)]);
    assert_eq!((open_id(&found), found.view.selection), ("d1".to_string(), Some(Selection::single(0))));
    // Everything labeled: it says so.
    let label_all = [
        Action::Corpus(Corpus::OpenAdjacent(1)),
        Action::Select(Select::All),
        Action::Annotate(Annotate::ToggleLabelKey(1)),
    ];
    let all = apply(apply(&state, &label_all), &label_all);
    let done = apply(&all, &[Action::Corpus(Corpus::NextUnlabeled)]);
    assert_eq!(done.view.notice, Some(Notice::AllLabeled));
}

#[test]
fn label_and_advance_moves_on_and_undo_comes_back() {
    let start = state();
    let state = apply(
        &start,
        &[
            Action::Set(Setting::Advance(true)),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
        ],
    );
    assert_eq!(state.view.selection, Some(Selection::single(1)), "moved to the next unlabeled sentence");
    let state = apply(&state, &[Action::Annotate(Annotate::ToggleLabelKey(1))]);
    assert_eq!(state.view.selection, Some(Selection::single(2)));
    let undone = apply(&state, &[Action::Undo]);
    assert_eq!((undone.view.selection, labels(&undone, "d0", 1)), (Some(Selection::single(1)), vec![]));
    assert!(undone.preferences().advance, "the setting is kept with the preferences");
    let off = apply(&start, &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(2))]);
    assert_eq!(off.view.selection, Some(Selection::single(0)), "off by default");
}

#[test]
fn search_results_are_labeled_at_once_and_undone_in_one_step() {
    let state = state();
    let results = search_work(&state.work, "الاسلام", SearchOptions::default(), 100);
    let places: Vec<(DocumentId, usize)> = results.hits.iter().map(|hit| (hit.doc.clone(), hit.index)).collect();
    assert_eq!(places.len(), 2);
    let label = state.work.labels().labels[3].id;
    let labeled = apply(&state, &[Action::Corpus(Corpus::Label(Rc::new(places.clone()), label))]);
    assert_eq!((labels(&labeled, "d1", 0), labels(&labeled, "d2", 0)), (vec![label], vec![label]));
    let again = apply(&labeled, &[Action::Corpus(Corpus::Label(Rc::new(places), label))]);
    assert!(labels(&again, "d1", 0).is_empty(), "when all have it, it is taken from all");
    let undone = apply(&labeled, &[Action::Undo]);
    assert!(labels(&undone, "d1", 0).is_empty() && labels(&undone, "d2", 0).is_empty());
    let jumped = apply(&state, &[Action::Corpus(Corpus::GoToSentence(DocumentId("d2".into()), 0))]);
    assert_eq!((open_id(&jumped), jumped.view.selection), ("d2".to_string(), Some(Selection::single(0))));
}

#[test]
fn documents_read_back_out_of_order_are_put_back_in_their_stored_order() {
    let state = apply(state(), &[Action::Corpus(Corpus::OpenAdjacent(2))]);
    let order: Vec<DocumentId> = ["d2", "d0", "d1"].iter().map(|id| DocumentId(id.to_string().into())).collect();
    let ordered = apply(&state, &[Action::Documents(Documents::Order(Rc::new(order)))]);
    let ids: Vec<&str> = ordered.work.documents().iter().map(|document| document.id.as_str()).collect();
    assert_eq!(ids, ["d2", "d0", "d1"]);
    assert_eq!(open_id(&ordered), "d2", "the open document stays open");
    assert!(ordered.history.can_undo() == state.history.can_undo(), "not a change to undo");
    let again = Rc::new(ids.iter().map(|id| DocumentId(id.to_string().into())).collect::<Vec<_>>());
    assert!(ordered.reduce(&Action::Documents(Documents::Order(again))).is_none(), "already in order: nothing to do");
}
