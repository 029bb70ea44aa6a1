//! Spans: labeled ranges inside one sentence (a word, a phrase, a name), in
//! code points from the sentence's start, and what follows from spans alone:
//! the sentence's words, a range snapped to whole words, and agreement
//! between two people's spans (exact and overlap precision, recall, F1).

use crate::model::labels::LabelId;
use serde::{Deserialize, Serialize};

/// A labeled range `[start, end)` of a sentence, in code points from the
/// sentence's first code point. Never empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Its label.
    pub label: LabelId,
}

impl Span {
    /// A span, or `None` when `start..end` is empty or reversed.
    pub fn new(start: usize, end: usize, label: LabelId) -> Option<Span> {
        (start < end).then_some(Span { start, end, label })
    }

    /// Whether the two ranges share at least one code point.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The covered text of `sentence` (empty when the span lies beyond it).
    pub fn quote(&self, sentence: &str) -> String {
        sentence.chars().skip(self.start).take(self.end.saturating_sub(self.start)).collect()
    }
}

/// Whether `c` belongs to a word: letters, digits, Arabic marks (tashkeel,
/// Quranic marks, the superscript alef), tatweel and the zero-width
/// (non-)joiners, so a word is never cut between a letter and its marks.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
        || matches!(c, '\u{08D3}'..='\u{08FF}' | '\u{0640}' | '\u{200C}' | '\u{200D}')
        || matches!(c, '\u{0300}'..='\u{036F}')
}

/// The words of `text` as code point ranges `(start, end)`, in order.
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut start = None;
    let mut count = 0;
    for (index, c) in text.chars().enumerate() {
        count = index + 1;
        match (is_word_char(c), start) {
            (true, None) => start = Some(index),
            (false, Some(from)) => {
                found.push((from, index));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        found.push((from, count));
    }
    found
}

/// `start..end` of `text` widened to the whole words it touches and
/// trimmed of the spaces and punctuation at its ends; `None` when it
/// touches no word.
pub fn snap_to_words(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let (start, end) = (start.min(end), start.max(end));
    let touched: Vec<(usize, usize)> =
        words(text).into_iter().filter(|&(from, to)| from < end.max(start + 1) && start < to).collect();
    Some((touched.first()?.0, touched.last()?.1))
}

/// Precision, recall and F1 of one person's spans against another's;
/// `None` where a ratio has nothing to divide by.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SpanAgreement {
    /// Spans in common ÷ the spans found.
    pub precision: Option<f64>,
    /// Spans in common ÷ the spans of the reference.
    pub recall: Option<f64>,
    /// The harmonic mean of the two.
    pub f1: Option<f64>,
    /// Spans matched.
    pub matched: usize,
}

/// Agreement from counts: `matched` spans in common of `found` spans and
/// `reference` spans (all distinct). Precision (recall) is undefined
/// without found (reference) spans; F1 is undefined only when neither side
/// has a span, and 0 when just one side has some.
pub fn agreement(matched: usize, found: usize, reference: usize) -> SpanAgreement {
    let ratio = |whole: usize| (whole > 0).then(|| matched as f64 / whole as f64);
    let (precision, recall) = (ratio(found), ratio(reference));
    let f1 = match (precision, recall) {
        (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
        // Neither side marked a span: there is nothing to score.
        (None, None) => None,
        // One side marked spans and the other none, or none in common.
        _ => Some(0.0),
    };
    SpanAgreement { precision, recall, f1, matched }
}

/// Agreement when a span counts only with the same start, end and label
/// (a span given twice counts once).
pub fn exact_agreement(found: &[Span], reference: &[Span]) -> SpanAgreement {
    let (found, reference) = (distinct(found), distinct(reference));
    let matched = found.iter().filter(|span| reference.binary_search(span).is_ok()).count();
    agreement(matched, found.len(), reference.len())
}

/// Puts `spans` in the form a sentence keeps them: sorted, each once.
pub fn tidy(spans: &mut Vec<Span>) {
    spans.sort();
    spans.dedup();
}

/// The spans sorted, each once.
fn distinct(spans: &[Span]) -> Vec<Span> {
    let mut spans = spans.to_vec();
    tidy(&mut spans);
    spans
}

/// Agreement when a span counts if it shares a code point with a reference
/// span of the same label; each span matches at most one other, and as
/// many spans as possible are matched (a maximum matching).
pub fn overlap_agreement(found: &[Span], reference: &[Span]) -> SpanAgreement {
    let (found, reference) = (distinct(found), distinct(reference));
    let partners: Vec<Vec<usize>> = found
        .iter()
        .map(|a| (0..reference.len()).filter(|&j| a.label == reference[j].label && a.overlaps(&reference[j])).collect())
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; reference.len()];
    let mut matched = 0;
    for i in 0..found.len() {
        let mut seen = vec![false; reference.len()];
        if augment(i, &partners, &mut seen, &mut owner) {
            matched += 1;
        }
    }
    agreement(matched, found.len(), reference.len())
}

/// One step of Kuhn's matching: finds `i` a partner, moving earlier
/// matches along when that frees one.
fn augment(i: usize, partners: &[Vec<usize>], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
    for &j in &partners[i] {
        if !seen[j] {
            seen[j] = true;
            if owner[j].is_none_or(|k| augment(k, partners, seen, owner)) {
                owner[j] = Some(i);
                return true;
            }
        }
    }
    false
}
