//! Words with numbers and names in a classroom exercise: the student at
//! work, feedback and self-check scores, the teacher's comparison and key.

use super::isolate;
use crate::i18n::lang::Lang;
use crate::{arabic, english};

/// The student at work (and on a feedback sheet).
pub fn student(lang: Lang, name: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("الطالب: {name}"),
        Lang::English => format!("Student: {name}"),
    }
}

/// A score: `correct` of `out_of`, and the percent (or "—").
pub fn feedback_score(lang: Lang, correct: usize, out_of: usize, percent: &str) -> String {
    match lang {
        Lang::Arabic => format!("الدرجة: {correct} من {out_of} ({percent}٪)."),
        Lang::English => format!("Score: {correct} of {out_of} ({percent}%)."),
    }
}

/// Feedback: the grade on the teacher's scale.
pub fn feedback_points(lang: Lang, points: &str, max: u32) -> String {
    match lang {
        Lang::Arabic => format!("العلامة: {points} من {max}."),
        Lang::English => format!("Grade: {points} out of {max}."),
    }
}

/// Feedback: the title of a document's copy in a feedback file (the
/// document's own title follows).
pub fn feedback_title(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Arabic => format!("تصحيح: {title}"),
        Lang::English => format!("Feedback: {title}"),
    }
}

/// Feedback: sentences left unlabeled.
pub fn feedback_unlabeled(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("جمل تركتها بلا تصنيف: {n}."),
        Lang::English => format!("Sentences left unlabeled: {n}."),
    }
}

/// Feedback: span F1, exact and overlapping, in percent.
pub fn feedback_spans(lang: Lang, exact: &str, overlap: &str) -> String {
    match lang {
        Lang::Arabic => format!("المقاطع: F1 {exact}٪ للمطابقة التامة، {overlap}٪ للتداخل."),
        Lang::English => format!("Spans: F1 {exact}% exact, {overlap}% overlapping."),
    }
}

/// Feedback: one label's F1, and how many sentences of the key have it.
pub fn feedback_label(lang: Lang, name: &str, f1: &str, support: usize) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => arabic!(support,
            zero: "{name}: F1 {f1}٪ (لا جمل به في المفتاح).",
            one: "{name}: F1 {f1}٪ (جملة واحدة في المفتاح).",
            two: "{name}: F1 {f1}٪ (جملتان في المفتاح).",
            few: "{name}: F1 {f1}٪ ({support} جمل في المفتاح).",
            many: "{name}: F1 {f1}٪ ({support} جملة في المفتاح).",
            other: "{name}: F1 {f1}٪ ({support} جملة في المفتاح).",
        ),
        Lang::English => english!(support,
            one: "{name}: F1 {f1}% ({support} sentence in the key).",
            other: "{name}: F1 {f1}% ({support} sentences in the key).",
        ),
    }
}

/// Feedback note: the key's answer.
pub fn feedback_key(lang: Lang, labels: &str) -> String {
    match lang {
        Lang::Arabic => format!("✗ الإجابة: {labels}"),
        Lang::English => format!("✗ The answer: {labels}"),
    }
}

/// A student's own check: `correct` of `out_of` right.
pub fn self_check_score(lang: Lang, correct: usize, out_of: usize, percent: &str) -> String {
    match lang {
        Lang::Arabic => format!("أصبت في {correct} من {out_of} ({percent}٪)."),
        Lang::English => format!("{correct} of {out_of} right ({percent}%)."),
    }
}

/// A student's own check of spans: exact and overlap F1.
pub fn self_check_spans(lang: Lang, exact: &str, overlap: &str) -> String {
    match lang {
        Lang::Arabic => format!("مقاطعك والمفتاح: F1 المطابقة التامة {exact}، وF1 التداخل {overlap}."),
        Lang::English => format!("Your spans against the key: exact F1 {exact}, overlap F1 {overlap}."),
    }
}

/// A student's own check: sentences not labeled yet.
pub fn self_check_unlabeled(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("جمل لم تصنّفها بعد: {n}."),
        Lang::English => format!("Sentences not labeled yet: {n}."),
    }
}

/// A student's progress in Compare: sentences she labeled, of all.
pub fn labeled_of(lang: Lang, labeled: usize, total: usize) -> String {
    match lang {
        Lang::Arabic => format!("صنّفت {labeled} من {total}"),
        Lang::English => format!("{labeled} of {total} labeled"),
    }
}

