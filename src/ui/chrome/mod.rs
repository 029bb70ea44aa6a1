//! Around the document: the top bar (name, document switcher, files,
//! language), the status line, and the alerts about storage.

pub mod document_switcher;
pub mod header;
pub mod language_switch;
pub mod notice_bar;
pub mod save_status;
pub mod storage_alerts;
pub mod sync_status;
