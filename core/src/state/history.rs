//! Undo and redo. Every recorded change is a [`Transaction`]: the change to
//! the work (what it replaced and what it put in place, so undoing costs
//! what the change cost) and where the user was before and after it, so
//! undo and redo reopen the document they change and restore its selection.

use super::view::Selection;
use super::{Notice, State, Step};
use crate::model::change::Change;
use crate::text::document::DocumentId;
use std::rc::Rc;

/// The most changes kept for undo.
pub const HISTORY_LIMIT: usize = 500;

/// Where the user was: the open document and the selection in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// The open document.
    pub doc: Option<DocumentId>,
    /// The selected sentences.
    pub selection: Option<Selection>,
}

/// One recorded change, with where the user was before and after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Transaction {
    /// The change to the work.
    pub change: Change,
    /// Where the user was before.
    pub before: Place,
    /// Where the user was after.
    pub after: Place,
}

/// Transactions that can be undone, and undone ones that can be redone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Rc<Transaction>>,
    redo: Vec<Rc<Transaction>>,
}

impl History {
    /// Records a new transaction: the redo list is cleared.
    pub fn record(&mut self, transaction: Transaction) {
        if transaction.change.is_empty() {
            return;
        }
        self.undo.push(Rc::new(transaction));
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Takes the transaction to undo; it moves to the redo list.
    pub fn take_undo(&mut self) -> Option<Rc<Transaction>> {
        let transaction = self.undo.pop()?;
        self.redo.push(transaction.clone());
        Some(transaction)
    }

    /// Takes the transaction to redo; it moves back to the undo list.
    pub fn take_redo(&mut self) -> Option<Rc<Transaction>> {
        let transaction = self.redo.pop()?;
        self.undo.push(transaction.clone());
        Some(transaction)
    }

    /// Forgets every part about document `doc` (it was removed for good):
    /// undo must not bring back annotations of a document that is gone.
    pub fn forget_document(&mut self, doc: &DocumentId) {
        for list in [&mut self.undo, &mut self.redo] {
            for transaction in list.iter_mut() {
                let change = &transaction.change;
                let mentions = change.added.iter().chain(&change.removed).any(|document| &document.id == doc)
                    || change.edits.iter().any(|edit| &edit.doc == doc)
                    || change.orphans_added.iter().chain(&change.orphans_removed).any(|orphan| &orphan.doc == doc);
                if mentions {
                    Rc::make_mut(transaction).change.forget_document(doc);
                }
            }
            list.retain(|transaction| !transaction.change.is_empty());
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

impl State {
    /// Goes back to `place`: its document reopened (if it is still there)
    /// and its selection restored (clamped to the document).
    fn restore_place(&mut self, place: &Place, fallback: Option<DocumentId>) {
        let here = self.open_document().map(|document| &document.id) == place.doc.as_ref();
        let reopened = here || place.doc.as_ref().is_some_and(|doc| self.open_id(doc));
        if !reopened {
            // The document is gone: stay where the user is, wherever that is now.
            let open = fallback.and_then(|doc| self.work.position(&doc)).unwrap_or(0);
            self.view.open = open.min(self.work.documents().len().saturating_sub(1));
            return;
        }
        let count = self.sentence_count();
        self.view.selection = place.selection.filter(|selection| selection.anchor.max(selection.focus) < count);
    }
}

/// Undo and redo: apply the transaction (or its inverse) as a change on
/// top of what is there now, so another tab's work survives.
pub(super) fn reduce(next: &mut State, undo: bool) -> Option<Step> {
    let current = next.open_document().map(|document| document.id.clone());
    let history = Rc::make_mut(&mut next.history);
    let taken = if undo { history.take_undo() } else { history.take_redo() };
    let Some(transaction) = taken else {
        next.view.notice = Some(if undo { Notice::NothingToUndo } else { Notice::NothingToRedo });
        return Some(Step::Done);
    };
    if undo {
        next.work.apply(&transaction.change.inverse());
        next.restore_place(&transaction.before, current);
        next.view.notice = Some(Notice::Undone);
    } else {
        next.work.apply(&transaction.change);
        next.restore_place(&transaction.after, current);
        next.view.notice = Some(Notice::Redone);
    }
    Some(Step::Done)
}
