//! One paragraph of sentences; re-renders only when its part of the
//! selection, of the annotations or of the label set changes.

use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::annotations::{Chunk, SentenceAnnotation, CHUNK_SIZE};
use crate::core::model::labels::{LabelId, LabelSet};
use crate::core::text::document::Document;
use crate::ui::reading::sentence::{span_paints, LabelChip, SentenceView};
use std::rc::Rc;
use yew::prelude::*;

/// The sentences' texts of a document, compared by the document's identity.
/// Each text is made when its paragraph renders: only the paragraphs in
/// view hold copies, so a text of millions of sentences is not copied whole.
#[derive(Clone, Debug)]
pub struct SentenceTexts(pub Rc<Document>);

impl SentenceTexts {
    /// The sentence texts of `document`.
    pub fn of(document: &Rc<Document>) -> Self {
        Self(document.clone())
    }

    /// The text of sentence `index` (empty past the end).
    pub fn get(&self, index: usize) -> AttrValue {
        AttrValue::from(self.0.sentence_text(index).unwrap_or_default().to_string())
    }

    /// How many sentences there are.
    pub fn count(&self) -> usize {
        self.0.sentence_count()
    }
}

impl PartialEq for SentenceTexts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The annotation chunks a paragraph overlaps, compared by identity: a
/// change elsewhere in the document leaves them equal.
#[derive(Clone, Debug, Default)]
pub struct ChunkRefs(pub Vec<Option<Rc<Chunk>>>);

impl PartialEq for ChunkRefs {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self.0.iter().zip(&other.0).all(|pair| match pair {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            })
    }
}

impl ChunkRefs {
    fn annotation(&self, first_chunk: usize, index: usize) -> Option<&SentenceAnnotation> {
        self.0.get(index / CHUNK_SIZE - first_chunk)?.as_ref()?.get(&index)
    }
}

/// What every sentence of a document view shares: the label set, the
/// interface language (label names), the label filter and the click handler.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceContext {
    /// The label set.
    pub labels: Rc<LabelSet>,
    /// Interface language.
    pub lang: Lang,
    /// Only sentences with this label are shown.
    pub filter: Option<LabelId>,
    /// A sentence was clicked: `(index, extend)`.
    pub on_select: Callback<(usize, bool)>,
    /// A span of a sentence's list was chosen: `(index, start, end)`.
    pub on_span: Callback<(usize, usize, usize)>,
}

/// Props of [`Paragraph`].
#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    /// Texts of all the document's sentences.
    pub texts: SentenceTexts,
    /// Index of the paragraph's first sentence.
    pub first: usize,
    /// One past its last sentence.
    pub end: usize,
    /// The chunks that hold its annotations, from chunk `first / CHUNK_SIZE`.
    pub chunks: ChunkRefs,
    /// Labels, language, filter, click handler.
    pub context: SentenceContext,
    /// The selected sentences within this paragraph, inclusive.
    pub selected: Option<(usize, usize)>,
    /// The focused sentence, if it is in this paragraph.
    pub focus: Option<usize>,
    /// The span cursor, if it is in this paragraph: sentence and range.
    #[prop_or_default]
    pub cursor: Option<(usize, (usize, usize))>,
}

/// A `<p>` of sentences separated by spaces.
#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let first_chunk = props.first / CHUNK_SIZE;
    let sentences = (props.first..props.end).map(|index| {
        let annotation = props.chunks.annotation(first_chunk, index);
        let label_ids = annotation.map_or(&[][..], |annotation| annotation.labels.as_slice());
        let labels: Vec<LabelChip> = label_ids
            .iter()
            .filter_map(|id| props.context.labels.get(*id))
            .map(|label| LabelChip {
                token: label.token().into(),
                name: AttrValue::from(label.display_name(props.context.lang).to_string()),
                color: label.color,
            })
            .collect();
        let note = annotation
            .filter(|annotation| !annotation.note.is_empty())
            .map(|annotation| AttrValue::from(annotation.note.clone()));
        let suggested = annotation
            .is_some_and(SentenceAnnotation::is_suggestion)
            .then(|| AttrValue::from(tr(props.context.lang, Text::SuggestedPrefix)));
        let heading = annotation.is_some_and(|annotation| annotation.heading);
        let hidden = props.context.filter.is_some_and(|filter| !label_ids.contains(&filter));
        let selected = props.selected.is_some_and(|(from, to)| (from..=to).contains(&index)) && !hidden;
        let text = props.texts.get(index);
        let spans = annotation.map_or_else(Vec::new, |annotation| {
            span_paints(&props.context.labels, props.context.lang, &text, &annotation.spans, annotation.suggested)
        });
        let cursor = props.cursor.filter(|(at, _)| *at == index).map(|(_, range)| range);
        html! {
            <>
                if index > props.first && !hidden { {" "} }
                <SentenceView {index} total={props.texts.count()} {text} {selected} focused={props.focus == Some(index)} {hidden}
                    {labels} {suggested} {note} {heading} {spans} {cursor} on_select={props.context.on_select.clone()}
                    on_span={props.context.on_span.clone()} />
            </>
        }
    });
    html! { <p class="paragraph" role="none">{ for sentences }</p> }
}
