//! The pure core of Hamish: text, documents, labels, annotations, file
//! formats, storage records and the state. No browser code: it builds and
//! runs under plain `cargo test`, and its manifest has no browser crates.
//!
//! Folders depend one way, in this order (each uses only those above it):
//!
//! 1. [`i18n`]: the interface languages and every word shown;
//! 2. [`text`]: documents and their sentences, encodings, search;
//! 3. [`model`]: labels, spans, annotations, the work and its changes;
//! 4. [`formats`]: every file read or written;
//! 5. [`classroom`]: comparing, grading and adjudicating submissions;
//! 6. [`corpus`]: the navigator and search across documents;
//! 7. [`store`]: the records kept in the browser;
//! 8. [`keymap`]: which key does what;
//! 9. [`state`]: actions, slices and undo.
//!
//! `scripts/check-layers.sh` (run by `make lint`) enforces this order.

#![warn(missing_docs)]

pub mod i18n;
pub mod text;

pub mod model;

pub mod formats;

pub mod classroom;
pub mod corpus;

pub mod store;

pub mod keymap;

pub mod state;
