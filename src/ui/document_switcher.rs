//! Chooses the open document (shown only with several documents).

use crate::core::document::{Document, DocumentId};
use crate::core::strings::{tr, Lang, Text};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
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
    /// Opens a document.
    pub on_open: Callback<DocumentId>,
}

/// A labelled `<select>` of document titles; with one document, its title.
#[function_component(DocumentSwitcher)]
pub fn document_switcher(props: &DocumentSwitcherProps) -> Html {
    let label = tr(props.lang, Text::Document);
    if props.documents.len() < 2 {
        let title = props.documents.first().map(|document| document.title.clone()).unwrap_or_default();
        return html! {
            <div class="switcher">
                <span class="switcher-label">{ label }</span>
                <span class="switcher-title" dir="auto">{ title }</span>
            </div>
        };
    }
    let on_change = {
        let on_open = props.on_open.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                on_open.emit(DocumentId(select.value()));
            }
        })
    };
    html! {
        <label class="switcher">
            <span class="switcher-label">{ label }</span>
            <select onchange={on_change}>
                { for props.documents.iter().enumerate().map(|(index, document)| html! {
                    <option value={document.id.0.clone()} selected={index == props.open} dir="auto">{ document.title.clone() }</option>
                }) }
            </select>
        </label>
    }
}
