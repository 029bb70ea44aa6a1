//! The teacher's comparison as part of the work: submissions loaded,
//! decisions and notes per sentence, the answer key. Every step is one
//! recorded change, so it is saved like any other work and undone with
//! Ctrl+Z; closing the dialog loses nothing.

use super::action::Classroom;
use super::{Notice, State, Step};
use crate::classroom::adjudication::{comparison_of, key_from_decisions, key_from_file, open_ties};
use crate::classroom::gradebooks::{DEFAULT_MAX_POINTS, MAX_POINTS_LIMIT};
use crate::classroom::submissions::{add_files, remove_student, replace_file};
use crate::model::change::Change;
use crate::model::comparison::Adjudication;
use crate::model::spans::{tidy, Span};
use crate::text::document::DocumentId;
use std::collections::BTreeSet;
use std::rc::Rc;

/// The change from the current comparison to `after`.
fn swap(state: &State, after: Option<Adjudication>) -> Change {
    Change { adjudication: Some((state.work.adjudication().cloned(), after.map(Rc::new))), ..Change::default() }
}

/// `spans` sorted, each once.
fn tidied(spans: &[Span]) -> Vec<Span> {
    let mut spans = spans.to_vec();
    tidy(&mut spans);
    spans
}

/// The sentences where `student`'s labels or spans differ between the
/// comparisons of `before` and `after`.
fn changed_answers(before: &Adjudication, after: &Adjudication, student: &str) -> Vec<(DocumentId, usize)> {
    let (Some(old), Some(new)) = (comparison_of(before), comparison_of(after)) else { return Vec::new() };
    let at = |comparison: &crate::classroom::compare::Comparison| {
        comparison.students.iter().position(|name| name == student)
    };
    let (Some(old_at), Some(new_at)) = (at(&old), at(&new)) else { return Vec::new() };
    let (old_labels, new_labels) = (&old.answers[old_at], &new.answers[new_at]);
    let (old_spans, new_spans) = (&old.spans[old_at], &new.spans[new_at]);
    let places: BTreeSet<&(DocumentId, usize)> =
        old_labels.keys().chain(new_labels.keys()).chain(old_spans.keys()).chain(new_spans.keys()).collect();
    places
        .into_iter()
        .filter(|place| old_labels.get(place) != new_labels.get(place) || old_spans.get(place) != new_spans.get(place))
        .cloned()
        .collect()
}

/// Classroom actions.
pub(super) fn reduce(state: &State, next: &mut State, action: &Classroom) -> Option<Step> {
    let current = || state.work.adjudication().map(|adjudication| (**adjudication).clone()).unwrap_or_default();
    let change = match action {
        Classroom::AddSubmissions(files) => {
            let unreadable: Vec<_> =
                files.iter().filter_map(|(name, text)| Some((name.clone(), text.clone().err()?))).collect();
            let readable: Vec<(String, String)> =
                files.iter().filter_map(|(name, text)| Some((name.clone(), text.clone().ok()?))).collect();
            if !unreadable.is_empty() {
                next.view.notice = Some(Notice::SubmissionsUnreadable(unreadable));
            }
            if readable.is_empty() {
                return Some(Step::Done);
            }
            let mut after = current();
            let (waiting, again) = add_files(&mut after.files, readable);
            next.view.replacements.extend(waiting.into_iter().map(Rc::new));
            if !again.is_empty() {
                next.view.notice = Some(Notice::SubmissionsAlreadyLoaded(again));
            }
            swap(state, Some(after))
        }
        Classroom::FromServer(files) => {
            let before = current();
            let mut after = before.clone();
            let (newer, _same) = add_files(&mut after.files, files.clone());
            for replacement in &newer {
                let replaced = after.clone();
                replace_file(&mut after.files, replacement);
                for place in changed_answers(&replaced, &after, &replacement.student) {
                    after.decisions.remove(&place);
                    after.span_decisions.remove(&place);
                }
            }
            if after == before {
                return Some(Step::Done);
            }
            swap(state, Some(after))
        }
        Classroom::Replace(replacement) => {
            next.view.replacements.retain(|waiting| waiting != replacement);
            let before = current();
            let mut after = before.clone();
            replace_file(&mut after.files, replacement);
            // Where the student's answer changed, the decision goes back to
            // the majority; decisions on the other sentences stay.
            for place in changed_answers(&before, &after, &replacement.student) {
                after.decisions.remove(&place);
                after.span_decisions.remove(&place);
            }
            swap(state, Some(after))
        }
        Classroom::KeepEarlier(replacement) => {
            next.view.replacements.retain(|waiting| waiting != replacement);
            return Some(Step::Done);
        }
        Classroom::RemoveStudent(student) => {
            let mut after = current();
            remove_student(&mut after.files, student);
            swap(state, Some(after))
        }
        Classroom::SetMaxPoints(points) => {
            let mut after = current();
            let points = (*points).clamp(1, MAX_POINTS_LIMIT);
            after.max_points = (points != DEFAULT_MAX_POINTS).then_some(points);
            swap(state, Some(after))
        }
        Classroom::Decide(doc, index, labels) => {
            let mut after = current();
            let key = (doc.clone(), *index);
            match labels {
                Some(labels) => after.decisions.insert(key, labels.clone()),
                None => after.decisions.remove(&key),
            };
            swap(state, Some(after))
        }
        Classroom::DecideSpans(doc, index, spans) => {
            let mut after = current();
            let key = (doc.clone(), *index);
            match spans {
                Some(spans) => after.span_decisions.insert(key, tidied(spans)),
                None => after.span_decisions.remove(&key),
            };
            swap(state, Some(after))
        }
        Classroom::SetExplanation(doc, index, note) => {
            let mut after = current();
            let note = note.trim().to_string();
            match note.is_empty() {
                true => after.notes.remove(&(doc.clone(), *index)),
                false => after.notes.insert((doc.clone(), *index), note),
            };
            swap(state, Some(after))
        }
        Classroom::MakeKey => {
            let mut after = current();
            let comparison = comparison_of(&after)?;
            after.key = Some(key_from_decisions(&comparison, &after));
            next.view.notice = Some(Notice::KeyMade { open_ties: open_ties(&comparison, &after) });
            swap(state, Some(after))
        }
        Classroom::LoadKey(name, text) => {
            let mut after = current();
            let comparison = comparison_of(&after)?;
            match key_from_file(&comparison, name, text) {
                Ok((key, unknown)) => {
                    after.key = Some(key);
                    next.view.notice = Some(Notice::KeyLoaded { name: name.clone(), unknown });
                    swap(state, Some(after))
                }
                Err(error) => {
                    next.view.notice = Some(Notice::KeyRefused { name: name.clone(), error });
                    return Some(Step::Done);
                }
            }
        }
        Classroom::EndComparison => {
            next.view.replacements.clear();
            swap(state, None)
        }
    };
    // A step that changes nothing (the same decision again) is not recorded.
    if change.adjudication.as_ref().is_some_and(|(before, after)| before == after) {
        return Some(Step::Done);
    }
    Some(next.commit(change))
}
