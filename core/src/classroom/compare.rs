//! Comparing students' submissions: who chose what for each sentence, and
//! agreement figures. Labels are matched by their id in the exercise, so a
//! label a student renamed is still the same label; two different labels
//! with one name are reported. The teacher's decisions, the answer key and
//! scores build on this in [`crate::classroom::adjudication`].

use crate::classroom::agreement::{figures, Figures};
use crate::classroom::choices::{headings_of, majority_spans, spans_of};
use crate::classroom::label_keys::{fill_keys, labels_of};
pub use crate::classroom::label_keys::{Accepted, ComparedLabel};
use crate::classroom::submissions::identify;
use crate::formats::errors::ImportError;
use crate::formats::exercise_file::{file_label_ids, is_exercise, ADDED_LABEL_IDS};
use crate::formats::hamish::read::read_hamish_json;
use crate::i18n::lang::Lang;
use crate::model::anchor::anchor;
use crate::model::comparison::{Answers, LabelKey, SpanAnswers};
use crate::model::exercise::StudentIdKind;
use crate::model::labels::LabelScope;
use crate::model::spans::Span;
use crate::text::document::{Document, DocumentId, DocumentSource};
use std::collections::BTreeMap;

pub use crate::classroom::choices::strict_majority;

/// Why a submission is left out of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// The file could not be read.
    Damaged(ImportError),
    /// Not a submission (no exercise named).
    NotSubmission,
    /// The exercise file itself, not a student's submission.
    ExerciseFile,
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
    /// Each student's labels (`None` when they left it unlabeled), in the
    /// order of [`Comparison::labels`].
    pub choices: Vec<Option<Vec<LabelKey>>>,
    /// Whether the students who labeled it disagree.
    pub disagreement: bool,
    /// The choice more students made than any other, if one did.
    pub majority: Option<Vec<LabelKey>>,
    /// Whether two or more choices are equally frequent and most frequent.
    pub tie: bool,
    /// Each student's spans, in the order of [`Comparison::students`].
    pub spans: Vec<Vec<Span>>,
    /// Whether the students' spans differ.
    pub span_disagreement: bool,
    /// The spans more than half of the students marked.
    pub span_majority: Vec<Span>,
}

/// A student's file in the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    /// The file's name.
    pub file_name: String,
    /// The identifier the exercise asked for (may be empty).
    pub student_id: String,
    /// When it was saved (ISO 8601).
    pub submitted: String,
}

/// Submissions compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The exercise's title and hash.
    pub exercise: (String, String),
    /// The students, in the order their files came.
    pub students: Vec<String>,
    /// Each student's file: its name, identifier and date, in that order.
    pub submissions: Vec<Submission>,
    /// What the exercise asked students for besides a name.
    pub ask_for: StudentIdKind,
    /// Files left out, with why.
    pub rejected: Vec<(String, Rejection)>,
    /// Every label of every submission, matched by id.
    pub labels: Vec<ComparedLabel>,
    /// Names given to two different labels, with the labels' keys.
    pub clashes: Vec<(String, Vec<LabelKey>)>,
    /// Every sentence of every document.
    pub sentences: Vec<SentenceChoices>,
    /// Agreement on the whole label choice (one category a choice).
    pub overall: Figures,
    /// Agreement per label, each scored yes/no.
    pub per_label: Vec<(LabelKey, Figures)>,
    /// The documents, for the adjudicated export.
    pub documents: Vec<Document>,
    /// Whether several labels per sentence are allowed.
    pub multiple: bool,
    /// Each student's labels, by sentence.
    pub answers: Vec<Answers>,
    /// Each student's spans, by sentence.
    pub spans: Vec<SpanAnswers>,
}

impl Comparison {
    /// How many sentences student `student` (her place in
    /// [`Comparison::students`]) labeled or marked spans in.
    pub fn labeled_by(&self, student: usize) -> usize {
        (self.sentences.iter())
            .filter(|sentence| {
                sentence.choices.get(student).is_some_and(Option::is_some)
                    || sentence.spans.get(student).is_some_and(|spans| !spans.is_empty())
            })
            .count()
    }

    /// What the teacher can pick as a sentence's final label: every label
    /// sentences can have (a label for spans only is no sentence's class),
    /// then every other combination a student chose.
    pub fn final_options(&self) -> Vec<Vec<LabelKey>> {
        let sentence_labels = self.labels.iter().filter(|label| label.scope != LabelScope::Span);
        let mut options: Vec<Vec<LabelKey>> = sentence_labels.map(|label| vec![label.key]).collect();
        for choice in self.sentences.iter().flat_map(|sentence| sentence.choices.iter().flatten()) {
            if !options.contains(choice) {
                options.push(choice.clone());
            }
        }
        options
    }

