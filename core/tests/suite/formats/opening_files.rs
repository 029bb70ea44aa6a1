//! Opening files, end to end in the core: each file decoded (a legacy
//! Arabic encoding through the platform's decoder), routed, and made into
//! documents; a long table read and made into documents a slice at a time
//! with a pause between slices; and what the interface then does (a single
//! text opens, a refusal or a plan shows in the import dialog, several files
//! end in a summary, an exercise starts).

use crate::helpers::{apply, bundled};
use hamish_core::formats::errors::ImportError;
use hamish_core::formats::exercise_file::{exercise_json, is_submission, make_exercise};
use hamish_core::formats::export::Scope;
use hamish_core::formats::hamish::write::export_hamish_json;
use hamish_core::formats::reading::{
    confirmed, ImportView, PlanNote, Platform, Reading, RECORDS_PER_SLICE, ROWS_PER_SLICE,
};
use hamish_core::formats::table::rows::TableChoice;
use hamish_core::model::prefs::Preferences;
use hamish_core::model::work::Work;
use hamish_core::state::{Action, Dialog, Documents, Opening, Panel, Panels, State, Student};
use hamish_core::text::document::{DocumentId, Origin};
use hamish_core::text::encoding::Encoding;
use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// A platform that decodes with `encoding_rs` (the WHATWG decoders the
/// browsers use), reads a page's text naively, and counts its pauses.
#[derive(Default)]
struct TestPlatform {
    pauses: Cell<usize>,
}

impl Platform for TestPlatform {
    fn decode(&self, bytes: &[u8], encoding: Encoding) -> Result<String, ImportError> {
        let decoder = encoding_rs::Encoding::for_label(encoding.label().as_bytes()).expect("a WHATWG encoding");
        let (text, had_errors) = decoder.decode_with_bom_removal(bytes);
        if had_errors {
            return Err(ImportError::Undecodable { encoding: encoding.name().to_string() });
        }
        Ok(text.into_owned())
    }

    fn page_text(&self, markup: &str) -> Option<(String, String)> {
        let title = markup.split("<title>").nth(1)?.split("</title>").next()?.to_string();
        let body = markup.split("<p>").skip(1).filter_map(|part| part.split("</p>").next());
        Some((title, body.collect::<Vec<_>>().join("\n")))
    }

    fn pause(&self) -> impl Future<Output = ()> {
        self.pauses.set(self.pauses.get() + 1);
        std::future::ready(())
    }
}

/// Runs `future` to its end: the test platform never makes it wait.
fn finish<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the test platform never waits"),
    }
}

fn work() -> Work {
    Work::new(vec![bundled("a", "جملة أولى. جملة ثانية.")])
}

/// Reads `files` as one opening.
fn read(platform: &TestPlatform, files: Vec<(&str, Vec<u8>)>) -> Reading {
    let mut reading = Reading::default();
    let work = work();
    for (name, bytes) in files {
        finish(reading.take_file(platform, &work, name, bytes, &|_, _| {}));
    }
    reading
}

#[test]
fn a_single_text_opens_as_a_document() {
    let reading = read(&TestPlatform::default(), vec![("مقالة.txt", "العلم نور. والجهل ظلام.".as_bytes().to_vec())]);
    let opening = Opening::of(reading, true);
    assert_eq!(opening.dialog, Dialog::Cleared);
    let [Action::Documents(Documents::Add(document))] = opening.actions.as_slice() else {
        panic!("one document added: {:?}", opening.actions);
    };
    assert_eq!(document.text(), "العلم نور. والجهل ظلام.");
    assert_eq!(document.sentence_count(), 2);
}

#[test]
fn a_single_refused_file_says_why_in_the_import_dialog() {
    let reading = read(&TestPlatform::default(), vec![("صورة.txt", vec![0, 159, 146, 150, 0, 0, 1])]);
    let opening = Opening::of(reading, true);
    assert!(matches!(opening.dialog, Dialog::Shows(ImportView::Error(_))), "{:?}", opening.dialog);
    assert_eq!(opening.actions, vec![Action::Panels(Panels::Open(Panel::Import))]);
}

