//! Export and import: exact round trips, golden files for every format,
//! Python reading the exports, clear errors, and an importer that never
//! panics or changes anything on bad input.

use crate::helpers::{apply, bundled, golden};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::open_file::{file_kind, FileKind};
use hamish_core::formats::plan::plan_import;
use hamish_core::formats::table::read::TableFormat;
use hamish_core::formats::w3c::write::export_w3c;
use hamish_core::i18n::Lang;
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Documents, LabelEdit, Select, Setting, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{
    formats::errors::MAX_IMPORT_BYTES,
    formats::errors::{ImportError, Problem},
    formats::plan::ImportMode,
    formats::text_file::{decode_bytes, text_document},
};
use hamish_core::{
    formats::export::{export_file_name, named_file, Scope},
    formats::hamish::write::export_hamish_json,
    formats::sentences::{export_csv, export_documents_jsonl, export_jsonl},
};
use hamish_core::{
    formats::training::huggingface::{export_hf_jsonl, hf_dataset_card},
    formats::training::label_studio::{export_label_studio, label_studio_config},
    formats::training::spacy::export_spacy_jsonl,
};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::rc::Rc;

const EXPORTED_AT: &str = "2026-11-25T09:00:00Z";

fn documents() -> Vec<Document> {
    vec![
        bundled("news", "عنوان الخبر\nقال الوزير: \"نعم\". ثم غادر؟ بلغ النمو 3.5 بالمئة. 😀 رائع!"),
        bundled("mixed", "النص فيه English words و أرقام ١٢٣. Second sentence here. ثالثة بتشكيل: كَتَبَ."),
    ]
}

fn fixed_state() -> State {
    apply(
        State::new(documents(), &Preferences::default()),
        &[
            Action::Set(Setting::Annotator("سارة".into())),
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Annotate(Annotate::SetNote {
                index: 1, note: "ملاحظة, فيها \"اقتباس\"\nوسطر ثان".into()
            }),
            Action::Select(Select::One(3)),
            Action::Annotate(Annotate::ToggleLabelKey(4)),
            Action::Documents(Documents::Open(DocumentId("mixed".into()))),
            Action::Select(Select::One(2)),
            Action::Annotate(Annotate::ToggleLabelKey(3)),
        ],
    )
}

/// Labels by name and notes, per document: what an exchange must keep.
fn work(state: &State) -> Vec<(String, usize, Vec<String>, String)> {
    let mut rows = Vec::new();
    for (doc, annotations) in state.work.annotations().iter() {
        for (index, annotation) in annotations.iter() {
            let names = annotation
                .labels
                .iter()
                .filter_map(|id| state.work.labels().get(*id))
                .map(|l| l.name.clone())
                .collect();
            rows.push((doc.as_str().to_string(), index, names, annotation.note.clone()));
        }
    }
    rows
}

fn import(into: &State, json: &str, mode: ImportMode) -> Result<State, ImportError> {
    let plan = plan_import(&into.work, read_hamish_json(json)?);
    Ok(into.reduce(&Action::import(Rc::new(plan), mode, false)).unwrap_or_else(|| into.clone()))
}

#[test]
fn export_then_import_gives_back_the_same_work() {
    let state = fixed_state();
    let json = export_hamish_json(&state.work, &state.prefs.annotator, &Scope::All, EXPORTED_AT);
    let fresh = State::new(documents(), &Preferences::default());
    let imported = import(&fresh, &json, ImportMode::Replace).expect("a valid file");
    assert_eq!(work(&imported), work(&state));
    assert_eq!(imported.prefs.annotator, "سارة");
    // Into a browser without these documents: they arrive with their text.
    let empty = State::new(vec![bundled("other", "نص آخر.")], &Preferences::default());
    let added = import(&empty, &json, ImportMode::Replace).expect("a valid file");
    assert_eq!(added.work.documents().len(), 3);
    assert_eq!(added.work.documents()[1].text(), state.work.documents()[0].text());
    assert_eq!(work(&added), work(&state));
    assert!(added.history.can_undo(), "an import is one undoable change");
}

