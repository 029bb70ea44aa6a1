//! The browser edge: the only code that calls web-sys or gloo directly.
//! Everything here is thin; decisions live in [`crate::core`].

pub mod dom;
pub mod download;
pub mod files;
pub mod highlights;
pub mod journal;
pub mod keyboard;
pub mod persistence;
pub mod startup;
pub mod storage;
pub mod text_selection;
