//! The top bar: name, document switcher, import and export, language switch;
//! before it, the first Tab stop: a "skip to the text" button.

use crate::browser::dom;
use crate::browser::form::{self, File};
use crate::core::formats::export::APP_VERSION;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Panel, Panels};
use crate::core::text::document::Document;
use crate::ui::chrome::document_switcher::DocumentSwitcher;
use crate::ui::chrome::language_switch::LanguageSwitch;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Every document.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// Index of the open one.
    pub open: usize,
    /// Whether the open document can be removed (an imported one, outside
    /// an exercise).
    pub removable: bool,
    /// Interface language.
    pub lang: Lang,
    /// Switches the interface language.
    pub on_language: Callback<Lang>,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
    /// Files were chosen for import.
    pub on_files: Callback<Vec<File>>,
    /// Shown under the name: where saving stands.
    #[prop_or_default]
    pub children: Html,
}

/// The top bar.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let picker = use_node_ref();
    let choose = {
        let picker = picker.clone();
        Callback::from(move |_: MouseEvent| {
            form::open_picker(&picker);
        })
    };
    let on_change = {
        let on_files = props.on_files.clone();
        Callback::from(move |event: Event| {
            on_files.emit(form::picked(&event));
        })
    };
    let export = props.on_action.reform(|_: MouseEvent| Action::Panels(Panels::Open(Panel::Export)));
    let paste = props.on_action.reform(|_: MouseEvent| Action::Panels(Panels::Open(Panel::Paste)));
    let remove = props.on_action.reform(|_: MouseEvent| Action::Panels(Panels::Open(Panel::ConfirmRemove)));
    let removable = props.removable;
    let skip = Callback::from(|_: MouseEvent| dom::focus(".document[role=listbox]"));
    html! {
        <>
        <button type="button" class="skip-link" onclick={skip}>{ tr(lang, Text::SkipToText) }</button>
        <header class="topbar">
            <div class="brand">
                <span class="brand-name">{ tr(lang, Text::AppName) }</span>
                <span class="brand-tagline">{ tr(lang, Text::Tagline) }</span>
                <span class="app-version" dir="ltr" title={tr(lang, Text::Version)}>{ format!("v{APP_VERSION}") }</span>
                { props.children.clone() }
            </div>
            <DocumentSwitcher documents={props.documents.clone()} open={props.open} {lang} on_action={props.on_action.clone()} />
            if removable {
                <button type="button" class="quiet" data-action="remove-document" onclick={remove}>{ tr(lang, Text::RemoveDocument) }</button>
            }
            <div class="file-actions">
                <input ref={picker} id="import-file" type="file" class="visually-hidden" tabindex="-1" aria-hidden="true"
                    multiple=true accept=".txt,.text,.csv,.tsv,.tab,.jsonl,.ndjson,.json,.jsonld,.html,.htm,.docx,.doc,.pdf,.xlsx,.xls,.odt,.rtf,text/plain,text/csv,text/tab-separated-values,text/html,application/json,application/ld+json" aria-label={tr(lang, Text::Import)} onchange={on_change} />
                <button type="button" class="quiet" data-action="import" title={tr(lang, Text::ImportHint)} onclick={choose}>
                    { tr(lang, Text::Import) }
                </button>
                <button type="button" class="quiet" data-action="paste" onclick={paste}>{ tr(lang, Text::PasteText) }</button>
                <button type="button" class="primary" data-action="export" onclick={export}>{ tr(lang, Text::Export) }</button>
            </div>
            <LanguageSwitch {lang} on_language={props.on_language.clone()} />
        </header>
        </>
    }
}
