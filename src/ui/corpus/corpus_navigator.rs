//! The corpus navigator: every document with its source, size and progress;
//! a search over titles and source ids, a filter and a sort. ↑/↓ (and Page
//! Up/Down; Home/End in the list) move the active entry, Enter opens it,
//! Escape closes. Only the entries in view are in the page (a fixed row
//! height, a spacer before and after), so thousands of documents list at
//! once.

use crate::browser::form;
use crate::core::corpus::navigator::{self, Filter, Query, Sort};
use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::work::Work;
use crate::core::state::{Action, Documents, Panels};
use crate::ui::corpus::navigator_entry::{entry_id, NavigatorEntry};
use crate::ui::dialogs::dialog::Dialog;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// Height of one entry in CSS pixels: `.nav-entry` in the stylesheet has
/// the same.
pub const ROW_HEIGHT: i32 = 72;
/// Entries kept in the page beyond each edge of the view.
const OVERSCAN: usize = 4;

/// The work, compared by the identity of the parts the navigator lists
/// (documents, labels, annotations): a change always makes new ones.
#[derive(Clone, Debug)]
pub struct Corpus(pub Work);

impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.0, &other.0);
        Rc::ptr_eq(a.documents(), b.documents())
            && Rc::ptr_eq(a.labels(), b.labels())
            && Rc::ptr_eq(a.annotations(), b.annotations())
    }
}

/// Props of [`CorpusNavigator`].
#[derive(Properties, PartialEq)]
pub struct CorpusNavigatorProps {
    /// The documents, labels and annotations.
    pub corpus: Corpus,
    /// Index of the open document.
    pub open: usize,
    /// The filter and sort (its search is not used), kept while the
    /// navigator is closed; each opening starts with an empty search.
    pub kept: UseStateHandle<Query>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The rows in view: the first, and how many fit.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Window {
    first: usize,
    fits: usize,
}

impl Window {
    /// What a list scrolled to `top` and `height` tall shows.
    fn of((top, height): (i32, i32)) -> Self {
        let height = height.max(ROW_HEIGHT);
        Self { first: (top.max(0) / ROW_HEIGHT) as usize, fits: (height / ROW_HEIGHT) as usize + 1 }
    }

