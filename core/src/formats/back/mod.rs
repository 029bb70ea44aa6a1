//! The way back: a file exported from Hamish and worked on in another
//! tool (Hamish JSONL and CSV, doccano, spaCy, Label Studio) read back
//! onto the documents it came from, as a [`ValidFile`] that goes through
//! the usual import plan (merge or replace, one undo). A file whose rows
//! name no document here, and are not all sentences of the work, is a file
//! of new texts: it goes to the table preview instead.
//!
//! [`records`] reads the file, [`row`] each record whatever the tool,
//! [`onto`] finds their sentences.

pub mod onto;
pub mod records;
pub mod row;

use crate::formats::errors::ImportError;
use crate::formats::plan::ValidFile;
use crate::formats::table::read::TableFormat;
use crate::model::work::Work;
use records::Record;
use row::{back_row, BackRow};

/// Records read to decide whether a file goes back.
const PROBE_RECORDS: usize = 50;

/// The columns of Hamish's CSV before its label columns end with this one.
const LAST_FIXED_COLUMN: &str = "reviewed";

/// The rows of `records`; `columns`, a CSV's, name its `0`/`1` label
/// columns: those after `reviewed`, as Hamish writes them.
fn rows_of((columns, records): (Vec<String>, Vec<Record>)) -> Vec<BackRow> {
    let labels = match columns.iter().position(|column| column == LAST_FIXED_COLUMN) {
        Some(at) => columns[at + 1..].to_vec(),
        None => Vec::new(),
    };
    records.iter().filter_map(|record| back_row(record, &labels)).collect()
}

/// Whether the table file `text` comes from the work's documents (judged
/// on its first records, by [`onto::from_work`]).
pub fn goes_back(work: &Work, format: TableFormat, text: &str) -> bool {
    let Ok(records) = records::records(format, text, PROBE_RECORDS) else { return false };
    onto::from_work(work, &rows_of(records))
}

/// Reads the table file `name` whole onto the work's documents.
pub fn read_back(work: &Work, format: TableFormat, text: &str, name: &str) -> Result<ValidFile, ImportError> {
    let records = records::records(format, text, usize::MAX)?;
    Ok(onto::onto_work(work, rows_of(records), name, ""))
}
