//! Sentence segmentation: the cases real Arabic text has, and the
//! invariants that hold for any text.

use hamish_core::text::seeds::bundled_documents;
use hamish_core::text::segment::{segment, sentence_spans, SegmentKind};
use hamish_core::text::segment_score::score_boundaries;
use proptest::prelude::*;

fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    sentence_spans(text).into_iter().map(|(start, end)| chars[start..end].iter().collect()).collect()
}

#[test]
fn terminators_end_sentences() {
    assert_eq!(sentences("جاء أحمد. ذهب علي! هل أتى؟ نعم."), ["جاء أحمد.", "ذهب علي!", "هل أتى؟", "نعم."]);
    assert_eq!(sentences("Is it? Yes."), ["Is it?", "Yes."]);
}

#[test]
fn a_line_break_always_ends_a_sentence() {
    assert_eq!(sentences("10 سبتمبر 2025\nفي 18 يونيو زار الرئيس"), ["10 سبتمبر 2025", "في 18 يونيو زار الرئيس"]);
    assert_eq!(sentences("سطر\r\nسطر آخر\u{2029}ثالث"), ["سطر", "سطر آخر", "ثالث"]);
}

#[test]
fn mixed_terminators_stay_with_their_sentence() {
    assert_eq!(sentences("هل يمثل بداية؟. أم الأمور عكس ذلك؟!"), ["هل يمثل بداية؟.", "أم الأمور عكس ذلك؟!"]);
    assert_eq!(sentences("حقاً!! لا أصدق."), ["حقاً!!", "لا أصدق."]);
}

#[test]
fn closing_quotes_and_brackets_stay_with_their_sentence() {
    assert_eq!(sentences("قال «انتهى الأمر.» ثم خرج."), ["قال «انتهى الأمر.»", "ثم خرج."]);
    assert_eq!(sentences("قال: \"انتهى.\" ثم خرج."), ["قال: \"انتهى.\"", "ثم خرج."]);
    assert_eq!(sentences("(هذا مثال.) وهذا آخر."), ["(هذا مثال.)", "وهذا آخر."]);
}

#[test]
fn ellipses_inside_a_sentence_do_not_end_it() {
    assert_eq!(sentences("ما تقوله... في الواقع أمر مهم. نعم."), ["ما تقوله... في الواقع أمر مهم.", "نعم."]);
    assert_eq!(sentences("ما تقوله… في الواقع أمر مهم."), ["ما تقوله… في الواقع أمر مهم."]);
    assert_eq!(sentences("وهكذا..."), ["وهكذا..."]);
}

#[test]
fn initials_decimals_and_list_numbers_do_not_end_sentences() {
    assert_eq!(sentences("قال أحمد ز. أمين إنه موافق."), ["قال أحمد ز. أمين إنه موافق."]);
    assert_eq!(sentences("The U.S. Army left."), ["The U.S. Army left."]);
    assert_eq!(sentences("بلغ النمو 3.5 بالمئة. ثم تراجع."), ["بلغ النمو 3.5 بالمئة.", "ثم تراجع."]);
    assert_eq!(sentences("1. البند الأول\n2. البند الثاني."), ["1. البند الأول", "2. البند الثاني."]);
    assert_eq!(sentences("١٢. بند بالأرقام العربية"), ["١٢. بند بالأرقام العربية"]);
}

#[test]
fn latin_abbreviations_and_initials_inside_arabic_do_not_end_sentences() {
    let text = "قال Dr. Smith إن الاجتماع سيعقد في 3.5 ساعات عند الساعة 10 a.m. غدًا. ثم غادر.";
    assert_eq!(sentences(text), ["قال Dr. Smith إن الاجتماع سيعقد في 3.5 ساعات عند الساعة 10 a.m. غدًا.", "ثم غادر."]);
    for title in ["Mr.", "Mrs.", "Ms.", "Prof.", "St.", "vs."] {
        let text = format!("التقى {title} Jones بالوزير. ثم عاد.");
        assert_eq!(sentences(&text).len(), 2, "{text}: {:?}", sentences(&text));
    }
    assert_eq!(sentences("كتب J. Smith مقالًا. ثم نشره."), ["كتب J. Smith مقالًا.", "ثم نشره."]);
    assert_eq!(sentences("مثل الولايات المتحدة U.S. و U.K. وغيرها."), ["مثل الولايات المتحدة U.S. و U.K. وغيرها."]);
    assert_eq!(sentences("e.g. this, i.e. that."), ["e.g. this, i.e. that."]);
    assert_eq!(sentences("تعمل في Apple Inc. في كاليفورنيا."), ["تعمل في Apple Inc. في كاليفورنيا."]);
    assert_eq!(sentences("It was 5 p.m. and late."), ["It was 5 p.m. and late."]);
    // `No.` before a number is an abbreviation; `etc.` before a capital ends a sentence.
    assert_eq!(sentences("الغرفة No. 5 مغلقة."), ["الغرفة No. 5 مغلقة."]);
    assert_eq!(sentences("Apples, pears, etc. Then we left."), ["Apples, pears, etc.", "Then we left."]);
    assert_eq!(sentences("Books, pens, etc. are sold here."), ["Books, pens, etc. are sold here."]);
    // At the end of a line a title still ends the sentence: a line break always does.
    assert_eq!(sentences("قابلت Dr.\nثم غادرت."), ["قابلت Dr.", "ثم غادرت."]);
}

#[test]
fn an_era_marker_after_a_year_ends_a_sentence() {
    assert_eq!(sentences("بني عام 632 م. ثم هدم."), ["بني عام 632 م.", "ثم هدم."]);
    assert_eq!(sentences("حتى عام 700 ق.م تقريباً."), ["حتى عام 700 ق.م تقريباً."]);
}

