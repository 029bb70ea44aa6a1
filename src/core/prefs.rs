//! What the app remembers between visits besides the work itself, and its
//! stored form.

use super::document::DocumentId;
use super::strings::Lang;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Version of the stored preferences format.
pub const PREFERENCES_VERSION: u32 = 1;

/// Interface language and the open document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// Interface language.
    pub lang: Lang,
    /// The document open last.
    pub open_document: Option<DocumentId>,
}

#[derive(Serialize, Deserialize)]
struct StoredPreferences {
    version: u32,
    #[serde(flatten)]
    preferences: Preferences,
}

/// Why stored preferences could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PreferencesError {
    /// Not JSON of the expected shape.
    #[error("unreadable preferences: {0}")]
    Malformed(String),
    /// Written by a newer version of the app.
    #[error("preferences of version {0} are newer than this app understands ({PREFERENCES_VERSION})")]
    TooNew(u32),
}

/// The stored form of `preferences`.
pub fn encode_preferences(preferences: &Preferences) -> String {
    let stored = StoredPreferences { version: PREFERENCES_VERSION, preferences: preferences.clone() };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads stored preferences.
pub fn decode_preferences(stored: &str) -> Result<Preferences, PreferencesError> {
    let stored: StoredPreferences =
        serde_json::from_str(stored).map_err(|error| PreferencesError::Malformed(error.to_string()))?;
    if stored.version > PREFERENCES_VERSION {
        return Err(PreferencesError::TooNew(stored.version));
    }
    Ok(stored.preferences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_round_trip() {
        let preferences = Preferences { lang: Lang::English, open_document: Some(DocumentId("000_x".into())) };
        let stored = encode_preferences(&preferences);
        assert!(stored.contains("\"version\":1"), "{stored}");
        assert_eq!(decode_preferences(&stored), Ok(preferences));
    }

    #[test]
    fn garbage_and_newer_versions_are_rejected() {
        assert!(matches!(decode_preferences("{not json"), Err(PreferencesError::Malformed(_))));
        assert!(matches!(decode_preferences("{\"version\":1,\"lang\":\"fr\"}"), Err(PreferencesError::Malformed(_))));
        assert_eq!(decode_preferences("{\"version\":9,\"lang\":\"ar\"}"), Err(PreferencesError::TooNew(9)));
    }
}
