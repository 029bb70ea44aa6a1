//! Scores the sentence segmenter on gold sentences, one per line.
//!
//! `cargo run --release --example score_segmentation -- [FILE]`
//! (default: `corpora/ud-arabic-pud/sentences.txt`).

use hamish_core::text::segment_score::score_boundaries;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "corpora/ud-arabic-pud/sentences.txt".to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let gold: Vec<&str> = text.lines().filter(|line| !line.trim().is_empty()).collect();
    let score = score_boundaries(&gold);
    println!("gold sentences: {}  ({path})", gold.len());
    println!("gold boundaries: {}  predicted: {}  correct: {}", score.gold, score.predicted, score.correct);
    println!("precision: {:.4}", score.precision());
    println!("recall:    {:.4}", score.recall());
    println!("F1:        {:.4}", score.f1());
    println!("missed boundaries ({}):", score.missed.len());
    for context in &score.missed {
        println!("  {context}");
    }
    println!("spurious boundaries ({}):", score.spurious.len());
    for context in &score.spurious {
        println!("  {context}");
    }
    ExitCode::SUCCESS
}
