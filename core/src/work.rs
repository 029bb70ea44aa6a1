//! The user's work, apart from any view of it: documents, the label set,
//! annotations, orphans, the exercise being done and students' work set
//! aside. Codecs (exports,
//! storage records, imports, exercise files) take this value; the state
//! holds one beside the view.

use super::anchor::Orphan;
use super::annotations::DocAnnotations;
use super::classroom::Adjudication;
use super::document::{Document, DocumentId};
use super::exercise::Attempt;
use super::labels::{LabelId, LabelSet};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Everything the user made or brought in. Each part is shared behind an
/// `Rc`, so a change copies only the part it touches and "did this change?"
/// is an address comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Work {
    /// Every document, bundled first.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// The label set.
    pub labels: Rc<LabelSet>,
    /// Annotations of each document.
    pub annotations: Rc<BTreeMap<DocumentId, DocAnnotations>>,
    /// Annotations that lost their sentence, by document.
    pub orphans: Rc<BTreeMap<DocumentId, Vec<Orphan>>>,
    /// The attempt at an exercise under way (student mode), if any.
    pub exercise: Option<Rc<Attempt>>,
    /// Students' work set aside when they left an exercise.
    pub shelf: Rc<Shelf>,
    /// The teacher's comparison of submissions, if one is under way.
    pub adjudication: Option<Rc<Adjudication>>,
}

/// Students' work set aside: each student's submission (Hamish JSON), by
/// `(exercise hash, student name)`. Only the attempt under way is in the
/// work's documents; the others wait here, out of sight.
pub type Shelf = BTreeMap<(String, String), Rc<str>>;

impl Work {
    /// Work over `documents` with the default label set and nothing else.
    pub fn new(documents: Vec<Document>) -> Self {
        Self { documents: Rc::new(documents.into_iter().map(Rc::new).collect()), ..Self::default() }
    }

    /// The position of document `id` in [`Self::documents`].
    pub fn position(&self, id: &DocumentId) -> Option<usize> {
        self.documents.iter().position(|document| &document.id == id)
    }

    /// Document `id`, if the work has it.
    pub fn document(&self, id: &DocumentId) -> Option<&Rc<Document>> {
        self.documents.iter().find(|document| &document.id == id)
    }

    /// The annotations of document `id`, if it has any.
    pub fn annotations_of(&self, id: &DocumentId) -> Option<&DocAnnotations> {
        self.annotations.get(id)
    }

    /// Sentences with confirmed labels and all sentences, across every
    /// document (suggestions still to review are not counted).
    pub fn progress(&self) -> (usize, usize) {
        let labeled = self.annotations.values().map(DocAnnotations::labeled_count).sum();
        let headings: usize = self.annotations.values().map(DocAnnotations::heading_count).sum();
        let total = self.documents.iter().map(|document| document.sentence_count()).sum::<usize>() - headings;
        (labeled, total)
    }

    /// Sentences carrying a suggestion still to review, across every
    /// document.
    pub fn suggestion_count(&self) -> usize {
        self.annotations.values().map(DocAnnotations::suggested_count).sum()
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
            && same_rc(&self.adjudication, &other.adjudication)
            && match (&self.exercise, &other.exercise) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

/// Whether two optional shared values are the same value (by address).
pub fn same_rc<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}