    /// The label with `key`.
    pub fn label(&self, key: LabelKey) -> Option<&ComparedLabel> {
        self.labels.iter().find(|label| label.key == key)
    }

    /// The names of `keys` in `lang`, for display.
    pub fn names(&self, keys: &[LabelKey], lang: Lang) -> Vec<String> {
        keys.iter().filter_map(|key| self.label(*key)).map(|label| label.display_name(lang).to_string()).collect()
    }

    /// `keys` in the label order, without repeats.
    pub fn ordered(&self, keys: &[LabelKey]) -> Vec<LabelKey> {
        let mut keys: Vec<LabelKey> = keys.to_vec();
        keys.sort_by_key(|key| (self.labels.iter().position(|label| label.key == *key), *key));
        keys.dedup();
        keys
    }

    /// The title of document `doc`.
    pub fn title(&self, doc: &DocumentId) -> &str {
        self.documents.iter().find(|document| &document.id == doc).map_or("", |document| &document.title)
    }
}

/// Submission files sorted into those accepted and those left out.
#[derive(Default)]
pub struct Sorted {
    /// The exercise's title and hash, once known.
    pub exercise: Option<(String, String)>,
    /// The readable submissions.
    pub accepted: Vec<Accepted>,
    /// The files left out, with why.
    pub rejected: Vec<(String, Rejection)>,
}

/// Reads `files` as submissions for one exercise (the one `expected` names,
/// else the first submission's): those accepted and those left out.
pub fn accept(expected: Option<(String, String)>, files: &[(String, Result<String, ImportError>)]) -> Sorted {
    let mut exercise = expected;
    let (mut accepted, mut rejected): (Vec<Accepted>, Vec<(String, Rejection)>) = (Vec::new(), Vec::new());
    for (name, text) in files {
        let text = match text {
            Ok(text) => text,
            Err(error) => {
                rejected.push((name.clone(), Rejection::Damaged(error.clone())));
                continue;
            }
        };
        if is_exercise(text) {
            rejected.push((name.clone(), Rejection::ExerciseFile));
            continue;
        }
        let submitted = identify(name, text);
        let file = match read_hamish_json(text) {
            Ok(file) => file,
            Err(error) => {
                rejected.push((name.clone(), Rejection::Damaged(error)));
                continue;
            }
        };
        let Some(submitted) = submitted else {
            rejected.push((name.clone(), Rejection::NotSubmission));
            continue;
        };
        let reference = &submitted.exercise;
        let (_, hash) = exercise.get_or_insert_with(|| (reference.title.clone(), reference.hash.clone())).clone();
        if reference.hash != hash {
            rejected.push((name.clone(), Rejection::OtherExercise { title: reference.title.clone() }));
            continue;
        }
        // Loading keeps one file a student; a stored comparison from before
        // that may still hold two.
        if accepted.iter().any(|known| known.submitted.same_student(&submitted)) {
            rejected.push((name.clone(), Rejection::DuplicateStudent(submitted.student)));
            continue;
        }
        // Only ids below ADDED_LABEL_IDS name a label of the exercise.
        let ids: Vec<Option<u32>> =
            file_label_ids(text).into_iter().map(|id| id.filter(|id| *id < ADDED_LABEL_IDS)).collect();
        let keys = file.labels.labels.iter().enumerate().map(|(at, label)| (label.id, ids.get(at).copied().flatten()));
        let keys = keys.filter_map(|(id, key)| Some((id, key?))).collect();
        accepted.push(Accepted { student: submitted.student.clone(), file_name: name.clone(), submitted, file, keys });
    }
    Sorted { exercise, accepted, rejected }
}

/// Compares the submissions `files` (`(name, text)`).
pub fn compare_files(expected: Option<(String, String)>, files: &[(String, String)]) -> Option<Comparison> {
    let files: Vec<(String, Result<String, ImportError>)> =
        files.iter().map(|(name, text)| (name.clone(), Ok(text.clone()))).collect();
    compare(expected, &files)
}

