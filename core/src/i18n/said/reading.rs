//! Words with numbers and names while reading and labeling: counts of
//! sentences, places, progress, filters, search, suggestions, notes and
//! labels deleted.

use crate::i18n::lang::Lang;
use crate::i18n::plural::grouped;
use crate::{arabic, english};

/// How many sentences a document has: "32 sentences".
pub fn sentence_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا جمل",
            one: "جملة واحدة",
            two: "جملتان",
            few: "{n} جمل",
            many: "{n} جملة",
            other: "{n} جملة",
        ),
        Lang::English => english!(n, one: "{n} sentence", other: "{n} sentences"),
    }
}

/// The open document's place among all, said by screen readers.
pub fn navigator_position(lang: Lang, n: usize, total: usize) -> String {
    let (n, total) = (grouped(n), grouped(total));
    match lang {
        Lang::Arabic => format!("(المستند {n} من {total})"),
        Lang::English => format!("(document {n} of {total})"),
    }
}

/// How many documents the navigator lists, of how many.
pub fn navigator_shown(lang: Lang, n: usize, total: usize) -> String {
    let (n, total) = (grouped(n), grouped(total));
    match lang {
        Lang::Arabic => format!("يظهر {n} من {total}"),
        Lang::English => format!("Showing {n} of {total}"),
    }
}

/// A document's notes, in the navigator.
pub fn navigator_notes(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا ملاحظات",
            one: "ملاحظة واحدة",
            two: "ملاحظتان",
            few: "{n} ملاحظات",
            many: "{n} ملاحظة",
            other: "{n} ملاحظة",
        ),
        Lang::English => english!(n, one: "{n} note", other: "{n} notes"),
    }
}

/// Filter of the navigator: documents where some sentence carries label `name`.
pub fn navigator_has_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Arabic => format!("فيها «{name}»"),
        Lang::English => format!("With “{name}”"),
    }
}

/// Accessible name of a label's filter button.
pub fn filter_by(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Arabic => format!("عرض الجمل المصنفة «{name}» فقط"),
        Lang::English => format!("Show only sentences labeled {name}"),
    }
}

/// Shown while a label filter is on.
pub fn filter_active(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Arabic => format!("تُعرض الجمل المصنفة «{name}» فقط."),
        Lang::English => format!("Showing only sentences labeled {name}."),
    }
}

/// Progress: `done` of `total` sentences labeled (counts as shown).
pub fn progress(lang: Lang, done: &str, total: &str) -> String {
    match lang {
        Lang::Arabic => format!("{done} من {total} مصنفة"),
        Lang::English => format!("{done} of {total} labeled"),
    }
}

/// Sentences whose suggestion is still to review, beside the progress.
pub fn to_review(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("{n} للمراجعة"),
        Lang::English => format!("{n} to review"),
    }
}

/// The review bar: suggestions to review in the open document.
pub fn suggestions_to_review(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا اقتراحات للمراجعة",
            one: "اقتراح واحد للمراجعة",
            two: "اقتراحان للمراجعة",
            few: "{n} اقتراحات للمراجعة",
            many: "{n} اقتراحًا للمراجعة",
            other: "{n} اقتراح للمراجعة",
        ),
        Lang::English => english!(n, one: "{n} suggestion to review", other: "{n} suggestions to review"),
    }
}

/// Notice: every suggestion of the document accepted.
pub fn suggestions_accepted(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لم يكن هناك اقتراح لقبوله.",
            one: "قُبل اقتراح واحد. للتراجع اضغط Ctrl+Z.",
            two: "قُبل اقتراحان. للتراجع اضغط Ctrl+Z.",
            few: "قُبلت {n} اقتراحات. للتراجع اضغط Ctrl+Z.",
            many: "قُبل {n} اقتراحًا. للتراجع اضغط Ctrl+Z.",
            other: "قُبل {n} اقتراح. للتراجع اضغط Ctrl+Z.",
        ),
        Lang::English => english!(n,
            one: "Accepted {n} suggestion. Press Ctrl+Z to undo.",
            other: "Accepted {n} suggestions. Press Ctrl+Z to undo.",
        ),
    }
}

