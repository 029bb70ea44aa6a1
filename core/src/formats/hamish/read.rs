//! Reading a Hamish JSON file: parsed and validated whole before anything
//! changes, every problem named by its path in the file.

use crate::formats::errors::json_error;
use crate::formats::hamish::write::{FORMAT, FORMAT_VERSION};
use crate::model::anchor::StoredAnnotation;
use crate::model::anchor::QUOTE_CHARS;
use crate::model::annotations::SentenceAnnotation;
use crate::model::labels::{Label, LabelColor, LabelId, LabelScope, LabelSet};
use crate::model::spans::{tidy, Span};
use crate::text::basics::short_hash;
use crate::text::document::{DocumentId, Origin, Split};
use crate::{
    formats::errors::{invalid, ImportError, Problem},
    formats::plan::{LeftOut, ValidDocument, ValidFile},
};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};

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

    fn optional_bool(map: &Map<String, Value>, name: &str, path: &str) -> Result<bool, ImportError> {
        match map.get(name) {
            None | Some(Value::Null) => Ok(false),
            Some(value) => value.as_bool().ok_or_else(|| invalid(&format!("{path}.{name}"), Problem::ExpectedBool)),
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
    let root: Value = serde_json::from_str(text).map_err(|error| json_error(text, &error))?;
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
        let offsets = crate::text::basics::byte_offsets(text);
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
            let heading = Reader::optional_bool(map, "heading", &path)?;
            let spans = read_spans(map, &path, (start, end), (text, &offsets), &names)?;
            let suggested = Reader::optional_bool(map, "suggested", &path)? && !(ids.is_empty() && spans.is_empty());
            if ids.is_empty() && note.is_empty() && !heading && spans.is_empty() {
                continue;
            }
            let quote: String = slice.chars().take(QUOTE_CHARS).collect();
            let hash = short_hash(slice);
            let labels = if heading { Vec::new() } else { labels.sorted(&ids) };
            let annotation = SentenceAnnotation { labels, note, suggested, heading, spans };
            annotations.push(StoredAnnotation { start, end, hash, quote, annotation });
        }
        let origin = match map.get("origin") {
            None | Some(Value::Null) => None,
            Some(value) => Some(
                serde_json::from_value::<Origin>(value.clone())
                    .map_err(|_| invalid(&format!("{path}.origin"), Problem::ExpectedObject))?,
            ),
        };
        let split = match map.get("split").and_then(Value::as_str) {
            Some("lines") => Split::Lines,
            _ => Split::Sentences,
        };
        valid.push(ValidDocument {
            id: DocumentId(id.to_string().into()),
            title: title.to_string(),
            text: text.to_string(),
            annotations,
            origin,
            split,
        });
    }
    Ok(ValidFile { labels, documents: valid, annotator, left_out: LeftOut::default() })
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
        let Some(name) = crate::model::labels::clean_label_name(name) else {
            return Err(invalid(&format!("{path}.name"), Problem::Empty));
        };
        if !names.insert(name.clone()) {
            return Err(invalid(&format!("{path}.name"), Problem::Duplicate(name)));
        }
        let name_en =
            crate::model::labels::clean_label_name(Reader::optional_string(map, "name_en", &path)?).unwrap_or_default();
        let color = match map.get("color").and_then(Value::as_str) {
            None => LabelColor::for_position(l),
            Some(color) => *LabelColor::ALL
                .iter()
                .find(|known| known.name() == color)
                .ok_or_else(|| invalid(&format!("{path}.color"), Problem::UnknownColor(color.to_string())))?,
        };
        let scope = match map.get("scope").and_then(Value::as_str) {
            None => LabelScope::Sentence,
            Some(scope) => LabelScope::from_name(scope)
                .ok_or_else(|| invalid(&format!("{path}.scope"), Problem::UnknownScope(scope.to_string())))?,
        };
        labels.push(Label { id: LabelId(l as u32 + 1), name, name_en, color, scope });
    }
    Ok(LabelSet { labels, multiple })
}

/// The spans of the sentence `map` at code points `sentence` of `text`
/// (with its byte `offsets`): each inside its sentence, of a known label,
/// and with the document's words when it gives them; in code points of the
/// sentence, sorted, each once.
fn read_spans(
    map: &Map<String, Value>,
    path: &str,
    sentence: (usize, usize),
    (text, offsets): (&str, &[usize]),
    names: &BTreeMap<&str, LabelId>,
) -> Result<Vec<Span>, ImportError> {
    let Some(value) = map.get("spans").filter(|value| !value.is_null()) else {
        return Ok(Vec::new());
    };
    let at = format!("{path}.spans");
    let list = value.as_array().ok_or_else(|| invalid(&at, Problem::ExpectedList))?;
    let mut spans = Vec::new();
    for (k, item) in list.iter().enumerate() {
        let path = format!("{at}[{k}]");
        let item = Reader::object(item, &path)?;
        let (start, end) = (Reader::number(item, "start", &path)?, Reader::number(item, "end", &path)?);
        if start >= end || (start as usize) < sentence.0 || end as usize > sentence.1 {
            return Err(invalid(&path, Problem::SpanOutsideSentence { start, end, from: sentence.0, to: sentence.1 }));
        }
        let (start, end) = (start as usize, end as usize);
        let name = Reader::string(item, "label", &path)?;
        let id = names
            .get(name)
            .ok_or_else(|| invalid(&format!("{path}.label"), Problem::UnknownLabel(name.to_string())))?;
        let words = Reader::optional_string(item, "text", &path)?;
        if !words.is_empty() && words != &text[offsets[start]..offsets[end]] {
            return Err(invalid(&format!("{path}.text"), Problem::TextMismatch));
        }
        spans.extend(Span::new(start - sentence.0, end - sentence.0, *id));
    }
    tidy(&mut spans);
    Ok(spans)
}
