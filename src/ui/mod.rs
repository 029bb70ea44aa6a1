//! Yew components, one per file. They hold no logic of their own beyond
//! turning [`crate::core`] state into markup and events into actions.

pub mod app;
pub mod block;
pub mod compare_view;
pub mod confirm_remove;
pub mod corpus_navigator;
pub mod dialog;
pub mod dialogs;
pub mod document_switcher;
pub mod document_view;
pub mod exercise_maker;
pub mod exercise_panel;
pub mod export_dialog;
pub mod header;
pub mod help_dialog;
pub mod hooks;
pub mod import_dialog;
pub mod import_summary;
pub mod label_editor;
pub mod label_palette;
pub mod language_switch;
pub mod navigator_entry;
pub mod note_dialog;
pub mod notice_bar;
pub mod orphans_panel;
pub mod paragraph;
pub mod paste_dialog;
pub mod props;
pub mod review_bar;
pub mod search_dialog;
pub mod sentence;
pub mod settings_dialog;
pub mod statistics_dialog;
pub mod storage_alerts;
pub mod table_preview;
pub mod toolbar;