/// A sentence's place, said by screen readers.
pub fn sentence_position(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Arabic => format!("الجملة {n} من {total}"),
        Lang::English => format!("Sentence {n} of {total}"),
    }
}

/// Title of the note dialog: the sentence's number.
pub fn note_title(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("ملاحظة على الجملة {n}"),
        Lang::English => format!("Note on sentence {n}"),
    }
}

/// Notes counted in the statistics.
pub fn notes_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("الملاحظات: {n}"),
        Lang::English => format!("Notes: {n}"),
    }
}

/// Characters of a note: `n` of at most `max`.
pub fn note_length(lang: Lang, n: usize, max: usize) -> String {
    let (shown, limit) = (grouped(n), grouped(max));
    match lang {
        Lang::Arabic => arabic!(max,
            zero: "{shown} / {limit} حرف",
            one: "{shown} / {limit} حرف",
            two: "{shown} / {limit} حرف",
            few: "{shown} / {limit} أحرف",
            many: "{shown} / {limit} حرفًا",
            other: "{shown} / {limit} حرف",
        ),
        Lang::English => english!(max, one: "{shown} / {limit} character", other: "{shown} / {limit} characters"),
    }
}

/// Text that did not fit in a note: `n` characters, `max` the limit.
pub fn note_overflow(lang: Lang, n: usize, max: usize) -> String {
    let (over, limit) = (grouped(n), grouped(max));
    let rest = match lang {
        Lang::Arabic => format!("لا تتجاوز الملاحظة {limit} حرف، فلم يُضَف ما زاد."),
        Lang::English => format!("a note holds at most {limit}, so they were not added."),
    };
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "اتسع المكان للنص كله.",
            one: "لم يتسع المكان لحرف واحد: {rest}",
            two: "لم يتسع المكان لحرفين: {rest}",
            few: "لم يتسع المكان لـ {over} أحرف: {rest}",
            many: "لم يتسع المكان لـ {over} حرفًا: {rest}",
            other: "لم يتسع المكان لـ {over} حرف: {rest}",
        ),
        Lang::English => {
            english!(n, one: "{over} character did not fit: {rest}", other: "{over} characters did not fit: {rest}")
        }
    }
}

/// Notice: a note longer than the limit was refused, not cut.
pub fn note_too_long(lang: Lang, length: usize, limit: usize) -> String {
    let (length, limit) = (grouped(length), grouped(limit));
    match lang {
        Lang::Arabic => format!("لم تُحفظ الملاحظة: طولها {length} حرف والحد {limit}. اختصرها ثم احفظها."),
        Lang::English => {
            format!(
                "The note was not saved: it has {length} characters and the limit is {limit}. Shorten it, then save."
            )
        }
    }
}

/// How many search matches, and how many are shown.
pub fn search_count(lang: Lang, n: usize, shown: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا نتائج",
            one: "نتيجة واحدة",
            two: "نتيجتان",
            few: "{n} نتائج (تُعرض {shown})",
            many: "{n} نتيجة (تُعرض {shown})",
            other: "{n} نتيجة (تُعرض {shown})",
        ),
        Lang::English => english!(n, one: "{n} match", other: "{n} matches ({shown} shown)"),
    }
}

/// Button: give every match shown label `name`.
pub fn search_label_all(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Arabic => format!("«{name}» للكل"),
        Lang::English => format!("“{name}” for all"),
    }
}

/// Title of delete when the label is in use: `n` sentences lose it.
pub fn delete_in_use(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "حذف (لا تحمله أي جملة)",
            one: "حذف: ستفقد جملة واحدة هذا التصنيف (يمكن التراجع)",
            two: "حذف: ستفقد جملتان هذا التصنيف (يمكن التراجع)",
            few: "حذف: ستفقد {n} جمل هذا التصنيف (يمكن التراجع)",
            many: "حذف: ستفقد {n} جملة هذا التصنيف (يمكن التراجع)",
            other: "حذف: ستفقد {n} جملة هذا التصنيف (يمكن التراجع)",
        ),
        Lang::English => english!(n,
            one: "Delete: {n} sentence loses this label (can be undone)",
            other: "Delete: {n} sentences lose this label (can be undone)",
        ),
    }
}

