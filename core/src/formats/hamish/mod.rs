//! Hamish JSON: written complete and re-importable ([`write`]; a slice of
//! documents at a time, [`pieces`]), read back
//! parsed and validated whole ([`read`]); what it would change in the work
//! is planned in [`super::plan`].

pub mod pieces;
pub mod read;
pub mod write;
