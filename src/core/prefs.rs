//! What the app remembers between visits besides the work itself (stored
//! by [`crate::core::store`]).

use super::document::DocumentId;
use super::strings::Lang;
use serde::{Deserialize, Serialize};

/// Interface language and the open document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// Interface language.
    pub lang: Lang,
    /// The document open last.
    pub open_document: Option<DocumentId>,
    /// The annotator's name, written into exports.
    #[serde(default)]
    pub annotator: String,
}
