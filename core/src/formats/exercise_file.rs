//! Exercise files: a teacher packs documents, a label set and instructions
//! into a file; students open it and hand in submissions (Hamish JSON naming
//! the exercise by its content hash).

use crate::formats::errors::{json_error, ImportError, Problem};
use crate::model::comparison::AnswerKey;
use crate::model::exercise::{Exercise, ExerciseDocument, StudentIdKind};
use crate::model::labels::{LabelId, LabelSet};
use crate::model::spans::{tidy, Span};
use crate::model::work::Work;
use crate::text::document::DocumentId;
use crate::{
    formats::export::Scope,
    formats::hamish::write::{file_label_set, hamish_file, FileLabelSet, HamishFile},
};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The `format` field of an exercise file.
pub const EXERCISE_FORMAT: &str = "hamish-exercise";
/// The exercise format version.
pub const EXERCISE_VERSION: u32 = 1;
/// Longest instructions, in code points.
pub const INSTRUCTIONS_MAX_CHARS: usize = 20_000;

/// An exercise file as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct ExerciseFile {
    format: String,
    version: u32,
    title: String,
    instructions: String,
    lock_labels: bool,
    /// What students give besides a name.
    #[serde(default, skip_serializing_if = "StudentIdKind::is_nothing")]
    student_id: StudentIdKind,
    label_set: FileLabelSet,
    documents: Vec<ExerciseDocument>,
    /// An answer key for self-check practice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    practice_key: Vec<KeyEntry>,
}

/// One sentence of a practice key as written: its document, index, labels
/// (ids in the exercise's label set), spans (`[start, end, label id]` in
/// code points of the sentence) and the teacher's explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct KeyEntry {
    document: DocumentId,
    sentence: usize,
    labels: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    spans: Vec<(usize, usize, u32)>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

fn key_entries(key: Option<&AnswerKey>) -> Vec<KeyEntry> {
    let Some(key) = key else { return Vec::new() };
    let sentences: std::collections::BTreeSet<&(DocumentId, usize)> =
        key.answers.keys().chain(key.spans.keys()).chain(key.notes.keys()).collect();
    (sentences.into_iter())
        .map(|place @ (document, sentence)| KeyEntry {
            document: document.clone(),
            sentence: *sentence,
            labels: key.answers.get(place).cloned().unwrap_or_default(),
            spans: key
                .spans
                .get(place)
                .into_iter()
                .flatten()
                .map(|span| (span.start, span.end, span.label.0))
                .collect(),
            note: key.notes.get(place).cloned().unwrap_or_default(),
        })
        .collect()
}

fn key_from_entries(entries: Vec<KeyEntry>) -> Option<AnswerKey> {
    let mut key = AnswerKey::default();
    for entry in entries {
        let place = (entry.document, entry.sentence);
        if !entry.labels.is_empty() {
            key.answers.insert(place.clone(), entry.labels);
        }
        let mut spans: Vec<Span> =
            entry.spans.iter().filter_map(|&(start, end, label)| Span::new(start, end, LabelId(label))).collect();
        tidy(&mut spans);
        if !spans.is_empty() {
            key.spans.insert(place.clone(), spans);
        }
        if !entry.note.is_empty() {
            key.notes.insert(place, entry.note);
        }
    }
    (!key.answers.is_empty() || !key.spans.is_empty()).then_some(key)
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
        student_id: exercise.ask_for,
        label_set: file_label_set(&exercise.labels),
        documents: exercise.documents.clone(),
        practice_key: key_entries(exercise.practice_key.as_ref()),
    }
}

fn with_hash(mut exercise: Exercise) -> Exercise {
    let mut file = file_of(&exercise);
    file.title = exercise.title.clone();
    exercise.hash = hash64(&serde_json::to_string(&file).unwrap_or_default());
    exercise
}

/// What a teacher chose in the exercise maker.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseChoice {
    /// Title.
    pub title: String,
    /// Instructions.
    pub instructions: String,
    /// Lock the label set.
    pub lock_labels: bool,
    /// Carry the teacher's labels as a key for self-check practice.
    pub practice_key: bool,
    /// What students give besides a name.
    pub ask_for: StudentIdKind,
    /// The documents.
    pub documents: Vec<DocumentId>,
}

/// The exercise `choice` makes of `work`.
pub fn exercise_of(work: &Work, choice: &ExerciseChoice) -> Exercise {
    let mut exercise = make_exercise(work, &choice.documents, &choice.title, &choice.instructions, choice.lock_labels);
    if choice.practice_key {
        exercise = with_practice_key(exercise, work);
    }
    asking_for(exercise, choice.ask_for)
}

/// An exercise made from `work`: the documents `ids` (in the app's order),
/// the current label set, and the teacher's title and instructions.
pub fn make_exercise(work: &Work, ids: &[DocumentId], title: &str, instructions: &str, lock_labels: bool) -> Exercise {
    let documents = work
        .documents()
        .iter()
        .filter(|document| ids.contains(&document.id))
        .map(|document| ExerciseDocument {
            id: document.id.clone(),
            title: document.title.clone(),
            text: document.text().to_string(),
            headings: (work.annotations_of(&document.id).into_iter())
                .flat_map(|annotations| annotations.iter())
                .filter(|(_, annotation)| annotation.heading)
                .map(|(index, _)| index)
                .collect(),
        })
        .collect();
    with_hash(Exercise {
        title: title.trim().chars().take(200).collect(),
        instructions: instructions.trim().chars().take(INSTRUCTIONS_MAX_CHARS).collect(),
        lock_labels,
        ask_for: StudentIdKind::Nothing,
        labels: (**work.labels()).clone(),
        documents,
        practice_key: None,
        hash: String::new(),
    })
}

