//! The pure core of Hamish: text, segmentation, documents, labels,
//! annotations, file formats and the state. No browser code: it builds and
//! runs under plain `cargo test`, and its manifest has no browser crates.

#![warn(missing_docs)]

pub mod agreement;
pub mod annotations;
pub mod document;
pub mod exercise;
pub mod export;
pub mod history;
pub mod import;
pub mod keymap;
pub mod labels;
pub mod prefs;
pub mod seeds;
pub mod segment;
pub mod segment_score;
pub mod state;
pub mod store;
pub mod strings;
pub mod text;
