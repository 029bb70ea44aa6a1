//! One change to the work: what it replaced and what it put in place, for
//! every part it touches. Every change to [`Work`] is one of these, applied
//! by [`Work::apply`]; its [`Change::inverse`] undoes it.

use crate::model::anchor::Orphan;
use crate::model::annotations::{rebase, SentenceAnnotation};
use crate::model::comparison::Adjudication;
use crate::model::exercise::Attempt;
use crate::model::labels::LabelSet;
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId};
use std::rc::Rc;

/// One sentence's annotation before and after a change.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceEdit {
    /// The document.
    pub doc: DocumentId,
    /// The sentence index.
    pub index: usize,
    /// Its annotation before.
    pub before: Option<SentenceAnnotation>,
    /// Its annotation after.
    pub after: Option<SentenceAnnotation>,
}

/// The attempt under way before and after a change.
pub type ExerciseSwap = (Option<Rc<Attempt>>, Option<Rc<Attempt>>);

/// The teacher's comparison before and after a change.
pub type AdjudicationSwap = (Option<Rc<Adjudication>>, Option<Rc<Adjudication>>);

/// A student's work set aside, before and after a change.
#[derive(Clone, Debug, PartialEq)]
pub struct ShelfEdit {
    /// `(exercise hash, student)`.
    pub key: (String, String),
    /// The submission kept before.
    pub before: Option<Rc<str>>,
    /// The submission kept after.
    pub after: Option<Rc<str>>,
}

/// A change to the work. Empty parts change nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    /// Documents added (added before the edits apply).
    pub added: Vec<Rc<Document>>,
    /// Sentence annotations changed.
    pub edits: Vec<SentenceEdit>,
    /// The label set before and after, when it changed.
    pub labels: Option<(Rc<LabelSet>, Rc<LabelSet>)>,
    /// Orphans that appeared.
    pub orphans_added: Vec<Orphan>,
    /// Orphans that went away.
    pub orphans_removed: Vec<Orphan>,
    /// The exercise before and after, when it changed.
    pub exercise: Option<ExerciseSwap>,
    /// Students' work set aside or taken back.
    pub shelf: Vec<ShelfEdit>,
    /// The teacher's comparison before and after, when it changed.
    pub adjudication: Option<AdjudicationSwap>,
    /// Documents removed, with their annotations and orphans (last).
    pub removed: Vec<Rc<Document>>,
    /// The documents put in this order (those not named keep their place
    /// before the others): the stored order of documents read back. Not
    /// undone: such a change is never recorded.
    pub order: Option<Rc<Vec<DocumentId>>>,
}

impl Change {
    /// Whether the change changes nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.edits.is_empty()
            && self.labels.is_none()
            && self.orphans_added.is_empty()
            && self.orphans_removed.is_empty()
            && self.exercise.is_none()
            && self.shelf.is_empty()
            && self.adjudication.is_none()
            && self.removed.is_empty()
            && self.order.is_none()
    }

    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        Change {
            added: self.removed.clone(),
            edits: self
                .edits
                .iter()
                .rev()
                .map(|edit| SentenceEdit {
                    doc: edit.doc.clone(),
                    index: edit.index,
                    before: edit.after.clone(),
                    after: edit.before.clone(),
                })
                .collect(),
            labels: self.labels.as_ref().map(|(before, after)| (after.clone(), before.clone())),
            orphans_added: self.orphans_removed.clone(),
            orphans_removed: self.orphans_added.clone(),
            exercise: self.exercise.as_ref().map(|(before, after)| (after.clone(), before.clone())),
            adjudication: self.adjudication.as_ref().map(|(before, after)| (after.clone(), before.clone())),
            shelf: (self.shelf.iter().rev())
                .map(|edit| ShelfEdit { key: edit.key.clone(), before: edit.after.clone(), after: edit.before.clone() })
                .collect(),
            removed: self.added.clone(),
            order: None,
        }
    }

    /// This change without any part about document `doc` (it was removed
    /// for good: undo must not bring it back).
    pub fn forget_document(&mut self, doc: &DocumentId) {
        self.added.retain(|document| &document.id != doc);
        self.removed.retain(|document| &document.id != doc);
        self.edits.retain(|edit| &edit.doc != doc);
        self.orphans_added.retain(|orphan| &orphan.doc != doc);
        self.orphans_removed.retain(|orphan| &orphan.doc != doc);
    }
}

