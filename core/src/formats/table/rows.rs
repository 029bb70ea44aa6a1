//! What a table's rows become: the columns chosen in the preview (text, id,
//! title, labels, grouping), then one document per row or per group, each
//! remembering its file, row and id so that labels join back to the source.

use crate::formats::batch::{FileRead, Incoming, IncomingSpan};
use crate::formats::csv_cells::spreadsheet_text;
use crate::formats::errors::Problem;
use crate::formats::table::read::{Cell, Table, TableFormat};
use crate::formats::table::spans::{cell_spans, place_spans, row_text, span_columns, RowSpans};
use crate::model::labels::{clean_label_name, LabelSet};
use crate::text::basics::short_hash;
use crate::text::document::{Document, DocumentId, DocumentSource, Origin, Split};
use std::rc::Rc;

/// The columns chosen for an import (indexes into [`Table::columns`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableChoice {
    /// For CSV and TSV: the first row names the columns.
    pub header: bool,
    /// The text column.
    pub text: usize,
    /// The id column, if any.
    pub id: Option<usize>,
    /// The title column, if any.
    pub title: Option<usize>,
    /// Label columns (each cell one label, or a list of labels).
    pub labels: Vec<usize>,
    /// Span columns: each cell a list of `[start, end, label]` or
    /// `{start_offset, end_offset, label}`, in code points of the row's text.
    pub spans: Vec<usize>,
    /// Rows with one value here make one document, one sentence a row.
    pub group: Option<usize>,
    /// Without grouping: keep each row as one sentence (else it is split).
    pub whole_rows: bool,
    /// Label cells hold several labels joined with `|` (Hamish's CSV before
    /// it had a column per label).
    pub split_labels: bool,
    /// Columns that each stand for one label (Hamish's own CSV: the columns
    /// after `reviewed`), with the label's name: a `1` there gives the row
    /// that label. Read so when they are among [`Self::labels`].
    pub label_flags: Vec<(usize, String)>,
    /// Cells were written spreadsheet-safe (Hamish's own CSV): the
    /// apostrophe put before a formula character is taken off again.
    pub spreadsheet_safe: bool,
    /// The rows' labels arrive as suggestions to review (a model's
    /// predictions), not as confirmed labels.
    pub as_suggestions: bool,
}

/// Column names a choice starts from, as doccano and Label Studio name them
/// (a model's predictions are taken as suggestions when no labels are there).
const TEXT_NAMES: &[&str] = &["text", "data.text", "sentence", "content", "النص", "نص"];
const ID_NAMES: &[&str] = &["id", "source_id", "_id", "row_id", "data.id", "المعرف"];
const TITLE_NAMES: &[&str] = &["title", "document_title", "data.title", "meta.title", "العنوان"];
const LABEL_NAMES: &[&str] = &["label", "labels", "annotations", "cats", "التصنيف"];
const PREDICTION_NAMES: &[&str] = &["prediction", "predictions", "predicted", "suggestion", "suggestions"];

impl TableChoice {
    /// The choice a preview starts with: columns named `text`, `id`,
    /// `title` and `label`/`labels` (else the longest texts), every column
    /// of span lists as spans; Hamish's own sentence exports (its spaCy
    /// JSONL too, by `meta.document`) grouped back by `document`, with the
    /// label columns of its CSV (and spaCy's `cats`) read as flags.
    pub fn default_for(table: &Table) -> Self {
        let text = table.column(TEXT_NAMES).unwrap_or_else(|| longest_column(table));
        let hamish_rows = table
            .column(&["document", "meta.document"])
            .zip(table.column(&["sentence", "meta.sentence"]))
            .map(|(document, _)| document);
        let id = match hamish_rows {
            Some(_) => table.column(&["source_id", "meta.source_id"]),
            None => table.column(ID_NAMES),
        };
        let hamish_csv = hamish_rows.is_some() && table.format == TableFormat::Csv;
        let label_flags: Vec<(usize, String)> = match table.column(&["reviewed"]).filter(|_| hamish_csv) {
            Some(reviewed) => table
                .columns
                .iter()
                .enumerate()
                .skip(reviewed + 1)
                .map(|(column, name)| (column, spreadsheet_text(name).to_string()))
                .collect(),
            None if table.format != TableFormat::Csv => cats_flags(table),
            None => Vec::new(),
        };
        let spans = span_columns(table, text);
        let not_spans = |column: &usize| !spans.contains(column);
        let labels: Vec<usize> = if label_flags.is_empty() {
            let labeled = table.column(LABEL_NAMES).filter(not_spans);
            labeled.or_else(|| table.column(PREDICTION_NAMES).filter(not_spans)).into_iter().collect()
        } else {
            label_flags.iter().map(|(column, _)| *column).collect()
        };
        let predicted = |column: &usize| table.column(PREDICTION_NAMES) == Some(*column);
        let as_suggestions = labels.iter().chain(&spans).any(predicted);
        Self {
            header: true,
            text,
            id,
            title: table.column(TITLE_NAMES),
            labels,
            spans,
            group: hamish_rows,
            whole_rows: hamish_rows.is_some(),
            split_labels: hamish_rows.is_some() && table.format != TableFormat::JsonLines && label_flags.is_empty(),
            as_suggestions,
            label_flags,
            spreadsheet_safe: hamish_csv,
        }
    }

