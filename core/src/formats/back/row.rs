//! One sentence of an exported file, whichever tool wrote it: its text,
//! where it was (document, sentence, start), its labels, spans, note and
//! whether it is reviewed. Reads Hamish's JSONL and CSV, doccano's
//! classification and sequence-labeling JSONL (`label`, `entities`,
//! `Comments`), spaCy's JSONL (`cats`, `spans.sc`, `ents`) and Label
//! Studio's JSON export (`annotations`, `predictions`: `choices`, `labels`
//! regions, `textarea`).

use super::records::{bool_at, field, number_at, text_at, Record};
use crate::text::basics::byte_offsets;
use serde_json::Value;

/// One record as the way back reads it. Span offsets are code points of
/// `text`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BackRow {
    /// The id of the document it came from, when the file says.
    pub document: Option<String>,
    /// Its index in that document.
    pub sentence: Option<usize>,
    /// Its first code point in that document.
    pub start: Option<usize>,
    /// The sentence.
    pub text: String,
    /// Its labels' names.
    pub labels: Vec<String>,
    /// Its spans: start, end, label name.
    pub spans: Vec<(usize, usize, String)>,
    /// Its note.
    pub note: String,
    /// The labels and spans are a suggestion still to review.
    pub suggested: bool,
}

/// The row of `record`, or `None` when it has no text. `label_columns`
/// are a CSV's `0`/`1` columns, one per label.
pub fn back_row(record: &Record, label_columns: &[String]) -> Option<BackRow> {
    let text = text_at(record, &["text", "data.text"])?;
    let mut row = BackRow {
        document: text_at(record, &["document", "meta.document", "data.document"]).filter(|id| !id.trim().is_empty()),
        sentence: number_at(record, &["sentence", "meta.sentence", "data.sentence"]),
        start: number_at(record, &["start", "meta.start", "data.start"]),
        note: text_at(record, &["note"]).unwrap_or_default(),
        text,
        ..BackRow::default()
    };
    if record.contains_key("annotations") || record.contains_key("predictions") {
        label_studio(record, &mut row);
        return Some(row);
    }
    for key in ["label", "labels"] {
        match record.get(key) {
            Some(Value::String(name)) if !name.trim().is_empty() => row.labels.push(name.trim().to_string()),
            Some(Value::String(_)) | None => {}
            Some(value) => items(value, &mut row),
        }
    }
    for column in label_columns {
        if text_at(record, &[column.as_str()]).is_some_and(|flag| flag.trim() == "1") && !row.labels.contains(column) {
            row.labels.push(column.clone());
        }
    }
    if let Some(Value::Object(cats)) = record.get("cats") {
        let chosen = cats.iter().filter(|(_, value)| value.as_f64().is_some_and(|score| score >= 0.5));
        row.labels.extend(chosen.map(|(name, _)| name.clone()));
    }
    spans_of(record, &mut row);
    if let Some(comments) = record.get("Comments").and_then(Value::as_array) {
        let texts = comments.iter().filter_map(|comment| match comment {
            Value::String(text) => Some(text.clone()),
            other => other.get("text").and_then(Value::as_str).map(str::to_string),
        });
        let joined = texts.collect::<Vec<_>>().join("\n");
        if row.note.is_empty() {
            row.note = joined;
        }
    }
    let reviewed = bool_at(record, &["reviewed", "meta.reviewed"]).unwrap_or(true);
    let carries = !(row.labels.is_empty() && row.spans.is_empty());
    row.suggested = !reviewed && carries;
    Some(row)
}

/// Names and `[start, end, label]` triples of a `label`/`labels` list.
fn items(value: &Value, row: &mut BackRow) {
    let Some(list) = value.as_array() else { return };
    for item in list {
        match item {
            Value::String(name) if !name.trim().is_empty() => row.labels.push(name.trim().to_string()),
            Value::Array(_) => row.spans.extend(triple(item)),
            _ => {}
        }
    }
}

fn triple(item: &Value) -> Option<(usize, usize, String)> {
    let parts = item.as_array()?;
    let (start, end) = (parts.first()?.as_u64()? as usize, parts.get(1)?.as_u64()? as usize);
    Some((start, end, parts.get(2)?.as_str()?.to_string()))
}

