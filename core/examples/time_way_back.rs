//! Times an export read back onto a labeled corpus (5,000 documents of 20
//! sentences): deciding that it goes back, reading it onto the documents,
//! planning the import and taking it in, for Hamish JSONL and CSV and
//! Label Studio.
//!
//! `cargo run --release --example time_way_back -- [DOCUMENTS]`

use hamish_core::formats::back::{goes_back, read_back};
use hamish_core::formats::export::Scope;
use hamish_core::formats::plan::{plan_import, ImportMode};
use hamish_core::formats::sentences::{export_csv, export_jsonl};
use hamish_core::formats::table::read::TableFormat;
use hamish_core::formats::training::label_studio::export_label_studio;
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Corpus, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;
use std::time::Instant;

fn main() {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(5_000);
    let documents = |_| {
        (0..count)
            .map(|n| {
                let text = (0..20).map(|s| format!("الجملة {s} من المستند {n}. ")).collect::<String>();
                Document::new(DocumentId::from(format!("doc-{n}")), text, "عنوان", DocumentSource::Imported)
            })
            .collect::<Vec<_>>()
    };
    let fresh = State::new(documents(()), &Preferences::default());
    let all: Vec<(DocumentId, usize)> =
        fresh.work.documents().iter().flat_map(|d| (0..d.sentence_count()).map(move |i| (d.id.clone(), i))).collect();
    let labeled = fresh.reduce(&Action::Corpus(Corpus::Label(Rc::new(all), LabelId(1)))).expect("labeled");
    for (name, format, text) in [
        ("export.jsonl", TableFormat::JsonLines, export_jsonl(&labeled.work, &Scope::All)),
        ("export.csv", TableFormat::Csv, export_csv(&labeled.work, &Scope::All)),
        ("export.json", TableFormat::JsonArray, export_label_studio(&labeled.work, &Scope::All)),
    ] {
        let at = Instant::now();
        assert!(goes_back(&fresh.work, format, &text));

        let decided = at.elapsed();
        let valid = read_back(&fresh.work, format, &text, name).expect("read back");
        let read = at.elapsed();
        let plan = plan_import(&fresh.work, valid);
        let planned = at.elapsed();
        let after = fresh
            .reduce(&Action::import(Rc::new(plan), ImportMode::Merge { take_theirs: Default::default() }, false))
            .expect("taken in");
        println!(
            "{name} ({} MB): goes back {decided:?}, read {read:?}, planned {planned:?}, taken in {:?}; {} labeled",
            text.len() / 1_000_000,
            at.elapsed(),
            after.work.progress().0
        );
    }
}
