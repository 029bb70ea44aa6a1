//! Hamish JSON: written complete and re-importable ([`write`]), read back
//! parsed and validated whole ([`read`]); what it would change in the work
//! is planned in [`super::plan`].

pub mod read;
pub mod write;
