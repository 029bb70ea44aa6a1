//! Scoring against an answer key: a worked example checked by hand, the
//! perfect and the empty student, properties over random answers, the
//! gradebook CSV read back, and sorting the scores.

use hamish_core::classroom::grading::{
    gradebook_csv, score, sort_scores, spreadsheet_cell, Answers, LabelKey, Score, ScoreColumn,
};
use hamish_core::text::document::DocumentId;
use proptest::prelude::*;

const A: LabelKey = 1;
const B: LabelKey = 2;
const C: LabelKey = 3;
const LABELS: [LabelKey; 3] = [A, B, C];

fn answers(entries: &[(&str, usize, &[LabelKey])]) -> Answers {
    entries.iter().map(|(doc, index, labels)| ((DocumentId(doc.to_string().into()), *index), labels.to_vec())).collect()
}

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a defined figure");
    assert!((actual - expected).abs() < 1e-9, "{actual} is not {expected}");
}

/// The key: four sentences labeled in `essay`, one multi-label; `other` 0
/// is left unlabeled by the key.
fn key() -> Answers {
    answers(&[("essay", 0, &[A]), ("essay", 1, &[A, B]), ("essay", 2, &[B]), ("essay", 3, &[C])])
}

/// The student: essay 0 right (A given twice), essay 1 with C instead of B,
/// essay 2 left unlabeled, essay 3 right, and `other` 0 labeled B (extra).
fn student() -> Answers {
    answers(&[("essay", 0, &[A, A]), ("essay", 1, &[C, A]), ("essay", 3, &[C]), ("other", 0, &[B])])
}

#[test]
fn worked_example_matches_the_hand_computation() {
    let score = score(&key(), "سارة", &student(), &LABELS);
    assert_eq!(score.student, "سارة");
    // Key sentences: essay 0–3. Exactly right: essay 0 and essay 3.
    assert_eq!((score.out_of, score.correct, score.unlabeled, score.extra), (4, 2, 1, 1));
    close(score.accuracy, 2.0 / 4.0);

    // A: key on essay 0, 1 (support 2); student on essay 0, 1 (predicted 2);
    //    both on essay 0, 1: TP 2. P = 2/2 = 1, R = 2/2 = 1, F1 = 1.
    // B: key on essay 1, 2 (support 2); student on other 0 only (predicted 1);
    //    TP 0. P = 0/1 = 0, R = 0/2 = 0, F1 = 0 (both zero).
    // C: key on essay 3 (support 1); student on essay 1, 3 (predicted 2);
    //    TP 1 (essay 3). P = 1/2, R = 1/1 = 1, F1 = 2·½·1/(½+1) = 2/3.
    let counts: Vec<(LabelKey, usize, usize, usize)> =
        score.per_label.iter().map(|l| (l.label, l.true_positives, l.predicted, l.support)).collect();
    assert_eq!(counts, vec![(A, 2, 2, 2), (B, 0, 1, 2), (C, 1, 2, 1)]);
    let [a, b, c] = &score.per_label[..] else { panic!("three labels") };
    close(a.precision, 1.0);
    close(a.recall, 1.0);
    close(a.f1, 1.0);
    close(b.precision, 0.0);
    close(b.recall, 0.0);
    close(b.f1, 0.0);
    close(c.precision, 0.5);
    close(c.recall, 1.0);
    close(c.f1, 2.0 / 3.0);
    // Macro F1 = (1 + 0 + 2/3) / 3 = 5/9.
    close(score.macro_f1, 5.0 / 9.0);

    // Kappa over the key sentences the student labeled (essay 2 is left
    // out), each label set one category:
    //              student {A}  {A,C}  {C} | key total
    //   key {A}            1     0      0  |  1
    //   key {A,B}          0     1      0  |  1
    //   key {C}            0     0      1  |  1
    // Agreements are where the categories are equal: essay 0 ({A}) and
    // essay 3 ({C}); essay 1 ({A,B} vs {A,C}) disagrees. p_o = 2/3.
    // Marginals are 1/3 each; the categories both use are {A} and {C}:
    // p_e = 1/3·1/3 + 1/3·1/3 = 2/9. κ = (2/3 − 2/9)/(1 − 2/9) = (4/9)/(7/9) = 4/7.
    close(score.kappa, 4.0 / 7.0);
}

