//! One paragraph of sentences; re-renders only when its part of the
//! selection changes.

use crate::core::document::Document;
use crate::ui::sentence::SentenceView;
use std::rc::Rc;
use yew::prelude::*;

/// The text of every sentence of a document, made once per document and
/// compared by identity.
#[derive(Clone, Debug)]
pub struct SentenceTexts(pub Rc<Vec<AttrValue>>);

impl SentenceTexts {
    /// The sentence texts of `document`.
    pub fn of(document: &Document) -> Self {
        let texts = (0..document.sentence_count())
            .map(|index| AttrValue::from(document.sentence_text(index).unwrap_or_default().to_string()))
            .collect();
        Self(Rc::new(texts))
    }
}

impl PartialEq for SentenceTexts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
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
    /// The selected sentences within this paragraph, inclusive.
    pub selected: Option<(usize, usize)>,
    /// The focused sentence, if it is in this paragraph.
    pub focus: Option<usize>,
    /// A sentence was clicked: `(index, extend)`.
    pub on_select: Callback<(usize, bool)>,
}

/// A `<p>` of sentences separated by spaces.
#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let sentences = (props.first..props.end).map(|index| {
        let selected = props.selected.is_some_and(|(from, to)| (from..=to).contains(&index));
        let text = props.texts.0.get(index).cloned().unwrap_or_default();
        html! {
            <>
                if index > props.first { {" "} }
                <SentenceView key={index} {index} {text} {selected} focused={props.focus == Some(index)}
                    on_select={props.on_select.clone()} />
            </>
        }
    });
    html! { <p class="paragraph" role="none">{ for sentences }</p> }
}
