//! What an import tells the user before anything changes: sizes people
//! read, and the labels a file would add.

use hamish_core::formats::errors::{ImportError, MAX_IMPORT_BYTES};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::plan::plan_import;
use hamish_core::i18n::said::files::size as tr_size;
use hamish_core::i18n::Lang;
use hamish_core::model::work::Work;
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{formats::export::Scope, formats::hamish::write::export_hamish_json};
use serde_json::Value;

#[test]
fn sizes_read_as_people_read_them() {
    assert_eq!(tr_size(Lang::English, 31_457_838), "30.0 MB");
    assert_eq!(tr_size(Lang::English, MAX_IMPORT_BYTES), "200.0 MB");
    assert_eq!(tr_size(Lang::Arabic, 10 * 1024 * 1024 * 1024), "10.0 ج.ب");
    assert_eq!(tr_size(Lang::English, 1536), "1.5 KB");
    assert_eq!(tr_size(Lang::English, 12), "12 bytes");
    let message = ImportError::TooLarge { size: 314_572_800 }.describe(Lang::English);
    assert_eq!(message, "The file is 300.0 MB; the limit is 200.0 MB.");
    let arabic = ImportError::TooLarge { size: 314_572_800 }.describe(Lang::Arabic);
    assert!(arabic.contains("300.0") && arabic.contains("200.0") && !arabic.contains("314572800"), "{arabic}");
}

#[test]
fn a_plan_names_the_labels_a_file_would_add() {
    let work = Work::new(vec![Document::new(DocumentId("a".into()), "جملة.".into(), "a", DocumentSource::Bundled)]);
    let mut file: Value = serde_json::from_str(&export_hamish_json(&work, "", &Scope::All, "")).expect("json");
    let labels = file["label_set"]["labels"].as_array_mut().expect("labels");
    for i in 0..2_000 {
        labels.push(serde_json::json!({ "id": 100 + i, "name": format!("تصنيف {i}"), "color": "blue" }));
    }
    let plan = plan_import(&work, read_hamish_json(&file.to_string()).expect("valid"));
    assert_eq!(plan.new_labels.len(), 2_000, "the five labels the app has are not new");
    assert_eq!(plan.new_labels[0], "تصنيف 0");
    assert_eq!(plan.labels_after, 2_005);
    let same = plan_import(&work, read_hamish_json(&export_hamish_json(&work, "", &Scope::All, "")).expect("valid"));
    assert!(same.new_labels.is_empty());
}
