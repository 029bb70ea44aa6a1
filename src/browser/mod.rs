//! The browser edge: the only code that calls web-sys or gloo directly.
//! Everything here is thin; decisions live in [`crate::core`].

pub mod couch;
pub mod database;
pub mod dom;
pub mod download;
pub mod files;
pub mod first_view;
pub mod form;
pub mod highlights;
pub mod idb;
pub mod keyboard;
pub mod leaving;
pub mod page_marks;
pub mod panic;
pub mod persistence;
pub mod quota;
pub mod save_status;
pub mod startup;
pub mod storage;
pub mod syncing;
pub mod tabs;
pub mod text_selection;
pub mod viewport;
