//! Selection and movement: which sentences are selected, moving through
//! the visible ones, the next unlabeled one, and the label filter.

use super::action::Select;
use super::{Notice, Selection, State, Step};

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
pub(super) fn reduce(state: &State, next: &mut State, action: &Select) -> Option<Step> {
    let count = state.sentence_count();
    match action {
        Select::One(index) => next.view.selection = (*index < count).then(|| Selection::single(*index)),
        Select::ExtendTo(index) => {
            if *index >= count {
                return None;
            }
            let anchor = state.view.selection.map_or(*index, |selection| selection.anchor);
            next.view.selection = Some(Selection { anchor, focus: *index });
        }
        Select::Move(step) => {
            let target = match state.view.selection {
                Some(selection) => Some(state.step_visible(selection.focus, *step)),
                None if *step < 0 => state.last_visible(),
                None => state.first_visible(),
            };
            next.view.selection = Some(Selection::single(target?));
        }
        Select::ExtendBy(step) => {
            let selection = state.view.selection?;
            next.view.selection =
                Some(Selection { anchor: selection.anchor, focus: state.step_visible(selection.focus, *step) });
        }
        Select::First => next.view.selection = state.first_visible().map(Selection::single),
        Select::Last => next.view.selection = state.last_visible().map(Selection::single),
        Select::ExtendToFirst | Select::ExtendToLast => {
            let edge = if *action == Select::ExtendToFirst { state.first_visible()? } else { state.last_visible()? };
            let anchor = state.view.selection.map_or(edge, |selection| selection.anchor);
            next.view.selection = Some(Selection { anchor, focus: edge });
        }
        Select::All => {
            let (first, last) = (state.first_visible()?, state.last_visible()?);
            next.view.selection = Some(Selection { anchor: first, focus: last });
        }
        Select::NextUnlabeled => {
            let annotations = state.open_annotations();
            let unlabeled = |i: &usize| annotations.is_none_or(|annotations| annotations.needs_label(*i));
            let start = state.view.selection.map_or(0, |selection| selection.focus + 1);
            match (start..count).chain(0..start.min(count)).find(unlabeled) {
                Some(index) => {
                    next.view.selection = Some(Selection::single(index));
                    if !next.is_visible(index) {
                        next.view.filter = None;
                    }
                }
                None => next.view.notice = Some(Notice::AllLabeled),
            }
        }
        Select::Filter(filter) => {
            next.view.filter = *filter;
            if let Some(selection) = state.view.selection {
                if !next.is_visible(selection.focus) {
                    next.view.selection = None;
                }
            }
        }
    }
    Some(Step::Done)
}
