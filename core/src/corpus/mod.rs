//! Working across every document: the navigator's rows, filters and sorts
//! ([`navigator`]), search over all sentences ([`search`]), and where a
//! long document's blocks lie on the page ([`reading_window`]).

pub mod navigator;
pub mod reading_window;
pub mod search;
