//! Prints the sentences of a text file, one per line with its offsets.
//!
//! `cargo run --example print_sentences -- FILE`

use hamish_core::text::segment::sentence_spans;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: print_sentences FILE");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let chars: Vec<char> = text.chars().collect();
    for (index, (start, end)) in sentence_spans(&text).into_iter().enumerate() {
        let sentence: String = chars[start..end].iter().collect();
        println!("{index}\t{start}\t{end}\t{sentence}");
    }
    ExitCode::SUCCESS
}
