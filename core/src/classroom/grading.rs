//! Scoring students against the teacher's answer key: exact-match accuracy,
//! per-label precision, recall and F1, Cohen's kappa, and a gradebook CSV
//! that is safe to open in a spreadsheet.
//!
//! A sentence is identified by its document and index. A sentence absent
//! from the answers, or given an empty list, is unlabeled; label lists are
//! sets (their order and repeats do not matter).

use crate::classroom::agreement::cohen_kappa;
use crate::classroom::span_agreement::SpanRow;
use crate::text::document::DocumentId;
use std::cmp::Ordering;
use std::collections::BTreeMap;

pub use crate::formats::csv_cells::spreadsheet_cell;
pub use crate::model::comparison::{Answers, LabelKey};

/// How well a student used one label, against the key.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelScore {
    /// The label.
    pub label: LabelKey,
    /// Sentences where both the key and the student give the label.
    pub true_positives: usize,
    /// Sentences the student gave the label (including sentences the key
    /// leaves unlabeled).
    pub predicted: usize,
    /// Sentences the key gives the label.
    pub support: usize,
    /// `true_positives / predicted`; `None` when the student never gave it.
    pub precision: Option<f64>,
    /// `true_positives / support`; `None` when the key never gives it.
    pub recall: Option<f64>,
    /// The harmonic mean of precision and recall: `0.0` when either is
    /// zero or undefined (the label given only by the key, or only by the
    /// student); `None` when neither uses the label.
    pub f1: Option<f64>,
}

/// One student's score against the key.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// The student's name as they typed it.
    pub student: String,
    /// Sentences the key labels.
    pub out_of: usize,
    /// Of those, sentences where the student's label set equals the key's.
    pub correct: usize,
    /// Of those, sentences the student left unlabeled.
    pub unlabeled: usize,
    /// Sentences the student labeled that the key leaves unlabeled.
    pub extra: usize,
    /// `correct / out_of`; `None` when the key labels nothing.
    pub accuracy: Option<f64>,
    /// Cohen's kappa between the student and the key over the key's
    /// sentences the student labeled, each label set taken as one category.
    pub kappa: Option<f64>,
    /// The mean of the defined per-label F1s; `None` when none is defined.
    pub macro_f1: Option<f64>,
    /// One entry per label asked for, in that order.
    pub per_label: Vec<LabelScore>,
    /// Agreement of the student's spans with the key's over all span
    /// labels, when spans are scored.
    pub span: Option<SpanRow>,
}

/// Each labeled sentence with its label set sorted and deduplicated;
/// sentences with no label are left out.
fn normalise(answers: &Answers) -> BTreeMap<&(DocumentId, usize), Vec<LabelKey>> {
    answers
        .iter()
        .filter(|(_, labels)| !labels.is_empty())
        .map(|(sentence, labels)| {
            let mut labels = labels.clone();
            labels.sort_unstable();
            labels.dedup();
            (sentence, labels)
        })
        .collect()
}

/// `part / whole`, `None` when `whole` is zero.
fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// Scores a student's `answers` against the `key`, with per-label figures
/// for each of `labels` in that order.
pub fn score(key: &Answers, student: &str, answers: &Answers, labels: &[LabelKey]) -> Score {
    let key = normalise(key);
    let answers = normalise(answers);
    let (mut correct, mut unlabeled) = (0, 0);
    let (mut key_categories, mut student_categories) = (Vec::new(), Vec::new());
    for (sentence, expected) in &key {
        match answers.get(sentence) {
            None => unlabeled += 1,
            Some(given) => {
                correct += usize::from(given == expected);
                key_categories.push(Some(expected.clone()));
                student_categories.push(Some(given.clone()));
            }
        }
    }
    let extra = answers.keys().filter(|sentence| !key.contains_key(*sentence)).count();
    let has = |labels: &Vec<LabelKey>, label: &LabelKey| labels.binary_search(label).is_ok();
    let per_label: Vec<LabelScore> = labels
        .iter()
        .map(|label| {
            let true_positives = key
                .iter()
                .filter(|(sentence, expected)| {
                    has(expected, label) && answers.get(*sentence).is_some_and(|given| has(given, label))
                })
                .count();
            let predicted = answers.values().filter(|given| has(given, label)).count();
            let support = key.values().filter(|expected| has(expected, label)).count();
            let precision = ratio(true_positives, predicted);
            let recall = ratio(true_positives, support);
            // A label the key gives and the student never does (or the
            // reverse) scores F1 0: recall (or precision) is 0.
            let f1 = match (precision, recall) {
                (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
                (Some(_), Some(_)) => Some(0.0),
                (None, Some(_)) | (Some(_), None) => Some(0.0),
                (None, None) => None,
            };
            LabelScore { label: *label, true_positives, predicted, support, precision, recall, f1 }
        })
        .collect();
    let f1s: Vec<f64> = per_label.iter().filter_map(|label| label.f1).collect();
    Score {
        student: student.to_string(),
        out_of: key.len(),
        correct,
        unlabeled,
        extra,
        accuracy: ratio(correct, key.len()),
        kappa: cohen_kappa(&key_categories, &student_categories),
        macro_f1: (!f1s.is_empty()).then(|| f1s.iter().sum::<f64>() / f1s.len() as f64),
        per_label,
        span: None,
    }
}

/// The share of the marks a score earns, from 0 to 1: exact-match accuracy
/// when the key labels sentences, else (a key of spans only) the F1 of
/// exact span matches; `None` when neither is defined.
pub fn grade_share(score: &Score) -> Option<f64> {
    score.accuracy.or_else(|| score.span.and_then(|span| span.exact.f1))
}

/// The score in points out of `max_points`, rounded to two decimals.
pub fn points(score: &Score, max_points: u32) -> Option<f64> {
    grade_share(score).map(|share| (share * f64::from(max_points) * 100.0).round() / 100.0)
}

/// Points as the platforms read them: a dot for decimals, no trailing
/// zeros (`7.5`, `10`), empty when undefined.
pub fn points_cell(points: Option<f64>) -> String {
    match points {
        Some(points) if points.is_finite() => {
            let text = format!("{points:.2}");
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        }
        _ => String::new(),
    }
}

/// A column of the scores table to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreColumn {
    /// The student's name.
    Student,
    /// Exact-match accuracy.
    Accuracy,
    /// Sentences labeled exactly as the key.
    Correct,
    /// Key sentences left unlabeled.
    Unlabeled,
    /// Cohen's kappa against the key.
    Kappa,
    /// Macro-averaged F1.
    MacroF1,
}

