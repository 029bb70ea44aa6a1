//! Students' attempts at an exercise, one after another on one browser.
//! Opening an exercise asks who is working; a new student starts blank, a
//! returning one takes back the work they left. Leaving sets the work
//! aside under the student's name, out of sight of the next student, and
//! neither step can be undone (the next student must not undo into the
//! last one's work).

use super::action::Student;
use super::label_edits::labels_for;
use super::{Notice, Panel, State, Step};
use crate::classroom::submissions::identify;
use crate::formats::exercise_file::{file_label_ids, submission_json};
use crate::formats::hamish::read::read_hamish_json;
use crate::formats::plan::ValidFile;
use crate::model::anchor::anchor;
use crate::model::annotations::SentenceAnnotation;
use crate::model::change::{Change, SentenceEdit, ShelfEdit};
use crate::model::exercise::{clean_student_id, Attempt, Exercise};
use crate::model::labels::{Label, LabelId, LabelSet};
use crate::model::work::Work;
use crate::text::document::Document;
use std::rc::Rc;

/// Longest student name, in code points.
pub const STUDENT_NAME_MAX_CHARS: usize = 80;

/// `name` with its spaces tidied, or `None` when nothing is left.
pub fn clean_student_name(name: &str) -> Option<String> {
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = name.chars().filter(|c| !c.is_control()).take(STUDENT_NAME_MAX_CHARS).collect();
    (!name.is_empty()).then_some(name)
}

/// The students whose work on `exercise` this browser keeps, by name.
pub fn students_of(work: &Work, exercise: &Exercise) -> Vec<String> {
    let mut names: Vec<String> =
        work.shelf().keys().filter(|(hash, _)| *hash == exercise.hash).map(|(_, student)| student.clone()).collect();
    if let Some(attempt) = work.exercise().filter(|attempt| attempt.exercise.hash == exercise.hash) {
        names.push(attempt.student.clone());
    }
    names.sort();
    names.dedup();
    names
}

/// The change that sets the attempt under way aside (empty when none is).
fn leave(work: &Work) -> Change {
    let Some(attempt) = &work.exercise() else {
        return Change::default();
    };
    let key = (attempt.exercise.hash.clone(), attempt.student.clone());
    let kept: Rc<str> = submission_json(work, "").into();
    let removed: Vec<Rc<Document>> =
        work.documents().iter().filter(|document| attempt.has_document(&document.id)).cloned().collect();
    let mut edits = Vec::new();
    for document in &removed {
        for (index, annotation) in work.annotations_of(&document.id).into_iter().flat_map(|a| a.iter()) {
            edits.push(SentenceEdit { doc: document.id.clone(), index, before: Some(annotation.clone()), after: None });
        }
    }
    Change {
        edits,
        exercise: Some((Some((*attempt).clone()), None)),
        shelf: vec![ShelfEdit { before: work.shelf().get(&key).cloned(), after: Some(kept), key }],
        removed,
        ..Change::default()
    }
}

/// Labels, each with its id in the exercise (`None` for one the student
/// added).
type KeyedLabels = Vec<(Option<u32>, Label)>;

/// The labels a returning student had (with each one's id in the
/// exercise), and their annotations by document, from their kept work.
fn resumed(exercise: &Exercise, kept: &str) -> Option<(KeyedLabels, ValidFile)> {
    let file = read_hamish_json(kept).ok()?;
    let ids = file_label_ids(kept);
    let mut labels: Vec<(Option<u32>, Label)> = file
        .labels
        .labels
        .iter()
        .enumerate()
        .map(|(at, label)| (ids.get(at).copied().flatten(), label.clone()))
        .collect();
    for label in &exercise.labels.labels {
        if !labels.iter().any(|(key, _)| *key == Some(label.id.0)) {
            labels.push((Some(label.id.0), label.clone()));
        }
    }
    Some((labels, file))
}

/// Starts `student`'s attempt at `exercise`, setting aside any other.
/// A student's attempt: an exercise opened, started or left.
pub(super) fn reduce(state: &State, next: &mut State, action: &Student) -> Option<Step> {
    match action {
        Student::OpenExercise(exercise) => {
            next.view.arriving = Some(exercise.clone());
            next.view.panel = Panel::ChooseStudent;
            Some(Step::Done)
        }
        Student::Start(exercise, student, id) => start(state, next, exercise, student, id),
        Student::Leave => stop(state, next),
    }
}