    /// The entries to render out of `len`.
    fn range(self, len: usize) -> Range<usize> {
        let end = (self.first + self.fits + OVERSCAN).min(len);
        self.first.saturating_sub(OVERSCAN).min(end)..end
    }
}

/// Gives the spacers the height of the entries not rendered.
fn size_spacers(before: &NodeRef, after: &NodeRef, range: &Range<usize>, len: usize) {
    form::set_height(before, range.start as i32 * ROW_HEIGHT);
    form::set_height(after, (len - range.end) as i32 * ROW_HEIGHT);
}

/// Scrolls `list` so that entry `position` is in view (in the middle, on a
/// whole entry, when `centre`); returns what it then shows.
fn reveal(list: &NodeRef, position: usize, centre: bool) -> Option<Window> {
    let (top, height) = form::scroll_of(list)?;
    let row_top = position as i32 * ROW_HEIGHT;
    let wanted = if centre {
        row_top - (height - ROW_HEIGHT) / 2 / ROW_HEIGHT * ROW_HEIGHT
    } else if row_top < top {
        row_top
    } else if row_top + ROW_HEIGHT > top + height {
        row_top + ROW_HEIGHT - height
    } else {
        top
    };
    form::scroll_to(list, wanted.max(0));
    form::scroll_of(list).map(Window::of)
}

/// Where a key moves the active entry from `current`, of `len`, a page
/// being `page` entries; `None` for keys the list does not take.
fn step(key: &str, in_list: bool, current: usize, len: usize, page: usize) -> Option<usize> {
    let last = len.checked_sub(1)?;
    match key {
        "ArrowDown" => Some((current + 1).min(last)),
        "ArrowUp" => Some(current.saturating_sub(1)),
        "PageDown" => Some((current + page).min(last)),
        "PageUp" => Some(current.saturating_sub(page)),
        "Home" if in_list => Some(0),
        "End" if in_list => Some(last),
        _ => None,
    }
}

/// The navigator panel.
#[function_component(CorpusNavigator)]
pub fn corpus_navigator(props: &CorpusNavigatorProps) -> Html {
    let lang = props.lang;
    let labels = props.corpus.0.labels().clone();
    let rows = use_memo(props.corpus.clone(), |corpus| navigator::rows(&corpus.0));
    let search_words = use_state(String::new);
    let mut query = Query { search: (*search_words).clone(), ..(*props.kept).clone() };
    if let Filter::HasLabel(id) = query.filter {
        if labels.get(id).is_none() {
            query.filter = Filter::All;
        }
    }
    let shown = use_memo((rows.clone(), query.clone()), |(rows, query)| navigator::shown(rows, query));
    let active_doc = use_state_eq(|| Some(props.open));
    let view = use_state_eq(|| Window { first: 0, fits: 8 });
    let (list, before, after) = (use_node_ref(), use_node_ref(), use_node_ref());
    let len = shown.len();
    let active = active_doc.and_then(|doc| shown.iter().position(|p| rows[*p].index == doc)).unwrap_or(0);
    let range = view.range(len);
    {
        let (before, after, range) = (before.clone(), after.clone(), range.clone());
        use_effect_with((range.start, range.end, len), move |_| size_spacers(&before, &after, &range, len));
    }
    {
        // On opening: the active entry (the open document) in the middle.
        let (list, before, after, view) = (list.clone(), before.clone(), after.clone(), view.clone());
        let range = range.clone();
        use_effect_with((), move |_| {
            size_spacers(&before, &after, &range, len);
            if let Some(shows) = reveal(&list, active, true) {
                view.set(shows);
            }
        });
    }
    let open_at = {
        let (rows, shown, on_action, open) = (rows.clone(), shown.clone(), props.on_action.clone(), props.open);
        Callback::from(move |position: usize| {
            let Some(row) = shown.get(position).and_then(|p| rows.get(*p)) else {
                return;
            };
            on_action.emit(if row.index == open {
                Action::Panels(Panels::Close)
            } else {
                Action::Documents(Documents::Open(row.id.clone()))
            });
        })
    };
    let keys = |in_list: bool| {
        let (rows, shown, active_doc, view, list, open_at) =
            (rows.clone(), shown.clone(), active_doc.clone(), view.clone(), list.clone(), open_at.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.is_composing() {
                return;
            }
            if event.key() == "Enter" {
                event.prevent_default();
                open_at.emit(active);
                return;
            }
            let Some(target) = step(&event.key(), in_list, active, shown.len(), view.fits.saturating_sub(1).max(1))
            else {
                return;
            };
            event.prevent_default();
            active_doc.set(shown.get(target).and_then(|p| rows.get(*p)).map(|row| row.index));
            if let Some(shows) = reveal(&list, target, false) {
                view.set(shows);
            }
        })
    };
    let (search_keys, list_keys) = (keys(false), keys(true));
    // A new search, filter or sort starts again at the top.
    let requery = {
        let (kept, search_words, active_doc, view, list) =
            (props.kept.clone(), search_words.clone(), active_doc.clone(), view.clone(), list.clone());
        Callback::from(move |query: Query| {
            search_words.set(query.search.clone());
            kept.set(Query { search: String::new(), ..query });
            active_doc.set(None);
            form::scroll_to(&list, 0);
            view.set(Window { first: 0, ..*view });
        })
    };
    let on_search = {
        let (requery, query) = (requery.clone(), query.clone());
        Callback::from(move |event: InputEvent| {
            requery.emit(Query { search: form::event_value(&event), ..query.clone() });
        })
    };
    let on_filter = {
        let (requery, query) = (requery.clone(), query.clone());
        Callback::from(move |event: Event| {
            let filter = Filter::parse(&form::event_value(&event));
            requery.emit(Query { filter: filter.unwrap_or_default(), ..query.clone() });
        })
    };
    let on_sort = {
        let (requery, query) = (requery.clone(), query.clone());
        Callback::from(move |event: Event| {
            let sort = Sort::parse(&form::event_value(&event));
            requery.emit(Query { sort: sort.unwrap_or_default(), ..query.clone() });
        })
    };
    let on_scroll = {
        let (view, list) = (view.clone(), list.clone());
        Callback::from(move |_: Event| {
            if let Some(scroll) = form::scroll_of(&list) {
                view.set(Window::of(scroll));
            }
        })
    };
    let active_id = shown.get(active).and_then(|p| rows.get(*p)).map(|row| entry_id(row.index));
    let mut filters = vec![
        (Filter::All, tr(lang, Text::ProgressAll).to_string()),
        (Filter::NotStarted, tr(lang, Text::NavigatorNotStarted).to_string()),
        (Filter::InProgress, tr(lang, Text::NavigatorInProgress).to_string()),
        (Filter::Done, tr(lang, Text::NavigatorDone).to_string()),
        (Filter::HasNotes, tr(lang, Text::NavigatorHasNotes).to_string()),
    ];
    filters.extend(
        labels
            .labels
            .iter()
            .map(|label| (Filter::HasLabel(label.id), reading::navigator_has_label(lang, label.display_name(lang)))),
    );
    let sorts = [
        (Sort::Document, Text::NavigatorSortDocument),
        (Sort::Title, Text::NavigatorSortTitle),
        (Sort::ProgressAscending, Text::NavigatorSortLeast),
        (Sort::ProgressDescending, Text::NavigatorSortMost),
    ];
    let count = reading::navigator_shown(lang, len, rows.len());
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    html! {
        <Dialog id="navigator" title={tr(lang, Text::NavigatorTitle)} {lang} {on_close}>
            <div class="nav-controls">
                <label class="field nav-search">
                    <span>{ tr(lang, Text::NavigatorSearch) }</span>
                    <input id="navigator-search" type="search" dir="auto" autofocus=true autocomplete="off"
                        spellcheck="false" role="combobox" aria-expanded="true" aria-controls="navigator-list"
                        aria-autocomplete="list" aria-activedescendant={active_id.clone()} value={query.search.clone()}
                        oninput={on_search} onkeydown={search_keys} />
                </label>
                <label class="field">
                    <span>{ tr(lang, Text::NavigatorFilter) }</span>
                    <select id="navigator-filter" onchange={on_filter}>
                        { for filters.into_iter().map(|(filter, words)| html! {
                            <option value={filter.value()} selected={filter == query.filter}>{ words }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ tr(lang, Text::NavigatorSort) }</span>
                    <select id="navigator-sort" onchange={on_sort}>
                        { for sorts.into_iter().map(|(sort, words)| html! {
                            <option value={sort.value()} selected={sort == query.sort}>{ tr(lang, words) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="nav-count" role="status">{ count }</p>
            if len == 0 {
                <p class="nav-none">{ tr(lang, Text::NavigatorNone) }</p>
            } else {
                <div ref={list} id="navigator-list" class="nav-list" role="listbox" tabindex="0"
                    aria-label={tr(lang, Text::NavigatorTitle)} aria-activedescendant={active_id}
                    onscroll={on_scroll} onkeydown={list_keys}>
                    <div ref={before} class="nav-spacer" aria-hidden="true"></div>
                    { for range.map(|position| {
                        let row = rows[shown[position]].clone();
                        let index = row.index;
                        html! {
                            <NavigatorEntry key={index} open={index == props.open} active={position == active}
                                {row} {position} total={len} {lang} on_open={open_at.clone()} />
                        }
                    }) }
                    <div ref={after} class="nav-spacer" aria-hidden="true"></div>
                </div>
            }
        </Dialog>
    }
}
