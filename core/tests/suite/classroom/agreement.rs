//! Agreement figures against published worked examples, to three decimals,
//! and the edge cases.

use crate::helpers::readers;
use hamish_core::classroom::agreement::{
    cohen_kappa, figures, fleiss_from_counts, fleiss_kappa, krippendorff_alpha, majority, observed_agreement,
};
use std::collections::BTreeMap;

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a defined figure");
    assert!((actual - expected).abs() < 0.0005, "{actual:.4} is not {expected:.3}");
}

/// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): four
/// observers, twelve units, values 1–5, with missing values. Nominal α = 0.743.
fn krippendorff_reliability_data() -> Vec<Vec<Option<u8>>> {
    let observers: [[Option<u8>; 12]; 4] = [
        [Some(1), Some(2), Some(3), Some(3), Some(2), Some(1), Some(4), Some(1), Some(2), None, None, None],
        [Some(1), Some(2), Some(3), Some(3), Some(2), Some(2), Some(4), Some(1), Some(2), Some(5), None, Some(3)],
        [None, Some(3), Some(3), Some(3), Some(2), Some(3), Some(4), Some(2), Some(2), Some(5), Some(1), None],
        [Some(1), Some(2), Some(3), Some(3), Some(2), Some(4), Some(4), Some(1), Some(2), Some(5), Some(1), None],
    ];
    (0..12).map(|unit| observers.iter().map(|observer| observer[unit]).collect()).collect()
}

#[test]
fn krippendorffs_own_example_gives_alpha_0_743() {
    close(krippendorff_alpha(&krippendorff_reliability_data()), 0.743);
}

/// The worked example of Fleiss' kappa (Fleiss 1971's method; the table
/// reproduced in the Wikipedia article): 10 subjects, 14 raters,
/// 5 categories. κ = 0.210.
#[test]
fn fleiss_worked_example_gives_kappa_0_210() {
    let table = [
        [0.0, 0.0, 0.0, 0.0, 14.0],
        [0.0, 2.0, 6.0, 4.0, 2.0],
        [0.0, 0.0, 3.0, 5.0, 6.0],
        [0.0, 3.0, 9.0, 2.0, 0.0],
        [2.0, 2.0, 8.0, 1.0, 1.0],
        [7.0, 7.0, 0.0, 0.0, 0.0],
        [3.0, 2.0, 6.0, 3.0, 0.0],
        [2.0, 5.0, 3.0, 2.0, 2.0],
        [6.0, 5.0, 2.0, 1.0, 0.0],
        [0.0, 2.0, 2.0, 3.0, 7.0],
    ];
    let counts: Vec<BTreeMap<usize, f64>> =
        table.iter().map(|row| row.iter().copied().enumerate().filter(|(_, n)| *n > 0.0).collect()).collect();
    close(fleiss_from_counts(&counts), 0.210);
    // The same table as individual ratings gives the same figure.
    let units: Vec<Vec<Option<usize>>> = table
        .iter()
        .map(|row| {
            row.iter().enumerate().flat_map(|(category, n)| std::iter::repeat_n(Some(category), *n as usize)).collect()
        })
        .collect();
    let (kappa, used) = fleiss_kappa(&units).expect("defined");
    close(Some(kappa), 0.210);
    assert_eq!(used, 10);
}

/// Cohen's kappa, the classic 2×2 example (Wikipedia, "Cohen's kappa"): 50
/// proposals, both yes 20, A yes B no 5, A no B yes 10, both no 15.
/// p_o = 0.7, p_e = 0.5, κ = 0.4.
#[test]
fn cohens_worked_example_gives_kappa_0_400() {
    let mut a = Vec::new();
    let mut b = Vec::new();
    for (count, x, y) in [(20, "yes", "yes"), (5, "yes", "no"), (10, "no", "yes"), (15, "no", "no")] {
        for _ in 0..count {
            a.push(Some(x));
            b.push(Some(y));
        }
    }
    close(cohen_kappa(&a, &b), 0.400);
    let units: Vec<Vec<Option<&str>>> = a.iter().zip(&b).map(|(x, y)| vec![*x, *y]).collect();
    close(observed_agreement(&units), 0.700);
}

#[test]
fn one_rater_gives_nothing_to_compare() {
    let units = vec![vec![Some(1)], vec![Some(2)]];
    let result = figures(&units, 1);
    assert_eq!((result.observed, result.fleiss, result.alpha), (None, None, None));
    assert!(result.cohen.is_empty());
}

#[test]
fn full_agreement_is_observed_but_kappa_and_alpha_are_undefined_without_variation() {
    let units = vec![vec![Some("ادعاء"), Some("ادعاء")]; 5];
    let result = figures(&units, 2);
    assert_eq!(result.observed, Some(1.0));
    assert_eq!(result.alpha, None, "no variation: alpha is undefined");
    assert_eq!(result.cohen[0].1, None);
    // Agreement on varied data gives 1.
    let varied = vec![vec![Some(1), Some(1)], vec![Some(2), Some(2)], vec![Some(3), Some(3)]];
    let result = figures(&varied, 2);
    close(result.alpha, 1.0);
    close(result.cohen[0].1, 1.0);
    close(result.fleiss.map(|(kappa, _)| kappa), 1.0);
}

