//! The app state and the one place that changes it: [`State::reduce`].

use super::annotations::{Chunk, DocAnnotations, SentenceAnnotation};
use super::document::DocumentSource;
use super::document::{Document, DocumentId};
use super::exercise::Exercise;
use super::history::{Change, History, SentenceEdit};
use super::import::{document_for, merged_labels, remap, unplaced_orphans, ImportMode, ImportPlan};
use super::labels::{clean_label_name, Label, LabelColor, LabelId, LabelSet};
use super::prefs::{Preferences, TextSize, Theme};
use super::store::{anchor, StoredAnnotation};
use super::strings::Lang;
use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::rc::Rc;

/// Longest note, in code points.
pub const NOTE_MAX_CHARS: usize = 5_000;

/// A run of selected sentences: from `anchor` (where it started) to `focus`
/// (where the keyboard is), in either order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The sentence the selection started at.
    pub anchor: usize,
    /// The sentence the selection moves from.
    pub focus: usize,
}

impl Selection {
    /// One selected sentence.
    pub fn single(index: usize) -> Self {
        Self { anchor: index, focus: index }
    }

    /// The selected sentence indexes, in order.
    pub fn range(self) -> RangeInclusive<usize> {
        self.anchor.min(self.focus)..=self.anchor.max(self.focus)
    }

    /// Whether sentence `index` is selected.
    pub fn contains(self, index: usize) -> bool {
        self.range().contains(&index)
    }
}

/// A dialog or panel over the reading view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    /// Nothing open.
    #[default]
    None,
    /// The list of keyboard shortcuts.
    Help,
    /// The note of this sentence.
    Note(usize),
    /// The label set editor.
    Labels,
    /// The export dialog.
    Export,
    /// The import dialog (what it shows is held by the interface).
    Import,
    /// Confirm removing the open (imported) document.
    ConfirmRemove,
    /// The teacher's exercise maker.
    MakeExercise,
    /// The teacher's comparison of submissions.
    Compare,
    /// Display settings: language, colours, text size.
    Settings,
    /// Label statistics for the open document and overall.
    Statistics,
}

/// Feedback on the last action, shown in a status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A label was deleted; this many sentences lost it.
    LabelDeleted {
        /// Its name.
        name: String,
        /// Sentences that lost it.
        sentences: usize,
    },
    /// The last change was undone.
    Undone,
    /// The last undone change was redone.
    Redone,
    /// Nothing to undo.
    NothingToUndo,
    /// Nothing to redo.
    NothingToRedo,
    /// Every sentence of the document has a label.
    AllLabeled,
    /// A label action needs a selected sentence.
    NothingSelected,
    /// Another label already has this name.
    DuplicateLabelName,
    /// An import was taken in.
    Imported {
        /// Annotations taken from the file.
        annotations: usize,
        /// Documents added.
        documents: usize,
    },
    /// The imported text is already a document; it was opened.
    AlreadyImported,
    /// The exercise locks the label set.
    LabelsLocked,
}

/// An annotation whose sentence could not be found in the current text of
/// its document: kept, listed, never attached elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Orphan {
    /// The document it belonged to.
    pub doc: DocumentId,
    /// Where its sentence was, in code points.
    pub start: usize,
    /// One past the end of its sentence.
    pub end: usize,
    /// Hash of its sentence text.
    pub hash: String,
    /// The beginning of its sentence text.
    pub quote: String,
    /// Its labels and note.
    pub annotation: SentenceAnnotation,
}

/// Data that arrives from storage rather than from this tab's user: from
/// another tab, or from the journal at start-up. Not undoable.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredUpdate {
    /// A newer label set.
    Labels(LabelSet),
    /// A newer chunk of a document's annotations, already anchored.
    Chunk {
        /// The document.
        doc: DocumentId,
        /// The chunk index.
        chunk: usize,
        /// Its annotations.
        entries: Chunk,
    },
    /// A newer list of a document's orphans.
    Orphans {
        /// The document.
        doc: DocumentId,
        /// Its orphans.
        orphans: Vec<Orphan>,
    },
}

