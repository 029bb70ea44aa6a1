//! Inter-annotator agreement for nominal data with missing values: observed
//! agreement, Cohen's kappa for a pair of raters, Fleiss' kappa and
//! Krippendorff's alpha.
//!
//! Data are units (sentences) by raters (students); each cell is a category
//! or `None` when that rater gave no value for that unit. A figure that is
//! undefined (one rater, no unit rated twice, no variation at all) is `None`.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hash;

/// A table of ratings: `units[u][r]` is rater `r`'s category for unit `u`.
pub type Ratings<C> = [Vec<Option<C>>];

/// Pairwise observed agreement: of all pairs of values given to the same
/// unit by two raters, the share that agree.
pub fn observed_agreement<C: Eq>(units: &Ratings<C>) -> Option<f64> {
    let (mut agreeing, mut pairs) = (0usize, 0usize);
    for unit in units {
        let values: Vec<&C> = unit.iter().flatten().collect();
        for (i, a) in values.iter().enumerate() {
            for b in &values[i + 1..] {
                pairs += 1;
                agreeing += usize::from(a == b);
            }
        }
    }
    (pairs > 0).then(|| agreeing as f64 / pairs as f64)
}

/// Cohen's kappa of two raters over the units both rated.
pub fn cohen_kappa<C: Ord + Clone>(a: &[Option<C>], b: &[Option<C>]) -> Option<f64> {
    let both: Vec<(&C, &C)> = a.iter().zip(b).filter_map(|(x, y)| Some((x.as_ref()?, y.as_ref()?))).collect();
    let n = both.len() as f64;
    if both.is_empty() {
        return None;
    }
    let observed = both.iter().filter(|(x, y)| x == y).count() as f64 / n;
    let mut first: BTreeMap<&C, f64> = BTreeMap::new();
    let mut second: BTreeMap<&C, f64> = BTreeMap::new();
    for (x, y) in &both {
        *first.entry(*x).or_default() += 1.0;
        *second.entry(*y).or_default() += 1.0;
    }
    let expected: f64 = first.iter().map(|(c, count)| count / n * second.get(c).copied().unwrap_or(0.0) / n).sum();
    (expected < 1.0).then(|| (observed - expected) / (1.0 - expected))
}

/// Fleiss' kappa for missing ratings as Gwet gives it (Handbook of
/// Inter-Rater Reliability, 4th ed., 2014, ch. 2; irrCAC's `fleiss`): the
/// observed agreement is the mean over units rated at least twice of
/// `Σ r_k(r_k − 1) / r(r − 1)`, and a category's chance share the mean over
/// units rated at least once of its share of that unit's ratings. With
/// every unit rated by every rater it is Fleiss' (1971) kappa exactly. A
/// student who labeled nothing adds no rating and leaves the figure to the
/// others. Also returns how many units were rated at least twice; `None`
/// when none was, or when chance agreement is 1 (every rating the same).
pub fn fleiss_kappa<C: Ord + Clone>(units: &Ratings<C>) -> Option<(f64, usize)> {
    let counts: Vec<BTreeMap<&C, f64>> = units
        .iter()
        .map(|unit| {
            let mut counts = BTreeMap::new();
            for value in unit.iter().flatten() {
                *counts.entry(value).or_default() += 1.0;
            }
            counts
        })
        .collect();
    let twice = counts.iter().filter(|counts| counts.values().sum::<f64>() >= 2.0).count();
    Some((fleiss_from_counts(&counts)?, twice))
}

/// Fleiss' kappa from per-unit category counts (see [`fleiss_kappa`]): a
/// unit's number of ratings is the sum of its counts; units rated fewer
/// than twice count only in the chance shares, units never rated not at all.
pub fn fleiss_from_counts<C: Ord>(counts: &[BTreeMap<C, f64>]) -> Option<f64> {
    let (mut shares, mut rated, mut agreement, mut twice): (BTreeMap<&C, f64>, f64, f64, f64) =
        (BTreeMap::new(), 0.0, 0.0, 0.0);
    for unit in counts {
        let r: f64 = unit.values().sum();
        if r < 1.0 {
            continue;
        }
        rated += 1.0;
        for (category, count) in unit {
            *shares.entry(category).or_default() += count / r;
        }
        if r >= 2.0 {
            twice += 1.0;
            agreement += unit.values().map(|c| c * (c - 1.0)).sum::<f64>() / (r * (r - 1.0));
        }
    }
    if twice == 0.0 {
        return None;
    }
    let observed = agreement / twice;
    let expected: f64 = shares.values().map(|share| (share / rated).powi(2)).sum();
    (expected < 1.0).then(|| (observed - expected) / (1.0 - expected))
}