/// Reads `files` (`(name, text or why it could not be read)`) as
/// submissions for one exercise (the exercise `expected` names, or else the
/// first submission's) and compares the students' labels.
pub fn compare(
    expected: Option<(String, String)>,
    files: &[(String, Result<String, ImportError>)],
) -> Option<Comparison> {
    let Sorted { exercise, mut accepted, rejected } = accept(expected, files);
    let exercise = exercise?;
    fill_keys(&mut accepted);
    let (labels, clashes) = labels_of(&accepted);
    let multiple = accepted.iter().any(|submission| submission.file.labels.multiple) || accepted.is_empty();
    let documents: Vec<Document> = accepted
        .first()
        .map(|first| {
            (first.file.documents.iter())
                .map(|valid| {
                    Document::new(valid.id.clone(), valid.text.clone(), &valid.title, DocumentSource::Imported)
                        .titled(&valid.title)
                })
                .collect()
        })
        .unwrap_or_default();
    let mut comparison = Comparison {
        exercise,
        students: accepted.iter().map(|submission| submission.student.clone()).collect(),
        submissions: (accepted.iter())
            .map(|accepted| Submission {
                file_name: accepted.file_name.clone(),
                student_id: accepted.submitted.student_id.clone(),
                submitted: accepted.submitted.submitted.clone(),
            })
            .collect(),
        ask_for: accepted.first().map(|first| first.submitted.exercise.student_id_kind).unwrap_or_default(),
        rejected,
        labels,
        clashes,
        sentences: Vec::new(),
        overall: figures::<String>(&[], 0),
        per_label: Vec::new(),
        documents,
        multiple,
        answers: Vec::new(),
        spans: Vec::new(),
    };
    let placed: Vec<Answers> = accepted.iter().map(|submission| answers_of(&comparison, submission)).collect();
    let headings = headings_of(&comparison.documents, accepted.iter().map(|submission| &submission.file));
    let marked: Vec<SpanAnswers> = accepted.iter().map(|s| spans_of(&comparison.documents, &s.file, &s.keys)).collect();
    for document in &comparison.documents {
        for index in 0..document.sentence_count() {
            let key = (document.id.clone(), index);
            if headings.contains(&key) {
                // A heading is not labeled: it is not compared.
                continue;
            }
            let choices: Vec<Option<Vec<LabelKey>>> = placed.iter().map(|map| map.get(&key).cloned()).collect();
            let given: Vec<&Vec<LabelKey>> = choices.iter().flatten().collect();
            let (majority, tie) = strict_majority(&choices);
            let spans: Vec<Vec<Span>> = marked.iter().map(|map| map.get(&key).cloned().unwrap_or_default()).collect();
            comparison.sentences.push(SentenceChoices {
                doc: document.id.clone(),
                index,
                text: document.sentence_text(index).unwrap_or_default().to_string(),
                disagreement: given.windows(2).any(|pair| pair[0] != pair[1]),
                majority,
                tie,
                choices,
                span_disagreement: spans.windows(2).any(|pair| pair[0] != pair[1]),
                span_majority: majority_spans(&spans),
                spans,
            });
        }
    }
    comparison.answers = placed;
    comparison.spans = marked;
    let raters = accepted.len();
    let joined = |keys: &Vec<LabelKey>| keys.iter().map(u32::to_string).collect::<Vec<_>>().join("|");
    let overall_units: Vec<Vec<Option<String>>> = comparison
        .sentences
        .iter()
        .map(|sentence| sentence.choices.iter().map(|c| c.as_ref().map(joined)).collect())
        .collect();
    comparison.overall = figures(&overall_units, raters);
    comparison.per_label = (comparison.labels.iter())
        .map(|label| {
            let units: Vec<Vec<Option<bool>>> = (comparison.sentences.iter())
                .map(|sentence| {
                    sentence.choices.iter().map(|c| c.as_ref().map(|keys| keys.contains(&label.key))).collect()
                })
                .collect();
            (label.key, figures(&units, raters))
        })
        .collect();
    Some(comparison)
}

/// A submission's labels by document and sentence, as keys in label order.
pub fn answers_of(comparison: &Comparison, submission: &Accepted) -> Answers {
    let mut map = BTreeMap::new();
    for valid in &submission.file.documents {
        let Some(document) = comparison.documents.iter().find(|document| document.id == valid.id) else {
            continue;
        };
        for (index, annotation) in anchor(document, valid.annotations.clone()).placed {
            let keys: Vec<LabelKey> =
                annotation.labels.iter().filter_map(|id| submission.keys.get(id).copied()).collect();
            if !keys.is_empty() {
                map.insert((document.id.clone(), index), comparison.ordered(&keys));
            }
        }
    }
    map
}
