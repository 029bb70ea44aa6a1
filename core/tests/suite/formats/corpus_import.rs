//! Bringing a corpus in: tables and record files, encodings, batches of
//! files, and source ids that survive every export and storage.

use hamish_core::formats::batch::{Batch, FileRead, Incoming};
use hamish_core::formats::errors::ImportError;
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::open_file::{decode_file, open_file, Decoded, Opened};
use hamish_core::formats::table::read::{read_table, Cell, Table, TableFormat, TableReader};
use hamish_core::formats::table::rows::{pasted_document, plan_table, row_document, TableChoice};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Documents, Panel, Review, Select, State};
use hamish_core::store::{decode_imported, encode_imported, imported_entries};
use hamish_core::text::document::{DocumentSource, Split};
use hamish_core::text::encoding::{decode_unicode, sniff, Encoding, Sniffed};
use hamish_core::text::seeds::bundled_documents;
use hamish_core::{
    formats::export::Scope,
    formats::hamish::write::export_hamish_json,
    formats::sentences::{export_csv, export_jsonl},
};
use proptest::prelude::*;
use std::rc::Rc;

fn table(name: &str, text: &str) -> Table {
    match open_file(name, text) {
        Ok(Opened::Table(table)) => table,
        other => panic!("{name} is not a table: {other:?}"),
    }
}

fn texts(table: &Table, column: usize) -> Vec<String> {
    table.rows.iter().map(|row| row[column].text()).collect()
}

#[test]
fn csv_fields_keep_commas_quotes_and_line_breaks_and_ragged_rows_are_padded() {
    let csv = "\u{feff}المعرف,النص,label\r\n1,\"مرحبا، \"\"عالم\"\"\nسطر ثان\",إيجابي\n2,قصير\n3,a,b,extra\n";
    let decoded = match decode_file("t.csv", csv.as_bytes()) {
        Ok(Decoded::Text(text, Encoding::Utf8)) => text,
        other => panic!("{other:?}"),
    };
    let table = table("t.csv", &decoded);
    assert_eq!(table.columns, ["المعرف", "النص", "label", "column 4"]);
    assert_eq!(texts(&table, 1), ["مرحبا، \"عالم\"\nسطر ثان", "قصير", "a"]);
    assert_eq!(table.rows[1][2], Cell::Text(String::new()));
    let choice = TableChoice::default_for(&table);
    assert_eq!((choice.text, choice.labels.clone()), (1, vec![2]));
}

#[test]
fn semicolon_and_tab_separated_files_read_by_their_separator() {
    let semi = table("excel.csv", "id;text\n1;نص, بفاصلة\n");
    assert_eq!(texts(&semi, 1), ["نص, بفاصلة"]);
    let tsv = table("t.tsv", "id\ttext\n7\t\"مقتبس\"\n");
    assert_eq!(texts(&tsv, 1), ["مقتبس"]);
    assert!(matches!(open_file("bad.csv", ""), Err(ImportError::EmptyTable)));
}

#[test]
fn json_lines_and_arrays_flatten_their_records() {
    let jsonl = table(
        "tweets.jsonl",
        "{\"id\": 5, \"text\": \"تغريدة\", \"label\": [\"أ\", \"ب\"]}\n\n{\"id\": 6, \"text\": \"ثانية\"}\n",
    );
    assert_eq!(jsonl.rows.len(), 2);
    let label = jsonl.column(&["label"]).expect("label column");
    assert_eq!(jsonl.rows[0][label].items(), ["أ", "ب"]);
    assert_eq!(jsonl.rows[1][label].items(), Vec::<String>::new());
    let broken = open_file("t.jsonl", "{\"text\": 1}\n{oops\n");
    assert!(matches!(broken, Err(ImportError::MalformedJson { line: 2, .. })), "{broken:?}");
    // Label Studio's JSON export: the task's data and the chosen labels.
    let studio = r#"[{"id": 1, "data": {"text": "نص المهمة"}, "annotations": [{"result": [{"value": {"choices": ["إيجابي"]}, "from_name": "sentiment", "to_name": "text", "type": "choices"}]}]}]"#;
    let studio = table("project.json", studio);
    let choice = TableChoice::default_for(&studio);
    assert_eq!(studio.columns[choice.text], "data.text");
    assert_eq!(choice.labels.iter().map(|c| studio.columns[*c].as_str()).collect::<Vec<_>>(), ["annotations"]);
    assert_eq!(studio.rows[0][choice.labels[0]].items(), ["إيجابي"]);
}

