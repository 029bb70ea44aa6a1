//! Agreement figures against published worked examples, to three decimals,
//! and the edge cases.

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
