//! In Compare, for a teacher whose login teaches a class on the sync
//! server: read every student's submission from her database.

use crate::core::i18n::said::sync::{sync_word, SyncWord};
use crate::core::i18n::Lang;
use crate::core::store::ClassRole;
use crate::ui::hooks::SyncHandle;
use yew::prelude::*;

/// Props of [`ReadFromServer`].
#[derive(Properties, PartialEq)]
pub struct ReadFromServerProps {
    /// Interface language.
    pub lang: Lang,
}

/// The button (nothing unless this login teaches a class).
#[function_component(ReadFromServer)]
pub fn read_from_server(props: &ReadFromServerProps) -> Html {
    let Some(sync) = use_context::<SyncHandle>() else {
        return html! {};
    };
    match &sync.class.info {
        Some(info) if info.role == ClassRole::Teacher => {
            let onclick = sync.class.on_read.reform(|_: MouseEvent| ());
            html! {
                <button type="button" class="quiet" data-action="read-class" {onclick}>
                    { sync_word(props.lang, SyncWord::ReadClass) }
                    { " · " }<span dir="auto">{ &info.class.title }</span>
                </button>
            }
        }
        _ => html! {},
    }
}
