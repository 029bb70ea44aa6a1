//! Documents: a text kept exactly as given, split into sentences once.

use crate::text::basics::{title_from_text, SentenceHash};
use crate::text::segment::{segment, SegmentKind};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

/// A document's stable id: the file stem for bundled documents. Shared, so
/// that the maps keyed by it copy and drop cheaply at corpus scale.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocumentId(pub Rc<str>);

impl DocumentId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for DocumentId {
    fn from(id: &str) -> Self {
        DocumentId(id.into())
    }
}

impl From<String> for DocumentId {
    fn from(id: String) -> Self {
        DocumentId(id.into())
    }
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for DocumentId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DocumentId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(DocumentId::from)
    }
}

/// Where a document comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentSource {
    /// Compiled into the app from `seeds/`.
    Bundled,
    /// Imported by the user and kept in the browser.
    Imported,
}

/// Where an imported document came from, so that its labels can be joined
/// back to the source: the file, and for a table the row and its id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The file's name (empty for pasted text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// The 1-based row of a table or record file (header not counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// The value of the table's id column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Origin {
    /// The source id to join on: the id column's value, else the row
    /// number, else nothing.
    pub fn source_id(&self) -> Option<String> {
        self.id.clone().or_else(|| self.row.map(|row| row.to_string()))
    }
}

/// How a document's text is split into sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Split {
    /// By the sentence segmenter.
    #[default]
    Sentences,
    /// Each non-empty line is one sentence (rows of a table kept whole).
    Lines,
}

/// One sentence of a document, addressed by code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// First code point in the document text.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// [`crate::text::basics::short_hash`] of the sentence text.
    pub hash: SentenceHash,
    bytes: Range<usize>,
}

/// Converts code-point offsets to byte offsets, walking the text forward
/// once: the offsets asked for never decrease.
struct CodePointCursor<'a> {
    text: &'a str,
    code_point: usize,
    byte: usize,
}

impl CodePointCursor<'_> {
    fn byte_at(&mut self, code_point: usize) -> usize {
        while self.code_point < code_point {
            match self.text[self.byte..].chars().next() {
                Some(c) => self.byte += c.len_utf8(),
                None => break,
            }
            self.code_point += 1;
        }
        self.byte
    }
}

/// A document split into sentences, grouped into paragraphs. `Eq`, so that
/// comparing two shared (`Rc`) documents first compares their addresses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Stable id.
    pub id: DocumentId,
    /// Title shown in the document switcher.
    pub title: String,
    /// Where the document comes from.
    pub source: DocumentSource,
    /// The file, row and row id it was imported from, when known.
    pub origin: Option<Origin>,
    /// How its text is split into sentences.
    pub split: Split,
    text: String,
    sentences: Vec<Sentence>,
    paragraphs: Vec<Range<usize>>,
}

impl Document {
    /// Segments `text` into sentences; the title is its first line, or
    /// `fallback_title` when it has none.
    pub fn new(id: DocumentId, text: String, fallback_title: &str, source: DocumentSource) -> Self {
        Self::split_as(id, text, fallback_title, source, Split::Sentences)
    }

    /// Splits `text` as `split` says; titled as [`Self::new`].
    pub fn split_as(id: DocumentId, text: String, fallback_title: &str, source: DocumentSource, split: Split) -> Self {
        let pieces = match split {
            Split::Sentences => segment(&text),
            Split::Lines => line_pieces(&text),
        };
        let mut cursor = CodePointCursor { text: &text, code_point: 0, byte: 0 };
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        let mut paragraph_start = 0;
        let mut pending_break = false;
        for piece in pieces {
            match piece.kind {
                SegmentKind::Gap => {
                    let gap = &text[cursor.byte_at(piece.start)..cursor.byte_at(piece.end)];
                    pending_break |= gap.chars().any(crate::text::segment::is_line_break);
                }
                SegmentKind::Sentence => {
                    if pending_break && sentences.len() > paragraph_start {
                        paragraphs.push(paragraph_start..sentences.len());
                        paragraph_start = sentences.len();
                    }
                    pending_break = false;
                    let bytes = cursor.byte_at(piece.start)..cursor.byte_at(piece.end);
                    sentences.push(Sentence {
                        start: piece.start,
                        end: piece.end,
                        hash: SentenceHash::of(&text[bytes.clone()]),
                        bytes,
                    });
                }
            }
        }
        if sentences.len() > paragraph_start {
            paragraphs.push(paragraph_start..sentences.len());
        }
        let title = title_from_text(&text, fallback_title);
        Self { id, title, source, origin: None, split, text, sentences, paragraphs }
    }

    /// The same document with `title` (when not blank) as its title.
    pub fn titled(mut self, title: &str) -> Self {
        let title = title.trim();
        if !title.is_empty() {
            self.title = title_from_text(title, title);
        }
        self
    }

    /// The same document, remembered as coming from `origin`.
    pub fn from_origin(mut self, origin: Option<Origin>) -> Self {
        self.origin = origin;
        self
    }