    /// A cell's text as the file meant it (for Hamish's own CSV, without the
    /// apostrophe that kept it from being read as a formula).
    pub fn cell_text(&self, cell: &Cell) -> String {
        let text = cell.text();
        match self.spreadsheet_safe {
            true => spreadsheet_text(&text).to_string(),
            false => text,
        }
    }
}

/// spaCy's `cats` (flattened to `cats.<label>` columns of `0`/`1`) as
/// label flags.
fn cats_flags(table: &Table) -> Vec<(usize, String)> {
    let flag = |(column, name): (usize, &String)| Some((column, name.strip_prefix("cats.")?.to_string()));
    table.columns.iter().enumerate().filter_map(flag).collect()
}

/// The column whose cells are longest on average in the first rows.
fn longest_column(table: &Table) -> usize {
    let sample = &table.rows[..table.rows.len().min(50)];
    (0..table.columns.len())
        .max_by_key(|&column| sample.iter().map(|row| row[column].text().chars().count()).sum::<usize>())
        .unwrap_or(0)
}

/// The rows a choice reads, by 1-based number, borrowed: for CSV and TSV
/// without a header, the column names are the first row (held in `first`,
/// which the caller keeps). A 5,000-row table is walked, not copied.
pub fn data_rows<'a>(
    table: &'a Table,
    choice: &TableChoice,
    first: &'a mut Vec<Cell>,
) -> impl Iterator<Item = (usize, &'a [Cell])> + 'a {
    let headerless = !choice.header && matches!(table.format, TableFormat::Csv | TableFormat::Tsv);
    *first = if headerless { table.columns.iter().map(|name| Cell::Text(name.clone())).collect() } else { Vec::new() };
    let first: &'a [Cell] = first;
    (headerless.then_some(first).into_iter())
        .chain(table.rows.iter().map(Vec::as_slice))
        .enumerate()
        .map(|(index, row)| (index + 1, row))
}

/// One document to be made: its rows (number and cells).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowGroup {
    /// The group's value, or the row's id.
    pub key: Option<String>,
    /// An earlier row of the table has the same id: this one is a document
    /// of its own all the same (its id names its row too).
    pub repeated: bool,
    /// The rows, by 1-based number.
    pub rows: Vec<(usize, Vec<Cell>)>,
}

/// What an import of a table's rows would make, before any document is
/// segmented (that is the slow part, done group by group).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TablePlan {
    /// One entry per document to make.
    pub groups: Vec<RowGroup>,
    /// Rows skipped because their text is blank.
    pub empty_rows: usize,
    /// Rows whose id an earlier row has (each still a document).
    pub repeated_ids: usize,
}

