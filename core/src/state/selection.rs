//! Selection and movement: which sentences are selected, moving through
//! the visible ones, the next unlabeled one, and the label filter.

use super::{Action, Notice, Selection, State, Step};

impl State {
    /// The visible sentence `steps` visible sentences from `from`, clamped.
    pub(super) fn step_visible(&self, from: usize, steps: isize) -> usize {
        let count = self.sentence_count();
        let mut at = from;
        for _ in 0..steps.unsigned_abs() {
            let next = if steps > 0 {
                (at + 1..count).find(|&i| self.is_visible(i))
            } else {
                (0..at).rev().find(|&i| self.is_visible(i))
            };
            match next {
                Some(next) => at = next,
                None => break,
            }
        }
        at
    }

    fn first_visible(&self) -> Option<usize> {
        (0..self.sentence_count()).find(|&i| self.is_visible(i))
    }

    fn last_visible(&self) -> Option<usize> {
        (0..self.sentence_count()).rev().find(|&i| self.is_visible(i))
    }
}

/// Selection actions: `None` when the action does not apply.
pub(super) fn reduce(state: &State, next: &mut State, action: &Action) -> Option<Step> {
    let count = state.sentence_count();
    match action {
        Action::Select(index) => next.selection = (*index < count).then(|| Selection::single(*index)),
        Action::ExtendSelection(index) => {
            if *index >= count {
                return None;
            }
            let anchor = state.selection.map_or(*index, |selection| selection.anchor);
            next.selection = Some(Selection { anchor, focus: *index });
        }
        Action::MoveSelection(step) => {
            let target = match state.selection {
                Some(selection) => Some(state.step_visible(selection.focus, *step)),
                None if *step < 0 => state.last_visible(),
                None => state.first_visible(),
            };
            next.selection = Some(Selection::single(target?));
        }
        Action::ExtendSelectionBy(step) => {
            let selection = state.selection?;
            next.selection =
                Some(Selection { anchor: selection.anchor, focus: state.step_visible(selection.focus, *step) });
        }
        Action::SelectFirst => next.selection = state.first_visible().map(Selection::single),
        Action::SelectLast => next.selection = state.last_visible().map(Selection::single),
        Action::ExtendToFirst | Action::ExtendToLast => {
            let edge = if *action == Action::ExtendToFirst { state.first_visible()? } else { state.last_visible()? };
            let anchor = state.selection.map_or(edge, |selection| selection.anchor);
            next.selection = Some(Selection { anchor, focus: edge });
        }
        Action::SelectAll => {
            let (first, last) = (state.first_visible()?, state.last_visible()?);
            next.selection = Some(Selection { anchor: first, focus: last });
        }
        Action::NextUnlabeled => {
            let annotations = state.open_annotations();
            let unlabeled = |i: &usize| annotations.is_none_or(|annotations| annotations.needs_label(*i));
            let start = state.selection.map_or(0, |selection| selection.focus + 1);
            match (start..count).chain(0..start.min(count)).find(unlabeled) {
                Some(index) => {
                    next.selection = Some(Selection::single(index));
                    if !next.is_visible(index) {
                        next.filter = None;
                    }
                }
                None => next.notice = Some(Notice::AllLabeled),
            }
        }
        Action::SetFilter(filter) => {
            next.filter = *filter;
            if let Some(selection) = state.selection {
                if !next.is_visible(selection.focus) {
                    next.selection = None;
                }
            }
        }
        _ => return None,
    }
    Some(Step::Done)
}