#[test]
fn a_period_between_arabic_words_ends_a_sentence() {
    assert_eq!(sentences("انتهى الأمر.وفي اليوم التالي عاد."), ["انتهى الأمر.", "وفي اليوم التالي عاد."]);
    assert_eq!(sentences("الموقع example.com مفيد."), ["الموقع example.com مفيد."]);
}

#[test]
fn a_quotation_keeps_its_sentences_together() {
    let text = "قالت: \"نحن على الدرب الصحيح. الاتفاق سيبطئ التغير\" وأضافت المزيد. ثم غادرت.";
    assert_eq!(sentences(text), ["قالت: \"نحن على الدرب الصحيح. الاتفاق سيبطئ التغير\" وأضافت المزيد.", "ثم غادرت."]);
    // An unclosed quotation does not swallow the sentences after it.
    assert_eq!(
        sentences("وأضاف: \"إنها خطوة. غير أن هناك \"مشكلة\" كبيرة."),
        ["وأضاف: \"إنها خطوة.", "غير أن هناك \"مشكلة\" كبيرة."]
    );
}

#[test]
fn an_alternative_question_is_one_sentence() {
    assert_eq!(sentences("من أين تستمد هذه الطاقة؟ أو ذلك الصوت؟"), ["من أين تستمد هذه الطاقة؟ أو ذلك الصوت؟"]);
}

#[test]
fn the_seed_document_splits_as_a_reader_would() {
    let documents = bundled_documents();
    let seed = &documents[0];
    let count = seed.sentence_count();
    assert!((30..=34).contains(&count), "about 32 sentences, got {count}");
    assert_eq!(seed.sentence_text(0), Some("10 سبتمبر 2025"));
    let texts: Vec<&str> = (0..count).filter_map(|index| seed.sentence_text(index)).collect();
    assert!(texts.contains(&"وهل يمثل بداية لتحالف ثلاثي أمنى؟."), "{texts:#?}");
    assert!(texts.iter().all(|text| !text.starts_with('.') && !text.starts_with('؟')));
}

#[test]
fn the_ud_arabic_pud_corpus_scores_at_least_0_998() {
    let corpus = include_str!("../../../../corpora/ud-arabic-pud/sentences.txt");
    let gold: Vec<&str> = corpus.lines().filter(|line| !line.trim().is_empty()).collect();
    assert_eq!(gold.len(), 1000);
    let score = score_boundaries(&gold);
    assert!(score.f1() >= 0.998, "F1 {:.4}, missed {:#?}, spurious {:#?}", score.f1(), score.missed, score.spurious);
}

/// Text made of the pieces that matter to the segmenter: Arabic and Latin
/// words, digits, emoji, combining marks, terminators, quotes, whitespace.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("كلمة".to_string()),
        Just("ز".to_string()),
        Just("word".to_string()),
        Just("3.5".to_string()),
        Just("١٢".to_string()),
        Just("😀".to_string()),
        Just("\u{064e}".to_string()),
        Just("\u{200f}".to_string()),
        "[.!?؟…»«\"”“)(:]".prop_map(String::from),
        "[ \t\n\r\u{00a0}\u{2029}]".prop_map(String::from),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn segments_cover_the_text_exactly(text in tricky_text()) {
        let chars: Vec<char> = text.chars().collect();
        let segments = segment(&text);
        let mut expected_start = 0;
        let mut rebuilt = String::new();
        for piece in &segments {
            prop_assert_eq!(piece.start, expected_start);
            prop_assert!(piece.start < piece.end, "empty segment {:?}", piece);
            prop_assert!(piece.end <= chars.len());
            rebuilt.extend(&chars[piece.start..piece.end]);
            expected_start = piece.end;
        }
        prop_assert_eq!(expected_start, chars.len());
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn sentences_are_trimmed_single_lines_and_gaps_are_whitespace(text in tricky_text()) {
        let chars: Vec<char> = text.chars().collect();
        let segments = segment(&text);
        for pair in segments.windows(2) {
            prop_assert!(!(pair[0].kind == SegmentKind::Gap && pair[1].kind == SegmentKind::Gap));
        }
        for piece in segments {
            let slice = &chars[piece.start..piece.end];
            match piece.kind {
                SegmentKind::Gap => prop_assert!(slice.iter().all(|c| c.is_whitespace())),
                SegmentKind::Sentence => {
                    prop_assert!(!slice[0].is_whitespace());
                    prop_assert!(!slice[slice.len() - 1].is_whitespace());
                    prop_assert!(!slice.iter().any(|&c| hamish_core::text::segment::is_line_break(c)));
                }
            }
        }
    }

    #[test]
    fn a_latin_title_before_a_name_never_ends_a_sentence(
        before in tricky_text(),
        title in prop::sample::select(vec!["Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "vs.", "J.", "U.S."]),
        after in tricky_text(),
    ) {
        let text = format!("{before} {title} Smith{after}");
        let title_end = before.chars().count() + 1 + title.chars().count();
        let segments = segment(&text);
        prop_assert!(
            !segments.iter().any(|piece| piece.kind == SegmentKind::Sentence && piece.end == title_end),
            "a sentence ends after {} in {:?}: {:?}", title, text, segments
        );
        let rebuilt: String = segments.iter().flat_map(|piece| text.chars().skip(piece.start).take(piece.end - piece.start)).collect();
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn segmentation_is_deterministic(text in tricky_text()) {
        prop_assert_eq!(segment(&text), segment(&text));
    }

    #[test]
    fn arbitrary_unicode_never_panics_and_stays_in_range(text in any::<String>()) {
        let count = text.chars().count();
        for (start, end) in sentence_spans(&text) {
            prop_assert!(start < end && end <= count);
        }
    }
}
