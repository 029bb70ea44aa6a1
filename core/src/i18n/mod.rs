//! Interface words: the two languages and every word shown, in Arabic and
//! English. Imports nothing else of the core.

pub mod lang;
pub mod strings;