#[test]
fn a_legacy_arabic_file_waits_for_its_encoding_and_is_read_in_the_chosen_one() {
    let arabic = "العلم نور.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
    let platform = TestPlatform::default();
    let reading = read(&platform, vec![("قديم.txt", bytes.into_owned())]);
    let opening = Opening::of(reading, true);
    assert!(opening.actions.is_empty(), "nothing is added before the encoding is confirmed");
    let [preview] = opening.previews.as_slice() else { panic!("one preview: {:?}", opening.previews) };
    assert!(!preview.decided);
    assert_eq!(preview.encoding, Encoding::Windows1256);
    assert_eq!(preview.text.as_deref().map(String::as_str), Ok(arabic));
    let latin = preview.reread(&platform, Encoding::Windows1252);
    assert_ne!(latin.text.as_deref().map(String::as_str), Ok(arabic), "read in another encoding, it reads otherwise");
    let back = latin.reread(&platform, Encoding::Windows1256);
    let batch = finish(confirmed(&platform, &back, &TableChoice::default(), |_, _| {}));
    assert_eq!(batch.incoming.len(), 1);
    assert_eq!(batch.incoming[0].document.text(), arabic);
    assert_eq!(batch.files[0].encoding, Some("Windows-1256"), "the summary names the encoding it was read in");
}

#[test]
fn a_long_table_is_read_and_made_into_documents_a_slice_at_a_time() {
    let rows: usize = 12_000;
    let csv: String = std::iter::once("id,text\n".to_string())
        .chain((0..rows).map(|i| format!("r{i},\"النص رقم {i}، وفيه فاصلة.\"\n")))
        .collect();
    let platform = TestPlatform::default();
    let told = Cell::new(0);
    let mut reading = Reading::default();
    let work = work();
    finish(reading.take_file(&platform, &work, "corpus.csv", csv.into_bytes(), &|_, _| told.set(told.get() + 1)));
    let read_pauses = platform.pauses.get();
    // The header is a record too.
    assert_eq!(read_pauses, (rows + 1).div_ceil(RECORDS_PER_SLICE) - 1, "a pause between slices of records");
    assert_eq!(told.get(), read_pauses, "progress told at each pause");
    let [preview] = reading.previews.as_slice() else { panic!("a table waits for its columns") };
    assert!(preview.decided, "UTF-8 decided the encoding");
    let table = preview.table.as_ref().expect("a table");
    assert_eq!(table.rows.len(), rows);
    let choice = TableChoice::default_for(table);
    let progress = Cell::new((0, 0));
    let batch = finish(confirmed(&platform, preview, &choice, |done, total| progress.set((done, total))));
    assert_eq!(platform.pauses.get() - read_pauses, rows.div_ceil(ROWS_PER_SLICE) - 1);
    assert_eq!(progress.get(), (rows - ROWS_PER_SLICE, rows));
    assert_eq!(batch.incoming.len(), rows, "every row a document, none dropped");
    assert_eq!(batch.incoming[11_999].document.text(), "النص رقم 11999، وفيه فاصلة.");
    let origin = batch.incoming[11_999].document.origin.as_ref().and_then(Origin::source_id);
    assert_eq!(origin.as_deref(), Some("r11999"), "the id column joins it back to its row");
}

#[test]
fn several_files_end_in_one_summary_with_each_files_fate() {
    let page = "<html><head><title>صفحة</title></head><body><p>سطر أول.</p><p>سطر ثان.</p></body></html>";
    let files =
        vec![("أ.txt", "نص أول.".as_bytes().to_vec()), ("ب.html", page.as_bytes().to_vec()), ("فارغ.txt", Vec::new())];
    let opening = Opening::of(read(&TestPlatform::default(), files), false);
    assert_eq!(opening.dialog, Dialog::Unchanged);
    let [Action::AddBatch(batch)] = opening.actions.as_slice() else { panic!("one batch: {:?}", opening.actions) };
    let titles: Vec<&str> = batch.incoming.iter().map(|incoming| incoming.document.title.as_str()).collect();
    assert_eq!(titles, ["أ", "صفحة"]);
    assert_eq!(batch.incoming[1].document.text(), "سطر أول.\nسطر ثان.");
    let refused: Vec<_> = batch.files.iter().filter(|file| file.refused.is_some()).map(|file| &file.name).collect();
    assert_eq!(refused, ["فارغ.txt"], "the empty file is named, not dropped");
    let state = apply(State::new(vec![bundled("a", "جملة.")], &Preferences::default()), &opening.actions);
    assert_eq!(state.work.documents().len(), 3);
    assert_eq!(state.view.import_summary.as_ref().map(|summary| summary.added()), Some(2));
}

