//! Imports: what can go wrong (every error described in both languages),
//! plain text files, and the types of a validated Hamish JSON file and of
//! an import plan. Reading the JSON is in [`super::hamish_json`], planning
//! in [`super::import_plan`]; the plan becomes one undoable action.

use super::anchor::StoredAnnotation;
use super::document::{Document, DocumentId, DocumentSource, Origin, Split};
use super::labels::LabelSet;
use super::strings::{tr, tr_size, tr_with, Lang, Text};
use super::text::short_hash;
use std::collections::BTreeSet;

/// The largest file accepted, in bytes (200 MB: a browser tab holds a
/// corpus this size and its documents comfortably).
pub const MAX_IMPORT_BYTES: usize = 200 * 1024 * 1024;

/// What went wrong with an import, and where. Nothing changes on error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// The file's size.
        size: usize,
    },
    /// Not UTF-8.
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        at: usize,
    },
    /// A `.txt` file with no text.
    EmptyText,
    /// The browser could not read the file.
    Unreadable,
    /// A document format the app does not read (Word, PDF, a spreadsheet).
    NotPlainText {
        /// Which: `"Word"`, `"PDF"`, `"Excel"`, `"OpenDocument"`, `"RTF"`.
        kind: String,
    },
    /// Not a text file at all (an image, an archive, a program).
    NotText,
    /// The bytes are not valid in the encoding chosen.
    Undecodable {
        /// The encoding's name.
        encoding: String,
    },
    /// A table or record file with no columns or no records.
    EmptyTable,
    /// A CSV or TSV file that does not parse.
    MalformedTable {
        /// 1-based line.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// A `.json` file that does not parse.
    MalformedJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// JSON of another format.
    NotHamish {
        /// What the `format` field held, if anything.
        found: String,
    },
    /// A format version newer than this app reads.
    TooNew {
        /// The file's version.
        version: u64,
    },
    /// A file offered as the answer key labels none of the exercise's
    /// sentences.
    NoAnswers,
    /// JSON-LD that is not a W3C Web Annotation collection, page,
    /// annotation or list of annotations.
    NotW3c,
    /// W3C annotations none of whose documents the app has (their ids).
    UnknownDocuments {
        /// The documents' ids, each once.
        ids: Vec<String>,
    },
    /// A field is missing or wrong.
    Invalid {
        /// Where, as a path such as `documents[2].sentences[14].start`.
        path: String,
        /// What is wrong.
        problem: Problem,
    },
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// It is missing.
    Missing,
    /// It should be a whole number (0 or more).
    ExpectedNumber,
    /// It should be a string.
    ExpectedString,
    /// It should be a list.
    ExpectedList,
    /// It should be an object.
    ExpectedObject,
    /// It should be true or false.
    ExpectedBool,
    /// An offset outside its text (`start`, `end`, text length in code points).
    OutOfRange {
        /// The start.
        start: u64,
        /// The end.
        end: u64,
        /// The text's length.
        length: usize,
    },
    /// A span that is empty or reaches outside its sentence (`start`, `end`,
    /// and the sentence's `from`–`to`, all in code points of the document).
    SpanOutsideSentence {
        /// The span's start.
        start: u64,
        /// The span's end.
        end: u64,
        /// The sentence's start.
        from: usize,
        /// The sentence's end.
        to: usize,
    },
    /// The sentence text is not the document text at its offsets.
    TextMismatch,
    /// A label that the file's label set does not have.
    UnknownLabel(String),
    /// Two labels with one name, or two documents with one id.
    Duplicate(String),
    /// A colour this app does not know.
    UnknownColor(String),
    /// A label scope other than sentence, span or both.
    UnknownScope(String),
    /// An empty id or name.
    Empty,
}

/// An [`ImportError::Invalid`] at `path`.
pub(crate) fn invalid(path: &str, problem: Problem) -> ImportError {
    ImportError::Invalid { path: path.to_string(), problem }
}

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
    let id = DocumentId(format!("txt-{}-{}", short_hash(&text), text.chars().count()));
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

