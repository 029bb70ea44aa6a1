//! One sentence: a single element, so Arabic letters stay joined. Its
//! labels are shown beside it, never inside it; a suggestion still to
//! review is outlined rather than filled, and said as one. Its spans are
//! painted over its text as highlights (no element inside the text) and
//! listed beside it (a click puts the span cursor on one; span mode's bar
//! lists them as buttons for the keyboard).

use crate::browser::{highlights, text_selection};
use crate::core::i18n::said::reading;
use crate::core::i18n::Lang;
use crate::core::model::labels::{LabelColor, LabelSet};
use crate::core::model::spans::Span;
use yew::prelude::*;

/// A span as a sentence paints and lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanPaint {
    /// First code point in the sentence.
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// Its label's colour.
    pub color: LabelColor,
    /// Its label's name as one token (`data-label`).
    pub token: AttrValue,
    /// What the list says of it: "span: <text>, <label>".
    pub said: AttrValue,
    /// Its words.
    pub quote: AttrValue,
    /// Its label's name in the interface language.
    pub name: AttrValue,
    /// A suggestion still to review.
    pub suggested: bool,
}

/// A label as a sentence shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelChip {
    /// The name as one token, for `data-labels`.
    pub token: AttrValue,
    /// The name in the interface language.
    pub name: AttrValue,
    /// Its colour.
    pub color: LabelColor,
}

/// How sentence `text` paints and lists `spans` with `labels`, names in `lang`.
pub fn span_paints(labels: &LabelSet, lang: Lang, text: &str, spans: &[Span], suggested: bool) -> Vec<SpanPaint> {
    let paint = |span: &Span| {
        let label = labels.get(span.label)?;
        let (quote, name) = (span.quote(text), label.display_name(lang).to_string());
        Some(SpanPaint {
            start: span.start,
            end: span.end,
            color: label.color,
            token: label.token().into(),
            said: reading::span_announcement(lang, &quote, &name).into(),
            quote: quote.into(),
            name: name.into(),
            suggested,
        })
    };
    spans.iter().filter_map(paint).collect()
}

/// Props of [`SentenceView`]: only what it shows.
#[derive(Properties, PartialEq)]
pub struct SentenceViewProps {
    /// 0-based index in the document.
    pub index: usize,
    /// Sentences in the document (for screen readers: "sentence n of total").
    pub total: usize,
    /// The sentence text.
    pub text: AttrValue,
    /// Whether it is selected.
    pub selected: bool,
    /// Whether the keyboard is on it.
    pub focused: bool,
    /// Whether the label filter hides it.
    pub hidden: bool,
    /// Its labels, in palette order.
    pub labels: Vec<LabelChip>,
    /// When its labels are a suggestion still to review: the word said
    /// before each ("suggested:").
    #[prop_or_default]
    pub suggested: Option<AttrValue>,
    /// Its note, if any.
    pub note: Option<AttrValue>,
    /// Whether it is a heading (shown as one, never labeled).
    #[prop_or_default]
    pub heading: bool,
    /// Its spans, in order.
    #[prop_or_default]
    pub spans: Vec<SpanPaint>,
    /// The span cursor's range, when it is on this sentence.
    #[prop_or_default]
    pub cursor: Option<(usize, usize)>,
    /// Clicked: `(index, extend)`, `extend` with shift held.
    pub on_select: Callback<(usize, bool)>,
    /// A span of the list chosen: `(index, start, end)`.
    pub on_span: Callback<(usize, usize, usize)>,
}

