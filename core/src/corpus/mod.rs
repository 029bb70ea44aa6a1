//! Working across every document: the navigator's rows, filters and sorts
//! ([`navigator`]) and search over all sentences ([`search`]).

pub mod navigator;
pub mod search;
