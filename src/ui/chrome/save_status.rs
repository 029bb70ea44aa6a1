//! The quiet "saving…" under the app's name: shown only when a write takes
//! long enough to notice, taking no room, and not read out.

use crate::browser::persistence::Persistence;
use crate::core::i18n::{tr, Lang, Text};
use crate::ui::hooks::use_save_status;
use yew::prelude::*;

/// Props of [`SaveStatus`].
#[derive(Properties, PartialEq)]
pub struct SaveStatusProps {
    /// The writer, watched.
    pub persistence: Persistence,
    /// Interface language.
    pub lang: Lang,
}

/// The indicator.
#[function_component(SaveStatus)]
pub fn save_status(props: &SaveStatusProps) -> Html {
    let saving = use_save_status(&props.persistence).saving;
    html! {
        <span class="save-status" data-saving={saving.to_string()} aria-hidden={(!saving).to_string()}>
            { tr(props.lang, Text::Saving) }
        </span>
    }
}
