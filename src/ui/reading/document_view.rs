//! The reading view: a document, right-to-left, paragraph by paragraph.

use crate::browser::dom;
use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::labels::{LabelId, LabelSet};
use crate::core::state::Selection;
use crate::ui::hooks::use_reading_window;
use crate::ui::props::{AnnotationsRef, DocumentRef};
use crate::ui::reading::block::{chunk_refs, clip, Block, BLOCK_PARAGRAPHS};
use crate::ui::reading::paragraph::{SentenceContext, SentenceTexts};
use std::rc::Rc;
use yew::prelude::*;

/// Blocks rendered at once when a document opens.
const FIRST_BLOCKS: usize = 2;
/// Blocks added on each following frame.
const MORE_BLOCKS: usize = 8;
/// Documents with more sentences than this are rendered in a window (below
/// it, the whole text is soon in the page, for the browser's find-in-page).
pub const WINDOWED_FROM_SENTENCES: usize = 20_000;
/// A windowed document with at most this many sentences is printed whole
/// (the page is made whole for printing); a longer one prints what is in view.
pub const PRINTED_WHOLE_UP_TO: usize = 50_000;

/// Props of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The open document.
    pub document: DocumentRef,
    /// Its annotations.
    pub annotations: AnnotationsRef,
    /// The label set.
    pub labels: Rc<LabelSet>,
    /// Only sentences with this label are shown.
    pub filter: Option<LabelId>,
    /// Its selected sentences.
    pub selection: Option<Selection>,
    /// Interface language.
    pub lang: Lang,
    /// The span cursor: its sentence and range, when marking a span.
    #[prop_or_default]
    pub cursor: Option<(usize, (usize, usize))>,
    /// A sentence was clicked: `(index, extend)`, `extend` with shift held.
    pub on_select: Callback<(usize, bool)>,
    /// A span of a sentence's list was chosen: `(index, start, end)`.
    pub on_span: Callback<(usize, usize, usize)>,
}

/// The document's title, sentence count and text.
#[function_component(DocumentView)]
pub fn document_view(props: &DocumentViewProps) -> Html {
    let document = &props.document.0;
    let texts = SentenceTexts::of(&props.document.0);
    let focus = props.selection.map(|selection| selection.focus);
    let all = document.paragraphs();
    let total_blocks = all.len().div_ceil(BLOCK_PARAGRAPHS);
    let shown = use_state_eq(|| FIRST_BLOCKS);
    let sentences = document.sentence_count();
    // Printing makes the page whole (`shown` = every block), when it can be.
    let printing_whole = *shown >= total_blocks && sentences <= PRINTED_WHOLE_UP_TO;
    let windowed = sentences > WINDOWED_FROM_SENTENCES && !printing_whole;
    let focus_block =
        focus.and_then(|index| document.paragraph_of(index)).map_or(0, |paragraph| paragraph / BLOCK_PARAGRAPHS);
    // Before the effects that scroll to the focus: it sizes the spacers.
    let window = use_reading_window(&props.document, windowed, focus, focus_block);
    // The view is made anew for each document: a newly opened one starts at its top.
    use_effect_with((), |_| dom::scroll_to_top());
    use_effect_with(focus, |focus| {
        if let Some(index) = focus {
            dom::scroll_sentence_into_view(*index);
        }
    });
    // Span mode makes the palette taller on a narrow screen: keep the sentence in view.
    let marking = props.cursor.map(|(index, _)| index);
    use_effect_with(marking, |marking| {
        if let Some(index) = marking {
            dom::scroll_sentence_into_view(*index);
        }
    });

    let lang = props.lang;
    let filter_name =
        props.filter.and_then(|id| props.labels.get(id)).map(|label| label.display_name(lang).to_string());
    // A document appears block by block: the first blocks at once, the
    // rest over the next few frames, so the first sentences paint quickly and
    // the whole text is soon in the page (for the browser's find-in-page);
    // all at once when the page is about to be printed. A long one is
    // rendered in a window instead: only the blocks in view (see
    // `use_reading_window`), so a jump to its end is as quick as to its start.
    {
        let shown = shown.clone();
        let total = if windowed { 0 } else { total_blocks };
        use_effect_with((*shown, total), move |(current, total)| {
            let next = current.saturating_add(MORE_BLOCKS);
            let pending = (*current < *total).then(|| dom::after_paint(move || shown.set(next)));
            move || drop(pending)
        });
    }
    // A printed page holds the whole document, however soon it is printed.
    {
        let shown = shown.clone();
        use_effect_with(total_blocks, move |total| {
            let total = *total;
            let listeners = dom::listen_print(move || shown.set(total));
            move || drop(listeners)
        });
    }
    let range = match &window {
        Some(window) => window.range.clone(),
        None => 0..(*shown).max(focus_block + 1).min(total_blocks),
    };
    let selected = props.selection.map(|selection| (*selection.range().start(), *selection.range().end()));
    let context = SentenceContext {
        labels: props.labels.clone(),
        lang,
        filter: props.filter,
        on_select: props.on_select.clone(),
        on_span: props.on_span.clone(),
    };
    let cursor = props.cursor;
    let blocks = (range.start * BLOCK_PARAGRAPHS..range.end * BLOCK_PARAGRAPHS).step_by(BLOCK_PARAGRAPHS).map(|first| {
        let paragraphs = first..(first + BLOCK_PARAGRAPHS).min(all.len());
        let sentences = all[first].start..all[paragraphs.end - 1].end;
        let block = html! {
            <Block key={first} document={props.document.clone()} texts={texts.clone()} paragraphs={paragraphs}
                chunks={chunk_refs(props.annotations.0.as_ref(), &sentences)} context={context.clone()}
                selected={clip(selected, &sentences)} focus={focus.filter(|focus| sentences.contains(focus))}
                cursor={cursor.filter(|(index, _)| sentences.contains(index))} />
        };
        match windowed {
            // Measured once rendered, by its wrapper.
            true => html! { <div key={first} class="block" data-block={(first / BLOCK_PARAGRAPHS).to_string()}>{ block }</div> },
            false => block,
        }
    });
    let spacer = |node: &NodeRef| html! { <div ref={node.clone()} class="block-spacer" aria-hidden="true"></div> };
    html! {
        <section class="document-view">
            <div class="document-meta">
                <h1 class="document-title" dir="auto">{ document.title.clone() }</h1>
                <span class="document-count">{ reading::sentence_count(lang, document.sentence_count()) }</span>
            </div>
            <p class="hint keyboard-only">{ tr(lang, Text::KeyboardHint) }</p>
            if let Some(name) = filter_name {
                <p class="filter-note" role="status">{ reading::filter_active(lang, &name) }</p>
            }
            if document.sentence_count() == 0 {
                <p class="empty">{ tr(lang, Text::EmptyDocument) }</p>
            } else {
                <div class="document" dir="rtl" lang="ar" role="listbox" tabindex="0"
                    aria-label={tr(lang, Text::SentencesOfDocument)} aria-multiselectable="true"
                    aria-activedescendant={focus.map(|index| format!("s-{index}"))}>
                    if let Some(window) = &window { { spacer(&window.before) } }
                    { for blocks }
                    if let Some(window) = &window { { spacer(&window.after) } }
                </div>
            }
        </section>
    }
}
