//! A corpus table met again: a row repeating an earlier row's id is a
//! document of its own (never dropped as "already here"), and the same
//! table imported again, whatever its rows hold, lands on the documents it
//! made the first time: no copies.

use super::corpus_import::batch_of;
use hamish_core::formats::back::{goes_back, read_back};
use hamish_core::formats::open_file::{open_file, Opened};
use hamish_core::formats::plan::{plan_import, ImportMode};
use hamish_core::formats::table::read::TableFormat;
use hamish_core::formats::table::rows::{plan_table, row_document, TableChoice};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, State};
use hamish_core::text::seeds::bundled_documents;
use std::rc::Rc;

/// Rows of one sentence first (as a corpus of tweets starts), then rows of
/// several sentences, with CRLF inside a cell, and a label column.
fn corpus() -> String {
    let mut csv = String::from("id,text,label\n");
    for row in 0..60 {
        csv.push_str(&format!("r{row},جملة رقم {row} هنا.,رأي\n"));
    }
    csv.push_str("r60,\"أولى في الصف. ثانية في الصف!\r\nثالثة بعد سطر.\",خبر\n");
    csv.push_str("r61,جملة تلو جملة. وأخرى بعدها.,\n");
    csv
}

fn imported(state: &State, name: &str, text: &str) -> State {
    state.reduce(&Action::AddBatch(Rc::new(batch_of(&[(name, text)])))).expect("taken in")
}

#[test]
fn a_row_repeating_an_id_is_a_document_of_its_own_and_said() {
    let text = "id,text\nr1,أولى.\nr2,ثانية.\nr1,نص آخر بالمعرف نفسه.\n";
    let Ok(Opened::Table(table)) = open_file("corpus.csv", text) else { panic!("a table") };
    let choice = TableChoice::default_for(&table);
    let plan = plan_table(&table, &choice);
    assert_eq!((plan.groups.len(), plan.repeated_ids), (3, 1));
    let third = row_document("corpus.csv", &plan.groups[2], &choice).document;
    assert_eq!(third.id.as_str(), "corpus#r1-row3", "its id names its row");
    assert_eq!(third.origin.and_then(|origin| origin.id).as_deref(), Some("r1"), "its source id is the file's");
    let state = State::new(bundled_documents(), &Preferences::default());
    let mut batch = batch_of(&[("corpus.csv", text)]);
    batch.files[0].repeated_ids = plan.repeated_ids;
    let next = state.reduce(&Action::AddBatch(Rc::new(batch))).expect("taken in");
    let summary = next.view.import_summary.clone().expect("a summary");
    assert_eq!((summary.added(), summary.already()), (3, 0), "no row is taken for one already here");
    assert!(next.work.documents().iter().any(|document| document.text() == "نص آخر بالمعرف نفسه."));
    let closed = next.reduce(&Action::Panels(hamish_core::state::Panels::Close)).expect("closed");
    let again = imported(&closed, "corpus.csv", text);
    let summary = again.view.import_summary.clone().expect("a summary");
    assert_eq!((summary.added(), summary.already()), (0, 3), "the same file again finds the same documents");
}

#[test]
fn the_same_corpus_table_read_again_lands_on_its_documents_without_copies() {
    let state = State::new(bundled_documents(), &Preferences::default());
    let first = imported(&state, "corpus.csv", &corpus());
    let count = first.work.documents().len();
    let csv = corpus();
    assert!(goes_back(&first.work, TableFormat::Csv, &csv), "its first rows are sentences here");
    let valid = read_back(&first.work, TableFormat::Csv, &csv, "corpus.csv").expect("read back");
    let plan = plan_import(&first.work, valid);
    assert!(plan.new_documents.is_empty(), "no copies: {:?}", plan.new_documents);
    assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
    let merged =
        first.reduce(&Action::import(Rc::new(plan), ImportMode::Merge { take_theirs: Default::default() }, false));
    let merged = merged.unwrap_or(first.clone());
    assert_eq!(merged.work.documents().len(), count);
    assert_eq!(merged.work.annotations(), first.work.annotations(), "the labels as the first import gave them");
    let edited = csv.replace("r61,جملة تلو جملة. وأخرى بعدها.,", "r61,جملة تلو جملة. وأخرى بعدها.,سؤال");
    let valid = read_back(&first.work, TableFormat::Csv, &edited, "corpus.csv").expect("read back");
    let after = first
        .reduce(&Action::import(
            Rc::new(plan_import(&first.work, valid)),
            ImportMode::Merge { take_theirs: Default::default() },
            false,
        ))
        .expect("a change");
    let last =
        after.work.documents().iter().find(|document| document.id.as_str() == "corpus#r61").expect("r61").clone();
    let annotations = after.work.annotations_of(&last.id).expect("labeled now");
    assert_eq!(annotations.iter().count(), last.sentence_count(), "a row's label on each of its sentences");
}

#[test]
fn a_file_taken_in_after_its_preview_joins_the_summary_still_open() {
    let state = State::new(bundled_documents(), &Preferences::default());
    let texts = state
        .reduce(&Action::AddBatch(Rc::new(batch_of(&[("a.txt", "نص أول."), ("b.txt", "نص ثان.")]))))
        .expect("taken in");
    let legacy = imported(&texts, "legacy.txt", "نص ثالث.");
    let summary = legacy.view.import_summary.clone().expect("a summary");
    let names: Vec<&str> = summary.files.iter().map(|file| file.read.name.as_str()).collect();
    assert_eq!((names, summary.added()), (vec!["a.txt", "b.txt", "legacy.txt"], 3), "every file of the opening");
    let closed = legacy.reduce(&Action::Panels(hamish_core::state::Panels::Close)).expect("closed");
    let later = imported(&closed, "d.txt", "نص رابع.");
    assert_eq!(later.view.import_summary.expect("a summary").files.len(), 1, "a later opening starts afresh");
}
