//! Labels and notes on sentences, kept in chunks so that a change copies
//! and stores only the chunk it touches.

use crate::model::labels::{LabelId, LabelSet};
use crate::model::spans::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Sentences per chunk, in memory and in storage.
pub const CHUNK_SIZE: usize = 256;

/// What a sentence carries: its labels (in palette order), a note,
/// whether the labels are a suggestion still to review, whether the
/// sentence is a heading (never labeled, left out of counts), and its
/// labeled spans.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceAnnotation {
    /// Label ids.
    pub labels: Vec<LabelId>,
    /// Free-text note; empty when none.
    pub note: String,
    /// The labels and spans came from a file (a model, a colleague) and are
    /// not yet confirmed. Never set without labels or spans; left out when
    /// false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suggested: bool,
    /// The sentence is a heading someone marked: shown as a heading, not
    /// labeled, left out of counts and agreement. Left out when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heading: bool,
    /// Labeled words and phrases, in code points of the sentence, sorted,
    /// each once. Left out when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
}

impl SentenceAnnotation {
    /// Whether it carries nothing (and so is not kept).
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty() && self.note.is_empty() && !self.heading && self.spans.is_empty()
    }

    /// Whether it carries labels or spans, what a suggestion can be made of.
    pub fn can_be_suggested(&self) -> bool {
        !self.labels.is_empty() || !self.spans.is_empty()
    }

    /// Whether it carries labels or spans still to review.
    pub fn is_suggestion(&self) -> bool {
        self.suggested && self.can_be_suggested()
    }

    /// Whether it carries labels that are confirmed.
    pub fn is_reviewed(&self) -> bool {
        !self.suggested && !self.labels.is_empty()
    }
}

/// A sentence's annotation changed from `before` to `after`, put on top of
/// its `current` annotation as a change, not a snapshot: the labels (and
/// spans) it took off are taken off, those it added are added, its note is
/// set if it changed the note, and so are whether the labels are a
/// suggestion and whether the sentence is a heading. When `current` is
/// `before`, the result is exactly `after`; when someone else changed the
/// sentence meanwhile (another tab, another device), their work stays: a
/// label they added and another added here are both kept, a label taken off
/// on either side stays off. With one label per sentence, the label `after`
/// chose wins. Labels the set does not know are kept, after the known ones.
pub fn rebase(
    current: Option<&SentenceAnnotation>,
    before: Option<&SentenceAnnotation>,
    after: Option<&SentenceAnnotation>,
    labels: &LabelSet,
) -> Option<SentenceAnnotation> {
    let empty = SentenceAnnotation::default();
    let (was, now) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
    if current.unwrap_or(&empty) == was {
        return after.cloned().filter(|annotation| !annotation.is_empty());
    }
    let mut result = current.cloned().unwrap_or_default();
    result.labels.retain(|id| !was.labels.contains(id) || now.labels.contains(id));
    for id in now.labels.iter().filter(|id| !was.labels.contains(id)) {
        if !result.labels.contains(id) {
            result.labels.push(*id);
        }
    }
    let mut ordered = labels.sorted(&result.labels);
    ordered.extend(result.labels.iter().filter(|id| labels.get(**id).is_none()));
    result.labels = ordered;
    if !labels.multiple && result.labels.len() > 1 {
        // One label per sentence: the edit's own label wins.
        result.labels = if now.labels.is_empty() { result.labels[..1].to_vec() } else { now.labels.clone() };
    }
    // Spans the same way: those the edit took off go, those it marked come.
    result.spans.retain(|span| !was.spans.contains(span) || now.spans.contains(span));
    for span in now.spans.iter().filter(|span| !was.spans.contains(span)) {
        if !result.spans.contains(span) {
            result.spans.push(*span);
        }
    }
    crate::model::spans::tidy(&mut result.spans);
    if was.note != now.note {
        result.note = now.note.clone();
    }
    if was.suggested != now.suggested {
        result.suggested = now.suggested;
    }
    if was.heading != now.heading {
        result.heading = now.heading;
        if result.heading {
            result.labels.clear();
        }
    }
    result.suggested &= result.can_be_suggested();
    Some(result).filter(|annotation| !annotation.is_empty())
}

/// One less sentence carrying `id` in `counts`.
fn uncount(counts: &mut BTreeMap<LabelId, usize>, id: LabelId) {
    if let Some(count) = counts.get_mut(&id) {
        *count -= 1;
        if *count == 0 {
            counts.remove(&id);
        }
    }
}

/// One chunk: sentence index → annotation, for indexes
/// `[chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE)`.
pub type Chunk = BTreeMap<usize, SentenceAnnotation>;

/// The annotations of one document.
#[derive(Clone, Debug, Default)]
pub struct DocAnnotations {
    chunks: Vec<Rc<Chunk>>,
    /// Sentences whose labels are confirmed.
    labeled: usize,
    /// Sentences whose labels are a suggestion.
    suggested: usize,
    /// Sentences carrying a note.
    noted: usize,
    /// Sentences marked as headings.
    headings: usize,
    /// Sentences carrying each label, kept up to date by [`Self::set`].
    label_counts: BTreeMap<LabelId, usize>,
    /// Sentences suggesting each label.
    suggested_counts: BTreeMap<LabelId, usize>,
    /// Spans of each label.
    span_counts: BTreeMap<LabelId, usize>,
}

