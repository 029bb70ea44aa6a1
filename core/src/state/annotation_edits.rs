//! Annotation edits: labels toggled or cleared on the selected sentences,
//! and notes.

use super::action::Annotate;
use super::{Notice, State, Step, NOTE_MAX_CHARS};
use crate::model::annotations::SentenceAnnotation;
use crate::model::change::{Change, SentenceEdit};
use crate::model::labels::{LabelId, Target};

impl State {
    /// Edits of the selected sentences by `edit` (unchanged ones left out).
    pub(super) fn edit_selected(&self, edit: impl Fn(&mut SentenceAnnotation)) -> Vec<SentenceEdit> {
        let Some(document) = self.open_document() else {
            return Vec::new();
        };
        let annotations = self.work.annotations_of(&document.id);
        self.selected_indexes()
            .into_iter()
            .filter_map(|index| {
                let before = annotations.and_then(|annotations| annotations.get(index)).cloned();
                let mut after = before.clone().unwrap_or_default();
                edit(&mut after);
                let after = Some(after).filter(|annotation| !annotation.is_empty());
                (before != after).then(|| SentenceEdit { doc: document.id.clone(), index, before, after })
            })
            .collect()
    }

    /// Edits of every annotated sentence of every document by `edit`.
    pub(super) fn edit_everywhere(&self, edit: impl Fn(&mut SentenceAnnotation)) -> Vec<SentenceEdit> {
        let mut edits = Vec::new();
        for (doc, annotations) in self.work.annotations().iter() {
            for (index, annotation) in annotations.iter() {
                let mut after = annotation.clone();
                edit(&mut after);
                if after != *annotation {
                    let after = Some(after).filter(|annotation| !annotation.is_empty());
                    edits.push(SentenceEdit { doc: doc.clone(), index, before: Some(annotation.clone()), after });
                }
            }
        }
        edits
    }

    /// Toggles label `id` on the selection: removed if every selected
    /// sentence has it, else added (replacing the label with one per
    /// sentence). A suggestion is answered rather than toggled: the sentence
    /// then carries exactly `id`, confirmed (the suggested label itself
    /// confirms it; another rejects it).
    /// With one sentence selected and now labeled, selects the next
    /// unlabeled visible sentence after it (says so when there is none).
    fn advance_after_label(&mut self) {
        let Some(selection) = self.view.selection.filter(|selection| selection.anchor == selection.focus) else {
            return;
        };
        let annotations = self.open_annotations();
        if annotations.is_none_or(|annotations| annotations.labels(selection.focus).is_empty()) {
            return;
        }
        let count = self.open_document().map_or(0, |document| document.sentence_count());
        let unlabeled = |index: &usize| annotations.is_none_or(|annotations| annotations.needs_label(*index));
        match (selection.focus + 1..count).filter(|index| self.is_visible(*index)).find(unlabeled) {
            Some(index) => self.view.selection = Some(super::Selection::single(index)),
            None => self.view.notice = Some(super::Notice::AllLabeled),
        }
    }

    fn toggle_label(&mut self, id: LabelId) -> Step {
        if self.work.labels().get(id).is_none() {
            return Step::Done;
        }
        let annotations = self.open_annotations();
        let heading = |i: &usize| annotations.is_some_and(|annotations| annotations.is_heading(*i));
        let all = self.selected_indexes();
        let selected: Vec<usize> = all.iter().copied().filter(|i| !heading(i)).collect();
        if selected.is_empty() {
            self.view.notice = Some(if all.is_empty() { Notice::NothingSelected } else { Notice::HeadingNotLabeled });
            return Step::Done;
        }
        let suggestion = |i: usize| {
            annotations.and_then(|annotations| annotations.get(i)).is_some_and(SentenceAnnotation::is_suggestion)
        };
        // A suggestion does not count as having the label: it is not confirmed.
        let all_have = selected
            .iter()
            .all(|&i| !suggestion(i) && annotations.is_some_and(|annotations| annotations.labels(i).contains(&id)));
        let labels = self.work.labels().clone();
        let edits = self.edit_selected(|annotation| {
            if annotation.heading {
                // Headings are never labeled.
            } else if annotation.is_suggestion() {
                annotation.labels = vec![id];
                annotation.suggested = false;
            } else if all_have {
                annotation.labels.retain(|label| *label != id);
            } else if labels.multiple {
                annotation.labels.push(id);
                annotation.labels = labels.sorted(&annotation.labels);
            } else {
                annotation.labels = vec![id];
            }
        });
        self.commit(Change { edits, ..Change::default() })
    }
}