    /// The full text, exactly as given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The sentences in document order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// The sentence wholly holding code points `from..to` of the text, if
    /// one does (a binary search: sentences are in order).
    pub fn sentence_holding(&self, from: usize, to: usize) -> Option<usize> {
        let index = self.sentences.partition_point(|sentence| sentence.end <= from);
        let sentence = self.sentences.get(index)?;
        (sentence.start <= from && to <= sentence.end).then_some(index)
    }

    /// The text of sentence `index`, or `None` past the end.
    pub fn sentence_text(&self, index: usize) -> Option<&str> {
        self.sentences.get(index).map(|sentence| &self.text[sentence.bytes.clone()])
    }

    /// The index of the paragraph holding sentence `index`.
    pub fn paragraph_of(&self, index: usize) -> Option<usize> {
        let position = self.paragraphs.partition_point(|range| range.end <= index);
        self.paragraphs.get(position).filter(|range| range.contains(&index)).map(|_| position)
    }

    /// Paragraphs as ranges of sentence indexes, in order.
    pub fn paragraphs(&self) -> &[Range<usize>] {
        &self.paragraphs
    }
}

/// Each non-empty line as a sentence (surrounding spaces left in the gaps).
fn line_pieces(text: &str) -> Vec<crate::text::segment::Segment> {
    use crate::text::segment::Segment;
    let mut pieces = Vec::new();
    let mut at = 0;
    let mut push = |start: usize, end: usize, kind: SegmentKind| {
        if end > start {
            pieces.push(Segment { start, end, kind });
        }
    };
    for line in text.split_inclusive('\n') {
        let length = line.chars().count();
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.chars().take_while(|c| c.is_whitespace()).count();
        let trimmed = body.trim();
        let content = trimmed.chars().count();
        push(at, at + lead, SegmentKind::Gap);
        push(at + lead, at + lead + content, SegmentKind::Sentence);
        push(at + lead + content, at + length, SegmentKind::Gap);
        at += length;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::new(DocumentId("d".into()), text.to_string(), "ملف", DocumentSource::Imported)
    }

    #[test]
    fn sentences_slice_the_text_by_code_points() {
        let document = doc("السطر الأول\nجملة 😀 أولى. جملة ثانية!");
        assert_eq!(document.sentence_count(), 3);
        assert_eq!(document.sentence_text(1), Some("جملة 😀 أولى."));
        let chars: Vec<char> = document.text().chars().collect();
        for (index, sentence) in document.sentences().iter().enumerate() {
            let by_code_points: String = chars[sentence.start..sentence.end].iter().collect();
            assert_eq!(Some(by_code_points.as_str()), document.sentence_text(index));
        }
        assert_eq!(document.sentence_text(3), None);
    }

    #[test]
    fn line_breaks_start_paragraphs() {
        let document = doc("عنوان\n\nأولى. ثانية.\nثالثة.");
        assert_eq!(document.paragraphs(), &[0..1, 1..3, 3..4]);
        assert_eq!(
            (document.paragraph_of(0), document.paragraph_of(2), document.paragraph_of(3)),
            (Some(0), Some(1), Some(2))
        );
        assert_eq!(document.paragraph_of(4), None);
        assert_eq!(document.title, "عنوان");
    }

    #[test]
    fn lines_keep_each_row_whole() {
        let text = "أولى. ثانية\n\n  ثالثة! رابعة  \r\nخامسة".to_string();
        let document = Document::split_as(DocumentId("d".into()), text, "ملف", DocumentSource::Imported, Split::Lines);
        let sentences: Vec<_> = (0..document.sentence_count()).filter_map(|i| document.sentence_text(i)).collect();
        assert_eq!(sentences, ["أولى. ثانية", "ثالثة! رابعة", "خامسة"]);
        assert_eq!(document.paragraphs(), &[0..1, 1..2, 2..3]);
        assert_eq!(document.clone().titled("  عنوان  ").title, "عنوان");
        assert_eq!(document.titled(" ").title, "أولى. ثانية");
    }

    #[test]
    fn the_sentence_holding_a_range_is_found_and_a_range_across_two_is_not() {
        let document =
            Document::new(DocumentId("d".into()), "قال المعلم. العلمُ نورٌ.".into(), "d", DocumentSource::Bundled);
        let second = document.sentences()[1].start;
        assert_eq!(document.sentence_holding(0, 3), Some(0));
        assert_eq!(document.sentence_holding(second, second + 6), Some(1));
        assert_eq!(document.sentence_holding(4, second + 2), None, "across the boundary");
        assert_eq!(document.sentence_holding(500, 501), None);
    }

    #[test]
    fn an_empty_text_has_no_sentences_and_the_fallback_title() {
        let document = doc("  \n ");
        assert_eq!(document.sentence_count(), 0);
        assert!(document.paragraphs().is_empty());
        assert_eq!(document.title, "ملف");
    }
}
