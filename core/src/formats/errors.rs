//! What can go wrong reading a file: every error and every problem of a
//! row or annotation, described in both interface languages.
use crate::i18n::said::{file_errors, files, isolate};
use crate::i18n::{tr, Lang, Text};

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
    /// A file read as JSON that holds something else (a plain text).
    NotJson,
    /// JSON that stops before it is complete (a file cut off while being
    /// saved or sent).
    CutShort,
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

/// What `error`, from parsing the JSON `text` whole, says to a reader: not
/// JSON at all, cut short, or malformed at a line and a column counted in
/// characters (the parser counts bytes).
pub(crate) fn json_error(text: &str, error: &serde_json::Error) -> ImportError {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if !start.starts_with(['{', '[']) {
        return ImportError::NotJson;
    }
    if error.is_eof() {
        return ImportError::CutShort;
    }
    json_line_error(text.lines().nth(error.line().saturating_sub(1)).unwrap_or_default(), error.line(), error)
}

/// [`ImportError::MalformedJson`] for `error` on line `line` (its text
/// `line_text`), the column counted in characters.
pub(crate) fn json_line_error(line_text: &str, line: usize, error: &serde_json::Error) -> ImportError {
    let bytes = error.column().saturating_sub(1).min(line_text.len());
    let column = line_text.char_indices().take_while(|(at, _)| *at < bytes).count() + 1;
    ImportError::MalformedJson { line, column, message: error.to_string() }
}

/// An [`ImportError::Invalid`] at `path`.
pub(crate) fn invalid(path: &str, problem: Problem) -> ImportError {
    ImportError::Invalid { path: path.to_string(), problem }
}

impl ImportError {
    /// What went wrong, in `lang`. In Arabic, paths, format names and values
    /// from the file are bidi isolates, so they read whole inside the sentence.
    pub fn describe(&self, lang: Lang) -> String {
        let isolate = |value: &str| isolate(lang, value);
        match self {
            ImportError::TooLarge { size } => files::too_large(lang, *size, MAX_IMPORT_BYTES),
            ImportError::NotUtf8 { at } => file_errors::not_utf8(lang, *at),
            ImportError::EmptyText => tr(lang, Text::ErrEmptyText).to_string(),
            ImportError::Unreadable => tr(lang, Text::ErrUnreadable).to_string(),
            ImportError::NotText => tr(lang, Text::ErrNotText).to_string(),
            ImportError::NotPlainText { kind } if kind == "Excel" => file_errors::spreadsheet(lang, kind),
            ImportError::NotPlainText { kind } => file_errors::not_plain_text(lang, kind),
            ImportError::Undecodable { encoding } => file_errors::undecodable(lang, encoding),
            ImportError::EmptyTable => tr(lang, Text::ErrEmptyTable).to_string(),
            ImportError::MalformedTable { line, .. } => file_errors::malformed_table(lang, *line),
            ImportError::MalformedJson { line, column, .. } => file_errors::malformed_json(lang, *line, *column),
            ImportError::NotJson => tr(lang, Text::ErrNotJson).replacen("JSON", &isolate("JSON"), 1),
            ImportError::CutShort => tr(lang, Text::ErrCutShort).to_string(),
            ImportError::NotHamish { found } => file_errors::not_hamish(lang, found),
            ImportError::TooNew { version } => file_errors::too_new(lang, *version),
            ImportError::NoAnswers => tr(lang, Text::ErrNoAnswers).to_string(),
            ImportError::NotW3c => tr(lang, Text::ErrNotW3c).replacen("W3C", &isolate("W3C"), 1),
            ImportError::UnknownDocuments { ids } => {
                file_errors::unknown_documents(lang, &ids.iter().map(String::as_str).collect::<Vec<_>>())
            }
            ImportError::Invalid { path, problem } => format!("{}: {}", isolate(path), problem.describe(lang)),
        }
    }
}

impl Problem {
    /// What is wrong, in `lang` (in Arabic, names from the file are isolates).
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Problem::Missing => tr(lang, Text::ProblemMissing).into(),
            Problem::ExpectedNumber => tr(lang, Text::ProblemExpectedNumber).into(),
            Problem::ExpectedString => tr(lang, Text::ProblemExpectedString).into(),
            Problem::ExpectedList => tr(lang, Text::ProblemExpectedList).into(),
            Problem::ExpectedObject => tr(lang, Text::ProblemExpectedObject).into(),
            Problem::ExpectedBool => tr(lang, Text::ProblemExpectedBool).into(),
            Problem::OutOfRange { start, end, length } => file_errors::out_of_range(lang, *start, *end, *length),
            Problem::SpanOutsideSentence { start, end, from, to } => {
                file_errors::span_outside_sentence(lang, *start, *end, *from, *to)
            }
            Problem::TextMismatch => tr(lang, Text::ProblemTextMismatch).into(),
            Problem::UnknownLabel(name) => file_errors::unknown_label(lang, name),
            Problem::Duplicate(name) => file_errors::duplicate(lang, name),
            Problem::UnknownColor(name) => file_errors::unknown_color(lang, name),
            Problem::UnknownScope(name) => file_errors::unknown_scope(lang, name),
            Problem::Empty => tr(lang, Text::ProblemEmpty).into(),
        }
    }
}
