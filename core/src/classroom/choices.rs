//! What a submission holds for each sentence of the documents compared,
//! and what most students chose: its spans (labels matched by their key in
//! the exercise), the sentences it marks as headings, the strict majority
//! of the students' label choices and the spans a strict majority marked.

use crate::formats::plan::ValidFile;
use crate::model::anchor::anchor;
use crate::model::comparison::{LabelKey, SpanAnswers};
use crate::model::labels::LabelId;
use crate::model::spans::{tidy, Span};
use crate::text::document::{Document, DocumentId};
use std::collections::{BTreeMap, BTreeSet};

/// The spans of `file` on the sentences of `documents`, each span's label
/// its key (through `keys`, the file's label ids to keys); spans of a label
/// without a key are left out, and so are sentences left without spans.
pub fn spans_of(documents: &[Document], file: &ValidFile, keys: &BTreeMap<LabelId, LabelKey>) -> SpanAnswers {
    let mut map = SpanAnswers::new();
    for valid in &file.documents {
        let Some(document) = documents.iter().find(|document| document.id == valid.id) else { continue };
        for (index, annotation) in anchor(document, valid.annotations.clone()).placed {
            let keyed = |span: &Span| Some(Span { label: LabelId(*keys.get(&span.label)?), ..*span });
            let mut spans: Vec<Span> = annotation.spans.iter().filter_map(keyed).collect();
            tidy(&mut spans);
            if !spans.is_empty() {
                map.insert((document.id.clone(), index), spans);
            }
        }
    }
    map
}

/// The sentences any of `files` marks as headings.
pub fn headings_of<'a>(
    documents: &[Document],
    files: impl IntoIterator<Item = &'a ValidFile>,
) -> BTreeSet<(DocumentId, usize)> {
    let mut headings = BTreeSet::new();
    for valid in files.into_iter().flat_map(|file| &file.documents) {
        let Some(document) = documents.iter().find(|document| document.id == valid.id) else { continue };
        let placed = anchor(document, valid.annotations.clone()).placed;
        headings.extend(placed.into_iter().filter(|(_, a)| a.heading).map(|(index, _)| (document.id.clone(), index)));
    }
    headings
}

/// The choice more than half of the students made, if any, and whether two
/// or more choices are equally frequent and most frequent (a tie).
pub fn strict_majority(choices: &[Option<Vec<LabelKey>>]) -> (Option<Vec<LabelKey>>, bool) {
    let mut counts: Vec<(&Vec<LabelKey>, usize)> = Vec::new();
    for choice in choices.iter().flatten() {
        match counts.iter_mut().find(|(known, _)| *known == choice) {
            Some((_, count)) => *count += 1,
            None => counts.push((choice, 1)),
        }
    }
    let best = counts.iter().map(|(_, count)| *count).max().unwrap_or(0);
    let top: Vec<&Vec<LabelKey>> = counts.iter().filter(|(_, count)| *count == best).map(|(c, _)| *c).collect();
    match top.as_slice() {
        // A majority is more than half of all the students, not only of
        // those who labeled the sentence.
        [one] if 2 * best > choices.len() => (Some((*one).clone()), false),
        [_] | [] => (None, false),
        _ => (None, true),
    }
}

/// The spans (same range and label) more than half of all the students
/// marked, given each student's spans of one sentence; sorted.
pub fn majority_spans(choices: &[Vec<Span>]) -> Vec<Span> {
    let mut counts: BTreeMap<Span, usize> = BTreeMap::new();
    for spans in choices {
        let mut spans = spans.clone();
        tidy(&mut spans);
        for span in spans {
            *counts.entry(span).or_default() += 1;
        }
    }
    counts.into_iter().filter(|(_, count)| 2 * count > choices.len()).map(|(span, _)| span).collect()
}