/// The spans of Hamish (`spans`, a list or, in CSV, its JSON), spaCy
/// (`spans.sc`, else `ents`) and doccano (`entities`).
fn spans_of(record: &Record, row: &mut BackRow) {
    let listed = |value: &Value| value.as_array().map(|list| list.iter().filter_map(triple).collect::<Vec<_>>());
    let spans = match (record.get("spans"), field(record, "spans.sc"), record.get("ents")) {
        (Some(Value::String(json)), _, _) if !json.trim().is_empty() => {
            serde_json::from_str::<Value>(json).ok().as_ref().and_then(listed)
        }
        (Some(value @ Value::Array(_)), _, _) => listed(value),
        (_, Some(value), _) => listed(value),
        (_, _, Some(value)) => listed(value),
        _ => None,
    };
    row.spans.extend(spans.unwrap_or_default());
    if let Some(entities) = record.get("entities").and_then(Value::as_array) {
        row.spans.extend(entities.iter().filter_map(|entity| {
            let offset = |key: &str| entity.get(key).and_then(Value::as_u64).map(|n| n as usize);
            Some((offset("start_offset")?, offset("end_offset")?, entity.get("label")?.as_str()?.to_string()))
        }));
    }
}

/// Label Studio's task: the last annotation with a result (confirmed),
/// else the last prediction (a suggestion).
fn label_studio(record: &Record, row: &mut BackRow) {
    let last = |key: &str| {
        let entries = record.get(key).and_then(Value::as_array)?;
        let kept = entries.iter().filter(|entry| !entry.get("was_cancelled").and_then(Value::as_bool).unwrap_or(false));
        kept.filter_map(|entry| entry.get("result").and_then(Value::as_array)).rfind(|result| !result.is_empty())
    };
    let (result, suggested) = match (last("annotations"), last("predictions")) {
        (Some(result), _) => (result, false),
        (None, Some(result)) => (result, true),
        (None, None) => return,
    };
    let mut notes = Vec::new();
    for item in result {
        let value = item.get("value").unwrap_or(&Value::Null);
        let strings = |key: &str| -> Vec<String> {
            match value.get(key) {
                Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).map(str::to_string).collect(),
                Some(Value::String(text)) => vec![text.clone()],
                _ => Vec::new(),
            }
        };
        match item.get("type").and_then(Value::as_str).unwrap_or_default() {
            "choices" => row.labels.extend(strings("choices")),
            "textarea" => notes.extend(strings("text")),
            "labels" => {
                let offset = |key: &str| value.get(key).and_then(Value::as_u64).map(|n| n as usize);
                let (Some(start), Some(end)) = (offset("start"), offset("end")) else { continue };
                let quote = value.get("text").and_then(Value::as_str);
                let (start, end) = code_points(&row.text, start, end, quote);
                row.spans.extend(strings("labels").into_iter().map(|label| (start, end, label)));
            }
            _ => {}
        }
    }
    if !notes.is_empty() {
        row.note = notes.join("\n");
    }
    row.suggested = suggested && !(row.labels.is_empty() && row.spans.is_empty());
}

/// A region's offsets in code points of `text`: as written when they give
/// its `quote` (or there is none), else read as UTF-16 code units (what a
/// region marked in Label Studio's editor, in JavaScript, may carry).
pub fn code_points(text: &str, start: usize, end: usize, quote: Option<&str>) -> (usize, usize) {
    let Some(quote) = quote else { return (start, end) };
    let offsets = byte_offsets(text);
    let slice = |from: usize, to: usize| (from <= to && to < offsets.len()).then(|| &text[offsets[from]..offsets[to]]);
    if slice(start, end) == Some(quote) {
        return (start, end);
    }
    let mut units = 0;
    let (mut from, mut to) = (None, None);
    for (at, c) in text.chars().enumerate() {
        if units == start {
            from = Some(at);
        }
        if units == end {
            to = Some(at);
        }
        units += c.len_utf16();
    }
    if units == end {
        to = Some(text.chars().count());
    }
    match (from, to) {
        (Some(from), Some(to)) if slice(from, to) == Some(quote) => (from, to),
        _ => (start, end),
    }
}
