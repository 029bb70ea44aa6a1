//! Yew components, one per file. They hold no logic of their own beyond
//! turning [`crate::core`] state into markup and events into actions.

pub mod app;
pub mod document_switcher;
pub mod document_view;
pub mod header;
pub mod language_switch;
pub mod paragraph;
pub mod sentence;
