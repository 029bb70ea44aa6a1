//! The interface languages.

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

    /// What separates the items of a list: the Arabic comma in Arabic.
    pub fn list_separator(self) -> &'static str {
        match self {
            Lang::Arabic => "، ",
            Lang::English => ", ",
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
