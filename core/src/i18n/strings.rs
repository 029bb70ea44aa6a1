//! Every word of the interface, in Arabic and English.
//!
//! [`tr`] maps a [`Text`] key to both languages in one match arm, so a
//! missing translation does not compile.

pub use crate::i18n::lang::Lang;

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// The product name.
    AppName,
    /// What the product is, under its name.
    Tagline,
    /// Label of the document switcher.
    Document,
    /// Hint of the document switcher: it opens the navigator.
    NavigatorHint,
    /// The open document's place among all, said by screen readers.
    NavigatorPosition,
    /// Title of the corpus navigator.
    NavigatorTitle,
    /// Label of the navigator's search box.
    NavigatorSearch,
    /// Label of the navigator's filter.
    NavigatorFilter,
    /// Label of the navigator's sort.
    NavigatorSort,
    /// Filter: documents without a confirmed label.
    NavigatorNotStarted,
    /// Filter: documents partly labeled.
    NavigatorInProgress,
    /// Filter: documents fully labeled, nothing to review.
    NavigatorDone,
    /// Filter: documents with a note.
    NavigatorHasNotes,
    /// Filter: documents where some sentence carries label `{name}`.
    NavigatorHasLabel,
    /// Sort: the documents' own order.
    NavigatorSortDocument,
    /// Sort: by title.
    NavigatorSortTitle,
    /// Sort: least labeled first.
    NavigatorSortLeast,
    /// Sort: most labeled first.
    NavigatorSortMost,
    /// How many documents are listed, of how many.
    NavigatorShown,
    /// No document passes the search and filter.
    NavigatorNone,
    /// A document's notes.
    NavigatorNotes,
    /// The language switch: the name of the language it switches to.
    SwitchLanguage,
    /// Accessible name of the language switch.
    SwitchLanguageHint,
    /// Accessible name of the sentence list.
    SentencesOfDocument,
    /// Counter of sentences: `{n}` is replaced.
    SentenceCount,
    /// Shown when a document has no sentences.
    EmptyDocument,
    /// Shown when no document is bundled.
    NoDocuments,
    /// Keyboard hint above the text.
    KeyboardHint,
    /// Warning when the browser's storage cannot be used.
    StorageUnavailable,
    /// Error when the browser refuses a write (quota).
    StorageFull,
    /// Alert when stored data could not be read.
    UnreadableData,
    /// Button: download the data set aside.
    DownloadUnreadable,
    /// Button: delete the data set aside.
    DiscardUnreadable,
    /// Button: download everything as a backup.
    DownloadBackup,
    /// Button: hide a message.
    Dismiss,
    /// Heading of the label palette.
    Labels,
    /// Button: undo.
    Undo,
    /// Button: redo.
    Redo,
    /// Button: next sentence without a label.
    NextUnlabeled,
    /// Button: remove labels from the selection.
    ClearLabels,
    /// Button: mark the selected sentences as headings (or unmark them).
    MarkHeading,
    /// Notice: headings are not labeled.
    NoticeHeadingNotLabeled,
    /// Notice: in an exercise, headings are the teacher's.
    NoticeHeadingsByTeacher,
    /// Button: edit the note of the focused sentence.
    Note,
    /// Button: show keyboard shortcuts.
    Shortcuts,
    /// Button: open the label set editor.
    EditLabels,
    /// Button: clear the label filter.
    ShowAll,
    /// Accessible name of a label's filter button: `{name}` is replaced.
    FilterBy,
    /// Shown while a filter is on: `{name}` is replaced.
    FilterActive,
    /// Progress: `{done}` of `{total}` sentences labeled.
    Progress,
    /// Progress label for the open document.
    ProgressDocument,
    /// Progress label for all documents.
    ProgressAll,
    /// Title of the shortcuts dialog.
    HelpTitle,
    /// Button: close a dialog.
    Close,
    /// Title of the note dialog: `{n}` is the sentence number.
    NoteTitle,
    /// Button: save.
    Save,
    /// Button: cancel.
    Cancel,
    /// Title of the label set editor.
    LabelsTitle,
    /// Field: a label's name.
    LabelName,
    /// Field: a label's colour.
    LabelColor,
    /// Placeholder of the new label field.
    NewLabelName,
    /// Button: add a label.
    AddLabel,
    /// Button: move a label up.
    MoveUp,
    /// Button: move a label down.
    MoveDown,
    /// Button: delete a label.
    Delete,
    /// Title of delete when the label is in use: `{n}` sentences.
    DeleteInUse,
    /// Setting: several labels per sentence.
    SeveralLabels,
    /// Colour name.
    ColorBlue,
    /// Colour name.
    ColorGreen,
    /// Colour name.
    ColorAmber,
    /// Colour name.
    ColorPurple,
    /// Colour name.
    ColorGrey,
    /// Colour name.
    ColorRed,
    /// Colour name.
    ColorTeal,
    /// Colour name.
    ColorPink,
    /// Notice: `{name}` deleted, `{n}` sentences lost it.
    NoticeLabelDeleted,
    /// Notice: undone.
    NoticeUndone,
    /// Notice: redone.
    NoticeRedone,
    /// Notice: nothing to undo.
    NoticeNothingToUndo,
    /// Notice: nothing to redo.
    NoticeNothingToRedo,
    /// Notice: every sentence has a label.
    NoticeAllLabeled,
    /// Notice: select a sentence first.
    NoticeNothingSelected,
    /// Notice.
    NoticeNoSpanLabel,
    /// Table preview: a column of spans.
    PreviewSpanColumn,
    /// Table preview: `{count}` spans.
    PreviewSpans,
    /// Screen reader: `{text}`, `{label}`.
    SpanAnnouncement,
    /// Span mode bar: how to use it.
    SpanModeHint,
    /// Span mode bar title.
    SpanModeTitle,
    /// Span mode: leave it.
    SpanModeDone,
    /// A span, as a screen reader hears it before its label.
    SpanWord,
    /// Self-check: span F1 `{exact}`, `{overlap}`.
    SelfCheckSpans,
    /// Span mode: the sentence's spans.
    SpanList,
    /// Span mode setting.
    SpanSnapToWords,
    /// Where highlights cannot be painted.
    SpanNoHighlights,
    /// Palette title in span mode.
    SpanLabels,
    /// Label editor: scope select.
    LabelScopeName,
    /// Scope option.
    ScopeSentence,
    /// Scope option.
    ScopeSpan,
    /// Scope option.
    ScopeBoth,
    /// Palette in span mode with no span label.
    NoSpanLabels,
    /// Notice: the name is taken.
    NoticeDuplicateLabel,
    /// Heading of orphaned annotations: `{n}` of them.
    OrphansTitle,
    /// Explains orphans.
    OrphansHelp,
    /// Screen reader position of a sentence: `{n}` of `{total}`.
    SentencePosition,
    /// Shown under the note field.
    OpenPanelNote,
    /// Shortcut: next sentence.
    ShortcutNext,
    /// Shortcut: previous sentence.
    ShortcutPrevious,
    /// Shortcut: extend the selection.
    ShortcutExtend,
    /// Shortcut: first or last sentence.
    ShortcutFirstLast,
    /// Shortcut: toggle a label.
    ShortcutToggleLabel,
    /// Shortcut: clear labels.
    ShortcutClear,
    /// Shortcut: note.
    ShortcutNote,
    /// Help: span mode.
    ShortcutSpanMode,
    /// Help: extend a span.
    ShortcutSpanExtend,
    /// Help: move by character.
    ShortcutSpanCharacter,
    /// Shortcut: next unlabeled.
    ShortcutNextUnlabeled,
    /// Shortcut: next unlabeled sentence in any document.
    ShortcutNextUnlabeledAnywhere,
    /// Shortcut: open the next document.
    ShortcutNextDocument,
    /// Shortcut: open the previous document.
    ShortcutPreviousDocument,
    /// Shortcut: search the text.
    ShortcutSearch,
    /// Button and dialog title: search the texts.
    Search,
    /// Label of the search box.
    SearchLabel,
    /// Checkbox: Arabic-aware matching.
    SearchArabic,
    /// How many matches; `{n}` and `{shown}` are replaced.
    SearchCount,
    /// No match.
    SearchNone,
    /// Hint above the buttons that label every match.
    SearchLabelAll,
    /// Button: give every shown match a label; `{name}` is replaced.
    SearchLabelAllButton,
    /// Setting: move on after a label key.
    SettingsAdvance,
    /// Shortcut: undo.
    ShortcutUndo,
    /// Shortcut: redo.
    ShortcutRedo,
    /// Shortcut: this list.
    ShortcutHelp,
    /// Shortcut: close.
    ShortcutClose,
    /// Shortcut: accept the selected sentence's suggestion.
    ShortcutAccept,
    /// Said before a suggested label (to screen readers, and as its tooltip).
    SuggestedPrefix,
    /// Sentences whose suggestion is still to review: `{n}`.
    ToReview,
    /// The review bar: `{n}` suggestions to review in this document.
    SuggestionsToReview,
    /// Accessible name of the review bar.
    Review,
    /// Button: accept every suggestion of the document.
    AcceptAllSuggestions,
    /// How to review, in the review bar.
    ReviewHint,
    /// Notice: `{n}` suggestions accepted.
    NoticeSuggestionsAccepted,
    /// Import choice: the file's labels become suggestions.
    ImportAsSuggestions,
    /// Statistics column: sentences suggesting the label.
    StatsToReview,
    /// Shortcut: click and shift+click.
    SelectionClick,
    /// Button: export.
    Export,
    /// Title of the export dialog.
    ExportTitle,
    /// Export scope legend.
    ExportWhat,
    /// Scope: the open document.
    ExportThisDocument,
    /// Scope: all documents.
    ExportAllDocuments,
    /// Format legend.
    ExportFormat,
    /// Format: Hamish JSON.
    FormatHamish,
    /// Format: JSONL.
    FormatJsonl,
    /// Format: CSV.
    FormatCsv,
    /// Format: W3C Web Annotation.
    FormatW3c,
    /// Format: spaCy text classification JSONL.
    FormatSpacy,
    /// Export format.
    FormatDoccanoSpans,
    /// Format: Label Studio tasks.
    FormatLabelStudio,
    /// Format: Hugging Face JSONL.
    FormatHuggingFace,
    /// Button: the documents' texts beside a sentence export.
    CompanionDocuments,
    /// Button: the Label Studio labeling config beside its tasks.
    CompanionLabelConfig,
    /// Button: the dataset card beside the Hugging Face JSONL.
    CompanionDatasetCard,
    /// Under the format choices when the format has a companion file.
    CompanionHint,
    /// Button: download.
    Download,
    /// Field: annotator name.
    AnnotatorName,
    /// Under the annotator field.
    AnnotatorHint,
    /// Button: import.
    Import,
    /// How to import.
    ImportHint,
    /// Title of the import dialog.
    ImportTitle,
    /// Summary: `{documents}`, `{new}`, `{annotations}`, `{conflicts}`.
    ImportSummary,
    /// `{n}` annotations found no sentence.
    ImportUnplaced,
    /// `{n}` W3C annotations of documents not in the app, `{ids}`.
    ImportOtherDocuments,
    /// `{n}` W3C annotations whose quote is not in their document.
    ImportQuotesNotFound,
    /// `{n}` W3C spans reaching across a sentence boundary.
    ImportSpansAcross,
    /// Button: merge.
    ImportMerge,
    /// Button: replace.
    ImportReplace,
    /// Explains merge.
    ImportMergeHint,
    /// Explains replace.
    ImportReplaceHint,
    /// Heading of the conflicts.
    ConflictsTitle,
    /// Choice: keep the app's.
    KeepMine,
    /// Choice: take the file's.
    TakeTheirs,
    /// Before an import error.
    ImportFailed,
    /// Import error: `{size}`, `{limit}` in bytes.
    ErrTooLarge,
    /// Unit: bytes.
    UnitBytes,
    /// Unit: kilobytes.
    UnitKilobytes,
    /// Unit: megabytes.
    UnitMegabytes,
    /// Unit: gigabytes.
    UnitGigabytes,
    /// Import: the file adds `{n}` new labels.
    ImportNewLabels,
    /// Import: only nine labels get number keys.
    ImportKeysLimit,
    /// Import: confirm adding `{n}` new labels.
    ImportAcceptLabels,
    /// "and `{n}` more".
    AndMore,
    /// Import error: `{at}`.
    ErrNotUtf8,
    /// Import error: empty text.
    ErrEmptyText,
    /// Button and dialog title: paste a text as a new document.
    PasteText,
    /// Label of the title field when pasting.
    PasteTitle,
    /// Label of the text box when pasting.
    PasteBody,
    /// Button: add the pasted text as a document.
    PasteAdd,
    /// Shown when the pasted text is blank.
    PasteEmpty,
    /// Title of a table preview; `{name}` is replaced.
    PreviewTitle,
    /// Label of the encoding choice.
    PreviewEncoding,
    /// When the bytes do not say their encoding.
    PreviewEncodingGuess,
    /// Checkbox: the first row names the columns.
    PreviewHeader,
    /// Select: the text column.
    PreviewTextColumn,
    /// Select: the id column.
    PreviewIdColumn,
    /// Select: the title column.
    PreviewTitleColumn,
    /// Legend: the label columns.
    PreviewLabelColumns,
    /// Select: group rows into documents by a column.
    PreviewGroupColumn,
    /// The none option of a column select.
    PreviewNone,
    /// The grouping option: each row its own document.
    PreviewOneDocumentARow,
    /// Checkbox: keep each row as one sentence.
    PreviewWholeRows,
    /// Summary of a preview: `{rows}`, `{documents}`, `{empty}` are replaced.
    PreviewRows,
    /// Labels a preview would add; `{names}` is replaced.
    PreviewAddsLabels,
    /// Caption of the preview table.
    PreviewFirstRows,
    /// Button: import the rows.
    PreviewImport,
    /// Caption of a text preview.
    PreviewSample,
    /// Progress of an import; `{done}` and `{total}` are replaced.
    Importing,
    /// Title shown while a long file is read.
    ReadingFile,
    /// How much of the file is read; `{percent}` is replaced.
    ReadingPercent,
    /// Title of the summary of opened files.
    SummaryTitle,
    /// Totals; `{added}`, `{already}`, `{refused}` are replaced.
    SummaryTotals,
    /// Per file: documents added; `{n}`.
    SummaryAdded,
    /// Per file: documents already here; `{n}`.
    SummaryAlready,
    /// Per file: refused.
    SummaryRefused,
    /// Per file: read in a legacy encoding; `{encoding}`.
    SummaryEncoding,
    /// Per file: rows without text skipped; `{n}`.
    SummaryEmptyRows,
    /// Per file: rows whose line breaks became spaces; `{n}`.
    SummaryJoinedLines,
    /// Labels a batch added; `{names}`.
    SummaryNewLabels,
    /// Sentences labeled by an import; `{n}`.
    SummaryLabeled,
    /// Spans an import put on sentences; `{n}`.
    SummarySpans,
    /// Per file: rows kept as one sentence so that a span stays whole; `{n}`.
    SummaryKeptWhole,
    /// Per file: spans not imported; `{n}` (their rows follow).
    SummarySpansNotImported,
    /// One span not imported: `{row}`, `{problem}`.
    SummarySpanProblem,
    /// Column header: file.
    SummaryFile,
    /// Column header: what became of it.
    SummaryOutcome,
    /// Error: the browser could not read a file.
    ErrUnreadable,
    /// Error: not a text file at all.
    ErrNotText,
    /// Error: a Word, PDF or other document file; `{kind}` is replaced.
    ErrNotPlainText,
    /// Error: a spreadsheet file; `{kind}` is replaced.
    ErrSpreadsheet,
    /// Error: bytes invalid in the chosen encoding; `{encoding}` is replaced.
    ErrUndecodable,
    /// Error: a table with no columns or records.
    ErrEmptyTable,
    /// Error: a CSV that does not parse; `{line}` is replaced.
    ErrMalformedTable,
    /// Import error: `{line}`, `{column}`.
    ErrMalformedJson,
    /// Import error: `{found}`.
    ErrNotHamish,
    /// Import error: `{version}`.
    ErrTooNew,
    /// Error: a key file labels none of the exercise's sentences.
    ErrNoAnswers,
    /// Import error: JSON-LD that is not W3C Web Annotations.
    ErrNotW3c,
    /// Import error: W3C annotations of documents not in the app, `{ids}`.
    ErrUnknownDocuments,
    /// Feedback: the student, `{name}`.
    FeedbackStudent,
    /// Feedback: `{correct}` of `{out_of}` (`{percent}`%).
    FeedbackScore,
    /// Feedback: `{n}` sentences left unlabeled.
    FeedbackUnlabeled,
    /// Feedback: label `{name}`, F1 `{f1}`%, `{support}` sentences in the key.
    FeedbackLabel,
    /// Feedback: span F1 against the key, `{exact}`% exact, `{overlap}`%
    /// overlapping.
    FeedbackSpans,
    /// Feedback: the score sheet's title.
    FeedbackSheet,
    /// Feedback note: the answer matches the key.
    FeedbackRight,
    /// Feedback note: the key's answer, `{labels}`.
    FeedbackKey,
    /// Field problem.
    ProblemMissing,
    /// Field problem.
    ProblemExpectedNumber,
    /// Field problem.
    ProblemExpectedString,
    /// Field problem.
    ProblemExpectedList,
    /// Field problem.
    ProblemExpectedObject,
    /// Field problem.
    ProblemExpectedBool,
    /// Field problem: `{start}`, `{end}`, `{length}`.
    ProblemOutOfRange,
    /// Field problem: `{start}`, `{end}`, `{from}`, `{to}`.
    ProblemSpanOutsideSentence,
    /// Field problem.
    ProblemTextMismatch,
    /// Field problem: `{name}`.
    ProblemUnknownLabel,
    /// Field problem: `{name}`.
    ProblemDuplicate,
    /// Field problem: `{name}`.
    ProblemUnknownColor,
    /// Field problem: `{name}`.
    ProblemUnknownScope,
    /// Field problem.
    ProblemEmpty,
    /// Notice: `{annotations}`, `{documents}`.
    NoticeImported,
    /// Notice: text already present.
    NoticeAlreadyImported,
    /// Button: remove an imported document.
    RemoveDocument,
    /// Confirmation: `{title}`, `{n}` annotations.
    RemoveConfirm,
    /// Button: confirm removal.
    Remove,
    /// Title of the version number.
    Version,
    /// Shortcut: select to the first or last sentence, or all.
    ShortcutSelectToEdge,
    /// Shown while an imported document is read back from the browser.
    LoadingDocument,
    /// Notice: the label set is locked.
    NoticeLabelsLocked,
    /// Label editor, when the exercise locks the label set: the teacher
    /// locked the labels, which can be used but not changed.
    LabelsLockedByTeacher,
    /// Palette button, when the exercise locks the label set: opens the
    /// label set to look at, not to edit.
    LabelsLockedView,
    /// Tooltip and accessible name of that button (starting with its
    /// visible words).
    LabelsLockedViewHint,
    /// Button: print the open document as a worksheet.
    Print,
    /// Tooltip of the print button: what the printed page holds.
    PrintHint,
    /// Notice: a note over `{limit}` characters (`{length}`) was not saved.
    NoticeNoteTooLong,
    /// Notice: `{name}` was handed to the browser to save.
    NoticeFileSaved,
    /// Notice: the browser refused to save `{name}`: `{reason}`.
    NoticeDownloadFailed,
    /// Button: make an exercise.
    MakeExercise,
    /// Field: exercise title.
    ExerciseTitleField,
    /// Field and heading: instructions.
    Instructions,
    /// Under the instructions field.
    InstructionsHint,
    /// Checkbox: lock the label set.
    LockLabels,
    /// Legend: documents of the exercise.
    ExerciseDocuments,
    /// Button: save the exercise file.
    SaveExercise,
    /// Heading of the exercise panel.
    ExerciseBanner,
    /// Field: the student's name.
    StudentName,
    /// Button: export a submission.
    ExportSubmission,
    /// Under the submission button.
    SubmissionHint,
    /// Button: leave the exercise.
    LeaveExercise,
    /// Title: who is doing the exercise just opened.
    WhoIsWorking,
    /// How students are kept apart.
    WhoIsWorkingHint,
    /// Heading: students whose work this browser keeps.
    ReturningStudents,
    /// Heading: a new student.
    NewStudent,
    /// Button: start the exercise.
    StartExercise,
    /// Error: no name typed.
    StudentNameMissing,
    /// Checkbox: carry a key for self-check practice.
    PracticeKey,
    /// Warning: a key in the file can be read.
    PracticeKeyWarning,
    /// Button and title: check my answers.
    CheckAnswers,
    /// Self-check: `{correct}` of `{out_of}` right.
    SelfCheckScore,
    /// Self-check: `{n}` left unlabeled.
    SelfCheckUnlabeled,
    /// Self-check: everything matches.
    SelfCheckAllRight,
    /// Heading: precision, recall and F1 per label.
    PerLabelScores,
    /// Column: your labels.
    YourLabels,
    /// Column: the key's labels.
    KeyLabels,
    /// The student at work: `{name}`.
    WorkingAs,
    /// Where the work goes on leaving.
    LeaveHint,
    /// Chip: the choices tie.
    Tie,
    /// Final label option: a tie, undecided.
    TieUndecided,
    /// Final label option: the majority, `{labels}`.
    MajorityOption,
    /// Final label option: nothing labeled, undecided.
    Undecided,
    /// Column and field: the teacher's explanation.
    Explanation,
    /// Report: `{name}` names different labels.
    LabelClash,
    /// Label also called `{names}`.
    AlsoNamed,
    /// Heading: the answer key and scores.
    AnswerKey,
    /// Button: make the key from the decisions.
    MakeKey,
    /// Button: load a key file.
    LoadKey,
    /// The key's source: the decisions.
    KeyFromDecisions,
    /// The key's source: `{name}`.
    KeyFromFile,
    /// How a key is made.
    KeyHint,
    /// Column: the student.
    Student,
    /// Column: accuracy.
    ScorePercent,
    /// Column: correct sentences.
    Correct,
    /// Column: sentences left unlabeled.
    Unlabeled,
    /// Column: kappa with the key.
    KappaWithKey,
    /// Column: macro F1.
    MacroF1,
    /// Button: download the gradebook.
    DownloadGradebook,
    /// Legend: what feedback gives.
    FeedbackGives,
    /// Option: every sentence.
    FeedbackEverySentence,
    /// Option: score only.
    FeedbackScoreOnly,
    /// Button: a student's feedback file.
    FeedbackFile,
    /// Button: close the comparison for good.
    EndComparison,
    /// Hint: the comparison is kept.
    ComparisonKept,
    /// Notice: submission files that could not be read: `{files}`.
    NoticeSubmissionsUnreadable,
    /// Notice: the key is made.
    NoticeKeyMade,
    /// Notice: the key is made; `{n}` tied sentences left out.
    NoticeKeyMadeTies,
    /// Notice: the key was loaded from `{name}`.
    NoticeKeyLoaded,
    /// Notice: labels `{names}` of the key file are unknown.
    NoticeKeyUnknownLabels,
    /// Notice: `{name}` cannot be the key: `{reason}`.
    NoticeKeyRefused,
    /// Notice: `{name}`'s work is back.
    NoticeAttemptResumed,
    /// Notice: `{student}`'s work on `{title}` is kept.
    NoticeAttemptKept,
    /// Button and title: compare submissions.
    CompareSubmissions,
    /// How to load submissions.
    CompareHint,
    /// Button: add submission files.
    AddSubmissions,
    /// Heading: the students.
    Students,
    /// Heading: files left out.
    LeftOut,
    /// Left out: another exercise, `{title}`.
    RejectOther,
    /// Left out: `{name}` twice.
    RejectDuplicate,
    /// Left out: not a submission.
    RejectNotSubmission,
    /// Heading: agreement.
    Agreement,
    /// Row: all labels together.
    AllLabels,
    /// Column: observed agreement.
    ObservedAgreement,
    /// Column: Fleiss' kappa.
    FleissKappa,
    /// Column: Krippendorff's alpha.
    KrippendorffAlpha,
    /// Heading: Cohen's kappa by pair.
    CohenKappa,
    /// A figure that cannot be computed.
    Undefined,
    /// Explains undefined figures.
    UndefinedHint,
    /// Heading: sentences.
    Sentences,
    /// Column: the adjudicated label.
    FinalLabel,
    /// Choice: no label.
    NoLabel,
    /// Button: export the adjudicated result.
    ExportAdjudicated,
    /// Marks a disagreement.
    Disagreement,
    /// Checkbox: only disagreements.
    ShowDisagreementsOnly,
    /// Heading: agreement on spans.
    SpanAgreement,
    /// Explains exact and overlap span agreement.
    SpanAgreementHint,
    /// Column: F1 of spans with the same start, end and label.
    ExactF1,
    /// Column: F1 of spans sharing a code point, with the same label.
    OverlapF1,
    /// Scores column: exact span F1 against the key.
    SpanExactF1,
    /// Scores column: overlap span F1 against the key.
    SpanOverlapF1,
    /// Row: all span labels together (micro-averaged).
    AllSpanLabels,
    /// A pair compared: `{first}` and `{second}`.
    SpanPair,
    /// The answer key, as one side of a pair.
    TheKey,
    /// Column and select: the adjudicated spans.
    FinalSpans,
    /// Choice: the spans a majority marked, `{spans}`.
    MajoritySpans,
    /// Choice: no spans.
    NoSpans,
    /// Choice: the spans student `{name}` marked, `{spans}`.
    StudentSpans,
    /// Button and title: settings.
    Settings,
    /// Legend: colour theme.
    Colours,
    /// Theme: follow the system.
    ThemeSystem,
    /// Theme: light.
    ThemeLight,
    /// Theme: dark.
    ThemeDark,
    /// Legend: text size.
    TextSizeLegend,
    /// Text size: small.
    SizeSmall,
    /// Text size: normal.
    SizeNormal,
    /// Text size: large.
    SizeLarge,
    /// Text size: extra large.
    SizeExtraLarge,
    /// Legend: interface language.
    Language,
    /// Button and title: statistics.
    Statistics,
    /// Column: sentences with the label.
    StatsCount,
    /// Notes: `{n}`.
    NotesCount,
    /// Disclosure holding the technical detail of an alert.
    TechnicalDetails,
    /// Error when the browser refuses a write for a reason other than quota.
    StorageRefused,
    /// Link before everything else: moves the keyboard to the text.
    SkipToText,
    /// Characters of a note: `{n}` of `{max}`.
    NoteLength,
    /// Text that did not fit in a note: `{n}` characters, `{max}` the limit.
    NoteOverflow,
    /// Asked before closing a note with changes.
    NoteDiscardQuestion,
    /// Button: back to the note.
    KeepEditing,
    /// Button: close the note without its changes.
    DiscardChanges,
    /// Quiet status while a change is on its way to the browser's storage.
    Saving,
    /// Alert: work of an earlier version could not be moved to the new storage.
    StorageNotMoved,
    /// Button: write again what could not be stored.
    TryAgain,
    /// Settings: the browser's storage.
    StorageLegend,
    /// Settings: `{used}` of `{quota}` used.
    StorageUse,
    /// Settings: the browser does not say how much is used.
    StorageUseUnknown,
    /// Settings: the browser keeps the data when space runs short.
    StoragePersisted,
    /// Settings: the browser may clear the data when space runs short.
    StorageBestEffort,
    /// Settings button: ask the browser to keep the data.
    StorageKeep,
    /// Import summary: the documents are being stored.
    SummarySaving,
    /// Import summary: everything is stored.
    SummarySaved,
}

