//! The top bar: name, document switcher, language switch.

use crate::core::document::{Document, DocumentId};
use crate::core::strings::{tr, Lang, Text};
use crate::ui::document_switcher::DocumentSwitcher;
use crate::ui::language_switch::LanguageSwitch;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Every document.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// Index of the open one.
    pub open: usize,
    /// Interface language.
    pub lang: Lang,
    /// Opens a document.
    pub on_open: Callback<DocumentId>,
    /// Switches the interface language.
    pub on_language: Callback<Lang>,
}

/// The top bar.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="topbar">
            <div class="brand">
                <span class="brand-name">{ tr(lang, Text::AppName) }</span>
                <span class="brand-tagline">{ tr(lang, Text::Tagline) }</span>
            </div>
            <DocumentSwitcher documents={props.documents.clone()} open={props.open} {lang} on_open={props.on_open.clone()} />
            <LanguageSwitch {lang} on_language={props.on_language.clone()} />
        </header>
    }
}
