//! Updates from storage: another tab's writes, or the journal's records
//! at start-up. Applied as changes to the work, never recorded for undo.

use super::{State, Step};
use crate::model::annotations::Chunk;
use crate::model::change::{Change, SentenceEdit, ShelfEdit};
use crate::model::work::Work;
use crate::store::StoredUpdate;
use crate::text::document::DocumentId;
use std::collections::BTreeSet;
use std::rc::Rc;

/// Takes in a stored update: the stored value replaces what this tab has.
pub(super) fn reduce(next: &mut State, update: &StoredUpdate) -> Step {
    take_in(&mut next.work, update);
    Step::Done
}

/// Puts an update from storage into `work` as a change (chunks as changes
/// from what this tab last knew stored, so its own newer edits stay). The
/// reducer does this, and so does the writer for the work it writes next,
/// before the interface has caught up.
pub fn take_in(work: &mut Work, update: &StoredUpdate) {
    let mut change = Change::default();
    match update {
        StoredUpdate::Labels(labels) => {
            if *labels != **work.labels() {
                change.labels = Some((work.labels().clone(), Rc::new(labels.clone())));
            }
        }
        StoredUpdate::Chunk { doc, chunk, entries } => {
            let current = work.annotations_of(doc).and_then(|annotations| annotations.chunk(*chunk));
            change.edits = edits_between(doc, current.map_or(&Chunk::new(), |chunk| chunk), entries);
        }
        StoredUpdate::ChunkChange { doc, before, after, .. } => change.edits = edits_between(doc, before, after),
        StoredUpdate::Adjudication(adjudication) => {
            if !crate::model::work::same_rc(work.adjudication(), adjudication.as_ref())
                && work.adjudication() != adjudication.as_ref()
            {
                change.adjudication = Some((work.adjudication().cloned(), adjudication.clone()));
            }
        }
        StoredUpdate::Shelf { key, kept } => {
            let before = work.shelf().get(key).cloned();
            if before != *kept {
                change.shelf.push(ShelfEdit { key: key.clone(), before, after: kept.clone() });
            }
        }
        StoredUpdate::Orphans { doc, orphans } => {
            let current = work.orphans().get(doc).map_or(&[][..], Vec::as_slice);
            if current != orphans.as_slice() {
                change.orphans_removed = current.to_vec();
                change.orphans_added = orphans.clone();
            }
        }
    }
    work.apply(&change);
}

/// The sentence edits that take chunk `before` of `doc` to `after`.
fn edits_between(doc: &DocumentId, before: &Chunk, after: &Chunk) -> Vec<SentenceEdit> {
    let indexes: BTreeSet<usize> = before.keys().chain(after.keys()).copied().collect();
    indexes
        .into_iter()
        .filter_map(|index| {
            let (was, now) = (before.get(&index).cloned(), after.get(&index).cloned());
            (was != now).then(|| SentenceEdit { doc: doc.clone(), index, before: was, after: now })
        })
        .collect()
}
