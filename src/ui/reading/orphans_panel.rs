//! Annotations whose sentence was not found after a text changed.

use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::anchor::Orphan;
use crate::core::model::labels::LabelSet;
use crate::core::text::document::DocumentId;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`OrphansPanel`].
#[derive(Properties, PartialEq)]
pub struct OrphansPanelProps {
    /// Orphans by document.
    pub orphans: Rc<BTreeMap<DocumentId, Vec<Orphan>>>,
    /// The label set (names).
    pub labels: Rc<LabelSet>,
    /// Interface language.
    pub lang: Lang,
}

/// The list, shown only when there are orphans.
#[function_component(OrphansPanel)]
pub fn orphans_panel(props: &OrphansPanelProps) -> Html {
    let lang = props.lang;
    let count: usize = props.orphans.values().map(Vec::len).sum();
    if count == 0 {
        return html! {};
    }
    let rows = props.orphans.values().flatten().map(|orphan| {
        let names: Vec<String> = orphan
            .annotation
            .labels
            .iter()
            .map(|id| {
                props.labels.get(*id).map_or_else(|| format!("#{id}"), |label| label.display_name(lang).to_string())
            })
            .collect();
        html! {
            <li class="orphan">
                <span class="orphan-doc" dir="auto">{ orphan.doc.0.clone() }</span>
                <span class="orphan-quote" dir="rtl" lang="ar">{ format!("«{}…»", orphan.quote) }</span>
                <span class="orphan-place">{ format!("[{}–{}]", orphan.start, orphan.end) }</span>
                <span class="orphan-labels" dir="auto">{ names.join(lang.list_separator()) }</span>
                if !orphan.annotation.note.is_empty() {
                    <span class="orphan-note" dir="auto">{ format!("✎ {}", orphan.annotation.note) }</span>
                }
            </li>
        }
    });
    html! {
        <section class="orphans" aria-labelledby="orphans-title">
            <h2 id="orphans-title" class="panel-title">{ reading::orphans_title(lang, count) }</h2>
            <p class="hint">{ tr(lang, Text::OrphansHelp) }</p>
            <ul>{ for rows }</ul>
        </section>
    }
}
