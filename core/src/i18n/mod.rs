//! Interface words: the two languages, every word shown ([`words`]), and
//! the messages with numbers and names in them ([`said`]), where a number
//! meets a noun by the plural rules of each language ([`plural`]). Imports
//! nothing else of the core.

pub mod lang;
pub mod plural;
pub mod said;
pub mod words;

pub use lang::Lang;
pub use words::{tr, Text};