#[test]
fn the_preview_names_the_labels_the_import_would_add() {
    let table = table("t.csv", "id,text,label\n1,نص.,  إيجابي  \n2,آخر.,ادعاء\n3,ثالث.,إيجابي\n");
    let choice = TableChoice::default_for(&table);
    let labels = hamish_core::model::labels::LabelSet::default();
    assert_eq!(hamish_core::formats::table::rows::labels_to_add(&table, &choice, &labels), ["إيجابي"]);
    let state = State::new(Vec::new(), &Preferences::default());
    let next = state
        .reduce(&Action::AddBatch(Rc::new(batch_of(&[("t.csv", "id,text,label\n1,نص.,  إيجابي  \n2,آخر.,ادعاء\n")]))))
        .expect("in");
    assert_eq!(next.view.import_summary.map(|summary| summary.new_labels.clone()), Some(vec!["إيجابي".to_string()]));
}

#[test]
fn doccano_exports_come_back_with_their_labels() {
    // doccano's text-classification export: JSONL with `text` and a `label` list.
    let jsonl = "{\"id\": 17, \"text\": \"خبر عاجل.\", \"label\": [\"أخبار\"], \"Comments\": []}\n";
    let state = State::new(Vec::new(), &Preferences::default());
    let next = state.reduce(&Action::AddBatch(Rc::new(batch_of(&[("doccano.jsonl", jsonl)])))).expect("taken in");
    let document = next.work.documents().first().expect("a document");
    assert_eq!((document.id.as_str(), document.text()), ("doccano#17", "خبر عاجل."));
    assert_eq!(
        next.view.import_summary.as_ref().map(|summary| summary.new_labels.clone()),
        Some(vec!["أخبار".to_string()])
    );
    // Its CSV export: `id,text,label`.
    let csv = "id,text,label\n3,نص آخر.,رياضة\n";
    let next = next.reduce(&Action::AddBatch(Rc::new(batch_of(&[("doccano.csv", csv)])))).expect("taken in");
    let labeled =
        next.work.annotations_of(&hamish_core::text::document::DocumentId("doccano#3".into())).expect("labeled");
    assert_eq!(labeled.labeled_count(), 1);
}

#[test]
fn each_row_is_a_document_with_its_file_row_and_id() {
    let table = table("tweets.csv", "id,text,label\nt1,أولى. ثانية.,رأي\nt2,  ,رأي\nt3,ثالثة,\n");
    let choice = TableChoice::default_for(&table);
    let plan = plan_table(&table, &choice);
    assert_eq!((plan.groups.len(), plan.empty_rows), (2, 1));
    let first = row_document("tweets.csv", &plan.groups[0], &choice);
    assert_eq!(first.document.id.as_str(), "tweets#t1");
    let origin = first.document.origin.clone().expect("an origin");
    assert_eq!((origin.file.as_str(), origin.row, origin.id.as_deref()), ("tweets.csv", Some(1), Some("t1")));
    assert_eq!(first.document.sentence_count(), 2);
    assert_eq!(first.labels, [(0, vec!["رأي".to_string()]), (1, vec!["رأي".to_string()])]);
    let whole = TableChoice { whole_rows: true, id: None, ..choice.clone() };
    let kept = row_document("tweets.csv", &plan_table(&table, &whole).groups[0], &whole);
    assert_eq!((kept.document.sentence_count(), kept.document.id.as_str()), (1, "tweets#row1"));
    assert_eq!(kept.document.origin.and_then(|origin| origin.source_id()), Some("1".to_string()));
}

#[test]
fn headerless_tables_keep_their_first_row() {
    let table = table("plain.csv", "أول سطر\nثاني سطر\n");
    let choice = TableChoice { header: false, ..TableChoice::default_for(&table) };
    let plan = plan_table(&table, &choice);
    let first = row_document("plain.csv", &plan.groups[0], &choice);
    assert_eq!(first.document.text(), "أول سطر");
    assert_eq!(plan.groups.len(), 2);
}