/// Notice: the key is made; tied sentences without a decision left out.
pub fn key_made_ties(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "صُنع مفتاح الإجابة.",
            one: "صُنع مفتاح الإجابة، وبقيت جملة واحدة متعادلة بلا قرار فلم تدخل فيه.",
            two: "صُنع مفتاح الإجابة، وبقيت جملتان متعادلتان بلا قرار فلم تدخلا فيه.",
            few: "صُنع مفتاح الإجابة، وبقيت {n} جمل متعادلة بلا قرار فلم تدخل فيه.",
            many: "صُنع مفتاح الإجابة، وبقيت {n} جملة متعادلة بلا قرار فلم تدخل فيه.",
            other: "صُنع مفتاح الإجابة، وبقيت {n} جملة متعادلة بلا قرار فلم تدخل فيه.",
        ),
        Lang::English => english!(n,
            one: "The answer key is made; {n} tied sentence has no decision and is left out of it.",
            other: "The answer key is made; {n} tied sentences have no decision and are left out of it.",
        ),
    }
}

/// Notice: the key was read from file `name`.
pub fn key_loaded(lang: Lang, name: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("قُرئ مفتاح الإجابة من {name}."),
        Lang::English => format!("The answer key was read from {name}."),
    }
}

/// Notice: labels of a key file that no student has, left out.
pub fn key_unknown_labels(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Arabic => format!("تصنيفات في الملف لا يعرفها أي طالب فلم تدخل المفتاح: {names}"),
        Lang::English => format!("Labels in the file that no student has were left out of the key: {names}"),
    }
}

/// Notice: file `name` cannot be the key, and why.
pub fn key_refused(lang: Lang, name: &str, reason: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("لا يصلح {name} مفتاحًا للإجابة: {reason}"),
        Lang::English => format!("{name} cannot be the answer key: {reason}"),
    }
}

/// The key's source.
pub fn key_from_file(lang: Lang, name: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("المفتاح مأخوذ من {name}."),
        Lang::English => format!("The key comes from {name}."),
    }
}

/// Notice: submission files that could not be read.
pub fn submissions_unreadable(lang: Lang, files: &str) -> String {
    match lang {
        Lang::Arabic => format!("تعذّرت قراءة هذه الملفات فلم تُضف: {files}"),
        Lang::English => format!("These files could not be read and were not added: {files}"),
    }
}

/// Notice: files already in the comparison, as they are, were not added again.
pub fn submissions_already_loaded(lang: Lang, files: &str) -> String {
    match lang {
        Lang::Arabic => format!("هذه الملفات في المقارنة من قبل كما هي، فلم تُضف ثانيةً: {files}"),
        Lang::English => {
            format!("These files are already in the comparison as they are, so they were not added again: {files}")
        }
    }
}

/// A student's newer file waiting: who, and when each file was saved.
pub fn replacement_question(lang: Lang, student: &str, before: &str, after: &str) -> String {
    let student = format!("\u{2068}{student}\u{2069}");
    // Each date one unbreakable run, left to right: a word joiner after each
    // hyphen, a no-break space before the time.
    let unbroken = |date: &str| format!("\u{2066}{}\u{2069}", date.replace('-', "-\u{2060}").replace(' ', "\u{a0}"));
    let (before, after) = (unbroken(before), unbroken(after));
    match lang {
        Lang::Arabic => format!(
            "ملف آخر من {student}: المحفوظ في المقارنة من {before}، والجديد من {after}. أيهما يُعتمد؟ الجمل التي تغيّرت إجابته فيها تعود إلى قرار الأغلبية، وتبقى قراراتك في غيرها."
        ),
        Lang::English => format!(
            "Another file from {student}: the one in the comparison was saved {before}, the new one {after}. Which one counts? Sentences where the answer changed go back to the majority; your decisions on the others stay."
        ),
    }
}

/// Label of the button taking one student's file out of the comparison.
pub fn remove_student(lang: Lang, student: &str) -> String {
    let student = format!("\u{2068}{student}\u{2069}");
    match lang {
        Lang::Arabic => format!("إزالة ملف {student} من المقارنة (تبقى قرارات الجمل)"),
        Lang::English => format!("Remove {student}'s file from the comparison (decisions stay)"),
    }
}

