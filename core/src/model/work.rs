//! The user's work, apart from any view of it: documents, the label set,
//! annotations, orphans, the exercise being done and students' work set
//! aside. Codecs (exports,
//! storage records, imports, exercise files) take this value; the state
//! holds one beside the view.

use crate::model::anchor::Orphan;
use crate::model::annotations::DocAnnotations;
use crate::model::comparison::Adjudication;
use crate::model::exercise::Attempt;
use crate::model::labels::{LabelId, LabelSet};
use crate::text::document::{Document, DocumentId};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Everything the user made or brought in. Each part is shared behind an
/// `Rc`, so a change copies only the part it touches and "did this change?"
/// is an address comparison. The parts are read through their methods and
/// changed only by [`Work::apply`] with a [`crate::model::change::Change`]
/// (the `with_*` builders make a work from stored or file data); outside
/// [`crate::model`] the fields cannot be reached.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Work {
    pub(super) documents: Rc<Vec<Rc<Document>>>,
    /// Where each document is in `documents`: look-ups by id cost the same
    /// for 5,000 documents as for one.
    pub(super) positions: Rc<HashMap<DocumentId, usize>>,
    pub(super) labels: Rc<LabelSet>,
    pub(super) annotations: Rc<BTreeMap<DocumentId, Rc<DocAnnotations>>>,
    pub(super) orphans: Rc<BTreeMap<DocumentId, Vec<Orphan>>>,
    pub(super) exercise: Option<Rc<Attempt>>,
    pub(super) shelf: Rc<Shelf>,
    pub(super) adjudication: Option<Rc<Adjudication>>,
}

/// The annotations of every annotated document, each shared: a change
/// copies the map of pointers and the one document it touches.
pub type Annotations = BTreeMap<DocumentId, Rc<DocAnnotations>>;

/// The orphans of each document.
pub type Orphans = BTreeMap<DocumentId, Vec<Orphan>>;

/// Students' work set aside: each student's submission (Hamish JSON), by
/// `(exercise hash, student name)`. Only the attempt under way is in the
/// work's documents; the others wait here, out of sight.
pub type Shelf = BTreeMap<(String, String), Rc<str>>;

impl Work {
    /// Work over `documents` with the default label set and nothing else.
    pub fn new(documents: Vec<Document>) -> Self {
        Self::default().with_documents(documents.into_iter().map(Rc::new).collect())
    }

    /// This work over `documents` instead (their annotations as they are).
    pub fn with_documents(mut self, documents: Vec<Rc<Document>>) -> Self {
        self.set_documents(Rc::new(documents));
        self
    }

    /// This work with the label set `labels`.
    pub fn with_labels(mut self, labels: Rc<LabelSet>) -> Self {
        self.labels = labels;
        self
    }

    /// This work with `annotations`.
    pub fn with_annotations(mut self, annotations: Annotations) -> Self {
        self.annotations = Rc::new(annotations);
        self
    }

    /// This work with `orphans`.
    pub fn with_orphans(mut self, orphans: Orphans) -> Self {
        self.orphans = Rc::new(orphans);
        self
    }

    /// This work with the attempt `exercise` under way.
    pub fn with_exercise(mut self, exercise: Option<Rc<Attempt>>) -> Self {
        self.exercise = exercise;
        self
    }

    /// This work with students' work `shelf` set aside.
    pub fn with_shelf(mut self, shelf: Shelf) -> Self {
        self.shelf = Rc::new(shelf);
        self
    }

    /// This work with the teacher's comparison `adjudication`.
    pub fn with_adjudication(mut self, adjudication: Option<Rc<Adjudication>>) -> Self {
        self.adjudication = adjudication;
        self
    }

    /// Puts `documents` in place and indexes them.
    pub(crate) fn set_documents(&mut self, documents: Rc<Vec<Rc<Document>>>) {
        self.positions =
            Rc::new(documents.iter().enumerate().map(|(at, document)| (document.id.clone(), at)).collect());
        self.documents = documents;
    }

    /// Every document, bundled first.
    pub fn documents(&self) -> &Rc<Vec<Rc<Document>>> {
        &self.documents
    }

    /// Whether document `id` is in sight: during a student's attempt only
    /// its copies of the exercise's documents are, and a feedback file's on
    /// this exercise (the bundled sample and any other work on the computer
    /// stay out of the way); otherwise every document is.
    pub fn in_sight(&self, id: &DocumentId) -> bool {
        self.exercise().is_none_or(|attempt| attempt.has_document(id) || attempt.is_feedback(id))
    }