#[test]
fn grouped_rows_make_one_document_with_one_sentence_a_row() {
    let table = table("s.csv", "doc,text\nأ,جملة أولى. وتكملة\nب,أخرى\nأ,\"جملة\nثانية\"\n");
    let choice = TableChoice { group: Some(0), ..TableChoice::default_for(&table) };
    let plan = plan_table(&table, &choice);
    assert_eq!(plan.groups.len(), 2);
    let grouped = row_document("s.csv", &plan.groups[0], &choice);
    assert_eq!(grouped.document.split, Split::Lines);
    let sentences: Vec<_> = (0..2).filter_map(|i| grouped.document.sentence_text(i)).collect();
    assert_eq!(sentences, ["جملة أولى. وتكملة", "جملة ثانية"]);
    assert_eq!(grouped.joined_lines, 1, "the line break inside a row is counted, not hidden");
}

#[test]
fn hamish_jsonl_comes_back_grouped_by_document_with_its_labels() {
    let state = State::new(bundled_documents(), &Preferences::default());
    let labeled = state
        .reduce(&Action::Select(Select::One(1)))
        .and_then(|s| s.reduce(&Action::Annotate(Annotate::ToggleLabelKey(2))))
        .expect("labeled");
    let exported = export_jsonl(&labeled.work, &Scope::Document(labeled.work.documents()[0].id.clone()));
    let table = table("export.jsonl", &exported);
    let choice = TableChoice::default_for(&table);
    assert!(choice.group.is_some() && choice.whole_rows);
    let plan = plan_table(&table, &choice);
    assert_eq!(plan.groups.len(), 1);
    let back = row_document("export.jsonl", &plan.groups[0], &choice);
    assert_eq!(back.document.sentence_count(), labeled.work.documents()[0].sentence_count());
    assert_eq!(back.labels, [(1, vec![labeled.work.labels().labels[1].name.clone()])]);
}

#[test]
fn hamish_csv_comes_back_with_several_labels_per_sentence() {
    let state = State::new(bundled_documents(), &Preferences::default());
    let labeled = [
        Action::Select(Select::One(2)),
        Action::Annotate(Annotate::ToggleLabelKey(1)),
        Action::Annotate(Annotate::ToggleLabelKey(3)),
    ]
    .iter()
    .fold(state, |state, action| state.reduce(action).unwrap_or(state));
    let id = labeled.work.documents()[0].id.clone();
    let exported = export_csv(&labeled.work, &Scope::Document(id));
    let table = table("export.csv", exported.trim_start_matches('\u{feff}'));
    let choice = TableChoice::default_for(&table);
    assert!(
        !choice.split_labels
            && choice.label_flags.len() == labeled.work.labels().labels.len()
            && choice.group.is_some()
    );
    let back = row_document("export.csv", &plan_table(&table, &choice).groups[0], &choice);
    let names: Vec<String> = [0, 2].iter().map(|i| labeled.work.labels().labels[*i].name.clone()).collect();
    assert_eq!(back.labels, [(2, names)]);
}

#[test]
fn w3c_targets_say_where_an_imported_document_came_from() {
    let state = State::new(Vec::new(), &Preferences::default());
    let batch = batch_of(&[("t.csv", "id,text,label\nx7,نص.,رأي\n")]);
    let next = state.reduce(&Action::AddBatch(Rc::new(batch))).expect("taken in");
    let w3c: serde_json::Value =
        serde_json::from_str(&hamish_core::formats::w3c::write::export_w3c(&next.work, "", &Scope::All, ""))
            .expect("json");
    assert_eq!(w3c["@context"][1]["hamish"], hamish_core::formats::w3c::write::HAMISH_TERMS);
    let target = &w3c["first"]["items"][0]["target"];
    assert_eq!((target["hamish:sourceFile"].as_str(), target["hamish:sourceId"].as_str()), (Some("t.csv"), Some("x7")));
    assert_eq!(target["hamish:sourceRow"], 1);
}

