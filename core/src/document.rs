//! Documents: a text kept exactly as given, split into sentences once.

use super::segment::{segment, SegmentKind};
use super::text::{short_hash, title_from_text};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A document's stable id: the file stem for bundled documents.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentId(pub String);

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
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

/// One sentence of a document, addressed by code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// First code point in the document text.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// [`short_hash`] of the sentence text.
    pub hash: String,
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
    text: String,
    sentences: Vec<Sentence>,
    paragraphs: Vec<Range<usize>>,
}

impl Document {
    /// Segments `text` into sentences; the title is its first line, or
    /// `fallback_title` when it has none.
    pub fn new(id: DocumentId, text: String, fallback_title: &str, source: DocumentSource) -> Self {
        let mut cursor = CodePointCursor { text: &text, code_point: 0, byte: 0 };
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        let mut paragraph_start = 0;
        let mut pending_break = false;
        for piece in segment(&text) {
            match piece.kind {
                SegmentKind::Gap => {
                    let gap = &text[cursor.byte_at(piece.start)..cursor.byte_at(piece.end)];
                    pending_break |= gap.chars().any(super::segment::is_line_break);
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
                        hash: short_hash(&text[bytes.clone()]),
                        bytes,
                    });
                }
            }
        }
        if sentences.len() > paragraph_start {
            paragraphs.push(paragraph_start..sentences.len());
        }
        let title = title_from_text(&text, fallback_title);
        Self { id, title, source, text, sentences, paragraphs }
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
    fn an_empty_text_has_no_sentences_and_the_fallback_title() {
        let document = doc("  \n ");
        assert_eq!(document.sentence_count(), 0);
        assert!(document.paragraphs().is_empty());
        assert_eq!(document.title, "ملف");
    }
}