#[test]
fn sentence_text_is_the_document_text_sliced_by_code_points() {
    let state = fixed_state();
    let file: serde_json::Value =
        serde_json::from_str(&export_hamish_json(&state.work, &state.prefs.annotator, &Scope::All, EXPORTED_AT))
            .expect("json");
    for document in file["documents"].as_array().expect("documents") {
        let chars: Vec<char> = document["text"].as_str().expect("text").chars().collect();
        for sentence in document["sentences"].as_array().expect("sentences") {
            let (start, end) =
                (sentence["start"].as_u64().expect("start") as usize, sentence["end"].as_u64().expect("end") as usize);
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(sentence["text"].as_str(), Some(slice.as_str()));
        }
    }
    assert_eq!(file["format"], "hamish");
    assert_eq!(file["version"], 1);
    assert_eq!(file["annotator"], "سارة");
}

#[test]
fn one_document_or_all_with_a_dated_file_name() {
    let state = fixed_state();
    let one: serde_json::Value = serde_json::from_str(&export_hamish_json(
        &state.work,
        &state.prefs.annotator,
        &Scope::Document(DocumentId("news".into())),
        EXPORTED_AT,
    ))
    .expect("json");
    assert_eq!(one["documents"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        export_file_name(&Scope::Document(DocumentId("news".into())), "2026-11-25", "json"),
        "hamish-news-2026-11-25.json"
    );
    assert_eq!(export_file_name(&Scope::All, "2026-11-25", "csv"), "hamish-all-2026-11-25.csv");
    assert_eq!(
        export_file_name(&Scope::Document(DocumentId("a/../b c".into())), "2026-11-25", "json"),
        "hamish-a-b-c-2026-11-25.json"
    );
    assert_eq!(
        named_file("exercise", "2026-12-07", "تمرين الحجاج: الأسبوع 3", "json"),
        "hamish-exercise-2026-12-07-تمرين-الحجاج-الأسبوع-3.json",
        "the date first, one hyphen between words, the Arabic name last"
    );
    assert_eq!(named_file("grades", "2026-12-07", "", "csv"), "hamish-grades-2026-12-07.csv");
}

#[test]
fn every_format_matches_its_golden_file() {
    let state = fixed_state();
    golden("export.json", &export_hamish_json(&state.work, &state.prefs.annotator, &Scope::All, EXPORTED_AT));
    golden("export.jsonl", &export_jsonl(&state.work, &Scope::All));
    golden("export.csv", &export_csv(&state.work, &Scope::All));
    golden("export.w3c.jsonld", &export_w3c(&state.work, &state.prefs.annotator, &Scope::All, EXPORTED_AT));
    golden("export.documents.jsonl", &export_documents_jsonl(&state.work, &Scope::All));
    golden("export.spacy.jsonl", &export_spacy_jsonl(&state.work, &Scope::All));
    golden("export.label-studio.json", &export_label_studio(&state.work, &Scope::All));
    golden("export.label-studio.xml", &label_studio_config(state.work.labels()));
    golden("export.hf.jsonl", &export_hf_jsonl(&state.work, &Scope::All));
    golden("export.hf.README.md", &hf_dataset_card(&state.work, &Scope::All, EXPORTED_AT));
}

#[test]
fn csv_starts_with_a_byte_order_mark_and_quotes_what_needs_it() {
    let csv = export_csv(&fixed_state().work, &Scope::All);
    assert!(csv.starts_with(
        "\u{feff}document,title,source_file,source_id,sentence,start,end,text,label,note,spans,reviewed,ادعاء,دليل,رأي,سؤال,خلفية\r\n"
    ));
    assert!(csv.contains(",true,1,1,0,0,0\r\n"), "one 0/1 column per label");
    assert!(csv.contains("\"ملاحظة, فيها \"\"اقتباس\"\"\nوسطر ثان\""));
}

#[test]
fn w3c_annotations_select_by_quote_and_by_code_point_position() {
    let state = fixed_state();
    let w3c: serde_json::Value =
        serde_json::from_str(&export_w3c(&state.work, &state.prefs.annotator, &Scope::All, EXPORTED_AT)).expect("json");
    let items = w3c["first"]["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    let first = &items[0];
    let selectors = first["target"]["selector"].as_array().expect("selectors");
    assert_eq!(selectors[0]["type"], "TextQuoteSelector");
    assert_eq!(selectors[1]["type"], "TextPositionSelector");
    let chars: Vec<char> = state.work.documents()[0].text().chars().collect();
    let (start, end) =
        (selectors[1]["start"].as_u64().unwrap_or(0) as usize, selectors[1]["end"].as_u64().unwrap_or(0) as usize);
    assert_eq!(chars[start..end].iter().collect::<String>(), selectors[0]["exact"].as_str().unwrap_or_default());
    let bodies: Vec<&str> =
        first["body"].as_array().expect("bodies").iter().filter_map(|b| b["value"].as_str()).collect();
    assert_eq!(bodies[..2], ["ادعاء", "دليل"]);
}

#[test]
fn python_reads_the_jsonl_and_csv_exports_with_the_arabic_intact() {
    let state = fixed_state();
    let dir = std::env::temp_dir().join(format!("hamish-python-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    std::fs::write(dir.join("export.jsonl"), export_jsonl(&state.work, &Scope::All)).expect("writing");
    std::fs::write(dir.join("export.csv"), export_csv(&state.work, &Scope::All)).expect("writing");
    let script = r#"
import csv, json, sys
d = sys.argv[1]
rows = [json.loads(line) for line in open(d + "/export.jsonl", encoding="utf-8")]
labeled = [r for r in rows if r["label"]]
assert [r["label"] for r in labeled] == [["ادعاء", "دليل"], ["سؤال"], ["رأي"]], labeled
assert labeled[0]["text"] == 'قال الوزير: "نعم".', labeled[0]["text"]
with open(d + "/export.csv", encoding="utf-8-sig", newline="") as f:
    table = list(csv.DictReader(f))
assert len(table) == len(rows)
assert [name for name in ["ادعاء", "دليل", "رأي", "سؤال", "خلفية"] if table[1][name] == "1"] == ["ادعاء", "دليل"]
assert table[1]["note"] == 'ملاحظة, فيها "اقتباس"\nوسطر ثان'
assert table[1]["text"] == labeled[0]["text"]
print("python ok", len(rows))
"#;
    let output = std::process::Command::new("python3").arg("-c").arg(script).arg(&dir).output().expect("python3 runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("python ok"));
}

#[test]
fn merging_keeps_both_sides_and_conflicts_are_chosen_one_by_one() {
    let theirs = fixed_state();
    let json = export_hamish_json(&theirs.work, &theirs.prefs.annotator, &Scope::All, EXPORTED_AT);
    let mine = apply(
        State::new(documents(), &Preferences::default()),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(5)),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(5)),
        ],
    );
    let plan = plan_import(&mine.work, read_hamish_json(&json).expect("valid"));
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!((plan.conflicts[0].doc.as_str(), plan.conflicts[0].index), ("news", 1));
    assert_eq!(plan.conflicts[0].mine.0, ["خلفية"]);
    assert_eq!(plan.annotations, 3);
    let keep = mine
        .reduce(&Action::import(Rc::new(plan.clone()), ImportMode::Merge { take_theirs: BTreeSet::new() }, false))
        .expect("a change");
    let news = |state: &State, index| state.work.annotations()[&DocumentId("news".into())].labels(index).to_vec();
    assert_eq!(news(&keep, 1), vec![LabelId(5)], "kept mine");
    assert_eq!(news(&keep, 0), vec![LabelId(5)], "my other annotation stays");
    assert_eq!(news(&keep, 3), vec![LabelId(4)], "theirs added");
    let take = [(DocumentId("news".into()), 1)].into_iter().collect();
    let took =
        mine.reduce(&Action::import(Rc::new(plan), ImportMode::Merge { take_theirs: take }, false)).expect("a change");
    assert_eq!(news(&took, 1), vec![LabelId(1), LabelId(2)], "took theirs");
    let undone = took.reduce(&Action::Undo).expect("undo");
    assert_eq!(undone.work.annotations(), mine.work.annotations());
}

#[test]
fn unknown_labels_in_a_merge_are_added_by_name() {
    let theirs = apply(
        fixed_state(),
        &[
            Action::Labels(LabelEdit::Add("استنتاج".into())),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(6)),
        ],
    );
    let json = export_hamish_json(&theirs.work, &theirs.prefs.annotator, &Scope::All, EXPORTED_AT);
    let mine = apply(
        State::new(documents(), &Preferences::default()),
        &[Action::Labels(LabelEdit::Rename(LabelId(1), hamish_core::i18n::lang::Lang::Arabic, "زعم".into()))],
    );
    let merged = import(&mine, &json, ImportMode::Merge { take_theirs: BTreeSet::new() }).expect("valid");
    let names: Vec<&str> = merged.work.labels().labels.iter().map(|label| label.name.as_str()).collect();
    assert_eq!(names, ["زعم", "دليل", "رأي", "سؤال", "خلفية", "ادعاء", "استنتاج"]);
}

fn error_of(json: &str) -> ImportError {
    read_hamish_json(json).expect_err("a rejection")
}

fn valid_json() -> String {
    export_hamish_json(&fixed_state().work, &fixed_state().prefs.annotator, &Scope::All, EXPORTED_AT)
}

fn mutate(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&valid_json()).expect("json");
    edit(&mut value);
    value.to_string()
}

