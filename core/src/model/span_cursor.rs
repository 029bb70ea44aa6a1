//! The span cursor: the range being marked inside one sentence before a
//! label key makes it a span. It moves by word (or by character) and
//! extends from where it started, like a text selection, but never leaves
//! its sentence.

use crate::model::spans::{snap_to_words, words};
use crate::text::basics::{characters, whole_characters};

/// What one cursor step moves over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A whole word.
    Word,
    /// One character as a reader sees it: a letter with its diacritics
    /// (spaces skipped).
    Char,
}

/// A range of sentence `index`, in code points of the sentence: from the
/// unit it started on (`anchor`) to the unit it reached (`head`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpanCursor {
    /// The sentence, in the open document.
    pub index: usize,
    /// The unit where the range started: `(start, end)`.
    pub anchor: (usize, usize),
    /// The unit where it ends now: `(start, end)`.
    pub head: (usize, usize),
}

impl SpanCursor {
    /// The cursor on the first word of sentence `index` with `text` (its
    /// first code point when it has no word); `None` for an empty text.
    pub fn at_start(index: usize, text: &str) -> Option<SpanCursor> {
        let first = words(text).first().copied().or_else(|| (!text.is_empty()).then_some((0, 1)))?;
        Some(SpanCursor { index, anchor: first, head: first })
    }

    /// The cursor over `start..end` of sentence `index` with `text`:
    /// widened to whole words when `snap`, else to whole characters (a
    /// letter keeps its diacritics), clamped to the text either way.
    /// `None` when nothing of the text is left.
    pub fn over(index: usize, text: &str, start: usize, end: usize, snap: bool) -> Option<SpanCursor> {
        let length = text.chars().count();
        let (start, end) = (start.min(end).min(length), start.max(end).min(length));
        let (start, end) = if snap { snap_to_words(text, start, end)? } else { whole_characters(text, start, end) };
        (start < end).then_some(SpanCursor { index, anchor: (start, end), head: (start, end) })
    }

    /// The covered range `(start, end)`.
    pub fn range(&self) -> (usize, usize) {
        (self.anchor.0.min(self.head.0), self.anchor.1.max(self.head.1))
    }

    /// The cursor `by` units on (negative: back) in `text`; with `extend`
    /// the anchor stays, else the range becomes the unit reached. At the
    /// sentence's edge it stays where it is.
    pub fn moved(&self, text: &str, by: isize, unit: Unit, extend: bool) -> SpanCursor {
        let units: Vec<(usize, usize)> = match unit {
            Unit::Word => words(text),
            Unit::Char => {
                let blank =
                    |(from, to): &(usize, usize)| text.chars().skip(*from).take(to - from).all(char::is_whitespace);
                characters(text).into_iter().filter(|unit| !blank(unit)).collect()
            }
        };
        let mut head = self.head;
        for _ in 0..by.unsigned_abs() {
            let next = if by > 0 {
                units.iter().find(|unit| unit.0 >= head.1).or_else(|| units.iter().find(|unit| unit.0 > head.0))
            } else {
                units
                    .iter()
                    .rev()
                    .find(|unit| unit.1 <= head.0)
                    .or_else(|| units.iter().rev().find(|unit| unit.1 < head.1))
            };
            match next {
                Some(unit) => head = *unit,
                None => break,
            }
        }
        let anchor = if extend { self.anchor } else { head };
        SpanCursor { index: self.index, anchor, head }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "العلمُ نورٌ، والجهلُ ظلام.";

    fn quote(cursor: &SpanCursor) -> String {
        let (start, end) = cursor.range();
        TEXT.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn the_cursor_moves_word_by_word_and_extends_with_shift() {
        let cursor = SpanCursor::at_start(3, TEXT).expect("a word");
        assert_eq!(quote(&cursor), "العلمُ");
        let next = cursor.moved(TEXT, 1, Unit::Word, false);
        assert_eq!(quote(&next), "نورٌ");
        let both = cursor.moved(TEXT, 1, Unit::Word, true);
        assert_eq!(quote(&both), "العلمُ نورٌ");
        let back = both.moved(TEXT, -1, Unit::Word, true);
        assert_eq!(quote(&back), "العلمُ", "extending back shrinks the range again");
        let last = cursor.moved(TEXT, 10, Unit::Word, false);
        assert_eq!(quote(&last), "ظلام", "it stops at the last word");
        assert_eq!(cursor.moved(TEXT, -1, Unit::Word, false), cursor, "and at the first");
    }

    #[test]
    fn by_character_it_can_take_part_of_a_word() {
        let cursor = SpanCursor::at_start(0, TEXT).expect("a word");
        let first = cursor.moved(TEXT, 1, Unit::Char, false);
        assert_eq!(quote(&first), "ن", "the first character after the word");
        let two = first.moved(TEXT, 1, Unit::Char, true);
        assert_eq!(quote(&two), "نو");
        let back = SpanCursor::over(0, TEXT, 7, 9, false).expect("range").moved(TEXT, -1, Unit::Char, false);
        assert_eq!(quote(&back), "مُ", "back one character: the word's last letter with its mark");
    }

    #[test]
    fn a_range_never_parts_a_letter_from_its_marks_or_an_emoji_from_its_modifier() {
        let exact = SpanCursor::over(0, TEXT, 5, 9, false).expect("range");
        assert_eq!(quote(&exact), "مُ نو", "a range starting at a mark takes its letter");
        let shadda = "الرَّحْمَٰنِ";
        let cut = SpanCursor::over(0, shadda, 3, 5, false).expect("range");
        let taken: String = shadda.chars().skip(cut.range().0).take(cut.range().1 - cut.range().0).collect();
        assert_eq!(taken, "رَّ", "the letter with both its marks");
        let thumbs = "حسنًا 👍🏽 والآن";
        let cursor = SpanCursor::over(0, thumbs, 7, 8, false).expect("range");
        assert_eq!(cursor.range(), (6, 8), "the emoji with its skin tone");
    }

    #[test]
    fn a_dragged_range_snaps_to_words_unless_asked_not_to() {
        let snapped = SpanCursor::over(0, TEXT, 2, 8, true).expect("touches words");
        assert_eq!(quote(&snapped), "العلمُ نورٌ");
        let exact = SpanCursor::over(0, TEXT, 2, 8, false).expect("range");
        assert_eq!(quote(&exact), "علمُ ن");
        assert_eq!(SpanCursor::over(0, TEXT, 11, 12, true), None, "punctuation and a space touch no word");
        assert_eq!(
            SpanCursor::over(0, TEXT, 5, 500, false).map(|cursor| cursor.range()),
            Some((4, 26)),
            "from the letter of the mark it started on"
        );
        assert_eq!(SpanCursor::at_start(0, ""), None);
        assert_eq!(SpanCursor::at_start(0, "…").map(|cursor| cursor.range()), Some((0, 1)));
    }
}
