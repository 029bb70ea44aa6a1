//! Exports as the tools researchers use read them: W3C by the
//! annotation-model tests and a JSON-LD processor, CSV by Python, pandas
//! and LibreOffice with no formula run and every label recoverable, and
//! the training formats by spaCy, Label Studio's SDK and `datasets`. Labels
//! hold `|`, `,`, quotes, line breaks and formula characters; a document id
//! holds spaces and Arabic; no annotator is named.

use crate::helpers::{folder, golden, python, read_with, repository};
use hamish_core::formats::table::read::{read_table, TableFormat};
use hamish_core::formats::table::rows::{plan_table, row_document, TableChoice};
use hamish_core::formats::w3c::write::export_w3c;
use hamish_core::model::annotations::{DocAnnotations, SentenceAnnotation};
use hamish_core::model::labels::{Label, LabelColor, LabelId, LabelSet};
use hamish_core::model::work::Work;
use hamish_core::text::document::{Document, DocumentId, DocumentSource, Origin, Split};
use hamish_core::{
    formats::export::Scope,
    formats::hamish::write::hamish_file,
    formats::sentences::{export_csv, export_documents_jsonl, export_jsonl},
};
use hamish_core::{
    formats::training::huggingface::{export_hf_jsonl, hf_dataset_card},
    formats::training::label_studio::{export_label_studio, label_studio_config},
    formats::training::spacy::export_spacy_jsonl,
};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::rc::Rc;

const EXPORTED_AT: &str = "2026-11-25T09:00:00Z";

/// Label names a CSV or a spreadsheet could misread.
const NAMES: [&str; 6] = ["ادعاء|دليل", "رأي, شخصي", "\"اقتباس\"", "=SUM(1+1)", "سطر\nثان", "-سلبي"];

fn label(id: u32, name: &str) -> Label {
    Label {
        id: LabelId(id),
        name: name.into(),
        name_en: format!("label {id}"),
        color: LabelColor::Blue,
        scope: hamish_core::model::labels::LabelScope::Sentence,
    }
}

/// An imported document whose id has spaces and Arabic, whose title and
/// source id look like formulas, and whose lines start with `-`, `+`, `@`
/// and `=`; and a bundled one.
fn documents() -> Vec<Document> {
    let essay = Document::split_as(
        DocumentId("مقال طالب 1".into()),
        "- بند أول في القائمة.\n+966 55 123 4567 رقم الهاتف.\n@سارة قالت: \"نعم\".\n=1+1 ليست معادلة.".into(),
        "",
        DocumentSource::Imported,
        Split::Lines,
    )
    .titled("=HYPERLINK(\"http://example.com\",\"انقر\")")
    .from_origin(Some(Origin { file: "طلاب 2026.csv".into(), row: Some(3), id: Some("-7".into()) }));
    let news =
        Document::new(DocumentId("news".into()), "جملة أولى. جملة ثانية؟".into(), "news", DocumentSource::Bundled);
    vec![essay, news]
}

fn annotation(labels: &[u32], note: &str, suggested: bool) -> Option<SentenceAnnotation> {
    Some(SentenceAnnotation {
        labels: labels.iter().map(|id| LabelId(*id)).collect(),
        note: note.into(),
        suggested,
        ..SentenceAnnotation::default()
    })
}

/// The work: several labels per sentence (or at most one when `single`),
/// a suggestion still to review, notes that look like formulas.
fn tricky_work(single: bool) -> Work {
    let work = Work::new(documents()).with_labels(Rc::new(LabelSet {
        labels: NAMES.iter().zip(1..).map(|(name, id)| label(id, name)).collect(),
        multiple: !single,
    }));
    let mut essay = DocAnnotations::default();
    essay.set(0, annotation(if single { &[1] } else { &[1, 2] }, "=cmd|' /C calc'!A0", false));
    essay.set(1, annotation(&[4], "", true));
    essay.set(2, annotation(if single { &[5] } else { &[3, 5] }, "", false));
    essay.set(3, annotation(&[], "- ملاحظة", false));
    let mut news = DocAnnotations::default();
    news.set(0, annotation(&[6], "", false));
    work.with_annotations(BTreeMap::from([
        (DocumentId("مقال طالب 1".into()), Rc::new(essay)),
        (DocumentId("news".into()), Rc::new(news)),
    ]))
}