#[test]
fn a_hamish_file_shows_its_plan_before_anything_changes() {
    let mut source = work();
    source = source.with_documents(vec![std::rc::Rc::new(bundled("b", "جملة جديدة."))]);
    let file = export_hamish_json(&source, "", &Scope::All, "");
    let opening = Opening::of(read(&TestPlatform::default(), vec![("عمل.json", file.into_bytes())]), true);
    let Dialog::Shows(ImportView::Plan(plan, note)) = &opening.dialog else { panic!("a plan: {:?}", opening.dialog) };
    assert_eq!(plan.new_documents, vec![DocumentId("b".into())]);
    assert_eq!(*note, PlanNote::default(), "no submission, nothing waiting");
    assert_eq!(opening.actions, vec![Action::Panels(Panels::Open(Panel::Import))], "nothing added yet");
}

#[test]
fn hamish_files_opened_together_each_wait_for_their_own_dialog() {
    let source = |id: &str| {
        let work = work().with_documents(vec![std::rc::Rc::new(bundled(id, "جملة جديدة."))]);
        export_hamish_json(&work, "", &Scope::All, "").into_bytes()
    };
    let files = vec![("أ.json", source("b")), ("ب.json", source("c")), ("ج.json", source("d"))];
    let opening = Opening::of(read(&TestPlatform::default(), files), false);
    let Dialog::Shows(ImportView::Plan(plan, note)) = &opening.dialog else { panic!("a plan: {:?}", opening.dialog) };
    assert_eq!(plan.new_documents, vec![DocumentId("b".into())], "the first file first");
    assert_eq!(note.waiting, 2, "the dialog says two more wait");
    let waiting: Vec<&str> = opening.waiting.iter().map(|(file, _)| file.documents[0].id.as_str()).collect();
    assert_eq!(waiting, ["c", "d"], "none is dropped, in the order opened");
}

#[test]
fn a_submission_is_told_apart_from_other_hamish_files() {
    let file = export_hamish_json(&work(), "", &Scope::All, "");
    assert!(!is_submission(&file));
    let submission = file.trim_end().trim_end_matches('}').to_string()
        + r#","exercise":{"title":"ت","hash":"ab","student_id":"sara.k"}}"#;
    assert!(is_submission(&submission), "{submission}");
    let opening = Opening::of(read(&TestPlatform::default(), vec![("s.json", submission.into_bytes())]), true);
    let Dialog::Shows(ImportView::Plan(_, note)) = &opening.dialog else { panic!("a plan: {:?}", opening.dialog) };
    assert!(note.submission, "the dialog points to Compare submissions");
}

#[test]
fn an_exercise_file_starts_the_exercise() {
    let work = work();
    let exercise = make_exercise(&work, &[DocumentId("a".into())], "تمرين", "صنّف كل جملة.", true);
    let file = exercise_json(&exercise);
    let opening = Opening::of(read(&TestPlatform::default(), vec![("تمرين.json", file.into_bytes())]), true);
    assert_eq!(opening.dialog, Dialog::Cleared);
    let [Action::Student(Student::OpenExercise(opened))] = opening.actions.as_slice() else {
        panic!("the exercise opens: {:?}", opening.actions);
    };
    assert_eq!(opened.hash, exercise.hash);
}

#[test]
fn a_cut_or_renamed_json_file_says_what_it_is_and_columns_count_characters() {
    let whole = export_hamish_json(&work(), "", &Scope::All, "");
    let cut = &whole[..whole.len() / 2];
    assert_eq!(hamish_core::formats::hamish::read::read_hamish_json(cut), Err(ImportError::CutShort));
    let text = "هذا نص عادي سُمّي .json";
    assert_eq!(hamish_core::formats::hamish::read::read_hamish_json(text), Err(ImportError::NotJson));
    assert!(ImportError::CutShort.describe(hamish_core::i18n::Lang::English).contains("cut off"));
    let line = r#"{"text": "نص عربي", "label": خطأ}"#;
    let jsonl = format!("{{\"text\": \"أول\"}}\n{line}\n");
    let Err(ImportError::MalformedJson { line: at, column, .. }) = hamish_core::formats::table::read::read_table(
        hamish_core::formats::table::read::TableFormat::JsonLines,
        &jsonl,
    ) else {
        panic!("malformed");
    };
    let expected = line.chars().position(|c| c == 'خ').expect("the bad value") + 1;
    assert_eq!((at, column), (2, expected), "the column in characters, where the bad value starts");
}