#[test]
fn bytes_decide_utf8_and_utf16_with_a_mark_and_windows_1256_is_a_guess() {
    let text = "سلام عليكم";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(decode_file("n.txt", &le), Ok(Decoded::Text(text.into(), Encoding::Utf16Le)));
    assert_eq!(decode_file("n.txt", &be), Ok(Decoded::Text(text.into(), Encoding::Utf16Be)));
    let bare_le: Vec<u8> = "plain text".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(sniff(&bare_le), Sniffed::Guessed(Encoding::Utf16Le));
    assert_eq!(decode_unicode(&bare_le, Encoding::Utf16Le).as_deref(), Some("plain text"));
    // "سلام" in Windows-1256.
    assert_eq!(decode_file("old.txt", &[0xD3, 0xE1, 0xC7, 0xE3]), Ok(Decoded::Guess(Encoding::Windows1256)));
    assert_eq!(
        decode_file("odd.txt", &[0xFF, 0xFE, 0x41]),
        Err(ImportError::Undecodable { encoding: "UTF-16 LE".into() })
    );
    assert_eq!(Encoding::from_label("windows-1256"), Some(Encoding::Windows1256));
    // Images and archives are not text, whatever their name.
    assert_eq!(decode_file("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(ImportError::NotText));
    assert_eq!(decode_file("zeros.txt", &[0; 64]), Err(ImportError::NotText));
    assert_eq!(
        decode_file("tabs.tsv", "أ\tب\r\nج\td\x0c".as_bytes()),
        Ok(Decoded::Text("أ\tب\r\nج\td\x0c".into(), Encoding::Utf8))
    );
}

#[test]
fn word_pdf_and_spreadsheets_are_refused_with_a_way_forward() {
    let word = decode_file("essay.docx", b"PK\x03\x04rest");
    assert_eq!(word, Err(ImportError::NotPlainText { kind: "Word".into() }));
    let pdf = decode_file("paper", b"%PDF-1.7");
    assert_eq!(pdf, Err(ImportError::NotPlainText { kind: "PDF".into() }));
    let message = ImportError::NotPlainText { kind: "PDF".into() }.describe(hamish_core::i18n::Lang::English);
    assert!(message.contains("Paste text"), "{message}");
    let sheet = ImportError::NotPlainText { kind: "Excel".into() }.describe(hamish_core::i18n::Lang::English);
    assert!(sheet.contains("CSV"), "{sheet}");
}

pub(super) fn batch_of(files: &[(&str, &str)]) -> Batch {
    let mut batch = Batch::default();
    for (index, (name, text)) in files.iter().enumerate() {
        match open_file(name, text) {
            Ok(Opened::Text(document)) => {
                batch.files.push(FileRead::read(name));
                batch.incoming.push(Incoming {
                    document: Rc::new(document),
                    labels: Vec::new(),
                    file: index,
                    spans: Vec::new(),
                });
            }
            Ok(Opened::Table(table)) => {
                let choice = TableChoice::default_for(&table);
                let plan = plan_table(&table, &choice);
                batch.files.push(FileRead { empty_rows: plan.empty_rows, ..FileRead::read(name) });
                for group in &plan.groups {
                    let made = row_document(name, group, &choice);
                    batch.incoming.push(Incoming {
                        document: Rc::new(made.document),
                        labels: made.labels,
                        file: index,
                        spans: made.spans,
                    });
                }
            }
            Ok(other) => panic!("{other:?}"),
            Err(error) => batch.files.push(FileRead::refused(name, error)),
        }
    }
    batch
}

#[test]
fn a_batch_adds_what_is_new_says_what_was_there_and_undoes_in_one_step() {
    let state = State::new(bundled_documents(), &Preferences::default());
    let before = state.work.documents().len();
    let batch = batch_of(&[("a.txt", "نص أول."), ("b.txt", "نص ثان."), ("c.txt", "  "), ("a copy.txt", "نص أول.")]);
    let next = state.reduce(&Action::AddBatch(Rc::new(batch))).expect("taken in");
    assert_eq!(next.work.documents().len(), before + 2);
    assert_eq!(next.view.panel, Panel::ImportSummary);
    let summary = next.view.import_summary.clone().expect("a summary");
    assert_eq!((summary.added(), summary.already(), summary.refused()), (2, 1, 1));
    assert_eq!(summary.files[2].read.refused, Some(ImportError::EmptyText));
    assert_eq!(next.open_document().map(|d| d.title.as_str()), Some("a"));
    let undone = next.reduce(&Action::Undo).expect("undone");
    assert_eq!(undone.work.documents().len(), before);
}

#[test]
fn row_labels_are_added_to_the_set_and_carried_by_their_sentences() {
    let state = State::new(bundled_documents(), &Preferences::default());
    let batch = batch_of(&[("t.csv", "id,text,label\n1,نص.,إيجابي\n2,آخر.,سلبي\n3,ثالث.,إيجابي\n")]);
    let next = state.reduce(&Action::AddBatch(Rc::new(batch))).expect("taken in");
    let summary = next.view.import_summary.clone().expect("a summary");
    assert_eq!(summary.new_labels, ["إيجابي", "سلبي"]);
    assert_eq!(summary.labeled, 3);
    assert_eq!(next.work.labels().labels.len(), state.work.labels().labels.len() + 2);
    let jsonl = export_jsonl(&next.work, &Scope::All);
    let row: serde_json::Value =
        serde_json::from_str(jsonl.lines().find(|line| line.contains("t#2")).expect("row 2")).expect("json");
    assert_eq!((row["source_file"].as_str(), row["source_id"].as_str()), (Some("t.csv"), Some("2")));
    assert_eq!(row["label"], serde_json::json!(["سلبي"]));
    let csv = export_csv(&next.work, &Scope::All);
    assert!(csv.contains("t#2,آخر.,t.csv,2,0,"), "{csv}");
}

#[test]
fn a_models_predictions_arrive_as_suggestions_to_review() {
    let predictions =
        "{\"id\": \"a\", \"text\": \"نص أول.\", \"prediction\": \"رأي\"}\n{\"id\": \"b\", \"text\": \"نص ثان.\"}\n";
    let table = table("model.jsonl", predictions);
    let choice = TableChoice::default_for(&table);
    assert!(choice.as_suggestions, "a prediction column is taken as suggestions");
    let plan = plan_table(&table, &choice);
    let incoming = plan
        .groups
        .iter()
        .map(|group| {
            let made = row_document("model.jsonl", group, &choice);
            Incoming { document: Rc::new(made.document), labels: made.labels, file: 0, spans: made.spans }
        })
        .collect();
    let batch = Batch { incoming, files: vec![FileRead::read("model.jsonl")], suggested: choice.as_suggestions };
    let state = State::new(bundled_documents(), &Preferences::default());
    let next = state.reduce(&Action::AddBatch(Rc::new(batch))).expect("taken in");
    let annotations =
        next.work.annotations_of(&hamish_core::text::document::DocumentId("model#a".into())).expect("labeled");
    assert!(annotations.get(0).is_some_and(|annotation| annotation.suggested));
    let rows: Vec<serde_json::Value> =
        export_jsonl(&next.work, &Scope::All).lines().filter_map(|line| serde_json::from_str(line).ok()).collect();
    let a = rows.iter().find(|row| row["document"] == "model#a").expect("row a");
    assert_eq!((a["label"].clone(), a["reviewed"].clone()), (serde_json::json!(["رأي"]), serde_json::json!(false)));
    let accepted = next
        .reduce(&Action::Documents(Documents::Open(hamish_core::text::document::DocumentId("model#a".into()))))
        .map(|s| s.reduce(&Action::Select(Select::One(0))).unwrap_or(s))
        .and_then(|s| s.reduce(&Action::Review(Review::Accept)))
        .expect("accepted");
    let annotation = accepted
        .work
        .annotations_of(&hamish_core::text::document::DocumentId("model#a".into()))
        .and_then(|a| a.get(0).cloned());
    assert!(annotation.is_some_and(|annotation| !annotation.suggested));
}

#[test]
fn origins_survive_hamish_json_and_storage() {
    let state = State::new(Vec::new(), &Preferences::default());
    let batch = batch_of(&[("s.csv", "doc,text\nأ,جملة\nأ,أخرى\n"), ("n.txt", "نص.")]);
    let next = state.reduce(&Action::AddBatch(Rc::new(batch))).expect("taken in");
    let json = export_hamish_json(&next.work, "", &Scope::All, "");
    let file = read_hamish_json(&json).expect("valid");
    let back = State::new(Vec::new(), &Preferences::default());
    let plan = hamish_core::formats::plan::plan_import(&back.work, file);
    let imported = back
        .reduce(&Action::import(Rc::new(plan), hamish_core::formats::plan::ImportMode::Replace, false))
        .expect("in");
    for (mine, theirs) in next.work.documents().iter().zip(imported.work.documents().iter()) {
        assert_eq!((&mine.origin, mine.split, &mine.title), (&theirs.origin, theirs.split, &theirs.title));
        assert_eq!(mine.sentence_count(), theirs.sentence_count());
    }
    let entries = decode_imported(&encode_imported(1, imported_entries(&next.work))).expect("read back");
    for (entry, document) in entries.into_iter().zip(next.work.documents().iter()) {
        let again = entry.document(document.text().to_string());
        assert_eq!(&again, &**document);
        assert_eq!(again.source, DocumentSource::Imported);
    }
}

#[test]
fn pasted_text_keeps_its_paragraphs_and_takes_the_title_given() {
    let document = pasted_document("  مقالة  ", "فقرة أولى.\r\n\r\nفقرة ثانية.").expect("a document");
    assert_eq!(document.title, "مقالة");
    assert_eq!(document.paragraphs().len(), 2);
    assert_eq!(pasted_document("", "سطر العنوان\nنص.").map(|d| d.title), Some("سطر العنوان".to_string()));
    assert_eq!(pasted_document("x", " \n "), None);
}

#[test]
fn a_table_read_a_slice_at_a_time_is_the_table_read_at_once() {
    let csv: String = std::iter::once("id,text\n".to_string())
        .chain((0..50).map(|row| format!("{row},\"سطر {row}\nوتتمة\"\n")))
        .collect();
    let jsonl: String = (0..50).map(|row| format!("{{\"id\": {row}, \"text\": \"نص {row}\"}}\n\n")).collect();
    for (format, text) in [(TableFormat::Csv, csv), (TableFormat::JsonLines, jsonl)] {
        let mut reader = TableReader::new(format, text.clone());
        let mut seen = Vec::new();
        while !reader.read_some(7).expect("readable") {
            seen.push(reader.progress().0);
        }
        assert!(seen.len() >= 6 && seen.windows(2).all(|pair| pair[0] < pair[1]), "{format:?}: {seen:?}");
        assert_eq!(reader.progress(), (text.len(), text.len()));
        assert_eq!(reader.finish(), read_table(format, &text));
    }
}

proptest! {
    /// Any table of Arabic and awkward cells written as CSV reads back cell for cell.
    #[test]
    fn csv_written_by_the_csv_rules_reads_back_exactly(
        rows in prop::collection::vec(prop::collection::vec("[a-z ء-ي,\"\n;]{0,12}", 3), 1..12)
    ) {
        let quote = |cell: &String| format!("\"{}\"", cell.replace('"', "\"\""));
        let mut text = String::from("a,b,c\n");
        for row in &rows {
            text.push_str(&row.iter().map(quote).collect::<Vec<_>>().join(","));
            text.push('\n');
        }
        let table = read_table(TableFormat::Csv, &text).expect("a table");
        let cells: Vec<Vec<String>> = table.rows.iter().map(|row| row.iter().map(Cell::text).collect()).collect();
        prop_assert_eq!(cells, rows);
    }
}

#[test]
fn the_preview_counts_what_the_import_would_make_without_copying_rows() {
    use hamish_core::formats::table::preview::preview_counts;
    use hamish_core::formats::table::rows::data_rows;
    let csv = "id,text,topic,spans\n1,أولى,أ,\n2,,أ,\n3,ثالثة,ب,\"[[0,3,\"\"أ\"\"]]\"\n4,رابعة,أ,\n5,  ,ب,\n";
    let table = read_table(TableFormat::Csv, csv).expect("a table");
    for group in [None, Some(2)] {
        for header in [true, false] {
            let choice = TableChoice { group, header, spans: vec![3], ..TableChoice::default_for(&table) };
            let plan = plan_table(&table, &choice);
            let counts = preview_counts(&table, &choice);
            let mut first = Vec::new();
            assert_eq!(counts.rows, data_rows(&table, &choice, &mut first).count(), "{group:?} {header}");
            assert_eq!(counts.documents, plan.groups.len(), "{group:?} {header}");
            assert_eq!(counts.empty_rows, plan.empty_rows, "{group:?} {header}");
        }
    }
    let choice = TableChoice { spans: vec![3], ..TableChoice::default_for(&table) };
    assert_eq!(preview_counts(&table, &choice).spans, 1);
}
