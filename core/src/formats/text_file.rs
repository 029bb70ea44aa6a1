//! Plain text files: refused when they are not text, decoded, and made a
//! document titled by the file's name.
use crate::formats::errors::{ImportError, MAX_IMPORT_BYTES};

use crate::text::basics::short_hash;
use crate::text::document::{Document, DocumentId, DocumentSource, Origin};

/// A document format that is not plain text, by name or first bytes:
/// Word, PDF, spreadsheets, OpenDocument and RTF. Their text is to be pasted.
pub fn not_plain_text(file_name: &str, bytes: &[u8]) -> Option<ImportError> {
    let lower = file_name.to_lowercase();
    let extension = lower.rsplit_once('.').map_or("", |(_, extension)| extension);
    let kind = match extension {
        "doc" | "docx" | "docm" => "Word",
        "pdf" => "PDF",
        "xls" | "xlsx" | "xlsm" => "Excel",
        "odt" | "ods" | "odp" => "OpenDocument",
        "rtf" => "RTF",
        _ if bytes.starts_with(b"%PDF") => "PDF",
        _ if bytes.starts_with(b"PK\x03\x04") => "Word",
        _ if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) => "Word",
        _ if bytes.starts_with(b"{\\rtf") => "RTF",
        _ => return None,
    };
    Some(ImportError::NotPlainText { kind: kind.to_string() })
}

/// Checks size and encoding; returns the text without a byte order mark.
pub fn decode_bytes(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| ImportError::NotUtf8 { at: error.valid_up_to() })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}

/// A plain text file as a new document: line endings made `\n`, titled by
/// the file's name (by its first line when the name says nothing, such as
/// "Untitled" or a number), identified by a hash of its text, and
/// remembering the file it came from.
pub fn text_document(file_name: &str, text: &str) -> Result<Document, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(ImportError::EmptyText);
    }
    let id = DocumentId::from(format!("txt-{}-{}", short_hash(&text), text.chars().count()));
    let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    let title = if says_nothing(stem) { "" } else { stem };
    let origin = Origin { file: file_name.to_string(), ..Origin::default() };
    Ok(Document::new(id, text, stem, DocumentSource::Imported).titled(title).from_origin(Some(origin)))
}

/// A file name that tells nothing of its text: blank, a number, or what
/// editors call a new file.
fn says_nothing(stem: &str) -> bool {
    let lower = stem.trim().to_lowercase();
    let generic = ["untitled", "new text document", "document", "text", "بدون عنوان", "مستند", "نص"];
    lower.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "-_()".contains(c))
        || generic.iter().any(|name| lower.starts_with(name))
}
