//! Small DOM effects the components ask for.

use crate::core::strings::Lang;

/// Scrolls the element of sentence `index` into view, if it is not already.
pub fn scroll_sentence_into_view(index: usize) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let selector = format!("[data-sentence=\"{index}\"]");
    if let Ok(Some(element)) = document.query_selector(&selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Sets `lang` and `dir` on `<html>` so the whole interface follows the language.
pub fn set_page_language(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
    }
    document.set_title(title);
}

/// Moves keyboard focus to the first element matching `selector`.
pub fn focus(selector: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(selector).ok().flatten());
    if let Some(element) =
        element.and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
    {
        let _ = element.focus();
    }
}

/// Focuses the first element inside `#container` matching the earliest of
/// `selectors` that matches anything (so priority follows the list, not the
/// page order).
pub fn focus_first(container: &str, selectors: &[&str]) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    for selector in selectors {
        let found = document.query_selector(&format!("#{container} {selector}")).ok().flatten();
        if let Some(element) =
            found.and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
        {
            let _ = element.focus();
            return;
        }
    }
}
