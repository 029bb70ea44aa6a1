//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts,
//! shows the seed sentences, selects by click and keyboard, and remembers
//! the interface language in localStorage.
#![cfg(target_arch = "wasm32")]

use hamish::browser::journal::Journal;
use hamish::browser::storage;
use hamish::core::document::DocumentId;
use hamish::core::prefs::Preferences;
use hamish::core::store::encode_meta;
use hamish::core::strings::Lang;
use hamish::ui::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn page() -> web_sys::Document {
    web_sys::window().and_then(|window| window.document()).expect("a page")
}

fn clear_storage() {
    let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten()).expect("localStorage");
    storage.clear().expect("clearing localStorage");
}

/// Mounts a fresh app in its own element and waits for it to render.
async fn mount() -> (Element, yew::AppHandle<App>) {
    let root = page().create_element("div").expect("a div");
    page().body().expect("a body").append_child(&root).expect("appending");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    (root, handle)
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

#[wasm_bindgen_test]
async fn the_app_shows_the_seed_document_sentence_by_sentence() {
    clear_storage();
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
    clear_storage();
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
    clear_storage();
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
    clear_storage();
}

#[wasm_bindgen_test]
fn preferences_round_trip_through_local_storage() {
    clear_storage();
    let preferences = Preferences {
        lang: Lang::English,
        open_document: Some(DocumentId("000_x".into())),
        annotator: "سارة".into(),
        theme: hamish::core::prefs::Theme::Dark,
        text_size: hamish::core::prefs::TextSize::Large,
        advance: true,
        span_any_range: true,
    };
    storage::write(storage::PREFERENCES_KEY, &encode_meta(5, &preferences)).expect("writing");
    assert_eq!(storage::load_preferences(), Ok(preferences));
    storage::write(storage::PREFERENCES_KEY, "{garbage").expect("writing");
    assert_eq!(storage::load_preferences(), Ok(Preferences::default()));
    clear_storage();
}

fn labels_of(root: &Element, index: usize) -> Option<String> {
    root.query_selector(&format!("[data-sentence=\"{index}\"]")).ok().flatten()?.get_attribute("data-labels")
}

#[wasm_bindgen_test]
async fn a_label_is_stored_at_once_and_restored_by_a_new_visit() {
    clear_storage();
    let (root, handle) = mount().await;
    sentences(&root)[2].clone().dyn_into::<HtmlElement>().expect("an element").click();
    yew::scheduler::flush().await;
    press("2");
    yew::scheduler::flush().await;
    assert_eq!(labels_of(&root, 2).as_deref(), Some("دليل"));
    let stored = storage::entries().expect("entries");
    let chunk = stored.iter().find(|(key, _)| key.starts_with("hamish/v1/doc/")).expect("a stored chunk");
    assert!(chunk.1.contains("[2]"), "{}", chunk.1);
    handle.destroy();
    root.remove();

    let (root, handle) = mount().await;
    assert_eq!(labels_of(&root, 2).as_deref(), Some("دليل"));
    handle.destroy();
    root.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn unreadable_data_is_set_aside_reported_and_never_overwritten() {
    clear_storage();
    storage::write("hamish/v1/labels", "{not json").expect("writing");
    let (root, handle) = mount().await;
    assert!(sentences(&root).len() >= 30, "the app still starts");
    let alert = root.query_selector("[role=alert][data-problem=unreadable]").ok().flatten().expect("an alert");
    assert!(alert.text_content().unwrap_or_default().contains("hamish/v1/labels"));
    assert_eq!(storage::read("hamish/v1/quarantine/hamish/v1/labels"), Ok(Some("{not json".to_string())));
    // Labeling writes a fresh label set; the set-aside copy stays untouched.
    sentences(&root)[0].clone().dyn_into::<HtmlElement>().expect("an element").click();
    yew::scheduler::flush().await;
    press("1");
    yew::scheduler::flush().await;
    assert_eq!(storage::read("hamish/v1/quarantine/hamish/v1/labels"), Ok(Some("{not json".to_string())));
    handle.destroy();
    root.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_and_nothing_in_memory_is_lost() {
    clear_storage();
    let (root, handle) = mount().await;
    // Fill the origin's quota.
    // Fill the origin's quota to the last character: big blocks, then smaller ones.
    let mut filled = 0;
    let mut size = 256 * 1024;
    while size > 0 {
        let block = "ب".repeat(size);
        while storage::write(&format!("f{filled}"), &block).is_ok() {
            filled += 1;
            assert!(filled < 2_000, "the quota never ran out");
        }
        size /= 4;
    }
    assert_eq!(storage::write("filler/last", "ب"), Err(storage::StorageError::Full));
    sentences(&root)[4].clone().dyn_into::<HtmlElement>().expect("an element").click();
    yew::scheduler::flush().await;
    press("3");
    yew::scheduler::flush().await;
    assert_eq!(labels_of(&root, 4).as_deref(), Some("رأي"), "the label stays on screen");
    let alert = root.query_selector("[role=alert][data-problem=Full]").ok().flatten();
    assert!(alert.is_some(), "the full storage is reported");
    handle.destroy();
    root.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_journal_keeps_records_by_key() {
    let journal = Journal::open().await.expect("IndexedDB opens");
    // Other tests' apps write to the same journal: look only at this test's keys.
    let prefix = "hamish/v1/doc/journal-test/";
    journal.put(&format!("{prefix}0"), 5, Some("first")).expect("a put");
    journal.put(&format!("{prefix}0"), 6, Some("second")).expect("a put");
    journal.put(&format!("{prefix}1"), 7, None).expect("a removal");
    let entries: Vec<_> =
        journal.entries().await.expect("entries").into_iter().filter(|entry| entry.key.starts_with(prefix)).collect();
    assert_eq!(entries.len(), 2);
    assert_eq!((entries[0].seq, entries[0].value.as_deref()), (6, Some("second")));
    assert_eq!((entries[1].seq, entries[1].value.as_deref()), (7, None));
    journal.put_texts(&[("journal-test-doc", "نص مستورد")]).expect("a text");
    assert_eq!(journal.text("journal-test-doc").await, Ok(Some("نص مستورد".to_string())));
    journal.delete_text("journal-test-doc").expect("a removal");
    assert_eq!(journal.text("journal-test-doc").await, Ok(None));
}

#[wasm_bindgen_test]
fn rewriting_at_start_up_keeps_the_records_of_documents_read_back_later() {
    use hamish::browser::persistence::{rewrite_all, Persistence};
    use hamish::core::state::State;
    clear_storage();
    let imported = r#"{"v":2,"seq":1,"documents":[{"id":"txt-later","title":"لاحقًا"}]}"#;
    let later = r#"{"v":2,"seq":1,"a":[[0,5,"00000000",[1]]]}"#;
    let gone = r#"{"v":2,"seq":1,"a":[[0,5,"00000000",[2]]]}"#;
    for (key, value) in
        [("hamish/v1/imported", imported), ("hamish/v1/doc/txt-later/0", later), ("hamish/v1/doc/removed/0", gone)]
    {
        storage::write(key, value).expect("writing");
    }
    let entries = storage::entries().expect("entries");
    let state = State::new(hamish::core::seeds::bundled_documents(), &Preferences::default());
    let mut writer = Persistence::new(None, 1);
    assert_eq!(rewrite_all(&mut writer, &state, &entries), None);
    assert_eq!(
        storage::read("hamish/v1/doc/txt-later/0"),
        Ok(Some(later.to_string())),
        "kept for when its text is read back"
    );
    assert_eq!(storage::read("hamish/v1/doc/removed/0"), Ok(None), "a document gone for good: its chunk goes");
    clear_storage();
}