#[test]
fn a_label_the_student_never_gives_has_no_precision() {
    let score = score(&key(), "x", &answers(&[("essay", 0, &[A])]), &LABELS);
    let c = &score.per_label[2];
    // Never given but in the key: no precision, recall 0, so F1 0.
    assert_eq!((c.predicted, c.support, c.precision, c.f1), (0, 1, None, Some(0.0)));
    close(c.recall, 0.0);
    // A: P = 1/1, R = 1/2, F1 = 2/3; B and C, in the key but never given,
    // F1 0: a student who leaves labels out is not rewarded for it.
    close(score.macro_f1, (2.0 / 3.0) / 3.0);
    // One sentence compared, the same category: p_e = 1, κ undefined.
    assert_eq!(score.kappa, None);
}

#[test]
fn the_perfect_student_scores_full_marks() {
    let perfect = score(&key(), "perfect", &key(), &LABELS);
    assert_eq!((perfect.correct, perfect.out_of, perfect.unlabeled, perfect.extra), (4, 4, 0, 0));
    close(perfect.accuracy, 1.0);
    close(perfect.macro_f1, 1.0);
    close(perfect.kappa, 1.0);
    for label in &perfect.per_label {
        close(label.f1, 1.0);
    }
}

#[test]
fn the_empty_student_scores_nothing() {
    let empty = score(&key(), "empty", &Answers::new(), &LABELS);
    assert_eq!((empty.correct, empty.out_of, empty.unlabeled, empty.extra), (0, 4, 4, 0));
    close(empty.accuracy, 0.0);
    assert_eq!((empty.kappa, empty.macro_f1), (None, Some(0.0)));
    assert!(empty.per_label.iter().all(|l| l.precision.is_none() && l.f1 == Some(0.0) && l.recall == Some(0.0)));
    // Empty label lists are unlabeled sentences too.
    let blank = answers(&[("essay", 0, &[]), ("other", 0, &[])]);
    assert_eq!(score(&key(), "empty", &blank, &LABELS), empty);
    // An empty key: nothing to score.
    let nothing = score(&Answers::new(), "x", &Answers::new(), &LABELS);
    assert_eq!((nothing.out_of, nothing.accuracy, nothing.kappa, nothing.macro_f1), (0, None, None, None));
}

fn random_answers() -> impl Strategy<Value = Answers> {
    prop::collection::btree_map(
        (0..2usize, 0..6usize).prop_map(|(doc, index)| (DocumentId::from(format!("d{doc}")), index)),
        prop::collection::vec(0..4 as LabelKey, 0..4),
        0..12,
    )
}