/// Everything a user can do that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open another document (selection cleared).
    OpenDocument(DocumentId),
    /// Select one sentence.
    Select(usize),
    /// Extend the selection from its anchor to this sentence (shift+click).
    ExtendSelection(usize),
    /// Move the selection by this many visible sentences (negative:
    /// backwards); with nothing selected, select the first (or last).
    MoveSelection(isize),
    /// Move the selection's focus, keeping its anchor (shift+arrow).
    ExtendSelectionBy(isize),
    /// Select the first visible sentence.
    SelectFirst,
    /// Select the last visible sentence.
    SelectLast,
    /// Extend the selection to the first visible sentence (Shift+Home).
    ExtendToFirst,
    /// Extend the selection to the last visible sentence (Shift+End).
    ExtendToLast,
    /// Select every sentence (Ctrl+A).
    SelectAll,
    /// Switch the interface language.
    SetLanguage(Lang),
    /// Set the annotator's name (trimmed, one line, at most 80 characters).
    SetAnnotator(String),
    /// Choose light, dark or system colours.
    SetTheme(Theme),
    /// Choose the size of the document text.
    SetTextSize(TextSize),
    /// Toggle a label on every selected sentence.
    ToggleLabel(LabelId),
    /// Toggle the label with this key (1..9) on every selected sentence.
    ToggleLabelKey(u8),
    /// Remove every label from the selected sentences.
    ClearLabels,
    /// Set the note of a sentence of the open document.
    SetNote {
        /// The sentence.
        index: usize,
        /// The note (empty removes it).
        note: String,
    },
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Select the next sentence without a label, wrapping around.
    NextUnlabeled,
    /// Show only the sentences with this label (`None`: all).
    SetFilter(Option<LabelId>),
    /// Open a panel.
    OpenPanel(Panel),
    /// Open the note of the focused sentence.
    OpenNote,
    /// Close the open panel; with none open, clear the label filter.
    ClosePanel,
    /// Add a label at the end of the set.
    AddLabel(String),
    /// Rename a label in the interface language.
    RenameLabel(LabelId, String),
    /// Change a label's colour.
    RecolorLabel(LabelId, LabelColor),
    /// Move a label up (negative) or down the palette.
    MoveLabel(LabelId, isize),
    /// Delete a label, removing it from every sentence.
    DeleteLabel(LabelId),
    /// One label per sentence (`false`) or several (`true`).
    SetMultiple(bool),
    /// Take in data from storage.
    ApplyStored(StoredUpdate),
    /// Take in a validated Hamish JSON file (one undoable change; new
    /// documents are added).
    Import(Rc<ImportPlan>, ImportMode),
    /// Add a document (a plain text import) and open it; an identical one
    /// already there is opened instead.
    AddDocument(Rc<Document>),
    /// Remove an imported document with its annotations (not undoable).
    RemoveDocument(DocumentId),
    /// Start (or go back to) an exercise: its documents are added, its label
    /// set replaces the current one, its first document opens.
    StartExercise(Rc<Exercise>),
    /// Leave the exercise (its documents and labels stay).
    LeaveExercise,
    /// Imported documents read back from the browser at start-up, with their
    /// stored annotations (possibly none: the reading is over either way).
    LoadDocuments(Vec<(Rc<Document>, Vec<StoredAnnotation>)>),
    /// Clear the notice.
    DismissNotice,
}

/// The whole state of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Every document, bundled first.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// Index of the open document in `documents`.
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
    /// The label set.
    pub labels: Rc<LabelSet>,
    /// Annotations of each document.
    pub annotations: Rc<BTreeMap<DocumentId, DocAnnotations>>,
    /// Annotations that lost their sentence.
    pub orphans: Rc<BTreeMap<DocumentId, Vec<Orphan>>>,
    /// Undo and redo.
    pub history: Rc<History>,
    /// Only sentences with this label are shown.
    pub filter: Option<LabelId>,
    /// The open panel.
    pub panel: Panel,
    /// Feedback on the last action.
    pub notice: Option<Notice>,
    /// The document to open once it is loaded (an imported one, read
    /// from the browser after start-up).
    pub pending_open: Option<DocumentId>,
    /// The exercise being done (student mode), if any.
    pub exercise: Option<Rc<Exercise>>,
}