/// Hint: students with no identifier are left out of Moodle's file.
pub fn without_identifier(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(count,
            zero: "كتب كل الطلاب معرّفاتهم.",
            one: "طالب واحد لم يكتب معرّفه، فليس في ملف Moodle.",
            two: "طالبان لم يكتبا معرّفيهما، فليسا في ملف Moodle.",
            few: "{count} طلاب لم يكتبوا معرّفاتهم، فليسوا في ملف Moodle.",
            many: "{count} طالبًا لم يكتبوا معرّفاتهم، فليسوا في ملف Moodle.",
            other: "{count} طالب لم يكتبوا معرّفاتهم، فليسوا في ملف Moodle.",
        ),
        Lang::English => english!(count,
            one: "One student gave no identifier and is left out of Moodle's file.",
            other: "{count} students gave no identifier and are left out of Moodle's file.",
        ),
    }
}

/// A new student's name that another student's work in this browser has,
/// with another identifier.
pub fn student_name_taken(lang: Lang, name: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("لـ«{name}» عمل محفوظ في هذا المتصفح بمعرّف آخر. إن كان عملك فاختر اسمك من القائمة أعلاه، وإلا فأضف إلى اسمك ما يميّزه (اسم العائلة مثلًا)."),
        Lang::English => format!("“{name}” has work kept in this browser under another identifier. If it is yours, pick your name in the list above; if not, add something to your name (a family name, say)."),
    }
}

/// Notice: a returning student's work is back.
pub fn attempt_resumed(lang: Lang, name: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("عاد عملك يا {name}."),
        Lang::English => format!("Welcome back, {name}: your work is here."),
    }
}

/// Notice: a student's work kept in the browser on leaving.
pub fn attempt_kept(lang: Lang, student: &str, title: &str) -> String {
    let (student, title) = (format!("\u{2068}{student}\u{2069}"), format!("\u{2068}{title}\u{2069}"));
    match lang {
        Lang::Arabic => {
            format!("حُفظ عمل {student} في «{title}» في هذا المتصفح. للمتابعة افتح ملف التمرين مرة أخرى واختر الاسم.")
        }
        Lang::English => {
            format!("{student}’s work on “{title}” is kept in this browser. To go on, open the exercise file again and pick the name.")
        }
    }
}

/// Final label option: the majority's labels.
pub fn majority_option(lang: Lang, labels: &str) -> String {
    match lang {
        Lang::Arabic => format!("الأغلبية: {labels}"),
        Lang::English => format!("Majority: {labels}"),
    }
}

/// Report: one name for different labels in different submissions.
pub fn label_clash(lang: Lang, name: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("الاسم «{name}» لتصنيفات مختلفة عند الطلاب؛ عوملت تصنيفات مختلفة."),
        Lang::English => format!("“{name}” names different labels in different submissions; they are kept apart."),
    }
}

/// A label also called by other names.
pub fn also_named(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Arabic => format!("ويسمى أيضًا: {names}"),
        Lang::English => format!("also called: {names}"),
    }
}

/// Left out: a submission for another exercise (its title).
pub fn reject_other(lang: Lang, title: &str) -> String {
    let title = isolate(lang, title);
    match lang {
        Lang::Arabic => format!("إجابة لتمرين آخر أو لنسخة أخرى منه ({title})"),
        Lang::English => format!("a submission for another exercise or another version of it ({title})"),
    }
}

/// Left out: a second submission by the same student.
pub fn reject_duplicate(lang: Lang, name: &str) -> String {
    let name = isolate(lang, name);
    match lang {
        Lang::Arabic => format!("إجابة ثانية للطالب {name}"),
        Lang::English => format!("a second submission by {name}"),
    }
}

/// A pair of students compared.
pub fn span_pair(lang: Lang, first: &str, second: &str) -> String {
    match lang {
        Lang::Arabic => format!("{first} و{second}"),
        Lang::English => format!("{first} and {second}"),
    }
}

/// Choice: the spans a majority marked.
pub fn majority_spans(lang: Lang, spans: &str) -> String {
    match lang {
        Lang::Arabic => format!("الأغلبية: {spans}"),
        Lang::English => format!("Majority: {spans}"),
    }
}

/// Choice: the spans one student marked.
pub fn student_spans(lang: Lang, name: &str, spans: &str) -> String {
    match lang {
        Lang::Arabic => format!("مقاطع {name}: {spans}"),
        Lang::English => format!("{name}'s spans: {spans}"),
    }
}
