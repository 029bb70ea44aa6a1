//! The view: what is selected, which panel is open, the last notice. None
//! of it is the user's work; none of it is stored except where noted.

use crate::classroom::submissions::Replacement;
use crate::formats::batch::ImportSummary;
use crate::i18n::lang::Lang;
use crate::model::exercise::Exercise;
use crate::model::labels::{KeyMiss, LabelId, Target};
use crate::model::span_cursor::SpanCursor;
use crate::text::document::DocumentId;
use std::ops::RangeInclusive;
use std::rc::Rc;

/// What is open, selected and shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// Index of the open document in the work's documents.
    pub open: usize,
    /// The selected sentences of the open document.
    pub selection: Option<Selection>,
    /// Only sentences with this label are shown.
    pub filter: Option<LabelId>,
    /// The open panel.
    pub panel: Panel,
    /// Feedback on the last action.
    pub notice: Option<Notice>,
    /// What became of each file of the last batch opened.
    pub import_summary: Option<Rc<ImportSummary>>,
    /// The document to open once it is loaded (an imported one, read
    /// from the browser after start-up).
    pub pending_open: Option<DocumentId>,
    /// Imported documents are still arriving from the browser's store, a
    /// slice at a time and out of their order (the open one first): the
    /// next and previous document are not known yet.
    pub documents_arriving: bool,
    /// An exercise just opened, waiting to hear who is working.
    pub arriving: Option<Rc<Exercise>>,
    /// The range being marked as a span, when in span mode.
    pub span: Option<SpanCursor>,
    /// Students' newer files waiting for the teacher to say which to keep.
    pub replacements: Vec<Rc<Replacement>>,
}

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
    /// What became of each file of a batch.
    ImportSummary,
    /// Paste a text as a new document.
    Paste,
    /// Search the text of every document.
    Search,
    /// Confirm removing the open (imported) document.
    ConfirmRemove,
    /// Confirm saving a submission that holds nothing yet.
    ConfirmEmptySubmission,
    /// The teacher's exercise maker.
    MakeExercise,
    /// Who is doing the exercise just opened.
    ChooseStudent,
    /// A student's answers checked against the exercise's practice key.
    SelfCheck,
    /// The teacher's comparison of submissions.
    Compare,
    /// Display settings: language, colours, text size.
    Settings,
    /// Label statistics for the open document and overall.
    Statistics,
    /// The corpus navigator: every document with its source and progress,
    /// searched, filtered and sorted.
    Navigator,
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
    /// The next or previous document asked for while the documents are
    /// still arriving from the store.
    DocumentsArriving,
    /// A label action needs a selected sentence.
    NothingSelected,
    /// A label key with no label on it.
    NoLabelOnKey(u8),
    /// A label key pressed on sentences whose label is for spans only.
    KeyForSpans {
        /// The label's name.
        name: String,
        /// The key.
        key: u8,
    },
    /// A label key pressed in span mode whose label is for sentences only.
    KeyForSentences {
        /// The label's name.
        name: String,
        /// The key.
        key: u8,
    },
    /// A label key took its label off the selected sentences.
    LabelTakenOff {
        /// The label's name.
        name: String,
        /// The key.
        key: u8,
    },
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
    /// A note longer than the limit was refused, not cut.
    NoteTooLong {
        /// Its length, in code points.
        length: usize,
        /// The longest note kept.
        limit: usize,
    },
    /// Every suggestion of the open document was accepted: this many.
    SuggestionsAccepted(usize),
    /// A file was handed to the browser to save.
    FileSaved(String),
    /// Submission files that could not be read at all.
    SubmissionsUnreadable(Vec<(String, crate::formats::errors::ImportError)>),
    /// Submission files already in the comparison, as they are.
    SubmissionsAlreadyLoaded(Vec<String>),
    /// The answer key was made; this many tied sentences are left out.
    KeyMade {
        /// Ties the teacher has not decided.
        open_ties: usize,
    },
    /// The answer key was loaded from a file.
    KeyLoaded {
        /// The file.
        name: String,
        /// Label names in it that no submission knows.
        unknown: Vec<String>,
    },
    /// A file offered as the answer key could not be used.
    KeyRefused {
        /// The file.
        name: String,
        /// Why.
        error: crate::formats::errors::ImportError,
    },
    /// Headings are not labeled.
    HeadingNotLabeled,
    /// In an exercise, headings are the teacher's to mark.
    HeadingsByTeacher,
    /// A new student's name has work kept here under another identifier.
    StudentNameTaken(String),
    /// A returning student's work on the exercise is back.
    AttemptResumed(String),
    /// A student left an exercise; their work is kept in this browser.
    AttemptKept {
        /// The exercise's title.
        title: String,
        /// The student.
        student: String,
    },
    /// The browser refused to save a file.
    DownloadFailed {
        /// The file's name.
        name: String,
        /// What the browser said.
        reason: String,
    },
}

impl Notice {
    /// What to say when label key `key` did nothing, in `lang`'s names.
    pub fn key_missed(miss: KeyMiss, key: u8, lang: Lang) -> Notice {
        match miss {
            KeyMiss::NoLabel => Notice::NoLabelOnKey(key),
            KeyMiss::OtherTarget(label) => {
                let name = label.display_name(lang).to_string();
                match label.scope.applies_to(Target::Spans) {
                    true => Notice::KeyForSpans { name, key },
                    false => Notice::KeyForSentences { name, key },
                }
            }
        }
    }

    /// Whether the notice reports a failure the user must act on.
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            Notice::NoteTooLong { .. }
                | Notice::DownloadFailed { .. }
                | Notice::SubmissionsUnreadable(_)
                | Notice::KeyRefused { .. }
                | Notice::StudentNameTaken(_)
        )
    }

    /// Whether the notice says something is done that is done only once the
    /// work is stored (an import taken in, a student's work kept, a file
    /// saved from it): it waits until the store has committed.
    pub fn waits_for_store(&self) -> bool {
        matches!(
            self,
            Notice::Imported { .. }
                | Notice::SuggestionsAccepted(_)
                | Notice::FileSaved(_)
                | Notice::KeyMade { .. }
                | Notice::KeyLoaded { .. }
                | Notice::AttemptResumed(_)
                | Notice::AttemptKept { .. }
                | Notice::LabelDeleted { .. }
        )
    }
}
