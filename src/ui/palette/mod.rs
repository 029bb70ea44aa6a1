//! Beside the document: the label palette (with span mode's bar and the
//! choice of a span's label), and the toolbar with undo and progress.

pub mod label_palette;
pub mod span_bar;
pub mod span_choice;
pub mod toolbar;
