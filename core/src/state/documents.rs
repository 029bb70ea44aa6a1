//! Documents and the exercise: opening, adding (a text import), removing,
//! starting or leaving an exercise, and imported documents read back from
//! the browser after start-up.

use super::action::Documents;
use super::{Notice, Panel, State, Step};
use crate::model::anchor::{anchor, StoredAnnotation};
use crate::model::change::{Change, SentenceEdit};
use crate::text::document::Document;
use std::rc::Rc;

/// Document and exercise actions.
pub(super) fn reduce(state: &State, next: &mut State, action: &Documents) -> Option<Step> {
    match action {
        Documents::Open(id) => {
            state.work.position(id)?;
            next.open_id(id);
            next.select_first_sentence();
            next.view.panel = Panel::None;
            Some(Step::Done)
        }
        Documents::Add(document) => {
            if state.work.position(&document.id).is_some() {
                next.view.notice = Some(Notice::AlreadyImported);
                next.open_id(&document.id);
                return Some(Step::Done);
            }
            let step = next.commit(Change { added: vec![document.clone()], ..Change::default() });
            next.open_id(&document.id);
            Some(step)
        }
        Documents::Remove(id) => {
            let document = state.work.document(id)?.clone();
            if !state.can_remove(&document) {
                return None;
            }
            let open = state.open_document().map(|document| document.id.clone());
            // Removed for good (after a confirmation): not recorded, and undo
            // forgets the document.
            next.work.apply(&Change { removed: vec![document], ..Change::default() });
            Rc::make_mut(&mut next.history).forget_document(id);
            next.view.open = open.and_then(|open| next.work.position(&open)).unwrap_or(0);
            next.view.selection = None;
            next.view.filter = None;
            next.view.panel = Panel::None;
            Some(Step::Done)
        }
        Documents::Order(order) => {
            next.view.documents_arriving = false;
            next.work.apply(&Change { order: Some(order.clone()), ..Change::default() });
            if Rc::ptr_eq(next.work.documents(), state.work.documents()) {
                return state.view.documents_arriving.then_some(Step::Done);
            }
            let open = state.open_document().map(|document| document.id.clone());
            next.view.open = open.and_then(|open| next.work.position(&open)).unwrap_or(0);
            Some(Step::Done)
        }
        Documents::Load(loaded) => {
            // More slices follow a slice, then their order; an empty load
            // says the reading is over.
            next.view.documents_arriving = !loaded.is_empty();
            load_documents(next, loaded);
            Some(Step::Done)
        }
    }
}

/// Imported documents read back from the browser, with their stored
/// annotations. A document added again meanwhile (an exercise, a drop)
/// keeps what it has and gains the stored annotations it lacks. Not
/// recorded: this is the user's earlier work coming back.
fn load_documents(next: &mut State, loaded: &[(Rc<Document>, Vec<StoredAnnotation>)]) {
    let mut change = Change::default();
    for (document, stored) in loaded {
        let present = next.work.document(&document.id).cloned();
        let target = present.clone().unwrap_or_else(|| document.clone());
        let anchored = anchor(&target, stored.clone());
        let current = next.work.annotations_of(&target.id);
        for (index, annotation) in anchored.placed {
            if current.is_none_or(|current| current.get(index).is_none()) {
                change.edits.push(SentenceEdit {
                    doc: target.id.clone(),
                    index,
                    before: None,
                    after: Some(annotation),
                });
            }
        }
        if present.is_none() {
            change.orphans_added.extend(anchored.orphans);
            change.added.push(document.clone());
        }
    }
    next.work.apply(&change);
    if let Some(id) = next.view.pending_open.clone() {
        next.open_id(&id);
    }
    next.view.pending_open = None;
}