/// What every sentence row must say, for the Python readers.
fn expected(work: &Work) -> serde_json::Value {
    let file = hamish_file(work, "", &Scope::All, "");
    let rows: Vec<serde_json::Value> = file
        .documents
        .iter()
        .flat_map(|document| {
            document.sentences.iter().map(move |sentence| {
                serde_json::json!({
                    "document": document.id, "title": document.title, "source_file": document.source_file(),
                    "source_id": document.source_id(), "text": sentence.text, "note": sentence.note,
                    "labels": sentence.labels, "suggested": sentence.suggested,
                })
            })
        })
        .collect();
    let names: Vec<&str> = work.labels().labels.iter().map(|label| label.name.as_str()).collect();
    serde_json::json!({"label_names": names, "single": !work.labels().multiple, "rows": rows})
}

/// A fresh folder holding `files` and `expected.json`: what the readers
/// must find in the work.
fn folder_for(name: &str, work: &Work, files: &[(&str, String)]) -> PathBuf {
    let mut files = files.to_vec();
    files.push(("expected.json", expected(work).to_string()));
    folder(name, &files)
}

#[test]
fn tricky_labels_and_ids_match_their_golden_files() {
    let work = tricky_work(false);
    golden("tricky.csv", &export_csv(&work, &Scope::All));
    golden("tricky.w3c.jsonld", &export_w3c(&work, "", &Scope::All, EXPORTED_AT));
    let single = tricky_work(true);
    golden("tricky-single.csv", &export_csv(&single, &Scope::All));
    golden("tricky-single.hf.jsonl", &export_hf_jsonl(&single, &Scope::All));
    golden("tricky-single.hf.README.md", &hf_dataset_card(&single, &Scope::All, EXPORTED_AT));
    golden("tricky-single.label-studio.xml", &label_studio_config(single.labels()));
}

#[test]
fn csv_cells_are_inert_and_every_label_is_recoverable() {
    for single in [false, true] {
        let work = tricky_work(single);
        let csv = export_csv(&work, &Scope::All);
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"انقر\"\")\""), "the title is inert");
        assert!(csv.contains(",\"'=SUM(1+1)\","), "a label header is inert");
        assert!(csv.contains(",\"'-7\","), "a source id is inert");
        assert!(csv.contains("\"'- بند أول في القائمة.\""));
        assert!(csv.contains("\"'=cmd|' /C calc'!A0\""));
        let dir = folder_for("csv", &work, &[("export.csv", csv)]);
        read_with("csv", &dir);
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn hamish_reads_its_own_csv_back_with_labels_and_texts_exact() {
    for single in [false, true] {
        let work = tricky_work(single);
        let csv = export_csv(&work, &Scope::All);
        let table = read_table(TableFormat::Csv, &csv).expect("a table");
        let choice = TableChoice::default_for(&table);
        let names: Vec<&str> = choice.label_flags.iter().map(|(_, name)| name.as_str()).collect();
        assert_eq!(names, NAMES);
        let plan = plan_table(&table, &choice);
        let essay = row_document("export.csv", &plan.groups[0], &choice);
        assert_eq!(essay.document.text(), work.documents()[0].text(), "no apostrophe is left in the text");
        assert_eq!(essay.document.title, work.documents()[0].title);
        assert_eq!(essay.document.origin.as_ref().and_then(|origin| origin.id.as_deref()), Some("مقال طالب 1"));
        let first: Vec<&str> = if single { vec![NAMES[0]] } else { vec![NAMES[0], NAMES[1]] };
        assert_eq!(essay.labels[0], (0, first.iter().map(|name| name.to_string()).collect()));
        assert_eq!(essay.labels[1], (1, vec![NAMES[3].to_string()]));
    }
}

