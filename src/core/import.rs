//! Imports: Hamish JSON and plain text. A JSON file is validated whole
//! before anything changes; what it would change is shown as a plan, which
//! becomes one undoable action.

use super::annotations::SentenceAnnotation;
use super::document::{Document, DocumentId, DocumentSource};
use super::export::{FORMAT, FORMAT_VERSION};
use super::labels::{Label, LabelColor, LabelId, LabelSet};
use super::state::{Orphan, State};
use super::store::{anchor, StoredAnnotation, QUOTE_CHARS};
use super::strings::{tr, tr_with, Lang, Text};
use super::text::short_hash;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The largest file accepted, in bytes.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

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
    /// The sentence text is not the document text at its offsets.
    TextMismatch,
    /// A label that the file's label set does not have.
    UnknownLabel(String),
    /// Two labels with one name, or two documents with one id.
    Duplicate(String),
    /// A colour this app does not know.
    UnknownColor(String),
    /// An empty id or name.
    Empty,
}

fn invalid(path: &str, problem: Problem) -> ImportError {
    ImportError::Invalid { path: path.to_string(), problem }
}

/// What kind of file an import is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Hamish JSON (`.json`, or content starting with `{`).
    Json,
    /// Plain text: a new document.
    Text,
}

/// A `.json` name, or content whose first non-blank character is `{`, means
/// JSON; anything else is text.
pub fn file_kind(file_name: &str, text: &str) -> FileKind {
    let json_name = file_name.to_lowercase().ends_with(".json");
    let json_content = text.trim_start_matches('\u{feff}').trim_start().starts_with('{');
    if json_name || json_content {
        FileKind::Json
    } else {
        FileKind::Text
    }
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
/// its first line, identified by a hash of its text.
pub fn text_document(file_name: &str, text: &str) -> Result<Document, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(ImportError::EmptyText);
    }
    let id = DocumentId(format!("txt-{}-{}", short_hash(&text), text.chars().count()));
    let fallback = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    Ok(Document::new(id, text, fallback, DocumentSource::Imported))
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
}

struct Reader;

impl Reader {
    fn object<'a>(value: &'a Value, path: &str) -> Result<&'a Map<String, Value>, ImportError> {
        value.as_object().ok_or_else(|| invalid(path, Problem::ExpectedObject))
    }

    fn field<'a>(map: &'a Map<String, Value>, name: &str, path: &str) -> Result<(&'a Value, String), ImportError> {
        let at = if path.is_empty() { name.to_string() } else { format!("{path}.{name}") };
        match map.get(name) {
            Some(value) => Ok((value, at)),
            None => Err(invalid(&at, Problem::Missing)),
        }
    }

    fn string<'a>(map: &'a Map<String, Value>, name: &str, path: &str) -> Result<&'a str, ImportError> {
        let (value, at) = Self::field(map, name, path)?;
        value.as_str().ok_or_else(|| invalid(&at, Problem::ExpectedString))
    }

    fn optional_string<'a>(map: &'a Map<String, Value>, name: &str, path: &str) -> Result<&'a str, ImportError> {
        match map.get(name) {
            None | Some(Value::Null) => Ok(""),
            Some(_) => Self::string(map, name, path),
        }
    }

    fn number(map: &Map<String, Value>, name: &str, path: &str) -> Result<u64, ImportError> {
        let (value, at) = Self::field(map, name, path)?;
        value.as_u64().ok_or_else(|| invalid(&at, Problem::ExpectedNumber))
    }

    fn list<'a>(map: &'a Map<String, Value>, name: &str, path: &str) -> Result<(&'a Vec<Value>, String), ImportError> {
        let (value, at) = Self::field(map, name, path)?;
        value.as_array().map(|list| (list, at.clone())).ok_or_else(|| invalid(&at, Problem::ExpectedList))
    }
}

