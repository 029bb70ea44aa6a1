//! Routing a file the user opened (picked, dropped or pasted) to the right
//! reader: its bytes are decoded (or found to need the browser's decoder
//! and a confirmed encoding), then a plain text becomes a document, a table
//! goes to a preview, an exercise file starts an exercise, and a JSON object
//! is read as Hamish JSON.

use super::document::Document;
use super::encoding::{decode_unicode, sniff, Encoding, Sniffed};
use super::exercise::Exercise;
use super::exercise_file::{is_exercise, read_exercise};
use super::hamish_json::read_hamish_json;
use super::import::{file_kind, not_plain_text, text_document, FileKind, ImportError, ValidFile, MAX_IMPORT_BYTES};
use super::table::{read_table, Table};

/// What an opened file turned out to be, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// A plain text: a new document.
    Text(Document),
    /// A web page, whose visible text the browser extracts.
    Html,
    /// A table or record file, for a preview.
    Table(Table),
    /// An exercise file.
    Exercise(Exercise),
    /// A Hamish JSON file, validated (its import still to be planned).
    Hamish(ValidFile),
}

/// A file's bytes as text, or what the browser should decode them as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Decided by the bytes and decoded (without a byte order mark).
    Text(String, Encoding),
    /// Not decided: the browser decodes it as this likeliest encoding and
    /// the reader confirms or chooses another in a preview.
    Guess(Encoding),
}

/// Decodes the bytes of the file `name`: refuses files over the limit and
/// document formats that are not plain text; UTF-8 and UTF-16 with a byte
/// order mark, and valid UTF-8 without one, are decided.
pub fn decode_file(name: &str, bytes: &[u8]) -> Result<Decoded, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size: bytes.len() });
    }
    if let Some(error) = not_plain_text(name, bytes) {
        return Err(error);
    }
    match sniff(bytes) {
        Sniffed::Decided(encoding) => decode_unicode(bytes, encoding)
            .map(|text| Decoded::Text(text, encoding))
            .ok_or_else(|| ImportError::Undecodable { encoding: encoding.name().to_string() }),
        Sniffed::Guessed(encoding) => Ok(Decoded::Guess(encoding)),
    }
}

/// Reads the decoded `text` of the file `name` into what it holds, or says
/// why it cannot be read. Nothing changes either way.
pub fn open_file(name: &str, text: &str) -> Result<Opened, ImportError> {
    match file_kind(name, text) {
        FileKind::Text => text_document(name, text).map(Opened::Text),
        FileKind::Html => Ok(Opened::Html),
        FileKind::Table(format) => read_table(format, text).map(Opened::Table),
        FileKind::Json if is_exercise(text) => read_exercise(text).map(Opened::Exercise),
        FileKind::Json => read_hamish_json(text).map(Opened::Hamish),
    }
}
