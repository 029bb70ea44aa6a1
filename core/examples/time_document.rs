//! Times splitting a long text into a document (sentences, paragraphs, hashes).
//!
//! `cargo run --release --example time_document -- FILE`

use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: time_document FILE");
        return ExitCode::FAILURE;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return ExitCode::FAILURE;
    };
    let start = Instant::now();
    let segments = hamish_core::text::segment::segment(&text);
    println!("segment: {} segments in {:?}", segments.len(), start.elapsed());
    let start = Instant::now();
    let document = Document::new(DocumentId("long".into()), text, "long", DocumentSource::Imported);
    println!("{} sentences in {:?}", document.sentence_count(), start.elapsed());
    ExitCode::SUCCESS
}