impl PartialEq for DocAnnotations {
    fn eq(&self, other: &Self) -> bool {
        self.labeled == other.labeled && self.suggested == other.suggested && self.iter().eq(other.iter())
    }
}

impl DocAnnotations {
    /// The annotation of sentence `index`, if it has one.
    pub fn get(&self, index: usize) -> Option<&SentenceAnnotation> {
        self.chunks.get(index / CHUNK_SIZE)?.get(&index)
    }

    /// The labels of sentence `index` (empty when none).
    pub fn labels(&self, index: usize) -> &[LabelId] {
        self.get(index).map_or(&[], |annotation| &annotation.labels)
    }

    /// Sets (or with `None` or an empty annotation, removes) the annotation
    /// of sentence `index`; returns the previous one. A suggestion without
    /// labels or spans is kept as a plain note.
    pub fn set(&mut self, index: usize, annotation: Option<SentenceAnnotation>) -> Option<SentenceAnnotation> {
        let annotation = annotation.filter(|annotation| !annotation.is_empty()).map(|mut annotation| {
            if annotation.heading {
                annotation.labels.clear();
            }
            annotation.suggested &= annotation.can_be_suggested();
            annotation
        });
        let chunk_index = index / CHUNK_SIZE;
        if annotation.is_none() && self.get(index).is_none() {
            return None;
        }
        if self.chunks.len() <= chunk_index {
            self.chunks.resize_with(chunk_index + 1, Default::default);
        }
        let chunk = Rc::make_mut(&mut self.chunks[chunk_index]);
        let previous = match annotation {
            Some(annotation) => chunk.insert(index, annotation),
            None => chunk.remove(&index),
        };
        if let Some(old) = &previous {
            self.labeled -= usize::from(old.is_reviewed());
            self.suggested -= usize::from(old.is_suggestion());
            self.noted -= usize::from(!old.note.is_empty());
            self.headings -= usize::from(old.heading);
            for span in &old.spans {
                uncount(&mut self.span_counts, span.label);
            }
            for id in &old.labels {
                uncount(&mut self.label_counts, *id);
                if old.is_suggestion() {
                    uncount(&mut self.suggested_counts, *id);
                }
            }
        }
        if let Some(new) = self.get(index) {
            let (reviewed, suggestion, labels) = (new.is_reviewed(), new.is_suggestion(), new.labels.clone());
            let heading = new.heading;
            let spans: Vec<LabelId> = new.spans.iter().map(|span| span.label).collect();
            self.noted += usize::from(!new.note.is_empty());
            self.headings += usize::from(heading);
            self.labeled += usize::from(reviewed);
            self.suggested += usize::from(suggestion);
            for id in labels {
                *self.label_counts.entry(id).or_default() += 1;
                if suggestion {
                    *self.suggested_counts.entry(id).or_default() += 1;
                }
            }
            for label in spans {
                *self.span_counts.entry(label).or_default() += 1;
            }
        }
        previous
    }

    /// Replaces chunk `chunk_index` wholesale (annotations outside its range
    /// are ignored).
    pub fn replace_chunk(&mut self, chunk_index: usize, chunk: Chunk) {
        let range = chunk_index * CHUNK_SIZE..(chunk_index + 1) * CHUNK_SIZE;
        let old: Vec<usize> = self.chunk(chunk_index).map(|old| old.keys().copied().collect()).unwrap_or_default();
        for index in old {
            self.set(index, None);
        }
        for (index, annotation) in chunk {
            if range.contains(&index) {
                self.set(index, Some(annotation));
            }
        }
    }

    /// Whether `other` shares every chunk with this one (O(chunks)): when it
    /// does, nothing changed between them.
    pub fn shares_chunks_with(&self, other: &DocAnnotations) -> bool {
        self.chunks.len() == other.chunks.len() && self.chunks.iter().zip(&other.chunks).all(|(a, b)| Rc::ptr_eq(a, b))
    }