/// Parses and validates a whole Hamish JSON file.
pub fn read_hamish_json(text: &str) -> Result<ValidFile, ImportError> {
    let root: Value = serde_json::from_str(text).map_err(|error| ImportError::MalformedJson {
        line: error.line(),
        column: error.column(),
        message: error.to_string(),
    })?;
    let root = Reader::object(&root, "(file)")?;
    let format = root.get("format").and_then(Value::as_str).unwrap_or_default();
    if format != FORMAT {
        let found = root.get("format").map(|value| value.to_string()).unwrap_or_else(|| "nothing".into());
        return Err(ImportError::NotHamish { found });
    }
    let version = Reader::number(root, "version", "")?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(ImportError::TooNew { version });
    }
    let annotator = Reader::optional_string(root, "annotator", "")?.to_string();
    let labels = read_label_set(root)?;
    let names: BTreeMap<&str, LabelId> = labels.labels.iter().map(|label| (label.name.as_str(), label.id)).collect();

    let (documents, documents_path) = Reader::list(root, "documents", "")?;
    let mut seen = HashSet::new();
    let mut valid = Vec::new();
    for (d, document) in documents.iter().enumerate() {
        let path = format!("{documents_path}[{d}]");
        let map = Reader::object(document, &path)?;
        let id = Reader::string(map, "id", &path)?;
        if id.trim().is_empty() {
            return Err(invalid(&format!("{path}.id"), Problem::Empty));
        }
        if !seen.insert(id.to_string()) {
            return Err(invalid(&format!("{path}.id"), Problem::Duplicate(id.to_string())));
        }
        let title = Reader::optional_string(map, "title", &path)?;
        let text = Reader::string(map, "text", &path)?;
        let offsets = super::text::byte_offsets(text);
        let length = offsets.len() - 1;
        let (sentences, sentences_path) = Reader::list(map, "sentences", &path)?;
        let mut annotations = Vec::new();
        for (s, sentence) in sentences.iter().enumerate() {
            let path = format!("{sentences_path}[{s}]");
            let map = Reader::object(sentence, &path)?;
            let start = Reader::number(map, "start", &path)?;
            let end = Reader::number(map, "end", &path)?;
            if start >= end || end > length as u64 {
                return Err(invalid(&path, Problem::OutOfRange { start, end, length }));
            }
            let (start, end) = (start as usize, end as usize);
            let slice = &text[offsets[start]..offsets[end]];
            let sentence_text = Reader::string(map, "text", &path)?;
            if sentence_text != slice {
                return Err(invalid(&format!("{path}.text"), Problem::TextMismatch));
            }
            let mut ids = Vec::new();
            if let Some(value) = map.get("labels") {
                let list = value.as_array().ok_or_else(|| invalid(&format!("{path}.labels"), Problem::ExpectedList))?;
                for (l, name) in list.iter().enumerate() {
                    let at = format!("{path}.labels[{l}]");
                    let name = name.as_str().ok_or_else(|| invalid(&at, Problem::ExpectedString))?;
                    let id = names.get(name).ok_or_else(|| invalid(&at, Problem::UnknownLabel(name.to_string())))?;
                    if !ids.contains(id) {
                        ids.push(*id);
                    }
                }
            }
            let note = Reader::optional_string(map, "note", &path)?.to_string();
            if ids.is_empty() && note.is_empty() {
                continue;
            }
            let quote: String = slice.chars().take(QUOTE_CHARS).collect();
            annotations.push(StoredAnnotation(start, end, short_hash(slice), labels.sorted(&ids), note, quote));
        }
        valid.push(ValidDocument {
            id: DocumentId(id.to_string()),
            title: title.to_string(),
            text: text.to_string(),
            annotations,
        });
    }
    Ok(ValidFile { labels, documents: valid, annotator })
}

