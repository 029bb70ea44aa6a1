//! Every word of the interface, in Arabic and English.
//!
//! [`tr`] maps a [`Text`] key to both languages in one match arm, so a
//! missing translation does not compile.

use serde::{Deserialize, Serialize};

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Arabic, right-to-left (the default).
    #[default]
    #[serde(rename = "ar")]
    Arabic,
    /// English, left-to-right.
    #[serde(rename = "en")]
    English,
}

impl Lang {
    /// BCP 47 code for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Arabic => "ar",
            Lang::English => "en",
        }
    }

    /// Writing direction for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Arabic => "rtl",
            Lang::English => "ltr",
        }
    }

    /// The other language: what the language switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Arabic => Lang::English,
            Lang::English => Lang::Arabic,
        }
    }
}

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// The product name.
    AppName,
    /// What the product is, under its name.
    Tagline,
    /// Label of the document switcher.
    Document,
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
    /// Keyboard hint under the header.
    KeyboardHint,
    /// Warning when the browser's storage cannot be used.
    StorageUnavailable,
}

/// The words for `text` in `lang`.
pub fn tr(lang: Lang, text: Text) -> &'static str {
    let (arabic, english) = match text {
        Text::AppName => ("هامش", "Hamish"),
        Text::Tagline => ("تعليق الجمل العربية", "Arabic sentence annotation"),
        Text::Document => ("المستند", "Document"),
        Text::SwitchLanguage => ("English", "العربية"),
        Text::SwitchLanguageHint => ("Switch the interface to English", "التبديل إلى الواجهة العربية"),
        Text::SentencesOfDocument => ("جمل المستند", "Sentences of the document"),
        Text::SentenceCount => ("{n} جملة", "{n} sentences"),
        Text::EmptyDocument => ("لا توجد جمل في هذا المستند.", "This document has no sentences."),
        Text::NoDocuments => ("لا توجد مستندات.", "There are no documents."),
        Text::KeyboardHint => (
            "انقر جملة لتحديدها، وتنقّل بالسهمين ↑ ↓ أو j و k.",
            "Click a sentence to select it; move with ↑ ↓ or j and k.",
        ),
        Text::StorageUnavailable => (
            "لا يمكن استخدام تخزين المتصفح: ستضيع التغييرات عند إغلاق الصفحة.",
            "The browser's storage cannot be used: changes will be lost when the page closes.",
        ),
    };
    match lang {
        Lang::Arabic => arabic,
        Lang::English => english,
    }
}

/// The words for `text` in `lang` with `{n}` replaced by `n`.
pub fn tr_count(lang: Lang, text: Text, n: usize) -> String {
    tr(lang, text).replace("{n}", &n.to_string())
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
