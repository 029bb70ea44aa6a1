//! Small DOM effects the components ask for.

use crate::core::i18n::Lang;

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

/// Scrolls the page just enough that `range` (the span cursor) is clear of
/// the bars that hold the window's edges: the top bar, and on a narrow
/// screen the palette at the bottom (taller in span mode), which would
/// otherwise cover the very word being marked.
pub fn keep_clear_of_bars(range: &web_sys::Range) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let height = window.inner_height().ok().and_then(|height| height.as_f64()).unwrap_or(0.0);
    let edge = |selector: &str, bottom: bool| {
        let rect = document.query_selector(selector).ok().flatten()?.get_bounding_client_rect();
        Some(if bottom { rect.bottom() } else { rect.top() })
    };
    let narrow = window.match_media("(max-width: 900px)").ok().flatten().is_some_and(|query| query.matches());
    let ceiling = edge(".topbar", true).unwrap_or(0.0).max(0.0);
    let floor = if narrow { edge(".palette", false).unwrap_or(height).min(height) } else { height };
    let rect = range.get_bounding_client_rect();
    const MARGIN: f64 = 12.0;
    if rect.bottom() > floor - MARGIN && rect.height() < floor - ceiling {
        window.scroll_by_with_x_and_y(0.0, rect.bottom() - floor + MARGIN);
    } else if rect.top() < ceiling + MARGIN {
        window.scroll_by_with_x_and_y(0.0, rect.top() - ceiling - MARGIN);
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

/// Removes the inert first view the build put into the page (`#prerendered`)
/// once the app has rendered its own: both happen before the next frame, so
/// the reader sees no change.
pub fn remove_prerendered() {
    let document = web_sys::window().and_then(|window| window.document());
    if let Some(element) = document.and_then(|document| document.get_element_by_id("prerendered")) {
        element.remove();
    }
}

/// Lets the browser run what waits (a paint, a key) before going on, between
/// two slices of a long import, export or start-up: a zero-delay timeout,
/// awaited.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let asked = web_sys::window().map(|window| window.set_timeout_with_callback(&resolve));
        if !matches!(asked, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let asked =
            web_sys::window().map(|window| window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms));
        if !matches!(asked, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A call waiting for its time (cancelled when dropped).
pub type Delay = gloo::timers::callback::Timeout;

/// Calls `callback` after `ms` milliseconds, unless the returned [`Delay`]
/// is dropped first.
pub fn after(ms: u32, callback: impl FnOnce() + 'static) -> Delay {
    gloo::timers::callback::Timeout::new(ms, callback)
}

/// A call repeated until dropped.
pub type Repeat = gloo::timers::callback::Interval;

/// Calls `callback` every `ms` milliseconds until the returned [`Repeat`]
/// is dropped.
pub fn every(ms: u32, callback: impl FnMut() + 'static) -> Repeat {
    gloo::timers::callback::Interval::new(ms, callback)
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

/// Keeps Tab inside the dialog `#container`: from its last tabbable element
/// Tab goes to the first, and Shift+Tab from the first to the last; from
/// outside the dialog, Tab enters it. Radio groups count as one stop (the
/// checked button), as the browser treats them. Returns whether it moved the
/// focus (the key's default is then prevented).
pub fn wrap_tab(container: &str, backwards: bool) -> bool {
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlInputElement, Node};
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let Some(dialog) = document.get_element_by_id(container) else {
        return false;
    };
    let elements = tabbable(&dialog);
    let (Some(first), Some(last)) = (elements.first(), elements.last()) else {
        return false;
    };
    let edge = if backwards { last } else { first };
    let active = document.active_element().filter(|active| dialog.contains(Some(active)));
    if let Some(active) = active {
        let group =
            active.dyn_ref::<HtmlInputElement>().filter(|input| input.type_() == "radio").map(|input| input.name());
        let beyond = if backwards { Node::DOCUMENT_POSITION_PRECEDING } else { Node::DOCUMENT_POSITION_FOLLOWING };
        let more_on_the_way = elements.iter().any(|element| {
            let same_group = group.as_ref().is_some_and(|name| {
                element
                    .dyn_ref::<HtmlInputElement>()
                    .is_some_and(|input| input.type_() == "radio" && &input.name() == name)
            });
            !same_group && active.compare_document_position(element) & beyond != 0
        });
        if more_on_the_way {
            return false;
        }
    }
    let _ = edge.focus();
    true
}

/// The elements of `container` that Tab stops on, in page order: enabled,
/// shown, not taken out with `tabindex="-1"`, one per radio group.
fn tabbable(container: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    use web_sys::HtmlElement;
    let selector = "button, input, select, textarea, a[href], summary, [tabindex], [contenteditable]";
    let Ok(list) = container.query_selector_all(selector) else {
        return Vec::new();
    };
    let all: Vec<HtmlElement> =
        (0..list.length()).filter_map(|index| list.item(index)).filter_map(|node| node.dyn_into().ok()).collect();
    let group_has_checked = |name: &str| {
        all.iter().filter_map(|element| radio(element)).any(|input| input.name() == name && input.checked())
    };
    let mut groups_seen = std::collections::HashSet::new();
    all.iter()
        .filter(|element| {
            element.tab_index() >= 0
                && !element.matches(":disabled").unwrap_or(false)
                && !(element.matches("input[type=hidden]").unwrap_or(false))
                && element.offset_parent().is_some()
        })
        .filter(|element| match radio(element) {
            Some(input) if group_has_checked(&input.name()) => input.checked(),
            Some(input) => groups_seen.insert(input.name()),
            None => true,
        })
        .cloned()
        .collect()
}

/// `element` as a radio button, if it is one.
fn radio(element: &web_sys::HtmlElement) -> Option<&web_sys::HtmlInputElement> {
    wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(element).filter(|input| input.type_() == "radio")
}

/// The element that has the keyboard focus, unless it is the page itself.
pub fn active_element() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let active = document.active_element()?;
    let body: Option<web_sys::Element> = document.body().map(Into::into);
    (Some(&active) != body.as_ref()).then_some(active)
}

/// Gives the keyboard focus back to `element` when it is still in the page
/// and takes it; otherwise to the first element matching `fallback`,
/// without scrolling.
pub fn restore_focus(element: Option<&web_sys::Element>, fallback: &str) {
    let element = element
        .filter(|element| element.is_connected())
        .and_then(|element| wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(element));
    if let Some(element) = element {
        let _ = element.focus();
        let document = web_sys::window().and_then(|window| window.document());
        let active = document.and_then(|document| document.active_element());
        if active.as_ref() == Some(element.as_ref()) {
            return;
        }
    }
    // The fallback takes the focus where the page is: moving the page to
    // it would hide what the closed dialog led to (an exercise's
    // instructions, above the text on a phone).
    let fallback = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(fallback).ok().flatten())
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok());
    if let Some(fallback) = fallback {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = fallback.focus_with_options(&options);
    }
}

