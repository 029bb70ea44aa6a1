//! The open document in the top bar: with several documents, a button with
//! its title and place ("3 / 5,000") that opens the corpus navigator; with
//! one, its title.

use crate::core::corpus::navigator::grouped;
use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Panel, Panels};
use crate::core::text::document::Document;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DocumentSwitcher`].
#[derive(Properties, PartialEq)]
pub struct DocumentSwitcherProps {
    /// Every document.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// Index of the open one.
    pub open: usize,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action (opening the navigator).
    pub on_action: Callback<Action>,
}

/// The open document's title, and with several documents the button that
/// opens the navigator.
#[function_component(DocumentSwitcher)]
pub fn document_switcher(props: &DocumentSwitcherProps) -> Html {
    let lang = props.lang;
    let label = tr(lang, Text::Document);
    let title = props.documents.get(props.open).map(|document| document.title.clone()).unwrap_or_default();
    if props.documents.len() < 2 {
        return html! {
            <div class="switcher">
                <span class="switcher-label">{ label }</span>
                <span class="switcher-title" dir="auto">{ title }</span>
            </div>
        };
    }
    let (place, total) = (grouped(props.open + 1), grouped(props.documents.len()));
    let said = reading::navigator_position(lang, props.open + 1, props.documents.len());
    let open = props.on_action.reform(|_: MouseEvent| Action::Panels(Panels::Open(Panel::Navigator)));
    html! {
        <button type="button" class="switcher switcher-button" data-action="open-navigator" aria-haspopup="dialog"
            title={tr(lang, Text::NavigatorHint)} onclick={open}>
            <span class="switcher-label">{ label }</span>
            <span class="switcher-title" dir="auto">{ title }</span>
            <span class="switcher-position" dir="ltr" aria-hidden="true">{ format!("{place} / {total}") }</span>
            <span class="visually-hidden">{ format!(" {said}") }</span>
        </button>
    }
}