impl Work {
    /// Puts `change` in place: documents added, labels, sentence edits (as
    /// changes on top of what is there, see [`rebase`]), orphans, exercise,
    /// then documents removed. Parts the change leaves alone keep their
    /// address.
    pub fn apply(&mut self, change: &Change) {
        let added: Vec<Rc<Document>> =
            change.added.iter().filter(|document| self.position(&document.id).is_none()).cloned().collect();
        if !added.is_empty() {
            let mut documents = (*self.documents).clone();
            let positions = Rc::make_mut(&mut self.positions);
            for document in added {
                positions.insert(document.id.clone(), documents.len());
                documents.push(document);
            }
            self.documents = Rc::new(documents);
        }
        if let Some((_, after)) = &change.labels {
            self.labels = after.clone();
        }
        let edits: Vec<&SentenceEdit> = change.edits.iter().filter(|edit| self.position(&edit.doc).is_some()).collect();
        if !edits.is_empty() {
            let annotations = Rc::make_mut(&mut self.annotations);
            for edit in edits {
                let doc = Rc::make_mut(annotations.entry(edit.doc.clone()).or_default());
                let rebased = rebase(doc.get(edit.index), edit.before.as_ref(), edit.after.as_ref(), &self.labels);
                doc.set(edit.index, rebased);
                if doc.is_empty() {
                    annotations.remove(&edit.doc);
                }
            }
        }
        if !change.orphans_added.is_empty() || !change.orphans_removed.is_empty() {
            let all = Rc::make_mut(&mut self.orphans);
            for orphan in &change.orphans_removed {
                if let Some(list) = all.get_mut(&orphan.doc) {
                    if let Some(at) = list.iter().position(|known| known == orphan) {
                        list.remove(at);
                    }
                }
            }
            for orphan in &change.orphans_added {
                all.entry(orphan.doc.clone()).or_default().push(orphan.clone());
            }
            all.retain(|_, list| !list.is_empty());
        }
        if let Some((_, after)) = &change.exercise {
            self.exercise = after.clone();
        }
        if let Some((_, after)) = &change.adjudication {
            self.adjudication = after.clone();
        }
        if !change.shelf.is_empty() {
            let shelf = Rc::make_mut(&mut self.shelf);
            for edit in &change.shelf {
                match &edit.after {
                    Some(kept) => shelf.insert(edit.key.clone(), kept.clone()),
                    None => shelf.remove(&edit.key),
                };
            }
        }
        if !change.removed.is_empty() {
            let gone: std::collections::HashSet<&DocumentId> =
                change.removed.iter().map(|document| &document.id).collect();
            if self.documents.iter().any(|document| gone.contains(&document.id)) {
                let kept = self.documents.iter().filter(|document| !gone.contains(&document.id)).cloned().collect();
                self.set_documents(Rc::new(kept));
            }
            for id in gone {
                if self.annotations.contains_key(id) {
                    Rc::make_mut(&mut self.annotations).remove(id);
                }
                if self.orphans.contains_key(id) {
                    Rc::make_mut(&mut self.orphans).remove(id);
                }
            }
        }
        if let Some(order) = &change.order {
            let rank: std::collections::HashMap<&DocumentId, usize> =
                order.iter().enumerate().map(|(at, id)| (id, at)).collect();
            let mut documents = (*self.documents).clone();
            documents.sort_by_key(|document| rank.get(&document.id).map_or((0, 0), |at| (1, *at)));
            if !documents.iter().zip(self.documents.iter()).all(|(a, b)| Rc::ptr_eq(a, b)) {
                self.set_documents(Rc::new(documents));
            }
        }
    }
}