/// The words for `text` in `lang`.
pub fn tr(lang: Lang, text: Text) -> &'static str {
    let (arabic, english) = match text {
        Text::AppName => ("هامش", "Hamish"),
        Text::Tagline => ("تعليق الجمل العربية", "Arabic sentence annotation"),
        Text::NavigatorHint => ("ابحث في المستندات وتنقّل بينها", "Search and move between documents"),
        Text::NavigatorPosition => ("(المستند {n} من {total})", "(document {n} of {total})"),
        Text::NavigatorTitle => ("المستندات", "Documents"),
        Text::NavigatorSearch => ("ابحث في العناوين والمعرّفات", "Search titles and ids"),
        Text::NavigatorFilter => ("إظهار", "Show"),
        Text::NavigatorSort => ("الترتيب", "Order"),
        Text::NavigatorNotStarted => ("لم يبدأ تصنيفها", "Not started"),
        Text::NavigatorInProgress => ("قيد التصنيف", "In progress"),
        Text::NavigatorDone => ("مكتملة", "Done"),
        Text::NavigatorHasNotes => ("فيها ملاحظات", "With notes"),
        Text::NavigatorHasLabel => ("فيها «{name}»", "With “{name}”"),
        Text::NavigatorSortDocument => ("ترتيب المستندات", "Document order"),
        Text::NavigatorSortTitle => ("العنوان", "Title"),
        Text::NavigatorSortLeast => ("الأقل تقدمًا أولًا", "Least progress first"),
        Text::NavigatorSortMost => ("الأكثر تقدمًا أولًا", "Most progress first"),
        Text::NavigatorShown => ("يظهر {n} من {total}", "Showing {n} of {total}"),
        Text::NavigatorNone => ("لا مستند يطابق البحث.", "No document matches."),
        Text::NavigatorNotes => ("ملاحظات: {n}", "Notes: {n}"),
        Text::SwitchLanguage => ("English", "العربية"),
        Text::SwitchLanguageHint => ("Switch the interface to English", "التبديل إلى الواجهة العربية"),
        Text::SentencesOfDocument => ("جمل المستند", "Sentences of the document"),
        Text::SentenceCount => ("{n} جملة", "{n} sentences"),
        Text::EmptyDocument => ("لا توجد جمل في هذا المستند.", "This document has no sentences."),
        Text::NoDocuments => ("لا توجد مستندات.", "There are no documents."),
        Text::KeyboardHint => ("انقر جملة لتحديدها، وتنقّل بالسهمين ↑ ↓ أو j و k، واضغط رقم التصنيف لوضعه، و ? لكل الاختصارات.", "Click a sentence to select it; move with ↑ ↓ or j and k; press a label's number to apply it, and ? for every shortcut."),
        Text::StorageUnavailable => ("لا يمكن استخدام تخزين المتصفح: يعمل هامش في الذاكرة فقط، وستضيع التغييرات عند إغلاق الصفحة. نزّل نسخة احتياطية قبل الإغلاق.", "The browser's storage cannot be used: Hamish is working in memory only and changes will be lost when the page closes. Download a backup before closing."),
        Text::StorageFull => ("امتلأ تخزين المتصفح: ما خُزّن من قبل باقٍ، وآخر تغييراتك محفوظة في هذه الصفحة لكنها لم تُخزَّن بعد. نزّل نسخة احتياطية، ثم أفسح مكانًا وأعد المحاولة.", "The browser's storage is full: what was stored before is safe, and your latest changes are kept in this page but not stored yet. Download a backup, then free some space and try again."),
        Text::UnreadableData => ("تعذّرت قراءة بعض البيانات المخزنة، فوُضعت جانبًا دون تغيير:", "Some stored data could not be read and was set aside untouched:"),
        Text::DownloadUnreadable => ("تنزيل البيانات الموضوعة جانبًا", "Download the data set aside"),
        Text::DiscardUnreadable => ("حذف البيانات الموضوعة جانبًا", "Delete the data set aside"),
        Text::DownloadBackup => ("تنزيل نسخة احتياطية", "Download a backup"),
        Text::Dismiss => ("إخفاء", "Dismiss"),
        Text::Labels => ("التصنيفات", "Labels"),
        Text::Undo => ("تراجع", "Undo"),
        Text::Redo => ("إعادة", "Redo"),
        Text::NextUnlabeled => ("الجملة التالية بلا تصنيف", "Next unlabeled"),
        Text::ClearLabels => ("إزالة التصنيفات", "Clear labels"),
        Text::MarkHeading => ("عنوان", "Heading"),
        Text::NoticeHeadingNotLabeled => (
            "العناوين لا تُصنَّف. اختر جملة، أو ألغِ العنوان بزر «عنوان».",
            "Headings are not labeled. Pick a sentence, or unmark the heading with “Heading”.",
        ),
        Text::NoticeHeadingsByTeacher => ("العناوين في التمرين يحددها المعلم.", "In an exercise, the teacher marks the headings."),
        Text::Note => ("ملاحظة", "Note"),
        Text::Shortcuts => ("الاختصارات", "Shortcuts"),
        Text::EditLabels => ("تعديل التصنيفات", "Edit labels"),
        Text::ShowAll => ("عرض الكل", "Show all"),
        Text::FilterBy => ("عرض الجمل المصنفة «{name}» فقط", "Show only sentences labeled {name}"),
        Text::FilterActive => ("تُعرض الجمل المصنفة «{name}» فقط.", "Showing only sentences labeled {name}."),
        Text::Progress => ("{done} من {total} مصنفة", "{done} of {total} labeled"),
        Text::ProgressDocument => ("هذا المستند", "This document"),
        Text::ProgressAll => ("كل المستندات", "All documents"),
        Text::HelpTitle => ("اختصارات لوحة المفاتيح", "Keyboard shortcuts"),
        Text::Close => ("إغلاق", "Close"),
        Text::NoteTitle => ("ملاحظة على الجملة {n}", "Note on sentence {n}"),
        Text::Save => ("حفظ", "Save"),
        Text::Cancel => ("إلغاء", "Cancel"),
        Text::LabelsTitle => ("مجموعة التصنيفات", "Label set"),
        Text::LabelName => ("الاسم", "Name"),
        Text::LabelColor => ("اللون", "Colour"),
        Text::NewLabelName => ("اسم تصنيف جديد", "New label name"),
        Text::AddLabel => ("إضافة تصنيف", "Add label"),
        Text::MoveUp => ("نقل لأعلى", "Move up"),
        Text::MoveDown => ("نقل لأسفل", "Move down"),
        Text::Delete => ("حذف", "Delete"),
        Text::DeleteInUse => ("حذف: ستفقد {n} جملة هذا التصنيف (يمكن التراجع)", "Delete: {n} sentences lose this label (can be undone)"),
        Text::SeveralLabels => ("السماح بأكثر من تصنيف للجملة", "Allow several labels per sentence"),
        Text::ColorBlue => ("أزرق", "Blue"),
        Text::ColorGreen => ("أخضر", "Green"),
        Text::ColorAmber => ("كهرماني", "Amber"),
        Text::ColorPurple => ("بنفسجي", "Purple"),
        Text::ColorGrey => ("رمادي", "Grey"),
        Text::ColorRed => ("أحمر", "Red"),
        Text::ColorTeal => ("أزرق مخضر", "Teal"),
        Text::ColorPink => ("وردي", "Pink"),
        Text::NoticeLabelDeleted => ("حُذف التصنيف «{name}»: فقدته {n} جملة. للتراجع اضغط Ctrl+Z.", "Label “{name}” deleted: {n} sentences lost it. Press Ctrl+Z to undo."),
        Text::NoticeUndone => ("تم التراجع.", "Undone."),
        Text::NoticeRedone => ("تمت الإعادة.", "Redone."),
        Text::NoticeNothingToUndo => ("لا شيء للتراجع عنه.", "Nothing to undo."),
        Text::NoticeNothingToRedo => ("لا شيء لإعادته.", "Nothing to redo."),
        Text::NoticeAllLabeled => ("كل جمل هذا المستند مصنفة.", "Every sentence of this document has a label."),
        Text::NoticeNothingSelected => ("حدّد جملة أولًا.", "Select a sentence first."),
        Text::SpanAnnouncement => ("مقطع: {text}، {label}", "span: {text}, {label}"),
        Text::SpanModeTitle => ("وضع المقاطع", "Span mode"),
        Text::SpanModeHint => ("اسحب على الكلمات أو استعمل ← و→ (مع Shift للمد، ومع Alt حرفًا حرفًا)، ثم اضغط رقم الوسم. ٠ أو Delete يزيل المقطع، وEsc للخروج.", "Drag over words or use ← and → (Shift extends, Alt moves by character), then press a label's number. 0 or Delete removes the span; Esc leaves."),
        Text::SpanWord => ("مقطع", "span"),
        Text::SelfCheckSpans => ("مقاطعك والمفتاح: F1 المطابقة التامة {exact}، وF1 التداخل {overlap}.", "Your spans against the key: exact F1 {exact}, overlap F1 {overlap}."),
        Text::SpanList => ("مقاطع الجملة", "Spans of the sentence"),
        Text::SpanModeDone => ("إنهاء", "Done"),
        Text::SpanSnapToWords => ("كلمات كاملة فقط", "Whole words only"),
        Text::SpanNoHighlights => ("هذا المتصفح لا يلوّن داخل النص، فالمقاطع مسرودة بجانب كل جملة.", "This browser cannot paint inside the text, so spans are listed beside each sentence."),
        Text::SpanLabels => ("وسوم المقاطع", "Span labels"),
        Text::LabelScopeName => ("يوضع على", "Applies to"),
        Text::ScopeSentence => ("الجمل", "sentences"),
        Text::ScopeSpan => ("المقاطع", "spans"),
        Text::ScopeBoth => ("كليهما", "both"),
        Text::NoSpanLabels => ("لا وسوم للمقاطع بعد: أضف وسمًا هنا وهو للمقاطع، أو غيّر نطاق وسم في محرر الوسوم.", "No span labels yet: add a label while in span mode, or change a label’s scope in the label editor."),
        Text::PreviewSpanColumn => ("مقاطع", "spans"),
        Text::PreviewSpans => ("سيأتي {count} مقطعًا مع النصوص.", "{count} spans come with the texts."),
        Text::NoticeNoSpanLabel => ("لا وسم للمقاطع على هذا المفتاح: اجعل وسمًا «للمقاطع» في محرر الوسوم.", "No span label on this key: make a label “for spans” in the label editor."),
        Text::NoticeDuplicateLabel => ("يوجد تصنيف آخر بهذا الاسم.", "Another label already has this name."),
        Text::OrphansTitle => ("تعليقات لم يُعثر على جملها ({n})", "Annotations whose sentence was not found ({n})"),
        Text::OrphansHelp => ("تغيّر نص المستند منذ وُضعت هذه التعليقات، فحُفظت كما هي ولم تُنسب إلى جملة أخرى.", "The document's text changed since these were made; they are kept as they were and not attached to another sentence."),
        Text::SentencePosition => ("الجملة {n} من {total}", "Sentence {n} of {total}"),
        Text::OpenPanelNote => ("Ctrl+Enter للحفظ، Esc للإلغاء", "Ctrl+Enter saves, Esc cancels"),
        Text::ShortcutNext => ("الجملة التالية", "Next sentence"),
        Text::ShortcutPrevious => ("الجملة السابقة", "Previous sentence"),
        Text::ShortcutExtend => ("توسيع التحديد", "Extend the selection"),
        Text::ShortcutFirstLast => ("الجملة الأولى أو الأخيرة", "First or last sentence"),
        Text::ShortcutToggleLabel => ("وضع التصنيف المرقّم أو إزالته", "Toggle the label with that number"),
        Text::ShortcutClear => ("إزالة تصنيفات التحديد", "Clear the selection's labels"),
        Text::ShortcutNote => ("كتابة ملاحظة على الجملة", "Write a note on the sentence"),
        Text::ShortcutSpanMode => ("علّم كلمات داخل الجملة (وضع المقاطع): ← و→ تنتقلان كلمة كلمة، و١…٩ تسم المقطع، و٠ أو Delete تزيله، وs أو Esc للخروج", "Mark words inside the sentence (span mode): ← and → move by word, 1…9 label the span, 0 or Delete remove it, s or Esc leave"),
        Text::ShortcutSpanExtend => ("في وضع المقاطع: مدّ المقطع كلمة كلمة", "In span mode: extend the span by a word"),
        Text::ShortcutSpanCharacter => ("في وضع المقاطع: حرفًا حرفًا بدل الكلمة (مع Shift للمد)", "In span mode: by character instead of by word (with Shift to extend)"),
        Text::ShortcutNextUnlabeled => ("الجملة التالية بلا تصنيف", "Next sentence without a label"),
        Text::ShortcutNextUnlabeledAnywhere => ("الجملة التالية بلا تصنيف في أي مستند", "Next unlabeled sentence, in any document"),
        Text::ShortcutNextDocument => ("المستند التالي", "Next document"),
        Text::ShortcutPreviousDocument => ("المستند السابق", "Previous document"),
        Text::ShortcutSearch => ("البحث في النصوص", "Search the texts"),
        Text::Search => ("بحث", "Search"),
        Text::SearchLabel => ("ابحث في نصوص كل المستندات", "Search the text of every document"),
        Text::SearchArabic => ("مطابقة عربية (تجاهل التشكيل والتطويل وصور الهمزة والألف والياء والتاء المربوطة)", "Arabic-aware matching (ignore diacritics, tatweel, and spelling variants of hamza, alef, yaa and taa marbuta)"),
        Text::SearchCount => ("{n} نتيجة (تُعرض {shown})", "{n} matches ({shown} shown)"),
        Text::SearchNone => ("لا نتائج.", "No matches."),
        Text::SearchLabelAll => ("لتصنيف كل النتائج دفعة واحدة، اختر تصنيفًا:", "To label every match at once, choose a label:"),
        Text::SearchLabelAllButton => ("«{name}» للكل", "“{name}” for all"),
        Text::SettingsAdvance => ("بعد مفتاح التصنيف، انتقل إلى الجملة التالية بلا تصنيف", "After a label key, move to the next unlabeled sentence"),
        Text::ShortcutUndo => ("تراجع", "Undo"),
        Text::ShortcutRedo => ("إعادة", "Redo"),
        Text::ShortcutHelp => ("هذه القائمة", "This list"),
        Text::ShortcutClose => ("إغلاق النافذة أو إلغاء التصفية", "Close a dialog or clear the filter"),
        Text::ShortcutAccept => ("قبول التصنيف المقترح والانتقال إلى الجملة التالية", "Accept the suggested label and go to the next sentence"),
        Text::SuggestedPrefix => ("مقترح:", "suggested:"),
        Text::ToReview => ("{n} للمراجعة", "{n} to review"),
        Text::SuggestionsToReview => ("اقتراحات للمراجعة: {n}", "{n} suggestions to review"),
        Text::Review => ("مراجعة الاقتراحات", "Review suggestions"),
        Text::AcceptAllSuggestions => ("قبول كل الاقتراحات", "Accept all suggestions"),
        Text::ReviewHint => ("يقبل Enter اقتراح الجملة المحددة، ويستبدله رقمُ تصنيف آخر.", "Enter accepts the selected sentence's suggestion; another label's number replaces it."),
        Text::NoticeSuggestionsAccepted => ("قُبلت الاقتراحات: {n}. للتراجع اضغط Ctrl+Z.", "Accepted {n} suggestions. Press Ctrl+Z to undo."),
        Text::ImportAsSuggestions => ("اعتبر تصنيفات الملف اقتراحات تحتاج إلى مراجعة", "Take the file's labels as suggestions to review"),
        Text::StatsToReview => ("للمراجعة", "To review"),
        Text::SelectionClick => ("نقر: تحديد جملة؛ Shift+نقر: تحديد مدى", "Click: select a sentence; Shift+click: select a range"),
        Text::Export => ("تصدير", "Export"),
        Text::ExportTitle => ("تصدير التعليقات", "Export annotations"),
        Text::ExportWhat => ("ماذا تصدّر", "What to export"),
        Text::ExportThisDocument => ("هذا المستند", "This document"),
        Text::ExportAllDocuments => ("كل المستندات", "All documents"),
        Text::ExportFormat => ("الصيغة", "Format"),
        Text::FormatHamish => ("Hamish JSON (كامل، يمكن استيراده)", "Hamish JSON (complete, can be imported again)"),
        Text::FormatJsonl => ("JSONL (جملة في كل سطر: doccano و pandas)", "JSONL (a sentence a line: doccano, pandas)"),
        Text::FormatCsv => ("CSV (للجداول: Excel و LibreOffice)", "CSV (spreadsheets: Excel, LibreOffice)"),
        Text::FormatW3c => ("W3C Web Annotation (JSON-LD)", "W3C Web Annotation (JSON-LD)"),
        Text::FormatDoccanoSpans => ("doccano JSONL للمقاطع (text و label: [بداية، نهاية، وسم])", "doccano span JSONL (text, label: [start, end, label])"),
        Text::FormatSpacy => ("spaCy JSONL (تصنيف النصوص: text و cats)", "spaCy JSONL (text classification: text, cats)"),
        Text::FormatLabelStudio => {
            ("Label Studio JSON (مهام والتصنيفات فيها تعليقات)", "Label Studio JSON (tasks, labels as annotations)")
        }
        Text::FormatHuggingFace => {
            ("Hugging Face JSONL (للتدريب: أعمدة تصنيف بنوع ثابت)", "Hugging Face JSONL (for training: label columns of one type)")
        }
        Text::CompanionDocuments => ("تنزيل نصوص المستندات (JSONL)", "Download the documents' texts (JSONL)"),
        Text::CompanionLabelConfig => ("تنزيل إعداد الوسم في Label Studio (XML)", "Download the Label Studio labeling config (XML)"),
        Text::CompanionDatasetCard => ("تنزيل بطاقة مجموعة البيانات (README.md)", "Download the dataset card (README.md)"),
        Text::CompanionHint => {
            ("ملف ثانٍ يكمّل هذا التصدير، يُنزَّل وحده.", "A second file that completes this export, downloaded on its own.")
        }
        Text::Download => ("تنزيل", "Download"),
        Text::AnnotatorName => ("اسم المعلِّق", "Annotator name"),
        Text::AnnotatorHint => ("يُكتب في كل ملف تصدير.", "Written into every export."),
        Text::Import => ("استيراد", "Import"),
        Text::ImportHint => ("اختر ملفات أو أفلتها في أي مكان من الصفحة: نصوص، وجداول (CSV وJSONL وdoccano وspaCy)، وملفات هامش وW3C.", "Choose files, or drop them anywhere on the page: texts, tables (CSV, JSONL, doccano, spaCy), Hamish and W3C files."),
        Text::ImportTitle => ("استيراد ملف", "Import a file"),
        Text::ImportSummary => ("{documents} مستند ({new} جديد)، {annotations} تعليق، {conflicts} تعارض", "{documents} documents ({new} new), {annotations} annotations, {conflicts} conflicts"),
        Text::ImportOtherDocuments => (
            "تُرك {n} تعليقًا لمستندات ليست في هامش: {ids}.",
            "{n} annotations of documents not in Hamish were left out: {ids}.",
        ),
        Text::ImportQuotesNotFound => (
            "تُرك {n} تعليقًا لم يعد نصه المقتبس في مستنده.",
            "{n} annotations whose quoted text is no longer in their document were left out.",
        ),
        Text::ImportSpansAcross => (
            "تُرك {n} مقطعًا يتجاوز حدود الجملة؛ المقطع في هامش داخل جملة واحدة.",
            "{n} spans reaching across a sentence boundary were left out: in Hamish a span lies inside one sentence.",
        ),
        Text::ImportUnplaced => ("{n} تعليق لم يُعثر على جملته وسيُحفظ منفصلًا.", "{n} annotations found no sentence and will be kept as orphans."),
        Text::ImportMerge => ("دمج", "Merge"),
        Text::ImportReplace => ("استبدال", "Replace"),
        Text::ImportMergeHint => ("دمج: تبقى تعليقاتك وتُضاف تعليقات الملف؛ وفي التعارضات تختار أنت.", "Merge: your annotations stay and the file's are added; you choose in each conflict."),
        Text::ImportReplaceHint => ("استبدال: تحل تعليقات الملف محل تعليقاتك في مستنداته.", "Replace: the file's annotations replace yours in its documents."),
        Text::ConflictsTitle => ("التعارضات", "Conflicts"),
        Text::KeepMine => ("إبقاء ما عندي", "Keep mine"),
        Text::TakeTheirs => ("أخذ ما في الملف", "Take the file's"),
        Text::ImportFailed => ("لم يتغير شيء. تعذّر استيراد الملف:", "Nothing was changed. The file could not be imported:"),
        Text::ErrTooLarge => ("حجم الملف {size}، والحد الأقصى {limit}.", "The file is {size}; the limit is {limit}."),
        Text::UnitBytes => ("بايت", "bytes"),
        Text::UnitKilobytes => ("ك.ب", "KB"),
        Text::UnitMegabytes => ("م.ب", "MB"),
        Text::UnitGigabytes => ("ج.ب", "GB"),
        Text::ImportNewLabels => (
            "يضيف هذا الملف {n} تصنيفًا جديدًا إلى مجموعة التصنيفات:",
            "This file adds {n} new labels to the label set:",
        ),
        Text::ImportKeysLimit => (
            "للتصنيفات التسعة الأولى فقط أرقام على لوحة المفاتيح؛ تُختار البقية بالنقر.",
            "Only the first nine labels get number keys; the others are chosen by clicking.",
        ),
        Text::ImportAcceptLabels => ("أضف التصنيفات الجديدة ({n})", "Add the new labels ({n})"),
        Text::AndMore => ("و{n} غيرها", "and {n} more"),
        Text::ErrNotUtf8 => ("الملف ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع {at}).", "The file is not UTF-8 text (invalid byte at {at})."),
        Text::ErrEmptyText => ("الملف النصي فارغ.", "The text file is empty."),
        Text::PasteText => ("لصق نص", "Paste text"),
        Text::PasteTitle => ("العنوان (اختياري)", "Title (optional)"),
        Text::PasteBody => ("النص", "Text"),
        Text::PasteAdd => ("إضافة المستند", "Add document"),
        Text::PasteEmpty => ("لا نص للإضافة.", "There is no text to add."),
        Text::PreviewTitle => ("استيراد {name}", "Import {name}"),
        Text::PreviewEncoding => ("الترميز", "Encoding"),
        Text::PreviewEncodingGuess => ("لا تحدّد بايتات الملف ترميزه: تحقّق من أن النص يُقرأ سليمًا، أو اختر ترميزًا آخر.", "The file's bytes do not say its encoding: check that the text reads right, or choose another."),
        Text::PreviewHeader => ("الصف الأول أسماء الأعمدة", "The first row names the columns"),
        Text::PreviewTextColumn => ("عمود النص", "Text column"),
        Text::PreviewIdColumn => ("عمود المعرّف", "Id column"),
        Text::PreviewTitleColumn => ("عمود العنوان", "Title column"),
        Text::PreviewLabelColumns => ("أعمدة التصنيفات", "Label columns"),
        Text::PreviewGroupColumn => ("جمع الصفوف في مستندات حسب", "Group rows into documents by"),
        Text::PreviewNone => ("— لا شيء —", "— none —"),
        Text::PreviewOneDocumentARow => ("كل صف مستند", "Each row a document"),
        Text::PreviewWholeRows => ("كل صف جملة واحدة (بلا تقسيم)", "Keep each row as one sentence"),
        Text::PreviewRows => ("{rows} صفًا ← {documents} مستندًا؛ يُتخطّى {empty} صفًا بلا نص.", "{rows} rows → {documents} documents; {empty} rows without text are skipped."),
        Text::PreviewAddsLabels => ("سيضيف التصنيفات: {names}", "Adds labels: {names}"),
        Text::PreviewFirstRows => ("الصفوف الأولى", "First rows"),
        Text::PreviewImport => ("استيراد", "Import"),
        Text::PreviewSample => ("بداية النص", "Start of the text"),
        Text::Importing => ("جارٍ الاستيراد… {done} من {total}", "Importing… {done} of {total}"),
        Text::ReadingFile => ("قراءة الملف", "Reading the file"),
        Text::ReadingPercent => ("قُرئ {percent}٪", "{percent}% read"),
        Text::SummaryTitle => ("الملفات المفتوحة", "Files opened"),
        Text::SummaryTotals => ("أُضيف {added} مستندًا، وكان {already} موجودًا من قبل، ورُفض {refused} ملفًا.", "{added} documents added, {already} already here, {refused} files refused."),
        Text::SummaryAdded => ("أُضيف {n}", "{n} added"),
        Text::SummaryAlready => ("{n} موجود من قبل", "{n} already here"),
        Text::SummaryRefused => ("رُفض", "refused"),
        Text::SummaryEncoding => ("قُرئ بترميز {encoding}", "read as {encoding}"),
        Text::SummaryEmptyRows => ("تُخطّي {n} صفًا بلا نص", "{n} rows without text skipped"),
        Text::SummaryJoinedLines => ("{n} صفًا صارت أسطرها سطرًا واحدًا", "{n} rows had line breaks made spaces"),
        Text::SummaryNewLabels => ("تصنيفات أُضيفت: {names}", "Labels added: {names}"),
        Text::SummaryLabeled => ("جمل صُنّفت من الملف: {n}", "Sentences labeled from the file: {n}"),
        Text::SummarySpans => ("مقاطع عُلّمت من الملف: {n}", "Spans marked from the file: {n}"),
        Text::SummaryKeptWhole => ("{n} صفًا بقي جملة واحدة كي لا ينقسم مقطع فيه", "{n} rows kept as one sentence so that a span stays whole"),
        Text::SummarySpansNotImported => ("{n} مقطعًا لم يُستورد", "{n} spans not imported"),
        Text::SummarySpanProblem => ("الصف {row}: {problem}", "row {row}: {problem}"),
        Text::SummaryFile => ("الملف", "File"),
        Text::SummaryOutcome => ("النتيجة", "Outcome"),
        Text::ErrUnreadable => ("تعذّر على المتصفح قراءة الملف.", "The browser could not read the file."),
        Text::ErrNotText => ("ليس هذا ملفًا نصيًا (قد يكون صورة أو ملفًا مضغوطًا).", "This is not a text file (it may be an image or an archive)."),
        Text::ErrNotPlainText => (
            "هذا ملف {kind}، وهامش يقرأ النص العادي. افتحه وانسخ نصه، ثم اختر «لصق نص».",
            "This is a {kind} file; Hamish reads plain text. Open it, copy its text, and choose “Paste text”.",
        ),
        Text::ErrSpreadsheet => (
            "هذا ملف {kind}. احفظه بصيغة CSV ‏(UTF-8) وافتح الملف الناتج، أو انسخ النص واختر «لصق نص».",
            "This is an {kind} file. Save it as CSV (UTF-8) and open that, or copy the text and choose “Paste text”.",
        ),
        Text::ErrUndecodable => ("لا يُقرأ الملف بترميز {encoding}؛ اختر ترميزًا آخر.", "The file does not read as {encoding}; choose another encoding."),
        Text::ErrEmptyTable => ("لا أعمدة ولا صفوف في الجدول.", "The table has no columns or rows."),
        Text::ErrMalformedTable => ("تعذّرت قراءة الجدول عند السطر {line}.", "The table could not be read at line {line}."),
        Text::ErrMalformedJson => ("JSON غير سليم في السطر {line}، العمود {column}.", "Malformed JSON at line {line}, column {column}."),
        Text::ErrNotHamish => ("ملف JSON هذا ليس ملف هامش (format: {found}).", "This JSON is not a Hamish file (format: {found})."),
        Text::ErrNotW3c => (
            "ليس هذا الملف تعليقات W3C ‏(Web Annotation) كالتي يصدّرها هامش.",
            "This file is not W3C Web Annotations like those Hamish exports.",
        ),
        Text::ErrUnknownDocuments => (
            "لا مستند في هامش من مستندات هذه التعليقات: {ids}. ملف W3C لا يحمل نص المستندات، فافتحها أولًا ثم استورد الملف.",
            "None of the documents these annotations belong to is in Hamish: {ids}. A W3C file carries no document text: open those documents first, then import it.",
        ),
        Text::ErrNoAnswers => (
            "لا يصنّف هذا الملف أي جملة من جمل التمرين، فلا يصلح مفتاحًا للإجابة.",
            "This file labels none of the exercise's sentences, so it cannot be the answer key.",
        ),
        Text::FeedbackStudent => ("الطالب: \u{2068}{name}\u{2069}", "Student: \u{2068}{name}\u{2069}"),
        Text::FeedbackScore => ("الدرجة: {correct} من {out_of} ({percent}٪).", "Score: {correct} of {out_of} ({percent}%)."),
        Text::FeedbackUnlabeled => ("جمل تركتها بلا تصنيف: {n}.", "Sentences left unlabeled: {n}."),
        Text::FeedbackLabel => (
            "\u{2068}{name}\u{2069}: F1 {f1}٪ ({support} جمل في المفتاح).",
            "\u{2068}{name}\u{2069}: F1 {f1}% ({support} sentences in the key).",
        ),
        Text::FeedbackSpans => (
            "المقاطع: F1 {exact}٪ للمطابقة التامة، {overlap}٪ للتداخل.",
            "Spans: F1 {exact}% exact, {overlap}% overlapping.",
        ),
        Text::FeedbackSheet => ("النتيجة", "Score"),
        Text::FeedbackRight => ("✓ صحيح", "✓ Right"),
        Text::FeedbackKey => ("✗ الإجابة: {labels}", "✗ The answer: {labels}"),
        Text::ErrTooNew => ("أُنشئ الملف بإصدار أحدث من هامش (إصدار الصيغة {version})؛ حدّث هامش لاستيراده.", "The file was made by a newer version of Hamish (format version {version}); update Hamish to import it."),
        Text::ProblemMissing => ("حقل مفقود", "missing"),
        Text::ProblemExpectedNumber => ("يُتوقع عدد", "expected a number"),
        Text::ProblemExpectedString => ("يُتوقع نص", "expected a string"),
        Text::ProblemExpectedList => ("يُتوقع قائمة", "expected a list"),
        Text::ProblemExpectedObject => ("يُتوقع كائن", "expected an object"),
        Text::ProblemExpectedBool => ("يُتوقع true أو false", "expected true or false"),
        Text::ProblemOutOfRange => ("الموضعان {start}–{end} خارج النص (طوله {length} حرفًا)", "offsets {start}–{end} are outside the text ({length} characters)"),
        Text::ProblemSpanOutsideSentence => ("المقطع {start}–{end} فارغ أو خارج جملته ({from}–{to})", "span {start}–{end} is empty or outside its sentence ({from}–{to})"),
        Text::ProblemTextMismatch => ("النص لا يطابق نص المستند عند هذين الموضعين", "the text does not match the document at these offsets"),
        Text::ProblemUnknownLabel => ("تصنيف غير معروف «{name}»", "unknown label “{name}”"),
        Text::ProblemDuplicate => ("«{name}» مكرر", "“{name}” appears twice"),
        Text::ProblemUnknownColor => ("لون غير معروف «{name}»", "unknown colour “{name}”"),
        Text::ProblemUnknownScope => ("نطاق غير معروف «{name}»: يكون sentence أو span أو both", "unknown scope “{name}”: it is sentence, span or both"),
        Text::ProblemEmpty => ("يجب ألا يكون فارغًا", "must not be empty"),
        Text::NoticeImported => ("استُورد {annotations} تعليق، وأضيف {documents} مستند.", "Imported {annotations} annotations; {documents} documents added."),
        Text::NoticeAlreadyImported => ("هذا النص موجود بالفعل، وقد فُتح.", "This text is already here; it was opened."),
        Text::RemoveDocument => ("إزالة المستند", "Remove document"),
        Text::RemoveConfirm => ("إزالة «{title}» و{n} تعليقًا عليه من هذا المتصفح؟ لا يمكن التراجع عن ذلك.", "Remove “{title}” and its {n} annotations from this browser? This cannot be undone."),
        Text::Remove => ("إزالة", "Remove"),
        Text::Version => ("إصدار هامش", "Hamish version"),
        Text::ShortcutSelectToEdge => ("تحديد حتى الجملة الأولى أو الأخيرة، أو تحديد الكل", "Select to the first or last sentence, or everything"),
        Text::LoadingDocument => ("جارٍ فتح المستند…", "Opening the document…"),
        Text::NoticeLabelsLocked => ("مجموعة التصنيفات مقفلة في هذا التمرين.", "The exercise locks the label set."),
        Text::LabelsLockedByTeacher => (
            "أقفل المعلّم التصنيفات في هذا التمرين: استعملها كما هي. لا يمكن تغيير أسمائها ولا ألوانها ولا ترتيبها، ولا إضافة تصنيف أو حذفه.",
            "Your teacher locked the labels for this exercise: use them as they are. Their names, colours and order cannot be changed, and no label can be added or deleted.",
        ),
        Text::LabelsLockedView => ("التصنيفات مقفلة", "Labels locked"),
        Text::LabelsLockedViewHint => (
            "التصنيفات مقفلة: أقفلها المعلّم في هذا التمرين، ويمكنك عرضها دون تعديلها",
            "Labels locked: your teacher locked them for this exercise; you can view them, not change them",
        ),
        Text::Print => ("طباعة", "Print"),
        Text::PrintHint => (
            "طباعة المستند ورقةَ عمل: جمل مرقّمة، وبجانب كل جملة مربع لتصنيفها",
            "Print the document as a worksheet: numbered sentences, each with a box for its label",
        ),
        Text::NoticeNoteTooLong => (
            "لم تُحفظ الملاحظة: طولها {length} حرفًا والحد {limit}. اختصرها ثم احفظها.",
            "The note was not saved: it has {length} characters and the limit is {limit}. Shorten it, then save.",
        ),
        Text::NoticeFileSaved => ("حُفظ الملف \u{2068}{name}\u{2069}.", "Saved the file \u{2068}{name}\u{2069}."),
        Text::NoticeDownloadFailed => (
            "تعذّر حفظ الملف \u{2068}{name}\u{2069}: رفض المتصفح ({reason}). لم يُفقد شيء؛ حاول مرة أخرى.",
            "Could not save \u{2068}{name}\u{2069}: the browser refused ({reason}). Nothing was lost; try again.",
        ),
        Text::MakeExercise => ("إعداد تمرين", "Make an exercise"),
        Text::ExerciseTitleField => ("عنوان التمرين", "Exercise title"),
        Text::Instructions => ("التعليمات", "Instructions"),
        Text::InstructionsHint => ("سطر فارغ يفصل الفقرات، والسطر الذي يبدأ بـ «- » عنصر قائمة.", "A blank line separates paragraphs; a line starting with “- ” is a list item."),
        Text::LockLabels => ("قفل مجموعة التصنيفات أمام الطلاب", "Lock the label set for students"),
        Text::ExerciseDocuments => ("مستندات التمرين", "Documents"),
        Text::SaveExercise => ("حفظ ملف التمرين", "Save the exercise file"),
        Text::ExerciseBanner => ("تمرين", "Exercise"),
        Text::StudentName => ("اسمك", "Your name"),
        Text::ExportSubmission => ("تصدير إجابتي", "Export my submission"),
        Text::SubmissionHint => ("سلّم هذا الملف لمعلمك.", "Hand this file to your teacher."),
        Text::LeaveExercise => ("الخروج من التمرين", "Leave the exercise"),
        Text::WhoIsWorking => ("من يحلّ هذا التمرين؟", "Who is doing this exercise?"),
        Text::WhoIsWorkingHint => (
            "يبدأ كل طالب صفحة بيضاء، ويبقى عمله في هذا المتصفح باسمه: لا يراه غيره ولا يدخل في إجابة غيره.",
            "Each student starts blank, and their work stays in this browser under their name: no one else sees it or hands it in.",
        ),
        Text::ReturningStudents => ("أكمل عملًا محفوظ في هذا المتصفح", "Continue work kept in this browser"),
        Text::NewStudent => ("طالب جديد", "New student"),
        Text::StartExercise => ("ابدأ", "Start"),
        Text::StudentNameMissing => ("اكتب اسمك أولًا.", "Type your name first."),
        Text::PracticeKey => (
            "أرفق تصنيفاتي مفتاحًا للتدرّب الذاتي (زر «تحقّق من إجاباتي»)",
            "Include my labels as a key for self-check practice (a “Check my answers” button)",
        ),
        Text::PracticeKeyWarning => (
            "تنبيه: يستطيع الطلاب قراءة المفتاح داخل الملف، فهو للتدرّب لا للتقييم.",
            "Note: students can read a key inside the file, so it is for practice, not for marks.",
        ),
        Text::CheckAnswers => ("تحقّق من إجاباتي", "Check my answers"),
        Text::SelfCheckScore => ("أصبت في {correct} من {out_of} ({percent}٪).", "{correct} of {out_of} right ({percent}%)."),
        Text::SelfCheckUnlabeled => ("جمل لم تصنّفها بعد: {n}.", "Sentences not labeled yet: {n}."),
        Text::SelfCheckAllRight => ("كل إجاباتك توافق المفتاح.", "All your answers match the key."),
        Text::PerLabelScores => ("الدقة (P) والاستدعاء (R) وF1 لكل تصنيف", "Precision (P), recall (R) and F1 per label"),
        Text::YourLabels => ("تصنيفك", "Yours"),
        Text::KeyLabels => ("المفتاح", "Key"),
        Text::WorkingAs => ("الطالب: \u{2068}{name}\u{2069}", "Student: \u{2068}{name}\u{2069}"),
        Text::LeaveHint => (
            "يبقى عملك في هذا المتصفح باسمك؛ افتح ملف التمرين مرة أخرى واختر اسمك لتكمل.",
            "Your work stays in this browser under your name; open the exercise file again and pick your name to go on.",
        ),
        Text::Document => ("المستند", "Document"),
        Text::Tie => ("تعادل", "tie"),
        Text::TieUndecided => ("تعادل: لم يُحسم", "Tie: undecided"),
        Text::MajorityOption => ("الأغلبية: {labels}", "Majority: {labels}"),
        Text::Undecided => ("—", "—"),
        Text::Explanation => ("شرح المعلم", "Explanation"),
        Text::LabelClash => ("الاسم «\u{2068}{name}\u{2069}» لتصنيفات مختلفة عند الطلاب؛ عوملت تصنيفات مختلفة.", "“\u{2068}{name}\u{2069}” names different labels in different submissions; they are kept apart."),
        Text::AlsoNamed => ("ويسمى أيضًا: {names}", "also called: {names}"),
        Text::AnswerKey => ("مفتاح الإجابة والدرجات", "Answer key and scores"),
        Text::MakeKey => ("اجعل القرارات مفتاح الإجابة", "Make the key from these decisions"),
        Text::LoadKey => ("تحميل مفتاح من ملف هامش", "Load a key from a Hamish file"),
        Text::KeyFromDecisions => ("المفتاح مأخوذ من القرارات.", "The key comes from the decisions."),
        Text::KeyFromFile => ("المفتاح مأخوذ من \u{2068}{name}\u{2069}.", "The key comes from \u{2068}{name}\u{2069}."),
        Text::KeyHint => ("اصنع المفتاح من القرارات أعلاه، أو حمّل ملف هامش صنّفته أنت (إجابتك على التمرين مثلًا).", "Make the key from the decisions above, or load a Hamish file you labeled yourself (your own submission to the exercise, for instance)."),
        Text::Student => ("الطالب", "Student"),
        Text::ScorePercent => ("الدرجة", "Score"),
        Text::Correct => ("صحيح", "Correct"),
        Text::Unlabeled => ("بلا تصنيف", "Unlabeled"),
        Text::KappaWithKey => ("كابا مع المفتاح", "κ with key"),
        Text::MacroF1 => ("متوسط F1", "Macro F1"),
        Text::DownloadGradebook => ("تنزيل سجل الدرجات (CSV)", "Download the gradebook (CSV)"),
        Text::FeedbackGives => ("ما يتضمنه ملف الملاحظات", "What feedback gives"),
        Text::FeedbackEverySentence => ("الدرجة وكل جملة مع الإجابة والشرح", "The score, and every sentence with the answer and explanation"),
        Text::FeedbackScoreOnly => ("الدرجة فقط", "The score only"),
        Text::FeedbackFile => ("ملف الملاحظات", "Feedback file"),
        Text::EndComparison => ("إنهاء المقارنة ومسحها", "End and clear the comparison"),
        Text::ComparisonKept => ("تُحفظ المقارنة والقرارات في هذا المتصفح: أغلق النافذة متى شئت، وتراجع بـ Ctrl+Z.", "The comparison and your decisions are kept in this browser: close this window at any time, and undo with Ctrl+Z."),
        Text::NoticeSubmissionsUnreadable => ("تعذّرت قراءة هذه الملفات فلم تُضف: {files}", "These files could not be read and were not added: {files}"),
        Text::NoticeKeyMade => ("صُنع مفتاح الإجابة، وحُسبت درجات الطلاب.", "The answer key is made and every student is scored."),
        Text::NoticeKeyMadeTies => (
            "صُنع مفتاح الإجابة، وبقيت {n} جمل متعادلة بلا قرار فلم تدخل فيه.",
            "The answer key is made; {n} tied sentences have no decision and are left out of it.",
        ),
        Text::NoticeKeyLoaded => ("قُرئ مفتاح الإجابة من \u{2068}{name}\u{2069}.", "The answer key was read from \u{2068}{name}\u{2069}."),
        Text::NoticeKeyUnknownLabels => (
            "تصنيفات في الملف لا يعرفها أي طالب فلم تدخل المفتاح: {names}",
            "Labels in the file that no student has were left out of the key: {names}",
        ),
        Text::NoticeKeyRefused => (
            "لا يصلح \u{2068}{name}\u{2069} مفتاحًا للإجابة: {reason}",
            "\u{2068}{name}\u{2069} cannot be the answer key: {reason}",
        ),
        Text::NoticeAttemptResumed => ("عاد عملك يا \u{2068}{name}\u{2069}.", "Welcome back, \u{2068}{name}\u{2069}: your work is here."),
        Text::NoticeAttemptKept => (
            "حُفظ عمل \u{2068}{student}\u{2069} في «\u{2068}{title}\u{2069}» في هذا المتصفح. للمتابعة افتح ملف التمرين مرة أخرى واختر الاسم.",
            "\u{2068}{student}\u{2069}’s work on “\u{2068}{title}\u{2069}” is kept in this browser. To go on, open the exercise file again and pick the name.",
        ),
        Text::CompareSubmissions => ("مقارنة الإجابات", "Compare submissions"),
        Text::CompareHint => ("اختر ملفات إجابات الطلاب أو أفلتها هنا (عدة ملفات معًا).", "Choose or drop the students' submission files (several at once)."),
        Text::AddSubmissions => ("إضافة ملفات إجابات", "Add submission files"),
        Text::Students => ("الطلاب", "Students"),
        Text::LeftOut => ("ملفات لم تُحتسب", "Files left out"),
        Text::RejectOther => ("إجابة لتمرين آخر أو لنسخة أخرى منه ({title})", "a submission for another exercise or another version of it ({title})"),
        Text::RejectDuplicate => ("إجابة ثانية للطالب {name}", "a second submission by {name}"),
        Text::RejectNotSubmission => ("ليس ملف إجابة (لا يذكر تمرينًا)", "not a submission (it names no exercise)"),
        Text::Agreement => ("الاتفاق بين الطلاب", "Agreement"),
        Text::AllLabels => ("كل التصنيفات معًا", "All labels together"),
        Text::ObservedAgreement => ("الاتفاق الملاحظ", "Observed agreement"),
        Text::FleissKappa => ("كابا فلايس", "Fleiss' kappa"),
        Text::KrippendorffAlpha => ("ألفا كريبندورف", "Krippendorff's alpha"),
        Text::CohenKappa => ("كابا كوهين لكل زوج", "Cohen's kappa by pair"),
        Text::Undefined => ("غير معرّف", "undefined"),
        Text::UndefinedHint => ("«غير معرّف»: لا تباين في الإجابات أو لا توجد جمل صنفها طالبان.", "“undefined”: no variation in the answers, or no sentence labeled by two students."),
        Text::Sentences => ("الجمل", "Sentences"),
        Text::FinalLabel => ("التصنيف النهائي", "Final label"),
        Text::NoLabel => ("(بلا تصنيف)", "(none)"),
        Text::ExportAdjudicated => ("تصدير النتيجة النهائية", "Export the adjudicated result"),
        Text::Disagreement => ("اختلاف", "disagreement"),
        Text::ShowDisagreementsOnly => ("عرض الاختلافات فقط", "Show disagreements only"),
        Text::SpanAgreement => ("الاتفاق على المقاطع", "Span agreement"),
        Text::SpanAgreementHint => ("المطابقة التامة: البداية والنهاية والتصنيف نفسها؛ التداخل: حرف مشترك على الأقل والتصنيف نفسه. تُقارن مقاطع الجملة الواحدة فقط.", "Exact: the same start, end and label; overlap: at least one character in common and the same label. Spans are matched within their sentence only."),
        Text::ExactF1 => ("F1 المطابقة التامة", "Exact F1"),
        Text::OverlapF1 => ("F1 التداخل", "Overlap F1"),
        Text::SpanExactF1 => ("F1 المقاطع (تامة)", "Span F1 (exact)"),
        Text::SpanOverlapF1 => ("F1 المقاطع (تداخل)", "Span F1 (overlap)"),
        Text::AllSpanLabels => ("كل تصنيفات المقاطع معًا", "All span labels together"),
        Text::SpanPair => ("{first} و{second}", "{first} and {second}"),
        Text::TheKey => ("مفتاح الإجابة", "the answer key"),
        Text::FinalSpans => ("المقاطع النهائية", "Final spans"),
        Text::MajoritySpans => ("الأغلبية: {spans}", "Majority: {spans}"),
        Text::NoSpans => ("(بلا مقاطع)", "(no spans)"),
        Text::StudentSpans => ("مقاطع {name}: {spans}", "{name}'s spans: {spans}"),
        Text::Settings => ("الإعدادات", "Settings"),
        Text::Colours => ("الألوان", "Colours"),
        Text::ThemeSystem => ("كما في النظام", "As the system"),
        Text::ThemeLight => ("فاتحة", "Light"),
        Text::ThemeDark => ("داكنة", "Dark"),
        Text::TextSizeLegend => ("حجم نص المستند", "Document text size"),
        Text::SizeSmall => ("صغير", "Small"),
        Text::SizeNormal => ("عادي", "Normal"),
        Text::SizeLarge => ("كبير", "Large"),
        Text::SizeExtraLarge => ("كبير جدًا", "Extra large"),
        Text::Language => ("لغة الواجهة", "Interface language"),
        Text::Statistics => ("الإحصاءات", "Statistics"),
        Text::StatsCount => ("الجمل", "Sentences"),
        Text::NotesCount => ("الملاحظات: {n}", "Notes: {n}"),
        Text::TechnicalDetails => ("التفاصيل التقنية", "Technical details"),
        Text::StorageRefused => ("رفض المتصفح تخزين التغييرات: آخر تغييراتك محفوظة في هذه الصفحة لكنها لم تُخزَّن. نزّل نسخة احتياطية الآن.", "The browser refused to store your changes: your latest changes are kept in this page but were not stored. Download a backup now."),
        Text::SkipToText => ("انتقل إلى النص", "Skip to the text"),
        Text::NoteLength => ("{n} / {max} حرف", "{n} / {max} characters"),
        Text::NoteOverflow => ("لم يتسع المكان لـ {n} حرف: لا تتجاوز الملاحظة {max} حرف، فلم يُضَف ما زاد.", "{n} characters did not fit: a note holds at most {max}, so they were not added."),
        Text::NoteDiscardQuestion => ("أتريد تجاهل التغييرات على هذه الملاحظة؟", "Discard the changes to this note?"),
        Text::KeepEditing => ("متابعة التحرير", "Keep editing"),
        Text::DiscardChanges => ("تجاهل التغييرات", "Discard"),
        Text::Saving => ("جارٍ الحفظ…", "Saving…"),
        Text::StorageNotMoved => ("تعذّر نقل عملك من تخزين المتصفح القديم إلى الجديد: بقي في مكانه كاملًا، وسيُعاد النقل عند الفتح التالي. نزّل نسخة احتياطية الآن.", "Your work could not be moved from the browser's old storage to the new one: it stays where it was, complete, and the move is tried again next time. Download a backup now."),
        Text::TryAgain => ("أعد المحاولة", "Try again"),
        Text::StorageLegend => ("التخزين في هذا المتصفح", "Storage in this browser"),
        Text::StorageUse => ("المستخدم {used} من {quota} متاحة لهذه الصفحة.", "{used} used of {quota} available to this page."),
        Text::StorageUseUnknown => ("لا يذكر المتصفح المساحة المستخدمة.", "The browser does not say how much space is used."),
        Text::StoragePersisted => ("دائم: لن يحذف المتصفح هذه البيانات عند ضيق المساحة.", "Persistent: the browser will not clear this data when space runs short."),
        Text::StorageBestEffort => ("غير مضمون: قد يحذف المتصفح هذه البيانات عند ضيق المساحة، فنزّل نسخًا احتياطية.", "Best effort: the browser may clear this data when space runs short, so download backups."),
        Text::StorageKeep => ("اطلب من المتصفح الإبقاء عليها", "Ask the browser to keep it"),
        Text::SummarySaving => ("جارٍ التخزين في هذا المتصفح…", "Storing in this browser…"),
        Text::SummarySaved => ("خُزّن كل شيء في هذا المتصفح.", "Everything is stored in this browser."),
    };
    match lang {
        Lang::Arabic => arabic,
        Lang::English => english,
    }
}

