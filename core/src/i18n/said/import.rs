//! Words with numbers and names while bringing files in: what an import
//! would change, a table's preview and what became of a batch of files
//! (what is wrong with a file is in [`super::file_errors`]). Names and
//! values from a file are bidi isolates in Arabic, so they read whole
//! inside the sentence.

use super::{counted, ANNOTATION, CONFLICT, DOCUMENT, FILE, ROW};
use crate::i18n::lang::Lang;
use crate::{arabic, english};

/// What a Hamish JSON file would bring: documents (how many new),
/// annotations and conflicts.
pub fn import_summary(lang: Lang, documents: usize, new: usize, annotations: usize, conflicts: usize) -> String {
    let (documents, annotations, conflicts) = (
        counted(lang, documents, &DOCUMENT),
        counted(lang, annotations, &ANNOTATION),
        counted(lang, conflicts, &CONFLICT),
    );
    let separator = lang.list_separator();
    match lang {
        Lang::Arabic => format!("{documents} ({new} جديد){separator}{annotations}{separator}{conflicts}"),
        Lang::English => format!("{documents} ({new} new){separator}{annotations}{separator}{conflicts}"),
    }
}

/// Annotations of a file that found no sentence.
pub fn import_unplaced(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "وجدت التعليقات كلها جملها.",
            one: "تعليق واحد لم يُعثر على جملته وسيُحفظ منفصلًا.",
            two: "تعليقان لم يُعثر على جملتيهما وسيُحفظان منفصلين.",
            few: "{n} تعليقات لم يُعثر على جملها وستُحفظ منفصلة.",
            many: "{n} تعليقًا لم يُعثر على جملها وستُحفظ منفصلة.",
            other: "{n} تعليق لم يُعثر على جملها وستُحفظ منفصلة.",
        ),
        Lang::English => english!(n,
            one: "{n} annotation found no sentence and will be kept as an orphan.",
            other: "{n} annotations found no sentence and will be kept as orphans.",
        ),
    }
}

/// Button: add the file's new labels.
pub fn import_accept_labels(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا تصنيفات جديدة",
            one: "أضف التصنيف الجديد",
            two: "أضف التصنيفين الجديدين",
            few: "أضف التصنيفات الجديدة ({n})",
            many: "أضف التصنيفات الجديدة ({n})",
            other: "أضف التصنيفات الجديدة ({n})",
        ),
        Lang::English => english!(n, one: "Add the new label", other: "Add the new labels ({n})"),
    }
}

/// Above the list of labels a file adds.
pub fn import_new_labels(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا يضيف هذا الملف تصنيفات جديدة.",
            one: "يضيف هذا الملف تصنيفًا جديدًا واحدًا إلى مجموعة التصنيفات:",
            two: "يضيف هذا الملف تصنيفين جديدين إلى مجموعة التصنيفات:",
            few: "يضيف هذا الملف {n} تصنيفات جديدة إلى مجموعة التصنيفات:",
            many: "يضيف هذا الملف {n} تصنيفًا جديدًا إلى مجموعة التصنيفات:",
            other: "يضيف هذا الملف {n} تصنيف جديد إلى مجموعة التصنيفات:",
        ),
        Lang::English => english!(n,
            one: "This file adds {n} new label to the label set:",
            other: "This file adds {n} new labels to the label set:",
        ),
    }
}

/// W3C import: annotations of documents not in Hamish, left out.
pub fn import_other_documents(lang: Lang, n: usize, ids: &str) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لم يُترك تعليق لمستندات ليست في هامش.",
            one: "تُرك تعليق واحد لمستند ليس في هامش: {ids}.",
            two: "تُرك تعليقان لمستندات ليست في هامش: {ids}.",
            few: "تُركت {n} تعليقات لمستندات ليست في هامش: {ids}.",
            many: "تُرك {n} تعليقًا لمستندات ليست في هامش: {ids}.",
            other: "تُرك {n} تعليق لمستندات ليست في هامش: {ids}.",
        ),
        Lang::English => english!(n,
            one: "{n} annotation of a document not in Hamish was left out: {ids}.",
            other: "{n} annotations of documents not in Hamish were left out: {ids}.",
        ),
    }
}