/// A label set and documents read from a valid Hamish JSON file.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidFile {
    /// The file's label set (with the file's ids).
    pub labels: LabelSet,
    /// Its documents: `(id, title, text, annotations)`.
    pub documents: Vec<ValidDocument>,
    /// The annotator named in the file.
    pub annotator: String,
    /// What the file holds that the import cannot take (W3C files only).
    pub left_out: LeftOut,
}

/// What a W3C file holds that an import leaves out, counted for the
/// import dialog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Annotations of documents the app does not have.
    pub other_documents: usize,
    /// Those documents' ids, each once.
    pub document_ids: Vec<String>,
    /// Annotations whose quote is nowhere in their document.
    pub quotes_not_found: usize,
    /// Spans reaching across a sentence boundary (or between sentences).
    pub spans_across: usize,
}

/// One document of a valid file.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidDocument {
    /// Id.
    pub id: DocumentId,
    /// Title.
    pub title: String,
    /// Full text.
    pub text: String,
    /// Its non-empty annotations, by the file's label ids.
    pub annotations: Vec<StoredAnnotation>,
    /// The file, row and row id it was first imported from.
    pub origin: Option<Origin>,
    /// How its text is split into sentences.
    pub split: Split,
}

/// A sentence that both the app and the file annotate, differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The document.
    pub doc: DocumentId,
    /// The sentence index.
    pub index: usize,
    /// The sentence text.
    pub text: String,
    /// The app's label names and note.
    pub mine: (Vec<String>, String),
    /// The file's label names and note.
    pub theirs: (Vec<String>, String),
}

/// What an import would do.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// The file, validated.
    pub file: ValidFile,
    /// Documents in the file that the app lacks (added with their text).
    pub new_documents: Vec<DocumentId>,
    /// Annotations in the file.
    pub annotations: usize,
    /// Sentences annotated differently by the app and the file.
    pub conflicts: Vec<Conflict>,
    /// File annotations whose sentence is not in the document.
    pub unplaced: usize,
    /// Names of the file's labels that the app lacks (added by the import).
    pub new_labels: Vec<String>,
    /// Labels in the set once the file is merged.
    pub labels_after: usize,
}

/// How to take in an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep the app's work and add the file's; for the conflicts listed
    /// here, take the file's annotation (the others keep the app's).
    Merge {
        /// Conflicts resolved for the file: `(document, sentence)`.
        take_theirs: BTreeSet<(DocumentId, usize)>,
    },
    /// The file's label set and annotations replace the app's, for the
    /// documents in the file.
    Replace,
}

/// `value` as a bidi isolate inside an Arabic message (unchanged in English),
/// so a path or a name from a file reads whole inside right-to-left text.
fn isolate(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Arabic => format!("\u{2068}{value}\u{2069}"),
        Lang::English => value.to_string(),
    }
}

