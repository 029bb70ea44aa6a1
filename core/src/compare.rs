//! Comparing students' submissions: who chose what for each sentence,
//! agreement figures, and the teacher's adjudicated result.

use super::agreement::{figures, majority, Figures};
use super::anchor::anchor;
use super::annotations::{DocAnnotations, SentenceAnnotation};
use super::document::{Document, DocumentId, DocumentSource};
use super::export::{hamish_file, ExerciseRef, Scope};
use super::hamish_json::read_hamish_json;
use super::import::{ImportError, ValidFile};
use super::labels::LabelSet;
use super::work::Work;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why a submission is left out of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// The file could not be read.
    Damaged(ImportError),
    /// Not a submission (no exercise named).
    NotSubmission,
    /// A submission for another exercise, or another version of it.
    OtherExercise {
        /// The exercise it names.
        title: String,
    },
    /// A second submission by the same student.
    DuplicateStudent(String),
}

/// A sentence as the students labeled it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceChoices {
    /// The document.
    pub doc: DocumentId,
    /// The sentence index.
    pub index: usize,
    /// The sentence text.
    pub text: String,
    /// Each student's labels (by name; `None` when they left it unlabeled).
    pub choices: Vec<Option<Vec<String>>>,
    /// Whether the students who labeled it disagree.
    pub disagreement: bool,
    /// The most frequent choice.
    pub majority: Option<Vec<String>>,
}

/// Submissions compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The exercise's title and hash.
    pub exercise: (String, String),
    /// The students, in the order their files came.
    pub students: Vec<String>,
    /// Files left out, with why.
    pub rejected: Vec<(String, Rejection)>,
    /// The label set (of the first submission).
    pub labels: LabelSet,
    /// Every sentence of every document.
    pub sentences: Vec<SentenceChoices>,
    /// Agreement on the whole label choice (one category a choice).
    pub overall: Figures,
    /// Agreement per label, each scored yes/no.
    pub per_label: Vec<(String, Figures)>,
    /// The documents, for the adjudicated export.
    pub documents: Vec<Document>,
}

struct Accepted {
    student: String,
    file: ValidFile,
}