/// W3C import: annotations whose quote is no longer in their document.
pub fn import_quotes_not_found(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "وُجد النص المقتبس لكل تعليق.",
            one: "تُرك تعليق واحد لم يعد نصه المقتبس في مستنده.",
            two: "تُرك تعليقان لم يعد نصهما المقتبس في مستندهما.",
            few: "تُركت {n} تعليقات لم يعد نصها المقتبس في مستندها.",
            many: "تُرك {n} تعليقًا لم يعد نصه المقتبس في مستنده.",
            other: "تُرك {n} تعليق لم يعد نصه المقتبس في مستنده.",
        ),
        Lang::English => english!(n,
            one: "{n} annotation whose quoted text is no longer in its document was left out.",
            other: "{n} annotations whose quoted text is no longer in their document were left out.",
        ),
    }
}

/// W3C import: spans across a sentence boundary, left out.
pub fn import_spans_across(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا مقطع يتجاوز حدود الجملة.",
            one: "تُرك مقطع واحد يتجاوز حدود الجملة؛ المقطع في هامش داخل جملة واحدة.",
            two: "تُرك مقطعان يتجاوزان حدود الجملة؛ المقطع في هامش داخل جملة واحدة.",
            few: "تُركت {n} مقاطع تتجاوز حدود الجملة؛ المقطع في هامش داخل جملة واحدة.",
            many: "تُرك {n} مقطعًا يتجاوز حدود الجملة؛ المقطع في هامش داخل جملة واحدة.",
            other: "تُرك {n} مقطع يتجاوز حدود الجملة؛ المقطع في هامش داخل جملة واحدة.",
        ),
        Lang::English => english!(n,
            one: "{n} span reaching across a sentence boundary was left out: in Hamish a span lies inside one sentence.",
            other: "{n} spans reaching across a sentence boundary were left out: in Hamish a span lies inside one sentence.",
        ),
    }
}

/// Title of a table's preview.
pub fn preview_title(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Arabic => format!("استيراد {name}"),
        Lang::English => format!("Import {name}"),
    }
}

/// What a table's rows become: rows, documents, rows skipped.
pub fn preview_rows(lang: Lang, rows: usize, documents: usize, empty: usize) -> String {
    let (from, to) = (counted(lang, rows, &ROW), counted(lang, documents, &DOCUMENT));
    let skipped = match lang {
        Lang::Arabic => arabic!(empty,
            zero: "",
            one: "؛ يُتخطّى صف واحد بلا نص",
            two: "؛ يُتخطّى صفان بلا نص",
            few: "؛ تُتخطّى {empty} صفوف بلا نص",
            many: "؛ يُتخطّى {empty} صفًا بلا نص",
            other: "؛ يُتخطّى {empty} صف بلا نص",
        ),
        Lang::English => match empty {
            0 => String::new(),
            1 => "; 1 row without text is skipped".to_string(),
            _ => format!("; {empty} rows without text are skipped"),
        },
    };
    let arrow = if lang == Lang::Arabic { "←" } else { "→" };
    format!("{from} {arrow} {to}{skipped}.")
}

/// Labels a preview would add.
pub fn preview_adds_labels(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Arabic => format!("سيضيف التصنيفات: {names}"),
        Lang::English => format!("Adds labels: {names}"),
    }
}

/// Spans that come with a table's texts.
pub fn preview_spans(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(count,
            zero: "لا مقاطع مع النصوص.",
            one: "سيأتي مقطع واحد مع النصوص.",
            two: "سيأتي مقطعان مع النصوص.",
            few: "ستأتي {count} مقاطع مع النصوص.",
            many: "سيأتي {count} مقطعًا مع النصوص.",
            other: "سيأتي {count} مقطع مع النصوص.",
        ),
        Lang::English => {
            english!(count, one: "{count} span comes with the texts.", other: "{count} spans come with the texts.")
        }
    }
}

/// Progress of an import: rows made, of how many.
pub fn importing(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Arabic => format!("جارٍ الاستيراد… {done} من {total}"),
        Lang::English => format!("Importing… {done} of {total}"),
    }
}

/// How much of a file is read.
pub fn reading_percent(lang: Lang, percent: usize) -> String {
    match lang {
        Lang::Arabic => format!("قُرئ {percent}٪"),
        Lang::English => format!("{percent}% read"),
    }
}

