//! The root component: owns the state and runs the side effects.

use crate::browser::{dom, keyboard, storage};
use crate::core::keymap::action_for;
use crate::core::seeds::bundled_documents;
use crate::core::state::{Action, State};
use crate::core::strings::{tr, Lang, Text};
use crate::ui::document_view::{DocumentRef, DocumentView};
use crate::ui::header::Header;
use std::rc::Rc;
use yew::prelude::*;

/// [`State`] as a Yew reducer: an action that changes nothing keeps the same
/// `Rc`, so nothing re-renders.
#[derive(Debug, PartialEq)]
pub struct AppState(pub State);

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.reduce(&action) {
            Some(next) => Rc::new(AppState(next)),
            None => self,
        }
    }
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let storage_ok = use_state(|| true);
    let state = {
        let storage_ok = storage_ok.clone();
        use_reducer(move || {
            let preferences = storage::load_preferences().unwrap_or_else(|_| {
                storage_ok.set(false);
                Default::default()
            });
            AppState(State::new(bundled_documents(), &preferences))
        })
    };
    let dispatcher = state.dispatcher();
    let state = &state.0;
    let lang = state.lang;

    {
        let storage_ok = storage_ok.clone();
        use_effect_with(state.preferences(), move |preferences| {
            if storage::save_preferences(preferences).is_err() {
                storage_ok.set(false);
            }
        });
    }
    use_effect_with(lang, |lang| dom::set_page_language(*lang, tr(*lang, Text::AppName)));
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            let listener = keyboard::listen_keydown(move |press| match action_for(&press) {
                Some(action) => {
                    dispatcher.dispatch(action);
                    true
                }
                None => false,
            });
            move || drop(listener)
        });
    }

    let on_select = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(index, extend): (usize, bool), _| {
            dispatcher.dispatch(if extend { Action::ExtendSelection(index) } else { Action::Select(index) });
        })
    };
    let on_open = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |id, _| dispatcher.dispatch(Action::OpenDocument(id)))
    };
    let on_language = use_callback((), move |lang: Lang, _| dispatcher.dispatch(Action::SetLanguage(lang)));

    let body = match state.open_document() {
        Some(document) => html! {
            <DocumentView document={DocumentRef(document.clone())} selection={state.selection} {lang} {on_select} />
        },
        None => html! { <p class="empty">{ tr(lang, Text::NoDocuments) }</p> },
    };
    html! {
        <div class="app">
            <Header documents={state.documents.clone()} open={state.open} {lang} {on_open} {on_language} />
            if !*storage_ok {
                <p class="alert" role="alert">{ tr(lang, Text::StorageUnavailable) }</p>
            }
            <main class="reading">{ body }</main>
        </div>
    }
}