/// Label and note actions on sentences.
pub(super) fn reduce(state: &State, next: &mut State, action: &Annotate) -> Option<Step> {
    Some(match action {
        Annotate::ToggleLabel(id) => next.toggle_label(*id),
        Annotate::ToggleLabelKey(digit) => {
            let label = match state.work.labels().by_key(*digit, Target::Sentences) {
                Ok(label) => label.clone(),
                Err(miss) => {
                    next.view.notice = Some(Notice::key_missed(miss, *digit, state.prefs.lang));
                    return Some(Step::Done);
                }
            };
            let had = state.selected_indexes().into_iter().all(|index| {
                let annotation = state.open_annotations().and_then(|annotations| annotations.get(index));
                annotation
                    .is_some_and(|annotation| !annotation.is_suggestion() && annotation.labels.contains(&label.id))
            });
            let step = next.toggle_label(label.id);
            // A key puts its label on and takes it off: say so when it took
            // one off, so that pressing it again by mistake is seen.
            if had && matches!(step, Step::Record(_)) {
                let name = label.display_name(state.prefs.lang).to_string();
                next.view.notice = Some(Notice::LabelTakenOff { name, key: *digit });
            }
            if next.prefs.advance {
                next.advance_after_label();
            }
            step
        }
        Annotate::ToggleHeading => {
            let document = state.open_document()?;
            if state.work.exercise().is_some_and(|attempt| attempt.has_document(&document.id)) {
                next.view.notice = Some(Notice::HeadingsByTeacher);
                return Some(Step::Done);
            }
            let selected = state.selected_indexes();
            if selected.is_empty() {
                next.view.notice = Some(Notice::NothingSelected);
                return Some(Step::Done);
            }
            let annotations = state.open_annotations();
            let all_headings = selected.iter().all(|i| annotations.is_some_and(|a| a.is_heading(*i)));
            let edits = next.edit_selected(|annotation| {
                annotation.heading = !all_headings;
                if annotation.heading {
                    annotation.labels.clear();
                    annotation.suggested = false;
                }
            });
            next.commit(Change { edits, ..Change::default() })
        }
        Annotate::ClearLabels => {
            let edits = next.edit_selected(|annotation| {
                annotation.labels.clear();
                annotation.suggested = false;
            });
            next.commit(Change { edits, ..Change::default() })
        }
        Annotate::SetNote { index, note } => {
            let doc = state.open_document()?.id.clone();
            if *index >= state.sentence_count() {
                return None;
            }
            let note = note.trim();
            let length = note.chars().count();
            if length > NOTE_MAX_CHARS {
                // Never cut a note silently: keep the dialog open and say why.
                next.view.notice = Some(Notice::NoteTooLong { length, limit: NOTE_MAX_CHARS });
                return Some(Step::Done);
            }
            let before = state.work.annotations_of(&doc).and_then(|annotations| annotations.get(*index)).cloned();
            let mut after = before.clone().unwrap_or_default();
            after.note = note.to_string();
            let after = Some(after).filter(|annotation| !annotation.is_empty());
            next.view.panel = super::Panel::None;
            let edits =
                if before == after { Vec::new() } else { vec![SentenceEdit { doc, index: *index, before, after }] };
            next.commit(Change { edits, ..Change::default() })
        }
    })
}
