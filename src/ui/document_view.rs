//! The reading view: a document, right-to-left, paragraph by paragraph.

use crate::browser::dom;
use crate::core::annotations::{DocAnnotations, CHUNK_SIZE};
use crate::core::document::Document;
use crate::core::labels::{LabelId, LabelSet};
use crate::core::state::Selection;
use crate::core::strings::{tr, tr_count, tr_with, Lang, Text};
use crate::ui::paragraph::{ChunkRefs, Paragraph, SentenceTexts};
use std::rc::Rc;
use yew::prelude::*;

/// A shared document compared by identity, not by content: documents never
/// change once made, and comparing texts on every render would be wasted.
#[derive(Clone, Debug)]
pub struct DocumentRef(pub Rc<Document>);

impl PartialEq for DocumentRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A document's annotations compared by chunk identity (O(chunks)).
#[derive(Clone, Debug, Default)]
pub struct AnnotationsRef(pub Option<DocAnnotations>);

impl PartialEq for AnnotationsRef {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => a.shares_chunks_with(b),
            (None, None) => true,
            _ => false,
        }
    }
}

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
    /// A sentence was clicked: `(index, extend)`, `extend` with shift held.
    pub on_select: Callback<(usize, bool)>,
}

/// The document's title, sentence count and text.
#[function_component(DocumentView)]
pub fn document_view(props: &DocumentViewProps) -> Html {
    let document = &props.document.0;
    let texts = use_memo(props.document.clone(), |document| SentenceTexts::of(&document.0));
    let focus = props.selection.map(|selection| selection.focus);
    use_effect_with(focus, |focus| {
        if let Some(index) = focus {
            dom::scroll_sentence_into_view(*index);
        }
    });

    let lang = props.lang;
    let filter_name =
        props.filter.and_then(|id| props.labels.get(id)).map(|label| label.display_name(lang).to_string());
    let paragraphs = document.paragraphs().iter().map(|range| {
        let selected = props.selection.and_then(|selection| {
            let (first, last) = (*selection.range().start(), *selection.range().end());
            let (from, to) = (first.max(range.start), last.min(range.end.saturating_sub(1)));
            (from <= to).then_some((from, to))
        });
        let focus = focus.filter(|focus| range.contains(focus));
        let (first_chunk, last_chunk) = (range.start / CHUNK_SIZE, range.end.saturating_sub(1) / CHUNK_SIZE);
        let chunks = ChunkRefs(
            (first_chunk..=last_chunk)
                .map(|chunk| props.annotations.0.as_ref().and_then(|annotations| annotations.chunk(chunk)).cloned())
                .collect(),
        );
        html! {
            <Paragraph key={range.start} texts={(*texts).clone()} first={range.start} end={range.end}
                {chunks} labels={props.labels.clone()} {lang} filter={props.filter}
                {selected} {focus} on_select={props.on_select.clone()} />
        }
    });
    html! {
        <section class="document-view">
            <div class="document-meta">
                <h1 class="document-title" dir="auto">{ document.title.clone() }</h1>
                <span class="document-count">{ tr_count(lang, Text::SentenceCount, document.sentence_count()) }</span>
            </div>
            <p class="hint">{ tr(lang, Text::KeyboardHint) }</p>
            if let Some(name) = filter_name {
                <p class="filter-note" role="status">{ tr_with(lang, Text::FilterActive, &[("name", &name)]) }</p>
            }
            if document.sentence_count() == 0 {
                <p class="empty">{ tr(lang, Text::EmptyDocument) }</p>
            } else {
                <article class="document" dir="rtl" lang="ar" role="listbox" tabindex="0"
                    aria-label={tr(lang, Text::SentencesOfDocument)} aria-multiselectable="true"
                    aria-activedescendant={focus.map(|index| format!("s-{index}"))}>
                    { for paragraphs }
                </article>
            }
        </section>
    }
}
