//! Scores [`segment`](crate::text::segment::segment) against gold sentences.

use crate::text::segment::sentence_spans;
use std::collections::BTreeSet;

/// Precision, recall and F1 of predicted sentence boundaries, with the misses.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundaryScore {
    /// Gold boundaries (join points between gold sentences).
    pub gold: usize,
    /// Predicted boundaries.
    pub predicted: usize,
    /// Predicted boundaries that are gold.
    pub correct: usize,
    /// Gold boundaries the segmenter missed, with context.
    pub missed: Vec<String>,
    /// Boundaries the segmenter made that are not gold, with context.
    pub spurious: Vec<String>,
}

impl BoundaryScore {
    /// Share of predicted boundaries that are gold (1 when none predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// Share of gold boundaries that were predicted (1 when none exist).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// Joins `gold_sentences` with single spaces and scores the boundaries found
/// in the joined text against the join points.
pub fn score_boundaries(gold_sentences: &[&str]) -> BoundaryScore {
    let text = gold_sentences.join(" ");
    let chars: Vec<char> = text.chars().collect();
    let mut gold = BTreeSet::new();
    let mut offset = 0;
    for (index, sentence) in gold_sentences.iter().enumerate() {
        offset += sentence.chars().count();
        if index + 1 < gold_sentences.len() {
            gold.insert(offset);
            offset += 1;
        }
    }
    let spans = sentence_spans(&text);
    let predicted: BTreeSet<usize> = spans.iter().map(|&(_, end)| end).filter(|&end| end < chars.len()).collect();
    let context = |at: usize| {
        let from = at.saturating_sub(40);
        let to = (at + 30).min(chars.len());
        let before: String = chars[from..at].iter().collect();
        let after: String = chars[at..to].iter().collect();
        format!("…{before}‖{after}…")
    };
    BoundaryScore {
        gold: gold.len(),
        predicted: predicted.len(),
        correct: gold.intersection(&predicted).count(),
        missed: gold.difference(&predicted).map(|&at| context(at)).collect(),
        spurious: predicted.difference(&gold).map(|&at| context(at)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_segmentation_scores_one() {
        let score = score_boundaries(&["جملة أولى.", "جملة ثانية؟", "ثالثة!"]);
        assert_eq!((score.gold, score.predicted, score.correct), (2, 2, 2));
        assert_eq!(score.f1(), 1.0);
    }

    #[test]
    fn a_missed_boundary_lowers_recall_not_precision() {
        let score = score_boundaries(&["قال أحمد ز.", "أمين جاء."]);
        assert_eq!(score.precision(), 1.0);
        assert_eq!(score.recall(), 0.0);
        assert_eq!(score.missed.len(), 1);
        assert!(score.missed[0].contains("ز.‖"), "{:?}", score.missed);
    }

    #[test]
    fn a_spurious_boundary_lowers_precision() {
        let score = score_boundaries(&["هذا سؤال؟ نعم هو كذلك."]);
        assert_eq!(score.predicted, 1);
        assert_eq!(score.precision(), 0.0);
        assert_eq!(score.spurious.len(), 1);
    }
}
