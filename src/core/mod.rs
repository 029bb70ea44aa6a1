//! The pure core: text, segmentation, documents, state and codecs.
//! Nothing here touches the browser; it all runs under plain `cargo test`.

pub mod agreement;
pub mod annotations;
pub mod document;
pub mod exercise;
pub mod export;
pub mod history;
pub mod import;
pub mod keymap;
pub mod labels;
pub mod prefs;
pub mod seeds;
pub mod segment;
pub mod segment_score;
pub mod state;
pub mod store;
pub mod strings;
pub mod text;
