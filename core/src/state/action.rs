//! Everything a user (or storage) can ask of the state: one enum per slice
//! of the state, so that each slice matches all of its own actions and the
//! compiler names every place a new action must go.

use super::view::{Notice, Panel};
use crate::classroom::submissions::Replacement;
use crate::formats::batch::Batch;
use crate::formats::errors::ImportError;
use crate::formats::plan::{ImportMode, ImportPlan};
use crate::i18n::lang::Lang;
use crate::model::anchor::StoredAnnotation;
use crate::model::comparison::LabelKey;
use crate::model::exercise::Exercise;
use crate::model::labels::{LabelColor, LabelId, LabelScope};
use crate::model::prefs::{TextSize, Theme};
use crate::model::span_cursor::Unit;
use crate::model::spans::Span;
use crate::store::StoredUpdate;
use crate::text::document::{Document, DocumentId};
use std::rc::Rc;

/// Everything that changes the state, by the slice that takes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The selection and the label filter (`selection.rs`).
    Select(Select),
    /// The preferences (`prefs.rs`).
    Set(Setting),
    /// Panels and notices (`panels.rs`).
    Panels(Panels),
    /// Labels, notes and headings of the selected sentences (`annotation_edits.rs`).
    Annotate(Annotate),
    /// Spans of a sentence (`span_edits.rs`).
    Spans(SpanEdit),
    /// Suggestions confirmed (`review.rs`).
    Review(Review),
    /// Moving and labeling across documents (`corpus.rs`).
    Corpus(Corpus),
    /// Documents opened, added, removed, read back (`documents.rs`).
    Documents(Documents),
    /// The label set (`label_edits.rs`).
    Labels(LabelEdit),
    /// Marking a span by keyboard or drag (`span_mode.rs`).
    SpanMode(SpanMode),
    /// A student's attempt at an exercise (`attempts.rs`).
    Student(Student),
    /// The teacher's comparison of submissions (`classroom.rs`).
    Classroom(Classroom),
    /// A validated Hamish JSON or W3C file taken in (`import.rs`).
    Import(ImportFile),
    /// A batch of opened files taken in, then what became of each shown (`batch.rs`).
    AddBatch(Rc<Batch>),
    /// Data from storage: another tab's writes, a merge (`stored.rs`).
    ApplyStored(StoredUpdate),
    /// Undo the last change (`history.rs`).
    Undo,
    /// Redo the last undone change (`history.rs`).
    Redo,
}

/// The selection and the label filter.
#[derive(Clone, Debug, PartialEq)]
pub enum Select {
    /// Select one sentence.
    One(usize),
    /// Extend the selection from its anchor to this sentence (shift+click).
    ExtendTo(usize),
    /// Move the selection by this many visible sentences (negative:
    /// backwards); with nothing selected, select the first (or last).
    Move(isize),
    /// Move the selection's focus, keeping its anchor (shift+arrow).
    ExtendBy(isize),
    /// Select the first visible sentence.
    First,
    /// Select the last visible sentence.
    Last,
    /// Extend the selection to the first visible sentence (Shift+Home).
    ExtendToFirst,
    /// Extend the selection to the last visible sentence (Shift+End).
    ExtendToLast,
    /// Select every sentence (Ctrl+A).
    All,
    /// Select the next sentence without a label, wrapping around.
    NextUnlabeled,
    /// Show only the sentences with this label (`None`: all).
    Filter(Option<LabelId>),
}

/// The preferences.
#[derive(Clone, Debug, PartialEq)]
pub enum Setting {
    /// Switch the interface language.
    Language(Lang),
    /// Set the annotator's name (trimmed, one line, at most 80 characters).
    Annotator(String),
    /// Choose light, dark or system colours.
    Theme(Theme),
    /// Choose the size of the document text.
    TextSize(TextSize),
    /// Turn on or off moving to the next unlabeled sentence after a label key.
    Advance(bool),
}

/// Panels and notices.
#[derive(Clone, Debug, PartialEq)]
pub enum Panels {
    /// Open a panel.
    Open(Panel),
    /// Open the note of the focused sentence.
    OpenNote,
    /// Close the open panel; with none open, clear the label filter.
    Close,
    /// Show a notice (the outcome of something done outside the state,
    /// such as saving a file).
    Report(Notice),
    /// Clear the notice.
    Dismiss,
}

