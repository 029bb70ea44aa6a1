//! Every word of the interface without a number or a name in it, declared
//! once: its key, what it is for, and its Arabic and English, side by side.
//! A key without both languages does not compile. Words with numbers or
//! names in them are functions in [`super::said`].

use super::lang::Lang;

/// Declares the words: the [`Text`] keys, [`tr`], and [`ALL`].
macro_rules! words {
    ($( $(#[doc = $doc:literal])* $key:ident => $ar:literal, $en:literal; )*) => {
        /// A word or phrase of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $( $(#[doc = $doc])* $key, )*
        }

        /// The words for `text` in `lang`.
        pub fn tr(lang: Lang, text: Text) -> &'static str {
            let (arabic, english) = match text {
                $( Text::$key => ($ar, $en), )*
            };
            match lang {
                Lang::Arabic => arabic,
                Lang::English => english,
            }
        }

        /// Every key, for the tests that read them all.
        pub const ALL: &[Text] = &[$( Text::$key ),*];
    };
}

words! {
    /// The product name.
    AppName => "هامش", "Hamish";
    /// What the product is, under its name.
    Tagline => "تعليق الجمل العربية", "Arabic sentence annotation";
    /// Label of the document switcher.
    Document => "المستند", "Document";
    /// Hint of the document switcher: it opens the navigator.
    NavigatorHint => "ابحث في المستندات وتنقّل بينها", "Search and move between documents";
    /// Title of the corpus navigator.
    NavigatorTitle => "المستندات", "Documents";
    /// Label of the navigator's search box.
    NavigatorSearch => "ابحث في العناوين والمعرّفات", "Search titles and ids";
    /// Label of the navigator's filter.
    NavigatorFilter => "إظهار", "Show";
    /// Label of the navigator's sort.
    NavigatorSort => "الترتيب", "Order";
    /// Filter: documents without a confirmed label.
    NavigatorNotStarted => "لم يبدأ تصنيفها", "Not started";
    /// Filter: documents partly labeled.
    NavigatorInProgress => "قيد التصنيف", "In progress";
    /// Filter: documents fully labeled, nothing to review.
    NavigatorDone => "مكتملة", "Done";
    /// Filter: documents with a note.
    NavigatorHasNotes => "فيها ملاحظات", "With notes";
    /// Sort: the documents' own order.
    NavigatorSortDocument => "ترتيب المستندات", "Document order";
    /// Sort: by title.
    NavigatorSortTitle => "العنوان", "Title";
    /// Sort: least labeled first.
    NavigatorSortLeast => "الأقل تقدمًا أولًا", "Least progress first";
    /// Sort: most labeled first.
    NavigatorSortMost => "الأكثر تقدمًا أولًا", "Most progress first";
    /// No document passes the search and filter.
    NavigatorNone => "لا مستند يطابق البحث.", "No document matches.";
    /// The language switch: the name of the language it switches to.
    SwitchLanguage => "English", "العربية";
    /// Accessible name of the language switch.
    SwitchLanguageHint => "Switch the interface to English", "التبديل إلى الواجهة العربية";
    /// Accessible name of the sentence list.
    SentencesOfDocument => "جمل المستند", "Sentences of the document";
    /// Shown when a document has no sentences.
    EmptyDocument => "لا توجد جمل في هذا المستند.", "This document has no sentences.";
    /// Shown when no document is bundled.
    NoDocuments => "لا توجد مستندات.", "There are no documents.";
    /// Keyboard hint above the text.
    KeyboardHint => "انقر جملة لتحديدها، وتنقّل بالسهمين ↑ ↓ أو j و k، واضغط رقم التصنيف لوضعه، و ? لكل الاختصارات.", "Click a sentence to select it; move with ↑ ↓ or j and k; press a label's number to apply it, and ? for every shortcut.";
    /// Warning when the browser's storage cannot be used.
    StorageUnavailable => "لا يمكن استخدام تخزين المتصفح: يعمل هامش في الذاكرة فقط، وستضيع التغييرات عند إغلاق الصفحة. نزّل نسخة احتياطية قبل الإغلاق.", "The browser's storage cannot be used: Hamish is working in memory only and changes will be lost when the page closes. Download a backup before closing.";
    /// Error when the browser refuses a write (quota).
    StorageFull => "امتلأ تخزين المتصفح: ما خُزّن من قبل باقٍ، وآخر تغييراتك محفوظة في هذه الصفحة لكنها لم تُخزَّن بعد. نزّل نسخة احتياطية، ثم أفسح مكانًا وأعد المحاولة.", "The browser's storage is full: what was stored before is safe, and your latest changes are kept in this page but not stored yet. Download a backup, then free some space and try again.";
    /// Alert when stored data could not be read.
    UnreadableData => "تعذّرت قراءة بعض البيانات المخزنة، فوُضعت جانبًا دون تغيير:", "Some stored data could not be read and was set aside untouched:";
    /// Button: download the data set aside.
    DownloadUnreadable => "تنزيل البيانات الموضوعة جانبًا", "Download the data set aside";
    /// Button: delete the data set aside.
    DiscardUnreadable => "حذف البيانات الموضوعة جانبًا", "Delete the data set aside";
    /// Button: download everything as a backup.
    DownloadBackup => "تنزيل نسخة احتياطية", "Download a backup";
    /// Button: hide a message.
    Dismiss => "إخفاء", "Dismiss";
    /// Heading of the label palette.
    Labels => "التصنيفات", "Labels";
    /// Button: undo.
    Undo => "تراجع", "Undo";
    /// Button: redo.
    Redo => "إعادة", "Redo";
    /// Button: next sentence without a label.
    NextUnlabeled => "الجملة التالية بلا تصنيف", "Next unlabeled";
    /// Button: remove labels from the selection.
    ClearLabels => "إزالة التصنيفات", "Clear labels";
    /// Button: mark the selected sentences as headings (or unmark them).
    MarkHeading => "عنوان", "Heading";
    /// Notice: headings are not labeled.
    NoticeHeadingNotLabeled => "العناوين لا تُصنَّف. اختر جملة، أو ألغِ العنوان بزر «عنوان».", "Headings are not labeled. Pick a sentence, or unmark the heading with “Heading”.";
    /// Notice: in an exercise, headings are the teacher's.
    NoticeHeadingsByTeacher => "العناوين في التمرين يحددها المعلم.", "In an exercise, the teacher marks the headings.";
    /// Button: edit the note of the focused sentence.
    Note => "ملاحظة", "Note";
    /// Button: show keyboard shortcuts.
    Shortcuts => "الاختصارات", "Shortcuts";
    /// Button: open the label set editor.
    EditLabels => "تعديل التصنيفات", "Edit labels";
    /// Button: clear the label filter.
    ShowAll => "عرض الكل", "Show all";
    /// Progress label for the open document.
    ProgressDocument => "هذا المستند", "This document";
    /// Progress label for all documents.
    ProgressAll => "كل المستندات", "All documents";
    /// Title of the shortcuts dialog.
    HelpTitle => "اختصارات لوحة المفاتيح", "Keyboard shortcuts";
    /// Button: close a dialog.
    Close => "إغلاق", "Close";
    /// Button: save.
    Save => "حفظ", "Save";
    /// Button: cancel.
    Cancel => "إلغاء", "Cancel";
    /// Title of the label set editor.
    LabelsTitle => "مجموعة التصنيفات", "Label set";
    /// Field: a label's name.
    LabelName => "الاسم", "Name";
    /// Field: a label's Arabic name.
    LabelNameArabic => "الاسم بالعربية", "Arabic name";
    /// Field: a label's English name.
    LabelNameEnglish => "الاسم بالإنجليزية", "English name";
    /// Placeholder of an empty English name: the Arabic name is used.
    SameAsArabicName => "كالاسم العربي", "Same as the Arabic name";
    /// Field: a label's colour.
    LabelColor => "اللون", "Colour";
    /// Placeholder of the new label field.
    NewLabelName => "اسم تصنيف جديد", "New label name";
    /// Button: add a label.
    AddLabel => "إضافة تصنيف", "Add label";
    /// Button: move a label up.
    MoveUp => "نقل لأعلى", "Move up";
    /// Button: move a label down.
    MoveDown => "نقل لأسفل", "Move down";
    /// Button: delete a label.
    Delete => "حذف", "Delete";
    /// Setting: several labels per sentence.
    SeveralLabels => "السماح بأكثر من تصنيف للجملة", "Allow several labels per sentence";
    /// Colour name.
    ColorBlue => "أزرق", "Blue";
    /// Colour name.
    ColorGreen => "أخضر", "Green";
    /// Colour name.
    ColorAmber => "كهرماني", "Amber";
    /// Colour name.
    ColorPurple => "بنفسجي", "Purple";
    /// Colour name.
    ColorGrey => "رمادي", "Grey";
    /// Colour name.
    ColorRed => "أحمر", "Red";
    /// Colour name.
    ColorTeal => "أزرق مخضر", "Teal";
    /// Colour name.
    ColorPink => "وردي", "Pink";
    /// Notice: undone.
    NoticeUndone => "تم التراجع.", "Undone.";
    /// Notice: redone.
    NoticeRedone => "تمت الإعادة.", "Redone.";
    /// Notice: nothing to undo.
    NoticeNothingToUndo => "لا شيء للتراجع عنه.", "Nothing to undo.";
    /// Notice: nothing to redo.
    NoticeNothingToRedo => "لا شيء لإعادته.", "Nothing to redo.";
    /// Notice: the next document asked for while documents still arrive.
    NoticeDocumentsArriving => "ما زالت المستندات تُقرأ من المتصفح؛ أعد المحاولة بعد لحظة.", "The documents are still being read from the browser; try again in a moment.";
    /// Notice: every sentence has a label.
    NoticeAllLabeled => "كل جمل هذا المستند مصنفة.", "Every sentence of this document has a label.";
    /// Notice: select a sentence first.
    NoticeNothingSelected => "حدّد جملة أولًا.", "Select a sentence first.";
    /// Table preview: a column of spans.
    PreviewSpanColumn => "مقاطع", "spans";
    /// Span mode bar: how to use it.
    SpanModeHint => "اسحب على الكلمات أو استعمل ← و→ (مع Shift للمد، ومع Alt حرفًا حرفًا)، ثم اضغط رقم التصنيف. ٠ أو Delete يزيل المقطع، وEsc للخروج.", "Drag over words or use ← and → (Shift extends, Alt moves by character), then press a label's number. 0 or Delete removes the span; Esc leaves.";
    /// Span mode bar title.
    SpanModeTitle => "وضع المقاطع", "Span mode";
    /// Span mode: leave it.
    SpanModeDone => "إنهاء", "Done";
    /// A span, as a screen reader hears it before its label.
    SpanWord => "مقطع", "span";
    /// Span mode: the sentence's spans.
    SpanList => "مقاطع الجملة", "Spans of the sentence";
    /// Span mode setting.
    SpanSnapToWords => "كلمات كاملة فقط", "Whole words only";
    /// Where highlights cannot be painted.
    SpanNoHighlights => "هذا المتصفح لا يلوّن داخل النص، فالمقاطع مسرودة بجانب كل جملة.", "This browser cannot paint inside the text, so spans are listed beside each sentence.";
    /// Palette title in span mode.
    SpanLabels => "وسوم المقاطع", "Span labels";
    /// Label editor: scope select.
    LabelScopeName => "يوضع على", "Applies to";
    /// Scope option.
    ScopeSentence => "الجمل", "sentences";
    /// Scope option.
    ScopeSpan => "المقاطع", "spans";
    /// Scope option.
    ScopeBoth => "كلاهما", "both";
    /// Palette in span mode with no span label.
    NoSpanLabels => "لا تصنيفات للمقاطع بعد: افتح «تعديل التصنيفات» (زر القلم) وأضف تصنيفًا «للمقاطع»، أو اجعل تصنيفًا موجودًا «للمقاطع» أو «لكليهما».", "No span labels yet: open “Edit labels” (the pencil button) and add a label “for spans”, or make an existing one “for spans” or “both”.";
    /// Notice: the name is taken.
    NoticeDuplicateLabel => "يوجد تصنيف آخر بهذا الاسم.", "Another label already has this name.";
    /// Explains orphans.
    OrphansHelp => "تغيّر نص المستند منذ وُضعت هذه التعليقات، فحُفظت كما هي ولم تُنسب إلى جملة أخرى.", "The document's text changed since these were made; they are kept as they were and not attached to another sentence.";
    /// Shown under the note field.
    OpenPanelNote => "Ctrl+Enter للحفظ، Esc للإلغاء", "Ctrl+Enter saves, Esc cancels";
    /// Shortcut: next sentence.
    ShortcutNext => "الجملة التالية", "Next sentence";
    /// Shortcut: previous sentence.
    ShortcutPrevious => "الجملة السابقة", "Previous sentence";
    /// Shortcut: extend the selection.
    ShortcutExtend => "توسيع التحديد", "Extend the selection";
    /// Shortcut: first or last sentence.
    ShortcutFirstLast => "الجملة الأولى أو الأخيرة", "First or last sentence";
    /// Shortcut: toggle a label.
    ShortcutToggleLabel => "وضع التصنيف المرقّم أو إزالته", "Toggle the label with that number";
    /// Shortcut: clear labels.
    ShortcutClear => "إزالة تصنيفات التحديد", "Clear the selection's labels";
    /// Shortcut: note.
    ShortcutNote => "كتابة ملاحظة على الجملة", "Write a note on the sentence";
    /// Help: span mode.
    ShortcutSpanMode => "علّم كلمات داخل الجملة (وضع المقاطع): ← و→ تنتقلان كلمة كلمة، و١…٩ تسم المقطع، و٠ أو Delete تزيله، وs أو Esc للخروج", "Mark words inside the sentence (span mode): ← and → move by word, 1…9 label the span, 0 or Delete remove it, s or Esc leave";
    /// Help: extend a span.
    ShortcutSpanExtend => "في وضع المقاطع: مدّ المقطع كلمة كلمة", "In span mode: extend the span by a word";
    /// Help: move by character.
    ShortcutSpanCharacter => "في وضع المقاطع: حرفًا حرفًا بدل الكلمة (مع Shift للمد)", "In span mode: by character instead of by word (with Shift to extend)";
    /// Shortcut: next unlabeled.
    ShortcutNextUnlabeled => "الجملة التالية بلا تصنيف", "Next sentence without a label";
    /// Shortcut: next unlabeled sentence in any document.
    ShortcutNextUnlabeledAnywhere => "الجملة التالية بلا تصنيف في أي مستند", "Next unlabeled sentence, in any document";
    /// Shortcut: open the next document.
    ShortcutNextDocument => "المستند التالي", "Next document";
    /// Shortcut: open the previous document.
    ShortcutPreviousDocument => "المستند السابق", "Previous document";
    /// Shortcut: search the text.
    ShortcutSearch => "البحث في النصوص", "Search the texts";
    /// Button and dialog title: search the texts.
    Search => "بحث", "Search";
    /// Label of the search box.
    SearchLabel => "ابحث في نصوص كل المستندات", "Search the text of every document";
    /// Checkbox: Arabic-aware matching.
    SearchArabic => "مطابقة عربية (تجاهل التشكيل والتطويل وصور الهمزة والألف والياء والتاء المربوطة)", "Arabic-aware matching (ignore diacritics, tatweel, and spelling variants of hamza, alef, yaa and taa marbuta)";
    /// No match.
    SearchNone => "لا نتائج.", "No matches.";
    /// Hint above the buttons that label every match.
    SearchLabelAll => "لتصنيف كل النتائج دفعة واحدة، اختر تصنيفًا:", "To label every match at once, choose a label:";
    /// Setting: move on after a label key.
    SettingsAdvance => "بعد مفتاح التصنيف، انتقل إلى الجملة التالية بلا تصنيف", "After a label key, move to the next unlabeled sentence";
    /// Shortcut: undo.
    ShortcutUndo => "تراجع", "Undo";
    /// Shortcut: redo.
    ShortcutRedo => "إعادة", "Redo";
    /// Shortcut: this list.
    ShortcutHelp => "هذه القائمة", "This list";
    /// Shortcut: close.
    ShortcutClose => "إغلاق النافذة أو إلغاء التصفية", "Close a dialog or clear the filter";
    /// Shortcut: accept the selected sentence's suggestion.
    ShortcutAccept => "قبول التصنيف المقترح والانتقال إلى الجملة التالية", "Accept the suggested label and go to the next sentence";
    /// Said before a suggested label (to screen readers, and as its tooltip).
    SuggestedPrefix => "مقترح:", "suggested:";
    /// Accessible name of the review bar.
    Review => "مراجعة الاقتراحات", "Review suggestions";
    /// Button: accept every suggestion of the document.
    AcceptAllSuggestions => "قبول كل الاقتراحات", "Accept all suggestions";
    /// How to review, in the review bar.
    ReviewHint => "يقبل Enter اقتراح الجملة المحددة، ويستبدله رقمُ تصنيف آخر.", "Enter accepts the selected sentence's suggestion; another label's number replaces it.";
    /// Import choice: the file's labels become suggestions.
    ImportAsSuggestions => "اعتبر تصنيفات الملف اقتراحات تحتاج إلى مراجعة", "Take the file's labels as suggestions to review";
    /// Statistics column: sentences suggesting the label.
    StatsToReview => "للمراجعة", "To review";
    /// The mouse's keys in the shortcuts list.
    ClickKeys => "نقر / Shift+نقر", "Click / Shift+click";
    /// Shortcut: what click and shift+click do.
    SelectionClick => "نقر: تحديد جملة؛ Shift+نقر: تحديد مدى", "Click: select a sentence; Shift+click: select a range";
    /// Button: export.
    Export => "تصدير", "Export";
    /// Title of the export dialog.
    ExportTitle => "تصدير التعليقات", "Export annotations";
    /// Export scope legend.
    ExportWhat => "ماذا تصدّر", "What to export";
    /// Scope: the open document.
    ExportThisDocument => "هذا المستند", "This document";
    /// Scope: all documents.
    ExportAllDocuments => "كل المستندات", "All documents";
    /// Format legend.
    ExportFormat => "الصيغة", "Format";
    /// Format: Hamish JSON.
    FormatHamish => "Hamish JSON (كامل، يمكن استيراده)", "Hamish JSON (complete, can be imported again)";
    /// Format: JSONL.
    FormatJsonl => "JSONL (جملة في كل سطر: doccano و pandas)", "JSONL (a sentence a line: doccano, pandas)";
    /// Format: CSV.
    FormatCsv => "CSV (للجداول: Excel و LibreOffice)", "CSV (spreadsheets: Excel, LibreOffice)";
    /// Format: W3C Web Annotation.
    FormatW3c => "W3C Web Annotation (JSON-LD)", "W3C Web Annotation (JSON-LD)";
    /// Format: spaCy text classification JSONL.
    FormatSpacy => "spaCy JSONL (تصنيف النصوص: text و cats)", "spaCy JSONL (text classification: text, cats)";
    /// Export format.
    FormatDoccanoSpans => "doccano JSONL للمقاطع (text و label: [بداية، نهاية، وسم])", "doccano span JSONL (text, label: [start, end, label])";
    /// Format: Label Studio tasks.
    FormatLabelStudio => "Label Studio JSON (مهام والتصنيفات فيها تعليقات)", "Label Studio JSON (tasks, labels as annotations)";
    /// Format: Hugging Face JSONL.
    FormatHuggingFace => "Hugging Face JSONL (للتدريب: أعمدة تصنيف بنوع ثابت)", "Hugging Face JSONL (for training: label columns of one type)";
    /// Button: the documents' texts beside a sentence export.
    CompanionDocuments => "تنزيل نصوص المستندات (JSONL)", "Download the documents' texts (JSONL)";
    /// Button: the Label Studio labeling config beside its tasks.
    CompanionLabelConfig => "تنزيل إعداد الوسم في Label Studio (XML)", "Download the Label Studio labeling config (XML)";
    /// Button: the dataset card beside the Hugging Face JSONL.
    CompanionDatasetCard => "تنزيل بطاقة مجموعة البيانات (README.md)", "Download the dataset card (README.md)";
    /// Under the format choices when the format has a companion file.
    CompanionHint => "ملف ثانٍ يكمّل هذا التصدير، يُنزَّل وحده.", "A second file that completes this export, downloaded on its own.";
    /// Button: download.
    Download => "تنزيل", "Download";
    /// Field: annotator name.
    AnnotatorName => "اسم المعلِّق", "Annotator name";
    /// Under the annotator field.
    AnnotatorHint => "يُكتب في كل ملف تصدير.", "Written into every export.";
    /// Button: import.
    Import => "استيراد", "Import";
    /// How to import.
    ImportHint => "اختر ملفات أو أفلتها في أي مكان من الصفحة: نصوص، وجداول (CSV وJSONL وdoccano وspaCy)، وملفات هامش وW3C.", "Choose files, or drop them anywhere on the page: texts, tables (CSV, JSONL, doccano, spaCy), Hamish and W3C files.";
    /// Title of the import dialog.
    ImportTitle => "استيراد ملف", "Import a file";
    /// Button: merge.
    ImportMerge => "دمج", "Merge";
    /// Button: replace.
    ImportReplace => "استبدال", "Replace";
    /// Explains merge.
    ImportMergeHint => "دمج: تبقى تعليقاتك وتُضاف تعليقات الملف ومقاطعه؛ وحيث تختلف التصنيفات أو الملاحظات تختار أنت.", "Merge: your annotations stay and the file's labels, spans and notes are added; where labels or notes differ, you choose.";
    /// Explains replace.
    ImportReplaceHint => "استبدال: في مستندات الملف تحل تصنيفاته ومقاطعه وملاحظاته محل ما عندك؛ وما لا يحمله الملف أصلًا (التصنيفات في ملف مقاطع مثلًا) يبقى، ولا يُحذف أي تصنيف من القائمة.", "Replace: in its documents, the file's labels, spans and notes replace yours; what the file holds none of (the labels, in a file of spans) stays, and no label leaves the set.";
    /// The import dialog, for a student's submission.
    ImportSubmissionHint => "هذا ملف إجابة طالب. لمقارنة إجابات الطلاب وتصحيحها افتحه من «مقارنة الإجابات» لا من هنا؛ الدمج هنا يضع تصنيفاته في عملك.", "This is a student's submission. To compare and grade students' work, open it with “Compare submissions” instead; merging here puts its labels into your own work.";
    /// The import dialog, while Merge and Replace wait for the new labels.
    ImportBlockedWhy => "للاستيراد، أشِّر أولًا على إضافة التصنيفات الجديدة أعلاه.", "To import, first tick adding the new labels above.";
    /// Import error: a file read as JSON that is not.
    ErrNotJson => "هذا الملف ليس JSON: فيه نص عادي أو شيء آخر. أهو الملف الصحيح؟", "This file is not JSON: it holds plain text or something else. Is it the right file?";
    /// Import error: JSON cut short.
    ErrCutShort => "ينتهي الملف قبل أن يكتمل: لعله قُطع وهو يُحفظ أو يُرسل. اطلب نسخة كاملة منه.", "The file ends before it is complete: it may have been cut off while being saved or sent. Ask for a whole copy.";
    /// Name of the sidebar's tools (progress, undo, search, settings…).
    Tools => "الأدوات", "Tools";
    /// The language feedback files are written in.
    FeedbackLanguage => "لغة ملفات التصحيح:", "Feedback files in:";
    /// Making an exercise, while no document is ticked.
    ExerciseNeedsDocument => "للحفظ، أشِّر على مستند واحد على الأقل أعلاه.", "To save, tick at least one document above.";
    /// Heading of the conflicts.
    ConflictsTitle => "التعارضات", "Conflicts";
    /// Choice: keep the app's.
    KeepMine => "إبقاء ما عندي", "Keep mine";
    /// Choice: take the file's.
    TakeTheirs => "أخذ ما في الملف", "Take the file's";
    /// Before an import error.
    ImportFailed => "لم يتغير شيء. تعذّر استيراد الملف:", "Nothing was changed. The file could not be imported:";
    /// Unit: bytes.
    UnitBytes => "بايت", "bytes";
    /// Unit: kilobytes.
    UnitKilobytes => "ك.ب", "KB";
    /// Unit: megabytes.
    UnitMegabytes => "م.ب", "MB";
    /// Unit: gigabytes.
    UnitGigabytes => "ج.ب", "GB";
    /// Import: only nine labels get number keys.
    ImportKeysLimit => "للتصنيفات التسعة الأولى فقط أرقام على لوحة المفاتيح؛ تُختار البقية بالنقر.", "Only the first nine labels get number keys; the others are chosen by clicking.";
    /// Import error: empty text.
    ErrEmptyText => "الملف النصي فارغ.", "The text file is empty.";
    /// Button and dialog title: paste a text as a new document.
    PasteText => "لصق نص", "Paste text";
    /// Label of the title field when pasting.
    PasteTitle => "العنوان (اختياري)", "Title (optional)";
    /// Label of the text box when pasting.
    PasteBody => "النص", "Text";
    /// Button: add the pasted text as a document.
    PasteAdd => "إضافة المستند", "Add document";
    /// Shown when the pasted text is blank.
    PasteEmpty => "لا نص للإضافة.", "There is no text to add.";
    /// Label of the encoding choice.
    PreviewEncoding => "الترميز", "Encoding";
    /// When the bytes do not say their encoding.
    PreviewEncodingGuess => "لا تحدّد بايتات الملف ترميزه: تحقّق من أن النص يُقرأ سليمًا، أو اختر ترميزًا آخر.", "The file's bytes do not say its encoding: check that the text reads right, or choose another.";
    /// Checkbox: the first row names the columns.
    PreviewHeader => "الصف الأول أسماء الأعمدة", "The first row names the columns";
    /// Select: the text column.
    PreviewTextColumn => "عمود النص", "Text column";
    /// Select: the id column.
    PreviewIdColumn => "عمود المعرّف", "Id column";
    /// Select: the title column.
    PreviewTitleColumn => "عمود العنوان", "Title column";
    /// Legend: the label columns.
    PreviewLabelColumns => "أعمدة التصنيفات", "Label columns";
    /// Select: group rows into documents by a column.
    PreviewGroupColumn => "جمع الصفوف في مستندات حسب", "Group rows into documents by";
    /// The none option of a column select.
    PreviewNone => "— لا شيء —", "— none —";
    /// The grouping option: each row its own document.
    PreviewOneDocumentARow => "كل صف مستند", "Each row a document";
    /// Checkbox: keep each row as one sentence.
    PreviewWholeRows => "كل صف جملة واحدة (بلا تقسيم)", "Keep each row as one sentence";
    /// Caption of the preview table.
    PreviewFirstRows => "الصفوف الأولى", "First rows";
    /// Button: import the rows.
    PreviewImport => "استيراد", "Import";
    /// Caption of a text preview.
    PreviewSample => "بداية النص", "Start of the text";
    /// Title shown while a long file is read.
    ReadingFile => "قراءة الملف", "Reading the file";
    /// Title of the summary of opened files.
    SummaryTitle => "الملفات المفتوحة", "Files opened";
    /// Per file: refused.
    SummaryRefused => "رُفض", "refused";
    /// Column header: file.
    SummaryFile => "الملف", "File";
    /// Column header: what became of it.
    SummaryOutcome => "النتيجة", "Outcome";
    /// Error: the browser could not read a file.
    ErrUnreadable => "تعذّر على المتصفح قراءة الملف.", "The browser could not read the file.";
    /// Error: not a text file at all.
    ErrNotText => "ليس هذا ملفًا نصيًا (قد يكون صورة أو ملفًا مضغوطًا).", "This is not a text file (it may be an image or an archive).";
    /// Error: a table with no columns or records.
    ErrEmptyTable => "لا أعمدة ولا صفوف في الجدول.", "The table has no columns or rows.";
    /// Error: a key file labels none of the exercise's sentences.
    ErrNoAnswers => "لا يصنّف هذا الملف أي جملة من جمل التمرين، فلا يصلح مفتاحًا للإجابة.", "This file labels none of the exercise's sentences, so it cannot be the answer key.";
    /// Import error: JSON-LD that is not W3C Web Annotations.
    ErrNotW3c => "ليس هذا الملف تعليقات W3C ‏(Web Annotation) كالتي يصدّرها هامش.", "This file is not W3C Web Annotations like those Hamish exports.";
    /// Feedback: the score sheet's title.
    FeedbackSheet => "النتيجة", "Score";
    /// Feedback note: the answer matches the key.
    FeedbackRight => "✓ صحيح", "✓ Right";
    /// Field problem.
    ProblemMissing => "حقل مفقود", "missing";
    /// Field problem.
    ProblemExpectedNumber => "يُتوقع عدد", "expected a number";
    /// Field problem.
    ProblemExpectedString => "يُتوقع نص", "expected a string";
    /// Field problem.
    ProblemExpectedList => "يُتوقع قائمة", "expected a list";
    /// Field problem.
    ProblemExpectedObject => "يُتوقع كائن", "expected an object";
    /// Field problem.
    ProblemExpectedBool => "يُتوقع true أو false", "expected true or false";
    /// Field problem.
    ProblemTextMismatch => "النص لا يطابق نص المستند عند هذين الموضعين", "the text does not match the document at these offsets";
    /// Field problem.
    ProblemEmpty => "يجب ألا يكون فارغًا", "must not be empty";
    /// Notice: text already present.
    NoticeAlreadyImported => "هذا النص موجود بالفعل، وقد فُتح.", "This text is already here; it was opened.";
    /// Button: remove an imported document.
    RemoveDocument => "إزالة المستند", "Remove document";
    /// Button: confirm removal.
    Remove => "إزالة", "Remove";
    /// Title of the version number.
    Version => "إصدار هامش", "Hamish version";
    /// Shortcut: select to the first or last sentence, or all.
    ShortcutSelectToEdge => "تحديد حتى الجملة الأولى أو الأخيرة، أو تحديد الكل", "Select to the first or last sentence, or everything";
    /// Shown while an imported document is read back from the browser.
    LoadingDocument => "جارٍ فتح المستند…", "Opening the document…";
    /// Notice: the label set is locked.
    NoticeLabelsLocked => "مجموعة التصنيفات مقفلة في هذا التمرين.", "The exercise locks the label set.";
    /// Label editor, when the exercise locks the label set: the teacher
    /// locked the labels, which can be used but not changed.
    LabelsLockedByTeacher => "أقفل المعلّم التصنيفات في هذا التمرين: استعملها كما هي. لا يمكن تغيير أسمائها ولا ألوانها ولا ترتيبها، ولا إضافة تصنيف أو حذفه.", "Your teacher locked the labels for this exercise: use them as they are. Their names, colours and order cannot be changed, and no label can be added or deleted.";
    /// Palette button, when the exercise locks the label set: opens the
    /// label set to look at, not to edit.
    LabelsLockedView => "التصنيفات مقفلة", "Labels locked";
    /// Tooltip and accessible name of that button (starting with its
    /// visible words).
    LabelsLockedViewHint => "التصنيفات مقفلة: أقفلها المعلّم في هذا التمرين، ويمكنك عرضها دون تعديلها", "Labels locked: your teacher locked them for this exercise; you can view them, not change them";
    /// Button: print the open document as a worksheet.
    Print => "طباعة", "Print";
    /// Tooltip of the print button: what the printed page holds.
    PrintHint => "طباعة المستند ورقةَ عمل: جمل مرقّمة، وبجانب كل جملة مربع لتصنيفها", "Print the document as a worksheet: numbered sentences, each with a box for its label";
    /// Button: make an exercise.
    MakeExercise => "إعداد تمرين", "Make an exercise";
    /// Field: exercise title.
    ExerciseTitleField => "عنوان التمرين", "Exercise title";
    /// Field and heading: instructions.
    Instructions => "التعليمات", "Instructions";
    /// Under the instructions field.
    InstructionsHint => "سطر فارغ يفصل الفقرات، والسطر الذي يبدأ بـ «- » عنصر قائمة.", "A blank line separates paragraphs; a line starting with “- ” is a list item.";
    /// Checkbox: lock the label set.
    LockLabels => "قفل مجموعة التصنيفات أمام الطلاب", "Lock the label set for students";
    /// Legend: documents of the exercise.
    ExerciseDocuments => "مستندات التمرين", "Documents";
    /// Button: save the exercise file.
    SaveExercise => "حفظ ملف التمرين", "Save the exercise file";
    /// Heading of the exercise panel.
    ExerciseBanner => "تمرين", "Exercise";
    /// Field: the student's name.
    StudentName => "اسمك", "Your name";
    /// Button: export a submission.
    ExportSubmission => "تصدير إجابتي", "Export my submission";
    /// Under the submission button.
    SubmissionHint => "سلّم هذا الملف لمعلمك.", "Hand this file to your teacher.";
    /// Button: leave the exercise.
    LeaveExercise => "الخروج من التمرين", "Leave the exercise";
    /// Title: who is doing the exercise just opened.
    WhoIsWorking => "من يحلّ هذا التمرين؟", "Who is doing this exercise?";
    /// How students are kept apart.
    WhoIsWorkingHint => "يبدأ كل طالب صفحة بيضاء، ويبقى عمله في هذا المتصفح باسمه، منفصلًا عن عمل غيره. من يختر اسمًا يفتح عمل صاحبه: فليختر كلٌّ اسمه وحده.", "Each student starts blank, and their work stays in this browser under their name, apart from everyone else’s. Picking a name opens that student’s work: each picks only their own.";
    /// Heading: students whose work this browser keeps.
    ReturningStudents => "أكمل عملًا محفوظًا في هذا المتصفح", "Continue work kept in this browser";
    /// Heading: a new student.
    NewStudent => "طالب جديد", "New student";
    /// Button: start the exercise.
    StartExercise => "ابدأ", "Start";
    /// Title of the question before saving an empty submission.
    EmptySubmissionTitle => "إجابة فارغة؟", "An empty submission?";
    /// The question.
    EmptySubmissionQuestion => "لم تصنّف شيئًا بعد في هذا التمرين: لا تصنيف ولا مقطع ولا ملاحظة. هل تحفظ الإجابة فارغة؟", "You have not labeled anything in this exercise yet: no label, span or note. Save the submission empty?";
    /// Button: save the empty submission.
    SubmitAnyway => "حفظها فارغة", "Save it empty";
    /// Button: go back to labeling.
    BackToWork => "العودة إلى التصنيف", "Back to labeling";
    /// Title of the report shown when the app stops on an error.
    CrashTitle => "توقف هامش بسبب خطأ", "Hamish stopped on an error";
    /// The report.
    CrashMessage => "حدث خطأ داخلي فتوقف التطبيق في هذه الصفحة، ولا تعمل المفاتيح بعده. ما حُفظ من عملك باقٍ في هذا المتصفح: أعد تحميل الصفحة لتتابع. ولمزيد من الاطمئنان نزّل نسخة احتياطية من عملك كما كان على الشاشة (تستوردها من «استيراد»).", "An internal error stopped the app on this page, and keys no longer work. What was saved of your work is kept in this browser: reload the page to go on. To be safe, download a backup of your work as it was on screen (Import takes it back).";
    /// Link: reload the page.
    CrashReload => "إعادة تحميل الصفحة", "Reload the page";
    /// Link: download the backup.
    CrashBackup => "تنزيل نسخة احتياطية", "Download a backup";
    /// Error: no name typed.
    StudentNameMissing => "اكتب اسمك أولًا.", "Type your name first.";
    /// Field of the exercise maker: what students give besides a name.
    AskStudentsFor => "يكتب كل طالب مع اسمه", "Each student also gives";
    /// Hint under it.
    AskStudentsForHint => "ليطابق نظام التعلّم (Moodle أو Canvas) الدرجاتِ بحسابات الطلاب.", "So that the learning platform (Moodle or Canvas) matches the grades to the students' accounts.";
    /// Choice: nothing besides the name.
    AskNothing => "لا شيء غير الاسم", "Nothing but the name";
    /// Choice, and field: the platform's username.
    AskUsername => "اسم المستخدم في نظام التعلّم", "Username on the learning platform";
    /// Choice, and field: the student number.
    AskIdNumber => "الرقم الجامعي أو المدرسي", "Student number";
    /// Choice, and field: email.
    AskEmail => "البريد الإلكتروني", "Email address";
    /// Error: the identifier is missing.
    StudentIdMissing => "هذا التمرين يطلب هذه الخانة: اكتبها كما هي في نظام التعلّم.", "This exercise asks for it: type it as the learning platform has it.";
    /// Error: a space inside a username or number.
    StudentIdSpaces => "لا مسافات في هذه الخانة.", "No spaces in this field.";
    /// Error: not an email address.
    StudentIdNotEmail => "اكتب بريدًا إلكترونيًا كاملًا، مثل name@school.edu.", "Type a whole email address, such as name@school.edu.";
    /// Checkbox: carry a key for self-check practice.
    PracticeKey => "أرفق تصنيفاتي مفتاحًا للتدرّب الذاتي (زر «تحقّق من إجاباتي»)", "Include my labels as a key for self-check practice (a “Check my answers” button)";
    /// Warning: a key in the file can be read.
    PracticeKeyWarning => "تنبيه: يستطيع الطلاب قراءة المفتاح داخل الملف، فهو للتدرّب لا للتقييم.", "Note: students can read a key inside the file, so it is for practice, not for marks.";
    /// Button and title: check my answers.
    CheckAnswers => "تحقّق من إجاباتي", "Check my answers";
    /// Self-check: everything matches.
    SelfCheckAllRight => "كل إجاباتك توافق المفتاح.", "All your answers match the key.";
    /// Heading: precision, recall and F1 per label.
    PerLabelScores => "الدقة (P) والاستدعاء (R) وF1 لكل تصنيف", "Precision (P), recall (R) and F1 per label";
    /// Column: your labels.
    YourLabels => "تصنيفك", "Yours";
    /// Column: the key's labels.
    KeyLabels => "المفتاح", "Key";
    /// Where the work goes on leaving.
    LeaveHint => "يبقى عملك في هذا المتصفح باسمك؛ افتح ملف التمرين مرة أخرى واختر اسمك لتكمل.", "Your work stays in this browser under your name; open the exercise file again and pick your name to go on.";
    /// Chip: the choices tie.
    Tie => "تعادل", "tie";
    /// Final label option: a tie, undecided.
    TieUndecided => "تعادل: لم يُحسم", "Tie: undecided";
    /// Final label option: nothing labeled, undecided.
    Undecided => "—", "—";
    /// Column and field: the teacher's explanation.
    Explanation => "شرح المعلم", "Explanation";
    /// Heading: the answer key and scores.
    AnswerKey => "مفتاح الإجابة والدرجات", "Answer key and scores";
    /// Button: make the key from the decisions.
    MakeKey => "اجعل القرارات مفتاح الإجابة", "Make the key from these decisions";
    /// Button: load a key file.
    LoadKey => "تحميل مفتاح من ملف هامش", "Load a key from a Hamish file";
    /// The key's source: the decisions.
    KeyFromDecisions => "المفتاح مأخوذ من القرارات.", "The key comes from the decisions.";
    /// How a key is made.
    KeyHint => "اصنع المفتاح من القرارات أعلاه، أو حمّل ملف هامش صنّفته أنت (إجابتك على التمرين مثلًا).", "Make the key from the decisions above, or load a Hamish file you labeled yourself (your own submission to the exercise, for instance).";
    /// Column: the student.
    Student => "الطالب", "Student";
    /// Column: accuracy.
    ScorePercent => "النسبة ٪", "Score %";
    /// Column: correct sentences.
    Correct => "صحيح", "Correct";
    /// Column: sentences left unlabeled.
    Unlabeled => "بلا تصنيف", "Unlabeled";
    /// Column: kappa with the key.
    KappaWithKey => "كابا مع المفتاح", "κ with key";
    /// Column: macro F1.
    MacroF1 => "متوسط F1", "Macro F1";
    /// Button: download the gradebook.
    DownloadGradebook => "سجل الدرجات كاملًا (CSV)", "Full gradebook (CSV)";
    /// Button: Moodle's gradebook import file.
    DownloadMoodle => "ملف درجات لـ Moodle", "Grades for Moodle";
    /// Button: Canvas's gradebook import file.
    DownloadCanvas => "ملف درجات لـ Canvas", "Grades for Canvas";
    /// Heading of the gradebook downloads.
    Gradebooks => "الدرجات", "Grades";
    /// Field: the most points a grade can have.
    MaxPoints => "الدرجة القصوى", "Out of (points)";
    /// Column: the grade in points.
    Points => "الدرجة", "Points";
    /// Hint: how the grade is worked out.
    PointsHint => "الدرجة = نسبة الجمل المطابقة للمفتاح × الدرجة القصوى (وفي تمرين مقاطع فقط: F1 للمقاطع المطابقة تمامًا)، مقرّبةً إلى منزلتين.", "Points = the share of sentences that match the key × the maximum (for an exercise of spans only: the F1 of exactly matching spans), rounded to two decimals.";
    /// Hint: Moodle needs an identifier the exercise did not ask for.
    MoodleNeedsIdentifier => "يطابق Moodle الطلاب باسم المستخدم أو الرقم أو البريد، وهذا التمرين لم يطلب شيئًا منها. اطلبه في التمرين القادم، أو استعمل ملف Canvas أو السجل الكامل.", "Moodle matches students by username, ID number or email, and this exercise asked for none of them. Ask for one in the next exercise, or use the Canvas file or the full gradebook.";
    /// Button: put the newer file in place of the earlier.
    ReplaceSubmission => "اعتماد الملف الجديد", "Use the new file";
    /// Button: keep the file in the comparison.
    KeepEarlierSubmission => "إبقاء الملف السابق", "Keep the earlier file";
    /// Button: take a student's file out of the comparison.
    RemoveStudent => "إزالة", "Remove";
    /// Legend: what feedback gives.
    FeedbackGives => "ما يتضمنه ملف الملاحظات", "What feedback gives";
    /// Option: every sentence.
    FeedbackEverySentence => "الدرجة وكل جملة مع الإجابة والشرح", "The score, and every sentence with the answer and explanation";
    /// Option: score only.
    FeedbackScoreOnly => "الدرجة فقط", "The score only";
    /// Button: a student's feedback file.
    FeedbackFile => "ملف الملاحظات", "Feedback file";
    /// Button: close the comparison for good.
    EndComparison => "إنهاء المقارنة ومسحها", "End and clear the comparison";
    /// Hint: the comparison is kept.
    ComparisonKept => "تُحفظ المقارنة والقرارات في هذا المتصفح: أغلق النافذة متى شئت، وتراجع بـ Ctrl+Z.", "The comparison and your decisions are kept in this browser: close this window at any time, and undo with Ctrl+Z.";
    /// Notice: the key is made.
    NoticeKeyMade => "صُنع مفتاح الإجابة، وحُسبت درجات الطلاب.", "The answer key is made and every student is scored.";
    /// Button and title: compare submissions.
    CompareSubmissions => "مقارنة الإجابات", "Compare submissions";
    /// How to load submissions.
    CompareHint => "اختر ملفات إجابات الطلاب أو أفلتها هنا (عدة ملفات معًا).", "Choose or drop the students' submission files (several at once).";
    /// Button: add submission files.
    AddSubmissions => "إضافة ملفات إجابات", "Add submission files";
    /// Heading: the students.
    Students => "الطلاب", "Students";
    /// Heading: files left out.
    LeftOut => "ملفات لم تُحتسب", "Files left out";
    /// Left out: the exercise file, not a submission.
    RejectExerciseFile => "هذا ملف التمرين نفسه، لا إجابة طالب: أضف ملفات إجابات الطلاب.", "This is the exercise file itself, not a student's submission: add the students' submission files.";
    /// Left out: not a submission.
    RejectNotSubmission => "ليس ملف إجابة (لا يذكر تمرينًا)", "not a submission (it names no exercise)";
    /// Heading: agreement.
    Agreement => "الاتفاق بين الطلاب", "Agreement";
    /// Row: all labels together.
    AllLabels => "كل التصنيفات معًا", "All labels together";
    /// Column: observed agreement.
    ObservedAgreement => "الاتفاق الملاحظ", "Observed agreement";
    /// Column: Fleiss' kappa.
    FleissKappa => "كابا فلايس", "Fleiss' kappa";
    /// Column: Krippendorff's alpha.
    KrippendorffAlpha => "ألفا كريبندورف", "Krippendorff's alpha";
    /// Heading: Cohen's kappa by pair.
    CohenKappa => "كابا كوهين لكل زوج", "Cohen's kappa by pair";
    /// A figure that cannot be computed.
    Undefined => "غير معرّف", "undefined";
    /// Explains undefined figures.
    UndefinedHint => "«غير معرّف» في عمود لسببين فقط: لا جملة فيه صنفها طالبان أو أكثر، أو كل تصنيفاته واحدة (فلا يُقاس اتفاق فوق الصدفة). من لم يصنّف شيئًا لا يجعله غير معرّف.", "“undefined” in a column has two causes only: no sentence in it was labeled by two or more students, or all its labels are the same (so there is no agreement beyond chance to measure). A student who labeled nothing does not make it undefined.";
    /// Says which Fleiss' kappa is computed, with missing labels.
    FleissHint => "كابا فلايس لتقديرات ناقصة كما عند Gwet (2014): الاتفاق متوسط الجمل التي صنفها طالبان أو أكثر، وحصة كل تصنيف بالصدفة متوسط حصصه في كل جملة صُنّفت؛ ولا يُحسب من لم يصنّف شيئًا. إذا صنّف كل طالب كل جملة كانت هي كابا فلايس (1971) نفسها.", "Fleiss' kappa for missing labels as Gwet (2014) gives it: agreement is the mean over sentences labeled by two or more students, and each label's chance share the mean of its shares in every labeled sentence; a student who labeled nothing is left out. When every student labeled every sentence, it is Fleiss' (1971) kappa exactly.";
    /// Heading: sentences.
    Sentences => "الجمل", "Sentences";
    /// Column: the adjudicated label.
    FinalLabel => "التصنيف النهائي", "Final label";
    /// Choice: no label.
    NoLabel => "(بلا تصنيف)", "(none)";
    /// Button: export the adjudicated result.
    ExportAdjudicated => "تصدير النتيجة النهائية", "Export the adjudicated result";
    /// Marks a disagreement.
    Disagreement => "اختلاف", "disagreement";
    /// Checkbox: only disagreements.
    ShowDisagreementsOnly => "عرض الاختلافات فقط", "Show disagreements only";
    /// Heading: agreement on spans.
    SpanAgreement => "الاتفاق على المقاطع", "Span agreement";
    /// Explains exact and overlap span agreement.
    SpanAgreementHint => "المطابقة التامة: البداية والنهاية والتصنيف نفسها؛ التداخل: حرف مشترك على الأقل والتصنيف نفسه. تُقارن مقاطع الجملة الواحدة فقط.", "Exact: the same start, end and label; overlap: at least one character in common and the same label. Spans are matched within their sentence only.";
    /// Column: F1 of spans with the same start, end and label.
    ExactF1 => "F1 المطابقة التامة", "Exact F1";
    /// Column: F1 of spans sharing a code point, with the same label.
    OverlapF1 => "F1 التداخل", "Overlap F1";
    /// Scores column: exact span F1 against the key.
    SpanExactF1 => "F1 المقاطع (تامة)", "Span F1 (exact)";
    /// Scores column: overlap span F1 against the key.
    SpanOverlapF1 => "F1 المقاطع (تداخل)", "Span F1 (overlap)";
    /// Row: all span labels together (micro-averaged).
    AllSpanLabels => "كل تصنيفات المقاطع معًا", "All span labels together";
    /// The answer key, as one side of a pair.
    TheKey => "مفتاح الإجابة", "the answer key";
    /// Column and select: the adjudicated spans.
    FinalSpans => "المقاطع النهائية", "Final spans";
    /// Choice: no spans.
    NoSpans => "(بلا مقاطع)", "(no spans)";
    /// Button and title: settings.
    Settings => "الإعدادات", "Settings";
    /// Legend: colour theme.
    Colours => "الألوان", "Colours";
    /// Theme: follow the system.
    ThemeSystem => "كما في النظام", "As the system";
    /// Theme: light.
    ThemeLight => "فاتحة", "Light";
    /// Theme: dark.
    ThemeDark => "داكنة", "Dark";
    /// Legend: text size.
    TextSizeLegend => "حجم نص المستند", "Document text size";
    /// Text size: small.
    SizeSmall => "صغير", "Small";
    /// Text size: normal.
    SizeNormal => "عادي", "Normal";
    /// Text size: large.
    SizeLarge => "كبير", "Large";
    /// Text size: extra large.
    SizeExtraLarge => "كبير جدًا", "Extra large";
    /// Legend: interface language.
    Language => "لغة الواجهة", "Interface language";
    /// Button and title: statistics.
    Statistics => "الإحصاءات", "Statistics";
    /// Column: sentences with the label.
    StatsCount => "الجمل", "Sentences";
    /// Statistics column: spans with the label.
    StatsSpans => "المقاطع", "Spans";
    /// Disclosure holding the technical detail of an alert.
    TechnicalDetails => "التفاصيل التقنية", "Technical details";
    /// Error when the browser refuses a write for a reason other than quota.
    StorageRefused => "رفض المتصفح تخزين التغييرات: آخر تغييراتك محفوظة في هذه الصفحة لكنها لم تُخزَّن. نزّل نسخة احتياطية الآن.", "The browser refused to store your changes: your latest changes are kept in this page but were not stored. Download a backup now.";
    /// Link before everything else: moves the keyboard to the text.
    SkipToText => "انتقل إلى النص", "Skip to the text";
    /// Asked before closing a note with changes.
    NoteDiscardQuestion => "أتريد تجاهل التغييرات على هذه الملاحظة؟", "Discard the changes to this note?";
    /// Button: back to the note.
    KeepEditing => "متابعة التحرير", "Keep editing";
    /// Button: close the note without its changes.
    DiscardChanges => "تجاهل التغييرات", "Discard";
    /// Quiet status while a change is on its way to the browser's storage.
    Saving => "جارٍ الحفظ…", "Saving…";
    /// The first view, once labeling works there while the rest loads.
    FirstViewLabels => "التصنيف يعمل الآن؛ بقية هامش تُحمَّل…", "Labeling works now; the rest of Hamish is loading…";
    /// The first view, once a press waits for the app.
    FirstViewWaits => "يبدأ هامش… ما تضغطه يُطبَّق حين يجهز.", "Hamish is starting… what you press is applied as soon as it is ready.";
    /// The first view, when a label could not be stored yet.
    FirstViewNotStored => "لم يُخزَّن التصنيف بعد: يُحفظ في هذا المتصفح ويُعاد تخزينه حين يجهز هامش.", "The label is not stored yet: it is kept in this browser and stored again when Hamish is ready.";
    /// Alert: work of an earlier version could not be moved to the new storage.
    StorageNotMoved => "تعذّر نقل عملك من تخزين المتصفح القديم إلى الجديد: بقي في مكانه كاملًا، وسيُعاد النقل عند الفتح التالي. نزّل نسخة احتياطية الآن.", "Your work could not be moved from the browser's old storage to the new one: it stays where it was, complete, and the move is tried again next time. Download a backup now.";
    /// Button: write again what could not be stored.
    TryAgain => "أعد المحاولة", "Try again";
    /// Settings: the browser's storage.
    StorageLegend => "التخزين في هذا المتصفح", "Storage in this browser";
    /// Settings: the browser does not say how much is used.
    StorageUseUnknown => "لا يذكر المتصفح المساحة المستخدمة.", "The browser does not say how much space is used.";
    /// Settings: the browser keeps the data when space runs short.
    StoragePersisted => "دائم: لن يحذف المتصفح هذه البيانات عند ضيق المساحة.", "Persistent: the browser will not clear this data when space runs short.";
    /// Settings: the browser may clear the data when space runs short.
    StorageBestEffort => "غير مضمون: قد يحذف المتصفح هذه البيانات عند ضيق المساحة، فنزّل نسخًا احتياطية.", "Best effort: the browser may clear this data when space runs short, so download backups.";
    /// Settings button: ask the browser to keep the data.
    StorageKeep => "اطلب من المتصفح الإبقاء عليها", "Ask the browser to keep it";
    /// Import summary: the documents are being stored.
    SummarySaving => "جارٍ التخزين في هذا المتصفح…", "Storing in this browser…";
    /// Import summary: everything is stored.
    SummarySaved => "خُزّن كل شيء في هذا المتصفح.", "Everything is stored in this browser.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_switch_names_the_other_language() {
        assert_eq!(tr(Lang::Arabic, Text::SwitchLanguage), "English");
        assert_eq!(tr(Lang::English, Text::SwitchLanguage), "العربية");
    }

    #[test]
    fn every_word_has_both_languages_and_no_placeholder() {
        for text in ALL {
            for lang in [Lang::Arabic, Lang::English] {
                let words = tr(lang, *text);
                assert!(!words.trim().is_empty(), "{text:?} in {lang:?} is empty");
                assert!(!words.contains('{'), "{text:?} in {lang:?} has a placeholder: {words}");
            }
        }
    }
}
