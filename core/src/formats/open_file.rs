//! Routing a file the user opened (picked, dropped or pasted) to the right
//! reader: its bytes are decoded (or found to need the browser's decoder
//! and a confirmed encoding), then a plain text becomes a document, a table
//! goes to a preview, an exercise file starts an exercise, W3C Web
//! Annotations wait for the app's documents, and a JSON object is read as
//! Hamish JSON.

use crate::formats::exercise_file::{is_exercise, read_exercise};
use crate::formats::hamish::read::read_hamish_json;
use crate::formats::table::read::{read_table, Table, TableFormat};
use crate::formats::w3c::read::looks_like_w3c;
use crate::model::exercise::Exercise;
use crate::text::document::Document;
use crate::text::encoding::{decode_unicode, sniff, Encoding, Sniffed};
use crate::{
    formats::errors::ImportError,
    formats::errors::MAX_IMPORT_BYTES,
    formats::plan::ValidFile,
    formats::text_file::{not_plain_text, text_document},
};

/// What kind of file an import is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A JSON object: Hamish JSON or an exercise (`.json`, or content starting with `{`).
    Json,
    /// Plain text: a new document.
    Text,
    /// A web page: its visible text becomes a document.
    Html,
    /// A table or record file.
    Table(TableFormat),
    /// W3C Web Annotation JSON-LD (`.jsonld`, or JSON naming the
    /// annotation context or an annotation collection).
    W3c,
}

/// The kind of the file `file_name` holding `text`: by its extension, then
/// by its content (W3C annotations, `{` starts JSON, `[` a JSON array of
/// records, `<html` a page); anything else is text.
pub fn file_kind(file_name: &str, text: &str) -> FileKind {
    let lower = file_name.to_lowercase();
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let head = start.chars().take(15).collect::<String>().to_lowercase();
    if let Some(format) = TableFormat::from_name(&lower) {
        FileKind::Table(format)
    } else if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        FileKind::Html
    } else if lower.ends_with(".jsonld") || looks_like_w3c(text) {
        FileKind::W3c
    } else if start.starts_with('[') && (lower.ends_with(".json") || start[1..].trim_start().starts_with('{')) {
        FileKind::Table(TableFormat::JsonArray)
    } else if lower.ends_with(".json") || start.starts_with('{') {
        FileKind::Json
    } else if head.starts_with("<!doctype html") || head.starts_with("<html") {
        FileKind::Html
    } else {
        FileKind::Text
    }
}

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
    /// W3C Web Annotations (the file's text), to read onto the app's
    /// documents with [`crate::formats::w3c::read::read_w3c`].
    W3c(String),
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
        Sniffed::Binary => Err(ImportError::NotText),
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
        FileKind::W3c => Ok(Opened::W3c(text.to_string())),
    }
}
