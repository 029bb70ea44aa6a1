//! localStorage, which keeps only the preferences and the first-view mark
//! the page reads before it paints (the work is in [`super::database`]),
//! with every failure turned into a value.

use crate::core::model::prefs::Preferences;
use crate::core::store::{decode_meta, META_KEY, PREFIX};
use thiserror::Error;
use wasm_bindgen::JsCast;
use web_sys::{DomException, Storage};

/// Key of the stored preferences (language, open document).
pub const PREFERENCES_KEY: &str = META_KEY;

/// Why the browser's storage could not be used.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (disabled, or a sandboxed page).
    #[error("the browser's storage is unavailable")]
    Unavailable,
    /// The quota is used up.
    #[error("the browser's storage is full")]
    Full,
    /// The browser refused for another reason.
    #[error("the browser refused to store data: {0}")]
    Refused(String),
    /// Work kept by an earlier version could not be moved into the store:
    /// it stays where it was, and moving it is tried again at the next start.
    #[error("the work of an earlier version could not be moved: {0}")]
    NotMoved(String),
}

fn local_storage() -> Result<Storage, StorageError> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten()).ok_or(StorageError::Unavailable)
}

fn refusal(error: wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_ref::<DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => StorageError::Full,
        Some(exception) => StorageError::Refused(exception.message()),
        None => StorageError::Refused(format!("{error:?}")),
    }
}

/// Whether localStorage can be used at all.
pub fn is_available() -> bool {
    local_storage().is_ok()
}

/// The value stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(refusal)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(refusal)
}

/// The key under which this browser remembers that the login of
/// `database` is a student of a class on the server.
fn class_student_key(database: &str) -> String {
    format!("hamish-class-student:{database}")
}

/// Remembers whether the login of `database` is a student of a class (so
/// that, reloaded while the server cannot be reached, her panel still says
/// her work goes to her teacher by itself).
pub fn remember_class_student(database: &str, student: bool) {
    let key = class_student_key(database);
    let _ = if student { write(&key, "1") } else { remove(&key) };
}

/// Whether the login of `database` was last seen to be a class's student.
pub fn remembered_class_student(database: &str) -> bool {
    read(&class_student_key(database)).ok().flatten().is_some()
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(refusal)
}

/// Every `(key, value)` under the app's prefix.
pub fn entries() -> Result<Vec<(String, String)>, StorageError> {
    let storage = local_storage()?;
    let length = storage.length().map_err(refusal)?;
    let mut entries = Vec::new();
    for index in 0..length {
        let Some(key) = storage.key(index).map_err(refusal)? else {
            continue;
        };
        if key.starts_with(PREFIX) {
            if let Some(value) = storage.get_item(&key).map_err(refusal)? {
                entries.push((key, value));
            }
        }
    }
    entries.sort();
    Ok(entries)
}

/// The stored preferences; defaults when none are stored or they cannot be read.
pub fn load_preferences() -> Result<Preferences, StorageError> {
    Ok(read(PREFERENCES_KEY)?.and_then(|stored| decode_meta(&stored).ok()).unwrap_or_default())
}

/// Says whether the app shows just what a first visit shows (`"1"`, else
/// `"0"`), for the next visit to read before the page paints
/// (`static/theme.js`).
pub fn mark_first_view(shows: bool) -> Result<(), StorageError> {
    write(crate::core::store::FIRST_VIEW_KEY, if shows { "1" } else { "0" })
}
