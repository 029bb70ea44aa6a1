//! Spans painted with the CSS Custom Highlight API (`CSS.highlights`,
//! `::highlight()`): ranges over the sentence's own text node, so no
//! element is ever put inside the text and Arabic letters stay joined.
//! One highlight per label colour (and one for suggestions, one for the
//! span cursor) holds the ranges of every sentence; a sentence adds and
//! takes back only its own.

use crate::core::model::labels::LabelColor;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// The `Highlight` of the CSS Custom Highlight API (a set of ranges).
    #[derive(Clone)]
    type Highlight;

    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<Highlight, JsValue>;

    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &web_sys::Range) -> Highlight;

    #[wasm_bindgen(method)]
    fn delete(this: &Highlight, range: &web_sys::Range) -> bool;

    #[wasm_bindgen(method, setter)]
    fn set_priority(this: &Highlight, priority: i32);
}

thread_local! {
    static HIGHLIGHTS: RefCell<HashMap<&'static str, Highlight>> = RefCell::new(HashMap::new());
}

/// The highlight registry, `CSS.highlights`, when the browser has it.
fn registry() -> Option<JsValue> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let registry = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    let has_class = js_sys::Reflect::get(&js_sys::global(), &"Highlight".into()).ok()?.is_function();
    (has_class && !registry.is_undefined()).then_some(registry)
}

/// Whether this browser paints highlights (else spans are only listed).
pub fn supported() -> bool {
    registry().is_some()
}

/// The highlight painted by `::highlight(name)`, made and registered the
/// first time; the cursor's is drawn above the spans.
fn highlight(name: &'static str) -> Option<Highlight> {
    HIGHLIGHTS.with(|highlights| {
        if let Some(found) = highlights.borrow().get(name) {
            return Some(found.clone());
        }
        let registry = registry()?;
        let made = Highlight::new().ok()?;
        if name == CURSOR {
            made.set_priority(10);
        }
        let set = js_sys::Reflect::get(&registry, &"set".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        set.call2(&registry, &name.into(), &made).ok()?;
        highlights.borrow_mut().insert(name, made.clone());
        Some(made)
    })
}

/// The highlight of the span cursor.
pub const CURSOR: &str = "hamish-cursor";
/// The highlight of spans suggested and not yet reviewed.
pub const SUGGESTED: &str = "hamish-suggested";

/// The highlight of spans whose label has `color`.
pub fn for_color(color: LabelColor) -> &'static str {
    match color {
        LabelColor::Blue => "hamish-blue",
        LabelColor::Green => "hamish-green",
        LabelColor::Amber => "hamish-amber",
        LabelColor::Purple => "hamish-purple",
        LabelColor::Grey => "hamish-grey",
        LabelColor::Red => "hamish-red",
        LabelColor::Teal => "hamish-teal",
        LabelColor::Pink => "hamish-pink",
    }
}

/// Ranges a sentence painted; dropping it takes them back.
#[derive(Default)]
pub struct Painted(Vec<(&'static str, web_sys::Range)>);

impl Drop for Painted {
    fn drop(&mut self) {
        for (name, range) in self.0.drain(..) {
            if let Some(highlight) = highlight(name) {
                highlight.delete(&range);
            }
        }
    }
}

/// UTF-16 offsets of every code point boundary of `text` (one more than
/// its code points): the DOM counts UTF-16 units, Hamish code points.
fn utf16_offsets(text: &str) -> Vec<u32> {
    let mut offsets = Vec::with_capacity(text.len() + 1);
    let mut at = 0u32;
    offsets.push(0);
    for c in text.chars() {
        at += c.len_utf16() as u32;
        offsets.push(at);
    }
    offsets
}

/// Paints `layers` — `(start, end, highlight name)` in code points of the
/// sentence — over the text of the sentence rendered at `node` (its first
/// child is its text). Nothing is painted where the API is missing.
pub fn paint_in(node: &yew::NodeRef, layers: &[(usize, usize, &'static str)]) -> Painted {
    node.cast::<web_sys::Element>().map(|element| paint(&element, layers)).unwrap_or_default()
}

/// Paints `layers` over the text of `element` (its first child).
pub fn paint(element: &web_sys::Element, layers: &[(usize, usize, &'static str)]) -> Painted {
    let mut painted = Painted::default();
    if layers.is_empty() {
        return painted;
    }
    let Some(text) = element.first_child().filter(|node| node.node_type() == web_sys::Node::TEXT_NODE) else {
        return painted;
    };
    let offsets = utf16_offsets(&text.text_content().unwrap_or_default());
    let Some(document) = element.owner_document() else {
        return painted;
    };
    for &(start, end, name) in layers {
        let (Some(&from), Some(&to), Some(highlight)) = (offsets.get(start), offsets.get(end), highlight(name)) else {
            continue;
        };
        let Ok(range) = document.create_range() else {
            continue;
        };
        if range.set_start(&text, from).is_ok() && range.set_end(&text, to).is_ok() {
            highlight.add(&range);
            if name == CURSOR {
                crate::browser::dom::keep_clear_of_bars(&range);
            }
            painted.0.push((name, range));
        }
    }
    painted
}