/// Labels, notes and headings of the selected sentences.
#[derive(Clone, Debug, PartialEq)]
pub enum Annotate {
    /// Toggle a label on every selected sentence.
    ToggleLabel(LabelId),
    /// Toggle the label with this key (1..9) on every selected sentence.
    ToggleLabelKey(u8),
    /// Remove every label from the selected sentences (a suggestion too).
    ClearLabels,
    /// Mark the selected sentences as headings (or, when all are, unmark
    /// them): a heading is never labeled and is left out of counts.
    ToggleHeading,
    /// Set the note of a sentence of the open document.
    SetNote {
        /// The sentence.
        index: usize,
        /// The note (empty removes it).
        note: String,
    },
}

/// Spans of a sentence of the open document.
#[derive(Clone, Debug, PartialEq)]
pub enum SpanEdit {
    /// Mark `span` on sentence `index`, or take it off when the sentence
    /// has exactly that span (the caller snaps it to whole words first,
    /// unless any range is allowed).
    Toggle {
        /// The sentence.
        index: usize,
        /// The range, in code points of the sentence, and its label.
        span: Span,
    },
    /// Give `span` of sentence `index` another label.
    Relabel {
        /// The sentence.
        index: usize,
        /// The span as it is.
        span: Span,
        /// Its new label.
        label: LabelId,
    },
}

/// Suggestions confirmed.
#[derive(Clone, Debug, PartialEq)]
pub enum Review {
    /// Confirm the suggested labels of the selected sentences, then select
    /// the next sentence.
    Accept,
    /// Confirm every suggestion of the open document (one change).
    AcceptAll,
}

/// Moving and labeling across documents.
#[derive(Clone, Debug, PartialEq)]
pub enum Corpus {
    /// Open the document this many places after (negative: before) the open one.
    OpenAdjacent(isize),
    /// Select the next unlabeled sentence, in this document or the ones after.
    NextUnlabeled,
    /// Open a document and select one of its sentences (a search result).
    GoToSentence(DocumentId, usize),
    /// Give these sentences (document, index) a label, or take it from them
    /// all when every one has it: one undoable change.
    Label(Rc<Vec<(DocumentId, usize)>>, LabelId),
}

/// Documents opened, added, removed and read back.
#[derive(Clone, Debug, PartialEq)]
pub enum Documents {
    /// Open another document (selection cleared).
    Open(DocumentId),
    /// Add a document (a plain text import) and open it; an identical one
    /// already there is opened instead.
    Add(Rc<Document>),
    /// Remove an imported document with its annotations (not undoable).
    Remove(DocumentId),
    /// Imported documents read back from the browser at start-up, with their
    /// stored annotations (possibly none: the reading is over either way).
    Load(Vec<(Rc<Document>, Vec<StoredAnnotation>)>),
    /// Put the imported documents in this order (read back in slices, the
    /// open one first); documents not listed keep their places first.
    Order(Rc<Vec<DocumentId>>),
}

/// The label set (refused when an exercise locks it).
#[derive(Clone, Debug, PartialEq)]
pub enum LabelEdit {
    /// Add a label at the end of the set.
    Add(String),
    /// Rename a label in one language: the Arabic name (an English name
    /// that only translated the old one follows, see
    /// [`crate::model::labels::Label::english_set_apart`]), or the English
    /// name (empty: the label goes by its Arabic name in English too).
    Rename(LabelId, Lang, String),
    /// Change a label's colour.
    Recolor(LabelId, LabelColor),
    /// Move a label up (negative) or down the palette.
    Move(LabelId, isize),
    /// Delete a label, removing it from every sentence.
    Delete(LabelId),
    /// One label per sentence (`false`) or several (`true`).
    SetMultiple(bool),
    /// Say what a label can be put on.
    SetScope(LabelId, LabelScope),
}

