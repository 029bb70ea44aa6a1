//! Search the text of every document: matches listed with their sentence
//! and document, ↓/↑ and Enter to jump to one, and buttons that give every
//! shown match a label at once. The words holding a match are marked
//! whole, so an Arabic word is never split into separate elements.

use crate::browser::form;
use crate::core::corpus::search::{Hit, SearchIndex};
use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::labels::LabelSet;
use crate::core::state::{Action, Corpus, Panels};
use crate::core::text::document::{Document, DocumentId};
use crate::core::text::search::SearchOptions;
use crate::ui::dialogs::dialog::Dialog;
use std::rc::Rc;
use yew::prelude::*;

/// Matches listed (all are counted, and all are labeled by the buttons).
const SHOWN: usize = 100;

/// Props of [`SearchDialog`].
#[derive(Properties, PartialEq)]
pub struct SearchDialogProps {
    /// Every document.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// The label set (for labeling matches).
    pub labels: Rc<LabelSet>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The sentence with the words holding `range` (code points) marked.
fn marked(sentence: &str, range: &std::ops::Range<usize>) -> Html {
    let chars: Vec<char> = sentence.chars().collect();
    let mut start = range.start.min(chars.len());
    let mut end = range.end.min(chars.len());
    while start > 0 && !chars[start - 1].is_whitespace() {
        start -= 1;
    }
    while end < chars.len() && !chars[end].is_whitespace() {
        end += 1;
    }
    let piece = |range: std::ops::Range<usize>| chars[range].iter().collect::<String>();
    html! { <>{ piece(0..start) }<mark>{ piece(start..end) }</mark>{ piece(end..chars.len()) }</> }
}

/// The dialog.
#[function_component(SearchDialog)]
pub fn search_dialog(props: &SearchDialogProps) -> Html {
    let lang = props.lang;
    let query = use_state(String::new);
    let arabic = use_state(|| true);
    let active = use_state(|| 0usize);
    // The texts are folded once while the dialog is open; each query then
    // scans them and maps back only the documents that match.
    let index = use_memo((props.documents.clone(), *arabic), |(documents, arabic)| {
        SearchIndex::new(documents, SearchOptions { arabic: *arabic })
    });
    let results = use_memo((index, (*query).clone()), |(index, query)| index.search(query, usize::MAX));
    let go = {
        let on_action = props.on_action.clone();
        move |hit: &Hit| {
            on_action.emit(Action::Panels(Panels::Close));
            on_action.emit(Action::Corpus(Corpus::GoToSentence(hit.doc.clone(), hit.index)));
        }
    };
    let on_input = {
        let (query, active) = (query.clone(), active.clone());
        Callback::from(move |event: InputEvent| {
            query.set(form::event_value(&event));
            active.set(0);
        })
    };
    let on_keydown = {
        let (active, results, go) = (active.clone(), results.clone(), go.clone());
        Callback::from(move |event: KeyboardEvent| {
            let count = results.hits.len().min(SHOWN);
            match event.key().as_str() {
                "ArrowDown" if count > 0 => active.set((*active + 1).min(count - 1)),
                "ArrowUp" => active.set(active.saturating_sub(1)),
                "Enter" => {
                    if let Some(hit) = results.hits.get(*active) {
                        go(hit);
                    }
                }
                _ => return,
            }
            event.prevent_default();
        })
    };
    let toggle_arabic = {
        let arabic = arabic.clone();
        Callback::from(move |_: Event| arabic.set(!*arabic))
    };
    let places: Rc<Vec<(DocumentId, usize)>> = {
        let mut places: Vec<(DocumentId, usize)> =
            results.hits.iter().map(|hit| (hit.doc.clone(), hit.index)).collect();
        places.dedup();
        Rc::new(places)
    };
    let label_buttons = props.labels.labels.iter().map(|label| {
        let (places, id) = (places.clone(), label.id);
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::Corpus(Corpus::Label(places.clone(), id)));
        let name = label.display_name(lang).to_string();
        html! {
            <button type="button" class={classes!("quiet", "chip", label.color.name())} data-label-all={label.token()} {onclick}>
                { reading::search_label_all(lang, &name) }
            </button>
        }
    });
    let title_of = |id: &DocumentId| {
        props
            .documents
            .iter()
            .find(|document| &document.id == id)
            .map(|document| document.title.clone())
            .unwrap_or_default()
    };
    let rows = results.hits.iter().take(SHOWN).enumerate().map(|(position, hit)| {
        let document = props.documents.iter().find(|document| document.id == hit.doc);
        let sentence = document.and_then(|document| document.sentence_text(hit.index)).unwrap_or_default();
        let onclick = {
            let (go, hit) = (go.clone(), hit.clone());
            Callback::from(move |_: MouseEvent| go(&hit))
        };
        html! {
            <li id={format!("search-hit-{position}")} role="option" aria-selected={(position == *active).to_string()}
                class={classes!("search-hit", (position == *active).then_some("active"))} {onclick}>
                <span class="search-document" dir="auto">{ title_of(&hit.doc) }</span>
                <span class="search-sentence" dir="auto">{ marked(sentence, &hit.range) }</span>
            </li>
        }
    });
    let count = if query.trim().is_empty() {
        String::new()
    } else if results.total == 0 {
        tr(lang, Text::SearchNone).to_string()
    } else {
        reading::search_count(lang, results.total, results.hits.len().min(SHOWN))
    };
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    html! {
        <Dialog id="search-dialog" title={tr(lang, Text::Search)} {lang} {on_close}>
            <label for="search-query">{ tr(lang, Text::SearchLabel) }</label>
            <input id="search-query" type="search" dir="auto" autofocus=true value={(*query).clone()} oninput={on_input}
                onkeydown={on_keydown} role="combobox" aria-expanded={(!results.hits.is_empty()).to_string()}
                aria-controls="search-results" aria-activedescendant={(!results.hits.is_empty()).then(|| format!("search-hit-{}", *active))} />
            <label class="check">
                <input id="search-arabic" type="checkbox" checked={*arabic} onchange={toggle_arabic} />
                { tr(lang, Text::SearchArabic) }
            </label>
            <p class="search-count" role="status">{ count }</p>
            if !results.hits.is_empty() {
                <div class="search-label-all">
                    <span>{ tr(lang, Text::SearchLabelAll) }</span>
                    { for label_buttons }
                </div>
            }
            <ul id="search-results" class="search-results" role="listbox" aria-label={tr(lang, Text::Search)}>
                { for rows }
            </ul>
        </Dialog>
    }
}
