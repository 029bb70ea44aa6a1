//! The document being read and labeled: its blocks and paragraphs, each
//! sentence one element (Arabic letters stay joined), the review bar and
//! the annotations that lost their sentence.

pub mod block;
pub mod document_view;
pub mod orphans_panel;
pub mod paragraph;
pub mod review_bar;
pub mod sentence;
