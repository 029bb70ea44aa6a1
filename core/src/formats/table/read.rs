//! Tables and record files read into rows of cells: CSV and TSV (by the
//! `csv` crate: quoted fields with commas, quotes and line breaks), JSON
//! Lines, and a JSON array of objects (nested objects flattened to
//! `data.text`; Label Studio's `annotations` and `predictions` read as
//! their chosen labels). What becomes of the rows is in [`crate::formats::table::rows`].

use crate::formats::errors::{json_error, json_line_error, ImportError};
use serde_json::Value;

/// The kinds of table a file can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    /// Comma-separated values (or semicolon-separated, as some spreadsheets write).
    Csv,
    /// Tab-separated values.
    Tsv,
    /// One JSON object a line (`.jsonl`, `.ndjson`).
    JsonLines,
    /// A JSON array of objects.
    JsonArray,
}

impl TableFormat {
    /// The format a file name says, if it names a table.
    pub fn from_name(name: &str) -> Option<Self> {
        let lower = name.to_lowercase();
        let extension = lower.rsplit_once('.').map_or("", |(_, extension)| extension);
        match extension {
            "csv" => Some(Self::Csv),
            "tsv" | "tab" => Some(Self::Tsv),
            "jsonl" | "ndjson" => Some(Self::JsonLines),
            _ => None,
        }
    }
}

/// One cell: a text, or a list (a JSON array, such as several labels).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// A text (numbers and booleans as written).
    Text(String),
    /// A list of texts.
    List(Vec<String>),
}

impl Cell {
    /// The cell as one text (a list joined with commas), for previews, ids and titles.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::List(items) => items.join(", "),
        }
    }

    /// The cell's non-blank items: a text is one item, a list each of its own.
    pub fn items(&self) -> Vec<String> {
        let items = match self {
            Cell::Text(text) => vec![text.trim().to_string()],
            Cell::List(items) => items.iter().map(|item| item.trim().to_string()).collect(),
        };
        items.into_iter().filter(|item| !item.is_empty()).collect()
    }
}

/// A table as read: every record, the first one included (whether it is
/// a header is the reader's choice for CSV and TSV; records files always
/// have their keys as the header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// What it was read as.
    pub format: TableFormat,
    /// Column names from the keys of record files, in first-seen order;
    /// for CSV and TSV, the first record.
    pub columns: Vec<String>,
    /// The records (for CSV and TSV, after the first), each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The column named `name` (case and surrounding spaces ignored).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|name| self.columns.iter().position(|column| column.trim().eq_ignore_ascii_case(name)))
    }
}

/// Reads `text` as a table of `format`, all at once.
pub fn read_table(format: TableFormat, text: &str) -> Result<Table, ImportError> {
    let mut reader = TableReader::new(format, text.to_string());
    while !reader.read_some(usize::MAX)? {}
    reader.finish()
}

/// A table read a slice of records at a time, so that a long file never
/// holds the page: call [`Self::read_some`] until it says done, then
/// [`Self::finish`].
pub struct TableReader {
    format: TableFormat,
    total: usize,
    source: Source,
    records: Vec<Vec<Cell>>,
    objects: Vec<Vec<(String, Cell)>>,
}

enum Source {
    Delimited(csv::Reader<std::io::Cursor<Vec<u8>>>),
    Lines { text: String, at: usize, line: usize },
    Array(Option<String>),
}

impl TableReader {
    /// A reader of `text` as `format`.
    pub fn new(format: TableFormat, text: String) -> Self {
        let total = text.len();
        let delimited = |delimiter: u8, text: String| {
            let mut builder = csv::ReaderBuilder::new();
            builder.has_headers(false).flexible(true).delimiter(delimiter);
            Source::Delimited(builder.from_reader(std::io::Cursor::new(text.into_bytes())))
        };
        let source = match format {
            TableFormat::Csv => delimited(csv_delimiter(&text), text),
            TableFormat::Tsv => delimited(b'\t', text),
            TableFormat::JsonLines => Source::Lines { text, at: 0, line: 0 },
            TableFormat::JsonArray => Source::Array(Some(text)),
        };
        Self { format, total, source, records: Vec::new(), objects: Vec::new() }
    }

