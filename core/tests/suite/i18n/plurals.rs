//! Where a number meets a noun, both languages agree with it: a table of
//! the messages people read most, for 0, 1, 2, 3, 10, 11 and 100, and every
//! message with a count read for those numbers (no placeholder left, a form
//! for each plural category).

use hamish_core::i18n::said::{counted_messages, import, reading};
use hamish_core::i18n::Lang;
use std::collections::HashSet;

const COUNTS: [usize; 7] = [0, 1, 2, 3, 10, 11, 100];

fn table(message: impl Fn(Lang, usize) -> String, lang: Lang) -> Vec<String> {
    COUNTS.iter().map(|n| message(lang, *n)).collect()
}

#[test]
fn sentences_are_counted_as_arabic_and_english_count_them() {
    assert_eq!(
        table(reading::sentence_count, Lang::Arabic),
        ["لا جمل", "جملة واحدة", "جملتان", "3 جمل", "10 جمل", "11 جملة", "100 جملة"]
    );
    assert_eq!(
        table(reading::sentence_count, Lang::English),
        ["0 sentences", "1 sentence", "2 sentences", "3 sentences", "10 sentences", "11 sentences", "100 sentences"]
    );
}

#[test]
fn a_batch_summary_agrees_with_each_of_its_numbers() {
    let arabic = table(|lang, n| import::summary_totals(lang, n, 0, n), Lang::Arabic);
    assert_eq!(
        arabic,
        [
            "لم يُضف أي مستند.",
            "أُضيف مستند واحد، ورُفض ملف واحد.",
            "أُضيف مستندان، ورُفض ملفان.",
            "أُضيف 3 مستندات، ورُفض 3 ملفات.",
            "أُضيف 10 مستندات، ورُفض 10 ملفات.",
            "أُضيف 11 مستندًا، ورُفض 11 ملفًا.",
            "أُضيف 100 مستند، ورُفض 100 ملف.",
        ]
    );
    assert_eq!(import::summary_totals(Lang::Arabic, 5000, 0, 0), "أُضيف 5000 مستند.");
    assert_eq!(import::summary_totals(Lang::English, 1, 2, 1), "1 document added, 2 already here, 1 file refused.");
    assert_eq!(
        table(|lang, n| import::preview_rows(lang, n, n, 0), Lang::Arabic)[..3],
        ["لا صفوف ← لا مستندات.", "صف واحد ← مستند واحد.", "صفان ← مستندان."]
    );
    assert_eq!(import::preview_rows(Lang::Arabic, 5000, 5000, 0), "5000 صف ← 5000 مستند.");
    assert_eq!(
        import::preview_rows(Lang::English, 12, 11, 1),
        "12 rows → 11 documents; 1 row without text is skipped."
    );
}

#[test]
fn a_deleted_label_says_how_many_sentences_lost_it() {
    assert_eq!(
        table(|lang, n| reading::label_deleted(lang, "رأي", n), Lang::Arabic)[1..4],
        [
            "حُذف التصنيف «رأي»: فقدته جملة واحدة. للتراجع اضغط Ctrl+Z.",
            "حُذف التصنيف «رأي»: فقدته جملتان. للتراجع اضغط Ctrl+Z.",
            "حُذف التصنيف «رأي»: فقدته 3 جمل. للتراجع اضغط Ctrl+Z.",
        ]
    );
    assert_eq!(
        reading::label_deleted(Lang::English, "opinion", 1),
        "Label “opinion” deleted: 1 sentence lost it. Press Ctrl+Z to undo."
    );
}

#[test]
fn every_counted_message_reads_for_every_plural_category() {
    for (name, message) in counted_messages() {
        for lang in [Lang::Arabic, Lang::English] {
            for n in COUNTS {
                let words = message(lang, n);
                assert!(!words.contains('{') && !words.contains('}'), "{name} in {lang:?} for {n}: {words}");
            }
        }
        // Arabic has a form for one, two, few (3–10), many (11–99) and the
        // rest (100): five different sentences once the digits are taken out.
        let forms: HashSet<String> =
            [1, 2, 3, 11, 100].iter().map(|n| message(Lang::Arabic, *n).replace(&n.to_string(), "#")).collect();
        let agrees = forms.len() >= 3;
        let said_as_a_figure = message(Lang::Arabic, 3).contains(": 3");
        assert!(agrees || said_as_a_figure, "{name}: too few Arabic forms: {forms:?}");
    }
}

/// Every message function of `said` that takes a count: it is in the table
/// above, or it is a place or a figure, which meets no noun.
#[test]
fn no_counted_message_is_left_out_of_the_table() {
    let sources = [
        include_str!("../../../src/i18n/said/reading.rs"),
        include_str!("../../../src/i18n/said/import.rs"),
        include_str!("../../../src/i18n/said/classroom.rs"),
        include_str!("../../../src/i18n/said/files.rs"),
    ];
    let figures = [
        "navigator_position",
        "navigator_shown",
        "to_review",
        "sentence_position",
        "note_title",
        "notes_count",
        "note_too_long",
        "orphans_title",
        "importing",
        "reading_percent",
        "summary_span_problem",
        "not_utf8",
        "malformed_table",
        "malformed_json",
        "span_outside_sentence",
        "feedback_score",
        "self_check_score",
        "labeled_of",
        "size",
        "too_large",
        "storage_use",
    ];
    let listed: HashSet<&str> = counted_messages().iter().map(|(name, _)| *name).collect();
    for source in sources {
        for line in source.lines().filter(|line| line.starts_with("pub fn ") && line.contains(": usize")) {
            let name = line["pub fn ".len()..].split('(').next().unwrap_or_default();
            assert!(listed.contains(name) || figures.contains(&name), "{name} takes a count but is not in the table");
        }
    }
}

/// The plural rules the interface uses are CLDR's as the browsers' ICU
/// reads them (`scripts/plural-reference.mjs` wrote the reference), for
/// every count up to 1,099; beyond that only the last two digits count.
#[test]
fn plural_categories_are_the_browsers() {
    use hamish_core::i18n::plural::{category, Plural};
    let reference = include_str!("../../golden/plurals.txt");
    for (lang, tag) in [(Lang::Arabic, "ar"), (Lang::English, "en")] {
        let row = reference
            .lines()
            .find_map(|line| line.strip_prefix(tag).and_then(|rest| rest.strip_prefix(' ')))
            .expect("a reference row for each language");
        assert_eq!(row.chars().count(), 1100);
        for (n, letter) in row.chars().enumerate() {
            let expected = match letter {
                'z' => Plural::Zero,
                'o' => Plural::One,
                't' => Plural::Two,
                'f' => Plural::Few,
                'm' => Plural::Many,
                _ => Plural::Other,
            };
            assert_eq!(category(lang, n), expected, "{tag} {n}");
        }
    }
    assert_eq!(category(Lang::Arabic, 1_000_003), Plural::Few);
    assert_eq!(category(Lang::Arabic, 1_000_011), Plural::Many);
}
