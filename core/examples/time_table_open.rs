//! Times the steps of opening a table file before its preview, each of
//! which runs in one task: decoding, recognising it, a first slice of
//! records, and the preview's counts.
//!
//! `cargo run --release --example time_table_open -- FILE.csv`

use hamish_core::formats::back::goes_back;
use hamish_core::formats::open_file::{decode_file, file_kind, Decoded, FileKind};
use hamish_core::formats::reading::RECORDS_PER_SLICE;
use hamish_core::formats::table::preview::preview_counts;
use hamish_core::formats::table::read::TableReader;
use hamish_core::formats::table::rows::TableChoice;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::State;
use hamish_core::text::seeds::bundled_documents;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a CSV file");
    let bytes = std::fs::read(&path).expect("readable");
    let work = State::new(bundled_documents(), &Preferences::default()).work;
    let at = Instant::now();
    let Ok(Decoded::Text(text, _)) = decode_file(&path, &bytes) else { panic!("UTF-8 text") };
    println!("decode {:?}", at.elapsed());
    let at = Instant::now();
    let FileKind::Table(format) = file_kind(&path, &text) else { panic!("a table") };
    let back = goes_back(&work, format, &text);
    println!("kind and way back ({back}) {:?}", at.elapsed());
    let mut reader = TableReader::new(format, text);
    let at = Instant::now();
    let _ = reader.read_some(RECORDS_PER_SLICE);
    println!("first slice of {RECORDS_PER_SLICE} records {:?}", at.elapsed());
    while !reader.read_some(RECORDS_PER_SLICE).expect("records") {}
    let table = reader.finish().expect("a table");
    let at = Instant::now();
    let counts = preview_counts(&table, &TableChoice::default_for(&table));
    println!("preview counts ({} rows) {:?}", counts.rows, at.elapsed());
}
