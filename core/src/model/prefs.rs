//! What the app remembers between visits besides the work itself (stored
//! by [`crate::store`]).

use crate::i18n::lang::Lang;
use crate::text::document::DocumentId;
use serde::{Deserialize, Serialize};

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the system setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in the order the settings show them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The name used in stored data and in `data-theme-choice`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The size of the document text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    /// Smaller than usual.
    Small,
    /// The usual size.
    #[default]
    Normal,
    /// Larger.
    Large,
    /// Largest.
    ExtraLarge,
}

impl TextSize {
    /// Every choice, smallest first.
    pub const ALL: [TextSize; 4] = [TextSize::Small, TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    /// The name used in stored data and in `data-text-size`.
    pub fn name(self) -> &'static str {
        match self {
            TextSize::Small => "small",
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "extra-large",
        }
    }
}

/// Interface language, the open document, and display settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// Interface language.
    pub lang: Lang,
    /// The document open last.
    pub open_document: Option<DocumentId>,
    /// The annotator's name, written into exports.
    #[serde(default)]
    pub annotator: String,
    /// Light, dark, or as the system says.
    #[serde(default)]
    pub theme: Theme,
    /// Size of the document text.
    #[serde(default)]
    pub text_size: TextSize,
    /// After a label key, move to the next unlabeled sentence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub advance: bool,
    /// A span may be any range of characters, not only whole words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub span_any_range: bool,
}
