//! The first view painted as the app would paint the same state: each
//! sentence's selection and labels (its label chips beside it, never inside
//! it, so Arabic letters stay joined), the palette's counts, the progress,
//! the status line and the quiet "saving…".

use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{reading_notice, State};
use web_sys::{Document, Element};

const ROOT: &str = "#prerendered";

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn one(document: &Document, selector: &str) -> Option<Element> {
    document.query_selector(&format!("{ROOT} {selector}")).ok().flatten()
}

fn all(document: &Document, selector: &str) -> Vec<Element> {
    let Ok(list) = document.query_selector_all(&format!("{ROOT} {selector}")) else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into(node).ok())
        .collect()
}

/// Paints `state` over the first view where it differs from `before`
/// (what is painted now); `scroll` brings the sentence the keyboard is on
/// into view.
pub fn paint(before: &State, state: &State, scroll: bool) {
    let Some(document) = document() else { return };
    let lang = state.prefs.lang;
    let labels_of = |state: &State, index: usize| state.open_annotations().map(|a| a.labels(index).to_vec());
    let place =
        |state: &State, index: usize| state.view.selection.map(|s| (s.range().contains(&index), s.focus == index));
    for element in all(&document, "[data-preview]") {
        let Some(index) = element.get_attribute("data-preview").and_then(|at| at.parse::<usize>().ok()) else {
            continue;
        };
        if labels_of(before, index) != labels_of(state, index) || place(before, index) != place(state, index) {
            paint_sentence(&document, &element, state, index, scroll);
        }
    }
    if !std::rc::Rc::ptr_eq(before.work.annotations(), state.work.annotations()) {
        let annotations = state.open_annotations();
        for (label, item) in state.work.labels().labels.iter().zip(all(&document, ".palette-list .palette-item")) {
            if let Ok(Some(count)) = item.query_selector(".palette-count") {
                count.set_text_content(Some(&annotations.map_or(0, |a| a.label_count(label.id)).to_string()));
            }
        }
        paint_progress(&document, lang, ".progress-document", state.progress());
        paint_progress(&document, lang, ".progress-all", state.work.progress());
    }
    if before.view.notice != state.view.notice || words_for(before) != words_for(state) {
        say(&words_for(state));
    }
}

/// What the status line says in `state`: a notice, or how to label until
/// something is labeled (then nothing, as in the app: on a phone the line
/// would cover the text being labeled).
pub fn words_for(state: &State) -> String {
    let lang = state.prefs.lang;
    let untouched = !state.history.can_undo() && !state.history.can_redo();
    match state.view.notice.as_ref().and_then(|notice| reading_notice(lang, notice)) {
        Some(words) => words,
        None if untouched => tr(lang, Text::FirstViewLabels).to_string(),
        None => String::new(),
    }
}

/// Sentence `index` (`element`) as the app paints it in `state`: one
/// element, its label chips beside it.
fn paint_sentence(document: &Document, element: &Element, state: &State, index: usize, scroll: bool) {
    let labels = state.work.labels();
    let annotations = state.open_annotations();
    let selection = state.view.selection;
    let chips: Vec<_> =
        (annotations.map(|a| a.labels(index)).unwrap_or_default().iter()).filter_map(|id| labels.get(*id)).collect();
    let selected = selection.is_some_and(|selection| selection.range().contains(&index));
    let focused = selection.is_some_and(|selection| selection.focus == index);
    let mut class = vec!["sentence".to_string()];
    if annotations.is_some_and(|a| a.is_heading(index)) {
        class.push("heading".into());
    }
    if selected {
        class.push("selected".into());
    }
    if focused {
        class.push("focused".into());
    }
    if let Some(first) = chips.first() {
        class.push("labeled".into());
        class.push(format!("label-{}", first.color.name()));
    }
    element.set_class_name(&class.join(" "));
    let tokens: Vec<String> = chips.iter().map(|label| label.token()).collect();
    let _ = element.set_attribute("data-labels", &tokens.join(" "));
    let _ = element.set_attribute("aria-selected", if selected { "true" } else { "false" });
    let next =
        element.next_element_sibling().filter(|next| next.class_name().split_whitespace().any(|name| name == "chips"));
    if let Some(next) = next {
        next.remove();
    }
    if chips.is_empty() {
        let _ = element.remove_attribute("aria-describedby");
    } else if let Ok(holder) = document.create_element("span") {
        let id = format!("chips-{index}");
        let _ = element.set_attribute("aria-describedby", &id);
        holder.set_id(&id);
        holder.set_class_name("chips");
        let _ = holder.set_attribute("dir", "auto");
        for label in &chips {
            if let Ok(chip) = document.create_element("span") {
                chip.set_class_name(&format!("chip label-{}", label.color.name()));
                chip.set_text_content(Some(label.display_name(state.prefs.lang)));
                let _ = holder.append_child(&chip);
            }
        }
        let _ = element.after_with_node_1(&holder);
    }
    if focused && scroll {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

fn paint_progress(document: &Document, lang: Lang, which: &str, (done, total): (usize, usize)) {
    if let Some(figure) = one(document, &format!("{which} .progress-figure")) {
        figure.set_text_content(Some(&reading::progress(lang, &done.to_string(), &total.to_string())));
    }
    if let Some(meter) = one(document, &format!("{which} progress")) {
        let _ = meter.set_attribute("value", &done.to_string());
        let _ = meter.set_attribute("max", &total.to_string());
    }
}

/// The live region that reads the first view's status line out: the
/// first view itself is hidden from screen readers (it is only a picture of
/// the app until the app runs).
const SAID: &str = "first-view-said";

/// Puts `words` on the first view's status line, and reads them out.
pub fn say(words: &str) {
    let Some(document) = document() else { return };
    if let Some(notice) = one(&document, ".notice") {
        notice.set_text_content(Some(words));
        let class = if words.is_empty() { "notice" } else { "notice visible" };
        notice.set_class_name(class);
    }
    let region = document.get_element_by_id(SAID).or_else(|| {
        let region = document.create_element("div").ok()?;
        region.set_id(SAID);
        region.set_class_name("visually-hidden");
        let _ = region.set_attribute("role", "status");
        document.body()?.append_child(&region).ok()?;
        Some(region)
    });
    if let Some(region) = region {
        region.set_text_content(Some(words));
    }
}

/// Removes the live region: the app's own speak from now on.
pub fn forget() {
    if let Some(region) = document().and_then(|document| document.get_element_by_id(SAID)) {
        region.remove();
    }
}

/// Shows or hides the quiet "saving…" under the app's name.
pub fn saving(saving: bool) {
    if let Some(status) = document().and_then(|document| one(&document, ".save-status")) {
        let _ = status.set_attribute("data-saving", if saving { "true" } else { "false" });
    }
}