/// `edit` applied to the sentence's `current` annotation as a change, not
/// a snapshot: the labels it removed are removed, those it added are added,
/// and its note is set if it changed the note. When `current` is what the
/// edit started from, the result is exactly what it ended with; when another
/// tab changed the sentence meanwhile, that tab's work is kept.
fn rebase(current: Option<&SentenceAnnotation>, edit: &SentenceEdit, labels: &LabelSet) -> Option<SentenceAnnotation> {
    let empty = SentenceAnnotation::default();
    let (before, after) = (edit.before.as_ref().unwrap_or(&empty), edit.after.as_ref().unwrap_or(&empty));
    if current.unwrap_or(&empty) == before {
        return edit.after.clone();
    }
    let mut result = current.cloned().unwrap_or_default();
    result.labels.retain(|id| !before.labels.contains(id) || after.labels.contains(id));
    for id in &after.labels {
        if !result.labels.contains(id) {
            result.labels.push(*id);
        }
    }
    result.labels = labels.sorted(&result.labels);
    if !labels.multiple && result.labels.len() > 1 {
        // One label per sentence: the edit's own label wins.
        result.labels = if after.labels.is_empty() { result.labels[..1].to_vec() } else { after.labels.clone() };
    }
    if before.note != after.note {
        result.note = after.note.clone();
    }
    Some(result).filter(|annotation| !annotation.is_empty())
}

/// The work restored at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    /// Language and open document.
    pub preferences: Preferences,
    /// The label set, if one was stored.
    pub labels: Option<LabelSet>,
    /// Annotations by document.
    pub annotations: BTreeMap<DocumentId, DocAnnotations>,
    /// Orphans by document.
    pub orphans: BTreeMap<DocumentId, Vec<Orphan>>,
    /// The exercise being done, if any.
    pub exercise: Option<Exercise>,
}

impl State {
    /// A state over `documents` with nothing saved.
    pub fn new(documents: Vec<Document>, preferences: &Preferences) -> Self {
        Self::restore(documents, Saved { preferences: preferences.clone(), ..Saved::default() })
    }

    /// A state over `documents`, restoring `saved` work.
    pub fn restore(documents: Vec<Document>, saved: Saved) -> Self {
        let documents: Vec<Rc<Document>> = documents.into_iter().map(Rc::new).collect();
        let open = saved
            .preferences
            .open_document
            .as_ref()
            .and_then(|id| documents.iter().position(|document| &document.id == id));
        let pending_open = match open {
            Some(_) => None,
            None => saved.preferences.open_document.clone(),
        };
        Self {
            documents: Rc::new(documents),
            open: open.unwrap_or(0),
            selection: None,
            lang: saved.preferences.lang,
            annotator: saved.preferences.annotator.clone(),
            theme: saved.preferences.theme,
            text_size: saved.preferences.text_size,
            labels: Rc::new(saved.labels.unwrap_or_default()),
            annotations: Rc::new(saved.annotations),
            orphans: Rc::new(saved.orphans),
            history: Rc::default(),
            filter: None,
            panel: Panel::None,
            notice: None,
            pending_open,
            exercise: saved.exercise.map(Rc::new),
        }
    }