/// Calls `callback` for every `event` on `target` until the returned
/// listener is dropped.
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    callback: impl FnMut(&web_sys::Event) + 'static,
) -> gloo::events::EventListener {
    gloo::events::EventListener::new(target, event, callback)
}

/// Sets the height of `element`, in CSS pixels, through the CSSOM: the
/// page's Content-Security-Policy refuses inline `style` attributes.
pub fn set_height(element: &web_sys::HtmlElement, pixels: i32) {
    let _ = element.style().set_property("height", &format!("{pixels}px"));
}

/// The event [`print`] sends before it prints, so that what the page renders
/// lazily is put in it first.
const PREPARE_PRINT: &str = "hamish-prepare-print";

/// Prints the page (the print stylesheet makes it a worksheet). First asks
/// the page to render all it renders lazily ([`listen_print`]), then opens the
/// browser's print dialog in a new task: the app renders in a microtask, so
/// by then the whole document is in the page. (`beforeprint` alone would come
/// too late here: `window.print()` fires it while this task still runs, and
/// the render would wait until the dialog had closed.)
pub fn print() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(event) = web_sys::Event::new(PREPARE_PRINT) {
        let _ = window.dispatch_event(&event);
    }
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = window.print();
    })
    .forget();
}

/// Calls `on_print` before the page is printed, from [`print`] or from the
/// browser's own Print (Ctrl+P, its menu), until the returned listeners are
/// dropped.
pub fn listen_print(on_print: impl Fn() + 'static) -> Vec<gloo::events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let on_print = std::rc::Rc::new(on_print);
    [PREPARE_PRINT, "beforeprint"]
        .into_iter()
        .map(|event| {
            let on_print = on_print.clone();
            gloo::events::EventListener::new(&window, event, move |_| on_print())
        })
        .collect()
}

/// The page's clock, in milliseconds (`performance.now()`).
pub fn now() -> f64 {
    web_sys::window().and_then(|window| window.performance()).map_or(0.0, |performance| performance.now())
}

/// Records the main-thread time from `start` (a [`now`] reading) until now
/// as a user-timing measure `name`, which the benchmark reads.
pub fn measure(name: &str, start: f64) {
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &start.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &performance.now().into());
    if let Ok(measure) = js_sys::Reflect::get(&performance, &"measure".into()) {
        if let Ok(measure) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(measure) {
            let _ = measure.call2(&performance, &name.into(), &options);
        }
    }
}
