//! Training-ready exports, one sentence a record: spaCy ([`spacy`]),
//! doccano's sequence labeling ([`doccano`]), Label Studio tasks with their
//! labeling config ([`label_studio`]) and Hugging Face JSONL with its
//! dataset card ([`huggingface`]). What they share is here: the sentences
//! of a scope and labels as flags (spans as triples are in
//! [`super::sentences::sentence_triples`]). Their files are read
//! back as tables ([`super::table`]).

pub mod doccano;
pub mod huggingface;
pub mod label_studio;
pub mod spacy;

use crate::model::labels::{Label, LabelSet, Target};
use crate::model::work::Work;
use crate::{
    formats::export::Scope,
    formats::hamish::write::{hamish_file, FileDocument, FileSentence},
};

/// Every exported sentence with its document, in export order.
pub(super) fn sentences(work: &Work, scope: &Scope) -> Vec<(FileDocument, FileSentence)> {
    let mut out = Vec::new();
    for mut document in hamish_file(work, "", scope, "").documents {
        let sentences = std::mem::take(&mut document.sentences);
        for sentence in sentences {
            out.push((document.clone(), sentence));
        }
    }
    out
}

/// The labels a sentence can have, in palette order: the columns and
/// classes of every sentence-classification export (span-only labels are
/// never a sentence's class).
pub fn sentence_labels(labels: &LabelSet) -> Vec<&Label> {
    labels.for_target(Target::Sentences).collect()
}

/// One `0`/`1` per sentence label of `labels` ([`sentence_labels`]), in
/// palette order: `1` when the sentence has it.
pub(super) fn multi_hot(labels: &LabelSet, sentence: &FileSentence) -> Vec<u8> {
    sentence_labels(labels).iter().map(|label| u8::from(sentence.labels.contains(&label.name))).collect()
}

/// Whether no two of the sentence's spans share a code point.
pub(super) fn spans_apart(sentence: &FileSentence) -> bool {
    let mut ranges: Vec<(usize, usize)> = sentence.spans.iter().map(|span| (span.start, span.end)).collect();
    ranges.sort();
    ranges.windows(2).all(|pair| pair[0].1 <= pair[1].0)
}
