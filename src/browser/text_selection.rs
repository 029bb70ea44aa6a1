//! The text a person selects inside a sentence (a drag with the mouse, a
//! double-click, a long press on a touch screen), in code points of that
//! sentence; and clearing it once the keyboard takes over.

use gloo::events::EventListener;
use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The range [`show`] selected last: its own `selectionchange` is not news.
    static SHOWN: Cell<Option<(usize, usize, usize)>> = const { Cell::new(None) };
}

/// The code point at UTF-16 offset `utf16` of `text`.
fn code_points_before(text: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    for (index, c) in text.chars().enumerate() {
        if units >= utf16 {
            return index;
        }
        units += c.len_utf16() as u32;
    }
    text.chars().count()
}

/// The sentence element (`[data-sentence]`) holding `node`, and its index.
fn sentence_of(node: &web_sys::Node) -> Option<(web_sys::Element, usize)> {
    let element = match node.dyn_ref::<web_sys::Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    let sentence = element.closest("[data-sentence]").ok()??;
    let index = sentence.get_attribute("data-sentence")?.parse().ok()?;
    Some((sentence, index))
}

/// The selection as `(sentence, start, end)` when it lies inside one
/// sentence's text. One reaching into another sentence (a shift-click that
/// extends the sentence selection, a drag across sentences) is no span.
fn selected_range(selection: &web_sys::Selection) -> Option<(usize, usize, usize)> {
    if selection.is_collapsed() {
        return None;
    }
    let anchor = selection.anchor_node()?;
    let focus = selection.focus_node()?;
    let (sentence, index) = sentence_of(&anchor)?;
    let text = sentence.first_child().filter(|node| node.node_type() == web_sys::Node::TEXT_NODE)?;
    if !text.is_same_node(Some(&anchor)) {
        return None;
    }
    let content = text.text_content().unwrap_or_default();
    let start = code_points_before(&content, selection.anchor_offset());
    if !text.is_same_node(Some(&focus)) {
        return None;
    }
    let end = code_points_before(&content, selection.focus_offset());
    Some((index, start.min(end), start.max(end)))
}

/// Calls `on_range(sentence, start, end)` whenever the selection inside a
/// sentence changes, for as long as the listener lives.
pub fn listen(on_range: impl Fn(usize, usize, usize) + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    Some(EventListener::new(&document, "selectionchange", move |_| {
        let range = web_sys::window()
            .and_then(|window| window.get_selection().ok().flatten())
            .and_then(|selection| selected_range(&selection));
        if let Some((index, start, end)) = range {
            if SHOWN.with(|shown| shown.take()) != Some((index, start, end)) {
                on_range(index, start, end);
            }
        }
    }))
}

/// Selects `start..end` (code points) of sentence `index`, rendered at
/// `node`: where highlights cannot be painted, the span cursor is shown
/// as the page's own selection.
pub fn show_in(node: &yew::NodeRef, index: usize, start: usize, end: usize) {
    if let Some(element) = node.cast::<web_sys::Element>() {
        show(&element, index, start, end);
    }
}

/// Selects code points `start..end` of sentence `index`, whose text is the
/// first child of `element`.
fn show(element: &web_sys::Element, index: usize, start: usize, end: usize) {
    let Some(text) = element.first_child().filter(|node| node.node_type() == web_sys::Node::TEXT_NODE) else {
        return;
    };
    let content = text.text_content().unwrap_or_default();
    let units = |at: usize| content.chars().take(at).map(|c| c.len_utf16() as u32).sum::<u32>();
    if let Some(selection) = web_sys::window().and_then(|window| window.get_selection().ok().flatten()) {
        SHOWN.with(|shown| shown.set(Some((index, start, end))));
        let _ = selection.set_base_and_extent(&text, units(start), &text, units(end));
    }
}

/// Clears the page's text selection (the keyboard moved the span cursor
/// away from what the mouse had selected).
pub fn clear() {
    if let Some(selection) = web_sys::window().and_then(|window| window.get_selection().ok().flatten()) {
        if !selection.is_collapsed() {
            let _ = selection.remove_all_ranges();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::code_points_before;

    #[test]
    fn utf16_offsets_become_code_points() {
        assert_eq!(code_points_before("قال", 2), 2);
        assert_eq!(code_points_before("a😀b", 3), 2, "an emoji is two UTF-16 units, one code point");
        assert_eq!(code_points_before("ab", 9), 2);
    }
}
