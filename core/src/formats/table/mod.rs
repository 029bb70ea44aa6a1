//! Tables and record files (CSV, TSV, JSONL, JSON): read into rows of
//! cells ([`read`]), turned into documents by the columns chosen in the
//! preview ([`rows`]), with the spans a column carries ([`spans`]); what
//! the preview says they would make is counted in [`preview`].

pub mod preview;
pub mod read;
pub mod rows;
pub mod spans;