/// Paints `spans` and `cursor` over the text of the sentence in `node`
/// while they stay the same.
#[hook]
fn use_span_paint(node: NodeRef, index: usize, spans: Vec<SpanPaint>, cursor: Option<(usize, usize)>, text: AttrValue) {
    use_effect_with((spans, cursor, text), move |(spans, cursor, _)| {
        // Without highlights, the page's own selection shows the cursor.
        if let Some((start, end)) = cursor {
            if !highlights::supported() {
                text_selection::show_in(&node, index, *start, *end);
            }
        }
        let mut layers: Vec<(usize, usize, &'static str)> = spans
            .iter()
            .map(|span| {
                let name = if span.suggested { highlights::SUGGESTED } else { highlights::for_color(span.color) };
                (span.start, span.end, name)
            })
            .collect();
        layers.extend(cursor.map(|(start, end)| (start, end, highlights::CURSOR)));
        let painted = highlights::paint_in(&node, &layers);
        move || drop(painted)
    });
}

/// A sentence as one `<span role="option">`, followed by its label chips.
#[function_component(SentenceView)]
pub fn sentence_view(props: &SentenceViewProps) -> Html {
    let node = use_node_ref();
    use_span_paint(node.clone(), props.index, props.spans.clone(), props.cursor, props.text.clone());
    let onclick = {
        let (index, on_select) = (props.index, props.on_select.clone());
        Callback::from(move |event: MouseEvent| on_select.emit((index, event.shift_key())))
    };
    let first_color = props.labels.first().map(|chip| format!("label-{}", chip.color.name()));
    let class = classes!(
        "sentence",
        props.heading.then_some("heading"),
        props.selected.then_some("selected"),
        props.focused.then_some("focused"),
        props.cursor.is_some().then_some("marking"),
        (first_color.is_some() && props.suggested.is_none()).then_some("labeled"),
        (first_color.is_some() && props.suggested.is_some()).then_some("suggested"),
        first_color,
    );
    let chip_class = classes!("chip", props.suggested.is_some().then_some("suggested"));
    let tokens: Vec<&str> = props.labels.iter().map(|chip| chip.token.as_str()).collect();
    let has_extras = !props.labels.is_empty() || props.note.is_some() || !props.spans.is_empty();
    let chips_id = format!("chips-{}", props.index);
    html! {
        <>
            <span ref={node} id={format!("s-{}", props.index)} {class} role="option" data-sentence={props.index.to_string()}
                data-labels={tokens.join(" ")} data-suggested={props.suggested.is_some().then_some("true")}
                data-heading={props.heading.then_some("true")} data-spans={(!props.spans.is_empty()).then(|| props.spans.len().to_string())}
                data-cursor={props.cursor.map(|(start, end)| format!("{start}-{end}"))} aria-disabled={props.heading.then_some("true")}
                aria-selected={if props.selected { "true" } else { "false" }}
                aria-posinset={(props.index + 1).to_string()} aria-setsize={props.total.to_string()}
                aria-describedby={has_extras.then(|| chips_id.clone())} hidden={props.hidden} {onclick}>
                { props.text.clone() }
            </span>
            if has_extras && !props.hidden {
                <span id={chips_id} class="chips" dir="auto">
                    { for props.labels.iter().map(|chip| {
                        let class = classes!(chip_class.clone(), format!("label-{}", chip.color.name()));
                        match &props.suggested {
                            Some(word) => html! {
                                <span {class} title={format!("{word} {}", chip.name)}>
                                    <span class="visually-hidden">{ word.clone() }{ " " }</span>{ chip.name.clone() }
                                </span>
                            },
                            None => html! { <span {class}>{ chip.name.clone() }</span> },
                        }
                    }) }
                    { for props.spans.iter().map(|span| {
                        let (index, start, end) = (props.index, span.start, span.end);
                        let onclick = props.on_span.reform(move |_: MouseEvent| (index, start, end));
                        let class = classes!("chip", "span-chip", format!("label-{}", span.color.name()),
                            span.suggested.then_some("suggested"));
                        html! {
                            <span {class} data-span={format!("{start}-{end}")} data-label={span.token.clone()}
                                title={span.said.clone()} {onclick}>
                                { span.name.clone() }{ ": " }<span class="span-quote" dir="rtl">{ span.quote.clone() }</span>
                            </span>
                        }
                    }) }
                    if let Some(note) = &props.note {
                        <span class="chip note-chip" title={note.clone()}>{ "✎ " }{ note.clone() }</span>
                    }
                </span>
            }
        </>
    }
}
