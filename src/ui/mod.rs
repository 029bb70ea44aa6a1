//! Yew components, one per file, by area of the page. They hold no logic
//! of their own beyond turning [`crate::core`] state into markup and events
//! into actions; effects run in [`hooks`], I/O in [`crate::browser`].
//!
//! | folder | what |
//! |---|---|
//! | [`app`] | the root: wires the hooks to the layout |
//! | [`chrome`] | the top bar, the status line and the storage alerts |
//! | [`reading`] | the document: blocks, paragraphs, sentences, review bar, orphans |
//! | [`palette`] | the label palette, span mode's bar, the toolbar and progress |
//! | [`dialogs`] | every dialog, and the one open ([`dialogs::open_dialog`]) |
//! | [`classroom`] | exercises, the student's panel, the teacher's comparison and key |
//! | [`corpus`] | the navigator over every document |
//! | [`hooks`] | storage, files, saving, keyboard, appearance, quota |
//! | [`props`] | shared props compared by address |

pub mod app;
pub mod chrome;
pub mod classroom;
pub mod corpus;
pub mod dialogs;
pub mod hooks;
pub mod palette;
pub mod props;
pub mod reading;
