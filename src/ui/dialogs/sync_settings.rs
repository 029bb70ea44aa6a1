//! The sync section of Settings: a server address and a login to turn
//! sync on; once on, where it stands, and turning it off.

use crate::browser::form;
use crate::core::i18n::said::sync::{other_login, sync_word, SyncWord};
use crate::core::i18n::Lang;
use crate::ui::hooks::{SyncHandle, SyncLogin};
use yew::prelude::*;

/// Props of [`SyncSettings`].
#[derive(Properties, PartialEq)]
pub struct SyncSettingsProps {
    /// Interface language.
    pub lang: Lang,
}

/// The section (sync itself comes through the app's context).
#[function_component(SyncSettings)]
pub fn sync_settings(props: &SyncSettingsProps) -> Html {
    let lang = props.lang;
    let word = |word: SyncWord| sync_word(lang, word);
    let Some(sync) = use_context::<SyncHandle>() else {
        return html! {};
    };
    let (server, name, password) = (use_node_ref(), use_node_ref(), use_node_ref());
    // The server and login last used, filled in again when the form shows.
    {
        let (server, name) = (server.clone(), name.clone());
        use_effect_with((sync.config.is_none(), sync.last.clone()), move |(shown, last)| {
            if let (true, Some((last_server, last_name))) = (*shown, last) {
                form::fill(&server, last_server);
                form::fill(&name, last_name);
            }
        });
    }
    let body = match &sync.config {
        _ if !sync.available => html! { <p class="hint">{ word(SyncWord::NeedsAddress) }</p> },
        Some(config) => {
            let said = sync.state.word().map(word).unwrap_or_default();
            let on_off = sync.on_turn_off.reform(|_: MouseEvent| ());
            html! {
                <>
                    <p class="sync-login" dir="ltr">{ format!("{} · {}", config.name, config.server) }</p>
                    <p class="sync-state" role="status" data-sync={state_name(sync.state)}>{ said }</p>
                    <p class="hint">{ word(SyncWord::OffKeeps) }</p>
                    <button type="button" data-action="sync-off" onclick={on_off}>{ word(SyncWord::TurnOff) }</button>
                </>
            }
        }
        None => {
            let typed = {
                let (server, name, password) = (server.clone(), name.clone(), password.clone());
                move |anyway: bool| SyncLogin {
                    server: form::value(&server),
                    name: form::value(&name),
                    password: form::value(&password),
                    anyway,
                }
            };
            let onsubmit = {
                let (typed, on) = (typed.clone(), sync.on_turn_on.clone());
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    on.emit(typed(false));
                })
            };
            let anyway = {
                let on = sync.on_turn_on.clone();
                Callback::from(move |_: MouseEvent| on.emit(typed(true)))
            };
            html! {
                <form class="sync-form" {onsubmit} novalidate=true>
                    <p class="hint">{ word(SyncWord::About) }</p>
                    <label>{ word(SyncWord::Server) }
                        <input id="sync-server" ref={server} type="url" dir="ltr" autocomplete="url" placeholder="https://" />
                    </label>
                    <label>{ word(SyncWord::Name) }
                        <input id="sync-name" ref={name} type="text" dir="auto" autocomplete="username" />
                    </label>
                    <label>{ word(SyncWord::Password) }
                        <input id="sync-password" ref={password} type="password" dir="ltr" autocomplete="current-password" />
                    </label>
                    if let Some(problem) = sync.problem {
                        <p class="field-error" role="alert">{ word(problem.word()) }</p>
                    }
                    if let Some((earlier, now)) = &sync.other_login {
                        <div class="field-error" role="alert" data-other-login={earlier.clone()}>
                            <p>{ other_login(lang, earlier, now) }</p>
                            <button type="button" data-action="sync-on-anyway" onclick={anyway}>{ word(SyncWord::TurnOnAnyway) }</button>
                        </div>
                    }
                    <p class="hint">{ word(SyncWord::PasswordKept) }</p>
                    <button type="submit" data-action="sync-on">{ word(SyncWord::TurnOn) }</button>
                </form>
            }
        }
    };
    html! {
        <section class="sync-settings" aria-labelledby="sync-legend">
            <h3 id="sync-legend">{ word(SyncWord::Legend) }</h3>
            { body }
        </section>
    }
}

/// Where sync stands, as a name the page's tests and styles can read.
pub fn state_name(state: crate::core::store::SyncState) -> &'static str {
    use crate::core::store::{SyncError, SyncState};
    match state {
        SyncState::Off => "off",
        SyncState::Elsewhere => "elsewhere",
        SyncState::Connecting => "connecting",
        SyncState::Syncing => "syncing",
        SyncState::Synced => "synced",
        SyncState::Offline => "offline",
        SyncState::Error(SyncError::Login) => "error-login",
        SyncState::Error(SyncError::Forbidden) => "error-forbidden",
        SyncState::Error(SyncError::Missing) => "error-missing",
        SyncState::Error(SyncError::Unreachable) => "error-unreachable",
        SyncState::Error(SyncError::Storage) => "error-storage",
        SyncState::Error(SyncError::Other) => "error",
    }
}
