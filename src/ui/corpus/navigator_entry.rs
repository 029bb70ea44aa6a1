//! One document in the corpus navigator: its title, source, sentences,
//! notes and a progress bar with "n of m labeled" and what is to review.

use crate::core::corpus::navigator::{grouped, Row, Status};
use crate::core::i18n::said::reading;
use crate::core::i18n::Lang;
use yew::prelude::*;

/// Props of [`NavigatorEntry`].
#[derive(Properties, PartialEq)]
pub struct NavigatorEntryProps {
    /// The document's row.
    pub row: Row,
    /// Its place in the list shown (from 0).
    pub position: usize,
    /// How many entries the list shows.
    pub total: usize,
    /// Whether it is the active entry (Enter opens it).
    pub active: bool,
    /// Whether it is the open document.
    pub open: bool,
    /// Interface language.
    pub lang: Lang,
    /// Opens the entry at this place.
    pub on_open: Callback<usize>,
}

/// The element id of the entry for document `index`.
pub fn entry_id(index: usize) -> String {
    format!("navigator-doc-{index}")
}

/// An option of the navigator's list box.
#[function_component(NavigatorEntry)]
pub fn navigator_entry(props: &NavigatorEntryProps) -> Html {
    let (row, lang) = (&props.row, props.lang);
    let status = match row.status {
        Status::NotStarted => "not-started",
        Status::InProgress => "in-progress",
        Status::Done => "done",
    };
    let on_click = props.on_open.reform({
        let position = props.position;
        move |_: MouseEvent| position
    });
    let labeled = reading::progress(lang, &grouped(row.labeled), &grouped(row.sentences));
    html! {
        <div id={entry_id(row.index)} class={classes!("nav-entry", props.active.then_some("active"), props.open.then_some("open"))}
            role="option" aria-selected={props.active.to_string()} aria-current={props.open.then_some("true")}
            aria-posinset={(props.position + 1).to_string()} aria-setsize={props.total.to_string()}
            data-doc={row.id.0.clone()} data-status={status} onclick={on_click}>
            <span class="nav-title" dir="auto">{ row.title.clone() }</span>
            <span class="nav-meta">
                if let Some(source) = &row.source {
                    <span class="nav-source" dir="auto">{ source.clone() }</span>
                }
                <span>{ reading::sentence_count(lang, row.sentences) }</span>
                if row.notes > 0 {
                    <span>{ reading::navigator_notes(lang, row.notes) }</span>
                }
            </span>
            <span class="nav-progress">
                <progress max={row.sentences.max(1).to_string()} value={row.labeled.to_string()} aria-hidden="true"></progress>
                <span class="nav-labeled">{ labeled }</span>
                if row.to_review > 0 {
                    <span class="nav-review">{ reading::to_review(lang, row.to_review) }</span>
                }
            </span>
        </div>
    }
}
