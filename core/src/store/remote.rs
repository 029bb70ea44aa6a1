//! The store's records on a server that speaks the CouchDB replication
//! protocol: which records travel and under which document ids. Record
//! `key` is the server document `key`, holding the record and its marks
//! (see [`super::marks`]), which is how two devices' versions are joined
//! without losing either. Texts of imported documents go up once, as
//! `text:<document id>` (a text never changes).

use super::keys::{key_kind, KeyKind};
use crate::i18n::said::sync::SyncWord;
use crate::text::document::DocumentId;
use serde::{Deserialize, Serialize};

/// Prefix of the server documents that hold imported texts.
pub const REMOTE_TEXT_PREFIX: &str = "text:";

/// Whether record `key` goes to the server: the work (labels, annotations,
/// imported documents, the teacher's comparison), not this device's
/// preferences, set-aside values or students kept apart on it.
pub fn travels(key: &str) -> bool {
    matches!(
        key_kind(key),
        KeyKind::Labels
            | KeyKind::Chunk(..)
            | KeyKind::Orphans(_)
            | KeyKind::Base(_)
            | KeyKind::Imported
            | KeyKind::Adjudication
    )
}

/// The server document that holds the text of document `doc`.
pub fn remote_text_id(doc: &DocumentId) -> String {
    format!("{REMOTE_TEXT_PREFIX}{doc}")
}

/// What a server document holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoteDoc {
    /// The record under this key.
    Record(String),
    /// The text of an imported document.
    Text(DocumentId),
    /// Not one of ours (design documents, another app's).
    Other,
}

/// What the server document `id` holds.
pub fn remote_doc(id: &str) -> RemoteDoc {
    match id.strip_prefix(REMOTE_TEXT_PREFIX) {
        Some("") => RemoteDoc::Other,
        Some(doc) => RemoteDoc::Text(DocumentId(doc.to_string().into())),
        None if travels(id) => RemoteDoc::Record(id.to_string()),
        None => RemoteDoc::Other,
    }
}

/// The name of `login`'s database on the server: `hamish-` and the name's
/// UTF-8 bytes in hexadecimal, which CouchDB accepts whatever the name (as
/// CouchDB's own per-user databases do).
pub fn person_database(login: &str) -> String {
    let hex: String = login.trim().bytes().map(|byte| format!("{byte:02x}")).collect();
    format!("hamish-{hex}")
}

/// Whether two records hold the same, whatever their `seq` (which grows
/// with every write): a device writes a record to the server only when
/// what it holds changed.
pub fn same_content(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let without_seq = |value: &str| {
        let mut value: serde_json::Value = serde_json::from_str(value).ok()?;
        value.as_object_mut()?.remove("seq");
        Some(value)
    };
    match (without_seq(a), without_seq(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// Key of the store record of this device's sync settings (it never
/// travels and is never exported: the password is in it).
pub const SYNC_KEY: &str = "hamish/v1/sync";

/// Sync settings: the server, the login, and this device's name in marks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncConfig {
    /// The server's address, `http://` or `https://`, without a database.
    pub server: String,
    /// The login's name.
    pub name: String,
    /// The login's password.
    pub password: String,
    /// This device, as marks name it (random, made when sync is turned on).
    pub device: String,
    /// The database (the login's own, unless the settings name another).
    pub database: String,
}

/// What is wrong with sync settings as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The address is not `http://…` or `https://…`.
    Address,
    /// No login name.
    Name,
}

/// A server's address as typed, trimmed: `http://` or `https://` and a
/// host (nothing else, so a login is never sent to the app's own host by a
/// relative address); `None` when it is not one.
pub fn server_address(typed: &str) -> Option<String> {
    let server = typed.trim().trim_end_matches('/');
    let (scheme, rest) = server.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let good = (scheme == "http" || scheme == "https") && !host.is_empty() && !host.contains(char::is_whitespace);
    good.then(|| server.to_string())
}

impl SyncConfig {
    /// Settings as typed (trimmed, checked), for `device`.
    pub fn typed(server: &str, name: &str, password: &str, device: &str) -> Result<SyncConfig, ConfigProblem> {
        let server = server_address(server).ok_or(ConfigProblem::Address)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(ConfigProblem::Name);
        }
        Ok(SyncConfig {
            server,
            name: name.to_string(),
            password: password.to_string(),
            device: device.to_string(),
            database: person_database(name),
        })
    }
}

/// Where sync stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SyncState {
    /// Not turned on.
    #[default]
    Off,
    /// Another tab of this browser syncs; this one waits its turn.
    Elsewhere,
    /// Reaching the server.
    Connecting,
    /// Sending or receiving.
    Syncing,
    /// Everything here is on the server and the other way round.
    Synced,
    /// The server cannot be reached: work is kept here and goes later.
    Offline,
    /// The server refused (the reason): nothing is lost, nothing goes.
    Error(SyncError),
}

/// Why the server refused or could not be reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncError {
    /// The name or password is wrong.
    Login,
    /// The login may not use this database.
    Forbidden,
    /// The server has no database for this login.
    Missing,
    /// The server did not answer.
    Unreachable,
    /// This browser will not keep the device's copy (a private window).
    Storage,
    /// Something else.
    Other,
}

impl ConfigProblem {
    /// What to say of it.
    pub fn word(self) -> SyncWord {
        match self {
            ConfigProblem::Address => SyncWord::BadAddress,
            ConfigProblem::Name => SyncWord::NoName,
        }
    }
}

impl SyncState {
    /// What to say of it (`None`: sync is off).
    pub fn word(self) -> Option<SyncWord> {
        Some(match self {
            SyncState::Off => return None,
            SyncState::Elsewhere => SyncWord::Elsewhere,
            SyncState::Connecting => SyncWord::Connecting,
            SyncState::Syncing => SyncWord::Syncing,
            SyncState::Synced => SyncWord::Synced,
            SyncState::Offline => SyncWord::Offline,
            SyncState::Error(SyncError::Login) => SyncWord::RefusedLogin,
            SyncState::Error(SyncError::Forbidden) => SyncWord::RefusedDatabase,
            SyncState::Error(SyncError::Missing) => SyncWord::NoDatabase,
            SyncState::Error(SyncError::Unreachable) => SyncWord::Unreachable,
            SyncState::Error(SyncError::Storage) => SyncWord::NoCopy,
            SyncState::Error(SyncError::Other) => SyncWord::Failed,
        })
    }

    /// What to say of it in a few words (the top bar), if that differs.
    pub fn short_word(self) -> Option<SyncWord> {
        match self {
            SyncState::Offline => Some(SyncWord::OfflineShort),
            SyncState::Error(_) => Some(SyncWord::StoppedShort),
            _ => self.word(),
        }
    }

    /// The state the sync script reports as `state` and `reason`.
    pub fn reported(state: &str, reason: &str) -> SyncState {
        let error = match reason {
            "login" => SyncError::Login,
            "forbidden" => SyncError::Forbidden,
            "missing" => SyncError::Missing,
            "unreachable" => SyncError::Unreachable,
            "storage" => SyncError::Storage,
            _ => SyncError::Other,
        };
        match state {
            "elsewhere" => SyncState::Elsewhere,
            "connecting" => SyncState::Connecting,
            "syncing" => SyncState::Syncing,
            "synced" => SyncState::Synced,
            "offline" => SyncState::Offline,
            _ => SyncState::Error(error),
        }
    }
}
