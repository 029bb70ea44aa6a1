//! Undo and redo: every change is recorded as what it replaced and what it
//! put in place, so undoing costs what the change cost, not the document.

use super::annotations::SentenceAnnotation;
use super::document::DocumentId;
use super::labels::LabelSet;
use std::rc::Rc;

/// The most changes kept for undo.
pub const HISTORY_LIMIT: usize = 500;

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

/// One undoable change: sentence edits and, for label set edits, the set
/// before and after.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    /// Sentence annotations changed.
    pub edits: Vec<SentenceEdit>,
    /// The label set before and after, when it changed.
    pub labels: Option<(Rc<LabelSet>, Rc<LabelSet>)>,
}

impl Change {
    /// Whether the change changes nothing.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty() && self.labels.is_none()
    }

    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        Change {
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
        }
    }
}

/// Changes that can be undone, and undone changes that can be redone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Rc<Change>>,
    redo: Vec<Rc<Change>>,
}

impl History {
    /// Records a new change: the redo list is cleared.
    pub fn record(&mut self, change: Change) {
        if change.is_empty() {
            return;
        }
        self.undo.push(Rc::new(change));
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Takes the change to undo; it moves to the redo list.
    pub fn take_undo(&mut self) -> Option<Rc<Change>> {
        let change = self.undo.pop()?;
        self.redo.push(change.clone());
        Some(change)
    }

    /// Takes the change to redo; it moves back to the undo list.
    pub fn take_redo(&mut self) -> Option<Rc<Change>> {
        let change = self.redo.pop()?;
        self.undo.push(change.clone());
        Some(change)
    }

    /// Forgets every edit of document `doc` (it was removed): undo must not
    /// bring back annotations of a document that is gone.
    pub fn forget_document(&mut self, doc: &DocumentId) {
        for list in [&mut self.undo, &mut self.redo] {
            for change in list.iter_mut() {
                if change.edits.iter().any(|edit| &edit.doc == doc) {
                    Rc::make_mut(change).edits.retain(|edit| &edit.doc != doc);
                }
            }
            list.retain(|change| !change.is_empty());
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
