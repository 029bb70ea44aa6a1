//! The preferences: interface language, annotator's name, colours, text
//! size, and whether a label key moves on to the next unlabeled sentence.

use super::action::Setting;
use super::{State, Step};
use crate::i18n::lang::Lang;
use crate::model::prefs::{Preferences, TextSize, Theme};
use crate::text::document::DocumentId;

/// What is remembered across visits besides the work (and the open
/// document, which the view knows).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prefs {
    /// The interface language.
    pub lang: Lang,
    /// The annotator's name, for exports.
    pub annotator: String,
    /// Light, dark or system colours.
    pub theme: Theme,
    /// Size of the document text.
    pub text_size: TextSize,
    /// After a label key, move to the next unlabeled sentence.
    pub advance: bool,
    /// A span may be any range (else it snaps to whole words).
    pub span_any_range: bool,
}

impl From<&Preferences> for Prefs {
    fn from(preferences: &Preferences) -> Self {
        Prefs {
            lang: preferences.lang,
            annotator: preferences.annotator.clone(),
            theme: preferences.theme,
            text_size: preferences.text_size,
            advance: preferences.advance,
            span_any_range: preferences.span_any_range,
        }
    }
}

impl Prefs {
    /// These preferences with `open_document`, as they are stored.
    pub fn with_open_document(&self, open_document: Option<DocumentId>) -> Preferences {
        Preferences {
            lang: self.lang,
            open_document,
            annotator: self.annotator.clone(),
            theme: self.theme,
            text_size: self.text_size,
            advance: self.advance,
            span_any_range: self.span_any_range,
        }
    }
}

/// Takes in a change of a preference (never recorded for undo).
pub(super) fn reduce(next: &mut State, setting: &Setting) -> Step {
    match setting {
        Setting::Language(lang) => next.prefs.lang = *lang,
        Setting::Annotator(name) => {
            next.prefs.annotator = name.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(80).collect();
        }
        Setting::Theme(theme) => next.prefs.theme = *theme,
        Setting::TextSize(size) => next.prefs.text_size = *size,
        Setting::Advance(on) => next.prefs.advance = *on,
    }
    Step::Done
}
