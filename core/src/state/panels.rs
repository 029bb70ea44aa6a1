//! Panels and notices: a dialog opened or closed, the note of the focused
//! sentence, the outcome of something done outside the state.

use super::action::Panels;
use super::{Notice, Panel, State, Step};

/// Opens or closes a panel, or shows or clears a notice.
pub(super) fn reduce(state: &State, next: &mut State, panels: &Panels) -> Step {
    match panels {
        Panels::Open(panel) => next.view.panel = *panel,
        Panels::OpenNote => match state.view.selection {
            Some(selection) => next.view.panel = Panel::Note(selection.focus),
            None => next.view.notice = Some(Notice::NothingSelected),
        },
        Panels::Close => match state.view.panel {
            Panel::None => next.view.filter = None,
            _ => next.view.panel = Panel::None,
        },
        Panels::Report(notice) => next.view.notice = Some(notice.clone()),
        Panels::Dismiss => {}
    }
    Step::Done
}
