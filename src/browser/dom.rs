//! Small DOM effects the components ask for.

use crate::core::strings::Lang;

/// Scrolls the element of sentence `index` into view, if it is not already.
pub fn scroll_sentence_into_view(index: usize) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    // By id: a hash look-up, where an attribute selector would scan the page.
    if let Some(element) = document.get_element_by_id(&format!("s-{index}")) {
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

/// Marks the page as ready for input (`<html data-ready>`), once the app has
/// rendered and listens for keys: tests and the benchmark wait for it.
pub fn mark_ready() {
    let root = web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Runs `callback` once the browser has had a chance to paint (a zero-delay
/// timeout); dropping the returned handle cancels it.
pub fn after_paint(callback: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(0, callback)
}

/// The exercise baked into the page (`<script id="hamish-exercise">`), if any.
pub fn embedded_exercise() -> Option<String> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id("hamish-exercise")?.text_content().filter(|text| !text.trim().is_empty())
}
