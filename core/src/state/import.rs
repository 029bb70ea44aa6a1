//! Taking in a validated file (Hamish JSON, W3C, or an export read back):
//! one recorded change, so undoing it removes everything it brought
//! (documents, labels, annotations and orphans). Each sentence is set
//! layer by layer ([`crate::formats::layers`]); no label leaves the set.

use super::action::ImportFile;
use super::{Notice, Panel, State, Step};
use crate::formats::layers::{merged, replaced, Carries};
use crate::formats::plan::ImportMode;
use crate::formats::plan::{document_for, merged_labels, remap, unplaced_orphans};
use crate::model::anchor::anchor;
use crate::model::annotations::SentenceAnnotation;
use crate::model::change::SentenceEdit;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// Takes in an import plan: documents the app lacks are added, labels are
/// matched by name (new ones added), annotations set per `mode`, and file
/// annotations with no sentence kept as orphans. With `as_suggestions`,
/// every labeled annotation taken from the file is a suggestion to review.
pub(super) fn reduce(state: &State, next: &mut State, file: &ImportFile) -> Step {
    let ImportFile { plan, mode, as_suggestions } = file;
    let as_suggestions = *as_suggestions;
    let file = &plan.file;
    let work = &state.work;
    let carries =
        Carries::of(file.documents.iter().flat_map(|document| &document.annotations).map(|stored| &stored.annotation));
    let (merged_set, map) = merged_labels(work.labels(), &file.labels);
    let mut added = Vec::new();
    let mut edits = Vec::new();
    let mut orphans = Vec::new();
    for valid in &file.documents {
        let document = Rc::new(document_for(work, valid));
        if work.position(&document.id).is_none() {
            added.push(document.clone());
        }
        let current = work.annotations_of(&document.id).cloned().unwrap_or_default();
        let anchored = anchor(&document, remap(valid.annotations.clone(), &map));
        let mut theirs: BTreeMap<usize, SentenceAnnotation> =
            anchored.placed.into_iter().map(|(index, theirs)| (index, suggest(theirs, as_suggestions))).collect();
        let indexes: BTreeSet<usize> = theirs.keys().copied().chain(current.iter().map(|(index, _)| index)).collect();
        for index in indexes {
            let mine = current.get(index);
            let after = match mode {
                ImportMode::Replace => replaced(mine, theirs.remove(&index), carries),
                ImportMode::Merge { take_theirs } => match theirs.remove(&index) {
                    Some(theirs) => merged(mine, theirs, take_theirs.contains(&(document.id.clone(), index))),
                    None => continue,
                },
            };
            let (before, after) = (mine.cloned(), Some(after).filter(|after| !after.is_empty()));
            if before != after {
                edits.push(SentenceEdit { doc: document.id.clone(), index, before, after });
            }
        }
        orphans.extend(unplaced_orphans(&document, valid, &map).into_iter().map(|mut orphan| {
            orphan.annotation = suggest(orphan.annotation, as_suggestions);
            orphan
        }));
    }
    // Either way no label leaves the set, nor moves (its key stays): a
    // label the file does not use may still be wanted.
    let mut change = state.labels_change(merged_set);
    change.added = added;
    change.edits = edits;
    change.orphans_added = orphans;
    let (added, changed) = (change.added.len(), change.edits.len());
    // The first document the file added opens; a file onto documents here
    // leaves the reader where they were.
    let first_added = change.added.first().map(|document| document.id.clone());
    let step = if change.is_empty() { Step::Done } else { next.commit(change) };
    if let Some(first) = first_added {
        next.open_id(&first);
    }
    if next.prefs.annotator.is_empty() {
        next.prefs.annotator = file.annotator.clone();
    }
    next.view.panel = Panel::None;
    next.view.notice = Some(Notice::Imported { annotations: changed, documents: added });
    step
}

/// `annotation`, marked as a suggestion when `as_suggestions` and it has labels.
fn suggest(mut annotation: SentenceAnnotation, as_suggestions: bool) -> SentenceAnnotation {
    annotation.suggested |= as_suggestions && !annotation.labels.is_empty();
    annotation
}
