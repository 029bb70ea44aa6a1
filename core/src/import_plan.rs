//! Planning an import: what a valid file would change in the work (new
//! documents, conflicts, unplaced annotations), and the pieces the state
//! uses to take it in.

use super::anchor::{anchor, Orphan, StoredAnnotation};
use super::annotations::SentenceAnnotation;
use super::batch::scope_for;
use super::document::{Document, DocumentSource};
use super::import::{Conflict, ImportPlan, ValidDocument, ValidFile};
use super::labels::{Label, LabelId, LabelScope, LabelSet};
use super::spans::{tidy, Span};
use super::work::Work;
use std::collections::BTreeMap;

fn names(labels: &LabelSet, annotation: &SentenceAnnotation) -> (Vec<String>, String) {
    let names = annotation.labels.iter().filter_map(|id| labels.get(*id)).map(|label| label.name.clone()).collect();
    (names, annotation.note.clone())
}

/// The document of `valid` as the app would hold it: the app's own, or a
/// new imported one.
pub fn document_for(work: &Work, valid: &ValidDocument) -> Document {
    match work.document(&valid.id) {
        Some(document) => (**document).clone(),
        None => Document::split_as(
            valid.id.clone(),
            valid.text.clone(),
            &valid.title,
            DocumentSource::Imported,
            valid.split,
        )
        .titled(&valid.title)
        .from_origin(valid.origin.clone()),
    }
}

/// Works out what importing `file` into `work` would do.
pub fn plan_import(work: &Work, file: ValidFile) -> ImportPlan {
    let mut plan = ImportPlan {
        file: file.clone(),
        new_documents: Vec::new(),
        annotations: 0,
        conflicts: Vec::new(),
        unplaced: 0,
        new_labels: Vec::new(),
        labels_after: 0,
    };
    let (merged, _) = merged_labels(&work.labels, &file.labels);
    plan.new_labels = merged.labels[work.labels.labels.len()..].iter().map(|label| label.name.clone()).collect();
    plan.labels_after = merged.labels.len();
    for valid in &file.documents {
        if work.position(&valid.id).is_none() {
            plan.new_documents.push(valid.id.clone());
        }
        let document = document_for(work, valid);
        plan.annotations += valid.annotations.len();
        let anchored = anchor(&document, valid.annotations.clone());
        plan.unplaced += anchored.orphans.len();
        let mine = work.annotations_of(&valid.id);
        for (index, theirs) in anchored.placed {
            let Some(mine) = mine.and_then(|annotations| annotations.get(index)) else {
                continue;
            };
            let (mine, theirs) = (names(&work.labels, mine), names(&file.labels, &theirs));
            if mine != theirs {
                let text = document.sentence_text(index).unwrap_or_default().to_string();
                plan.conflicts.push(Conflict { doc: valid.id.clone(), index, text, mine, theirs });
            }
        }
    }
    plan
}

/// The label set after a merge: the app's, plus the file's labels it lacks
/// (matched by name), an app label widened to spans or sentences when the
/// file's label of that name is for them; and the map from file label ids
/// to app label ids.
pub fn merged_labels(app: &LabelSet, file: &LabelSet) -> (LabelSet, BTreeMap<LabelId, LabelId>) {
    let mut merged = app.clone();
    let mut map = BTreeMap::new();
    for label in &file.labels {
        let existing = merged.labels.iter_mut().find(|known| known.name == label.name || known.name_en == label.name);
        let id = match existing {
            Some(known) => {
                let wanted = label.scope;
                let (sentence, span) = (wanted != LabelScope::Span, wanted != LabelScope::Sentence);
                known.scope = scope_for(Some(known.scope), sentence, span);
                known.id
            }
            None => {
                let id = merged.next_id();
                merged.labels.push(Label { id, ..label.clone() });
                id
            }
        };
        map.insert(label.id, id);
    }
    (merged, map)
}

/// The orphans an import leaves: file annotations with no sentence.
pub fn unplaced_orphans(document: &Document, valid: &ValidDocument, map: &BTreeMap<LabelId, LabelId>) -> Vec<Orphan> {
    let mapped = remap(valid.annotations.clone(), map);
    anchor(document, mapped).orphans
}

/// `annotations` with label ids mapped by `map` (unmapped ids dropped,
/// with their spans).
pub fn remap(annotations: Vec<StoredAnnotation>, map: &BTreeMap<LabelId, LabelId>) -> Vec<StoredAnnotation> {
    annotations
        .into_iter()
        .map(|mut stored| {
            let annotation = &mut stored.annotation;
            annotation.labels = annotation.labels.iter().filter_map(|id| map.get(id).copied()).collect();
            let spans = std::mem::take(&mut annotation.spans);
            annotation.spans =
                spans.into_iter().filter_map(|span| Some(Span { label: *map.get(&span.label)?, ..span })).collect();
            tidy(&mut annotation.spans);
            stored
        })
        .collect()
}
