//! Merging a validated Hamish JSON file into the work: one recorded change,
//! so undoing it removes everything it brought (documents, labels,
//! annotations and orphans).

use super::action::ImportFile;
use super::{Notice, Panel, State, Step};
use crate::formats::plan::{document_for, merged_labels, remap, unplaced_orphans};
use crate::formats::plan::{ImportMode, ImportPlan};
use crate::model::anchor::anchor;
use crate::model::annotations::SentenceAnnotation;
use crate::model::change::SentenceEdit;
use crate::model::labels::{Label, LabelId, LabelSet};
use crate::text::document::DocumentId;
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
    let (mut labels, map) = merged_labels(work.labels(), &file.labels);
    if *mode == ImportMode::Replace {
        labels = replaced_labels(state, labels, &map, plan);
    }
    let mut change = state.labels_change(labels);
    for valid in &file.documents {
        let document = Rc::new(document_for(work, valid));
        if work.position(&document.id).is_none() {
            change.added.push(document.clone());
        }
        let current = work.annotations_of(&document.id).cloned().unwrap_or_default();
        let anchored = anchor(&document, remap(valid.annotations.clone(), &map));
        let mut target: BTreeMap<usize, SentenceAnnotation> = match mode {
            ImportMode::Replace => BTreeMap::new(),
            ImportMode::Merge { .. } => current.iter().map(|(index, a)| (index, a.clone())).collect(),
        };
        for (index, theirs) in anchored.placed {
            let keep_mine = match mode {
                ImportMode::Merge { take_theirs } => {
                    current.get(index).is_some() && !take_theirs.contains(&(document.id.clone(), index))
                }
                ImportMode::Replace => false,
            };
            if !keep_mine {
                target.insert(index, suggest(theirs, as_suggestions));
            }
        }
        let indexes: BTreeSet<usize> = target.keys().copied().chain(current.iter().map(|(index, _)| index)).collect();
        for index in indexes {
            let (before, after) = (current.get(index).cloned(), target.get(&index).cloned());
            if before != after {
                change.edits.push(SentenceEdit { doc: document.id.clone(), index, before, after });
            }
        }
        let orphans = unplaced_orphans(&document, valid, &map).into_iter().map(|mut orphan| {
            orphan.annotation = suggest(orphan.annotation, as_suggestions);
            orphan
        });
        change.orphans_added.extend(orphans);
    }
    let added = change.added.len();
    let step = next.commit(change);
    if let Some(first) = file.documents.first() {
        next.open_id(&first.id);
    }
    if next.prefs.annotator.is_empty() {
        next.prefs.annotator = file.annotator.clone();
    }
    next.view.panel = Panel::None;
    next.view.notice = Some(Notice::Imported { annotations: plan.annotations, documents: added });
    step
}

/// `annotation`, marked as a suggestion when `as_suggestions` and it has labels.
fn suggest(mut annotation: SentenceAnnotation, as_suggestions: bool) -> SentenceAnnotation {
    annotation.suggested |= as_suggestions && !annotation.labels.is_empty();
    annotation
}

/// For a replacing import: the file's labels first, in its order and
/// colours; then the app's other labels that documents outside the file
/// still use.
fn replaced_labels(state: &State, merged: LabelSet, map: &BTreeMap<LabelId, LabelId>, plan: &ImportPlan) -> LabelSet {
    let file = &plan.file;
    let mut labels: Vec<Label> = file
        .labels
        .labels
        .iter()
        .filter_map(|label| {
            let id = *map.get(&label.id)?;
            Some(Label { id, ..label.clone() })
        })
        .collect();
    let in_file: BTreeSet<&DocumentId> = file.documents.iter().map(|valid| &valid.id).collect();
    for label in merged.labels {
        let used_elsewhere = state.work.annotations().iter().any(|(doc, annotations)| {
            !in_file.contains(doc) && annotations.iter().any(|(_, a)| a.labels.contains(&label.id))
        });
        if used_elsewhere && !labels.iter().any(|known| known.id == label.id) {
            labels.push(label);
        }
    }
    LabelSet { labels, multiple: file.labels.multiple }
}
