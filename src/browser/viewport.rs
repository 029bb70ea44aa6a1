//! Where a long document's text is in the window: how far the view is from
//! the top of the text, the heights of the blocks rendered, and a call at
//! most once a frame while the page scrolls.

use gloo::events::{EventListener, EventListenerOptions};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The text's element.
const TEXT: &str = ".document[role=listbox]";

/// The view over the text: pixels from the text's top to the top of the
/// window (negative while the text starts lower down), and the window's
/// height.
pub fn view_over_text() -> Option<(f64, f64)> {
    let window = web_sys::window()?;
    let text = window.document()?.query_selector(TEXT).ok()??;
    let height = window.inner_height().ok()?.as_f64()?;
    Some((-text.get_bounding_client_rect().top(), height))
}

/// The height of each block rendered (`.block[data-block]` in the text):
/// `(block, pixels)`.
pub fn block_heights() -> Vec<(usize, f64)> {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return Vec::new();
    };
    let Ok(blocks) = document.query_selector_all(&format!("{TEXT} > .block[data-block]")) else {
        return Vec::new();
    };
    (0..blocks.length())
        .filter_map(|at| blocks.item(at)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|block| {
            let index = block.get_attribute("data-block")?.parse().ok()?;
            Some((index, block.get_bounding_client_rect().height()))
        })
        .collect()
}

/// Calls `on_scroll` after the page scrolls, at most once a frame, for as
/// long as the listener is kept.
pub fn listen_scroll(on_scroll: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let waiting = Rc::new(Cell::new(false));
    let on_scroll = Rc::new(on_scroll);
    let options = EventListenerOptions { passive: true, ..EventListenerOptions::default() };
    Some(EventListener::new_with_options(&window, "scroll", options, move |_| {
        if waiting.replace(true) {
            return;
        }
        let (done, on_scroll) = (waiting.clone(), on_scroll.clone());
        // A function freed once it has run.
        let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            done.set(false);
            on_scroll();
        });
        let asked =
            web_sys::window().is_some_and(|window| window.request_animation_frame(frame.unchecked_ref()).is_ok());
        if !asked {
            // No frame will come: the next scroll asks again.
            waiting.set(false);
        }
    }))
}
