//! The pure core: text, segmentation, documents, state and codecs.
//! Nothing here touches the browser; it all runs under plain `cargo test`.

pub mod document;
pub mod keymap;
pub mod prefs;
pub mod seeds;
pub mod segment;
pub mod segment_score;
pub mod state;
pub mod strings;
pub mod text;