/// Krippendorff's alpha for nominal data with missing values, from the
/// coincidence matrix: units with fewer than two values are left out.
pub fn krippendorff_alpha<C: Ord + Clone + Hash>(units: &Ratings<C>) -> Option<f64> {
    let mut coincidences: BTreeMap<(C, C), f64> = BTreeMap::new();
    for unit in units {
        let values: Vec<&C> = unit.iter().flatten().collect();
        let m = values.len();
        if m < 2 {
            continue;
        }
        for (i, a) in values.iter().enumerate() {
            for (j, b) in values.iter().enumerate() {
                if i != j {
                    *coincidences.entry(((*a).clone(), (*b).clone())).or_default() += 1.0 / (m as f64 - 1.0);
                }
            }
        }
    }
    let mut marginals: BTreeMap<&C, f64> = BTreeMap::new();
    for ((a, _), count) in &coincidences {
        *marginals.entry(a).or_default() += count;
    }
    let n: f64 = marginals.values().sum();
    if n <= 1.0 {
        return None;
    }
    let observed_disagreement: f64 = coincidences.iter().filter(|((a, b), _)| a != b).map(|(_, count)| count).sum();
    let expected_disagreement: f64 = {
        let categories: Vec<(&&C, &f64)> = marginals.iter().collect();
        let mut sum = 0.0;
        for (i, (a, na)) in categories.iter().enumerate() {
            for (j, (b, nb)) in categories.iter().enumerate() {
                if i != j && a != b {
                    sum += *na * *nb;
                }
            }
        }
        sum / (n - 1.0)
    };
    (expected_disagreement > 0.0).then(|| 1.0 - observed_disagreement / expected_disagreement)
}

/// Every figure for one table of ratings.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Pairwise observed agreement.
    pub observed: Option<f64>,
    /// Fleiss' kappa and the number of complete units it used.
    pub fleiss: Option<(f64, usize)>,
    /// Krippendorff's alpha (nominal).
    pub alpha: Option<f64>,
    /// Cohen's kappa of each pair of raters `(i, j)`, `i < j`.
    pub cohen: Vec<((usize, usize), Option<f64>)>,
    /// Units with at least two values (pairable).
    pub pairable_units: usize,
}

/// Every figure for `units`, rated by `raters` raters.
pub fn figures<C: Ord + Clone + Hash>(units: &Ratings<C>, raters: usize) -> Figures {
    let column = |r: usize| -> Vec<Option<C>> { units.iter().map(|unit| unit.get(r).cloned().flatten()).collect() };
    let mut cohen = Vec::new();
    for i in 0..raters {
        for j in i + 1..raters {
            cohen.push(((i, j), cohen_kappa(&column(i), &column(j))));
        }
    }
    Figures {
        observed: observed_agreement(units),
        fleiss: fleiss_kappa(units),
        alpha: krippendorff_alpha(units),
        cohen,
        pairable_units: units.iter().filter(|unit| unit.iter().flatten().count() >= 2).count(),
    }
}

/// The most frequent value of a unit (ties: the smallest), if any.
pub fn majority<C: Ord + Clone>(values: &[Option<C>]) -> Option<C> {
    let mut counts: BTreeMap<&C, usize> = BTreeMap::new();
    for value in values.iter().flatten() {
        *counts.entry(value).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, count)| *count == best).map(|(value, _)| value.clone())
}

/// The distinct values of a unit.
pub fn distinct<C: Ord + Clone>(values: &[Option<C>]) -> BTreeSet<C> {
    values.iter().flatten().cloned().collect()
}