/// `exercise` asking each student for `kind` besides a name.
pub fn asking_for(mut exercise: Exercise, kind: StudentIdKind) -> Exercise {
    exercise.ask_for = kind;
    with_hash(exercise)
}

/// `exercise` carrying the teacher's labels and notes on its documents in
/// `work` as a key for self-check practice (`None` when they label none).
pub fn with_practice_key(mut exercise: Exercise, work: &Work) -> Exercise {
    let mut key = AnswerKey::default();
    let label_key = |id: LabelId| work.labels().labels.iter().position(|label| label.id == id).map(|at| at as u32 + 1);
    for document in &exercise.documents {
        for (index, annotation) in work.annotations_of(&document.id).into_iter().flat_map(|a| a.iter()) {
            let labels: Vec<u32> = annotation.labels.iter().filter_map(|id| label_key(*id)).collect();
            if !labels.is_empty() && !annotation.suggested {
                key.answers.insert((document.id.clone(), index), labels);
            }
            let spans: Vec<Span> = (annotation.spans.iter())
                .filter_map(|span| Some(Span { label: LabelId(label_key(span.label)?), ..*span }))
                .collect();
            if !spans.is_empty() && !annotation.suggested {
                key.spans.insert((document.id.clone(), index), spans);
            }
            if !annotation.note.trim().is_empty() {
                key.notes.insert((document.id.clone(), index), annotation.note.clone());
            }
        }
    }
    exercise.practice_key = (!key.answers.is_empty() || !key.spans.is_empty()).then_some(key);
    with_hash(exercise)
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

/// Whether the Hamish JSON `text` is a student's submission to an
/// exercise (it names the exercise and the student).
pub fn is_submission(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Named {
        student_id: Option<serde::de::IgnoredAny>,
    }
    #[derive(serde::Deserialize)]
    struct Probe {
        exercise: Option<Named>,
    }
    // Most Hamish files name no student: they are not parsed a second time.
    text.contains("\"student_id\"")
        && serde_json::from_str::<Probe>(text)
            .is_ok_and(|probe| probe.exercise.is_some_and(|named| named.student_id.is_some()))
}

/// Reads and checks an exercise file.
pub fn read_exercise(text: &str) -> Result<Exercise, ImportError> {
    let file: ExerciseFile = serde_json::from_str(text).map_err(|error| json_error(text, &error))?;
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
        let name = crate::model::labels::clean_label_name(&label.name).ok_or_else(|| ImportError::Invalid {
            path: format!("label_set.labels[{position}].name"),
            problem: Problem::Empty,
        })?;
        labels.labels.push(crate::model::labels::Label {
            id: LabelId(position as u32 + 1),
            name,
            name_en: label.name_en.clone(),
            color: label.color,
            scope: label.scope,
        });
    }
    Ok(with_hash(Exercise {
        title: file.title,
        instructions: file.instructions.chars().take(INSTRUCTIONS_MAX_CHARS).collect(),
        lock_labels: file.lock_labels,
        ask_for: file.student_id,
        labels,
        documents: file.documents,
        practice_key: key_from_entries(file.practice_key),
        hash: String::new(),
    }))
}

/// A student's submission: the attempt's documents under the exercise's
/// own ids, and each label under its id in the exercise (a label the
/// student added gets an id after the exercise's), so a renamed label is
/// still recognised. Labels neither in the exercise nor used are left out.
pub fn submission_file(work: &Work, exported_at: &str) -> Option<HamishFile> {
    let attempt = work.exercise()?;
    let mut file = hamish_file(work, &attempt.student, &Scope::Exercise, exported_at);
    for document in &mut file.documents {
        if let Some(original) = attempt.original_id(&DocumentId(document.id.clone().into())) {
            document.id = original.0.to_string();
        }
    }
    let used: HashSet<&str> =
        file.documents.iter().flat_map(|d| &d.sentences).flat_map(|s| &s.labels).map(String::as_str).collect();
    // Ids from ADDED_LABEL_IDS on are a student's own labels: they carry no
    // identity across students and are matched by name.
    let mut next = attempt.exercise.labels.next_id().0.max(ADDED_LABEL_IDS);
    let mut labels = Vec::new();
    for (mut label, in_work) in file.label_set.labels.into_iter().zip(work.labels().labels.iter()) {
        label.id = match attempt.exercise_label(in_work.id) {
            Some(key) => key,
            None if used.contains(label.name.as_str()) => {
                next += 1;
                next - 1
            }
            None => continue,
        };
        labels.push(label);
    }
    file.label_set.labels = labels;
    Some(file)
}

/// Where the ids of labels a student added start, in a submission: below
/// it, an id is the label's id in the exercise.
pub const ADDED_LABEL_IDS: u32 = 1000;

/// The submission's text (empty when no exercise is under way).
pub fn submission_json(work: &Work, exported_at: &str) -> String {
    submission_file(work, exported_at).and_then(|file| serde_json::to_string_pretty(&file).ok()).unwrap_or_default()
}

/// The `id` of each label of a Hamish file, in the file's order (`None`
/// where a label has none): in a submission, the label's id in the
/// exercise.
pub fn file_label_ids(text: &str) -> Vec<Option<u32>> {
    let value: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let labels = value.pointer("/label_set/labels").and_then(serde_json::Value::as_array);
    labels
        .map(|labels| {
            let id = |label: &serde_json::Value| label.get("id")?.as_u64().and_then(|id| u32::try_from(id).ok());
            labels.iter().map(id).collect()
        })
        .unwrap_or_default()
}