/// Orders two optional figures: undefined ones last whatever the direction.
fn optional(a: Option<f64>, b: Option<f64>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => b.total_cmp(&a),
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Sorts scores by a column, ascending or descending; undefined figures
/// sort last in both directions, and ties go by student name (A to Z).
pub fn sort_scores(scores: &mut [Score], column: ScoreColumn, descending: bool) {
    let directed = |ordering: Ordering| if descending { ordering.reverse() } else { ordering };
    scores.sort_by(|a, b| {
        let ordering = match column {
            ScoreColumn::Student => directed(a.student.cmp(&b.student)),
            ScoreColumn::Accuracy => optional(a.accuracy, b.accuracy, descending),
            ScoreColumn::Correct => directed(a.correct.cmp(&b.correct)),
            ScoreColumn::Unlabeled => directed(a.unlabeled.cmp(&b.unlabeled)),
            ScoreColumn::Kappa => optional(a.kappa, b.kappa, descending),
            ScoreColumn::MacroF1 => optional(a.macro_f1, b.macro_f1, descending),
        };
        ordering.then_with(|| a.student.cmp(&b.student))
    });
}

/// A figure with a fixed number of decimals, or an empty cell when it is
/// undefined; never `-0.000`.
fn figure(value: Option<f64>, decimals: usize) -> String {
    match value {
        Some(value) if value.is_finite() => {
            let text = format!("{value:.decimals$}");
            match text.strip_prefix('-') {
                Some(zero) if zero.chars().all(|c| c == '0' || c == '.') => zero.to_string(),
                _ => text,
            }
        }
        _ => String::new(),
    }
}

/// The gradebook: a header row, then one row per student in the order
/// given (`ids`: each student's identifier, in the same order). Columns:
/// `student,student_id,points,max_points,score_percent,correct,out_of,unlabeled,extra,kappa,macro_f1`
/// (points as [`points`] gives them),
/// then `f1_<label name>` for each of `labels`, then, when any score has
/// spans scored, `span_exact_f1,span_overlap_f1`. The percentage has one
/// decimal, kappa and F1 three, an undefined figure is an empty cell.
/// UTF-8 with a byte order mark (so spreadsheets show Arabic right), CRLF
/// line ends, RFC 4180 quoting; text cells go through [`spreadsheet_cell`].
pub fn gradebook_csv(scores: &[Score], ids: &[String], labels: &[(LabelKey, String)], max_points: u32) -> String {
    let mut out = String::from(
        "\u{feff}student,student_id,points,max_points,score_percent,correct,out_of,unlabeled,extra,kappa,macro_f1",
    );
    for (_, name) in labels {
        out.push(',');
        out.push_str(&spreadsheet_cell(&format!("f1_{name}")));
    }
    let spans = scores.iter().any(|score| score.span.is_some());
    if spans {
        out.push_str(",span_exact_f1,span_overlap_f1");
    }
    out.push_str("\r\n");
    for (at, score) in scores.iter().enumerate() {
        let mut row = vec![
            spreadsheet_cell(&score.student),
            spreadsheet_cell(ids.get(at).map_or("", String::as_str)),
            points_cell(points(score, max_points)),
            max_points.to_string(),
            figure(score.accuracy.map(|accuracy| accuracy * 100.0), 1),
            score.correct.to_string(),
            score.out_of.to_string(),
            score.unlabeled.to_string(),
            score.extra.to_string(),
            figure(score.kappa, 3),
            figure(score.macro_f1, 3),
        ];
        for (key, _) in labels {
            let f1 = score.per_label.iter().find(|label| label.label == *key).and_then(|label| label.f1);
            row.push(figure(f1, 3));
        }
        if spans {
            let span = score.span.unwrap_or_default();
            row.extend([figure(span.exact.f1, 3), figure(span.overlap.f1, 3)]);
        }
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
