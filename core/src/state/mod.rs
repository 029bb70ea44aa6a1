//! The app state and the one place that changes it: [`State::reduce`].
//!
//! The state is the user's [`Work`] beside the view (open document,
//! selection, filter, panel, notice), the preferences and the undo
//! [`History`]. `reduce` hands each action to the slice that knows it (one
//! file each); a slice that changes the work returns the [`Change`], already
//! applied, and `reduce` records it as one transaction with where the user
//! was before and after. Changes that come from storage are applied but not
//! recorded.

mod action;
mod annotation_edits;
mod attempts;
mod batch;
mod classroom;
mod corpus;
mod documents;
mod first_view;
pub mod history;
mod import;
mod label_edits;
mod opening;
mod panels;
mod prefs;
mod review;
mod selection;
mod span_edits;
mod span_mode;
mod stored;
mod view;

pub use action::{
    Action, Annotate, Classroom, Corpus, Documents, ImportFile, LabelEdit, Panels, Review, Select, Setting, SpanEdit,
    SpanMode, Student,
};
pub use attempts::{clean_student_name, students_of, STUDENT_NAME_MAX_CHARS};
pub use first_view::{reading_notice, FirstStep};
pub use history::{History, Place, Transaction, HISTORY_LIMIT};
pub use opening::{Dialog, Opening};
pub use prefs::Prefs;
pub use stored::take_in;
pub use view::{Notice, Panel, Selection, View};

use crate::i18n::lang::Lang;
use crate::model::annotations::DocAnnotations;
use crate::model::change::Change;
use crate::model::prefs::Preferences;
use crate::model::work::Work;
use crate::store::Saved;
use crate::text::document::{Document, DocumentId};
use std::rc::Rc;

/// Longest note, in code points: a longer one is refused with a notice,
/// never cut.
pub const NOTE_MAX_CHARS: usize = 5_000;

/// The whole state of the app: the user's work, how it is viewed, the
/// preferences, and undo.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The user's work.
    pub work: Work,
    /// What is open, selected and shown.
    pub view: View,
    /// What is remembered across visits besides the work.
    pub prefs: Prefs,
    /// Undo and redo.
    pub history: Rc<History>,
}

/// What a slice did with an action.
enum Step {
    /// It changed the view, or nothing that is recorded.
    Done,
    /// It applied this change to the work, to be recorded for undo.
    Record(Box<Change>),
}

impl State {
    /// A state over `documents` with nothing saved.
    pub fn new(documents: Vec<Document>, preferences: &Preferences) -> Self {
        Self::restore(documents, Saved { preferences: preferences.clone(), ..Saved::default() })
    }

    /// A state over `documents`, restoring `saved` work.
    pub fn restore(documents: Vec<Document>, saved: Saved) -> Self {
        let work = Work::new(documents)
            .with_labels(Rc::new(saved.labels.unwrap_or_default()))
            .with_annotations(saved.annotations)
            .with_orphans(saved.orphans)
            .with_exercise(saved.exercise.map(Rc::new))
            .with_shelf(saved.shelf)
            .with_adjudication(saved.adjudication.map(Rc::new));
        let preferences = saved.preferences;
        let open = preferences.open_document.as_ref().and_then(|id| work.position(id));
        let view = View {
            open: open.unwrap_or(0),
            pending_open: if open.is_some() { None } else { preferences.open_document.clone() },
            ..View::default()
        };
        Self { work, view, prefs: Prefs::from(&preferences), history: Rc::default() }
    }

    /// Whether the app shows just what a first visit shows (the first
    /// bundled document, in Arabic, nothing labeled or imported, the label
    /// set as it comes): then the first view the build puts into the page
    /// can be painted before the app runs, and nothing changes when it does.
    pub fn shows_first_view(&self) -> bool {
        let work = &self.work;
        self.prefs.lang == Lang::Arabic
            && self.view.open == 0
            && self.view.filter.is_none()
            && work.exercise().is_none()
            && work.annotations().is_empty()
            && work.orphans().is_empty()
            && work.documents().iter().all(|document| document.source == crate::text::document::DocumentSource::Bundled)
            && **work.labels() == crate::model::labels::LabelSet::default()
    }

