//! Arabic messages that quote code: paths, format names and values from a
//! file are bidi isolates, so they read whole inside a right-to-left sentence.

use hamish_core::formats::errors::{ImportError, Problem};
use hamish_core::i18n::Lang;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn isolated(value: &str) -> String {
    format!("{FSI}{value}{PDI}")
}

#[test]
fn arabic_import_errors_isolate_paths_and_format_names() {
    let invalid =
        ImportError::Invalid { path: "documents[1].sentences[2].start".into(), problem: Problem::ExpectedNumber };
    let arabic = invalid.describe(Lang::Arabic);
    assert!(arabic.starts_with(&isolated("documents[1].sentences[2].start")), "{arabic}");
    assert!(arabic.ends_with("يُتوقع عدد"), "{arabic}");

    let malformed = ImportError::MalformedJson { line: 1, column: 23, message: "EOF".into() };
    assert_eq!(malformed.describe(Lang::Arabic), format!("{} غير سليم في السطر 1، العمود 23.", isolated("JSON")));

    let not_utf8 = ImportError::NotUtf8 { at: 7 }.describe(Lang::Arabic);
    assert!(not_utf8.contains(&isolated("UTF-8")), "{not_utf8}");

    let other = ImportError::NotHamish { found: "\"label-studio\"".into() }.describe(Lang::Arabic);
    assert!(other.contains(&isolated("format: \"label-studio\"")), "{other}");

    let unknown =
        ImportError::Invalid { path: "labels[0].color".into(), problem: Problem::UnknownColor("mauve".into()) };
    assert!(unknown.describe(Lang::Arabic).contains(&isolated("mauve")));
}

#[test]
fn english_messages_are_left_as_they_read() {
    let invalid =
        ImportError::Invalid { path: "documents[1].sentences[2].start".into(), problem: Problem::ExpectedNumber };
    assert_eq!(invalid.describe(Lang::English), "documents[1].sentences[2].start: expected a number");
    let malformed = ImportError::MalformedJson { line: 1, column: 23, message: "EOF".into() };
    assert!(!malformed.describe(Lang::English).contains(FSI));
}

#[test]
fn a_hostile_value_cannot_leak_its_direction_out_of_the_message() {
    // An override inside a value stays inside its isolate: the message ends
    // with the isolate closed and the Arabic words after it.
    let hostile = ImportError::Invalid { path: "labels[0]".into(), problem: Problem::Duplicate("\u{202E}abc".into()) };
    let arabic = hostile.describe(Lang::Arabic);
    assert!(arabic.contains(&isolated("\u{202E}abc")), "{arabic}");
}