fn within_unit(value: Option<f64>) -> bool {
    value.is_none_or(|value| (0.0..=1.0).contains(&value))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn figures_stay_in_range_and_ignore_label_order(key in random_answers(), given in random_answers()) {
        let labels = [0, 1, 2, 3];
        let scored = score(&key, "s", &given, &labels);
        prop_assert!(within_unit(scored.accuracy));
        prop_assert!(scored.correct + scored.unlabeled <= scored.out_of);
        prop_assert!(within_unit(scored.macro_f1));
        prop_assert!(scored.kappa.is_none_or(|kappa| (-1.0..=1.0).contains(&kappa)));
        for label in &scored.per_label {
            prop_assert!(label.true_positives <= label.predicted.min(label.support));
            prop_assert!(within_unit(label.precision) && within_unit(label.recall) && within_unit(label.f1));
        }
        let labeled = given.values().filter(|labels| !labels.is_empty()).count();
        prop_assert_eq!(scored.out_of - scored.unlabeled + scored.extra, labeled);

        // Reversed and repeated label lists score the same.
        let shuffle = |answers: &Answers| -> Answers {
            answers.iter().map(|(sentence, labels)| {
                let mut reordered: Vec<LabelKey> = labels.iter().rev().copied().collect();
                reordered.extend(labels.iter().copied());
                (sentence.clone(), reordered)
            }).collect()
        };
        prop_assert_eq!(&score(&shuffle(&key), "s", &shuffle(&given), &labels), &scored);
        // And so do the same sets written once each, sorted.
        let canonical = |answers: &Answers| -> Answers {
            answers.iter().map(|(sentence, labels)| {
                let set: std::collections::BTreeSet<LabelKey> = labels.iter().copied().collect();
                (sentence.clone(), set.into_iter().collect())
            }).collect()
        };
        prop_assert_eq!(&score(&canonical(&key), "s", &canonical(&given), &labels), &scored);
    }

    #[test]
    fn the_key_against_itself_is_perfect(key in random_answers()) {
        let scored = score(&key, "key", &key, &[0, 1, 2, 3]);
        prop_assert_eq!((scored.correct, scored.unlabeled, scored.extra), (scored.out_of, 0, 0));
        prop_assert_eq!(scored.accuracy, (scored.out_of > 0).then_some(1.0));
        prop_assert!(scored.kappa.is_none_or(|kappa| kappa == 1.0));
        prop_assert!(scored.macro_f1.is_none_or(|f1| f1 == 1.0));
        for label in &scored.per_label {
            prop_assert_eq!(label.precision, label.recall);
            prop_assert!(label.f1.is_none_or(|f1| f1 == 1.0));
        }
    }
}