/// Groups the rows of `table` as `choice` says; rows with a blank text are
/// skipped and counted.
pub fn plan_table(table: &Table, choice: &TableChoice) -> TablePlan {
    let mut groups: Vec<RowGroup> = Vec::new();
    let mut empty_rows = 0;
    let mut ids = std::collections::HashSet::new();
    let mut repeated_ids = 0;
    let mut first = Vec::new();
    for (number, row) in data_rows(table, choice, &mut first) {
        let row = row.to_vec();
        if row.get(choice.text).is_none_or(|cell| cell.text().trim().is_empty()) {
            empty_rows += 1;
            continue;
        }
        let value =
            |column: Option<usize>| column.and_then(|column| row.get(column)).map(|cell| choice.cell_text(cell));
        match choice.group {
            Some(column) => {
                let key = value(Some(column)).unwrap_or_default();
                match groups.iter_mut().rev().find(|group| group.key.as_deref() == Some(key.as_str())) {
                    Some(group) => group.rows.push((number, row)),
                    None => groups.push(RowGroup { key: Some(key), repeated: false, rows: vec![(number, row)] }),
                }
            }
            None => {
                let key = value(choice.id);
                let repeated = key.as_ref().is_some_and(|key| !key.trim().is_empty() && !ids.insert(key.clone()));
                repeated_ids += usize::from(repeated);
                groups.push(RowGroup { key, repeated, rows: vec![(number, row)] });
            }
        }
    }
    TablePlan { groups, empty_rows, repeated_ids }
}

/// A document made from rows, with the labels its rows carry: sentence
/// index → label names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowDocument {
    /// The document.
    pub document: Document,
    /// Labels per sentence, from the label columns.
    pub labels: Vec<(usize, Vec<String>)>,
    /// Line breaks inside rows that became spaces (one sentence a row).
    pub joined_lines: usize,
    /// Spans from the span columns, on their sentences.
    pub spans: Vec<IncomingSpan>,
    /// Spans not placed: the row's number and why.
    pub span_problems: Vec<(usize, Problem)>,
    /// The row was kept as one sentence because a span reached across two
    /// of its sentences.
    pub kept_whole: bool,
}

impl RowDocument {
    /// Adds what became of its rows to its file's `read` (line breaks
    /// joined, a row kept whole, spans not imported), and makes it a
    /// document arriving from file `file` of a batch.
    pub fn arrive(self, read: &mut FileRead, file: usize) -> Incoming {
        read.joined_lines += self.joined_lines;
        read.kept_whole += usize::from(self.kept_whole);
        read.span_problems.extend(self.span_problems);
        Incoming { document: Rc::new(self.document), labels: self.labels, file, spans: self.spans }
    }
}

/// Makes the document of `group` from the file `file_name`. Its id is the
/// file's stem with the group's value, the id column's value or the row
/// number, so importing the same file again finds the same documents. A
/// row split into sentences whose span reaches across two of them is kept
/// as one sentence instead, so that no span is lost.
pub fn row_document(file_name: &str, group: &RowGroup, choice: &TableChoice) -> RowDocument {
    let by_row = choice.group.is_some() || choice.whole_rows;
    let (made, across) = made_document(file_name, group, choice, by_row);
    if across && !by_row {
        let (whole, _) = made_document(file_name, group, choice, true);
        return RowDocument { kept_whole: true, ..whole };
    }
    made
}

/// The document of `group`, one sentence a row when `by_row`; and whether
/// a span reached across two sentences.
fn made_document(file_name: &str, group: &RowGroup, choice: &TableChoice, by_row: bool) -> (RowDocument, bool) {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    let (first_row, first_cells) = (group.rows[0].0, &group.rows[0].1);
    let texts: Vec<_> = group
        .rows
        .iter()
        .map(|(_, cells)| {
            row_text(&cells.get(choice.text).map(|cell| choice.cell_text(cell)).unwrap_or_default(), by_row)
        })
        .collect();
    let joined_lines = texts.iter().filter(|text| text.joined).count();
    let text = texts.iter().map(|text| text.text.as_str()).collect::<Vec<_>>().join("\n");
    let key = group.key.clone().filter(|key| !key.trim().is_empty());
    let local = match (&key, group.repeated) {
        (Some(key), true) => format!("{key}-row{first_row}"),
        (Some(key), false) => key.clone(),
        (None, _) => format!("row{first_row}"),
    };
    let id = DocumentId::from(format!("{stem}#{local}"));
    let split = if by_row { Split::Lines } else { Split::Sentences };
    let title =
        choice.title.and_then(|column| first_cells.get(column)).map(|cell| choice.cell_text(cell)).unwrap_or_default();
    let fallback = format!("{stem} {local}");
    let origin = Origin {
        file: file_name.to_string(),
        row: Some(first_row),
        id: key.or_else(|| choice.id.and_then(|column| first_cells.get(column)).map(|cell| choice.cell_text(cell))),
    };
    let document = Document::split_as(id, text, &fallback, DocumentSource::Imported, split)
        .titled(&title)
        .from_origin(Some(origin));
    let labels = row_labels(&document, group, choice, by_row);
    let mut at = 0;
    let mut rows = Vec::new();
    for ((number, cells), text) in group.rows.iter().zip(&texts) {
        rows.push(RowSpans { row: *number, at, text, spans: row_spans(cells, choice) });
        at += text.map.last().copied().unwrap_or(0) + 1;
    }
    let placed = place_spans(&document, &rows);
    let made = RowDocument {
        document,
        labels,
        joined_lines,
        spans: placed.spans,
        span_problems: placed.problems,
        kept_whole: false,
    };
    (made, placed.across)
}

