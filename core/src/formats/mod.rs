//! Every file Hamish reads or writes, from and to the work, in code points.
//!
//! | format | writes | reads |
//! |---|---|---|
//! | Hamish JSON | [`export`] | [`hamish::read`], planned by [`hamish::plan`] |
//! | JSONL, CSV, the documents' texts | [`export`] | as tables: [`table`] |
//! | tables (CSV, TSV, JSONL, JSON) | | [`table::read`] → rows [`table::rows`], spans [`table::spans`] |
//! | spaCy, doccano, Label Studio, Hugging Face | [`training`] | as tables (spans in [`table::spans`]) |
//! | W3C Web Annotation | [`w3c::write`] | [`w3c::read`] |
//! | exercise files and submissions | [`exercise_file`] | [`exercise_file`] |
//! | plain texts and web pages | | [`text_file`] (pages through [`reading::Platform`]) |
//!
//! [`reading`] reads the files a person opened, slice by slice;
//! [`open_file`] sends each to its reader; [`batch`] gathers what a batch
//! of files became; [`errors`] says what went wrong, in both languages. Readers validate a whole file before anything changes.

pub mod back;
pub mod batch;
pub mod csv_cells;
pub mod errors;
pub mod exercise_file;
pub mod export;
pub mod hamish;
pub mod layers;
pub mod open_file;
pub mod plan;
pub mod reading;
pub mod sentences;
pub mod table;
pub mod text_file;
pub mod training;
pub mod w3c;
