//! Taking in a batch of opened files: the documents the app lacks are
//! added with the labels their rows carry (label names the set lacks are
//! added; the preview said so first), documents already there are left as
//! they are, and a summary says what became of each file. One recorded
//! change, so one undo takes the whole batch back.

use super::{Panel, State, Step};
use crate::annotations::SentenceAnnotation;
use crate::batch::{new_label_names, Batch, FileOutcome, ImportSummary};
use crate::change::SentenceEdit;
use crate::labels::{clean_label_name, Label, LabelColor, LabelId, LabelScope};
use std::collections::BTreeSet;
use std::rc::Rc;

/// Adds the batch's new documents and labels; opens the first document
/// the batch brought (added or already there).
pub(super) fn reduce(state: &State, next: &mut State, batch: &Batch) -> Step {
    let work = &state.work;
    let new_labels = new_label_names(&work.labels, &batch.incoming);
    let mut labels = (*work.labels).clone();
    for name in &new_labels {
        let id = labels.next_id();
        labels.labels.push(Label {
            id,
            name: name.clone(),
            name_en: String::new(),
            color: LabelColor::for_position(labels.labels.len()),
            scope: LabelScope::Sentence,
        });
    }
    let label_id = |name: &str| -> Option<LabelId> {
        let name = clean_label_name(name)?;
        labels.labels.iter().find(|label| label.name == name || label.name_en == name).map(|label| label.id)
    };
    let mut change = state.labels_change(labels.clone());
    let known: BTreeSet<_> = work.documents.iter().map(|document| document.id.clone()).collect();
    let mut seen = BTreeSet::new();
    let mut files: Vec<FileOutcome> =
        batch.files.iter().map(|read| FileOutcome { read: read.clone(), added: 0, already: 0 }).collect();
    let mut labeled = 0;
    for incoming in &batch.incoming {
        let id = &incoming.document.id;
        let fresh = !known.contains(id) && seen.insert(id.clone());
        if let Some(file) = files.get_mut(incoming.file) {
            if fresh {
                file.added += 1;
            } else {
                file.already += 1;
            }
        }
        if !fresh {
            continue;
        }
        change.added.push(incoming.document.clone());
        for (index, names) in &incoming.labels {
            let ids = labels.sorted(&names.iter().filter_map(|name| label_id(name)).collect::<Vec<_>>());
            if ids.is_empty() {
                continue;
            }
            labeled += 1;
            let after = SentenceAnnotation { labels: ids, suggested: batch.suggested, ..SentenceAnnotation::default() };
            change.edits.push(SentenceEdit { doc: id.clone(), index: *index, before: None, after: Some(after) });
        }
    }
    let first = batch.incoming.first().map(|incoming| incoming.document.id.clone());
    let step = if change.is_empty() { Step::Done } else { next.commit(change) };
    if let Some(first) = first {
        next.open_id(&first);
    }
    next.import_summary = Some(Rc::new(ImportSummary { files, new_labels, labeled }));
    next.panel = Panel::ImportSummary;
    step
}
