//! The records of an exported table as JSON objects, whatever the file:
//! a JSON Lines file's lines, a JSON array's items, a CSV file's rows (each
//! cell a string, the spreadsheet-safe apostrophe taken off). Fields are
//! found by dotted paths (`data.text`, `meta.document`).

use crate::formats::csv_cells::spreadsheet_text;
use crate::formats::errors::{json_error, json_line_error, ImportError};
use crate::formats::table::read::{read_table, Cell, TableFormat};
use serde_json::{Map, Value};

/// A record: an object of the file, or a CSV row by column name.
pub type Record = Map<String, Value>;

/// The records of `text` read as `format`, at most `limit` of them; and,
/// for CSV and TSV, the columns in their order.
pub fn records(format: TableFormat, text: &str, limit: usize) -> Result<(Vec<String>, Vec<Record>), ImportError> {
    let records = match format {
        TableFormat::JsonLines => {
            let lines = text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()).take(limit);
            lines
                .map(|(at, line)| {
                    let line = line.trim_start_matches('\u{feff}');
                    serde_json::from_str::<Value>(line)
                        .map(object)
                        .map_err(|error| json_line_error(line, at + 1, &error))
                })
                .collect()
        }
        TableFormat::JsonArray if limit != usize::MAX => first_items(text.trim_start_matches('\u{feff}'), limit),
        TableFormat::JsonArray => match serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
            Ok(Value::Array(items)) => Ok(items.into_iter().map(object).collect()),
            Ok(_) => Err(ImportError::EmptyTable),
            Err(error) => Err(json_error(text, &error)),
        },
        TableFormat::Csv | TableFormat::Tsv => {
            let head = if limit == usize::MAX { text } else { first_lines(text, limit) };
            let table = read_table(format, head)?;
            let columns: Vec<String> = table.columns.iter().map(|column| column.trim().to_string()).collect();
            let rows = table.rows.into_iter().take(limit);
            let records = rows.map(|row| columns.iter().cloned().zip(row.into_iter().map(csv_value)).collect());
            let records: Vec<Record> = records.collect();
            return Ok((columns, records));
        }
    };
    records.map(|records| (Vec::new(), records))
}

/// The first `limit` items of a JSON array, parsed one at a time, so that a
/// probe of a long file does not parse all of it.
fn first_items(text: &str, limit: usize) -> Result<Vec<Record>, ImportError> {
    let Some(mut rest) = text.trim_start().strip_prefix('[') else {
        return Err(ImportError::EmptyTable);
    };
    let mut items = Vec::new();
    while items.len() < limit {
        rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with(']') {
            break;
        }
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
        match stream.next() {
            Some(Ok(item)) => items.push(object(item)),
            Some(Err(error)) if error.is_eof() => return Err(ImportError::CutShort),
            Some(Err(error)) => {
                return Err(ImportError::MalformedJson {
                    line: error.line(),
                    column: error.column(),
                    message: error.to_string(),
                })
            }
            None => break,
        }
        rest = rest[stream.byte_offset()..].trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest);
    }
    Ok(items)
}

/// The first `count` lines and the header of a table (a record broken over
/// lines is cut: what is read is only a probe).
fn first_lines(text: &str, count: usize) -> &str {
    let end = text.match_indices('\n').nth(count).map_or(text.len(), |(at, _)| at);
    &text[..end]
}

fn csv_value(cell: Cell) -> Value {
    Value::String(spreadsheet_text(&cell.text()).to_string())
}

fn object(value: Value) -> Record {
    match value {
        Value::Object(map) => map,
        other => Record::from_iter([("text".to_string(), other)]),
    }
}

/// The value at `path` (`meta.document`: key `meta`, then `document`), or
/// at the whole dotted key as a CSV column or flattened key would have it.
pub fn field<'a>(record: &'a Record, path: &str) -> Option<&'a Value> {
    if let Some(value) = record.get(path) {
        return Some(value);
    }
    let (head, rest) = path.split_once('.')?;
    match record.get(head)? {
        Value::Object(inner) => field(inner, rest),
        _ => None,
    }
}

/// The first of `paths` holding a string (or a number, as text).
pub fn text_at(record: &Record, paths: &[&str]) -> Option<String> {
    paths.iter().find_map(|path| match field(record, path)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

/// The first of `paths` holding a whole number (or a string of one).
pub fn number_at(record: &Record, paths: &[&str]) -> Option<usize> {
    paths.iter().find_map(|path| match field(record, path)? {
        Value::Number(number) => number.as_u64().map(|n| n as usize),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    })
}

/// The first of `paths` holding a boolean (or `true`/`false` as text).
pub fn bool_at(record: &Record, paths: &[&str]) -> Option<bool> {
    paths.iter().find_map(|path| match field(record, path)? {
        Value::Bool(flag) => Some(*flag),
        Value::String(text) => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    })
}