/// Notice: label `name` deleted, `n` sentences lost it.
pub fn label_deleted(lang: Lang, name: &str, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "حُذف التصنيف «{name}»، ولم تكن تحمله أي جملة. للتراجع اضغط Ctrl+Z.",
            one: "حُذف التصنيف «{name}»: فقدته جملة واحدة. للتراجع اضغط Ctrl+Z.",
            two: "حُذف التصنيف «{name}»: فقدته جملتان. للتراجع اضغط Ctrl+Z.",
            few: "حُذف التصنيف «{name}»: فقدته {n} جمل. للتراجع اضغط Ctrl+Z.",
            many: "حُذف التصنيف «{name}»: فقدته {n} جملة. للتراجع اضغط Ctrl+Z.",
            other: "حُذف التصنيف «{name}»: فقدته {n} جملة. للتراجع اضغط Ctrl+Z.",
        ),
        Lang::English => english!(n,
            one: "Label “{name}” deleted: {n} sentence lost it. Press Ctrl+Z to undo.",
            other: "Label “{name}” deleted: {n} sentences lost it. Press Ctrl+Z to undo.",
        ),
    }
}

/// Heading of the annotations whose sentence was not found.
pub fn orphans_title(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("تعليقات لم يُعثر على جملها ({n})"),
        Lang::English => format!("Annotations whose sentence was not found ({n})"),
    }
}

/// What a screen reader hears as the span cursor enters a span.
pub fn span_announcement(lang: Lang, text: &str, label: &str) -> String {
    match lang {
        Lang::Arabic => format!("مقطع: {text}، {label}"),
        Lang::English => format!("span: {text}, {label}"),
    }
}

/// "and `n` more", after a list cut short.
pub fn and_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "",
            one: "وواحد آخر",
            two: "واثنان آخران",
            few: "و{n} غيرها",
            many: "و{n} غيرها",
            other: "و{n} غيرها",
        ),
        Lang::English => english!(n, one: "and {n} more", other: "and {n} more"),
    }
}

/// Notice: no label on a key.
pub fn no_label_on_key(lang: Lang, key: u8) -> String {
    match lang {
        Lang::Arabic => format!("لا تصنيف على المفتاح {key}: المفاتيح 1…9 للتصنيفات التسعة الأولى بترتيبها في اللوحة."),
        Lang::English => {
            format!("No label on key {key}: keys 1…9 go to the first nine labels, in the palette's order.")
        }
    }
}

/// Notice: a key whose label is for spans, pressed on sentences.
pub fn key_for_spans(lang: Lang, name: &str, key: u8) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("«{name}» (المفتاح {key}) لكلمات داخل الجملة: اضغط s لتعليم كلمات، ثم {key}."),
        Lang::English => {
            format!("“{name}” (key {key}) is for words inside a sentence: press s to mark words, then {key}.")
        }
    }
}

/// Notice: a key whose label is for whole sentences, pressed in span mode.
pub fn key_for_sentences(lang: Lang, name: &str, key: u8) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => {
            format!("«{name}» (المفتاح {key}) يصنّف الجملة كلها: اخرج من وضع المقاطع بـ Esc، ثم اضغط {key}.")
        }
        Lang::English => {
            format!("“{name}” (key {key}) labels whole sentences: leave span mode with Esc, then press {key}.")
        }
    }
}

/// Notice: a key took its label off.
pub fn label_taken_off(lang: Lang, name: &str, key: u8) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("أُزيل «{name}» عن التحديد: المفتاح {key} يضع التصنيف ويزيله (Ctrl+Z للتراجع)."),
        Lang::English => {
            format!("“{name}” taken off the selection: key {key} puts the label on and takes it off (Ctrl+Z undoes).")
        }
    }
}