/// A size in bytes as people read it: `31457838` is "30.0 MB" (units of
/// 1,024), small sizes in bytes.
pub fn tr_size(lang: Lang, bytes: usize) -> String {
    const KB: f64 = 1024.0;
    let size = bytes as f64;
    let (value, unit) = if size >= KB * KB * KB {
        (format!("{:.1}", size / (KB * KB * KB)), tr(lang, Text::UnitGigabytes))
    } else if size >= KB * KB {
        (format!("{:.1}", size / (KB * KB)), tr(lang, Text::UnitMegabytes))
    } else if size >= KB {
        (format!("{:.1}", size / KB), tr(lang, Text::UnitKilobytes))
    } else {
        (bytes.to_string(), tr(lang, Text::UnitBytes))
    };
    format!("{value} {unit}")
}

/// The words for `text` in `lang` with `{n}` replaced by `n`.
pub fn tr_count(lang: Lang, text: Text, n: usize) -> String {
    tr(lang, text).replace("{n}", &n.to_string())
}

/// The words for `text` in `lang` with each `{name}` of `values` replaced.
pub fn tr_with(lang: Lang, text: Text, values: &[(&str, &str)]) -> String {
    values.iter().fold(tr(lang, text).to_string(), |words, (name, value)| words.replace(&format!("{{{name}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_the_default_and_right_to_left() {
        assert_eq!(Lang::default(), Lang::Arabic);
        assert_eq!(Lang::Arabic.dir(), "rtl");
        assert_eq!(Lang::English.dir(), "ltr");
        assert_eq!(Lang::Arabic.other(), Lang::English);
    }

    #[test]
    fn the_language_switch_names_the_other_language() {
        assert_eq!(tr(Lang::Arabic, Text::SwitchLanguage), "English");
        assert_eq!(tr(Lang::English, Text::SwitchLanguage), "العربية");
    }

    #[test]
    fn counts_are_filled_in() {
        assert_eq!(tr_count(Lang::English, Text::SentenceCount, 32), "32 sentences");
        assert_eq!(tr_count(Lang::Arabic, Text::SentenceCount, 3), "3 جملة");
    }

    #[test]
    fn languages_serialize_as_codes() {
        assert_eq!(serde_json::to_string(&Lang::English).ok().as_deref(), Some("\"en\""));
    }
}
