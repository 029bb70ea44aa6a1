//! A panic anywhere ends the app's code on this page. It is caught here:
//! the page says so over everything, in the interface language, with the
//! work as it was last shown ready to download (a Hamish JSON file of
//! every document, which Import takes back) and a reload (what was saved is read again), so it
//! is never a dead page that ignores every key.

use crate::core::formats::export::Scope;
use crate::core::formats::hamish::write::export_hamish_json;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::work::Work;
use crate::core::state::State;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Document, Element, Url};

thread_local! {
    /// The work last shown, and who annotated it.
    static LAST: RefCell<Option<(Work, String)>> = const { RefCell::new(None) };
}

/// The id of the report shown over the page.
pub const REPORT_ID: &str = "crash-report";
/// A page address ending in this rehearses a crash, for the tests.
pub const REHEARSAL: &str = "#rehearse-a-crash";

/// Notes the state shown, for the backup a crash offers.
pub fn remember(state: &State) {
    let last = (state.work.clone(), state.prefs.annotator.clone());
    let _ = LAST.try_with(|cell| cell.try_borrow_mut().map(|mut kept| *kept = Some(last)));
}

/// What a panic does: says so in the console and over the page (only the
/// first time: a second panic while reporting changes nothing). Set as the
/// panic hook (Yew's renderer sets its own unless given this one).
pub fn on_panic(info: &std::panic::PanicHookInfo) {
    web_sys::console::error_1(&format!("Hamish stopped: {info}").into());
    let _ = report();
}

/// Panics a moment after start-up when the page's address ends in
/// [`REHEARSAL`] (tests see what a user would).
pub fn rehearse_if_asked() {
    let asked =
        web_sys::window().and_then(|window| window.location().hash().ok()).is_some_and(|hash| hash == REHEARSAL);
    if asked {
        gloo::timers::callback::Timeout::new(300, || panic!("a rehearsed crash")).forget();
    }
}

fn report() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id(REPORT_ID).is_some() {
        return Some(());
    }
    let root = document.document_element()?;
    let lang = if root.get_attribute("lang").as_deref() == Some("en") { Lang::English } else { Lang::Arabic };
    let report = element(&document, "div", &[("id", REPORT_ID), ("class", "crash-report"), ("role", "alertdialog")])?;
    report.set_attribute("aria-modal", "true").ok()?;
    report.set_attribute("aria-labelledby", "crash-title").ok()?;
    report.set_attribute("dir", lang.dir()).ok()?;
    report.set_attribute("lang", lang.code()).ok()?;
    let title = element(&document, "h2", &[("id", "crash-title")])?;
    title.set_text_content(Some(tr(lang, Text::CrashTitle)));
    let said = element(&document, "p", &[])?;
    said.set_text_content(Some(tr(lang, Text::CrashMessage)));
    let actions = element(&document, "div", &[("class", "dialog-actions")])?;
    let reload = element(&document, "a", &[("class", "button primary"), ("data-action", "reload")])?;
    reload.set_attribute("href", &web_sys::window()?.location().pathname().ok()?).ok()?;
    reload.set_text_content(Some(tr(lang, Text::CrashReload)));
    actions.append_child(&reload).ok()?;
    if let Some(url) = backup_url() {
        let backup = element(&document, "a", &[("class", "button"), ("data-action", "crash-backup")])?;
        backup.set_attribute("href", &url).ok()?;
        backup.set_attribute("download", "hamish-backup-all-documents.json").ok()?;
        backup.set_text_content(Some(tr(lang, Text::CrashBackup)));
        actions.append_child(&backup).ok()?;
    }
    for child in [&title, &said, &actions] {
        report.append_child(child).ok()?;
    }
    document.body()?.append_child(&report).ok()?;
    reload.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}

/// An element `tag` with `attributes`.
fn element(document: &Document, tag: &str, attributes: &[(&str, &str)]) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    for (name, value) in attributes {
        element.set_attribute(name, value).ok()?;
    }
    Some(element)
}

/// A link target holding the backup of the work last shown.
fn backup_url() -> Option<String> {
    let text = LAST.try_with(|cell| {
        let kept = cell.try_borrow().ok()?;
        let now = String::from(js_sys::Date::new_0().to_iso_string());
        kept.as_ref().map(|(work, annotator)| export_hamish_json(work, annotator, &Scope::All, &now))
    });
    let parts = js_sys::Array::of1(&text.ok()??.into());
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}
