//! Hooks that run the app's effects over [`crate::browser`]: storage and
//! other tabs, appearance, the keyboard, opening files and saving them.
//! Components stay free of I/O; the root wires these together.

mod use_appearance;
mod use_class;
mod use_files;
mod use_keyboard;
mod use_live_class;
mod use_quota;
mod use_reading_window;
mod use_save_status;
mod use_saving;
mod use_span_selection;
mod use_storage;
mod use_sync;

pub use use_appearance::use_appearance;
pub use use_class::{use_class, ClassForm, ClassHandle, ClassState};
pub use use_files::{use_files, Files};
pub use use_keyboard::use_keyboard;
pub use use_live_class::LiveClass;
pub use use_quota::{use_quota, Quota};
pub use use_reading_window::{use_reading_window, ReadingWindow};
pub use use_save_status::use_save_status;
pub use use_saving::{save, use_saving, Saving};
pub use use_span_selection::use_span_selection;
pub use use_storage::{use_storage, AppState, Storage};
pub use use_sync::{use_sync, SyncHandle, SyncLogin};
