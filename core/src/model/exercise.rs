//! A classroom exercise: documents, a label set and instructions that a
//! teacher hands out, and a student's attempt at it. Its file form is in
//! [`crate::formats::exercise_file`].

use crate::i18n::Text;
use crate::model::comparison::AnswerKey;
use crate::model::labels::{LabelId, LabelSet};
use crate::text::basics::short_hash;
use crate::text::document::{Document, DocumentId, DocumentSource};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// A document of an exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseDocument {
    /// Id.
    pub id: DocumentId,
    /// Title.
    pub title: String,
    /// Full text.
    pub text: String,
    /// Sentences the teacher marked as headings (not labeled).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<usize>,
}

/// What a teacher asks each student for besides a name, so that a learning
/// platform can match the grades to its accounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StudentIdKind {
    /// Nothing: the name alone.
    #[default]
    Nothing,
    /// The platform's username (Moodle's username, Canvas's SIS login id).
    Username,
    /// The school's student number (Moodle's ID number, Canvas's SIS user id).
    IdNumber,
    /// The student's email address.
    Email,
}

impl StudentIdKind {
    /// Every kind, in the order the exercise maker offers them.
    pub const ALL: [StudentIdKind; 4] =
        [StudentIdKind::Nothing, StudentIdKind::Username, StudentIdKind::IdNumber, StudentIdKind::Email];

    /// The kind's name in files.
    pub fn name(self) -> &'static str {
        match self {
            StudentIdKind::Nothing => "nothing",
            StudentIdKind::Username => "username",
            StudentIdKind::IdNumber => "id_number",
            StudentIdKind::Email => "email",
        }
    }

    /// The kind named `name`, if any.
    pub fn from_name(name: &str) -> Option<StudentIdKind> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// Whether nothing is asked (left out of files).
    pub fn is_nothing(&self) -> bool {
        *self == StudentIdKind::Nothing
    }
}

/// The words naming what a student is asked for.
pub fn id_kind_name(kind: StudentIdKind) -> Text {
    match kind {
        StudentIdKind::Nothing => Text::AskNothing,
        StudentIdKind::Username => Text::AskUsername,
        StudentIdKind::IdNumber => Text::AskIdNumber,
        StudentIdKind::Email => Text::AskEmail,
    }
}

/// The words saying why an identifier is refused.
pub fn id_problem_text(problem: IdProblem) -> Text {
    match problem {
        IdProblem::Missing => Text::StudentIdMissing,
        IdProblem::Spaces => Text::StudentIdSpaces,
        IdProblem::NotEmail => Text::StudentIdNotEmail,
    }
}

/// Longest student identifier, in code points.
pub const STUDENT_ID_MAX_CHARS: usize = 100;

/// Why a student identifier is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// The exercise asks for one and none was given.
    Missing,
    /// A username or number with a space inside.
    Spaces,
    /// Not an email address (`name@place`).
    NotEmail,
}

/// The identifier a student typed, tidied and checked for what `kind`
/// asks: empty when nothing is asked.
pub fn clean_student_id(kind: StudentIdKind, typed: &str) -> Result<String, IdProblem> {
    let id: String = typed.trim().chars().filter(|c| !c.is_control()).take(STUDENT_ID_MAX_CHARS).collect();
    match kind {
        StudentIdKind::Nothing => Ok(String::new()),
        _ if id.is_empty() => Err(IdProblem::Missing),
        _ if id.chars().any(char::is_whitespace) => Err(IdProblem::Spaces),
        StudentIdKind::Email => match id.split_once('@') {
            Some((local, domain)) if !local.is_empty() && domain.contains('.') && !domain.contains('@') => Ok(id),
            _ => Err(IdProblem::NotEmail),
        },
        StudentIdKind::Username | StudentIdKind::IdNumber => Ok(id),
    }
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
    /// What each student gives besides a name.
    pub ask_for: StudentIdKind,
    /// The label set.
    pub labels: LabelSet,
    /// The documents.
    pub documents: Vec<ExerciseDocument>,
    /// An answer key carried for self-check practice (students can read
    /// it: for practice, not for marks), by the exercise's own document ids
    /// and label ids.
    pub practice_key: Option<AnswerKey>,
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
                    .titled(&document.title)
            })
            .collect()
    }
}

/// One student's attempt at an exercise: the exercise, who is working, and
/// which of the work's labels stands for each of the exercise's labels (so
/// a label the student renames is still the same label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// The exercise.
    pub exercise: Rc<Exercise>,
    /// The student's name, as they gave it.
    pub student: String,
    /// The identifier the exercise asked for (empty when it asked none).
    pub student_id: String,
    /// `(the label's id in the exercise, its id in the work)`, in the
    /// exercise's order.
    pub label_keys: Vec<(u32, LabelId)>,
}

impl Attempt {
    /// The id that the exercise's document `id` has in the work: each
    /// student's attempt keeps its own copies, apart from any other
    /// student's and from any other document.
    pub fn document_id(&self, id: &DocumentId) -> DocumentId {
        DocumentId::from(format!("{}{}", self.prefix(), id.0))
    }

    /// The exercise's own id of the work's document `id`, if it is one of
    /// the attempt's documents.
    pub fn original_id(&self, id: &DocumentId) -> Option<DocumentId> {
        let original = DocumentId(id.0.strip_prefix(&self.prefix())?.to_string().into());
        self.exercise.has_document(&original).then_some(original)
    }

    /// Whether the work's document `id` is one of the attempt's.
    pub fn has_document(&self, id: &DocumentId) -> bool {
        self.original_id(id).is_some()
    }

    /// The exercise's id for the work's label `id`, if it is one of the
    /// exercise's labels.
    pub fn exercise_label(&self, id: LabelId) -> Option<u32> {
        self.label_keys.iter().find(|(_, work)| *work == id).map(|(key, _)| *key)
    }

    /// The attempt's documents, segmented, with their ids in the work.
    pub fn documents(&self) -> Vec<Document> {
        self.exercise
            .segmented()
            .into_iter()
            .map(|mut document| {
                document.id = self.document_id(&document.id);
                document
            })
            .collect()
    }

    /// `exercise-<hash>-<student>:`, both shortened to 8 hex digits.
    /// Whether the work's document `id` came from a feedback file on this
    /// exercise (its score sheet, or a copy of one of its texts): in sight
    /// in the exercise, though not part of the answers.
    pub fn is_feedback(&self, id: &DocumentId) -> bool {
        id.0.starts_with(&feedback_prefix(&self.exercise.hash))
    }

    fn prefix(&self) -> String {
        let hash = self.exercise.hash.get(..8).unwrap_or(&self.exercise.hash);
        format!("exercise-{hash}-{}:", short_hash(&self.student))
    }
}

/// How the documents of a feedback file on the exercise with `hash` begin
/// (`feedback-<first 8 of the hash>`): its score sheet goes on with the
/// rest of the hash and the student, its copies of the texts with `:`.
pub fn feedback_prefix(hash: &str) -> String {
    format!("feedback-{}", hash.get(..8).unwrap_or(hash))
}