    /// Bytes read so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        let done = match &self.source {
            Source::Delimited(reader) => reader.position().byte() as usize,
            Source::Lines { at, .. } => *at,
            Source::Array(text) => text.as_ref().map_or(self.total, |_| 0),
        };
        (done.min(self.total), self.total)
    }

    /// Reads up to `count` more records; `true` once the text is read.
    pub fn read_some(&mut self, count: usize) -> Result<bool, ImportError> {
        match &mut self.source {
            Source::Delimited(reader) => {
                let mut record = csv::StringRecord::new();
                for _ in 0..count {
                    let more = reader.read_record(&mut record).map_err(|error| {
                        let line = error.position().map_or(0, |position| position.line() as usize);
                        ImportError::MalformedTable { line, message: error.to_string() }
                    })?;
                    if !more {
                        return Ok(true);
                    }
                    self.records.push(record.iter().map(|field| Cell::Text(field.to_string())).collect());
                }
                Ok(false)
            }
            Source::Lines { text, at, line } => {
                for _ in 0..count {
                    if *at >= text.len() {
                        return Ok(true);
                    }
                    let rest = &text[*at..];
                    let length = rest.find('\n').map_or(rest.len(), |end| end + 1);
                    let current = rest[..length].trim();
                    *at += length;
                    *line += 1;
                    if current.is_empty() {
                        continue;
                    }
                    let value: Value =
                        serde_json::from_str(current).map_err(|error| json_line_error(current, *line, &error))?;
                    self.objects.push(flat_record(value));
                }
                Ok(*at >= text.len())
            }
            Source::Array(text) => {
                if let Some(text) = text.take() {
                    self.objects = read_json_array(&text)?.into_iter().map(flat_record).collect();
                }
                Ok(true)
            }
        }
    }

    /// The table read.
    pub fn finish(self) -> Result<Table, ImportError> {
        let table = match self.source {
            Source::Delimited(_) => delimited_table(self.format, self.records),
            _ => records_table(self.format, self.objects),
        };
        if table.columns.is_empty() {
            return Err(ImportError::EmptyTable);
        }
        Ok(table)
    }
}

/// Comma, unless the first line has more semicolons or tabs outside quotes.
fn csv_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '\n' | '\r' if !quoted => break,
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&index| (counts[index], std::cmp::Reverse(index))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// The first record as column names (more named `column N` for longer
/// rows), every row padded to their number.
fn delimited_table(format: TableFormat, records: Vec<Vec<Cell>>) -> Table {
    let mut records = records.into_iter();
    let mut columns: Vec<String> = records.next().unwrap_or_default().iter().map(Cell::text).collect();
    let rows: Vec<Vec<Cell>> = records.collect();
    let width = rows.iter().map(Vec::len).chain([columns.len()]).max().unwrap_or(0);
    for index in columns.len()..width {
        columns.push(format!("column {}", index + 1));
    }
    Table { format, columns, rows: rows.into_iter().map(|row| padded(row, width)).collect() }
}

fn padded(mut row: Vec<Cell>, width: usize) -> Vec<Cell> {
    row.resize(width, Cell::Text(String::new()));
    row
}

fn read_json_array(text: &str) -> Result<Vec<Value>, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(|error| json_error(text, &error))?;
    match value {
        Value::Array(items) => Ok(items),
        _ => Err(ImportError::EmptyTable),
    }
}

/// One record's cells, keys flattened (`data.text`).
fn flat_record(object: Value) -> Vec<(String, Cell)> {
    let mut cells = Vec::new();
    match object {
        Value::Object(_) => flatten("", object, &mut cells),
        other => cells.push(("value".to_string(), scalar(&other))),
    }
    cells
}

/// Records as rows, their keys as columns in first-seen order.
fn records_table(format: TableFormat, flat: Vec<Vec<(String, Cell)>>) -> Table {
    let mut columns: Vec<String> = Vec::new();
    for (key, _) in flat.iter().flatten() {
        if !columns.contains(key) {
            columns.push(key.clone());
        }
    }
    let rows = flat
        .into_iter()
        .map(|cells| {
            let mut row = vec![Cell::Text(String::new()); columns.len()];
            for (key, cell) in cells {
                if let Some(index) = columns.iter().position(|column| *column == key) {
                    row[index] = cell;
                }
            }
            row
        })
        .collect();
    Table { format, columns, rows }
}

fn flatten(prefix: &str, value: Value, cells: &mut Vec<(String, Cell)>) {
    let Value::Object(map) = value else {
        return;
    };
    for (key, value) in map {
        let name = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match value {
            Value::Object(_) => flatten(&name, value, cells),
            Value::Array(items) if key == "annotations" || key == "predictions" => {
                cells.push((name, Cell::List(chosen_labels(&items))));
            }
            Value::Array(items) if items.iter().all(|item| !item.is_object() && !item.is_array()) => {
                cells.push((name, Cell::List(items.iter().map(|item| scalar(item).text()).collect())));
            }
            other => cells.push((name, scalar(&other))),
        }
    }
}

/// A scalar as text; anything else as its JSON.
fn scalar(value: &Value) -> Cell {
    Cell::Text(match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    })
}

/// The labels chosen in Label Studio's `annotations` or `predictions`: the
/// `choices` (or `labels`) of the last entry's results.
fn chosen_labels(entries: &[Value]) -> Vec<String> {
    let Some(last) = entries.iter().rev().find(|entry| entry.get("result").is_some()) else {
        return Vec::new();
    };
    let results = last.get("result").and_then(Value::as_array).cloned().unwrap_or_default();
    results
        .iter()
        .filter_map(|result| result.get("value"))
        .flat_map(|value| {
            let chosen = value.get("choices").or_else(|| value.get("labels")).and_then(Value::as_array);
            chosen.cloned().unwrap_or_default()
        })
        .filter_map(|choice| choice.as_str().map(str::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_win_when_the_header_has_more_of_them() {
        assert_eq!(csv_delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(csv_delimiter("\"x;y\",b\n"), b',');
        assert_eq!(csv_delimiter("one column"), b',');
    }
}
