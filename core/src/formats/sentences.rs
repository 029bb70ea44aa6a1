//! One sentence a line or a row: JSONL (for doccano and pandas), CSV
//! (with a byte order mark, safe for spreadsheets) and the documents'
//! texts as JSONL, each sentence saying where it is.
use crate::formats::export::Scope;
use crate::formats::hamish::write::hamish_file;
use crate::formats::hamish::write::FileDocument;
use crate::formats::hamish::write::FileSentence;

use crate::formats::csv_cells::spreadsheet_cell;
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

/// JSONL: one sentence a line, `{"text", "label", "document", "title",
/// "source_file", "source_id", "sentence", "start", "end", "note",
/// "reviewed"}`; doccano's text classification import reads `text` and
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
            line.insert("reviewed".into(), json!(!sentence.suggested));
            out.push_str(&serde_json::Value::Object(line).to_string());
            out.push('\n');
        }
    }
    out
}

/// The fixed columns of the CSV export, before the label columns; `label`
/// comes after `text` only when the label set is single-label.
const CSV_COLUMNS: [&str; 10] =
    ["document", "title", "source_file", "source_id", "sentence", "start", "end", "text", "note", "reviewed"];

/// CSV with a UTF-8 byte order mark (so spreadsheets show Arabic right),
/// CRLF line ends, one row a sentence:
/// `document,title,source_file,source_id,sentence,start,end,text,note,reviewed`
/// (with `label` after `text` when the label set is single-label: the
/// sentence's label or empty, as doccano reads it), then one column per
/// label, headed by its name, `1` when the sentence has it and `0` when
/// not. Every text cell and label header goes through [`spreadsheet_cell`];
/// `reviewed` is `false` while the labels are a suggestion.
pub fn export_csv(work: &Work, scope: &Scope) -> String {
    let single = !work.labels().multiple;
    let mut header: Vec<String> = CSV_COLUMNS.iter().map(|column| column.to_string()).collect();
    if single {
        header.insert(8, "label".to_string());
    }
    header.extend(work.labels().labels.iter().map(|label| spreadsheet_cell(&label.name)));
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
            if single {
                row.push(spreadsheet_cell(sentence.labels.first().map_or("", String::as_str)));
            }
            row.push(spreadsheet_cell(&sentence.note));
            row.push((!sentence.suggested).to_string());
            for label in &work.labels().labels {
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