/// The spans of a row's span columns (a cell that is not a list of spans
/// is a problem).
fn row_spans(cells: &[Cell], choice: &TableChoice) -> Vec<Result<crate::formats::table::spans::RowSpan, Problem>> {
    let cells = choice.spans.iter().filter_map(|column| cells.get(*column));
    cells.flat_map(|cell| cell_spans(cell).unwrap_or_else(|| vec![Err(Problem::ExpectedList)])).collect()
}

/// Each row's labels on its sentence (one sentence a row), or on every
/// sentence of the row's document.
fn row_labels(document: &Document, group: &RowGroup, choice: &TableChoice, by_row: bool) -> Vec<(usize, Vec<String>)> {
    let sentences = document.sentence_count();
    let pairs: Vec<(usize, Vec<String>)> = if by_row {
        group.rows.iter().enumerate().map(|(index, (_, cells))| (index, row_label_names(cells, choice))).collect()
    } else {
        let row_names = row_label_names(&group.rows[0].1, choice);
        (0..sentences).map(|index| (index, row_names.clone())).collect()
    };
    pairs.into_iter().filter(|(index, names)| *index < sentences && !names.is_empty()).collect()
}

/// The label names a row's label columns hold, each once, in column order
/// (a flag column gives its label when its cell is `1`).
fn row_label_names(cells: &[Cell], choice: &TableChoice) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for column in choice.labels.iter().filter(|column| !choice.spans.contains(column)) {
        let Some(cell) = cells.get(*column) else {
            continue;
        };
        if let Some((_, name)) = choice.label_flags.iter().find(|(flag, _)| flag == column) {
            if cell.text().trim() == "1" && !names.contains(name) {
                names.push(name.clone());
            }
            continue;
        }
        let items = cell.items().into_iter().map(|item| match choice.spreadsheet_safe {
            true => spreadsheet_text(&item).to_string(),
            false => item,
        });
        let items: Vec<String> = match choice.split_labels {
            true => {
                items.flat_map(|item| item.split('|').map(|part| part.trim().to_string()).collect::<Vec<_>>()).collect()
            }
            false => items.collect(),
        };
        for item in items.into_iter().filter(|item| !item.is_empty()) {
            if !names.contains(&item) {
                names.push(item);
            }
        }
    }
    names
}

/// The label names the table's rows would add to `labels` (by name in
/// either language, cleaned as the import cleans them), in first-seen order.
pub fn labels_to_add(table: &Table, choice: &TableChoice, labels: &LabelSet) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut first = Vec::new();
    for (_, row) in data_rows(table, choice, &mut first) {
        let span_names = row_spans(row, choice).into_iter().flatten().map(|span| span.label);
        for name in
            row_label_names(row, choice).into_iter().chain(span_names).filter_map(|name| clean_label_name(&name))
        {
            let known = labels.labels.iter().any(|label| label.name == name || label.name_en == name);
            if !known && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// A pasted text as a document titled `title` (or by its first line).
pub fn pasted_document(title: &str, text: &str) -> Option<Document> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return None;
    }
    let id = DocumentId::from(format!("paste-{}-{}", short_hash(&text), text.chars().count()));
    let document = Document::new(id, text, "", DocumentSource::Imported).titled(title);
    Some(document.from_origin(Some(Origin::default())))
}
