//! The corpus navigator: every document with its source and progress,
//! searched, filtered and sorted, drawn only where in view.

pub mod corpus_navigator;
pub mod navigator_entry;
