//! One sentence a line or a row: JSONL (for doccano and pandas), CSV
//! (with a byte order mark, safe for spreadsheets) and the documents'
//! texts as JSONL, each sentence saying where it is.
use crate::formats::export::Scope;
use crate::formats::hamish::write::hamish_file;
use crate::formats::hamish::write::FileDocument;
use crate::formats::hamish::write::FileSentence;

use crate::formats::csv_cells::spreadsheet_cell;
use crate::formats::training::sentence_labels;
use crate::model::work::Work;
use serde_json::json;

/// Where a sentence is: its document, title, source and position.
pub fn whereabouts(document: &FileDocument, sentence: &FileSentence) -> serde_json::Map<String, serde_json::Value> {
    let value = json!({
        "document": document.id,
        "title": document.title,
        "source_file": document.source_file(),
        "source_id": document.source_id(),
        "sentence": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
    });
    match value {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

/// A sentence's spans as `[start, end, label]` in code points of the
/// sentence (Python string indexes).
pub fn sentence_triples(sentence: &FileSentence) -> Vec<serde_json::Value> {
    let relative = |offset: usize| offset.saturating_sub(sentence.start);
    sentence.spans.iter().map(|span| json!([relative(span.start), relative(span.end), span.label])).collect()
}

/// JSONL: one sentence a line, `{"text", "label", "document", "title",
/// "source_file", "source_id", "sentence", "start", "end", "note", "spans",
/// "reviewed"}` (`spans` as `[start, end, label]` in code points of the
/// sentence); doccano's text classification import reads `text` and
/// `label`, pandas reads it with `read_json(lines=True)`; `source_id` joins
/// a row back to the table it was imported from (its id column, else its
/// row number); `reviewed` is false while the labels are a suggestion.
pub fn export_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for document in hamish_file(work, "", scope, "").documents {
        for sentence in &document.sentences {
            let mut line = whereabouts(&document, sentence);
            line.insert("text".into(), json!(sentence.text));
            line.insert("label".into(), json!(sentence.labels));
            line.insert("note".into(), json!(sentence.note));
            line.insert("spans".into(), json!(sentence_triples(sentence)));
            line.insert("reviewed".into(), json!(!sentence.suggested));
            out.push_str(&serde_json::Value::Object(line).to_string());
            out.push('\n');
        }
    }
    out
}

/// The fixed columns of the CSV export, before the label columns.
const CSV_COLUMNS: [&str; 12] = [
    "document",
    "title",
    "source_file",
    "source_id",
    "sentence",
    "start",
    "end",
    "text",
    "label",
    "note",
    "spans",
    "reviewed",
];

/// CSV with a UTF-8 byte order mark (so spreadsheets show Arabic right),
/// CRLF line ends, one row a sentence:
/// `document,title,source_file,source_id,sentence,start,end,text,label,note,spans,reviewed`
/// (`label`: the sentence's first label in palette order, or empty, as
/// doccano reads one label a row; `spans`: `[start, end, label]` triples in
/// code points of the sentence, as JSON), then one column per label a
/// sentence can have, headed by its name, `1` when the sentence has it and
/// `0` when not: every label of a multi-label sentence. Every text cell
/// and label header goes through [`spreadsheet_cell`]; `reviewed` is
/// `false` while the labels are a suggestion.
pub fn export_csv(work: &Work, scope: &Scope) -> String {
    let columns = sentence_labels(work.labels());
    let mut header: Vec<String> = CSV_COLUMNS.iter().map(|column| column.to_string()).collect();
    header.extend(columns.iter().map(|label| spreadsheet_cell(&label.name)));
    let mut out = format!("\u{feff}{}\r\n", header.join(","));
    for document in hamish_file(work, "", scope, "").documents {
        for sentence in &document.sentences {
            let mut row = vec![
                spreadsheet_cell(&document.id),
                spreadsheet_cell(&document.title),
                spreadsheet_cell(document.source_file()),
                spreadsheet_cell(&document.source_id()),
                sentence.index.to_string(),
                sentence.start.to_string(),
                sentence.end.to_string(),
                spreadsheet_cell(&sentence.text),
            ];
            row.push(spreadsheet_cell(sentence.labels.first().map_or("", String::as_str)));
            row.push(spreadsheet_cell(&sentence.note));
            let spans = sentence_triples(sentence);
            row.push(if spans.is_empty() { String::new() } else { spreadsheet_cell(&json!(spans).to_string()) });
            row.push((!sentence.suggested).to_string());
            for label in &columns {
                row.push(if sentence.labels.contains(&label.name) { "1" } else { "0" }.to_string());
            }
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// The documents' texts, one JSON object a line:
/// `{"document", "title", "source_file", "source_id", "text"}`, in the
/// order of the sentence exports, so that every row's offsets can be
/// checked (`text[start:end]` in Python) without Hamish JSON.
pub fn export_documents_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for document in hamish_file(work, "", scope, "").documents {
        let line = json!({
            "document": document.id,
            "title": document.title,
            "source_file": document.source_file(),
            "source_id": document.source_id(),
            "text": document.text,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}
