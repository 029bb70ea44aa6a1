//! Where sync stands, beside the app's name, while sync is on.

use crate::core::i18n::said::sync::sync_word;
use crate::core::i18n::Lang;
use crate::ui::dialogs::sync_settings::state_name;
use crate::ui::hooks::SyncHandle;
use yew::prelude::*;

/// Props of [`SyncStatus`].
#[derive(Properties, PartialEq)]
pub struct SyncStatusProps {
    /// Interface language.
    pub lang: Lang,
}

/// The indicator (nothing while sync is off).
#[function_component(SyncStatus)]
pub fn sync_status(props: &SyncStatusProps) -> Html {
    let Some(sync) = use_context::<SyncHandle>() else {
        return html! {};
    };
    match (sync.state.short_word(), sync.state.word()) {
        (Some(short), Some(whole)) if sync.config.is_some() => html! {
            <span class="sync-status" data-sync={state_name(sync.state)} role="status" title={sync_word(props.lang, whole)}>
                { sync_word(props.lang, short) }
            </span>
        },
        _ => html! {},
    }
}
