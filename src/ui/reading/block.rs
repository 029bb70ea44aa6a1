//! A block of consecutive paragraphs. Long documents are rendered as blocks
//! so that a keypress re-renders one block, not every paragraph: the cost of
//! a label or a selection move does not grow with the document.

use crate::core::model::annotations::{DocAnnotations, CHUNK_SIZE};
use crate::ui::props::DocumentRef;
use crate::ui::reading::paragraph::{ChunkRefs, Paragraph, SentenceContext, SentenceTexts};
use std::ops::Range;
use yew::prelude::*;

/// Paragraphs per block.
pub const BLOCK_PARAGRAPHS: usize = 24;

/// The chunks holding the annotations of sentences `range`, in order.
pub fn chunk_refs(annotations: Option<&DocAnnotations>, range: &Range<usize>) -> ChunkRefs {
    let (first, last) = (range.start / CHUNK_SIZE, range.end.saturating_sub(1) / CHUNK_SIZE);
    ChunkRefs(
        (first..=last).map(|chunk| annotations.and_then(|annotations| annotations.chunk(chunk)).cloned()).collect(),
    )
}

/// The part of the inclusive selection `selected` within sentences `range`.
pub fn clip(selected: Option<(usize, usize)>, range: &Range<usize>) -> Option<(usize, usize)> {
    let (first, last) = selected?;
    let (from, to) = (first.max(range.start), last.min(range.end.checked_sub(1)?));
    (from <= to).then_some((from, to))
}

/// Props of [`Block`].
#[derive(Properties, PartialEq)]
pub struct BlockProps {
    /// The document.
    pub document: DocumentRef,
    /// Texts of all its sentences.
    pub texts: SentenceTexts,
    /// The paragraphs of this block, as indexes into the document's paragraphs.
    pub paragraphs: Range<usize>,
    /// The chunks holding the annotations of this block's sentences.
    pub chunks: ChunkRefs,
    /// Labels, language, filter, click handler.
    pub context: SentenceContext,
    /// The selected sentences within this block, inclusive.
    pub selected: Option<(usize, usize)>,
    /// The focused sentence, if it is in this block.
    pub focus: Option<usize>,
    /// The span cursor, if it is in this block: sentence and range.
    #[prop_or_default]
    pub cursor: Option<(usize, (usize, usize))>,
}

/// The block's paragraphs.
#[function_component(Block)]
pub fn block(props: &BlockProps) -> Html {
    let document = &props.document.0;
    let first_chunk = document.paragraphs().get(props.paragraphs.start).map_or(0, |range| range.start / CHUNK_SIZE);
    let paragraphs = document.paragraphs()[props.paragraphs.clone()].iter().map(|range| {
        let skip = range.start / CHUNK_SIZE - first_chunk;
        let take = range.end.saturating_sub(1) / CHUNK_SIZE - range.start / CHUNK_SIZE + 1;
        let chunks = ChunkRefs(props.chunks.0.iter().skip(skip).take(take).cloned().collect());
        html! {
            <Paragraph key={range.start} texts={props.texts.clone()} first={range.start} end={range.end}
                {chunks} context={props.context.clone()}
                selected={clip(props.selected, range)} focus={props.focus.filter(|focus| range.contains(focus))}
                cursor={props.cursor.filter(|(index, _)| range.contains(index))} />
        }
    });
    html! { <>{ for paragraphs }</> }
}
