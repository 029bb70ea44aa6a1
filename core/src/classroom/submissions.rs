//! Who handed in a submission file, for which exercise and when: read
//! from the file's head, so that a corrected file is known as the same
//! student's and replaces the first instead of being compared beside it.

use crate::formats::hamish::write::ExerciseRef;
use serde::Deserialize;

/// The parts of a submission file that say whose it is.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    annotator: String,
    #[serde(default)]
    exported_at: String,
    exercise: Option<ExerciseRef>,
}

/// A submission's student, identifier, date and exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submitted {
    /// The student's name (the file's name when the file names nobody).
    pub student: String,
    /// The identifier the exercise asked for (may be empty).
    pub student_id: String,
    /// When it was saved (ISO 8601, as the file says).
    pub submitted: String,
    /// The exercise it answers.
    pub exercise: ExerciseRef,
}

impl Submitted {
    /// Whether `other` is a submission by the same student for the same
    /// exercise: the same identifier when both have one, else the same name.
    pub fn same_student(&self, other: &Submitted) -> bool {
        let same = match (self.student_id.is_empty(), other.student_id.is_empty()) {
            (false, false) => self.student_id == other.student_id,
            _ => self.student == other.student,
        };
        same && self.exercise.hash == other.exercise.hash
    }
}

/// A file by a student whose earlier file is in the comparison, waiting
/// for the teacher to say which one to keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// The student.
    pub student: String,
    /// When the file in the comparison was saved.
    pub before: String,
    /// When the new file was saved.
    pub after: String,
    /// The new file's name.
    pub name: String,
    /// The new file's text.
    pub text: String,
}

/// Files `added` to the comparison's `files`: those by a student not yet
/// in it go in at the end; a file by a student already in it is held back
/// as a [`Replacement`] (the teacher confirms), unless it is the very file
/// already there, whose name is returned with the third item.
pub fn add_files(files: &mut Vec<(String, String)>, added: Vec<(String, String)>) -> (Vec<Replacement>, Vec<String>) {
    let mut known: Vec<Option<Submitted>> = files.iter().map(|(name, text)| identify(name, text)).collect();
    let (mut waiting, mut again) = (Vec::new(), Vec::new());
    for (name, text) in added {
        let identity = identify(&name, &text);
        let earlier = identity
            .as_ref()
            .and_then(|new| known.iter().position(|old| old.as_ref().is_some_and(|old| old.same_student(new))));
        match (earlier, identity) {
            (Some(at), _) if files[at].1 == text => again.push(name),
            (Some(at), Some(new)) => {
                let before = known[at].as_ref().map(|old| old.submitted.clone()).unwrap_or_default();
                waiting.push(Replacement { student: new.student, before, after: new.submitted, name, text });
            }
            (_, identity) => {
                known.push(identity);
                files.push((name, text));
            }
        }
    }
    (waiting, again)
}

/// `files` with the earlier file of `replacement`'s student replaced by
/// its file, in the same place (added at the end if none is there).
pub fn replace_file(files: &mut Vec<(String, String)>, replacement: &Replacement) {
    let Some(new) = identify(&replacement.name, &replacement.text) else { return };
    let earlier = files.iter().position(|(name, text)| identify(name, text).is_some_and(|old| old.same_student(&new)));
    let file = (replacement.name.clone(), replacement.text.clone());
    match earlier {
        Some(at) => files[at] = file,
        None => files.push(file),
    }
}

/// `files` without those by `student` (by the name the comparison shows).
pub fn remove_student(files: &mut Vec<(String, String)>, student: &str) {
    files.retain(|(name, text)| identify(name, text).is_none_or(|known| known.student != student));
}

/// Who handed in the file `name` with `text`; `None` when it is not JSON
/// or names no exercise.
pub fn identify(name: &str, text: &str) -> Option<Submitted> {
    let head: Head = serde_json::from_str(text).ok()?;
    let exercise = head.exercise?;
    let annotator = head.annotator.trim();
    Some(Submitted {
        student: if annotator.is_empty() { name.to_string() } else { annotator.to_string() },
        student_id: exercise.student_id.trim().to_string(),
        submitted: head.exported_at,
        exercise,
    })
}

/// A date as the file gives it, shortened for reading, to the second (two
/// files saved a minute apart must not look the same): `2026-12-07 09:30:12`
/// (UTC) from `2026-12-07T09:30:12.345Z`; anything else as it is.
pub fn readable_date(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..19)) {
        (Some(day), Some(time)) if iso.as_bytes().get(10) == Some(&b'T') => format!("{day} {time}"),
        _ => iso.to_string(),
    }
}
