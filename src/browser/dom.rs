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

/// Whether the system asks for dark colours.
pub fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Sets `data-theme` (`light` or `dark`) and `data-text-size` on `<html>`.
pub fn apply_appearance(dark: bool, text_size: &str) {
    let root = web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
        let _ = root.set_attribute("data-text-size", text_size);
    }
}

/// Calls `on_change` when the system switches between light and dark.
pub fn listen_color_scheme(on_change: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let query = web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()?;
    Some(gloo::events::EventListener::new(&query, "change", move |_| on_change()))
}

/// Scrolls the page back to its top (a newly opened document starts there).
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Keeps Tab inside the dialog `#container`: from its last focusable
/// element Tab goes to the first, and Shift+Tab from the first to the last.
/// Returns whether it moved the focus (the key's default is then prevented).
pub fn wrap_tab(container: &str, backwards: bool) -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let selector = format!(
        "#{container} button:not([disabled]), #{container} input:not([disabled]):not([tabindex=\"-1\"]), \
         #{container} select, #{container} textarea, #{container} [tabindex=\"0\"]"
    );
    let Ok(list) = document.query_selector_all(&selector) else {
        return false;
    };
    let elements: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(node).ok())
        .collect();
    let (Some(first), Some(last)) = (elements.first(), elements.last()) else {
        return false;
    };
    let active = document.active_element();
    let is = |element: &web_sys::HtmlElement| {
        active.as_ref().is_some_and(|active| active == element.as_ref() as &web_sys::Element)
    };
    let target = match (backwards, is(first), is(last)) {
        (true, true, _) => last,
        (false, _, true) => first,
        _ => return false,
    };
    let _ = target.focus();
    true
}