#[test]
fn libreoffice_opens_the_csv_without_running_a_formula() {
    let Ok(version) = Command::new("soffice").arg("--version").output() else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    assert!(version.status.success());
    let work = tricky_work(false);
    let control = "a,b\r\n=1+1,\"=SUM(2;3)\"\r\n".to_string();
    let dir = folder_for("calc", &work, &[("export.csv", export_csv(&work, &Scope::All)), ("control.csv", control)]);
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let output = Command::new("soffice")
        .args([&profile, "--headless", "--infilter=CSV:44,34,76,1,,0,false,true", "--convert-to", "ods", "--outdir"])
        .arg(&dir)
        .arg(dir.join("export.csv"))
        .arg(dir.join("control.csv"))
        .output()
        .expect("soffice runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let script = r#"
import sys, zipfile, re
control = zipfile.ZipFile(sys.argv[2]).read("content.xml").decode("utf-8")
assert control.count("table:formula") == 2, "this LibreOffice runs formulas in a plain CSV"
content = zipfile.ZipFile(sys.argv[1]).read("content.xml").decode("utf-8")
assert "table:formula" not in content, "a formula was kept"
cells = re.findall(r"<text:p>(.*?)</text:p>", content)
for text in ("&apos;=HYPERLINK", "&apos;=SUM(1+1)", "&apos;- بند أول", "&apos;+966", "&apos;@سارة", "&apos;=1+1"):
    assert any(cell.startswith(text) for cell in cells), text
print("libreoffice ok", len(cells), "cells")
"#;
    let checked = Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(dir.join("export.ods"))
        .arg(dir.join("control.ods"))
        .output()
        .expect("python runs");
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stderr));
    eprintln!("{}", String::from_utf8_lossy(&checked.stdout).trim());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn every_row_names_its_document_and_the_documents_file_checks_the_offsets() {
    let work = tricky_work(false);
    let dir = folder_for(
        "documents",
        &work,
        &[
            ("export.jsonl", export_jsonl(&work, &Scope::All)),
            ("export.csv", export_csv(&work, &Scope::All)),
            ("documents.jsonl", export_documents_jsonl(&work, &Scope::All)),
        ],
    );
    read_with("documents", &dir);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn spacy_trains_on_the_text_classification_jsonl() {
    for single in [false, true] {
        let work = tricky_work(single);
        let dir = folder_for("spacy", &work, &[("export.spacy.jsonl", export_spacy_jsonl(&work, &Scope::All))]);
        read_with("spacy", &dir);
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn label_studio_takes_the_tasks_with_their_config() {
    for single in [false, true] {
        let work = tricky_work(single);
        let files = [
            ("export.label-studio.json", export_label_studio(&work, &Scope::All)),
            ("export.label-studio.xml", label_studio_config(work.labels())),
        ];
        let dir = folder_for("label-studio", &work, &files);
        read_with("label-studio", &dir);
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn datasets_loads_a_labeled_and_an_unlabeled_export_together() {
    for single in [false, true] {
        let work = tricky_work(single);
        let unlabeled = work.clone().with_annotations(BTreeMap::new());
        let (labeled_rows, unlabeled_rows) =
            (export_hf_jsonl(&work, &Scope::All), export_hf_jsonl(&unlabeled, &Scope::All));
        let files = [
            ("export.hf.jsonl", labeled_rows.clone()),
            ("unlabeled.hf.jsonl", unlabeled_rows.clone()),
            ("dataset/README.md", hf_dataset_card(&work, &Scope::All, EXPORTED_AT)),
            ("dataset/labeled.hf.jsonl", labeled_rows),
            ("dataset/unlabeled.hf.jsonl", unlabeled_rows),
        ];
        let dir = folder_for("datasets", &work, &files);
        read_with("datasets", &dir);
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Every string in `value`, with the key it is under.
fn strings<'a>(value: &'a serde_json::Value, key: &'a str, out: &mut Vec<(&'a str, &'a str)>) {
    match value {
        serde_json::Value::String(text) => out.push((key, text)),
        serde_json::Value::Array(items) => items.iter().for_each(|item| strings(item, key, out)),
        serde_json::Value::Object(map) => map.iter().for_each(|(key, item)| strings(item, key, out)),
        _ => {}
    }
}

/// An absolute URI as RFC 3986 has it, and so an IRI: a scheme, then only
/// unreserved, reserved and percent characters.
fn is_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && !rest.is_empty()
        && text.chars().all(|c| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c))
}

#[test]
fn w3c_ids_are_uris_nothing_is_null_and_each_annotation_stands_alone() {
    let work = tricky_work(false);
    let text = export_w3c(&work, "", &Scope::All, EXPORTED_AT);
    assert!(!text.contains("null"), "no null values");
    let collection: serde_json::Value = serde_json::from_str(&text).expect("json");
    let page = &collection["first"];
    for (what, id) in [("collection", &collection["id"]), ("page", &page["id"])] {
        assert!(id.as_str().is_some_and(is_uri), "the {what} id {id} is a URI");
    }
    let items = page["items"].as_array().expect("items");
    assert_eq!(items.len(), 5);
    let mut found = Vec::new();
    strings(&collection, "", &mut found);
    for (key, value) in found {
        if ["id", "source"].contains(&key) {
            assert!(is_uri(value), "{key}: {value} is a URI");
        }
    }
    assert_eq!(items[0]["id"], "urn:hamish:annotation:%D9%85%D9%82%D8%A7%D9%84%20%D8%B7%D8%A7%D9%84%D8%A8%201:0");
    assert_eq!(items[0]["target"]["hamish:documentId"], "مقال طالب 1");
    for item in items {
        assert_eq!(item["@context"], collection["@context"], "each annotation carries its context");
        assert!(item.get("creator").is_none(), "no creator when no annotator is named");
    }
    let named: serde_json::Value =
        serde_json::from_str(&export_w3c(&work, "سارة", &Scope::All, EXPORTED_AT)).expect("json");
    assert_eq!(named["first"]["items"][0]["creator"]["name"], "سارة");
}

/// The web-annotation-tests suite (its `definitions/`, `annotations/` and
/// `collections/`), with `anno.jsonld` beside them: `WEB_ANNOTATION_TESTS`,
/// else `shared/web-annotation-tests` beside the repository.
fn annotation_suite() -> Option<PathBuf> {
    let folder = std::env::var_os("WEB_ANNOTATION_TESTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repository().join("../shared/web-annotation-tests"));
    folder.join("definitions").is_dir().then_some(folder)
}

#[test]
fn w3c_exports_pass_the_annotation_model_tests_and_become_rdf() {
    let Some(suite) = annotation_suite() else {
        eprintln!("skipped: no copy of the W3C web-annotation-tests (set WEB_ANNOTATION_TESTS)");
        return;
    };
    let golden = repository().join("core/tests/golden/export.w3c.jsonld");
    let work = tricky_work(false);
    let dir = folder_for("w3c", &work, &[("tricky.jsonld", export_w3c(&work, "", &Scope::All, EXPORTED_AT))]);
    for export in [golden, dir.join("tricky.jsonld")] {
        let mut runs = vec![("w3c_conformance.py", suite.clone())];
        if suite.join("anno.jsonld").exists() {
            runs.push(("jsonld_rdf.py", suite.join("anno.jsonld")));
        }
        for (script, with) in runs {
            let script = repository().join("core/tests/python").join(script);
            let output = Command::new(python()).arg(script).arg(&export).arg(&with).output().expect("python runs");
            let said = String::from_utf8_lossy(&output.stdout);
            assert!(output.status.success(), "{}: {said}{}", export.display(), String::from_utf8_lossy(&output.stderr));
            eprintln!("{}", said.trim());
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}