/// Reads `files` (`(name, text or why it could not be read)`) as
/// submissions for one exercise (the exercise `expected` names, or else the
/// first submission's) and compares the students' labels.
pub fn compare(
    expected: Option<(String, String)>,
    files: &[(String, Result<String, ImportError>)],
) -> Option<Comparison> {
    let mut exercise = expected;
    let mut accepted: Vec<Accepted> = Vec::new();
    let mut rejected = Vec::new();
    for (name, text) in files {
        let text = match text {
            Ok(text) => text,
            Err(error) => {
                rejected.push((name.clone(), Rejection::Damaged(error.clone())));
                continue;
            }
        };
        let reference = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|value| serde_json::from_value::<ExerciseRef>(value.get("exercise")?.clone()).ok());
        let file = match read_hamish_json(text) {
            Ok(file) => file,
            Err(error) => {
                rejected.push((name.clone(), Rejection::Damaged(error)));
                continue;
            }
        };
        let Some(reference) = reference else {
            rejected.push((name.clone(), Rejection::NotSubmission));
            continue;
        };
        let (_, hash) = exercise.get_or_insert_with(|| (reference.title.clone(), reference.hash.clone())).clone();
        if reference.hash != hash {
            rejected.push((name.clone(), Rejection::OtherExercise { title: reference.title }));
            continue;
        }
        let student = if file.annotator.trim().is_empty() { name.clone() } else { file.annotator.trim().to_string() };
        if accepted.iter().any(|known| known.student == student) {
            rejected.push((name.clone(), Rejection::DuplicateStudent(student)));
            continue;
        }
        accepted.push(Accepted { student, file });
    }
    let exercise = exercise?;
    let first = accepted.first();
    let labels = first.map(|first| first.file.labels.clone()).unwrap_or_default();
    let documents: Vec<Document> = first
        .map(|first| {
            first
                .file
                .documents
                .iter()
                .map(|valid| {
                    Document::new(valid.id.clone(), valid.text.clone(), &valid.title, DocumentSource::Imported)
                })
                .collect()
        })
        .unwrap_or_default();
    // Each student's labels, by document and sentence, as names.
    let placed: Vec<BTreeMap<(DocumentId, usize), Vec<String>>> = accepted
        .iter()
        .map(|submission| {
            let mut map = BTreeMap::new();
            for valid in &submission.file.documents {
                let Some(document) = documents.iter().find(|document| document.id == valid.id) else {
                    continue;
                };
                for (index, annotation) in anchor(document, valid.annotations.clone()).placed {
                    let names: Vec<String> = annotation
                        .labels
                        .iter()
                        .filter_map(|id| submission.file.labels.get(*id))
                        .map(|label| label.name.clone())
                        .collect();
                    if !names.is_empty() {
                        map.insert((document.id.clone(), index), names);
                    }
                }
            }
            map
        })
        .collect();
    let order =
        |names: &mut Vec<String>| names.sort_by_key(|name| labels.labels.iter().position(|label| &label.name == name));
    let mut sentences = Vec::new();
    for document in &documents {
        for index in 0..document.sentence_count() {
            let choices: Vec<Option<Vec<String>>> = placed
                .iter()
                .map(|map| {
                    map.get(&(document.id.clone(), index)).cloned().map(|mut names| {
                        order(&mut names);
                        names
                    })
                })
                .collect();
            let given: Vec<&Vec<String>> = choices.iter().flatten().collect();
            let disagreement = given.windows(2).any(|pair| pair[0] != pair[1]);
            sentences.push(SentenceChoices {
                doc: document.id.clone(),
                index,
                text: document.sentence_text(index).unwrap_or_default().to_string(),
                majority: majority(&choices),
                choices,
                disagreement,
            });
        }
    }
    let raters = accepted.len();
    let overall_units: Vec<Vec<Option<String>>> = sentences
        .iter()
        .map(|sentence| sentence.choices.iter().map(|choice| choice.as_ref().map(|names| names.join("|"))).collect())
        .collect();
    let per_label = labels
        .labels
        .iter()
        .map(|label| {
            let units: Vec<Vec<Option<bool>>> = sentences
                .iter()
                .map(|sentence| {
                    sentence
                        .choices
                        .iter()
                        .map(|choice| choice.as_ref().map(|names| names.contains(&label.name)))
                        .collect()
                })
                .collect();
            (label.name.clone(), figures(&units, raters))
        })
        .collect();
    Some(Comparison {
        exercise,
        students: accepted.iter().map(|submission| submission.student.clone()).collect(),
        rejected,
        labels,
        overall: figures(&overall_units, raters),
        per_label,
        sentences,
        documents,
    })
}

/// The adjudicated result as Hamish JSON: each sentence gets `decisions`'
/// labels where the teacher chose, else the majority. The annotations are
/// built directly from the choices.
pub fn adjudicated_json(
    comparison: &Comparison,
    decisions: &BTreeMap<(DocumentId, usize), Vec<String>>,
    annotator: &str,
    exported_at: &str,
) -> String {
    let labels = &comparison.labels;
    let mut annotations: BTreeMap<DocumentId, DocAnnotations> = BTreeMap::new();
    for sentence in &comparison.sentences {
        let key = (sentence.doc.clone(), sentence.index);
        let chosen = decisions.get(&key).or(sentence.majority.as_ref());
        let ids: Vec<_> = chosen
            .into_iter()
            .flatten()
            .filter_map(|name| labels.labels.iter().find(|label| &label.name == name).map(|label| label.id))
            .collect();
        // One label per sentence: the last chosen one stands.
        let ids = if labels.multiple { labels.sorted(&ids) } else { ids.last().copied().into_iter().collect() };
        if !ids.is_empty() {
            let annotation = SentenceAnnotation { labels: ids, ..SentenceAnnotation::default() };
            annotations.entry(sentence.doc.clone()).or_default().set(sentence.index, Some(annotation));
        }
    }
    let work = Work {
        documents: Rc::new(comparison.documents.iter().cloned().map(Rc::new).collect()),
        labels: Rc::new(labels.clone()),
        annotations: Rc::new(annotations),
        ..Work::default()
    };
    serde_json::to_string_pretty(&hamish_file(&work, annotator, &Scope::All, exported_at)).unwrap_or_default()
}
