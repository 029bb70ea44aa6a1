//! localStorage access, with every failure turned into a value.

use crate::core::prefs::{decode_preferences, encode_preferences, Preferences};
use thiserror::Error;
use web_sys::Storage;

/// Key of the stored preferences (language, open document).
pub const PREFERENCES_KEY: &str = "hamish/v1/meta";

/// Why the browser's storage could not be used.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (disabled, or a sandboxed page).
    #[error("the browser's storage is unavailable")]
    Unavailable,
    /// The browser refused the write: usually the quota is full.
    #[error("the browser refused to store data: {0}")]
    Refused(String),
}

fn local_storage() -> Result<Storage, StorageError> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten()).ok_or(StorageError::Unavailable)
}

/// The value stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(|error| StorageError::Refused(format!("{error:?}")))
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(|error| StorageError::Refused(format!("{error:?}")))
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(|error| StorageError::Refused(format!("{error:?}")))
}

/// The stored preferences; defaults when none are stored or they cannot be read.
pub fn load_preferences() -> Result<Preferences, StorageError> {
    Ok(read(PREFERENCES_KEY)?.and_then(|stored| decode_preferences(&stored).ok()).unwrap_or_default())
}

/// Stores `preferences`.
pub fn save_preferences(preferences: &Preferences) -> Result<(), StorageError> {
    write(PREFERENCES_KEY, &encode_preferences(preferences))
}
