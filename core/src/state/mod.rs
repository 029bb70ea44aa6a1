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
pub mod history;
mod import;
mod label_edits;
mod review;
mod selection;
mod span_edits;
mod span_mode;
mod stored;
mod view;

pub use action::Action;
pub use attempts::{clean_student_name, students_of, STUDENT_NAME_MAX_CHARS};
pub use history::{History, Place, Transaction, HISTORY_LIMIT};
pub use stored::take_in;
pub use view::{Notice, Panel, Selection};

use crate::i18n::lang::Lang;
use crate::model::annotations::DocAnnotations;
use crate::model::change::Change;
use crate::model::exercise::Exercise;
use crate::model::prefs::{Preferences, TextSize, Theme};
use crate::model::work::Work;
use crate::store::Saved;
use crate::text::document::{Document, DocumentId};
use std::rc::Rc;

/// Longest note, in code points: a longer one is refused with a notice,
/// never cut.
pub const NOTE_MAX_CHARS: usize = 5_000;

/// The whole state of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The user's work.
    pub work: Work,
    /// Index of the open document in `work.documents`.
    pub open: usize,
    /// The selected sentences of the open document.
    pub selection: Option<Selection>,
    /// The interface language.
    pub lang: Lang,
    /// The annotator's name, for exports.
    pub annotator: String,
    /// Light, dark or system colours.
    pub theme: Theme,
    /// Size of the document text.
    pub text_size: TextSize,
    /// After a label key, move to the next unlabeled sentence.
    pub advance: bool,
    /// Undo and redo.
    pub history: Rc<History>,
    /// Only sentences with this label are shown.
    pub filter: Option<crate::model::labels::LabelId>,
    /// The open panel.
    pub panel: Panel,
    /// Feedback on the last action.
    pub notice: Option<Notice>,
    /// What became of each file of the last batch opened.
    pub import_summary: Option<Rc<crate::formats::batch::ImportSummary>>,
    /// The document to open once it is loaded (an imported one, read
    /// from the browser after start-up).
    pub pending_open: Option<DocumentId>,
    /// An exercise just opened, waiting to hear who is working.
    pub arriving: Option<Rc<Exercise>>,
    /// The range being marked as a span, when in span mode.
    pub span: Option<crate::model::span_cursor::SpanCursor>,
    /// A span may be any range (else it snaps to whole words).
    pub span_any_range: bool,
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
        Self {
            work,
            open: open.unwrap_or(0),
            selection: None,
            import_summary: None,
            pending_open: if open.is_some() { None } else { preferences.open_document.clone() },
            arriving: None,
            span: None,
            span_any_range: preferences.span_any_range,
            lang: preferences.lang,
            annotator: preferences.annotator,
            theme: preferences.theme,
            text_size: preferences.text_size,
            advance: preferences.advance,
            history: Rc::default(),
            filter: None,
            panel: Panel::None,
            notice: None,
        }
    }

    /// Whether the app shows just what a first visit shows (the first
    /// bundled document, in Arabic, nothing labeled or imported, the label
    /// set as it comes): then the first view the build puts into the page
    /// can be painted before the app runs, and nothing changes when it does.
    pub fn shows_first_view(&self) -> bool {
        let work = &self.work;
        self.lang == Lang::Arabic
            && self.open == 0
            && self.filter.is_none()
            && work.exercise().is_none()
            && work.annotations().is_empty()
            && work.orphans().is_empty()
            && work.documents().iter().all(|document| document.source == crate::text::document::DocumentSource::Bundled)
            && **work.labels() == crate::model::labels::LabelSet::default()
    }

    /// The open document, if there is any document at all.
    pub fn open_document(&self) -> Option<&Rc<Document>> {
        self.work.documents().get(self.open)
    }

    /// What is remembered across visits besides the work.
    pub fn preferences(&self) -> Preferences {
        Preferences {
            lang: self.lang,
            open_document: self
                .pending_open
                .clone()
                .or_else(|| self.open_document().map(|document| document.id.clone())),
            annotator: self.annotator.clone(),
            theme: self.theme,
            text_size: self.text_size,
            advance: self.advance,
            span_any_range: self.span_any_range,
        }
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
        match self.filter {
            None => true,
            Some(label) => {
                self.open_annotations().is_some_and(|annotations| annotations.labels(index).contains(&label))
            }
        }
    }

    /// The selected, visible sentence indexes.
    pub fn selected_indexes(&self) -> Vec<usize> {
        self.selection.map(|selection| selection.range().filter(|&i| self.is_visible(i)).collect()).unwrap_or_default()
    }

    fn sentence_count(&self) -> usize {
        self.open_document().map_or(0, |document| document.sentence_count())
    }

    /// Where the user is: the open document and the selection.
    pub fn place(&self) -> Place {
        Place { doc: self.open_document().map(|document| document.id.clone()), selection: self.selection }
    }

    /// Opens document `id` with nothing selected and no filter; `false`
    /// when there is no such document.
    fn open_id(&mut self, id: &DocumentId) -> bool {
        let Some(position) = self.work.position(id) else {
            return false;
        };
        self.open = position;
        self.filter = None;
        self.pending_open = None;
        self.selection = None;
        true
    }

    /// The state after `action`, or `None` when the action changes nothing.
    pub fn reduce(&self, action: &Action) -> Option<State> {
        let mut next = self.clone();
        // What comes from storage leaves the user's notice alone.
        if !matches!(action, Action::ApplyStored(_) | Action::LoadDocuments(_) | Action::OrderDocuments(_)) {
            next.notice = None;
        }
        if action.edits_labels() && self.labels_locked() {
            next.notice = Some(Notice::LabelsLocked);
            return (!next.same_as(self)).then_some(next);
        }
        let step = match action {
            Action::Select(_)
            | Action::ExtendSelection(_)
            | Action::MoveSelection(_)
            | Action::ExtendSelectionBy(_)
            | Action::SelectFirst
            | Action::SelectLast
            | Action::ExtendToFirst
            | Action::ExtendToLast
            | Action::SelectAll
            | Action::NextUnlabeled
            | Action::SetFilter(_) => selection::reduce(self, &mut next, action),
            Action::SetLanguage(lang) => {
                next.lang = *lang;
                Some(Step::Done)
            }
            Action::SetTheme(theme) => {
                next.theme = *theme;
                Some(Step::Done)
            }
            Action::SetTextSize(size) => {
                next.text_size = *size;
                Some(Step::Done)
            }
            Action::SetAdvance(on) => {
                next.advance = *on;
                Some(Step::Done)
            }
            Action::OpenAdjacentDocument(_)
            | Action::NextUnlabeledAnywhere
            | Action::GoToSentence(..)
            | Action::LabelSentences(..) => corpus::reduce(self, &mut next, action),
            Action::SetAnnotator(name) => {
                next.annotator = name.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(80).collect();
                Some(Step::Done)
            }
            Action::OpenPanel(panel) => {
                next.panel = *panel;
                Some(Step::Done)
            }
            Action::OpenNote => {
                match self.selection {
                    Some(selection) => next.panel = Panel::Note(selection.focus),
                    None => next.notice = Some(Notice::NothingSelected),
                }
                Some(Step::Done)
            }
            Action::ClosePanel => {
                match self.panel {
                    Panel::None => next.filter = None,
                    _ => next.panel = Panel::None,
                }
                Some(Step::Done)
            }
            Action::Report(notice) => {
                next.notice = Some(notice.clone());
                Some(Step::Done)
            }
            Action::DismissNotice => Some(Step::Done),
            Action::ToggleLabel(_)
            | Action::ToggleLabelKey(_)
            | Action::ClearLabels
            | Action::ToggleHeading
            | Action::SetNote { .. } => annotation_edits::reduce(self, &mut next, action),
            Action::ToggleSpan { .. } | Action::RelabelSpan { .. } => span_edits::reduce(&mut next, action),
            Action::AcceptSuggestion | Action::AcceptAllSuggestions => review::reduce(self, &mut next, action),
            Action::AddLabel(_)
            | Action::RenameLabel(..)
            | Action::RecolorLabel(..)
            | Action::MoveLabel(..)
            | Action::DeleteLabel(_)
            | Action::SetMultiple(_)
            | Action::SetLabelScope(..) => label_edits::reduce(self, &mut next, action),
            Action::EnterSpanMode
            | Action::LeaveSpanMode
            | Action::MoveSpanCursor { .. }
            | Action::SetSpanCursor { .. }
            | Action::ToggleSpanKey(_)
            | Action::ToggleSpanLabel(_)
            | Action::RemoveSpanAtCursor
            | Action::SetSpanAnyRange(_) => span_mode::reduce(self, &mut next, action),
            Action::Undo | Action::Redo => history::reduce(&mut next, action),
            Action::OpenDocument(_)
            | Action::AddDocument(_)
            | Action::RemoveDocument(_)
            | Action::LoadDocuments(_)
            | Action::OrderDocuments(_) => documents::reduce(self, &mut next, action),
            Action::Import(plan, mode) => Some(import::reduce(self, &mut next, plan, mode, false)),
            Action::ImportAsSuggestions(plan, mode) => Some(import::reduce(self, &mut next, plan, mode, true)),
            Action::AddBatch(batch) => Some(batch::reduce(self, &mut next, batch)),
            Action::ApplyStored(update) => Some(stored::reduce(&mut next, update)),
            Action::AddSubmissions(_)
            | Action::Decide(..)
            | Action::DecideSpans(..)
            | Action::SetExplanation(..)
            | Action::MakeKey
            | Action::LoadKey(..)
            | Action::EndComparison => classroom::reduce(self, &mut next, action),
            Action::OpenExercise(exercise) => {
                next.arriving = Some(exercise.clone());
                next.panel = Panel::ChooseStudent;
                Some(Step::Done)
            }
            Action::StartExercise(exercise, student) => attempts::start(self, &mut next, exercise, student),
            Action::LeaveExercise => attempts::stop(self, &mut next),
        }?;
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
            && self.open == other.open
            && self.selection == other.selection
            && self.lang == other.lang
            && self.annotator == other.annotator
            && self.theme == other.theme
            && self.text_size == other.text_size
            && self.advance == other.advance
            && self.filter == other.filter
            && self.panel == other.panel
            && self.notice == other.notice
            && self.pending_open == other.pending_open
            && self.arriving == other.arriving
            && self.import_summary == other.import_summary
            && self.span == other.span
            && self.span_any_range == other.span_any_range
    }
}
