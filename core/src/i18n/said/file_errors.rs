//! Words with numbers and names for what is wrong with a file: its
//! encoding, its kind, a malformed table or JSON, unknown documents, labels
//! and offsets. Names and values from the file are bidi isolates in Arabic,
//! so they read whole inside the sentence.

use super::isolate;
use crate::i18n::lang::Lang;
use crate::{arabic, english};

/// A file that is not UTF-8: where the first invalid byte is.
pub fn not_utf8(lang: Lang, at: usize) -> String {
    let utf8 = isolate(lang, "UTF-8");
    match lang {
        Lang::Arabic => format!("الملف ليس نصًا بترميز {utf8} (بايت غير صالح عند الموضع {at})."),
        Lang::English => format!("The file is not {utf8} text (invalid byte at {at})."),
    }
}

/// A word processor's or other binary file, to be pasted as text.
pub fn not_plain_text(lang: Lang, kind: &str) -> String {
    let kind = isolate(lang, kind);
    match lang {
        Lang::Arabic => format!("هذا ملف {kind}، وهامش يقرأ النص العادي. افتحه وانسخ نصه، ثم اختر «لصق نص»."),
        Lang::English => {
            format!("This is a {kind} file; Hamish reads plain text. Open it, copy its text, and choose “Paste text”.")
        }
    }
}

/// A spreadsheet, to be saved as CSV.
pub fn spreadsheet(lang: Lang, kind: &str) -> String {
    let kind = isolate(lang, kind);
    match lang {
        Lang::Arabic => {
            format!("هذا ملف {kind}. احفظه بصيغة CSV ‏(UTF-8) وافتح الملف الناتج، أو انسخ النص واختر «لصق نص».")
        }
        Lang::English => {
            format!("This is an {kind} file. Save it as CSV (UTF-8) and open that, or copy the text and choose “Paste text”.")
        }
    }
}

/// Bytes that are not text in the encoding chosen.
pub fn undecodable(lang: Lang, encoding: &str) -> String {
    let encoding = isolate(lang, encoding);
    match lang {
        Lang::Arabic => format!("لا يُقرأ الملف بترميز {encoding}؛ اختر ترميزًا آخر."),
        Lang::English => format!("The file does not read as {encoding}; choose another encoding."),
    }
}

/// A table that does not parse, and where.
pub fn malformed_table(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Arabic => format!("تعذّرت قراءة الجدول عند السطر {line}."),
        Lang::English => format!("The table could not be read at line {line}."),
    }
}

/// JSON that does not parse, and where.
pub fn malformed_json(lang: Lang, line: usize, column: usize) -> String {
    let json = isolate(lang, "JSON");
    match lang {
        Lang::Arabic => format!("{json} غير سليم في السطر {line}، العمود {column}."),
        Lang::English => format!("Malformed {json} at line {line}, column {column}."),
    }
}

/// JSON of another kind than Hamish's.
pub fn not_hamish(lang: Lang, found: &str) -> String {
    let (json, format) = (isolate(lang, "JSON"), isolate(lang, &format!("format: {found}")));
    match lang {
        Lang::Arabic => format!("ملف {json} هذا ليس ملف هامش ({format})."),
        Lang::English => format!("This {json} is not a Hamish file ({format})."),
    }
}

/// A file of a later version of the format.
pub fn too_new(lang: Lang, version: u64) -> String {
    match lang {
        Lang::Arabic => format!("أُنشئ الملف بإصدار أحدث من هامش (إصدار الصيغة {version})؛ حدّث هامش لاستيراده."),
        Lang::English => {
            format!("The file was made by a newer version of Hamish (format version {version}); update Hamish to import it.")
        }
    }
}

/// W3C annotations of documents none of which is open.
pub fn unknown_documents(lang: Lang, ids: &[&str]) -> String {
    let ids: Vec<String> = ids.iter().map(|id| isolate(lang, id)).collect();
    let ids = ids.join(lang.list_separator());
    match lang {
        Lang::Arabic => format!("لا مستند في هامش من مستندات هذه التعليقات: {ids}. ملف W3C لا يحمل نص المستندات، فافتحها أولًا ثم استورد الملف."),
        Lang::English => format!("None of the documents these annotations belong to is in Hamish: {ids}. A W3C file carries no document text: open those documents first, then import it."),
    }
}

/// Offsets outside the text.
pub fn out_of_range(lang: Lang, start: u64, end: u64, length: usize) -> String {
    match lang {
        Lang::Arabic => arabic!(length,
            zero: "الموضعان {start}–{end} خارج النص (وهو فارغ)",
            one: "الموضعان {start}–{end} خارج النص (طوله حرف واحد)",
            two: "الموضعان {start}–{end} خارج النص (طوله حرفان)",
            few: "الموضعان {start}–{end} خارج النص (طوله {length} أحرف)",
            many: "الموضعان {start}–{end} خارج النص (طوله {length} حرفًا)",
            other: "الموضعان {start}–{end} خارج النص (طوله {length} حرف)",
        ),
        Lang::English => english!(length,
            one: "offsets {start}–{end} are outside the text ({length} character)",
            other: "offsets {start}–{end} are outside the text ({length} characters)",
        ),
    }
}

/// A span empty or outside its sentence.
pub fn span_outside_sentence(lang: Lang, start: u64, end: u64, from: usize, to: usize) -> String {
    match lang {
        Lang::Arabic => format!("المقطع {start}–{end} فارغ أو خارج جملته ({from}–{to})"),
        Lang::English => format!("span {start}–{end} is empty or outside its sentence ({from}–{to})"),
    }
}

/// A label the file's label set does not have.
pub fn unknown_label(lang: Lang, name: &str) -> String {
    let name = isolate(lang, name);
    match lang {
        Lang::Arabic => format!("تصنيف غير معروف «{name}»"),
        Lang::English => format!("unknown label “{name}”"),
    }
}

/// A name given twice.
pub fn duplicate(lang: Lang, name: &str) -> String {
    let name = isolate(lang, name);
    match lang {
        Lang::Arabic => format!("«{name}» مكرر"),
        Lang::English => format!("“{name}” appears twice"),
    }
}

/// A colour the app does not have.
pub fn unknown_color(lang: Lang, name: &str) -> String {
    let name = isolate(lang, name);
    match lang {
        Lang::Arabic => format!("لون غير معروف «{name}»"),
        Lang::English => format!("unknown colour “{name}”"),
    }
}

/// A label scope the app does not have.
pub fn unknown_scope(lang: Lang, name: &str) -> String {
    let name = isolate(lang, name);
    match lang {
        Lang::Arabic => format!("نطاق غير معروف «{name}»: يكون sentence أو span أو both"),
        Lang::English => format!("unknown scope “{name}”: it is sentence, span or both"),
    }
}
