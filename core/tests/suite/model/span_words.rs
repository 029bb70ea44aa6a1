//! Spans inside a sentence: words, snapping to whole words, agreement.

use crate::helpers::span;
use hamish_core::model::labels::LabelId;
use hamish_core::model::spans::{exact_agreement, overlap_agreement, snap_to_words, words, Span};
use proptest::prelude::*;

const SUBJECT: LabelId = LabelId(1);
const PREDICATE: LabelId = LabelId(2);

#[test]
fn words_keep_marks_tatweel_and_joiners_inside_the_word() {
    // "كَتَبَ الطالـبُ الدرسَ." : marks, a tatweel and a final full stop.
    let text = "كَتَبَ الطالـبُ الدرسَ.";
    let found: Vec<String> = words(text).iter().map(|&(s, e)| text.chars().skip(s).take(e - s).collect()).collect();
    assert_eq!(found, ["كَتَبَ", "الطالـبُ", "الدرسَ"]);
    assert_eq!(words("a\u{200C}b c"), [(0, 3), (4, 5)]);
    assert!(words(" .، ").is_empty());
}

#[test]
fn a_range_snaps_to_the_whole_words_it_touches() {
    let text = "العلمُ نورٌ، والجهلُ ظلام.";
    // From inside the first word to inside the second: both words whole.
    assert_eq!(snap_to_words(text, 2, 8), Some((0, 11)));
    // Reversed ranges (a drag to the left) snap the same way.
    assert_eq!(snap_to_words(text, 8, 2), Some((0, 11)));
    // A caret inside a word takes that word.
    assert_eq!(snap_to_words(text, 15, 15), Some((13, 20)));
    // Spaces and punctuation at the ends are left out.
    assert_eq!(snap_to_words(text, 11, 14), Some((13, 20)));
    // Only punctuation and spaces: no span.
    assert_eq!(snap_to_words(text, 11, 13), None);
    assert_eq!(span(0, 5, SUBJECT).quote(text), "العلم");
}

#[test]
fn a_span_is_never_empty() {
    assert_eq!(Span::new(3, 3, SUBJECT), None);
    assert_eq!(Span::new(4, 3, SUBJECT), None);
}

#[test]
fn exact_agreement_counts_same_range_and_label_only() {
    let teacher = [span(0, 5, SUBJECT), span(6, 10, PREDICATE)];
    let student = [span(0, 5, SUBJECT), span(6, 9, PREDICATE), span(11, 14, SUBJECT)];
    let score = exact_agreement(&student, &teacher);
    assert_eq!(score.matched, 1);
    assert_eq!(score.precision, Some(1.0 / 3.0));
    assert_eq!(score.recall, Some(0.5));
    let f1 = score.f1.expect("both defined");
    assert!((f1 - 0.4).abs() < 1e-12, "{f1}");
}

#[test]
fn overlap_agreement_matches_each_span_once_by_label() {
    let teacher = [span(0, 5, SUBJECT), span(6, 10, PREDICATE)];
    let student = [span(0, 3, SUBJECT), span(2, 5, SUBJECT), span(6, 9, SUBJECT)];
    let score = overlap_agreement(&student, &teacher);
    // Two student subjects overlap one teacher subject: one match; the
    // third overlaps the predicate with the wrong label: none.
    assert_eq!(score.matched, 1);
    assert_eq!(score.precision, Some(1.0 / 3.0));
    assert_eq!(score.recall, Some(0.5));
}

#[test]
fn agreement_with_nothing_is_undefined_and_with_one_side_only_zero() {
    let none = exact_agreement(&[], &[]);
    assert_eq!((none.precision, none.recall, none.f1), (None, None, None), "neither marked a span");
    let missed = exact_agreement(&[], &[span(0, 1, SUBJECT)]);
    assert_eq!((missed.precision, missed.recall, missed.f1), (None, Some(0.0), Some(0.0)), "one student marked none");
    let extra = exact_agreement(&[span(0, 1, SUBJECT)], &[]);
    assert_eq!((extra.precision, extra.recall, extra.f1), (Some(0.0), None, Some(0.0)));
    let wrong = exact_agreement(&[span(1, 2, SUBJECT)], &[span(0, 1, SUBJECT)]);
    assert_eq!(wrong.f1, Some(0.0));
}

fn text_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![Just('ك'), Just('َ'), Just('ـ'), Just(' '), Just('،'), Just('a'), Just('.'), Just('\u{200C}')],
        0..40,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn spans_strategy() -> impl Strategy<Value = Vec<Span>> {
    proptest::collection::vec((0usize..30, 1usize..6, 1u32..4), 0..8)
        .prop_map(|items| items.into_iter().map(|(s, l, label)| span(s, s + l, LabelId(label))).collect())
}

proptest! {
    #[test]
    fn words_are_ordered_disjoint_and_in_range(text in text_strategy()) {
        let count = text.chars().count();
        let found = words(&text);
        for pair in found.windows(2) {
            prop_assert!(pair[0].1 < pair[1].0, "words are apart: {:?}", found);
        }
        for &(start, end) in &found {
            prop_assert!(start < end && end <= count);
        }
    }

    #[test]
    fn a_snapped_range_lies_on_word_edges_and_covers_the_words_touched(
        text in text_strategy(), a in 0usize..45, b in 0usize..45,
    ) {
        let found = words(&text);
        match snap_to_words(&text, a, b) {
            Some((start, end)) => {
                prop_assert!(start < end && end <= text.chars().count());
                prop_assert!(found.iter().any(|w| w.0 == start), "starts a word");
                prop_assert!(found.iter().any(|w| w.1 == end), "ends a word");
                let (low, high) = (a.min(b), a.max(b).max(a.min(b) + 1));
                for &(s, e) in &found {
                    if s < high && low < e {
                        prop_assert!(start <= s && e <= end, "covers every word touched");
                    }
                }
            }
            None => {
                let (low, high) = (a.min(b), a.max(b).max(a.min(b) + 1));
                prop_assert!(found.iter().all(|&(s, e)| !(s < high && low < e)));
            }
        }
    }

    #[test]
    fn agreement_is_perfect_with_itself_and_mirrored_between_two(a in spans_strategy(), b in spans_strategy()) {
        if !a.is_empty() {
            prop_assert_eq!(exact_agreement(&a, &a).f1, Some(1.0));
        }
        let (ab, ba) = (exact_agreement(&a, &b), exact_agreement(&b, &a));
        prop_assert_eq!(ab.precision, ba.recall);
        prop_assert_eq!(ab.f1, ba.f1);
        if !a.is_empty() {
            prop_assert_eq!(overlap_agreement(&a, &a).f1, Some(1.0));
        }
        let (oab, oba) = (overlap_agreement(&a, &b), overlap_agreement(&b, &a));
        prop_assert_eq!(oab.matched, oba.matched);
        prop_assert!(oab.matched >= ab.matched, "every exact match is an overlap match");
        prop_assert!(oab.matched <= a.len().min(b.len()));
    }
}
