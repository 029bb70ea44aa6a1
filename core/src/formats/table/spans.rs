//! Spans carried by a table's rows: a column of `[start, end, label]`
//! triples (doccano's sequence labeling `label`, spaCy's `spans.sc` and
//! `ents`) or of `{start_offset, end_offset, label}` objects (doccano's
//! `entities`), in code points of the row's text, placed on the sentences
//! of the row's document. A span that cannot be placed is kept as a
//! problem of its row, never dropped unsaid.

use crate::formats::batch::IncomingSpan;
use crate::formats::errors::Problem;
use crate::formats::table::read::{Cell, Table};
use crate::model::labels::clean_label_name;
use crate::text::document::Document;
use serde_json::Value;

/// A span as a row gives it: code points of the row's text, a label name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowSpan {
    /// First code point.
    pub start: u64,
    /// One past the last code point.
    pub end: u64,
    /// The label's name.
    pub label: String,
}

/// One item of a span list: `None` when it is not shaped as a span, an
/// error when its offsets are not whole numbers.
fn item(value: &Value) -> Option<Result<RowSpan, Problem>> {
    let (start, end, label) = match value {
        Value::Array(triple) if triple.len() == 3 => (&triple[0], &triple[1], &triple[2]),
        Value::Object(map) => (
            map.get("start_offset").or_else(|| map.get("start"))?,
            map.get("end_offset").or_else(|| map.get("end"))?,
            map.get("label")?,
        ),
        _ => return None,
    };
    let label = label.as_str()?.to_string();
    if !start.is_number() || !end.is_number() {
        return None;
    }
    Some(match (start.as_u64(), end.as_u64()) {
        (Some(start), Some(end)) => Ok(RowSpan { start, end, label }),
        _ => Err(Problem::ExpectedNumber),
    })
}

/// The spans a cell holds, when it is a list of spans (an empty list or a
/// blank cell: none); `None` when it holds something else.
pub fn cell_spans(cell: &Cell) -> Option<Vec<Result<RowSpan, Problem>>> {
    match cell {
        Cell::List(items) if items.is_empty() => Some(Vec::new()),
        Cell::List(_) => None,
        Cell::Text(text) if text.trim().is_empty() => Some(Vec::new()),
        Cell::Text(text) => match serde_json::from_str::<Value>(text.trim()) {
            Ok(Value::Array(items)) => items.iter().map(item).collect(),
            _ => None,
        },
    }
}

/// The columns (other than `text`) whose every cell is a list of spans,
/// at least one of them not empty.
pub fn span_columns(table: &Table, text: usize) -> Vec<usize> {
    (0..table.columns.len())
        .filter(|&column| column != text)
        .filter(|&column| {
            let mut any = false;
            for row in &table.rows {
                match row.get(column).map(cell_spans) {
                    Some(Some(spans)) => any |= !spans.is_empty(),
                    Some(None) => return false,
                    None => {}
                }
            }
            any
        })
        .collect()
}

/// A row's text as its document holds it, and where each code point of
/// the row as the file has it went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowText {
    /// The text (a CR before a line feed taken out; when made one line,
    /// trimmed and with its line breaks as spaces).
    pub text: String,
    /// For each code point of the file's text and its end, the code point
    /// of [`Self::text`] it became.
    pub map: Vec<usize>,
    /// Its line breaks became spaces.
    pub joined: bool,
}

/// The row text of `raw`; with `one_line`, a text with line breaks inside
/// is trimmed and its line breaks become spaces.
pub fn row_text(raw: &str, one_line: bool) -> RowText {
    let chars: Vec<char> = raw.chars().collect();
    let (mut kept, mut map) = (Vec::with_capacity(chars.len()), Vec::with_capacity(chars.len() + 1));
    for (index, &c) in chars.iter().enumerate() {
        map.push(kept.len());
        if !(c == '\r' && chars.get(index + 1) == Some(&'\n')) {
            kept.push(c);
        }
    }
    map.push(kept.len());
    let text: String = kept.iter().collect();
    if !(one_line && text.trim().contains(['\n', '\r'])) {
        return RowText { text, map, joined: false };
    }
    let lead = kept.iter().take_while(|c| c.is_whitespace()).count();
    let length = text.trim().chars().count();
    let joined: String =
        kept[lead..lead + length].iter().map(|&c| if matches!(c, '\n' | '\r') { ' ' } else { c }).collect();
    let map = map.into_iter().map(|at| at.saturating_sub(lead).min(length)).collect();
    RowText { text: joined, map, joined: true }
}

