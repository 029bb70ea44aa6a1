//! Where sync stands, beside the app's name, while sync is on. A change
//! not yet stored here is not synced, whatever replication last said.

use crate::browser::persistence::Persistence;
use crate::core::i18n::said::sync::sync_word;
use crate::core::i18n::Lang;
use crate::core::store::SyncState;
use crate::ui::dialogs::sync_settings::state_name;
use crate::ui::hooks::{use_save_status, SyncHandle};
use yew::prelude::*;

/// Props of [`SyncStatus`].
#[derive(Properties, PartialEq)]
pub struct SyncStatusProps {
    /// The writer, watched.
    pub persistence: Persistence,
    /// The state's revision (changes made so far).
    pub revision: u64,
    /// Interface language.
    pub lang: Lang,
}

/// The indicator (nothing while sync is off).
#[function_component(SyncStatus)]
pub fn sync_status(props: &SyncStatusProps) -> Html {
    let stored = use_save_status(&props.persistence).saved >= props.revision;
    let Some(sync) = use_context::<SyncHandle>() else {
        return html! {};
    };
    let state = match sync.state {
        SyncState::Synced if !stored => SyncState::Syncing,
        state => state,
    };
    match (state.short_word(), state.word()) {
        (Some(short), Some(whole)) if sync.config.is_some() => html! {
            <span class="sync-status" data-sync={state_name(state)} role="status" title={sync_word(props.lang, whole)}>
                { sync_word(props.lang, short) }
            </span>
        },
        _ => html! {},
    }
}
