//! Dialogs: the frame they share ([`dialog`]), the one the state has open
//! ([`open_dialog`]), and each dialog of the app.

pub mod confirm_empty_submission;
pub mod confirm_remove;
pub mod dialog;
pub mod export_dialog;
pub mod help_dialog;
pub mod import_dialog;
pub mod import_summary;
pub mod label_editor;
pub mod note_dialog;
pub mod open_dialog;
pub mod paste_dialog;
pub mod search_dialog;
pub mod settings_dialog;
pub mod statistics_dialog;
pub mod sync_settings;
pub mod table_preview;