impl ImportError {
    /// What went wrong, in `lang`. In Arabic, paths, format names and values
    /// from the file are bidi isolates, so they read whole inside the sentence.
    pub fn describe(&self, lang: Lang) -> String {
        let isolate = |value: &str| isolate(lang, value);
        match self {
            ImportError::TooLarge { size } => tr_with(
                lang,
                Text::ErrTooLarge,
                &[("size", &tr_size(lang, *size)), ("limit", &tr_size(lang, MAX_IMPORT_BYTES))],
            ),
            ImportError::NotUtf8 { at } => {
                tr_with(lang, Text::ErrNotUtf8, &[("at", &at.to_string())]).replacen("UTF-8", &isolate("UTF-8"), 1)
            }
            ImportError::EmptyText => tr(lang, Text::ErrEmptyText).to_string(),
            ImportError::Unreadable => tr(lang, Text::ErrUnreadable).to_string(),
            ImportError::NotText => tr(lang, Text::ErrNotText).to_string(),
            ImportError::NotPlainText { kind } => {
                let text = if kind == "Excel" { Text::ErrSpreadsheet } else { Text::ErrNotPlainText };
                tr_with(lang, text, &[("kind", &isolate(kind))])
            }
            ImportError::Undecodable { encoding } => {
                tr_with(lang, Text::ErrUndecodable, &[("encoding", &isolate(encoding))])
            }
            ImportError::EmptyTable => tr(lang, Text::ErrEmptyTable).to_string(),
            ImportError::MalformedTable { line, .. } => {
                tr_with(lang, Text::ErrMalformedTable, &[("line", &line.to_string())])
            }
            ImportError::MalformedJson { line, column, .. } => {
                tr_with(lang, Text::ErrMalformedJson, &[("line", &line.to_string()), ("column", &column.to_string())])
                    .replacen("JSON", &isolate("JSON"), 1)
            }
            ImportError::NotHamish { found } => tr(lang, Text::ErrNotHamish)
                .replacen("JSON", &isolate("JSON"), 1)
                .replace("format: {found}", &isolate("format: {found}"))
                .replace("{found}", found),
            ImportError::TooNew { version } => tr_with(lang, Text::ErrTooNew, &[("version", &version.to_string())]),
            ImportError::NoAnswers => tr(lang, Text::ErrNoAnswers).to_string(),
            ImportError::NotW3c => tr(lang, Text::ErrNotW3c).replacen("W3C", &isolate("W3C"), 1),
            ImportError::UnknownDocuments { ids } => {
                let ids: Vec<String> = ids.iter().map(|id| isolate(id)).collect();
                tr_with(lang, Text::ErrUnknownDocuments, &[("ids", &ids.join(lang.list_separator()))])
            }
            ImportError::Invalid { path, problem } => format!("{}: {}", isolate(path), problem.describe(lang)),
        }
    }
}

impl Problem {
    /// What is wrong, in `lang` (in Arabic, names from the file are isolates).
    pub fn describe(&self, lang: Lang) -> String {
        let isolate = |value: &str| isolate(lang, value);
        match self {
            Problem::Missing => tr(lang, Text::ProblemMissing).into(),
            Problem::ExpectedNumber => tr(lang, Text::ProblemExpectedNumber).into(),
            Problem::ExpectedString => tr(lang, Text::ProblemExpectedString).into(),
            Problem::ExpectedList => tr(lang, Text::ProblemExpectedList).into(),
            Problem::ExpectedObject => tr(lang, Text::ProblemExpectedObject).into(),
            Problem::ExpectedBool => tr(lang, Text::ProblemExpectedBool).into(),
            Problem::OutOfRange { start, end, length } => tr_with(
                lang,
                Text::ProblemOutOfRange,
                &[("start", &start.to_string()), ("end", &end.to_string()), ("length", &length.to_string())],
            ),
            Problem::SpanOutsideSentence { start, end, from, to } => tr_with(
                lang,
                Text::ProblemSpanOutsideSentence,
                &[
                    ("start", &start.to_string()),
                    ("end", &end.to_string()),
                    ("from", &from.to_string()),
                    ("to", &to.to_string()),
                ],
            ),
            Problem::TextMismatch => tr(lang, Text::ProblemTextMismatch).into(),
            Problem::UnknownLabel(name) => tr_with(lang, Text::ProblemUnknownLabel, &[("name", &isolate(name))]),
            Problem::Duplicate(name) => tr_with(lang, Text::ProblemDuplicate, &[("name", &isolate(name))]),
            Problem::UnknownColor(name) => tr_with(lang, Text::ProblemUnknownColor, &[("name", &isolate(name))]),
            Problem::UnknownScope(name) => tr_with(lang, Text::ProblemUnknownScope, &[("name", &isolate(name))]),
            Problem::Empty => tr(lang, Text::ProblemEmpty).into(),
        }
    }
}
