//! Everything a user (or storage) can ask of the state.

use super::view::{Notice, Panel};
use crate::formats::batch::Batch;
use crate::i18n::lang::Lang;
use crate::model::anchor::StoredAnnotation;
use crate::model::comparison::LabelKey;
use crate::model::exercise::Exercise;
use crate::model::labels::{LabelColor, LabelId};
use crate::model::prefs::{TextSize, Theme};
use crate::model::spans::Span;
use crate::store::StoredUpdate;
use crate::text::document::{Document, DocumentId};
use crate::{
    formats::errors::ImportError,
    formats::plan::{ImportMode, ImportPlan},
};
use std::rc::Rc;

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
    /// Turn on or off moving to the next unlabeled sentence after a label key.
    SetAdvance(bool),
    /// Open the document this many places after (negative: before) the open one.
    OpenAdjacentDocument(isize),
    /// Select the next unlabeled sentence, in this document or the ones after.
    NextUnlabeledAnywhere,
    /// Open a document and select one of its sentences (a search result).
    GoToSentence(DocumentId, usize),
    /// Give these sentences (document, index) a label, or take it from them
    /// all when every one has it: one undoable change.
    LabelSentences(Rc<Vec<(DocumentId, usize)>>, LabelId),
    /// Toggle a label on every selected sentence.
    ToggleLabel(LabelId),
    /// Toggle the label with this key (1..9) on every selected sentence.
    ToggleLabelKey(u8),
    /// Remove every label from the selected sentences (a suggestion too).
    ClearLabels,
    /// Confirm the suggested labels of the selected sentences, then select
    /// the next sentence.
    AcceptSuggestion,
    /// Confirm every suggestion of the open document (one change).
    AcceptAllSuggestions,
    /// Set the note of a sentence of the open document.
    SetNote {
        /// The sentence.
        index: usize,
        /// The note (empty removes it).
        note: String,
    },
    /// Mark `span` on sentence `index` of the open document, or take it
    /// off when the sentence has exactly that span (the caller snaps it to
    /// whole words first, unless any range is allowed).
    ToggleSpan {
        /// The sentence.
        index: usize,
        /// The range, in code points of the sentence, and its label.
        span: Span,
    },
    /// Give `span` of sentence `index` of the open document another label.
    RelabelSpan {
        /// The sentence.
        index: usize,
        /// The span as it is.
        span: Span,
        /// Its new label.
        label: LabelId,
    },
    /// Start marking a span in the focused sentence, on its first word.
    EnterSpanMode,
    /// Stop marking spans (the sentence stays selected).
    LeaveSpanMode,
    /// Move the span cursor `by` units (negative: back); `extend` keeps
    /// where it started (Shift).
    MoveSpanCursor {
        /// Units to move.
        by: isize,
        /// Words or characters.
        unit: crate::model::span_cursor::Unit,
        /// Keep the anchor.
        extend: bool,
    },
    /// Put the span cursor over `start..end` of sentence `index` (a drag, or
    /// a span chosen from the list); `snap` widens it to whole words unless
    /// the setting allows any range.
    SetSpanCursor {
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
    ToggleSpanKey(u8),
    /// The same with a label (a click in the palette).
    ToggleSpanLabel(LabelId),
    /// Take off the innermost span around the span cursor.
    RemoveSpanAtCursor,
    /// Allow a span of any range (`true`) or snap to whole words.
    SetSpanAnyRange(bool),
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
    /// Say what a label can be put on.
    SetLabelScope(LabelId, crate::model::labels::LabelScope),
    /// Take in data from storage.
    ApplyStored(StoredUpdate),
    /// Take in a validated Hamish JSON file (one undoable change; new
    /// documents are added).
    Import(Rc<ImportPlan>, ImportMode),
    /// Take in a batch of opened files (documents and their row labels),
    /// then show what became of each file.
    AddBatch(Rc<Batch>),
    /// Take in a validated Hamish JSON file as [`Action::Import`] does, every
    /// annotation it sets from the file marked as a suggestion to review.
    ImportAsSuggestions(Rc<ImportPlan>, ImportMode),
    /// Add a document (a plain text import) and open it; an identical one
    /// already there is opened instead.
    AddDocument(Rc<Document>),
    /// Remove an imported document with its annotations (not undoable).
    RemoveDocument(DocumentId),
    /// An exercise file was opened: ask who is working.
    OpenExercise(Rc<Exercise>),
    /// Start (or go back to) a student's attempt at an exercise: a new
    /// student starts blank, a returning one takes back their work; any
    /// other attempt is set aside first.
    StartExercise(Rc<Exercise>, String),
    /// Leave the exercise: the student's work is set aside under their
    /// name, and their copies of its documents go out of sight.
    LeaveExercise,
    /// Mark the selected sentences as headings (or, when all are, unmark
    /// them): a heading is never labeled and is left out of counts.
    ToggleHeading,
    /// Load submission files into the teacher's comparison: `(name, text
    /// or why it could not be read)`.
    AddSubmissions(Vec<(String, Result<String, ImportError>)>),
    /// The teacher decides a sentence's labels (`None`: back to undecided).
    Decide(DocumentId, usize, Option<Vec<LabelKey>>),
    /// The teacher chooses a sentence's spans, labels by key (`None`: back
    /// to the spans a majority marked).
    DecideSpans(DocumentId, usize, Option<Vec<Span>>),
    /// The teacher's explanation of a sentence, for feedback.
    SetExplanation(DocumentId, usize, String),
    /// Make the answer key from the decisions (and majorities).
    MakeKey,
    /// Load the answer key from a Hamish file the teacher labeled.
    LoadKey(String, String),
    /// Close the comparison: submissions, decisions and key are dropped.
    EndComparison,
    /// Put the imported documents in this order (read back in slices, the
    /// open one first); documents not listed keep their places first.
    OrderDocuments(Rc<Vec<DocumentId>>),
    /// Imported documents read back from the browser at start-up, with their
    /// stored annotations (possibly none: the reading is over either way).
    LoadDocuments(Vec<(Rc<Document>, Vec<StoredAnnotation>)>),
    /// Show a notice (the outcome of something done outside the state,
    /// such as saving a file).
    Report(Notice),
    /// Clear the notice.
    DismissNotice,
}

impl Action {
    /// Whether the action edits the label set (refused when an exercise
    /// locks it).
    pub fn edits_labels(&self) -> bool {
        matches!(
            self,
            Action::AddLabel(_)
                | Action::RenameLabel(..)
                | Action::RecolorLabel(..)
                | Action::MoveLabel(..)
                | Action::DeleteLabel(_)
                | Action::SetMultiple(_)
                | Action::SetLabelScope(..)
        )
    }
}
