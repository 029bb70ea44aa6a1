//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts,
//! shows the seed sentences, selects by click and keyboard, remembers the
//! interface language in localStorage, keeps the work in IndexedDB (moved
//! there from localStorage where an earlier version kept it), sets aside
//! what it cannot read, keeps a change it could not store in memory, and
//! reports preferences localStorage refused until it takes them.
#![cfg(target_arch = "wasm32")]

use hamish::browser::database::Database;
use hamish::browser::startup;
use hamish::browser::storage;
use hamish::core::i18n::Lang;
use hamish::core::model::prefs::Preferences;
use hamish::core::store::{encode_meta, Record};
use hamish::core::text::document::DocumentId;
use hamish::ui::app::{App, AppProps, Booted};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn page() -> web_sys::Document {
    web_sys::window().and_then(|window| window.document()).expect("a page")
}

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a window");
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).expect("a timer");
    });
    JsFuture::from(promise).await.expect("the timer fires");
}

/// Empties localStorage and the app's database.
async fn clear_storage() {
    let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten()).expect("localStorage");
    storage.clear().expect("clearing localStorage");
    let database = Database::open().await.expect("IndexedDB opens");
    let records = database.records().await.expect("records");
    let gone: Vec<Record> = records.into_iter().map(|record| Record { key: record.key, value: None }).collect();
    database.put(&gone).await.expect("the store takes the deletions");
}

/// Reads the work as the page would, mounts a fresh app in its own element
/// and waits for it to render.
async fn mount() -> (Element, yew::AppHandle<App>) {
    let (root, handle, _) = mount_with_boot().await;
    (root, handle)
}

/// [`mount`], also handing back what start-up read.
async fn mount_with_boot() -> (Element, yew::AppHandle<App>, Rc<startup::Boot>) {
    let root = page().create_element("div").expect("a div");
    page().body().expect("a body").append_child(&root).expect("appending");
    let boot = Rc::new(startup::boot().await);
    let props = AppProps { boot: Booted(boot.clone()) };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, handle, boot)
}

/// Waits until nothing is on its way to the store.
async fn saved(root: &Element) {
    for _ in 0..200 {
        sleep(10).await;
        let status = root.query_selector(".save-status").ok().flatten();
        if status.and_then(|status| status.get_attribute("data-saving")).as_deref() == Some("false") {
            return;
        }
    }
    panic!("the change never reached the store");
}

fn sentences(root: &Element) -> Vec<Element> {
    let list = root.query_selector_all("[data-sentence]").expect("a selector");
    (0..list.length()).filter_map(|index| list.item(index)?.dyn_into::<Element>().ok()).collect()
}

fn selected_indexes(root: &Element) -> Vec<String> {
    sentences(root)
        .iter()
        .filter(|element| element.get_attribute("aria-selected").as_deref() == Some("true"))
        .filter_map(|element| element.get_attribute("data-sentence"))
        .collect()
}

fn press(key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("a key event");
    page().body().expect("a body").dispatch_event(&event).expect("dispatching");
}

/// The stored record under `key`, if any.
async fn stored(key: &str) -> Option<String> {
    let database = Database::open().await.expect("IndexedDB opens");
    database.read(&[key.to_string()]).await.expect("a read").pop().and_then(|(_, value)| value)
}

