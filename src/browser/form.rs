//! Form fields, file pickers and scrolled lists as the interface reads
//! them: a field's value or tick (from its event or its node), the files a
//! picker or a drop holds, a list's scroll position, and each insertion
//! into a text field measured before the browser applies it. Components
//! call these and never a DOM type's methods.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
pub use web_sys::{DataTransfer, File};
use web_sys::{
    DragEvent, Element, Event, EventTarget, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
    InputEvent,
};
use yew::NodeRef;

/// The value of an input, select or text area.
fn value_of(target: &EventTarget) -> Option<String> {
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        Some(input.value())
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        Some(select.value())
    } else {
        target.dyn_ref::<HtmlTextAreaElement>().map(HtmlTextAreaElement::value)
    }
}

/// The value of the field `event` came from (empty when it is no field).
pub fn event_value(event: &Event) -> String {
    event.target().and_then(|target| value_of(&target)).unwrap_or_default()
}

/// Whether the checkbox `event` came from is ticked.
pub fn event_checked(event: &Event) -> bool {
    event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()).is_some_and(|input| input.checked())
}

/// The value of the field at `field` (empty when it is not mounted).
pub fn value(field: &NodeRef) -> String {
    field.get().and_then(|node| value_of(&node)).unwrap_or_default()
}

/// Whether the checkbox at `field` is ticked.
pub fn checked(field: &NodeRef) -> bool {
    field.cast::<HtmlInputElement>().is_some_and(|input| input.checked())
}

/// Empties the input at `field`.
pub fn clear(field: &NodeRef) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        input.set_value("");
    }
}

/// Fills the text field at `field` with `value` (once, as a starting
/// value the person may change).
pub fn fill(field: &NodeRef, value: &str) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        input.set_value(value);
    }
}

/// Opens the file picker at `field`.
pub fn open_picker(field: &NodeRef) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        input.click();
    }
}

/// The files picked in the file input `event` came from; the input is
/// emptied, so that picking the same file again is seen.
pub fn picked(event: &Event) -> Vec<File> {
    let Some(input) = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(|list| (0..list.length()).filter_map(|index| list.get(index)).collect());
    input.set_value("");
    files.unwrap_or_default()
}

/// The files dropped by `event` (folders are not walked here).
pub fn dropped_files(event: &DragEvent) -> Vec<File> {
    let list = event.data_transfer().and_then(|transfer| transfer.files());
    list.map(|list| (0..list.length()).filter_map(|index| list.get(index)).collect()).unwrap_or_default()
}

/// What a drop holds, for [`crate::browser::files::dropped`].
pub fn transfer(event: &DragEvent) -> Option<DataTransfer> {
    event.data_transfer()
}

/// The name of a file.
pub fn file_name(file: &File) -> String {
    file.name()
}

/// Sets every select under `container` that has a `data-value` to that
/// value: a select shows its `selected` option only until someone picks
/// another, so after an undo it is set again.
pub fn show_chosen_options(container: &NodeRef) {
    let Some(selects) = container.cast::<Element>().and_then(|root| root.query_selector_all("select[data-value]").ok())
    else {
        return;
    };
    for at in 0..selects.length() {
        let Some(select) = selects.get(at).and_then(|node| node.dyn_into::<HtmlSelectElement>().ok()) else {
            continue;
        };
        let wanted = select.get_attribute("data-value").unwrap_or_default();
        if select.value() != wanted {
            select.set_value(&wanted);
        }
    }
}

/// How far the list at `list` is scrolled, and how tall it shows, in CSS
/// pixels.
pub fn scroll_of(list: &NodeRef) -> Option<(i32, i32)> {
    list.cast::<HtmlElement>().map(|list| (list.scroll_top(), list.client_height()))
}

/// Scrolls the list at `list` to `top` pixels.
pub fn scroll_to(list: &NodeRef, top: i32) {
    if let Some(list) = list.cast::<HtmlElement>() {
        list.set_scroll_top(top);
    }
}

/// Gives the element at `node` a height of `pixels`.
pub fn set_height(node: &NodeRef, pixels: i32) {
    if let Some(element) = node.cast::<HtmlElement>() {
        crate::browser::dom::set_height(&element, pixels);
    }
}

/// An insertion into a text field about to happen: the field's value, the
/// selection it replaces (in UTF-16 units, as the browser counts), and the
/// text inserted.
pub struct Insertion {
    /// The value before the insertion.
    pub value: String,
    /// Where the replaced selection starts, in UTF-16 units.
    pub start: usize,
    /// Where it ends, in UTF-16 units.
    pub end: usize,
    /// The text inserted.
    pub text: String,
}

/// Calls `on_insertion` before each insertion into the text area at
/// `field` (typing, paste, drop, dictation), before `maxlength` applies.
pub fn before_insertion(field: &NodeRef, on_insertion: impl Fn(Insertion) + 'static) -> Option<EventListener> {
    let area = field.cast::<HtmlTextAreaElement>()?;
    let target = area.clone();
    Some(crate::browser::dom::listen(&target, "beforeinput", move |event| {
        let Some(event) = event.dyn_ref::<InputEvent>() else {
            return;
        };
        let inserted =
            event.data().or_else(|| event.data_transfer().and_then(|transfer| transfer.get_data("text/plain").ok()));
        let Some(text) = inserted else {
            return;
        };
        let value = area.value();
        let length = value.encode_utf16().count();
        let start = area.selection_start().ok().flatten().map_or(length, |at| at as usize).min(length);
        let end = area.selection_end().ok().flatten().map_or(length, |at| at as usize).clamp(start, length);
        on_insertion(Insertion { value, start, end, text });
    }))
}