    /// The open document, if there is any document at all.
    pub fn open_document(&self) -> Option<&Rc<Document>> {
        self.work.documents().get(self.view.open)
    }

    /// Whether the student's attempt holds nothing of hers yet: no label,
    /// span or note on any of its sentences (the teacher's headings do not
    /// count), so a submission would be empty.
    pub fn attempt_is_empty(&self) -> bool {
        let Some(attempt) = self.work.exercise() else { return false };
        let documents = self.work.documents().iter().filter(|document| attempt.has_document(&document.id));
        documents.flat_map(|document| self.work.annotations_of(&document.id)).all(|annotations| {
            annotations.iter().all(|(_, annotation)| {
                annotation.labels.is_empty() && annotation.spans.is_empty() && annotation.note.trim().is_empty()
            })
        })
    }

    /// Whether `document` can be removed: an imported one, unless it is a
    /// student's copy of an exercise (the exercise cannot be emptied).
    pub fn can_remove(&self, document: &Document) -> bool {
        let in_attempt = self.work.exercise().is_some_and(|attempt| attempt.has_document(&document.id));
        document.source == crate::text::document::DocumentSource::Imported && !in_attempt
    }

    /// Whether the open document is the one to show: not while the document
    /// to open is still being read from the store (a returning student's
    /// copy, an imported text), when the one open is only a stand-in.
    pub fn settled(&self) -> bool {
        self.view.pending_open.is_none()
    }

    /// The open document's place among the documents in sight.
    pub fn shown_open(&self) -> usize {
        let Some(open) = self.open_document() else { return 0 };
        match self.work.exercise() {
            None => self.view.open,
            Some(_) => self.work.shown_documents().iter().position(|document| document.id == open.id).unwrap_or(0),
        }
    }

    /// What is remembered across visits besides the work.
    pub fn preferences(&self) -> Preferences {
        let open_document =
            (self.view.pending_open.clone()).or_else(|| self.open_document().map(|document| document.id.clone()));
        self.prefs.with_open_document(open_document)
    }

    /// The annotations of the open document.
    pub fn open_annotations(&self) -> Option<&DocAnnotations> {
        self.open_document().and_then(|document| self.work.annotations_of(&document.id))
    }

    /// Sentences with confirmed labels and all sentences, in the open
    /// document (suggestions still to review are not counted).
    pub fn progress(&self) -> (usize, usize) {
        let annotations = self.open_annotations();
        let headings = annotations.map_or(0, DocAnnotations::heading_count);
        (annotations.map_or(0, DocAnnotations::labeled_count), self.sentence_count().saturating_sub(headings))
    }

    /// Whether the open exercise locks the label set: the labels can be
    /// used, not renamed, recoloured, moved, added or deleted.
    pub fn labels_locked(&self) -> bool {
        self.work.exercise().is_some_and(|attempt| attempt.exercise.lock_labels)
    }

    /// Whether sentence `index` of the open document passes the filter.
    pub fn is_visible(&self, index: usize) -> bool {
        match self.view.filter {
            None => true,
            Some(label) => {
                self.open_annotations().is_some_and(|annotations| annotations.labels(index).contains(&label))
            }
        }
    }

    /// The selected, visible sentence indexes.
    pub fn selected_indexes(&self) -> Vec<usize> {
        self.view
            .selection
            .map(|selection| selection.range().filter(|&i| self.is_visible(i)).collect())
            .unwrap_or_default()
    }

    fn sentence_count(&self) -> usize {
        self.open_document().map_or(0, |document| document.sentence_count())
    }

    /// Where the user is: the open document and the selection.
    pub fn place(&self) -> Place {
        Place { doc: self.open_document().map(|document| document.id.clone()), selection: self.view.selection }
    }