/// What a batch of files became: documents added, already here, files refused.
pub fn summary_totals(lang: Lang, added: usize, already: usize, refused: usize) -> String {
    match lang {
        Lang::Arabic => {
            let added = match added {
                0 => "لم يُضف أي مستند".to_string(),
                n => format!("أُضيف {}", counted(lang, n, &DOCUMENT)),
            };
            let already = match already {
                0 => String::new(),
                1 => "، وكان مستند واحد موجودًا من قبل".to_string(),
                2 => "، وكان مستندان موجودين من قبل".to_string(),
                n => format!("، وكانت {} موجودة من قبل", counted(lang, n, &DOCUMENT)),
            };
            let refused = match refused {
                0 => String::new(),
                n => format!("، ورُفض {}", counted(lang, n, &FILE)),
            };
            format!("{added}{already}{refused}.")
        }
        Lang::English => format!(
            "{} added, {already} already here, {} refused.",
            counted(lang, added, &DOCUMENT),
            counted(lang, refused, &FILE)
        ),
    }
}

/// One file of a batch: documents added.
pub fn summary_added(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => match n {
            0 => "لم يُضف شيء".to_string(),
            n => format!("أُضيف {}", counted(lang, n, &DOCUMENT)),
        },
        Lang::English => format!("{} added", counted(lang, n, &DOCUMENT)),
    }
}

/// One file of a batch: documents already here.
pub fn summary_already(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا شيء منه موجود من قبل",
            one: "مستند واحد كان موجودًا من قبل",
            two: "مستندان كانا موجودين من قبل",
            few: "{n} مستندات كانت موجودة من قبل",
            many: "{n} مستندًا كانت موجودة من قبل",
            other: "{n} مستند كانت موجودة من قبل",
        ),
        Lang::English => format!("{n} already here"),
    }
}

/// One file of a batch: read in a legacy encoding.
pub fn summary_encoding(lang: Lang, encoding: &str) -> String {
    match lang {
        Lang::Arabic => format!("قُرئ بترميز {encoding}"),
        Lang::English => format!("read as {encoding}"),
    }
}

/// One file of a batch: rows without text, skipped.
pub fn summary_empty_rows(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لم يُتخطَّ صف",
            one: "تُخطّي صف واحد بلا نص",
            two: "تُخطّي صفان بلا نص",
            few: "تُخطّيت {n} صفوف بلا نص",
            many: "تُخطّي {n} صفًا بلا نص",
            other: "تُخطّي {n} صف بلا نص",
        ),
        Lang::English => english!(n, one: "{n} row without text skipped", other: "{n} rows without text skipped"),
    }
}

/// The import dialog: files opened with this one, each waiting for its own
/// dialog.
pub fn import_waiting(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا ملف بعد هذا",
            one: "بعد هذا الملف ملف آخر ينتظر، في نافذة خاصة به.",
            two: "بعد هذا الملف ملفان آخران ينتظران، كل في نافذة خاصة به.",
            few: "بعد هذا الملف {n} ملفات أخرى تنتظر، كل في نافذة خاصة به.",
            many: "بعد هذا الملف {n} ملفًا آخر تنتظر، كل في نافذة خاصة به.",
            other: "بعد هذا الملف {n} ملف آخر تنتظر، كل في نافذة خاصة به.",
        ),
        Lang::English => english!(n,
            one: "{n} more file opened with this one waits for its own dialog.",
            other: "{n} more files opened with this one wait, each for its own dialog."),
    }
}

/// One file of a batch: rows whose id an earlier row had, each kept as a
/// document of its own (its id names its row).
pub fn summary_repeated_ids(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لا صف يكرر معرّفًا",
            one: "صف واحد يكرر معرّف صف قبله، فصار مستندًا مستقلًا يحمل رقم صفه",
            two: "صفان يكرران معرّف صف قبلهما، فصار كل منهما مستندًا مستقلًا يحمل رقم صفه",
            few: "{n} صفوف تكرر معرّف صف قبلها، فصار كل منها مستندًا مستقلًا يحمل رقم صفه",
            many: "{n} صفًا تكرر معرّف صف قبلها، فصار كل منها مستندًا مستقلًا يحمل رقم صفه",
            other: "{n} صف تكرر معرّف صف قبلها، فصار كل منها مستندًا مستقلًا يحمل رقم صفه",
        ),
        Lang::English => english!(n,
            one: "{n} row repeats an earlier row's id: it is kept as a document of its own, named by its row",
            other: "{n} rows repeat an earlier row's id: each is kept as a document of its own, named by its row"),
    }
}

