//! One sentence: a single element, so Arabic letters stay joined.

use yew::prelude::*;

/// Props of [`SentenceView`]: only what it shows.
#[derive(Properties, PartialEq)]
pub struct SentenceViewProps {
    /// 0-based index in the document.
    pub index: usize,
    /// The sentence text.
    pub text: AttrValue,
    /// Whether it is selected.
    pub selected: bool,
    /// Whether the keyboard is on it.
    pub focused: bool,
    /// Clicked: `(index, extend)`, `extend` with shift held.
    pub on_select: Callback<(usize, bool)>,
}

/// A sentence as one `<span role="option">`.
#[function_component(SentenceView)]
pub fn sentence_view(props: &SentenceViewProps) -> Html {
    let onclick = {
        let (index, on_select) = (props.index, props.on_select.clone());
        Callback::from(move |event: MouseEvent| on_select.emit((index, event.shift_key())))
    };
    let class = classes!("sentence", props.selected.then_some("selected"), props.focused.then_some("focused"));
    html! {
        <span id={format!("s-{}", props.index)} {class} role="option" data-sentence={props.index.to_string()}
            aria-selected={if props.selected { "true" } else { "false" }} {onclick}>
            { props.text.clone() }
        </span>
    }
}