#[test]
fn every_rejection_says_what_is_wrong_and_where() {
    assert_eq!(error_of("{\"format\": \"hamish\", "), ImportError::CutShort, "a file that stops early is cut short");
    assert!(matches!(error_of("{\"format\": \"hamish\", ]"), ImportError::MalformedJson { line: 1, .. }));
    assert_eq!(error_of("{\"format\": \"label-studio\"}"), ImportError::NotHamish { found: "\"label-studio\"".into() });
    assert_eq!(error_of(&mutate(|v| v["version"] = 2.into())), ImportError::TooNew { version: 2 });
    let not_number = error_of(&mutate(|v| v["documents"][1]["sentences"][2]["start"] = "7".into()));
    assert_eq!(
        not_number,
        ImportError::Invalid { path: "documents[1].sentences[2].start".into(), problem: Problem::ExpectedNumber }
    );
    assert_eq!(not_number.describe(Lang::English), "documents[1].sentences[2].start: expected a number");
    let out_of_range = error_of(&mutate(|v| v["documents"][0]["sentences"][0]["end"] = 100_000.into()));
    assert!(
        matches!(out_of_range, ImportError::Invalid { ref path, problem: Problem::OutOfRange { end: 100_000, .. } } if path == "documents[0].sentences[0]")
    );
    let mismatch = error_of(&mutate(|v| v["documents"][0]["sentences"][1]["text"] = "نص آخر".into()));
    assert_eq!(
        mismatch,
        ImportError::Invalid { path: "documents[0].sentences[1].text".into(), problem: Problem::TextMismatch }
    );
    let unknown = error_of(&mutate(|v| v["documents"][0]["sentences"][1]["labels"][0] = "مجهول".into()));
    assert_eq!(unknown.describe(Lang::English), "documents[0].sentences[1].labels[0]: unknown label “مجهول”");
    assert!(unknown.describe(Lang::Arabic).contains("تصنيف غير معروف"));
    let missing = error_of(&mutate(|v| {
        v["documents"][0].as_object_mut().map(|d| d.remove("text"));
    }));
    assert_eq!(missing, ImportError::Invalid { path: "documents[0].text".into(), problem: Problem::Missing });
    let duplicate = error_of(&mutate(|v| v["documents"][1]["id"] = "news".into()));
    assert!(matches!(duplicate, ImportError::Invalid { problem: Problem::Duplicate(_), .. }));
    assert_eq!(
        decode_bytes(&vec![b' '; MAX_IMPORT_BYTES + 1]),
        Err(ImportError::TooLarge { size: MAX_IMPORT_BYTES + 1 })
    );
    assert_eq!(decode_bytes(b"ok \xff"), Err(ImportError::NotUtf8 { at: 3 }));
}

