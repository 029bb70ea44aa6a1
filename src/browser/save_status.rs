//! Where saving stands, and the parts of the interface that watch it.

use crate::browser::storage::StorageError;
use std::cell::RefCell;
use std::rc::Rc;

/// Where saving stands, for the interface.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SaveStatus {
    /// The newest revision of the state whose work has committed.
    pub saved: u64,
    /// Whether a change is on its way to the store.
    pub saving: bool,
    /// The last failure, until a write succeeds again.
    pub problem: Option<StorageError>,
    /// The browser's answer when asked to keep the data (`None`: not asked).
    pub persisted: Option<bool>,
}

/// Hands the saving status to a part of the interface.
pub type OnStatus = Rc<dyn Fn(SaveStatus)>;

/// The parts of the interface that show where saving stands, by number.
#[derive(Default)]
pub(super) struct Watchers {
    pub(super) next: u64,
    pub(super) all: Vec<(u64, OnStatus)>,
    /// What they were last told.
    pub(super) told: Option<SaveStatus>,
}

/// A part of the interface watching where saving stands; it stops when
/// dropped.
pub struct Watch {
    pub(super) id: u64,
    pub(super) watchers: std::rc::Weak<RefCell<Watchers>>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(watchers) = self.watchers.upgrade() {
            watchers.borrow_mut().all.retain(|(id, _)| *id != self.id);
        }
    }
}