/// One file of a batch: rows whose line breaks became spaces.
pub fn summary_joined_lines(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لم يتغير سطر",
            one: "صف واحد صارت أسطره سطرًا واحدًا",
            two: "صفان صارت أسطرهما سطرًا واحدًا",
            few: "{n} صفوف صارت أسطرها سطرًا واحدًا",
            many: "{n} صفًا صارت أسطرها سطرًا واحدًا",
            other: "{n} صف صارت أسطرها سطرًا واحدًا",
        ),
        Lang::English => {
            english!(n, one: "{n} row had line breaks made spaces", other: "{n} rows had line breaks made spaces")
        }
    }
}

/// Labels a batch added.
pub fn summary_new_labels(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Arabic => format!("تصنيفات أُضيفت: {names}"),
        Lang::English => format!("Labels added: {names}"),
    }
}

/// Sentences labeled by an import.
pub fn summary_labeled(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("جمل صُنّفت من الملف: {n}"),
        Lang::English => format!("Sentences labeled from the file: {n}"),
    }
}

/// Spans an import put on sentences.
pub fn summary_spans(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => format!("مقاطع عُلّمت من الملف: {n}"),
        Lang::English => format!("Spans marked from the file: {n}"),
    }
}

/// One file of a batch: rows kept as one sentence so a span stays whole.
pub fn summary_kept_whole(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "لم يبق صف جملة واحدة",
            one: "صف واحد بقي جملة واحدة كي لا ينقسم مقطع فيه",
            two: "صفان بقي كل منهما جملة واحدة كي لا ينقسم مقطع فيه",
            few: "{n} صفوف بقي كل منها جملة واحدة كي لا ينقسم مقطع فيه",
            many: "{n} صفًا بقي كل منها جملة واحدة كي لا ينقسم مقطع فيه",
            other: "{n} صف بقي كل منها جملة واحدة كي لا ينقسم مقطع فيه",
        ),
        Lang::English => english!(n,
            one: "{n} row kept as one sentence so that a span stays whole",
            other: "{n} rows kept as one sentence so that a span stays whole",
        ),
    }
}

/// One file of a batch: spans not imported (their rows follow).
pub fn summary_spans_not_imported(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "استُوردت المقاطع كلها",
            one: "مقطع واحد لم يُستورد",
            two: "مقطعان لم يُستوردا",
            few: "{n} مقاطع لم تُستورد",
            many: "{n} مقطعًا لم يُستورد",
            other: "{n} مقطع لم يُستورد",
        ),
        Lang::English => english!(n, one: "{n} span not imported", other: "{n} spans not imported"),
    }
}

/// One span not imported: its row and why.
pub fn summary_span_problem(lang: Lang, row: usize, problem: &str) -> String {
    match lang {
        Lang::Arabic => format!("الصف {row}: {problem}"),
        Lang::English => format!("row {row}: {problem}"),
    }
}

/// Notice: a Hamish JSON file taken in.
pub fn notice_imported(lang: Lang, annotations: usize, documents: usize) -> String {
    if annotations == 0 && documents == 0 {
        return match lang {
            Lang::Arabic => "لا تغيير: كل ما في الملف موجود في عملك.".to_string(),
            Lang::English => "Nothing changed: your work already holds all the file has.".to_string(),
        };
    }
    let (annotations, documents) = (counted(lang, annotations, &ANNOTATION), counted(lang, documents, &DOCUMENT));
    match lang {
        Lang::Arabic => format!("استُورد: {annotations}، وأضيف: {documents}."),
        Lang::English => format!("Imported {annotations}; {documents} added."),
    }
}

/// Asked before removing an imported document with its annotations.
pub fn remove_confirm(lang: Lang, title: &str, n: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(n,
            zero: "إزالة «{title}» من هذا المتصفح؟ لا يمكن التراجع عن ذلك.",
            one: "إزالة «{title}» وتعليقه الوحيد من هذا المتصفح؟ لا يمكن التراجع عن ذلك.",
            two: "إزالة «{title}» وتعليقيه من هذا المتصفح؟ لا يمكن التراجع عن ذلك.",
            few: "إزالة «{title}» و{n} تعليقات عليه من هذا المتصفح؟ لا يمكن التراجع عن ذلك.",
            many: "إزالة «{title}» و{n} تعليقًا عليه من هذا المتصفح؟ لا يمكن التراجع عن ذلك.",
            other: "إزالة «{title}» و{n} تعليق عليه من هذا المتصفح؟ لا يمكن التراجع عن ذلك.",
        ),
        Lang::English => english!(n,
            one: "Remove “{title}” and its {n} annotation from this browser? This cannot be undone.",
            other: "Remove “{title}” and its {n} annotations from this browser? This cannot be undone.",
        ),
    }
}
