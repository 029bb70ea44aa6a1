//! Classroom exercises: a teacher packs documents, a label set and
//! instructions into a file; students annotate it and hand in submissions;
//! the teacher compares the submissions, measures agreement and adjudicates.

use super::agreement::{figures, majority, Figures};
use super::document::{Document, DocumentId, DocumentSource};
use super::export::{file_label_set, hamish_file, FileLabelSet, Scope};
use super::import::{read_hamish_json, ImportError, Problem, ValidFile};
use super::labels::{LabelId, LabelSet};
use super::prefs::Preferences;
use super::state::{Action, State};
use super::store::anchor;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The `format` field of an exercise file.
pub const EXERCISE_FORMAT: &str = "hamish-exercise";
/// The exercise format version.
pub const EXERCISE_VERSION: u32 = 1;
/// Longest instructions, in code points.
pub const INSTRUCTIONS_MAX_CHARS: usize = 20_000;

/// A document of an exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseDocument {
    /// Id.
    pub id: DocumentId,
    /// Title.
    pub title: String,
    /// Full text.
    pub text: String,
}

/// An exercise file as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct ExerciseFile {
    format: String,
    version: u32,
    title: String,
    instructions: String,
    lock_labels: bool,
    label_set: FileLabelSet,
    documents: Vec<ExerciseDocument>,
}

/// An exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Title.
    pub title: String,
    /// Instructions shown beside the text (blank lines separate paragraphs,
    /// lines starting with `- ` are list items).
    pub instructions: String,
    /// Whether students may change the label set.
    pub lock_labels: bool,
    /// The label set.
    pub labels: LabelSet,
    /// The documents.
    pub documents: Vec<ExerciseDocument>,
    /// Content hash: a submission names it, so one made against another
    /// version of the exercise is recognised.
    pub hash: String,
}

impl Exercise {
    /// Whether document `id` belongs to the exercise.
    pub fn has_document(&self, id: &DocumentId) -> bool {
        self.documents.iter().any(|document| &document.id == id)
    }

    /// Its documents, segmented.
    pub fn segmented(&self) -> Vec<Document> {
        self.documents
            .iter()
            .map(|document| {
                Document::new(document.id.clone(), document.text.clone(), &document.title, DocumentSource::Imported)
            })
            .collect()
    }
}

/// FNV-1a, 64 bits, as 16 hex digits.
fn hash64(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn file_of(exercise: &Exercise) -> ExerciseFile {
    ExerciseFile {
        format: EXERCISE_FORMAT.into(),
        version: EXERCISE_VERSION,
        title: exercise.title.clone(),
        instructions: exercise.instructions.clone(),
        lock_labels: exercise.lock_labels,
        label_set: file_label_set(&exercise.labels),
        documents: exercise.documents.clone(),
    }
}

fn with_hash(mut exercise: Exercise) -> Exercise {
    let mut file = file_of(&exercise);
    file.title = exercise.title.clone();
    exercise.hash = hash64(&serde_json::to_string(&file).unwrap_or_default());
    exercise
}

/// An exercise made from `state`: the documents `ids` (in the app's order),
/// the current label set, and the teacher's title and instructions.
pub fn make_exercise(
    state: &State,
    ids: &[DocumentId],
    title: &str,
    instructions: &str,
    lock_labels: bool,
) -> Exercise {
    let documents = state
        .documents
        .iter()
        .filter(|document| ids.contains(&document.id))
        .map(|document| ExerciseDocument {
            id: document.id.clone(),
            title: document.title.clone(),
            text: document.text().to_string(),
        })
        .collect();
    with_hash(Exercise {
        title: title.trim().chars().take(200).collect(),
        instructions: instructions.trim().chars().take(INSTRUCTIONS_MAX_CHARS).collect(),
        lock_labels,
        labels: (*state.labels).clone(),
        documents,
        hash: String::new(),
    })
}

/// The exercise file's text.
pub fn exercise_json(exercise: &Exercise) -> String {
    serde_json::to_string_pretty(&file_of(exercise)).unwrap_or_default()
}

/// Whether `text` is an exercise file (its `format` says so).
pub fn is_exercise(text: &str) -> bool {
    let head: String = text.chars().take(400).collect();
    head.contains(&format!("\"{EXERCISE_FORMAT}\""))
}

/// Reads and checks an exercise file.
pub fn read_exercise(text: &str) -> Result<Exercise, ImportError> {
    let file: ExerciseFile = serde_json::from_str(text).map_err(|error| ImportError::MalformedJson {
        line: error.line(),
        column: error.column(),
        message: error.to_string(),
    })?;
    if file.format != EXERCISE_FORMAT {
        return Err(ImportError::NotHamish { found: format!("\"{}\"", file.format) });
    }
    if file.version > EXERCISE_VERSION {
        return Err(ImportError::TooNew { version: u64::from(file.version) });
    }
    if file.documents.is_empty() {
        return Err(ImportError::Invalid { path: "documents".into(), problem: Problem::Empty });
    }
    let mut labels = LabelSet { multiple: file.label_set.multiple, labels: Vec::new() };
    for (position, label) in file.label_set.labels.iter().enumerate() {
        let name = super::labels::clean_label_name(&label.name).ok_or_else(|| ImportError::Invalid {
            path: format!("label_set.labels[{position}].name"),
            problem: Problem::Empty,
        })?;
        labels.labels.push(super::labels::Label {
            id: LabelId(position as u32 + 1),
            name,
            name_en: label.name_en.clone(),
            color: label.color,
        });
    }
    Ok(with_hash(Exercise {
        title: file.title,
        instructions: file.instructions.chars().take(INSTRUCTIONS_MAX_CHARS).collect(),
        lock_labels: file.lock_labels,
        labels,
        documents: file.documents,
        hash: String::new(),
    }))
}

/// A submission: a student's export of the exercise.
pub fn submission_json(state: &State, exported_at: &str) -> String {
    serde_json::to_string_pretty(&hamish_file(state, &Scope::Exercise, exported_at)).unwrap_or_default()
}

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
        let reference = serde_json::from_str::<serde_json::Value>(text).ok().and_then(|value| {
            serde_json::from_value::<super::export::ExerciseRef>(value.get("exercise")?.clone()).ok()
        });
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
/// labels where the teacher chose, else the majority.
pub fn adjudicated_json(
    comparison: &Comparison,
    decisions: &BTreeMap<(DocumentId, usize), Vec<String>>,
    annotator: &str,
    exported_at: &str,
) -> String {
    let preferences = Preferences { annotator: annotator.to_string(), ..Preferences::default() };
    let mut state = State::new(comparison.documents.clone(), &preferences);
    state.labels = Rc::new(comparison.labels.clone());
    let mut actions = Vec::new();
    for sentence in &comparison.sentences {
        let key = (sentence.doc.clone(), sentence.index);
        let chosen = decisions.get(&key).cloned().or_else(|| sentence.majority.clone()).unwrap_or_default();
        if chosen.is_empty() {
            continue;
        }
        actions.push(Action::OpenDocument(sentence.doc.clone()));
        actions.push(Action::Select(sentence.index));
        for name in chosen {
            if let Some(label) = comparison.labels.labels.iter().find(|label| label.name == name) {
                actions.push(Action::ToggleLabel(label.id));
            }
        }
    }
    let state = actions.iter().fold(state, |current, action| current.reduce(action).unwrap_or(current));
    serde_json::to_string_pretty(&hamish_file(&state, &Scope::All, exported_at)).unwrap_or_default()
}
