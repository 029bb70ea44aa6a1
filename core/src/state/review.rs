//! Reviewing suggestions: labels that arrived from a file and wait to be
//! confirmed. Accepting the selected sentences' suggestion moves on to the
//! next sentence; accepting every suggestion of the open document is one
//! change. Rejecting is choosing another label (see `annotation_edits`).

use super::action::Review;
use super::{Notice, Selection, State, Step};
use crate::model::change::{Change, SentenceEdit};

impl State {
    /// How many sentences of the open document carry a suggestion.
    pub fn suggestions_to_review(&self) -> usize {
        self.open_annotations().map_or(0, |annotations| annotations.suggested_count())
    }
}

/// Review actions: `None` when there is nothing to accept.
pub(super) fn reduce(state: &State, next: &mut State, action: &Review) -> Option<Step> {
    match action {
        Review::Accept => {
            let edits = state.edit_selected(|annotation| annotation.suggested = false);
            if edits.is_empty() {
                return None;
            }
            let last = *state.view.selection?.range().end();
            next.view.selection = Some(Selection::single(state.step_visible(last, 1)));
            Some(next.commit(Change { edits, ..Change::default() }))
        }
        Review::AcceptAll => {
            let doc = state.open_document()?.id.clone();
            let edits: Vec<SentenceEdit> = state
                .open_annotations()?
                .iter()
                .filter(|(_, annotation)| annotation.is_suggestion())
                .map(|(index, annotation)| {
                    let after =
                        crate::model::annotations::SentenceAnnotation { suggested: false, ..annotation.clone() };
                    SentenceEdit { doc: doc.clone(), index, before: Some(annotation.clone()), after: Some(after) }
                })
                .collect();
            if edits.is_empty() {
                return None;
            }
            next.view.notice = Some(Notice::SuggestionsAccepted(edits.len()));
            Some(next.commit(Change { edits, ..Change::default() }))
        }
    }
}
