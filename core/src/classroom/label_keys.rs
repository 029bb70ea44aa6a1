//! Which label of each submission is which: labels are matched by their
//! id in the exercise; a label a student added is matched by name; names
//! given to two different labels are reported. A submission read
//! ([`Accepted`]) and a label as the submissions name it
//! ([`ComparedLabel`]) live here, so that [`crate::classroom::compare`] uses
//! this file and never the reverse.

use crate::classroom::submissions::Submitted;
use crate::formats::plan::ValidFile;

use crate::formats::exercise_file::ADDED_LABEL_IDS;
use crate::i18n::lang::Lang;
use crate::model::comparison::LabelKey;
use crate::model::labels::{LabelColor, LabelId, LabelScope};
use std::collections::BTreeMap;

/// A label as the submissions name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedLabel {
    /// Its id in the exercise (or, for a label a student added, an id of
    /// its own after the exercise's).
    pub key: LabelKey,
    /// The name most submissions give it.
    pub name: String,
    /// The English name most submissions give it (empty when none does).
    pub name_en: String,
    /// Every name it has in some submission, the usual one first.
    pub names: Vec<String>,
    /// Its colour.
    pub color: LabelColor,
    /// What it is put on (sentences, spans or both).
    pub scope: LabelScope,
}

impl ComparedLabel {
    /// The name to show in `lang`: its English name in English, when it
    /// has one.
    pub fn display_name(&self, lang: Lang) -> &str {
        match lang {
            Lang::English if !self.name_en.is_empty() => &self.name_en,
            _ => &self.name,
        }
    }
}

/// A readable submission.
pub struct Accepted {
    /// The student.
    pub student: String,
    /// The file's name.
    pub file_name: String,
    /// Who handed it in and when.
    pub submitted: Submitted,
    /// The file.
    pub file: ValidFile,
    /// The key of each of the file's labels, by its id in the file.
    pub keys: BTreeMap<LabelId, LabelKey>,
}

/// Gives a key to every label a submission holds without an id of the
/// exercise (a label a student added, or any label of a file made before
/// labels had ids): the key of the exercise's label with that name, unless
/// that label is in the same file under another name (then the added label
/// is another label with the same name, reported as a clash); labels added
/// with one name by several students share a key.
pub(crate) fn fill_keys(accepted: &mut [Accepted]) {
    let mut known: BTreeMap<String, LabelKey> = BTreeMap::new();
    for submission in accepted.iter() {
        for label in &submission.file.labels.labels {
            if let Some(key) = submission.keys.get(&label.id) {
                known.entry(label.name.clone()).or_insert(*key);
            }
        }
    }
    let mut added: BTreeMap<String, LabelKey> = BTreeMap::new();
    let mut next = known.values().max().copied().unwrap_or(0).max(ADDED_LABEL_IDS).saturating_add(1);
    for submission in accepted.iter_mut() {
        for label in &submission.file.labels.labels {
            if submission.keys.contains_key(&label.id) {
                continue;
            }
            let taken = |key: &LabelKey| submission.keys.values().any(|used| used == key);
            let key = match known.get(&label.name).filter(|key| !taken(key)) {
                Some(key) => *key,
                None => *added.entry(label.name.clone()).or_insert_with(|| {
                    next = next.saturating_add(1);
                    next - 1
                }),
            };
            submission.keys.insert(label.id, key);
        }
    }
}

/// Every label of `accepted`, by key, with the names they go by.
pub(crate) fn labels_of(accepted: &[Accepted]) -> (Vec<ComparedLabel>, Vec<(String, Vec<LabelKey>)>) {
    // Each label's names and English names (with how many files use each),
    // colour and scope.
    type Seen = (Vec<(String, usize)>, Vec<(String, usize)>, LabelColor, LabelScope);
    let count = |names: &mut Vec<(String, usize)>, name: &str| match names.iter_mut().find(|(known, _)| known == name) {
        Some((_, count)) => *count += 1,
        None => names.push((name.to_string(), 1)),
    };
    let mut seen: BTreeMap<LabelKey, Seen> = BTreeMap::new();
    for submission in accepted {
        for label in &submission.file.labels.labels {
            let Some(key) = submission.keys.get(&label.id) else { continue };
            let entry = seen.entry(*key).or_insert((Vec::new(), Vec::new(), label.color, label.scope));
            count(&mut entry.0, &label.name);
            if !label.name_en.trim().is_empty() {
                count(&mut entry.1, &label.name_en);
            }
        }
    }
    // By key: the exercise's labels in its order, then those students added.
    let labels: Vec<ComparedLabel> = seen
        .into_iter()
        .map(|(key, (mut names, mut english, color, scope))| {
            english.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
            let name_en = english.first().map(|(name, _)| name.clone()).unwrap_or_default();
            names.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
            let names: Vec<String> = names.into_iter().map(|(name, _)| name).collect();
            ComparedLabel { key, name: names.first().cloned().unwrap_or_default(), name_en, names, color, scope }
        })
        .collect();
    let mut by_name: BTreeMap<&str, Vec<LabelKey>> = BTreeMap::new();
    for label in &labels {
        for name in &label.names {
            by_name.entry(name).or_default().push(label.key);
        }
    }
    let clashes = by_name.into_iter().filter(|(_, keys)| keys.len() > 1).map(|(n, k)| (n.to_string(), k)).collect();
    (labels, clashes)
}