    /// The open document, if there is any document at all.
    pub fn open_document(&self) -> Option<&Rc<Document>> {
        self.documents.get(self.open)
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
        }
    }

    /// The annotations of document `id` (empty when none).
    pub fn doc_annotations(&self, id: &DocumentId) -> Option<&DocAnnotations> {
        self.annotations.get(id)
    }

    /// The annotations of the open document.
    pub fn open_annotations(&self) -> Option<&DocAnnotations> {
        self.open_document().and_then(|document| self.annotations.get(&document.id))
    }

    /// Labeled sentences and all sentences, in the open document.
    pub fn progress(&self) -> (usize, usize) {
        let total = self.sentence_count();
        (self.open_annotations().map_or(0, DocAnnotations::labeled_count), total)
    }

    /// Labeled sentences and all sentences, across every document.
    pub fn progress_all(&self) -> (usize, usize) {
        let labeled = self.annotations.values().map(DocAnnotations::labeled_count).sum();
        let total = self.documents.iter().map(|document| document.sentence_count()).sum();
        (labeled, total)
    }

    /// Every orphan, by document.
    pub fn orphan_count(&self) -> usize {
        self.orphans.values().map(Vec::len).sum()
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

    fn sentence_count(&self) -> usize {
        self.open_document().map_or(0, |document| document.sentence_count())
    }

    /// The visible sentence `steps` visible sentences from `from`, clamped.
    fn step_visible(&self, from: usize, steps: isize) -> usize {
        let count = self.sentence_count();
        let mut at = from;
        let mut remaining = steps.unsigned_abs();
        let forward = steps > 0;
        while remaining > 0 {
            let next = if forward {
                (at + 1..count).find(|&i| self.is_visible(i))
            } else {
                (0..at).rev().find(|&i| self.is_visible(i))
            };
            match next {
                Some(next) => at = next,
                None => break,
            }
            remaining -= 1;
        }
        at
    }

    fn first_visible(&self) -> Option<usize> {
        (0..self.sentence_count()).find(|&i| self.is_visible(i))
    }

    fn last_visible(&self) -> Option<usize> {
        (0..self.sentence_count()).rev().find(|&i| self.is_visible(i))
    }

    /// The selected, visible sentence indexes.
    pub fn selected_indexes(&self) -> Vec<usize> {
        self.selection.map(|selection| selection.range().filter(|&i| self.is_visible(i)).collect()).unwrap_or_default()
    }

    /// The state after `action`, or `None` when the action changes nothing.
    pub fn reduce(&self, action: &Action) -> Option<State> {
        let count = self.sentence_count();
        let mut next = self.clone();
        next.notice = None;
        let edits_labels = matches!(
            action,
            Action::AddLabel(_)
                | Action::RenameLabel(..)
                | Action::RecolorLabel(..)
                | Action::MoveLabel(..)
                | Action::DeleteLabel(_)
                | Action::SetMultiple(_)
        );
        if edits_labels && self.exercise.as_ref().is_some_and(|exercise| exercise.lock_labels) {
            next.notice = Some(Notice::LabelsLocked);
            return (!next.same_as(self)).then_some(next);
        }
        match action {
            Action::OpenDocument(id) => {
                next.open = self.documents.iter().position(|document| &document.id == id)?;
                next.pending_open = None;
                next.selection = None;
                next.filter = None;
                next.panel = Panel::None;
            }
            Action::Select(index) => next.selection = (*index < count).then(|| Selection::single(*index)),
            Action::ExtendSelection(index) if *index < count => {
                let anchor = self.selection.map_or(*index, |selection| selection.anchor);
                next.selection = Some(Selection { anchor, focus: *index });
            }
            Action::ExtendSelection(_) => return None,
            Action::MoveSelection(step) => {
                let target = match self.selection {
                    Some(selection) => Some(self.step_visible(selection.focus, *step)),
                    None if *step < 0 => self.last_visible(),
                    None => self.first_visible(),
                };
                next.selection = Some(Selection::single(target?));
            }
            Action::ExtendSelectionBy(step) => {
                let selection = self.selection?;
                next.selection =
                    Some(Selection { anchor: selection.anchor, focus: self.step_visible(selection.focus, *step) });
            }
            Action::SelectFirst => next.selection = self.first_visible().map(Selection::single),
            Action::SelectLast => next.selection = self.last_visible().map(Selection::single),
            Action::ExtendToFirst | Action::ExtendToLast => {
                let edge = if *action == Action::ExtendToFirst { self.first_visible()? } else { self.last_visible()? };
                let anchor = self.selection.map_or(edge, |selection| selection.anchor);
                next.selection = Some(Selection { anchor, focus: edge });
            }
            Action::SelectAll => {
                let (first, last) = (self.first_visible()?, self.last_visible()?);
                next.selection = Some(Selection { anchor: first, focus: last });
            }
            Action::SetLanguage(lang) => next.lang = *lang,
            Action::SetTheme(theme) => next.theme = *theme,
            Action::SetTextSize(size) => next.text_size = *size,
            Action::SetAnnotator(name) => {
                next.annotator = name.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(80).collect();
            }
            Action::ToggleLabel(id) => next.toggle_label(*id),
            Action::ToggleLabelKey(digit) => {
                let id = self.labels.by_key(*digit)?.id;
                next.toggle_label(id);
            }
            Action::ClearLabels => {
                let edits = next.edit_selected(|annotation| annotation.labels.clear());
                next.commit(edits, None);
            }
            Action::SetNote { index, note } => {
                let doc = self.open_document()?.id.clone();
                if *index >= count {
                    return None;
                }
                let note: String = note.trim().chars().take(NOTE_MAX_CHARS).collect();
                let before = self.annotations.get(&doc).and_then(|annotations| annotations.get(*index)).cloned();
                let mut after = before.clone().unwrap_or_default();
                after.note = note;
                let after = Some(after).filter(|annotation| !annotation.is_empty());
                next.panel = Panel::None;
                if before != after {
                    next.commit(vec![SentenceEdit { doc, index: *index, before, after }], None);
                }
            }
            Action::Undo => match Rc::make_mut(&mut next.history).take_undo() {
                Some(change) => {
                    next.apply(&change.inverse());
                    next.notice = Some(Notice::Undone);
                }
                None => next.notice = Some(Notice::NothingToUndo),
            },
            Action::Redo => match Rc::make_mut(&mut next.history).take_redo() {
                Some(change) => {
                    next.apply(&change);
                    next.notice = Some(Notice::Redone);
                }
                None => next.notice = Some(Notice::NothingToRedo),
            },
            Action::NextUnlabeled => {
                let annotations = self.open_annotations();
                let unlabeled = |i: &usize| annotations.is_none_or(|annotations| annotations.labels(*i).is_empty());
                let start = self.selection.map_or(0, |selection| selection.focus + 1);
                match (start..count).chain(0..start.min(count)).find(unlabeled) {
                    Some(index) => {
                        next.selection = Some(Selection::single(index));
                        if !next.is_visible(index) {
                            next.filter = None;
                        }
                    }
                    None => next.notice = Some(Notice::AllLabeled),
                }
            }
            Action::SetFilter(filter) => {
                next.filter = *filter;
                if let Some(selection) = self.selection {
                    if !next.is_visible(selection.focus) {
                        next.selection = None;
                    }
                }
            }
            Action::OpenPanel(panel) => next.panel = *panel,
            Action::OpenNote => match self.selection {
                Some(selection) => next.panel = Panel::Note(selection.focus),
                None => next.notice = Some(Notice::NothingSelected),
            },
            Action::ClosePanel if self.panel == Panel::None => next.filter = None,
            Action::ClosePanel => next.panel = Panel::None,
            Action::AddLabel(name) => {
                let name = clean_label_name(name)?;
                if self.name_taken(&name, None) {
                    next.notice = Some(Notice::DuplicateLabelName);
                } else {
                    let mut labels = (*self.labels).clone();
                    let color = LabelColor::for_position(labels.labels.len());
                    labels.labels.push(Label { id: labels.next_id(), name, name_en: String::new(), color });
                    next.commit(Vec::new(), Some(labels));
                }
            }
            Action::RenameLabel(id, name) => {
                let name = clean_label_name(name)?;
                if self.name_taken(&name, Some(*id)) {
                    next.notice = Some(Notice::DuplicateLabelName);
                } else {
                    let mut labels = (*self.labels).clone();
                    let label = labels.labels.iter_mut().find(|label| label.id == *id)?;
                    match self.lang {
                        Lang::Arabic => label.name = name,
                        Lang::English => label.name_en = name,
                    }
                    next.commit(Vec::new(), Some(labels));
                }
            }
            Action::RecolorLabel(id, color) => {
                let mut labels = (*self.labels).clone();
                labels.labels.iter_mut().find(|label| label.id == *id)?.color = *color;
                next.commit(Vec::new(), Some(labels));
            }
            Action::MoveLabel(id, by) => {
                let mut labels = (*self.labels).clone();
                let from = labels.position(*id)?;
                let to = from.saturating_add_signed(*by).min(labels.labels.len() - 1);
                let label = labels.labels.remove(from);
                labels.labels.insert(to, label);
                next.commit(Vec::new(), Some(labels));
            }
            Action::DeleteLabel(id) => {
                let mut labels = (*self.labels).clone();
                let position = labels.position(*id)?;
                let removed = labels.labels.remove(position);
                let edits = next.edit_everywhere(|annotation| annotation.labels.retain(|label| label != id));
                next.notice = Some(Notice::LabelDeleted {
                    name: removed.display_name(self.lang).to_string(),
                    sentences: edits.len(),
                });
                if next.filter == Some(*id) {
                    next.filter = None;
                }
                next.commit(edits, Some(labels));
            }
            Action::SetMultiple(multiple) => {
                let mut labels = (*self.labels).clone();
                labels.multiple = *multiple;
                next.commit(Vec::new(), Some(labels));
            }
            Action::ApplyStored(update) => next.apply_stored(update),
            Action::Import(plan, mode) => next.import(plan, mode),
            Action::AddDocument(document) => {
                match self.documents.iter().position(|known| known.id == document.id) {
                    Some(position) => {
                        next.notice = Some(Notice::AlreadyImported);
                        next.open = position;
                    }
                    None => {
                        Rc::make_mut(&mut next.documents).push(document.clone());
                        next.open = next.documents.len() - 1;
                    }
                }
                next.pending_open = None;
                next.selection = None;
                next.filter = None;
            }
            Action::RemoveDocument(id) => {
                let position = self.documents.iter().position(|document| &document.id == id)?;
                if self.documents[position].source != DocumentSource::Imported {
                    return None;
                }
                let open_id = self.open_document().map(|document| document.id.clone());
                Rc::make_mut(&mut next.documents).remove(position);
                Rc::make_mut(&mut next.annotations).remove(id);
                Rc::make_mut(&mut next.orphans).remove(id);
                Rc::make_mut(&mut next.history).forget_document(id);
                next.open = open_id
                    .and_then(|open| next.documents.iter().position(|document| document.id == open))
                    .unwrap_or(0);
                next.selection = None;
                next.filter = None;
                next.panel = Panel::None;
            }
            Action::StartExercise(exercise) => {
                for document in exercise.segmented() {
                    if !next.documents.iter().any(|known| known.id == document.id) {
                        Rc::make_mut(&mut next.documents).push(Rc::new(document));
                    }
                }
                if self.exercise.as_ref().is_none_or(|current| current.hash != exercise.hash) {
                    next.labels = Rc::new(self.labels_for(&exercise.labels));
                    next.history = Rc::default();
                    next.exercise = Some(exercise.clone());
                }
                let first = exercise.documents.first().map(|document| document.id.clone());
                if let Some(position) =
                    first.and_then(|id| next.documents.iter().position(|document| document.id == id))
                {
                    next.open = position;
                }
                next.pending_open = None;
                next.selection = None;
                next.filter = None;
                next.panel = Panel::None;
            }
            Action::LeaveExercise => next.exercise = None,
            Action::LoadDocuments(loaded) => {
                for (document, stored) in loaded {
                    if let Some(present) = next.documents.iter().find(|known| known.id == document.id).cloned() {
                        // Added again meanwhile (an exercise, a drop): keep what is
                        // there and add the stored annotations it lacks.
                        let anchored = anchor(&present, stored.clone());
                        let current = next.annotations.get(&present.id).cloned().unwrap_or_default();
                        let missing: Vec<_> =
                            anchored.placed.into_iter().filter(|(index, _)| current.get(*index).is_none()).collect();
                        if !missing.is_empty() {
                            let annotations =
                                Rc::make_mut(&mut next.annotations).entry(present.id.clone()).or_default();
                            for (index, annotation) in missing {
                                annotations.set(index, Some(annotation));
                            }
                        }
                        continue;
                    }
                    let anchored = anchor(document, stored.clone());
                    if !anchored.placed.is_empty() {
                        let annotations = Rc::make_mut(&mut next.annotations).entry(document.id.clone()).or_default();
                        for (index, annotation) in anchored.placed {
                            annotations.set(index, Some(annotation));
                        }
                    }
                    if !anchored.orphans.is_empty() {
                        Rc::make_mut(&mut next.orphans)
                            .entry(document.id.clone())
                            .or_default()
                            .extend(anchored.orphans);
                    }
                    Rc::make_mut(&mut next.documents).push(document.clone());
                }
                if let Some(id) = &self.pending_open {
                    if let Some(position) = next.documents.iter().position(|document| &document.id == id) {
                        next.open = position;
                        next.selection = None;
                    }
                }
                next.pending_open = None;
            }
            Action::DismissNotice => {}
        }
        (!next.same_as(self)).then_some(next)
    }

    /// Whether `other` is this very state: the shared parts by identity (a
    /// change always makes new ones), the small parts by value. Costs the
    /// same for any document size, unlike `==`.
    pub fn same_as(&self, other: &State) -> bool {
        Rc::ptr_eq(&self.documents, &other.documents)
            && Rc::ptr_eq(&self.labels, &other.labels)
            && Rc::ptr_eq(&self.annotations, &other.annotations)
            && Rc::ptr_eq(&self.orphans, &other.orphans)
            && Rc::ptr_eq(&self.history, &other.history)
            && self.open == other.open
            && self.selection == other.selection
            && self.lang == other.lang
            && self.annotator == other.annotator
            && self.theme == other.theme
            && self.text_size == other.text_size
            && self.filter == other.filter
            && self.panel == other.panel
            && self.notice == other.notice
            && self.pending_open == other.pending_open
            && match (&self.exercise, &other.exercise) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }

    /// The label set for an exercise: its labels in its order and colours,
    /// each keeping the id of the current label with the same name (so
    /// existing annotations keep their meaning); then the current labels
    /// the exercise lacks but annotations still use.
    fn labels_for(&self, exercise: &LabelSet) -> LabelSet {
        let mut next_id = self.labels.next_id().0.max(exercise.next_id().0);
        let mut labels: Vec<Label> = exercise
            .labels
            .iter()
            .map(|label| {
                let known = self.labels.labels.iter().find(|known| known.name == label.name);
                let id = known.map_or_else(
                    || {
                        next_id += 1;
                        LabelId(next_id - 1)
                    },
                    |known| known.id,
                );
                Label { id, ..label.clone() }
            })
            .collect();
        for label in &self.labels.labels {
            let used = self.annotations.values().any(|annotations| annotations.label_count(label.id) > 0);
            if used && !labels.iter().any(|kept| kept.id == label.id) {
                labels.push(label.clone());
            }
        }
        LabelSet { labels, multiple: exercise.multiple }
    }

    fn name_taken(&self, name: &str, except: Option<LabelId>) -> bool {
        self.labels.labels.iter().any(|label| Some(label.id) != except && (label.name == name || label.name_en == name))
    }

    fn toggle_label(&mut self, id: LabelId) {
        if self.labels.get(id).is_none() {
            return;
        }
        let selected = self.selected_indexes();
        if selected.is_empty() {
            self.notice = Some(Notice::NothingSelected);
            return;
        }
        let annotations = self.open_annotations();
        let all_have =
            selected.iter().all(|&i| annotations.is_some_and(|annotations| annotations.labels(i).contains(&id)));
        let labels = self.labels.clone();
        let edits = self.edit_selected(|annotation| {
            if all_have {
                annotation.labels.retain(|label| *label != id);
            } else if labels.multiple {
                annotation.labels.push(id);
                annotation.labels = labels.sorted(&annotation.labels);
            } else {
                annotation.labels = vec![id];
            }
        });
        self.commit(edits, None);
    }

    /// Edits of the selected sentences by `edit` (unchanged ones left out).
    fn edit_selected(&self, edit: impl Fn(&mut SentenceAnnotation)) -> Vec<SentenceEdit> {
        let Some(document) = self.open_document() else {
            return Vec::new();
        };
        let annotations = self.annotations.get(&document.id);
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
    fn edit_everywhere(&self, edit: impl Fn(&mut SentenceAnnotation)) -> Vec<SentenceEdit> {
        let mut edits = Vec::new();
        for (doc, annotations) in self.annotations.iter() {
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

    /// Applies and records a change.
    fn commit(&mut self, edits: Vec<SentenceEdit>, labels: Option<LabelSet>) {
        let labels = labels.filter(|labels| *labels != *self.labels).map(|after| (self.labels.clone(), Rc::new(after)));
        let change = Change { edits, labels };
        if change.is_empty() {
            return;
        }
        self.apply(&change);
        Rc::make_mut(&mut self.history).record(change);
    }

    /// Puts a change's `after` side in place.
    fn apply(&mut self, change: &Change) {
        if let Some((_, after)) = &change.labels {
            self.labels = after.clone();
        }
        if !change.edits.is_empty() {
            let annotations = Rc::make_mut(&mut self.annotations);
            for edit in &change.edits {
                let doc = annotations.entry(edit.doc.clone()).or_default();
                let rebased = rebase(doc.get(edit.index), edit, &self.labels);
                doc.set(edit.index, rebased);
            }
            annotations.retain(|_, annotations| !annotations.is_empty());
        }
    }

    /// Takes in an import plan: documents the app lacks are added, labels
    /// are matched by name (new ones added), annotations set per `mode`, and
    /// file annotations with no sentence kept as orphans.
    fn import(&mut self, plan: &ImportPlan, mode: &ImportMode) {
        let file = &plan.file;
        let (mut labels, map) = merged_labels(&self.labels, &file.labels);
        if *mode == ImportMode::Replace {
            labels = self.replaced_labels(labels, &map, plan);
        }
        let mut edits = Vec::new();
        let mut added = 0;
        for valid in &file.documents {
            let document = Rc::new(document_for(self, valid));
            if !self.documents.iter().any(|known| known.id == document.id) {
                Rc::make_mut(&mut self.documents).push(document.clone());
                added += 1;
            }
            let current = self.annotations.get(&document.id).cloned().unwrap_or_default();
            let anchored = anchor(&document, remap(valid.annotations.clone(), &map));
            let mut target: BTreeMap<usize, SentenceAnnotation> = match mode {
                ImportMode::Replace => BTreeMap::new(),
                ImportMode::Merge { .. } => current.iter().map(|(index, a)| (index, a.clone())).collect(),
            };
            for (index, theirs) in anchored.placed {
                let keep_mine = match mode {
                    ImportMode::Merge { take_theirs } => {
                        current.get(index).is_some() && !take_theirs.contains(&(document.id.clone(), index))
                    }
                    ImportMode::Replace => false,
                };
                if !keep_mine {
                    target.insert(index, theirs);
                }
            }
            let indexes: std::collections::BTreeSet<usize> =
                target.keys().copied().chain(current.iter().map(|(index, _)| index)).collect();
            for index in indexes {
                let (before, after) = (current.get(index).cloned(), target.get(&index).cloned());
                if before != after {
                    edits.push(SentenceEdit { doc: document.id.clone(), index, before, after });
                }
            }
            let orphans = unplaced_orphans(&document, valid, &map);
            if !orphans.is_empty() {
                Rc::make_mut(&mut self.orphans).entry(document.id.clone()).or_default().extend(orphans);
            }
        }
        if let Some(first) = file.documents.first() {
            if let Some(position) = self.documents.iter().position(|document| document.id == first.id) {
                self.open = position;
                self.selection = None;
                self.filter = None;
            }
        }
        if self.annotator.is_empty() {
            self.annotator = file.annotator.clone();
        }
        self.panel = Panel::None;
        self.notice = Some(Notice::Imported { annotations: plan.annotations, documents: added });
        self.commit(edits, Some(labels));
    }

    /// For a replacing import: the file's labels first, in its order and
    /// colours; then the app's other labels that documents outside the file
    /// still use.
    fn replaced_labels(&self, merged: LabelSet, map: &BTreeMap<LabelId, LabelId>, plan: &ImportPlan) -> LabelSet {
        let file = &plan.file;
        let mut labels: Vec<Label> = file
            .labels
            .labels
            .iter()
            .filter_map(|label| {
                let id = *map.get(&label.id)?;
                Some(Label { id, ..label.clone() })
            })
            .collect();
        let in_file: std::collections::BTreeSet<&DocumentId> = file.documents.iter().map(|valid| &valid.id).collect();
        for label in merged.labels {
            let used_elsewhere = self.annotations.iter().any(|(doc, annotations)| {
                !in_file.contains(doc) && annotations.iter().any(|(_, a)| a.labels.contains(&label.id))
            });
            if used_elsewhere && !labels.iter().any(|known| known.id == label.id) {
                labels.push(label);
            }
        }
        LabelSet { labels, multiple: file.labels.multiple }
    }

    fn apply_stored(&mut self, update: &StoredUpdate) {
        match update {
            StoredUpdate::Labels(labels) => {
                if *labels != *self.labels {
                    self.labels = Rc::new(labels.clone());
                }
            }
            StoredUpdate::Chunk { doc, chunk, entries } => {
                let current = self.annotations.get(doc).and_then(|annotations| annotations.chunk(*chunk));
                let unchanged = match current {
                    Some(current) => **current == *entries,
                    None => entries.is_empty(),
                };
                if !unchanged {
                    Rc::make_mut(&mut self.annotations)
                        .entry(doc.clone())
                        .or_default()
                        .replace_chunk(*chunk, entries.clone());
                    Rc::make_mut(&mut self.annotations).retain(|_, annotations| !annotations.is_empty());
                }
            }
            StoredUpdate::Orphans { doc, orphans } => {
                if self.orphans.get(doc).map_or(&[][..], Vec::as_slice) != orphans.as_slice() {
                    let all = Rc::make_mut(&mut self.orphans);
                    if orphans.is_empty() {
                        all.remove(doc);
                    } else {
                        all.insert(doc.clone(), orphans.clone());
                    }
                }
            }
        }
    }
}
