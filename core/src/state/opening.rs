//! What the interface does once opened files are read: the actions to take
//! and what the import dialog shows. A single text opens as a document (its
//! refusal in the import dialog); several files end in a summary; an
//! exercise starts; a Hamish JSON or W3C file shows its plan first, and
//! more of them opened at once wait their turn, one dialog each.

use super::action::{Action, Documents, Panels, Student};
use super::view::Panel;
use crate::formats::batch::{Batch, FileRead, Incoming};
use crate::formats::plan::ValidFile;
use crate::formats::reading::{ImportView, PlanNote, Preview, Reading};
use std::rc::Rc;

/// What the interface does with a [`Reading`].
#[derive(Debug, Default)]
pub struct Opening {
    /// The actions, in order.
    pub actions: Vec<Action>,
    /// What becomes of the import dialog's outcome.
    pub dialog: Dialog,
    /// Files waiting for a preview, in the order they were read.
    pub previews: Vec<Preview>,
    /// Files waiting for their import dialog, in order (see
    /// [`Reading::waiting`]).
    pub waiting: Vec<(ValidFile, bool)>,
}

/// What becomes of the outcome the import dialog shows.
#[derive(Debug, Default, PartialEq)]
pub enum Dialog {
    /// It stays as it is.
    #[default]
    Unchanged,
    /// It is cleared: what was opened needs no dialog.
    Cleared,
    /// It shows this.
    Shows(ImportView),
}

impl Opening {
    /// What to do with `reading`; `alone` when one file was opened.
    pub fn of(reading: Reading, alone: bool) -> Self {
        let Reading { batch, exercise, plan, previews, waiting, submission } = reading;
        let mut opening = Opening { previews, waiting, ..Opening::default() };
        if let Some(exercise) = exercise {
            opening.dialog = Dialog::Cleared;
            opening.actions.push(Action::Student(Student::OpenExercise(Rc::new(exercise))));
        }
        match (alone, batch) {
            (true, Batch { incoming, files, .. }) if files.len() == 1 => {
                match (incoming.into_iter().next(), files.into_iter().next()) {
                    (Some(Incoming { document, .. }), _) => {
                        opening.dialog = Dialog::Cleared;
                        opening.actions.push(Action::Documents(Documents::Add(document)));
                    }
                    (None, Some(FileRead { refused: Some(error), .. })) => opening.show(ImportView::Error(error)),
                    _ => {}
                }
            }
            (_, batch) if !batch.files.is_empty() => opening.actions.push(Action::AddBatch(Rc::new(batch))),
            _ => {}
        }
        if let Some(plan) = plan {
            opening.show(ImportView::Plan(Rc::new(plan), PlanNote { submission, waiting: opening.waiting.len() }));
        }
        opening
    }

    fn show(&mut self, view: ImportView) {
        self.dialog = Dialog::Shows(view);
        self.actions.push(Action::Panels(Panels::Open(Panel::Import)));
    }
}