fn read_label_set(root: &Map<String, Value>) -> Result<LabelSet, ImportError> {
    let (set, path) = Reader::field(root, "label_set", "")?;
    let set = Reader::object(set, &path)?;
    let multiple = match set.get("multiple") {
        None => true,
        Some(value) => value.as_bool().ok_or_else(|| invalid(&format!("{path}.multiple"), Problem::ExpectedBool))?,
    };
    let (list, list_path) = Reader::list(set, "labels", &path)?;
    let mut labels = Vec::new();
    let mut names = HashSet::new();
    for (l, label) in list.iter().enumerate() {
        let path = format!("{list_path}[{l}]");
        let map = Reader::object(label, &path)?;
        let name = Reader::string(map, "name", &path)?;
        let Some(name) = super::labels::clean_label_name(name) else {
            return Err(invalid(&format!("{path}.name"), Problem::Empty));
        };
        if !names.insert(name.clone()) {
            return Err(invalid(&format!("{path}.name"), Problem::Duplicate(name)));
        }
        let name_en =
            super::labels::clean_label_name(Reader::optional_string(map, "name_en", &path)?).unwrap_or_default();
        let color = match map.get("color").and_then(Value::as_str) {
            None => LabelColor::for_position(l),
            Some(color) => *LabelColor::ALL
                .iter()
                .find(|known| known.name() == color)
                .ok_or_else(|| invalid(&format!("{path}.color"), Problem::UnknownColor(color.to_string())))?,
        };
        labels.push(Label { id: LabelId(l as u32 + 1), name, name_en, color });
    }
    Ok(LabelSet { labels, multiple })
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

fn names(labels: &LabelSet, annotation: &SentenceAnnotation) -> (Vec<String>, String) {
    let names = annotation.labels.iter().filter_map(|id| labels.get(*id)).map(|label| label.name.clone()).collect();
    (names, annotation.note.clone())
}

/// The document of `valid` as the app would hold it: the app's own, or a
/// new imported one.
pub fn document_for(state: &State, valid: &ValidDocument) -> Document {
    match state.documents.iter().find(|document| document.id == valid.id) {
        Some(document) => (**document).clone(),
        None => Document::new(valid.id.clone(), valid.text.clone(), &valid.title, DocumentSource::Imported),
    }
}

/// Works out what importing `file` into `state` would do.
pub fn plan_import(state: &State, file: ValidFile) -> ImportPlan {
    let mut plan = ImportPlan {
        file: file.clone(),
        new_documents: Vec::new(),
        annotations: 0,
        conflicts: Vec::new(),
        unplaced: 0,
    };
    for valid in &file.documents {
        if !state.documents.iter().any(|document| document.id == valid.id) {
            plan.new_documents.push(valid.id.clone());
        }
        let document = document_for(state, valid);
        plan.annotations += valid.annotations.len();
        let anchored = anchor(&document, valid.annotations.clone());
        plan.unplaced += anchored.orphans.len();
        let mine = state.annotations.get(&valid.id);
        for (index, theirs) in anchored.placed {
            let Some(mine) = mine.and_then(|annotations| annotations.get(index)) else {
                continue;
            };
            let (mine, theirs) = (names(&state.labels, mine), names(&file.labels, &theirs));
            if mine != theirs {
                let text = document.sentence_text(index).unwrap_or_default().to_string();
                plan.conflicts.push(Conflict { doc: valid.id.clone(), index, text, mine, theirs });
            }
        }
    }
    plan
}

/// The label set after a merge: the app's, plus the file's labels it lacks
/// (matched by name); and the map from file label ids to app label ids.
pub fn merged_labels(app: &LabelSet, file: &LabelSet) -> (LabelSet, BTreeMap<LabelId, LabelId>) {
    let mut merged = app.clone();
    let mut map = BTreeMap::new();
    for label in &file.labels {
        let existing = merged.labels.iter().find(|known| known.name == label.name || known.name_en == label.name);
        let id = match existing {
            Some(known) => known.id,
            None => {
                let id = merged.next_id();
                merged.labels.push(Label { id, ..label.clone() });
                id
            }
        };
        map.insert(label.id, id);
    }
    (merged, map)
}

/// The orphans an import leaves: file annotations with no sentence.
pub fn unplaced_orphans(document: &Document, valid: &ValidDocument, map: &BTreeMap<LabelId, LabelId>) -> Vec<Orphan> {
    let mapped = remap(valid.annotations.clone(), map);
    anchor(document, mapped).orphans
}

/// `annotations` with label ids mapped by `map` (unmapped ids dropped).
pub fn remap(annotations: Vec<StoredAnnotation>, map: &BTreeMap<LabelId, LabelId>) -> Vec<StoredAnnotation> {
    annotations
        .into_iter()
        .map(|StoredAnnotation(start, end, hash, labels, note, quote)| {
            let labels = labels.iter().filter_map(|id| map.get(id).copied()).collect();
            StoredAnnotation(start, end, hash, labels, note, quote)
        })
        .collect()
}

impl ImportError {
    /// What went wrong, in `lang`. In Arabic, paths, format names and values
    /// from the file are bidi isolates, so they read whole inside the sentence.
    pub fn describe(&self, lang: Lang) -> String {
        let isolate = |value: &str| match lang {
            Lang::Arabic => format!("\u{2068}{value}\u{2069}"),
            Lang::English => value.to_string(),
        };
        match self {
            ImportError::TooLarge { size } => tr_with(
                lang,
                Text::ErrTooLarge,
                &[("size", &size.to_string()), ("limit", &MAX_IMPORT_BYTES.to_string())],
            ),
            ImportError::NotUtf8 { at } => {
                tr_with(lang, Text::ErrNotUtf8, &[("at", &at.to_string())]).replacen("UTF-8", &isolate("UTF-8"), 1)
            }
            ImportError::EmptyText => tr(lang, Text::ErrEmptyText).to_string(),
            ImportError::MalformedJson { line, column, .. } => {
                tr_with(lang, Text::ErrMalformedJson, &[("line", &line.to_string()), ("column", &column.to_string())])
                    .replacen("JSON", &isolate("JSON"), 1)
            }
            ImportError::NotHamish { found } => tr(lang, Text::ErrNotHamish)
                .replacen("JSON", &isolate("JSON"), 1)
                .replace("format: {found}", &isolate("format: {found}"))
                .replace("{found}", found),
            ImportError::TooNew { version } => tr_with(lang, Text::ErrTooNew, &[("version", &version.to_string())]),
            ImportError::Invalid { path, problem } => format!("{}: {}", isolate(path), problem.describe(lang)),
        }
    }
}

impl Problem {
    /// What is wrong, in `lang` (in Arabic, names from the file are isolates).
    pub fn describe(&self, lang: Lang) -> String {
        let isolate = |value: &str| match lang {
            Lang::Arabic => format!("\u{2068}{value}\u{2069}"),
            Lang::English => value.to_string(),
        };
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
            Problem::TextMismatch => tr(lang, Text::ProblemTextMismatch).into(),
            Problem::UnknownLabel(name) => tr_with(lang, Text::ProblemUnknownLabel, &[("name", &isolate(name))]),
            Problem::Duplicate(name) => tr_with(lang, Text::ProblemDuplicate, &[("name", &isolate(name))]),
            Problem::UnknownColor(name) => tr_with(lang, Text::ProblemUnknownColor, &[("name", &isolate(name))]),
            Problem::Empty => tr(lang, Text::ProblemEmpty).into(),
        }
    }
}
