//! Arabic sentence segmentation.
//!
//! [`segment`] splits a text into sentences and the whitespace gaps between
//! them. It is lossless: the segments, in order, cover the text exactly, and
//! every offset is a Unicode code point index.
//!
//! Rules, applied one line at a time (a line break always ends a sentence):
//! - a run of terminators (`.` `!` `?` `؟` `…` `۔`, in any mix such as `؟.` or
//!   `؟!`) ends a sentence when whitespace or the end of the line follows it,
//!   after any closing quotes or brackets (`»` `"` `”` `)` ...);
//! - a period squeezed between two Arabic letters (`الأمر.وفي`) ends one too;
//! - an ellipsis (`...` or `…`) ends nothing inside a line;
//! - a period after a lone letter (`ز. أمين`, `U.S.`, `J. Smith`) is an
//!   initial, unless a letter without case follows a number (`2000 م.`, an
//!   era marker);
//! - a period after the number that opens a line (`1. `) is a list marker;
//! - a period after a Latin title (`Dr.`, `Mr.`, `Prof.`, `vs.`) ends nothing;
//!   after `No.` or `Vol.` nothing when a number follows; after `etc.`,
//!   `Inc.` or `Jr.` only when a capitalised Latin word follows;
//! - nothing ends inside a quotation that closes later on the same line;
//! - a lone `؟` followed by `أو` / `أم` ("or") continues an alternative
//!   question; `؟.` always ends one.

use serde::{Deserialize, Serialize};

/// Whether a segment is a sentence or the whitespace between sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SegmentKind {
    /// A sentence: starts and ends with a non-whitespace character.
    Sentence,
    /// Whitespace between sentences (line breaks included).
    Gap,
}

/// A half-open range `[start, end)` of a text, in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Segment {
    /// Sentence or gap.
    pub kind: SegmentKind,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// Characters that end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']' | '}' | '›' | '﴿')
}

/// Characters that end a line: a sentence never spans one.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

/// Letters of the Arabic script blocks.
fn is_arabic_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Words that continue a question after `؟`: "or" in an alternative question.
const QUESTION_CONTINUATIONS: &[&str] = &["أو", "أم", "او", "ام", "or"];

/// Latin abbreviations written before a name or a word: never the end of a sentence.
const LATIN_TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Mt", "Gen", "Col", "Lt", "Capt", "Sgt", "Maj", "Gov", "Sen", "Rep",
    "Rev", "Hon", "Pres", "Fr", "Messrs", "Mme", "Mlle", "vs", "Vs", "cf", "approx", "ca", "viz",
];

/// Latin abbreviations written before a number (`No. 5`, `pp. 10`).
const LATIN_BEFORE_NUMBER: &[&str] =
    &["No", "Nos", "no", "Vol", "vol", "Fig", "fig", "pp", "Ch", "ch", "Art", "art", "Sec"];

/// Latin abbreviations that may close a sentence: they end one only when a
/// capitalised Latin word follows (`… Apple Inc. The …`).
const LATIN_CLOSING: &[&str] = &["etc", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "Esq"];

/// Splits `text` into sentences and gaps; see the module documentation.
pub fn segment(text: &str) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let mut segments = Vec::new();
    let mut covered = 0;
    let mut push_sentence = |start: usize, end: usize, segments: &mut Vec<Segment>| {
        if start > covered {
            segments.push(Segment { kind: SegmentKind::Gap, start: covered, end: start });
        }
        segments.push(Segment { kind: SegmentKind::Sentence, start, end });
        covered = end;
    };

    let mut line_start = 0;
    while line_start < chars.len() {
        let line_end = chars[line_start..]
            .iter()
            .position(|&c| is_line_break(c))
            .map_or(chars.len(), |offset| line_start + offset);
        for (start, end) in line_sentences(&chars, line_start, line_end) {
            push_sentence(start, end, &mut segments);
        }
        line_start = line_end + 1;
    }
    if covered < chars.len() {
        segments.push(Segment { kind: SegmentKind::Gap, start: covered, end: chars.len() });
    }
    segments
}

/// The sentence spans `[start, end)` of one line `chars[from..to]`, trimmed.
fn line_sentences(chars: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    let quotes = quoted_regions(chars, from, to);
    let mut spans = Vec::new();
    let mut cursor = from;
    let mut i = from;
    while i < to {
        if !is_terminator(chars[i]) {
            i += 1;
            continue;
        }
        let run_end = scan(chars, i, to, is_terminator);
        let close_end = scan(chars, run_end, to, is_closer);
        if is_boundary(chars, from, to, i, run_end, close_end, &quotes) {
            push_trimmed(chars, cursor, close_end, &mut spans);
            cursor = close_end;
        }
        i = close_end.max(i + 1);
    }
    push_trimmed(chars, cursor, to, &mut spans);
    spans
}

/// The end of the run of characters matching `pred` that starts at `from`.
fn scan(chars: &[char], from: usize, to: usize, pred: impl Fn(char) -> bool) -> usize {
    chars[from..to].iter().position(|&c| !pred(c)).map_or(to, |offset| from + offset)
}

fn push_trimmed(chars: &[char], start: usize, end: usize, spans: &mut Vec<(usize, usize)>) {
    let mut start = start;
    let mut end = end;
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if start < end {
        spans.push((start, end));
    }
}

