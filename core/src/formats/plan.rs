//! What an import would change: a file read and validated whole (Hamish
//! JSON by [`super::hamish::read`], W3C annotations by [`super::w3c::read`])
//! as a [`ValidFile`], the plan made of it (new documents, conflicts,
//! unplaced annotations), and the pieces the state uses to take it in.

use crate::formats::batch::scope_for;
use crate::formats::layers::conflicts;
use crate::model::anchor::{anchor, Orphan, StoredAnnotation};
use crate::model::annotations::SentenceAnnotation;
use crate::model::labels::{Label, LabelId, LabelScope, LabelSet};
use crate::model::spans::{tidy, Span};
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId, DocumentSource, Origin, Split};
use std::collections::{BTreeMap, BTreeSet};

/// The names of `annotation`'s labels, in the set's order, and its note.
fn names(labels: &LabelSet, annotation: &SentenceAnnotation) -> (Vec<String>, String) {
    let names = labels
        .sorted(&annotation.labels)
        .iter()
        .filter_map(|id| labels.get(*id))
        .map(|label| label.name.clone())
        .collect();
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
    let (merged, map) = merged_labels(work.labels(), &file.labels);
    plan.new_labels = merged.labels[work.labels().labels.len()..].iter().map(|label| label.name.clone()).collect();
    plan.labels_after = merged.labels.len();
    for valid in &file.documents {
        if work.position(&valid.id).is_none() {
            plan.new_documents.push(valid.id.clone());
        }
        let document = document_for(work, valid);
        plan.annotations += valid.annotations.len();
        let anchored = anchor(&document, remap(valid.annotations.clone(), &map));
        plan.unplaced += anchored.orphans.len();
        let mine = work.annotations_of(&valid.id);
        for (index, theirs) in anchored.placed {
            let Some(mine) = mine.and_then(|annotations| annotations.get(index)) else {
                continue;
            };
            if conflicts(mine, &theirs) {
                let (mine, theirs) = (names(work.labels(), mine), names(&merged, &theirs));
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

/// A label set and documents read from a valid Hamish JSON file.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidFile {
    /// The file's label set (with the file's ids).
    pub labels: LabelSet,
    /// Its documents: `(id, title, text, annotations)`.
    pub documents: Vec<ValidDocument>,
    /// The annotator named in the file.
    pub annotator: String,
    /// What the file holds that the import cannot take (W3C files only).
    pub left_out: LeftOut,
}

/// What a W3C file holds that an import leaves out, counted for the
/// import dialog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Annotations of documents the app does not have.
    pub other_documents: usize,
    /// Those documents' ids, each once.
    pub document_ids: Vec<String>,
    /// Annotations whose quote is nowhere in their document.
    pub quotes_not_found: usize,
    /// Spans reaching across a sentence boundary (or between sentences).
    pub spans_across: usize,
}

/// One document of a valid file.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidDocument {
    /// Id.
    pub id: DocumentId,
    /// Title.
    pub title: String,
    /// Full text.
    pub text: String,
    /// Its non-empty annotations, by the file's label ids.
    pub annotations: Vec<StoredAnnotation>,
    /// The file, row and row id it was first imported from.
    pub origin: Option<Origin>,
    /// How its text is split into sentences.
    pub split: Split,
}

/// A sentence that both the app and the file annotate, differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The document.
    pub doc: DocumentId,
    /// The sentence index.
    pub index: usize,
    /// The sentence text.
    pub text: String,
    /// The app's label names and note.
    pub mine: (Vec<String>, String),
    /// The file's label names and note.
    pub theirs: (Vec<String>, String),
}

/// What an import would do.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// The file, validated.
    pub file: ValidFile,
    /// Documents in the file that the app lacks (added with their text).
    pub new_documents: Vec<DocumentId>,
    /// Annotations in the file.
    pub annotations: usize,
    /// Sentences annotated differently by the app and the file.
    pub conflicts: Vec<Conflict>,
    /// File annotations whose sentence is not in the document.
    pub unplaced: usize,
    /// Names of the file's labels that the app lacks (added by the import).
    pub new_labels: Vec<String>,
    /// Labels in the set once the file is merged.
    pub labels_after: usize,
}

/// How to take in an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep the app's work and add the file's; for the conflicts listed
    /// here, take the file's annotation (the others keep the app's).
    Merge {
        /// Conflicts resolved for the file: `(document, sentence)`.
        take_theirs: BTreeSet<(DocumentId, usize)>,
    },
    /// The file's label set and annotations replace the app's, for the
    /// documents in the file.
    Replace,
}
