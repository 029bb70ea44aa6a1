//! Browser tests (wasm-bindgen-test in headless Chromium) of span
//! painting: ranges go into `CSS.highlights` over the sentence's own text
//! node, in code points (an emoji counts once), nothing is inserted into
//! the text, and dropping what a sentence painted takes its ranges back.
#![cfg(target_arch = "wasm32")]

use hamish::browser::highlights;
use hamish::core::model::labels::LabelColor;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The texts of the ranges in highlight `name`.
fn ranges_of(name: &str) -> Vec<String> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).expect("CSS");
    let registry = js_sys::Reflect::get(&css, &"highlights".into()).expect("CSS.highlights");
    let get = js_sys::Reflect::get(&registry, &"get".into()).expect("get").dyn_into::<js_sys::Function>().expect("fn");
    let highlight = get.call1(&registry, &name.into()).expect("a call");
    if highlight.is_undefined() {
        return Vec::new();
    }
    js_sys::Array::from(&highlight)
        .iter()
        .map(|range| {
            range.dyn_into::<web_sys::Range>().map(|range| String::from(range.to_string())).unwrap_or_default()
        })
        .collect()
}

#[wasm_bindgen_test]
fn spans_are_painted_in_code_points_without_touching_the_text() {
    assert!(highlights::supported(), "headless Chromium has the Custom Highlight API");
    let page = web_sys::window().and_then(|window| window.document()).expect("a page");
    let sentence = page.create_element("span").expect("a span");
    sentence.set_text_content(Some("😀 العلمُ نورٌ"));
    page.body().expect("a body").append_child(&sentence).expect("appended");
    let blue = highlights::for_color(LabelColor::Blue);
    let painted = highlights::paint(&sentence, &[(2, 8, blue), (9, 13, highlights::CURSOR), (9, 99, blue)]);
    assert_eq!(ranges_of(blue), ["العلمُ"], "a range past the text is not painted");
    assert_eq!(ranges_of(highlights::CURSOR), ["نورٌ"]);
    assert_eq!(sentence.child_nodes().length(), 1, "the text is still one text node");
    drop(painted);
    assert!(ranges_of(blue).is_empty() && ranges_of(highlights::CURSOR).is_empty(), "taken back");
    sentence.remove();
}
