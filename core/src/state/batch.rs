//! Taking in a batch of opened files: the documents the app lacks are
//! added with the labels and spans their rows carry (label names the set
//! lacks are added, for sentences, spans or both as the batch uses them,
//! and a label the batch uses in a new way is widened to both; the preview
//! said so first), documents already there are left as
//! they are, and a summary says what became of each file (a batch taken in
//! while the summary of the one before is open joins it). One recorded
//! change, so one undo takes the whole batch back.

use super::{Panel, State, Step};
use crate::formats::batch::{
    batch_label_uses, new_label_scopes, scope_for, Batch, FileOutcome, ImportSummary, Incoming,
};
use crate::model::annotations::SentenceAnnotation;
use crate::model::change::SentenceEdit;
use crate::model::labels::{clean_label_name, Label, LabelColor, LabelId, LabelSet};
use crate::model::spans::{tidy, Span};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// Adds the batch's new documents and labels; opens the first document
/// the batch brought (added or already there).
pub(super) fn reduce(state: &State, next: &mut State, batch: &Batch) -> Step {
    let work = &state.work;
    let new_scopes = new_label_scopes(work.labels(), &batch.incoming);
    let new_labels: Vec<String> = new_scopes.iter().map(|(name, _)| name.clone()).collect();
    let mut labels = (**work.labels()).clone();
    for (name, sentence, span) in batch_label_uses(&batch.incoming) {
        if let Some(label) = labels.labels.iter_mut().find(|label| label.name == name || label.name_en == name) {
            label.scope = scope_for(Some(label.scope), sentence, span);
        }
    }
    for (name, scope) in new_scopes {
        let id = labels.next_id();
        let color = LabelColor::for_position(labels.labels.len());
        labels.labels.push(Label { id, name, name_en: String::new(), color, scope });
    }
    let label_id = |name: &str| -> Option<LabelId> {
        let name = clean_label_name(name)?;
        labels.labels.iter().find(|label| label.name == name || label.name_en == name).map(|label| label.id)
    };
    let mut change = state.labels_change(labels.clone());
    let known: BTreeSet<_> = work.documents().iter().map(|document| document.id.clone()).collect();
    let mut seen = BTreeSet::new();
    let mut files: Vec<FileOutcome> =
        batch.files.iter().map(|read| FileOutcome { read: read.clone(), added: 0, already: 0 }).collect();
    let (mut labeled, mut spanned) = (0, 0);
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
        for (index, after) in annotations(incoming, &labels, &label_id) {
            labeled += usize::from(!after.labels.is_empty());
            spanned += after.spans.len();
            let after = SentenceAnnotation { suggested: batch.suggested, ..after };
            change.edits.push(SentenceEdit { doc: id.clone(), index, before: None, after: Some(after) });
        }
    }
    let first = batch.incoming.first().map(|incoming| incoming.document.id.clone());
    let step = if change.is_empty() { Step::Done } else { next.commit(change) };
    if let Some(first) = first {
        next.open_id(&first);
    }
    let summary = ImportSummary { files, new_labels, labeled, spans: spanned };
    // Files opened together, some after a preview: the summary still open
    // grows rather than being replaced.
    let summary = match (&state.view.panel, &state.view.import_summary) {
        (Panel::ImportSummary, Some(before)) => before.joined(summary),
        _ => summary,
    };
    next.view.import_summary = Some(Rc::new(summary));
    next.view.panel = Panel::ImportSummary;
    step
}

/// The annotations an incoming document's labels and spans make, by
/// sentence (a sentence with neither has none).
fn annotations(
    incoming: &Incoming,
    labels: &LabelSet,
    label_id: &impl Fn(&str) -> Option<LabelId>,
) -> BTreeMap<usize, SentenceAnnotation> {
    let mut made: BTreeMap<usize, SentenceAnnotation> = BTreeMap::new();
    for (index, names) in &incoming.labels {
        let ids = labels.sorted(&names.iter().filter_map(|name| label_id(name)).collect::<Vec<_>>());
        if !ids.is_empty() {
            made.entry(*index).or_default().labels = ids;
        }
    }
    for arriving in &incoming.spans {
        let span = label_id(&arriving.label).and_then(|label| Span::new(arriving.start, arriving.end, label));
        if let Some(span) = span {
            made.entry(arriving.sentence).or_default().spans.push(span);
        }
    }
    for annotation in made.values_mut() {
        tidy(&mut annotation.spans);
    }
    made
}