/// Marking a span by keyboard or drag.
#[derive(Clone, Debug, PartialEq)]
pub enum SpanMode {
    /// Start marking a span in the focused sentence, on its first word.
    Enter,
    /// Stop marking spans (the sentence stays selected).
    Leave,
    /// Move the span cursor `by` units (negative: back); `extend` keeps
    /// where it started (Shift).
    MoveCursor {
        /// Units to move.
        by: isize,
        /// Words or characters.
        unit: Unit,
        /// Keep the anchor.
        extend: bool,
    },
    /// Put the span cursor over `start..end` of sentence `index` (a drag, or
    /// a span chosen from the list); `snap` widens it to whole words unless
    /// the setting allows any range.
    SetCursor {
        /// The sentence.
        index: usize,
        /// First code point of the sentence.
        start: usize,
        /// One past the last.
        end: usize,
        /// Widen to words (as the setting says).
        snap: bool,
    },
    /// Label key `digit` on the span cursor: mark the range with the
    /// `digit`-th span label, take that span off, or relabel the range's
    /// span when a range takes one label only.
    ToggleKey(u8),
    /// The same with a label (a click in the palette).
    ToggleLabel(LabelId),
    /// Take off the innermost span around the span cursor.
    RemoveAtCursor,
    /// Allow a span of any range (`true`) or snap to whole words.
    SetAnyRange(bool),
}

/// A student's attempt at an exercise.
#[derive(Clone, Debug, PartialEq)]
pub enum Student {
    /// An exercise file was opened: ask who is working.
    OpenExercise(Rc<Exercise>),
    /// Start (or go back to) a student's attempt: a new student starts
    /// blank, a returning one takes back their work; any other attempt is
    /// set aside first. With the student's name and the identifier the
    /// exercise asks for (empty for a returning student: theirs is kept).
    Start(Rc<Exercise>, String, String),
    /// Leave the exercise: the student's work is set aside under their
    /// name, and their copies of its documents go out of sight.
    Leave,
}

/// The teacher's comparison of submissions.
#[derive(Clone, Debug, PartialEq)]
pub enum Classroom {
    /// Load submission files: `(name, text or why it could not be read)`.
    AddSubmissions(Vec<(String, Result<String, ImportError>)>),
    /// Students' submissions read from the sync server, `(name, text)`:
    /// each is the student's latest work, so a newer one replaces hers at
    /// once (as [`Classroom::Replace`] does), in one step; the same one
    /// changes nothing.
    FromServer(Vec<(String, String)>),
    /// Decide a sentence's labels (`None`: back to undecided).
    Decide(DocumentId, usize, Option<Vec<LabelKey>>),
    /// Choose a sentence's spans, labels by key (`None`: back to the spans
    /// a majority marked).
    DecideSpans(DocumentId, usize, Option<Vec<Span>>),
    /// The teacher's explanation of a sentence, for feedback.
    SetExplanation(DocumentId, usize, String),
    /// Make the answer key from the decisions (and majorities).
    MakeKey,
    /// Load the answer key from a Hamish file the teacher labeled.
    LoadKey(String, String),
    /// Close the comparison: submissions, decisions and key are dropped.
    EndComparison,
    /// Put a student's newer file in place of the one in the comparison.
    Replace(Rc<Replacement>),
    /// Keep the file in the comparison; the newer one waiting is dropped.
    KeepEarlier(Rc<Replacement>),
    /// Take a student's file out of the comparison (decisions stay).
    RemoveStudent(String),
    /// The most points a grade can have.
    SetMaxPoints(u32),
}

/// A validated file taken in (one undoable change; new documents are added).
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    /// What the file would change.
    pub plan: Rc<ImportPlan>,
    /// Merge or replace.
    pub mode: ImportMode,
    /// Every annotation set from the file marked as a suggestion to review.
    pub as_suggestions: bool,
}

impl Action {
    /// Takes in a validated file: `plan` per `mode`, its annotations as
    /// suggestions to review when `as_suggestions`.
    pub fn import(plan: Rc<ImportPlan>, mode: ImportMode, as_suggestions: bool) -> Action {
        Action::Import(ImportFile { plan, mode, as_suggestions })
    }

    /// Whether the action comes from storage and so leaves the user's
    /// notice alone.
    pub fn from_storage(&self) -> bool {
        matches!(self, Action::ApplyStored(_) | Action::Documents(Documents::Load(_) | Documents::Order(_)))
    }
}