#[test]
fn missing_labels_are_left_out_not_counted_as_disagreement() {
    let units = vec![
        vec![Some(1), Some(1), None],
        vec![Some(2), None, Some(2)],
        vec![None, Some(1), Some(1)],
        vec![Some(2), None, None],
    ];
    let result = figures(&units, 3);
    assert_eq!(result.observed, Some(1.0));
    close(result.alpha, 1.0);
    assert_eq!(result.pairable_units, 3);
    assert_eq!(result.fleiss, Some((1.0, 3)), "no unit was rated by all three: the three rated twice count");
}

#[test]
fn the_majority_is_the_most_frequent_value_ties_to_the_first() {
    assert_eq!(majority(&[Some(2), Some(1), Some(2), None]), Some(2));
    assert_eq!(majority(&[Some(3), Some(1)]), Some(1));
    assert_eq!(majority::<u8>(&[None, None]), None);
}

#[test]
fn fleiss_kappa_takes_units_with_missing_ratings_and_a_student_who_labeled_nothing() {
    // Three students, four sentences; the third labeled nothing.
    let with_blank = vec![
        vec![Some("أ"), Some("أ"), None],
        vec![Some("ب"), Some("ب"), None],
        vec![Some("أ"), Some("ب"), None],
        vec![Some("ب"), Some("ب"), None],
    ];
    let without = with_blank.iter().map(|unit| unit[..2].to_vec()).collect::<Vec<_>>();
    let (kappa, used) = fleiss_kappa(&with_blank).expect("defined without the blank submission's ratings");
    assert_eq!(used, 4);
    assert_eq!(fleiss_kappa(&without).map(|(k, _)| (k * 1e9).round()), Some((kappa * 1e9).round()));
    // Two students, 4 units: p_o = 3/4; shares 3/8 and 5/8, p_e = 34/64; kappa = (0.75 - 0.53125) / 0.46875.
    close(Some(kappa), (0.75 - 34.0 / 64.0) / (1.0 - 34.0 / 64.0));
    // A unit rated by two of three counts with its own two ratings.
    let partial = vec![vec![Some(1), Some(1), Some(1)], vec![Some(2), Some(2), None], vec![Some(1), Some(2), Some(2)]];
    let (_, used) = fleiss_kappa(&partial).expect("defined");
    assert_eq!(used, 3, "units rated twice or more all count");
}

#[test]
fn fleiss_kappa_for_missing_ratings_is_gwets_computed_by_hand() {
    // Three students, four sentences, `None` where one left it unlabeled.
    let units = vec![
        vec![Some('x'), Some('x'), None],
        vec![Some('x'), Some('y'), Some('y')],
        vec![Some('y'), Some('y'), Some('y')],
        vec![None, Some('y'), Some('x')],
    ];
    // Agreement per sentence: 1, 2/6, 1, 0, so p_a = 7/12. Chance shares,
    // the mean of each sentence's shares: x (1 + 1/3 + 0 + 1/2) / 4 =
    // 11/24, y 13/24; p_e = (121 + 169) / 576. irrCAC's `fleiss` gives
    // 0.16084 for these ratings.
    let (pa, pe) = (7.0 / 12.0, 290.0 / 576.0);
    let (kappa, used) = fleiss_kappa(&units).expect("defined");
    close(Some(kappa), (pa - pe) / (1.0 - pe));
    assert!((kappa - 0.16084).abs() < 5e-6, "{kappa}");
    assert_eq!(used, 4);
    // A sentence one student labeled counts in the chance shares only.
    let with_single = [units.clone(), vec![vec![Some('x'), None, None]]].concat();
    let pe = ((11.0 / 24.0 * 4.0 + 1.0) / 5.0_f64).powi(2) + (13.0 / 24.0 * 4.0 / 5.0_f64).powi(2);
    close(fleiss_kappa(&with_single).map(|(kappa, _)| kappa), (pa - pe) / (1.0 - pe));
}

#[test]
fn fleiss_kappa_on_complete_ratings_is_statsmodels() {
    // Tables of complete ratings drawn by a fixed generator: 3 to 6 raters,
    // 5 to 30 units, 2 to 4 categories.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |below: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % below
    };
    let (mut tables, mut kappas) = (Vec::new(), Vec::new());
    while tables.len() < 24 {
        let (raters, units, categories) = (3 + next(4), 5 + next(26), 2 + next(3));
        let table: Vec<Vec<u64>> = (0..units).map(|_| (0..raters).map(|_| next(categories)).collect()).collect();
        let ratings: Vec<Vec<Option<u64>>> =
            table.iter().map(|unit| unit.iter().copied().map(Some).collect()).collect();
        if let Some((kappa, _)) = fleiss_kappa(&ratings) {
            tables.push(table);
            kappas.push(kappa);
        }
    }
    let ratings = serde_json::to_string(&tables).expect("json");
    readers("fleiss", &[("ratings.json", ratings)], serde_json::json!({ "kappas": kappas }));
}