/// One row's spans where its text begins in the document.
pub struct RowSpans<'a> {
    /// The row's number in the file.
    pub row: usize,
    /// Where its text begins in the document, in code points.
    pub at: usize,
    /// Its text.
    pub text: &'a RowText,
    /// Its spans as the file gives them.
    pub spans: Vec<Result<RowSpan, Problem>>,
}

/// The spans placed on sentences, and the rows' problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placed {
    /// Spans on their sentences.
    pub spans: Vec<IncomingSpan>,
    /// Spans not placed: the row's number and why.
    pub problems: Vec<(usize, Problem)>,
    /// Some span reaches across two sentences.
    pub across: bool,
}

/// Places each row's spans on the sentence of `document` that holds it
/// (spaces at a span's ends left out).
pub fn place_spans(document: &Document, rows: &[RowSpans]) -> Placed {
    let chars: Vec<char> = document.text().chars().collect();
    let mut placed = Placed::default();
    for row in rows {
        for span in &row.spans {
            let span = match span {
                Ok(span) => span,
                Err(problem) => {
                    placed.problems.push((row.row, problem.clone()));
                    continue;
                }
            };
            let length = row.text.map.len() - 1;
            let Some(label) = clean_label_name(&span.label) else {
                placed.problems.push((row.row, Problem::Empty));
                continue;
            };
            let inside = |offset: u64| usize::try_from(offset).ok().filter(|&offset| offset <= length);
            let (Some(start), Some(end)) = (inside(span.start), inside(span.end)) else {
                placed.problems.push((row.row, Problem::OutOfRange { start: span.start, end: span.end, length }));
                continue;
            };
            let (mut from, mut to) = (row.at + row.text.map[start], row.at + row.text.map[end]);
            while from < to && chars.get(from).is_some_and(|c| c.is_whitespace()) {
                from += 1;
            }
            while to > from && chars.get(to - 1).is_some_and(|c| c.is_whitespace()) {
                to -= 1;
            }
            if from >= to {
                placed.problems.push((row.row, Problem::OutOfRange { start: span.start, end: span.end, length }));
                continue;
            }
            let sentences = document.sentences();
            match document.sentence_holding(from, to) {
                Some(index) => {
                    let start = sentences[index].start;
                    placed.spans.push(IncomingSpan { sentence: index, start: from - start, end: to - start, label });
                }
                None => {
                    placed.across = true;
                    let near = sentences.iter().find(|sentence| from < sentence.end).or(sentences.last());
                    let (start, end) = near.map_or((0, 0), |sentence| (sentence.start, sentence.end));
                    let problem =
                        Problem::SpanOutsideSentence { start: from as u64, end: to as u64, from: start, to: end };
                    placed.problems.push((row.row, problem));
                }
            }
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triples_and_entity_objects_are_spans_and_other_lists_are_not() {
        let spans = cell_spans(&Cell::Text(
            "[[0, 3, \"اسم\"], {\"start_offset\": 4, \"end_offset\": 6, \"label\": \"مكان\"}]".into(),
        ));
        let spans: Vec<RowSpan> = spans.expect("spans").into_iter().flatten().collect();
        assert_eq!(spans[1], RowSpan { start: 4, end: 6, label: "مكان".into() });
        assert_eq!(cell_spans(&Cell::Text("[[-1, 3, \"x\"]]".into())), Some(vec![Err(Problem::ExpectedNumber)]));
        assert_eq!(cell_spans(&Cell::List(vec!["رأي".into()])), None);
        assert_eq!(cell_spans(&Cell::Text("[1, 2, 3]".into())), None);
        assert_eq!(cell_spans(&Cell::Text("رأي".into())), None);
    }

    #[test]
    fn a_row_made_one_line_maps_its_offsets_past_the_trim_and_the_crlf() {
        let row = row_text(" أ\r\nب ", true);
        assert_eq!(row.text, "أ ب");
        assert_eq!(row.map, [0, 0, 1, 1, 2, 3, 3]);
        let plain = row_text("أ\r\nب", false);
        assert_eq!((plain.text.as_str(), plain.map.as_slice()), ("أ\nب", &[0, 1, 1, 2, 3][..]));
    }
}
