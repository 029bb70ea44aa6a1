//! What the page reads from localStorage before it paints (see
//! `static/theme.js`): the preferences, and whether it shows just the
//! first view. Written only when they change.

use crate::browser::storage::{self, StorageError};
use crate::core::model::prefs::Preferences;
use crate::core::state::State;
use crate::core::store::{encode_meta, META_KEY};

/// The marks as last written.
pub struct PageMarks {
    preferences: Option<Preferences>,
    first_view: Option<bool>,
    seq: u64,
}

impl PageMarks {
    /// Marks whose preferences, as stored, are `preferences`.
    pub fn new(preferences: Preferences) -> Self {
        PageMarks { preferences: Some(preferences), first_view: None, seq: 0 }
    }

    /// Writes what `state` changed of them. A failure goes in `failure`
    /// (what failed is written again with the next change); preferences
    /// written clear it.
    pub fn keep(&mut self, state: &State, failure: &mut Option<StorageError>) {
        let preferences = state.preferences();
        if self.preferences.as_ref() != Some(&preferences) {
            self.seq = (self.seq + 1).max(js_sys::Date::now() as u64);
            match storage::write(META_KEY, &encode_meta(self.seq, &preferences)) {
                Ok(()) => {
                    self.preferences = Some(preferences);
                    *failure = None;
                }
                Err(error) => *failure = Some(error),
            }
        }
        let shows = state.shows_first_view();
        if self.first_view != Some(shows) {
            match storage::mark_first_view(shows) {
                Ok(()) => self.first_view = Some(shows),
                Err(error) => *failure = Some(error),
            }
        }
    }
}