#[test]
fn a_json_name_or_a_brace_means_json_and_anything_else_is_text() {
    assert_eq!(file_kind("work.json", "نص"), FileKind::Json);
    assert_eq!(file_kind("work.txt", "\u{feff}  {\"a\": 1}"), FileKind::Json);
    assert_eq!(file_kind("work.txt", "نص عادي"), FileKind::Text);
    assert_eq!(file_kind("README", "[1, 2]"), FileKind::Text);
    assert_eq!(file_kind("notes.txt", "[1] المقدمة"), FileKind::Text);
    assert_eq!(file_kind("export", " [ {\"text\": 1}]"), FileKind::Table(TableFormat::JsonArray));
    assert_eq!(file_kind("tasks.json", "[]"), FileKind::Table(TableFormat::JsonArray));
    assert_eq!(file_kind("tweets.CSV", "id,text"), FileKind::Table(TableFormat::Csv));
    assert_eq!(file_kind("rows.ndjson", "{}"), FileKind::Table(TableFormat::JsonLines));
    assert_eq!(file_kind("page.htm", "x"), FileKind::Html);
}

#[test]
fn a_text_file_becomes_a_document_titled_by_its_name_or_else_its_first_line() {
    let document =
        text_document("essay.txt", "\u{feff}عنوان المقال\r\nجملة أولى. جملة ثانية.\rسطر").expect("a document");
    assert_eq!(document.title, "essay");
    assert_eq!(document.origin.as_ref().map(|origin| origin.file.as_str()), Some("essay.txt"));
    for says_nothing in ["Untitled.txt", "New Text Document (2).txt", "12.txt", "بدون عنوان.txt"] {
        let titled = text_document(says_nothing, "عنوان المقال\nنص.").expect("a document");
        assert_eq!(titled.title, "عنوان المقال", "{says_nothing} says nothing of the text");
    }
    assert_eq!(document.text(), "عنوان المقال\nجملة أولى. جملة ثانية.\nسطر");
    assert_eq!(document.sentence_count(), 4);
    assert_eq!(document.source, DocumentSource::Imported);
    assert_eq!(text_document("essay.txt", "  \r\n").map(|d| d.id), Err(ImportError::EmptyText));
    let same = text_document("copy.txt", "عنوان المقال\nجملة أولى. جملة ثانية.\nسطر").expect("a document");
    assert_eq!(same.id, document.id, "the same text gets the same id");
    let state = State::new(documents(), &Preferences::default());
    let added = state.reduce(&Action::Documents(Documents::Add(Rc::new(document.clone())))).expect("added");
    assert_eq!(added.open_document().map(|d| d.id.clone()), Some(document.id.clone()));
    let again = added.reduce(&Action::Documents(Documents::Add(Rc::new(same)))).expect("opened");
    assert_eq!(again.work.documents().len(), 3);
    let labeled = apply(&added, &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ToggleLabelKey(1))]);
    let removed = labeled.reduce(&Action::Documents(Documents::Remove(document.id.clone()))).expect("removed");
    assert_eq!(removed.work.documents().len(), 2);
    assert!(!removed.work.annotations().contains_key(&document.id));
    assert_eq!(
        removed.reduce(&Action::Documents(Documents::Remove(DocumentId("news".into())))),
        None,
        "bundled documents stay"
    );
}