#[test]
fn spreadsheet_cells_neutralise_formulas() {
    assert_eq!(spreadsheet_cell("أحمد"), "أحمد");
    assert_eq!(spreadsheet_cell("a-b=c"), "a-b=c");
    assert_eq!(spreadsheet_cell("=1+1"), "\"'=1+1\"");
    assert_eq!(spreadsheet_cell("+966"), "\"'+966\"");
    assert_eq!(spreadsheet_cell("-ahmad"), "\"'-ahmad\"");
    assert_eq!(spreadsheet_cell("@SUM(A1)"), "\"'@SUM(A1)\"");
    assert_eq!(spreadsheet_cell("\tx"), "\"'\tx\"");
    assert_eq!(spreadsheet_cell("\rx"), "\"'\rx\"");
    assert_eq!(spreadsheet_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(spreadsheet_cell("a,b"), "\"a,b\"");
    assert_eq!(spreadsheet_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(spreadsheet_cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(spreadsheet_cell(""), "");
}

#[test]
fn the_gradebook_reads_back_with_names_neutralised_and_plain_numbers() {
    let labels = vec![(A, "فعل".to_string()), (B, "اسم, \"مرفوع\"".to_string()), (C, "حرف".to_string())];
    let keys: Vec<LabelKey> = labels.iter().map(|(key, _)| *key).collect();
    // Essay 0 and essay 3 swapped: κ = (0 − ½)/(1 − ½) = −1.
    let swapped = answers(&[("essay", 0, &[C]), ("essay", 3, &[A])]);
    let mut two_thirds = score(&key(), "ليلى", &key(), &keys);
    (two_thirds.correct, two_thirds.out_of, two_thirds.accuracy) = (2, 3, Some(2.0 / 3.0));
    let scores = vec![
        score(&key(), "=HYPERLINK(\"x\")", &student(), &keys),
        score(&key(), "-ahmad", &swapped, &keys),
        score(&key(), "+966501234567", &Answers::new(), &keys),
        two_thirds,
    ];
    let ids = ["u1".to_string(), String::new(), "=cmd".to_string()];
    let text = gradebook_csv(&scores, &ids, &labels, 20);

    assert!(text.starts_with('\u{feff}'));
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains(['\n', '\r']), "every line ends in CRLF");
    assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\""));

    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header: Vec<String> = reader.headers().expect("a header").iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "student",
            "student_id",
            "points",
            "max_points",
            "score_percent",
            "correct",
            "out_of",
            "unlabeled",
            "extra",
            "kappa",
            "macro_f1",
            "f1_فعل",
            "f1_اسم, \"مرفوع\"",
            "f1_حرف"
        ]
    );
    let rows: Vec<Vec<String>> =
        reader.records().map(|record| record.expect("a row").iter().map(str::to_string).collect()).collect();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|row| row.len() == header.len()));
    let names: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(names, ["'=HYPERLINK(\"x\")", "'-ahmad", "'+966501234567", "ليلى"]);

    // The worked example: 2/4, κ = 4/7, macro F1 = 5/9, F1s 1, 0, 2/3.
    // Identifiers as given (one written as text), points out of 20.
    let ids: Vec<&str> = rows.iter().map(|row| row[1].as_str()).collect();
    assert_eq!(ids, ["u1", "", "'=cmd", ""]);
    let points: Vec<&str> = rows.iter().map(|row| row[2].as_str()).collect();
    assert_eq!(points, ["10", "0", "0", "13.33"]);
    assert!(rows.iter().all(|row| row[3] == "20"));
    let rows: Vec<Vec<String>> = rows.into_iter().map(|mut row| row.drain(3..).collect()).collect();
    assert_eq!(rows[0][1..], ["50.0", "2", "4", "1", "1", "0.571", "0.556", "1.000", "0.000", "0.667"]);
    // Swapped: nothing right, two left unlabeled, κ = −1; A: TP 0, P 0/1,
    // R 0/2 → F1 0; B: never given, R 0/1 → 0; C: P 0/1, R 0/1 → 0.
    assert_eq!(rows[1][1..], ["0.0", "0", "4", "2", "0", "-1.000", "0.000", "0.000", "0.000", "0.000"]);
    // Empty: κ undefined is an empty cell; every label F1 0.
    assert_eq!(rows[2][1..], ["0.0", "0", "4", "4", "0", "", "0.000", "0.000", "0.000", "0.000"]);
    assert_eq!(rows[3][1..3], ["66.7", "2"]);
    for row in &rows {
        for cell in row[1..].iter().filter(|cell| !cell.is_empty()) {
            // (the identifier and points columns are checked above)
            assert!(cell.parse::<f64>().is_ok(), "{cell:?} is a plain number");
        }
    }
}

fn named(student: &str, kappa: Option<f64>) -> Score {
    let mut scored = score(&Answers::new(), student, &Answers::new(), &[]);
    scored.kappa = kappa;
    scored
}

#[test]
fn undefined_figures_sort_last_both_ways_and_ties_go_by_name() {
    let mut scores =
        vec![named("d", None), named("c", Some(0.2)), named("b", Some(0.9)), named("a", None), named("e", Some(0.2))];
    let order = |scores: &[Score]| scores.iter().map(|s| s.student.clone()).collect::<Vec<_>>().join("");
    sort_scores(&mut scores, ScoreColumn::Kappa, false);
    assert_eq!(order(&scores), "cebad");
    sort_scores(&mut scores, ScoreColumn::Kappa, true);
    assert_eq!(order(&scores), "bcead");
    sort_scores(&mut scores, ScoreColumn::Student, true);
    assert_eq!(order(&scores), "edcba");
    // Accuracy and macro F1 are undefined for everyone here: by name.
    sort_scores(&mut scores, ScoreColumn::Accuracy, true);
    assert_eq!(order(&scores), "abcde");
    scores[4].correct = 3;
    sort_scores(&mut scores, ScoreColumn::Correct, true);
    assert_eq!(order(&scores), "eabcd");
}
