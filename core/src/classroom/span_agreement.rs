//! Agreement on spans in a comparison: for every pair of students, and for
//! each student against the answer key, exact and overlap precision, recall
//! and F1 per span label over all sentences (spans match only within their
//! sentence), and a micro-averaged row over all span labels.

use crate::classroom::compare::Comparison;
use crate::model::comparison::{AnswerKey, LabelKey, SpanAnswers};
use crate::model::labels::LabelId;
use crate::model::spans::{agreement, exact_agreement, overlap_agreement, tidy, Span, SpanAgreement};
use crate::text::document::DocumentId;

/// Exact and overlap agreement for one span label (or all of them).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SpanRow {
    /// The label; `None` for all span labels together (micro-averaged).
    pub label: Option<LabelKey>,
    /// Same start, end and label.
    pub exact: SpanAgreement,
    /// Sharing a code point, with the same label (a maximum matching).
    pub overlap: SpanAgreement,
}

/// Two people's spans compared: students by their position in
/// [`Comparison::students`], the key as `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanPair {
    /// The spans taken as found.
    pub first: usize,
    /// The spans taken as the reference (`None`: the answer key).
    pub second: Option<usize>,
    /// One row per span label in [`SpanReport::labels`] order, then the
    /// row of all span labels.
    pub rows: Vec<SpanRow>,
}

/// Span agreement in a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanReport {
    /// The labels marked on some span, in the comparison's label order.
    pub labels: Vec<LabelKey>,
    /// Every pair of students `(i, j)`, `i < j`.
    pub pairs: Vec<SpanPair>,
    /// Each student against the key, when the key has spans.
    pub against_key: Vec<SpanPair>,
}

#[derive(Clone, Copy, Default)]
struct Tally {
    matched: usize,
    found: usize,
    reference: usize,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.matched += other.matched;
        self.found += other.found;
        self.reference += other.reference;
    }

    fn figures(self) -> SpanAgreement {
        agreement(self.matched, self.found, self.reference)
    }
}

/// The spans of `label` in `spans`, sorted, each once.
fn with_label(spans: Option<&Vec<Span>>, label: LabelKey) -> Vec<Span> {
    let mut kept: Vec<Span> =
        spans.into_iter().flatten().filter(|span| span.label == LabelId(label)).copied().collect();
    tidy(&mut kept);
    kept
}

/// Exact and overlap agreement of `found` against `reference` on
/// `sentences`, one row per label of `labels`, then the row of all of them.
pub fn span_rows<'a>(
    found: &SpanAnswers,
    reference: &SpanAnswers,
    sentences: impl Iterator<Item = &'a (DocumentId, usize)> + Clone,
    labels: &[LabelKey],
) -> Vec<SpanRow> {
    let (mut all_exact, mut all_overlap) = (Tally::default(), Tally::default());
    let mut rows: Vec<SpanRow> = Vec::new();
    for label in labels {
        let (mut exact, mut overlap) = (Tally::default(), Tally::default());
        for sentence in sentences.clone() {
            let (a, b) = (with_label(found.get(sentence), *label), with_label(reference.get(sentence), *label));
            let counts = |matched: usize| Tally { matched, found: a.len(), reference: b.len() };
            exact.add(counts(exact_agreement(&a, &b).matched));
            overlap.add(counts(overlap_agreement(&a, &b).matched));
        }
        all_exact.add(exact);
        all_overlap.add(overlap);
        rows.push(SpanRow { label: Some(*label), exact: exact.figures(), overlap: overlap.figures() });
    }
    rows.push(SpanRow { label: None, exact: all_exact.figures(), overlap: all_overlap.figures() });
    rows
}

/// The labels marked on some span of `maps`, in the comparison's order.
fn span_labels<'a>(comparison: &Comparison, maps: impl Iterator<Item = &'a SpanAnswers>) -> Vec<LabelKey> {
    let used: Vec<LabelKey> = maps.flat_map(|map| map.values().flatten()).map(|span| span.label.0).collect();
    comparison.ordered(&used)
}

/// Whether any student marked a span, or the key has one.
pub fn has_spans(comparison: &Comparison, key: Option<&AnswerKey>) -> bool {
    comparison.spans.iter().any(|map| !map.is_empty()) || key.is_some_and(|key| !key.spans.is_empty())
}

/// Span agreement in `comparison` (and against `key`), or `None` when no
/// submission has spans.
pub fn span_report(comparison: &Comparison, key: Option<&AnswerKey>) -> Option<SpanReport> {
    if comparison.spans.iter().all(|map| map.is_empty()) {
        return None;
    }
    let key_spans = key.map(|key| &key.spans).filter(|spans| !spans.is_empty());
    let labels = span_labels(comparison, comparison.spans.iter().chain(key_spans));
    let sentences: Vec<(DocumentId, usize)> =
        comparison.sentences.iter().map(|sentence| (sentence.doc.clone(), sentence.index)).collect();
    let rows = |a: &SpanAnswers, b: &SpanAnswers| span_rows(a, b, sentences.iter(), &labels);
    let mut pairs = Vec::new();
    for (i, a) in comparison.spans.iter().enumerate() {
        for (j, b) in comparison.spans.iter().enumerate().skip(i + 1) {
            pairs.push(SpanPair { first: i, second: Some(j), rows: rows(a, b) });
        }
    }
    let against_key = match key_spans {
        Some(key) => (comparison.spans.iter().enumerate())
            .map(|(i, spans)| SpanPair { first: i, second: None, rows: rows(spans, key) })
            .collect(),
        None => Vec::new(),
    };
    Some(SpanReport { labels, pairs, against_key })
}

/// Student spans `spans` scored against the key's `key` over all span
/// labels (0 when only one side marked spans).
pub fn span_score(comparison: &Comparison, spans: &SpanAnswers, key: &SpanAnswers) -> SpanRow {
    let labels = span_labels(comparison, [spans, key].into_iter());
    let sentences: Vec<(DocumentId, usize)> =
        comparison.sentences.iter().map(|sentence| (sentence.doc.clone(), sentence.index)).collect();
    let rows = span_rows(spans, key, sentences.iter(), &labels);
    rows.last().copied().unwrap_or_default()
}
