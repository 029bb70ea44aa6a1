//! In Compare, for a teacher whose login teaches a class on the sync
//! server: read every student's submission from her database.

use crate::core::i18n::said::sync::{not_started, sync_word, SyncWord};
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
        Some(info) if info.role == ClassRole::Teacher => html! {
            <>
                if !sync.class.not_started.is_empty() {
                    <p class="hint not-started" data-count={sync.class.not_started.len().to_string()}>
                        { not_started(props.lang, &isolated(&sync.class.not_started, props.lang.list_separator())) }
                    </p>
                }
                { for info.classes.iter().rev().map(|class| {
                    let database = class.database.clone();
                    let onclick = sync.class.on_read.reform(move |_: MouseEvent| database.clone());
                    html! {
                        <button type="button" class="quiet" data-action="read-class" data-class={class.database.clone()} {onclick}>
                            { sync_word(props.lang, SyncWord::ReadClass) }
                            { " · " }<span dir="auto">{ &class.class.title }</span>
                        </button>
                    }
                }) }
            </>
        },
        _ => html! {},
    }
}

/// Names listed, each kept apart from its neighbours' direction.
fn isolated(names: &[String], separator: &str) -> String {
    names.iter().map(|name| format!("\u{2068}{name}\u{2069}")).collect::<Vec<_>>().join(separator)
}