/// Whether a sentence ends after the terminators `chars[run..run_end]` and
/// the closers `chars[run_end..close_end]`.
fn is_boundary(
    chars: &[char],
    line_start: usize,
    line_end: usize,
    run: usize,
    run_end: usize,
    close_end: usize,
    quotes: &[(usize, usize)],
) -> bool {
    if close_end >= line_end {
        return true;
    }
    let terminators = &chars[run..run_end];
    let next = chars[close_end];
    if !next.is_whitespace() {
        // `الأمر.وفي`: a period between Arabic letters, spaces lost.
        // Both sides are words of two letters or more: `ق.م` is an abbreviation.
        let word_after = scan(chars, close_end, line_end, is_arabic_letter) - close_end;
        let word_before = run - word_before(chars, line_start, run);
        return terminators == ['.']
            && run_end == close_end
            && word_after >= 2
            && word_before >= 2
            && chars[run - 1..run].iter().all(|&c| is_arabic_letter(c));
    }
    if is_ellipsis(terminators) {
        return false;
    }
    if terminators == ['.'] && (is_initial(chars, line_start, run) || is_list_marker(chars, line_start, run)) {
        return false;
    }
    if terminators == ['.']
        && run_end == close_end
        && is_latin_abbreviation(chars, line_start, run, close_end, line_end)
    {
        return false;
    }
    if quotes.iter().any(|&(open, close)| open < run && close_end <= close) {
        return false;
    }
    if matches!(terminators, ['?' | '؟']) && next_word_continues_question(chars, close_end, line_end) {
        return false;
    }
    true
}

fn is_ellipsis(terminators: &[char]) -> bool {
    let dots = terminators.iter().filter(|&&c| c == '.').count();
    let ellipses = terminators.iter().filter(|&&c| c == '…').count();
    dots + ellipses == terminators.len() && (ellipses > 0 || dots >= 2)
}

/// The word that ends at `end` (exclusive): `(start, end)`.
fn word_before(chars: &[char], line_start: usize, end: usize) -> usize {
    let mut start = end;
    while start > line_start && chars[start - 1].is_alphanumeric() {
        start -= 1;
    }
    start
}

/// `ز.` or `U.S.`: a lone letter before the period, not a caseless one after a number.
fn is_initial(chars: &[char], line_start: usize, period: usize) -> bool {
    let word_start = word_before(chars, line_start, period);
    if period - word_start != 1 || !chars[word_start].is_alphabetic() {
        return false;
    }
    if chars[word_start].is_uppercase() {
        // `1990 J. Smith`: a capital is an initial even after a number.
        return true;
    }
    // What comes before the letter: `2000 م.` is an era marker, ending a sentence.
    let mut before = word_start;
    while before > line_start && chars[before - 1].is_whitespace() {
        before -= 1;
    }
    !(before > line_start && chars[before - 1].is_numeric())
}

/// `Dr. Smith`, `No. 5`, `etc. and`: a Latin abbreviation that does not end
/// the sentence, given what follows the period and the spaces after it.
fn is_latin_abbreviation(chars: &[char], line_start: usize, period: usize, after: usize, line_end: usize) -> bool {
    let word_start = word_before(chars, line_start, period);
    if word_start == period {
        return false;
    }
    let word: String = chars[word_start..period].iter().collect();
    let next = scan(chars, after, line_end, char::is_whitespace);
    let Some(&following) = chars.get(next).filter(|_| next < line_end) else {
        return false;
    };
    if LATIN_TITLES.contains(&word.as_str()) {
        return true;
    }
    if LATIN_BEFORE_NUMBER.contains(&word.as_str()) {
        return following.is_numeric();
    }
    LATIN_CLOSING.contains(&word.as_str()) && !following.is_uppercase()
}

/// `1. ` or `١٢. ` opening a line: a numbered list item.
fn is_list_marker(chars: &[char], line_start: usize, period: usize) -> bool {
    let word_start = word_before(chars, line_start, period);
    word_start < period
        && chars[word_start..period].iter().all(|c| c.is_numeric())
        && chars[line_start..word_start].iter().all(|c| c.is_whitespace())
}

fn next_word_continues_question(chars: &[char], from: usize, to: usize) -> bool {
    let start = scan(chars, from, to, char::is_whitespace);
    let end = scan(chars, start, to, char::is_alphabetic);
    let word: String = chars[start..end].iter().collect();
    QUESTION_CONTINUATIONS.contains(&word.as_str())
}

/// The longest quotation that can hold sentence terminators, in code points.
const MAX_QUOTE_CHARS: usize = 600;

/// Quotations that open and close on this line, as `(open, close)` indexes
/// of their quote marks.
fn quoted_regions(chars: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut regions = Vec::new();
    let mut i = from;
    while i < to {
        let closing = match chars[i] {
            '«' => Some('»'),
            '“' => Some('”'),
            '"' if opens_quote(chars, from, to, i) => Some('"'),
            _ => None,
        };
        if let Some(closing) = closing {
            let limit = to.min(i + 1 + MAX_QUOTE_CHARS);
            let found = (i + 1..limit)
                .find(|&j| chars[j] == closing || (chars[i] == '"' && chars[j] == '"'))
                .filter(|&j| !chars[j - 1].is_whitespace());
            if let Some(close) = found {
                regions.push((i, close));
                i = close + 1;
                continue;
            }
        }
        i += 1;
    }
    regions
}

/// A straight quote opens a quotation when a word follows it and none precedes it.
fn opens_quote(chars: &[char], from: usize, to: usize, i: usize) -> bool {
    let after_ok = i + 1 < to && !chars[i + 1].is_whitespace();
    let before_ok = i == from || !chars[i - 1].is_alphanumeric() && !is_terminator(chars[i - 1]);
    after_ok && before_ok
}

/// The sentence spans of `text` as `(start, end)` code-point pairs.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    segment(text)
        .into_iter()
        .filter(|segment| segment.kind == SegmentKind::Sentence)
        .map(|segment| (segment.start, segment.end))
        .collect()
}
