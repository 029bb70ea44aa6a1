//! Routing a file the user opened (picked or dropped) to the right reader:
//! a plain text becomes a document, an exercise file starts an exercise,
//! anything else that looks like JSON is read as Hamish JSON.

use super::document::Document;
use super::exercise::Exercise;
use super::exercise_file::{is_exercise, read_exercise};
use super::hamish_json::read_hamish_json;
use super::import::{decode_bytes, file_kind, text_document, FileKind, ImportError, ValidFile};

/// What an opened file turned out to be, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// A plain text: a new document.
    Text(Document),
    /// An exercise file.
    Exercise(Exercise),
    /// A Hamish JSON file, validated (its import still to be planned).
    Hamish(ValidFile),
}

/// Reads the file `name` with content `bytes` into what it holds, or says
/// why it cannot be read. Nothing changes either way.
pub fn open_file(name: &str, bytes: &[u8]) -> Result<Opened, ImportError> {
    let text = decode_bytes(bytes)?;
    match file_kind(name, &text) {
        FileKind::Text => text_document(name, &text).map(Opened::Text),
        FileKind::Json if is_exercise(&text) => read_exercise(&text).map(Opened::Exercise),
        FileKind::Json => read_hamish_json(&text).map(Opened::Hamish),
    }
}
