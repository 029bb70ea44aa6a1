//! The user's work as data: the label set, spans, sentence annotations in
//! chunks, anchors that find a sentence again, an exercise and a student's
//! attempt, the teacher's comparison, the [`work::Work`] that holds them all,
//! the one [`change::Change`] type that changes it, and the preferences.
//! Never reads or writes a file.

pub mod anchor;
pub mod annotations;
pub mod change;
pub mod comparison;
pub mod exercise;
pub mod labels;
pub mod prefs;
pub mod span_cursor;
pub mod spans;
pub mod work;
