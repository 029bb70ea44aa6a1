//! The pure core of Hamish: text, segmentation, documents, labels,
//! annotations, file formats and the state. No browser code: it builds and
//! runs under plain `cargo test`, and its manifest has no browser crates.
//!
//! Modules depend one way, in this order (each uses only those above it):
//!
//! 1. text and documents: [`lang`], [`text`], [`segment`],
//!    [`segment_score`], [`document`], [`encoding`], [`markup`], [`search`], [`seeds`], [`prefs`],
//!    [`csv_out`] (spreadsheet-safe CSV cells);
//! 2. labels: [`labels`], [`strings`];
//! 3. annotations: [`spans`] (labeled words and phrases inside a
//!    sentence), [`annotations`], then [`anchor`] (finding an
//!    annotation's sentence again; orphans);
//! 4. the work: [`classroom`], [`exercise`], [`work`], [`change`];
//! 5. codecs over the work: [`agreement`], [`batch`], [`corpus_search`], [`export`], [`import`],
//!    [`hamish_json`], [`import_plan`], [`exercise_file`], [`choices`], [`compare`],
//!    [`span_figures`], [`grading`], [`adjudication`], [`table`], [`table_import`],
//!    [`training`], [`w3c`], [`w3c_import`] (W3C annotations back onto the documents), [`open_file`], [`store`], [`navigator`]
//!    (the corpus listed with its progress);
//! 6. the state: [`state`] (actions, slices, undo), then [`keymap`].

#![warn(missing_docs)]

pub mod csv_out;
pub mod document;
pub mod encoding;
pub mod lang;
pub mod markup;
pub mod prefs;
pub mod search;
pub mod seeds;
pub mod segment;
pub mod segment_score;
pub mod text;

pub mod labels;
pub mod strings;

pub mod anchor;
pub mod annotations;
pub mod span_cursor;
pub mod spans;

pub mod change;
pub mod classroom;
pub mod exercise;
pub mod work;

pub mod adjudication;
pub mod agreement;
pub mod batch;
pub mod choices;
pub mod compare;
pub mod corpus_search;
pub mod exercise_file;
pub mod export;
pub mod grading;
pub mod hamish_json;
pub mod import;
pub mod import_plan;
pub mod navigator;
pub mod open_file;
pub mod self_check;
pub mod span_figures;
pub mod store;
pub mod table;
pub mod table_import;
pub mod table_spans;
pub mod training;
pub mod w3c;
pub mod w3c_import;

pub mod keymap;
pub mod state;