    /// Opens document `id` with nothing selected and no filter; `false`
    /// when there is no such document.
    fn open_id(&mut self, id: &DocumentId) -> bool {
        let Some(position) = self.work.position(id) else {
            return false;
        };
        self.view.open = position;
        self.view.filter = None;
        self.view.pending_open = None;
        self.view.selection = None;
        true
    }

    /// Selects the open document's first sentence that is not a heading,
    /// so that a label key works at once (one key a document through a
    /// corpus, by `]` or the navigator).
    fn select_first_sentence(&mut self) {
        let Some(document) = self.open_document().cloned() else { return };
        let headings = self.work.annotations_of(&document.id);
        let first = (0..document.sentence_count())
            .find(|index| !headings.is_some_and(|annotations| annotations.is_heading(*index)));
        self.view.selection = first.map(Selection::single);
    }

    /// The state after `action`, or `None` when the action changes nothing.
    pub fn reduce(&self, action: &Action) -> Option<State> {
        let mut next = self.clone();
        // What comes from storage leaves the user's notice alone.
        if !action.from_storage() {
            next.view.notice = None;
        }
        if matches!(action, Action::Labels(_)) && self.labels_locked() {
            next.view.notice = Some(Notice::LabelsLocked);
            return (!next.same_as(self)).then_some(next);
        }
        let step = match action {
            Action::Select(select) => selection::reduce(self, &mut next, select),
            Action::Set(setting) => Some(prefs::reduce(&mut next, setting)),
            Action::Panels(panels) => Some(panels::reduce(self, &mut next, panels)),
            Action::Annotate(edit) => annotation_edits::reduce(self, &mut next, edit),
            Action::Spans(edit) => span_edits::reduce(&mut next, edit),
            Action::Review(review) => review::reduce(self, &mut next, review),
            Action::Corpus(corpus) => corpus::reduce(self, &mut next, corpus),
            Action::Documents(documents) => documents::reduce(self, &mut next, documents),
            Action::Labels(edit) => label_edits::reduce(self, &mut next, edit),
            Action::SpanMode(mode) => span_mode::reduce(self, &mut next, mode),
            Action::Student(student) => attempts::reduce(self, &mut next, student),
            Action::Classroom(classroom) => classroom::reduce(self, &mut next, classroom),
            Action::Import(file) => Some(import::reduce(self, &mut next, file)),
            Action::AddBatch(batch) => Some(batch::reduce(self, &mut next, batch)),
            Action::ApplyStored(update) => Some(stored::reduce(&mut next, update)),
            Action::Undo => history::reduce(&mut next, true),
            Action::Redo => history::reduce(&mut next, false),
        }?;
        self.finish(next, step)
    }

    /// `next`, the state after a slice took `step` from this one: the
    /// span cursor follows the selection and a change is recorded for
    /// undo. `None` when nothing changed.
    fn finish(&self, mut next: State, step: Step) -> Option<State> {
        span_mode::follow_selection(&mut next);
        if let Step::Record(change) = step {
            if !change.is_empty() {
                let transaction = Transaction { change: *change, before: self.place(), after: next.place() };
                Rc::make_mut(&mut next.history).record(transaction);
            }
        }
        (!next.same_as(self)).then_some(next)
    }

    /// Applies `change` to the work and hands it back to be recorded.
    fn commit(&mut self, change: Change) -> Step {
        self.work.apply(&change);
        Step::Record(Box::new(change))
    }

    /// Whether `other` is this very state: the shared parts by identity (a
    /// change always makes new ones), the small parts by value. Costs the
    /// same for any document size, unlike `==`.
    pub fn same_as(&self, other: &State) -> bool {
        self.work.same_as(&other.work)
            && Rc::ptr_eq(&self.history, &other.history)
            && self.view == other.view
            && self.prefs == other.prefs
    }
}
