//! What a table's preview says the columns chosen would make, counted
//! without copying a row (a 5,000-row table is counted at each render).

use crate::formats::table::read::Table;
use crate::formats::table::rows::{data_rows, TableChoice};
use crate::formats::table::spans::cell_spans;

/// What the preview says a choice would make, counted without copying a
/// row: rows read, documents, rows skipped for a blank text, and spans.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PreviewCounts {
    /// Rows read.
    pub rows: usize,
    /// Documents made (see [`crate::formats::table::rows::plan_table`]).
    pub documents: usize,
    /// Rows skipped because their text is blank.
    pub empty_rows: usize,
    /// Spans in the span columns.
    pub spans: usize,
}

/// [`PreviewCounts`] of `table` read as `choice` says.
pub fn preview_counts(table: &Table, choice: &TableChoice) -> PreviewCounts {
    let mut counts = PreviewCounts::default();
    let mut keys = std::collections::HashSet::new();
    let mut first = Vec::new();
    for (_, row) in data_rows(table, choice, &mut first) {
        counts.rows += 1;
        let spans = choice.spans.iter().filter_map(|column| row.get(*column));
        counts.spans += spans.map(|cell| cell_spans(cell).map_or(0, |spans| spans.len())).sum::<usize>();
        if row.get(choice.text).is_none_or(|cell| cell.text().trim().is_empty()) {
            counts.empty_rows += 1;
            continue;
        }
        match choice.group {
            Some(column) => {
                let key = row.get(column).map(|cell| choice.cell_text(cell)).unwrap_or_default();
                if keys.insert(key) {
                    counts.documents += 1;
                }
            }
            None => counts.documents += 1,
        }
    }
    counts
}