#[wasm_bindgen_test]
async fn the_app_shows_the_seed_document_sentence_by_sentence() {
    clear_storage().await;
    let (root, handle) = mount().await;
    let all = sentences(&root);
    assert!((30..=34).contains(&all.len()), "{} sentences", all.len());
    assert_eq!(all[0].text_content().as_deref(), Some("10 سبتمبر 2025"));
    for (index, element) in all.iter().enumerate() {
        assert_eq!(element.get_attribute("data-sentence"), Some(index.to_string()));
        assert_eq!(element.get_attribute("aria-selected").as_deref(), Some("false"));
    }
    let article = root.query_selector(".document[role=listbox]").ok().flatten().expect("the document");
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn click_selects_and_arrow_keys_move_the_selection() {
    clear_storage().await;
    let (root, handle) = mount().await;
    let second = sentences(&root)[1].clone().dyn_into::<HtmlElement>().expect("an HTML element");
    second.click();
    yew::scheduler::flush().await;
    assert_eq!(selected_indexes(&root), ["1"]);
    press("ArrowDown");
    yew::scheduler::flush().await;
    assert_eq!(selected_indexes(&root), ["2"]);
    press("k");
    press("k");
    yew::scheduler::flush().await;
    assert_eq!(selected_indexes(&root), ["0"]);
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_interface_and_is_remembered() {
    clear_storage().await;
    let (root, handle) = mount().await;
    let html = page().document_element().expect("<html>");
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    let switch = root.query_selector(".lang-switch").ok().flatten().expect("the language switch");
    assert_eq!(switch.text_content().as_deref().map(str::trim), Some("English"));
    switch.dyn_into::<HtmlElement>().expect("a button").click();
    yew::scheduler::flush().await;
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(storage::load_preferences().map(|preferences| preferences.lang), Ok(Lang::English));
    handle.destroy();
    root.remove();

    // A new visit starts in English.
    let (root, handle) = mount().await;
    let switch = root.query_selector(".lang-switch").ok().flatten().expect("the language switch");
    assert_eq!(switch.text_content().as_deref().map(str::trim), Some("العربية"));
    handle.destroy();
    root.remove();
    clear_storage().await;
}

#[wasm_bindgen_test]
async fn preferences_round_trip_through_local_storage() {
    clear_storage().await;
    let preferences = Preferences {
        lang: Lang::English,
        open_document: Some(DocumentId("000_x".into())),
        annotator: "سارة".into(),
        theme: hamish::core::model::prefs::Theme::Dark,
        text_size: hamish::core::model::prefs::TextSize::Large,
        advance: true,
        span_any_range: true,
    };
    storage::write(storage::PREFERENCES_KEY, &encode_meta(5, &preferences)).expect("writing");
    assert_eq!(storage::load_preferences(), Ok(preferences));
    storage::write(storage::PREFERENCES_KEY, "{garbage").expect("writing");
    assert_eq!(storage::load_preferences(), Ok(Preferences::default()));
    clear_storage().await;
}

fn labels_of(root: &Element, index: usize) -> Option<String> {
    root.query_selector(&format!("[data-sentence=\"{index}\"]")).ok().flatten()?.get_attribute("data-labels")
}

#[wasm_bindgen_test]
async fn a_label_is_stored_in_indexed_db_and_restored_by_a_new_visit() {
    clear_storage().await;
    let (root, handle) = mount().await;
    sentences(&root)[2].clone().dyn_into::<HtmlElement>().expect("an element").click();
    yew::scheduler::flush().await;
    press("2");
    yew::scheduler::flush().await;
    assert_eq!(labels_of(&root, 2).as_deref(), Some("دليل"));
    saved(&root).await;
    let document = hamish::core::text::seeds::bundled_documents().remove(0).id;
    let chunk = stored(&format!("hamish/v1/doc/{document}/0")).await.expect("a stored chunk");
    assert!(chunk.contains("[2]"), "{chunk}");
    let local = storage::entries().expect("entries");
    assert!(local.iter().all(|(key, _)| !key.starts_with("hamish/v1/doc/")), "no work in localStorage");
    handle.destroy();
    root.remove();

    let (root, handle) = mount().await;
    assert_eq!(labels_of(&root, 2).as_deref(), Some("دليل"));
    handle.destroy();
    root.remove();
    clear_storage().await;
}

#[wasm_bindgen_test]
async fn work_an_earlier_version_kept_in_local_storage_moves_to_indexed_db() {
    clear_storage().await;
    let document = hamish::core::text::seeds::bundled_documents().remove(0);
    let sentence = &document.sentences()[3];
    let chunk = format!(r#"{{"v":2,"seq":7,"a":[[{},{},"{}",[3]]]}}"#, sentence.start, sentence.end, sentence.hash);
    let key = format!("hamish/v1/doc/{}/0", document.id);
    storage::write(&key, &chunk).expect("writing");
    let (root, handle) = mount().await;
    assert_eq!(labels_of(&root, 3).as_deref(), Some("رأي"), "the label is back");
    assert_eq!(storage::read(&key), Ok(None), "gone from localStorage once moved");
    let moved = stored(&key).await.expect("in IndexedDB");
    assert!(moved.contains(&format!("[{},{},", sentence.start, sentence.end)) && moved.contains("[3]"), "{moved}");
    handle.destroy();
    root.remove();
    clear_storage().await;
}

#[wasm_bindgen_test]
async fn unreadable_data_is_set_aside_reported_and_never_overwritten() {
    clear_storage().await;
    let database = Database::open().await.expect("IndexedDB opens");
    let bad = Record { key: "hamish/v1/labels".into(), value: Some("{not json".into()) };
    database.put(&[bad]).await.expect("writing");
    let (root, handle) = mount().await;
    assert!(sentences(&root).len() >= 30, "the app still starts");
    let alert = root.query_selector("[role=alert][data-problem=unreadable]").ok().flatten().expect("an alert");
    assert!(alert.text_content().unwrap_or_default().contains("hamish/v1/labels"));
    assert_eq!(stored("hamish/v1/quarantine/hamish/v1/labels").await.as_deref(), Some("{not json"));
    // Labeling writes a fresh label set; the set-aside copy stays untouched.
    sentences(&root)[0].clone().dyn_into::<HtmlElement>().expect("an element").click();
    yew::scheduler::flush().await;
    press("1");
    yew::scheduler::flush().await;
    saved(&root).await;
    assert_eq!(stored("hamish/v1/quarantine/hamish/v1/labels").await.as_deref(), Some("{not json"));
    assert_ne!(stored("hamish/v1/labels").await.as_deref(), Some("{not json"), "moved aside, not left in place");
    handle.destroy();
    root.remove();
    clear_storage().await;
}

#[wasm_bindgen_test]
async fn a_change_the_store_refuses_stays_on_screen_and_is_reported() {
    clear_storage().await;
    let (root, handle, boot) = mount_with_boot().await;
    // The database goes away under the app (as when the browser closes it).
    boot.persistence.database().expect("a database").close();
    sentences(&root)[4].clone().dyn_into::<HtmlElement>().expect("an element").click();
    yew::scheduler::flush().await;
    press("3");
    yew::scheduler::flush().await;
    sleep(100).await;
    assert_eq!(labels_of(&root, 4).as_deref(), Some("رأي"), "the label stays on screen");
    let alert = root.query_selector("[role=alert][data-problem]").ok().flatten();
    assert!(alert.is_some(), "the refusal is reported");
    handle.destroy();
    root.remove();
    clear_storage().await;
}

#[wasm_bindgen_test]
async fn the_database_keeps_records_and_texts_by_key() {
    let database = Database::open().await.expect("IndexedDB opens");
    // Other tests' apps write to the same database: look only at this test's keys.
    let key = |n: usize| format!("hamish/v1/doc/database-test/{n}");
    let record = |n: usize, value: Option<&str>| Record { key: key(n), value: value.map(str::to_string) };
    database.put(&[record(0, Some(r#"{"v":2,"seq":5}"#)), record(1, Some(r#"{"v":2,"seq":6}"#))]).await.expect("puts");
    database.put(&[record(0, Some(r#"{"v":2,"seq":7}"#)), record(1, None)]).await.expect("a put and a removal");
    let read = database.read(&[key(0), key(1)]).await.expect("a read");
    assert_eq!(read, vec![(key(0), Some(r#"{"v":2,"seq":7}"#.to_string())), (key(1), None)]);
    let all = database.records().await.expect("records");
    assert_eq!(all.iter().find(|record| record.key == key(0)).map(|record| record.seq), Some(7));
    database.put(&[record(0, None)]).await.expect("a removal");
}

/// Fills localStorage until it refuses more; returns the keys it took.
fn fill_local_storage() -> Vec<String> {
    let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten()).expect("localStorage");
    let block = "x".repeat(256 * 1024);
    let mut keys = Vec::new();
    for size in [block.len(), 16 * 1024, 1024, 64, 1] {
        while storage.set_item(&format!("filler-{}", keys.len()), &block[..size]).is_ok() {
            keys.push(format!("filler-{}", keys.len()));
        }
    }
    keys
}

#[wasm_bindgen_test]
async fn preferences_the_browser_refuses_are_reported_and_written_with_the_next_change() {
    clear_storage().await;
    let (root, handle) = mount().await;
    let filler = fill_local_storage();
    assert!(!filler.is_empty(), "localStorage took some filler");
    let switch = || root.query_selector(".lang-switch").ok().flatten().expect("the switch");
    switch().dyn_into::<HtmlElement>().expect("a button").click();
    yew::scheduler::flush().await;
    sleep(50).await;
    let alert = root.query_selector("[role=alert][data-problem]").ok().flatten().expect("the refusal is reported");
    assert_eq!(alert.get_attribute("data-problem").as_deref(), Some("Full"));
    assert_eq!(storage::load_preferences().map(|preferences| preferences.lang), Ok(Lang::Arabic), "not kept");
    // Room again: the next change writes the preferences, and the alert goes.
    for key in &filler {
        storage::remove(key).expect("removing filler");
    }
    switch().dyn_into::<HtmlElement>().expect("a button").click();
    yew::scheduler::flush().await;
    switch().dyn_into::<HtmlElement>().expect("a button").click();
    yew::scheduler::flush().await;
    sleep(50).await;
    assert_eq!(storage::load_preferences().map(|preferences| preferences.lang), Ok(Lang::English));
    assert!(root.query_selector("[role=alert][data-problem]").ok().flatten().is_none(), "the alert is gone");
    handle.destroy();
    root.remove();
    clear_storage().await;
}
