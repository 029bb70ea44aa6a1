//! One sentence: a single element, so Arabic letters stay joined. Its
//! labels are shown beside it, never inside it; a suggestion still to
//! review is outlined rather than filled, and said as one.

use crate::core::labels::LabelColor;
use yew::prelude::*;

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
    /// Clicked: `(index, extend)`, `extend` with shift held.
    pub on_select: Callback<(usize, bool)>,
}

/// A sentence as one `<span role="option">`, followed by its label chips.
#[function_component(SentenceView)]
pub fn sentence_view(props: &SentenceViewProps) -> Html {
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
        (first_color.is_some() && props.suggested.is_none()).then_some("labeled"),
        (first_color.is_some() && props.suggested.is_some()).then_some("suggested"),
        first_color,
    );
    let chip_class = classes!("chip", props.suggested.is_some().then_some("suggested"));
    let tokens: Vec<&str> = props.labels.iter().map(|chip| chip.token.as_str()).collect();
    let has_extras = !props.labels.is_empty() || props.note.is_some();
    let chips_id = format!("chips-{}", props.index);
    html! {
        <>
            <span id={format!("s-{}", props.index)} {class} role="option" data-sentence={props.index.to_string()}
                data-labels={tokens.join(" ")} data-suggested={props.suggested.is_some().then_some("true")}
                data-heading={props.heading.then_some("true")} aria-disabled={props.heading.then_some("true")}
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
                    if let Some(note) = &props.note {
                        <span class="chip note-chip" title={note.clone()}>{ "✎ " }{ note.clone() }</span>
                    }
                </span>
            }
        </>
    }
}
