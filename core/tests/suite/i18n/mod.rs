//! The interface words: plural agreement, bidi isolates, label colours.

mod bidi_isolates;
mod label_contrast;
mod plurals;
