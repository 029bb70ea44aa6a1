//! Hamish JSON written a slice of documents at a time, so that exporting
//! thousands of documents leaves the page free to paint and take keys
//! between slices. The pieces joined are exactly [`export_hamish_json`]'s
//! text (pretty JSON: the documents are the array's items, indented by
//! four spaces).
//!
//! [`export_hamish_json`]: super::write::export_hamish_json

use super::write::{file_document, hamish_file};
use crate::formats::export::{documents_in, Scope};
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId};
use std::rc::Rc;

/// The text of a Hamish JSON export, piece by piece: the file's head, then
/// `per_piece` documents at a time, then its end.
pub struct HamishPieces<'a> {
    work: &'a Work,
    documents: Vec<Rc<Document>>,
    head: Option<String>,
    tail: Option<String>,
    next: usize,
    per_piece: usize,
}

/// The export of `scope` as pieces of `per_piece` documents.
pub fn hamish_json_pieces<'a>(
    work: &'a Work,
    annotator: &str,
    scope: &Scope,
    exported_at: &str,
    per_piece: usize,
) -> HamishPieces<'a> {
    let documents: Vec<Rc<Document>> = documents_in(work, scope).into_iter().cloned().collect();
    // The file without its documents, split where they go.
    let none = Scope::Document(DocumentId(String::new().into()));
    let mut frame = hamish_file(work, annotator, &none, exported_at);
    frame.documents.clear();
    let text = serde_json::to_string_pretty(&frame).unwrap_or_default();
    let (head, tail) = match (text.split_once("\"documents\": []"), documents.is_empty()) {
        (Some((before, after)), false) => (format!("{before}\"documents\": ["), format!("\n  ]{after}")),
        _ => (text, String::new()),
    };
    HamishPieces { work, documents, head: Some(head), tail: Some(tail), next: 0, per_piece: per_piece.max(1) }
}

impl HamishPieces<'_> {
    /// How many documents are left to write.
    pub fn remaining(&self) -> usize {
        self.documents.len() - self.next
    }
}

impl Iterator for HamishPieces<'_> {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        if let Some(head) = self.head.take() {
            return Some(head);
        }
        if self.next < self.documents.len() {
            let end = (self.next + self.per_piece).min(self.documents.len());
            let mut piece = String::new();
            for (at, document) in self.documents[self.next..end].iter().enumerate() {
                piece.push_str(if self.next + at == 0 { "\n" } else { ",\n" });
                let item = serde_json::to_string_pretty(&file_document(self.work, document)).unwrap_or_default();
                for (line, text) in item.lines().enumerate() {
                    if line > 0 {
                        piece.push('\n');
                    }
                    piece.push_str("    ");
                    piece.push_str(text);
                }
            }
            self.next = end;
            return Some(piece);
        }
        self.tail.take()
    }
}
