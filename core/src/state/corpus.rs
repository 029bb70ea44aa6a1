//! Moving through a corpus: the next or previous document (its first
//! sentence selected), the next
//! unlabeled sentence in any document, a search result's sentence; and
//! labeling many sentences of many documents at once (search results), as
//! one recorded change.

use super::action::Corpus;
use super::{Notice, Selection, State, Step};
use crate::model::annotations::{DocAnnotations, SentenceAnnotation};
use crate::model::change::{Change, SentenceEdit};
use crate::model::labels::LabelId;
use crate::text::document::DocumentId;

/// Corpus actions.
pub(super) fn reduce(state: &State, next: &mut State, action: &Corpus) -> Option<Step> {
    match action {
        Corpus::OpenAdjacent(_) if state.view.documents_arriving => {
            next.view.notice = Some(Notice::DocumentsArriving);
            Some(Step::Done)
        }
        Corpus::OpenAdjacent(by) => {
            let shown = state.work.shown_documents();
            let count = shown.len() as isize;
            let here = state.shown_open() as isize;
            let target = (here + by).clamp(0, count - 1);
            if target == here || count == 0 {
                return None;
            }
            let id = shown[target as usize].id.clone();
            next.open_id(&id);
            next.select_first_sentence();
            Some(Step::Done)
        }
        Corpus::NextUnlabeled => {
            match next_unlabeled(state) {
                Some((id, index)) => {
                    next.open_id(&id);
                    next.view.selection = Some(Selection::single(index));
                }
                None => next.view.notice = Some(Notice::AllLabeled),
            }
            Some(Step::Done)
        }
        Corpus::GoToSentence(id, index) => {
            let count = state.work.document(id)?.sentence_count();
            next.open_id(id);
            next.view.selection = (*index < count).then_some(Selection::single(*index));
            Some(Step::Done)
        }
        Corpus::Label(places, label) => Some(label_sentences(state, next, places, *label)),
    }
}

/// The first unlabeled sentence after the selection (or from the start of
/// the open document), then in the documents after it, then from the first.
fn next_unlabeled(state: &State) -> Option<(DocumentId, usize)> {
    let documents = state.work.documents();
    let count = documents.len();
    let start = state.view.selection.map_or(0, |selection| selection.focus + 1);
    (0..=count).find_map(|step| {
        let document = documents.get((state.view.open + step) % count.max(1))?;
        if !state.work.in_sight(&document.id) {
            return None;
        }
        let annotations = state.work.annotations_of(&document.id);
        let done = |a: &DocAnnotations| a.labeled_count() + a.suggested_count() + a.heading_count();
        if annotations.is_some_and(|a| done(a) >= document.sentence_count()) {
            return None;
        }
        let from = if step == 0 { start } else { 0 };
        let until = if step == count { start.min(document.sentence_count()) } else { document.sentence_count() };
        (from..until)
            .find(|index| annotations.is_none_or(|a| a.needs_label(*index)))
            .map(|index| (document.id.clone(), index))
    })
}

/// Gives every sentence in `places` the label (confirmed), or, when every
/// one already carries it, takes it from them all. With one label a
/// sentence, the label replaces what a sentence carried.
fn label_sentences(state: &State, next: &mut State, places: &[(DocumentId, usize)], label: LabelId) -> Step {
    let work = &state.work;
    if work.labels().get(label).is_none() {
        return Step::Done;
    }
    let current = |(doc, index): &(DocumentId, usize)| {
        work.annotations_of(doc).and_then(|annotations| annotations.get(*index)).cloned()
    };
    let all_have = places.iter().all(|place| current(place).is_some_and(|a| a.labels.contains(&label) && !a.suggested));
    let mut change = Change::default();
    for place in places {
        if work.document(&place.0).is_none_or(|document| place.1 >= document.sentence_count()) {
            continue;
        }
        let before = current(place);
        if before.as_ref().is_some_and(|annotation| annotation.heading) {
            continue;
        }
        let mut after = before.clone().unwrap_or_default();
        if all_have {
            after.labels.retain(|id| *id != label);
        } else if !after.labels.contains(&label) || after.suggested {
            after.labels = if work.labels().multiple && !after.suggested {
                work.labels().sorted(&[after.labels.as_slice(), &[label]].concat())
            } else {
                vec![label]
            };
        }
        after.suggested = false;
        let after = Some(after).filter(|after| !SentenceAnnotation::is_empty(after));
        if before != after {
            change.edits.push(SentenceEdit { doc: place.0.clone(), index: place.1, before, after });
        }
    }
    next.commit(change)
}
