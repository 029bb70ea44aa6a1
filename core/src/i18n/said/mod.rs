//! Words with numbers and names in them: one function per message, its
//! arguments typed, both languages side by side. Each form is a `format!`
//! string, so a name that is not an argument does not compile; where a
//! number meets a noun the form follows the number's plural category (see
//! [`super::plural`]): "جملة واحدة", "جملتان", "3 جمل", "11 جملة", "100
//! جملة"; "1 sentence", "2 sentences".

use super::lang::Lang;
use super::plural::{category, Plural};

pub mod classroom;
pub mod file_errors;
pub mod files;
pub mod import;
pub mod reading;
pub mod sync;

/// A noun counted in a list of figures ("3 documents, 11 annotations"):
/// its Arabic forms by plural category and its English singular and plural.
#[derive(Clone, Copy, Debug)]
pub struct Noun {
    /// Arabic for none: "لا مستندات".
    pub zero: &'static str,
    /// Arabic for one, the whole phrase: "مستند واحد".
    pub one: &'static str,
    /// Arabic for two, the whole phrase (the dual): "مستندان".
    pub two: &'static str,
    /// Arabic after 3–10: "مستندات".
    pub few: &'static str,
    /// Arabic after 11–99, singular and accusative: "مستندًا".
    pub many: &'static str,
    /// Arabic after 100 and the rest, singular and genitive: "مستند".
    pub other: &'static str,
    /// English singular.
    pub singular: &'static str,
    /// English plural.
    pub plural: &'static str,
}

/// `n` and `noun` as they go together in `lang`.
pub fn counted(lang: Lang, n: usize, noun: &Noun) -> String {
    match (lang, category(lang, n)) {
        (Lang::Arabic, Plural::Zero) => noun.zero.to_string(),
        (Lang::Arabic, Plural::One) => noun.one.to_string(),
        (Lang::Arabic, Plural::Two) => noun.two.to_string(),
        (Lang::Arabic, Plural::Few) => format!("{n} {}", noun.few),
        (Lang::Arabic, Plural::Many) => format!("{n} {}", noun.many),
        (Lang::Arabic, Plural::Other) => format!("{n} {}", noun.other),
        (Lang::English, Plural::One) => format!("{n} {}", noun.singular),
        (Lang::English, _) => format!("{n} {}", noun.plural),
    }
}

/// A document.
pub const DOCUMENT: Noun = Noun {
    zero: "لا مستندات",
    one: "مستند واحد",
    two: "مستندان",
    few: "مستندات",
    many: "مستندًا",
    other: "مستند",
    singular: "document",
    plural: "documents",
};

/// An annotation.
pub const ANNOTATION: Noun = Noun {
    zero: "لا تعليقات",
    one: "تعليق واحد",
    two: "تعليقان",
    few: "تعليقات",
    many: "تعليقًا",
    other: "تعليق",
    singular: "annotation",
    plural: "annotations",
};

/// A conflict between a file and the work.
pub const CONFLICT: Noun = Noun {
    zero: "لا تعارضات",
    one: "تعارض واحد",
    two: "تعارضان",
    few: "تعارضات",
    many: "تعارضًا",
    other: "تعارض",
    singular: "conflict",
    plural: "conflicts",
};

/// A row of a table.
pub const ROW: Noun = Noun {
    zero: "لا صفوف",
    one: "صف واحد",
    two: "صفان",
    few: "صفوف",
    many: "صفًا",
    other: "صف",
    singular: "row",
    plural: "rows",
};

/// A file.
pub const FILE: Noun = Noun {
    zero: "لا ملفات",
    one: "ملف واحد",
    two: "ملفان",
    few: "ملفات",
    many: "ملفًا",
    other: "ملف",
    singular: "file",
    plural: "files",
};

/// A sentence.
pub const SENTENCE: Noun = Noun {
    zero: "لا جمل",
    one: "جملة واحدة",
    two: "جملتان",
    few: "جمل",
    many: "جملة",
    other: "جملة",
    singular: "sentence",
    plural: "sentences",
};

/// `value` read whole inside right-to-left text (a bidi isolate) in
/// Arabic; as it is in English.
pub fn isolate(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Arabic => format!("\u{2068}{value}\u{2069}"),
        Lang::English => value.to_string(),
    }
}

/// A message as a function of the language and one count.
pub type CountedMessage = Box<dyn Fn(Lang, usize) -> String>;

/// Every message with one count in it, as a function of the language and
/// the count (other arguments fixed), for the tests that read them all.
pub fn counted_messages() -> Vec<(&'static str, CountedMessage)> {
    use self::{classroom as c, file_errors, import as i, reading as r};
    vec![
        ("sentence_count", Box::new(r::sentence_count)),
        ("without_identifier", Box::new(c::without_identifier)),
        ("navigator_notes", Box::new(r::navigator_notes)),
        ("suggestions_to_review", Box::new(r::suggestions_to_review)),
        ("suggestions_accepted", Box::new(r::suggestions_accepted)),
        ("note_length", Box::new(|lang, n| r::note_length(lang, 3, n))),
        ("note_overflow", Box::new(|lang, n| r::note_overflow(lang, n, 5000))),
        ("search_count", Box::new(|lang, n| r::search_count(lang, n, n.min(200)))),
        ("delete_in_use", Box::new(r::delete_in_use)),
        ("label_deleted", Box::new(|lang, n| r::label_deleted(lang, "رأي", n))),
        ("and_more", Box::new(r::and_more)),
        ("import_summary", Box::new(|lang, n| i::import_summary(lang, n, n, n, n))),
        ("import_unplaced", Box::new(i::import_unplaced)),
        ("import_accept_labels", Box::new(i::import_accept_labels)),
        ("import_new_labels", Box::new(i::import_new_labels)),
        ("import_other_documents", Box::new(|lang, n| i::import_other_documents(lang, n, "news"))),
        ("import_quotes_not_found", Box::new(i::import_quotes_not_found)),
        ("import_spans_across", Box::new(i::import_spans_across)),
        ("preview_rows", Box::new(|lang, n| i::preview_rows(lang, n, n, n))),
        ("preview_spans", Box::new(i::preview_spans)),
        ("summary_totals", Box::new(|lang, n| i::summary_totals(lang, n, n, n))),
        ("summary_added", Box::new(i::summary_added)),
        ("summary_already", Box::new(i::summary_already)),
        ("summary_empty_rows", Box::new(i::summary_empty_rows)),
        ("summary_repeated_ids", Box::new(i::summary_repeated_ids)),
        ("import_waiting", Box::new(i::import_waiting)),
        ("summary_joined_lines", Box::new(i::summary_joined_lines)),
        ("summary_labeled", Box::new(i::summary_labeled)),
        ("summary_spans", Box::new(i::summary_spans)),
        ("summary_kept_whole", Box::new(i::summary_kept_whole)),
        ("summary_spans_not_imported", Box::new(i::summary_spans_not_imported)),
        ("notice_imported", Box::new(|lang, n| i::notice_imported(lang, n, n))),
        ("remove_confirm", Box::new(|lang, n| i::remove_confirm(lang, "مقال", n))),
        ("out_of_range", Box::new(|lang, n| file_errors::out_of_range(lang, 2, 9, n))),
        ("feedback_unlabeled", Box::new(c::feedback_unlabeled)),
        ("feedback_label", Box::new(|lang, n| c::feedback_label(lang, "رأي", "50.0", n))),
        ("self_check_unlabeled", Box::new(c::self_check_unlabeled)),
        ("key_made_ties", Box::new(c::key_made_ties)),
    ]
}