/// Small, targeted damage to a valid file: a character replaced, a span cut,
/// or a number changed.
fn mutated_file() -> impl Strategy<Value = String> {
    let valid = valid_json();
    let length = valid.len();
    (0..length, 0..length, 0usize..3, any::<char>()).prop_map(move |(at, span, kind, c)| {
        let mut bytes = valid.clone().into_bytes();
        let at = at.min(bytes.len() - 1);
        match kind {
            0 => {
                let mut buffer = [0u8; 4];
                let encoded = c.encode_utf8(&mut buffer).as_bytes().to_vec();
                bytes.splice(at..at + 1, encoded);
            }
            1 => {
                let end = (at + span % 64).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                if let Some(digit) = bytes.iter().skip(at).position(u8::is_ascii_digit) {
                    bytes[at + digit] = b'9';
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_labeled_state_survives_an_exchange(
        texts in prop::collection::vec("[\\p{Arabic}\\p{Latin} 😀\u{064b}-\u{0652}\u{200f}.؟!\n]{1,80}", 1..3),
        picks in prop::collection::vec((0usize..3, 0usize..30, 1u8..6, "\\PC{0,5}"), 0..20),
    ) {
        let documents: Vec<Document> = texts.iter().enumerate().map(|(i, text)| bundled(&format!("d{i}"), text)).collect();
        let mut state = State::new(documents.clone(), &Preferences::default());
        for (d, sentence, key, note) in picks {
            let id = DocumentId::from(format!("d{}", d % documents.len()));
            state = apply(&state, &[Action::Documents(Documents::Open(id)), Action::Select(Select::One(sentence)), Action::Annotate(Annotate::ToggleLabelKey(key)), Action::Annotate(Annotate::SetNote { index: sentence, note })]);
        }
        let json = export_hamish_json(&state.work, &state.prefs.annotator, &Scope::All, EXPORTED_AT);
        let fresh = State::new(documents, &Preferences::default());
        let imported = import(&fresh, &json, ImportMode::Replace).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(work(&imported), work(&state));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn damaged_files_are_rejected_with_a_reason_or_read_without_panic(file in mutated_file()) {
        let state = fixed_state();
        match read_hamish_json(&file) {
            Err(error) => {
                prop_assert!(!error.describe(Lang::English).is_empty());
                prop_assert!(!error.describe(Lang::Arabic).is_empty());
            }
            Ok(valid) => {
                let plan = plan_import(&state.work, valid);
                let _ = state.reduce(&Action::import(Rc::new(plan), ImportMode::Replace, false));
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(text) = decode_bytes(&bytes) {
            if let Err(error) = read_hamish_json(&text) {
                prop_assert!(!error.describe(Lang::Arabic).is_empty());
            }
            let _ = text_document("x.txt", &text);
        }
    }
}

#[test]
fn the_documented_example_imports_and_the_schema_names_every_field_written() {
    let example = include_str!("../../../../docs/example.hamish.json");
    let valid = read_hamish_json(example).expect("the example in docs/ is valid");
    assert_eq!(valid.documents[0].annotations.len(), 2);
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../../../docs/hamish-json.schema.json")).expect("schema");
    let exported: serde_json::Value = serde_json::from_str(&valid_json()).expect("json");
    let top = schema["properties"].as_object().expect("properties");
    for key in exported.as_object().expect("object").keys() {
        assert!(top.contains_key(key), "the schema lacks {key}");
    }
    let sentence = &schema["properties"]["documents"]["items"]["properties"]["sentences"]["items"]["properties"];
    for key in exported["documents"][0]["sentences"][0].as_object().expect("object").keys() {
        assert!(sentence.get(key).is_some(), "the schema lacks sentence.{key}");
    }
}