    /// The documents in sight, in order (every document outside an
    /// exercise: the same list, not a copy).
    pub fn shown_documents(&self) -> Rc<Vec<Rc<Document>>> {
        match self.exercise() {
            None => self.documents.clone(),
            Some(_) => Rc::new(self.documents.iter().filter(|document| self.in_sight(&document.id)).cloned().collect()),
        }
    }

    /// The label set.
    pub fn labels(&self) -> &Rc<LabelSet> {
        &self.labels
    }

    /// The annotations of every annotated document.
    pub fn annotations(&self) -> &Rc<Annotations> {
        &self.annotations
    }

    /// Annotations that lost their sentence, by document.
    pub fn orphans(&self) -> &Rc<Orphans> {
        &self.orphans
    }

    /// The attempt at an exercise under way (student mode), if any.
    pub fn exercise(&self) -> Option<&Rc<Attempt>> {
        self.exercise.as_ref()
    }

    /// Students' work set aside when they left an exercise.
    pub fn shelf(&self) -> &Rc<Shelf> {
        &self.shelf
    }

    /// The teacher's comparison of submissions, if one is under way.
    pub fn adjudication(&self) -> Option<&Rc<Adjudication>> {
        self.adjudication.as_ref()
    }

    /// The position of document `id` in [`Self::documents`] (O(1)).
    pub fn position(&self, id: &DocumentId) -> Option<usize> {
        self.positions.get(id).copied()
    }

    /// Document `id`, if the work has it (O(1)).
    pub fn document(&self, id: &DocumentId) -> Option<&Rc<Document>> {
        self.position(id).and_then(|at| self.documents.get(at))
    }

    /// Takes the documents `ids` from `other` into this work as they are
    /// there, with their annotations and orphans shared, not copied: how
    /// the writer counts documents read back from storage as stored.
    pub fn adopt(&mut self, other: &Work, ids: &std::collections::HashSet<DocumentId>) {
        let new: Vec<Rc<Document>> = (other.documents.iter())
            .filter(|document| ids.contains(&document.id) && self.position(&document.id).is_none())
            .cloned()
            .collect();
        if !new.is_empty() {
            let mut documents = (*self.documents).clone();
            documents.extend(new);
            self.set_documents(Rc::new(documents));
        }
        for id in ids {
            if let Some(annotations) = other.annotations.get(id) {
                Rc::make_mut(&mut self.annotations).insert(id.clone(), annotations.clone());
            }
            if let Some(orphans) = other.orphans.get(id) {
                Rc::make_mut(&mut self.orphans).insert(id.clone(), orphans.clone());
            }
        }
    }

    /// The annotations of document `id`, if it has any.
    pub fn annotations_of(&self, id: &DocumentId) -> Option<&DocAnnotations> {
        self.annotations.get(id).map(|annotations| &**annotations)
    }

    /// Sentences with confirmed labels and all sentences, across every
    /// document in sight (suggestions still to review are not counted).
    pub fn progress(&self) -> (usize, usize) {
        let shown = || self.annotations.iter().filter(|(id, _)| self.in_sight(id)).map(|(_, a)| a);
        let labeled = shown().map(|a| a.labeled_count()).sum();
        let headings: usize = shown().map(|a| a.heading_count()).sum();
        let sentences = self.documents.iter().filter(|document| self.in_sight(&document.id));
        let total = sentences.map(|document| document.sentence_count()).sum::<usize>().saturating_sub(headings);
        (labeled, total)
    }

    /// Sentences carrying a suggestion still to review, across every
    /// document.
    pub fn suggestion_count(&self) -> usize {
        self.annotations.values().map(|a| a.suggested_count()).sum()
    }

    /// Sentences carrying label `id` (confirmed or suggested), across every
    /// document.
    pub fn label_usage(&self, id: LabelId) -> usize {
        self.annotations.values().map(|annotations| annotations.label_count(id)).sum()
    }

    /// Every orphan of every document.
    pub fn orphan_count(&self) -> usize {
        self.orphans.values().map(Vec::len).sum()
    }

    /// Whether `other` is this very work: its parts compared by address (a
    /// change always makes new ones), so this costs the same for any size.
    pub fn same_as(&self, other: &Work) -> bool {
        Rc::ptr_eq(&self.documents, &other.documents)
            && Rc::ptr_eq(&self.labels, &other.labels)
            && Rc::ptr_eq(&self.annotations, &other.annotations)
            && Rc::ptr_eq(&self.orphans, &other.orphans)
            && Rc::ptr_eq(&self.shelf, &other.shelf)
            && same_rc(self.adjudication.as_ref(), other.adjudication.as_ref())
            && match (&self.exercise, &other.exercise) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

/// Whether two optional shared values are the same value (by address).
pub fn same_rc<T>(a: Option<&Rc<T>>, b: Option<&Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}