fn start(state: &State, next: &mut State, exercise: &Rc<Exercise>, student: &str, id: &str) -> Option<Step> {
    let student = clean_student_name(student)?;
    let same = |attempt: &Rc<Attempt>| attempt.exercise.hash == exercise.hash && attempt.student == student;
    if state.work.exercise().is_some_and(same) {
        open_first(next, exercise);
        return Some(Step::Done);
    }
    let mut after_leave = state.work.clone();
    after_leave.apply(&leave(&state.work));
    let mut change = Change::default();
    let key = (exercise.hash.clone(), student.clone());
    let kept = after_leave.shelf().get(&key).cloned();
    let back = kept.as_deref().and_then(|kept| resumed(exercise, kept));
    // A returning student keeps the identifier they gave; a new one must
    // give what the exercise asks for.
    let kept_id = kept.as_deref().and_then(|kept| identify("", kept)).map(|kept| kept.student_id);
    // A new student typing a name whose work is kept here under another
    // identifier is someone else: asked to tell the names apart.
    let typed = clean_student_id(exercise.ask_for, id).ok().filter(|typed| !typed.is_empty());
    if let (Some(kept), Some(typed)) = (&kept_id, &typed) {
        if !kept.is_empty() && kept != typed {
            next.view.notice = Some(Notice::StudentNameTaken(student));
            return Some(Step::Done);
        }
    }
    let student_id = match (kept_id, clean_student_id(exercise.ask_for, id)) {
        (_, Ok(id)) if !id.is_empty() => id,
        (Some(kept), _) if back.is_some() => kept,
        (_, Ok(id)) => id,
        (_, Err(_)) => return None,
    };
    let wanted: Vec<(Option<u32>, Label)> = match &back {
        Some((labels, _)) => labels.clone(),
        None => exercise.labels.labels.iter().map(|label| (Some(label.id.0), label.clone())).collect(),
    };
    let multiple = back.as_ref().map_or(exercise.labels.multiple, |(_, file)| file.labels.multiple);
    let wanted_set = LabelSet { labels: wanted.iter().map(|(_, label)| label.clone()).collect(), multiple };
    let labels = labels_for(&after_leave, &wanted_set);
    let exercise_ids = |key: &Option<u32>| key.filter(|key| exercise.labels.labels.iter().any(|l| l.id.0 == *key));
    let label_keys = wanted
        .iter()
        .zip(&labels.labels)
        .filter_map(|((key, _), label)| Some((exercise_ids(key)?, label.id)))
        .collect();
    let attempt = Rc::new(Attempt { exercise: exercise.clone(), student: student.clone(), student_id, label_keys });
    let added: Vec<Rc<Document>> = (attempt.documents().into_iter())
        .filter(|document| after_leave.position(&document.id).is_none())
        .map(Rc::new)
        .collect();
    // The teacher's headings, on a new student's copies.
    if back.is_none() {
        for document in &exercise.documents {
            let Some(copy) = added.iter().find(|copy| copy.id == attempt.document_id(&document.id)) else {
                continue;
            };
            for index in document.headings.iter().filter(|index| **index < copy.sentence_count()) {
                let heading = SentenceAnnotation { heading: true, ..SentenceAnnotation::default() };
                let doc = copy.id.clone();
                change.edits.push(SentenceEdit { doc, index: *index, before: None, after: Some(heading) });
            }
        }
    }
    if let Some((_, file)) = &back {
        // The file's label `i` (id `i + 1` once read) is the work's label `i`.
        let in_work = |id: LabelId| labels.labels.get((id.0 as usize).checked_sub(1)?).map(|label| label.id);
        for valid in &file.documents {
            let Some(document) = added.iter().find(|d| attempt.original_id(&d.id).as_ref() == Some(&valid.id)) else {
                continue;
            };
            for (index, mut annotation) in anchor(document, valid.annotations.clone()).placed {
                annotation.labels = annotation.labels.iter().filter_map(|id| in_work(*id)).collect();
                let doc = document.id.clone();
                change.edits.push(SentenceEdit { doc, index, before: None, after: Some(annotation) });
            }
        }
        change.shelf.push(ShelfEdit { key, before: kept, after: None });
    }
    change.added = added;
    change.labels = (labels != **after_leave.labels()).then(|| (after_leave.labels().clone(), Rc::new(labels)));
    change.exercise = Some((None, Some(attempt.clone())));
    // Two steps: the attempt set aside and the next one may share ids.
    after_leave.apply(&change);
    next.work = after_leave;
    next.history = Rc::default();
    open_first(next, exercise);
    next.view.notice = back.is_some().then_some(Notice::AttemptResumed(student));
    Some(Step::Done)
}

/// Sets the attempt under way aside under the student's name.
fn stop(state: &State, next: &mut State) -> Option<Step> {
    let attempt = state.work.exercise().cloned()?;
    let open = state.open_document().map(|document| document.id.clone());
    next.work.apply(&leave(&state.work));
    next.history = Rc::default();
    next.view.open = open.and_then(|open| next.work.position(&open)).unwrap_or(0);
    next.view.selection = None;
    next.view.filter = None;
    next.view.panel = Panel::None;
    next.view.notice =
        Some(Notice::AttemptKept { title: attempt.exercise.title.clone(), student: attempt.student.clone() });
    Some(Step::Done)
}

fn open_first(next: &mut State, exercise: &Exercise) {
    if let (Some(first), Some(attempt)) = (exercise.documents.first(), next.work.exercise().cloned()) {
        next.open_id(&attempt.document_id(&first.id));
    }
    next.view.pending_open = None;
    next.view.selection = None;
    next.view.filter = None;
    next.view.panel = Panel::None;
    next.view.arriving = None;
}
