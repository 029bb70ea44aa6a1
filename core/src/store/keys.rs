//! Storage keys: what each one holds.

use crate::text::document::DocumentId;

/// Prefix of every key the app writes.
pub const PREFIX: &str = "hamish/v1/";
/// Key of the meta record.
pub const META_KEY: &str = "hamish/v1/meta";
/// Key of the label set.
pub const LABELS_KEY: &str = "hamish/v1/labels";
/// Prefix of annotation chunks.
pub const DOC_PREFIX: &str = "hamish/v1/doc/";
/// Prefix of orphan lists.
pub const ORPHANS_PREFIX: &str = "hamish/v1/orphans/";
/// Key of the exercise being done (student mode).
pub const EXERCISE_KEY: &str = "hamish/v1/exercise";
/// Prefix of the text a bundled document had when its annotations were
/// stored: the quotes of orphans come from it if the text changes.
pub const BASE_PREFIX: &str = "hamish/v1/base/";
/// Key of the list of imported documents (their texts are kept in the
/// store's texts).
pub const IMPORTED_KEY: &str = "hamish/v1/imported";
/// Prefix of imported document texts in a backup (earlier versions kept
/// them in localStorage under it where IndexedDB was missing).
pub const TEXT_PREFIX: &str = "hamish/v1/text/";
/// Key of the teacher's comparison of submissions.
pub const ADJUDICATION_KEY: &str = "hamish/v1/adjudication";
/// Prefix of students' work set aside: `<prefix><exercise hash>/<student>`.
pub const SHELF_PREFIX: &str = "hamish/v1/shelf/";
/// Key that says whether the app shows just what a first visit shows
/// (`"1"`, else `"0"`), in localStorage, read before the page paints (see
/// `static/theme.js`).
pub const FIRST_VIEW_KEY: &str = "hamish/v1/first-view";
/// Prefix of quarantined values.
pub const QUARANTINE_PREFIX: &str = "hamish/v1/quarantine/";

/// What a key holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// The meta record.
    Meta,
    /// The label set.
    Labels,
    /// A chunk of a document's annotations.
    Chunk(DocumentId, usize),
    /// A document's orphans.
    Orphans(DocumentId),
    /// The text a bundled document had when annotated.
    Base(DocumentId),
    /// The list of imported documents.
    Imported,
    /// The exercise being done.
    Exercise,
    /// The teacher's comparison.
    Adjudication,
    /// A student's work set aside: `(exercise hash, student)`.
    Shelf(String, String),
    /// The text of an imported document.
    Text(DocumentId),
    /// Quarantined data.
    Quarantine,
    /// Not ours to read (another app, or a later version).
    Foreign,
}

/// What `key` holds.
pub fn key_kind(key: &str) -> KeyKind {
    if key == META_KEY {
        KeyKind::Meta
    } else if key == LABELS_KEY {
        KeyKind::Labels
    } else if key == IMPORTED_KEY {
        KeyKind::Imported
    } else if key == EXERCISE_KEY {
        KeyKind::Exercise
    } else if key == ADJUDICATION_KEY {
        KeyKind::Adjudication
    } else if let Some(doc) = key.strip_prefix(BASE_PREFIX) {
        KeyKind::Base(DocumentId(doc.to_string().into()))
    } else if let Some(doc) = key.strip_prefix(TEXT_PREFIX) {
        KeyKind::Text(DocumentId(doc.to_string().into()))
    } else if let Some((hash, student)) = key.strip_prefix(SHELF_PREFIX).and_then(|rest| rest.split_once('/')) {
        KeyKind::Shelf(hash.to_string(), student.to_string())
    } else if key.starts_with(QUARANTINE_PREFIX) {
        KeyKind::Quarantine
    } else if let Some(rest) = key.strip_prefix(DOC_PREFIX) {
        match rest.rsplit_once('/').map(|(doc, chunk)| (doc, chunk.parse::<usize>())) {
            Some((doc, Ok(chunk))) if !doc.is_empty() => KeyKind::Chunk(DocumentId(doc.to_string().into()), chunk),
            _ => KeyKind::Foreign,
        }
    } else if let Some(doc) = key.strip_prefix(ORPHANS_PREFIX) {
        KeyKind::Orphans(DocumentId(doc.to_string().into()))
    } else {
        KeyKind::Foreign
    }
}

/// Key of chunk `chunk` of document `doc`.
pub fn chunk_key(doc: &DocumentId, chunk: usize) -> String {
    format!("{DOC_PREFIX}{doc}/{chunk}")
}

/// Key of the orphans of document `doc`.
pub fn orphans_key(doc: &DocumentId) -> String {
    format!("{ORPHANS_PREFIX}{doc}")
}

/// Key under which an unreadable value of `key` is set aside.
pub fn quarantine_key(key: &str) -> String {
    format!("{QUARANTINE_PREFIX}{key}")
}

/// Key of the base text of document `doc`.
pub fn base_key(doc: &DocumentId) -> String {
    format!("{BASE_PREFIX}{doc}")
}

/// The key of an imported text in a backup (and in earlier versions' localStorage).
pub fn text_key(doc: &DocumentId) -> String {
    format!("{TEXT_PREFIX}{doc}")
}

/// Key of student `student`'s work on the exercise with `hash`, set aside.
pub fn shelf_key(hash: &str, student: &str) -> String {
    format!("{SHELF_PREFIX}{hash}/{student}")
}