    /// Every annotated sentence, in order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &SentenceAnnotation)> + '_ {
        self.chunks.iter().flat_map(|chunk| chunk.iter().map(|(index, annotation)| (*index, annotation)))
    }

    /// Chunk `chunk_index`, if it was ever touched.
    pub fn chunk(&self, chunk_index: usize) -> Option<&Rc<Chunk>> {
        self.chunks.get(chunk_index)
    }

    /// How many chunks exist (some may be empty).
    pub fn chunk_count(&self) -> usize {
        self.chunks.len()
    }

    /// How many sentences carry confirmed labels (a suggestion still to
    /// review does not count).
    pub fn labeled_count(&self) -> usize {
        self.labeled
    }

    /// How many sentences carry a suggestion still to review.
    pub fn suggested_count(&self) -> usize {
        self.suggested
    }

    /// How many sentences carry label `id`, confirmed or suggested
    /// (O(log labels)).
    pub fn label_count(&self, id: LabelId) -> usize {
        self.label_counts.get(&id).copied().unwrap_or(0)
    }

    /// How many spans have label `id` (kept up to date by [`Self::set`]).
    pub fn span_count(&self, id: LabelId) -> usize {
        self.span_counts.get(&id).copied().unwrap_or(0)
    }

    /// How many sentences carry label `id` as a suggestion.
    pub fn suggested_label_count(&self, id: LabelId) -> usize {
        self.suggested_counts.get(&id).copied().unwrap_or(0)
    }

    /// How many sentences are headings (kept up to date by [`Self::set`]).
    pub fn heading_count(&self) -> usize {
        self.headings
    }

    /// Whether sentence `index` still wants a label: it has none and is not
    /// a heading.
    pub fn needs_label(&self, index: usize) -> bool {
        self.get(index).is_none_or(|annotation| annotation.labels.is_empty() && !annotation.heading)
    }

    /// Whether sentence `index` is a heading.
    pub fn is_heading(&self, index: usize) -> bool {
        self.get(index).is_some_and(|annotation| annotation.heading)
    }

    /// How many sentences carry a note (kept up to date by [`Self::set`]).
    pub fn note_count(&self) -> usize {
        self.noted
    }

    /// Whether no sentence is annotated.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labeled(ids: &[u32]) -> Option<SentenceAnnotation> {
        Some(SentenceAnnotation { labels: ids.iter().map(|id| LabelId(*id)).collect(), ..Default::default() })
    }

    #[test]
    fn set_get_and_count() {
        let mut annotations = DocAnnotations::default();
        assert_eq!(annotations.set(3, labeled(&[1])), None);
        assert_eq!(annotations.set(CHUNK_SIZE + 1, labeled(&[2])), None);
        assert_eq!(annotations.labels(3), &[LabelId(1)]);
        assert_eq!(annotations.labeled_count(), 2);
        assert_eq!((annotations.label_count(LabelId(1)), annotations.label_count(LabelId(2))), (1, 1));
        assert_eq!(annotations.chunk_count(), 2);
        assert_eq!(
            annotations.set(3, Some(SentenceAnnotation { note: "ملاحظة".into(), ..Default::default() })),
            labeled(&[1])
        );
        assert_eq!(annotations.labeled_count(), 1);
        assert_eq!(annotations.note_count(), 1);
        assert_eq!(annotations.set(3, Some(SentenceAnnotation::default())).map(|a| a.note), Some("ملاحظة".into()));
        assert_eq!(annotations.get(3), None);
        assert_eq!(annotations.note_count(), 0);
        assert_eq!(annotations.iter().map(|(index, _)| index).collect::<Vec<_>>(), vec![CHUNK_SIZE + 1]);
    }

    #[test]
    fn suggestions_are_counted_apart() {
        let mut annotations = DocAnnotations::default();
        let suggestion =
            |ids: &[u32]| labeled(ids).map(|annotation| SentenceAnnotation { suggested: true, ..annotation });
        annotations.set(1, suggestion(&[1, 2]));
        annotations.set(2, labeled(&[1]));
        assert_eq!((annotations.labeled_count(), annotations.suggested_count()), (1, 1));
        assert_eq!((annotations.label_count(LabelId(1)), annotations.suggested_label_count(LabelId(1))), (2, 1));
        annotations.set(1, labeled(&[1, 2]));
        assert_eq!((annotations.labeled_count(), annotations.suggested_count()), (2, 0));
        assert_eq!(annotations.suggested_label_count(LabelId(2)), 0);
        // A suggestion without labels is kept as a plain note.
        annotations.set(3, Some(SentenceAnnotation { note: "ملاحظة".into(), suggested: true, ..Default::default() }));
        assert_eq!(annotations.get(3).map(|annotation| annotation.suggested), Some(false));
        assert_eq!(annotations.suggested_count(), 0);
    }

    #[test]
    fn a_change_copies_only_its_chunk() {
        let mut before = DocAnnotations::default();
        before.set(1, labeled(&[1]));
        before.set(CHUNK_SIZE + 1, labeled(&[1]));
        let mut after = before.clone();
        after.set(2, labeled(&[2]));
        assert!(!Rc::ptr_eq(before.chunk(0).unwrap(), after.chunk(0).unwrap()));
        assert!(Rc::ptr_eq(before.chunk(1).unwrap(), after.chunk(1).unwrap()));
    }

    #[test]
    fn replacing_a_chunk_keeps_counts_right() {
        let mut annotations = DocAnnotations::default();
        annotations.set(1, labeled(&[1]));
        annotations.set(2, labeled(&[1]));
        let mut chunk = Chunk::new();
        chunk.insert(5, labeled(&[3]).unwrap());
        chunk.insert(CHUNK_SIZE + 5, labeled(&[3]).unwrap());
        annotations.replace_chunk(0, chunk);
        assert_eq!(annotations.labeled_count(), 1);
        assert_eq!(annotations.labels(5), &[LabelId(3)]);
        assert_eq!(annotations.get(CHUNK_SIZE + 5), None);
    }
}
