//! Labels and notes on sentences, kept in chunks so that a change copies
//! and stores only the chunk it touches.

use super::labels::LabelId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Sentences per chunk, in memory and in storage.
pub const CHUNK_SIZE: usize = 256;

/// What a sentence carries: its labels (in palette order) and a note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceAnnotation {
    /// Label ids.
    pub labels: Vec<LabelId>,
    /// Free-text note; empty when none.
    pub note: String,
}

impl SentenceAnnotation {
    /// Whether it carries nothing (and so is not kept).
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty() && self.note.is_empty()
    }
}

/// One chunk: sentence index → annotation, for indexes
/// `[chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE)`.
pub type Chunk = BTreeMap<usize, SentenceAnnotation>;

/// The annotations of one document.
#[derive(Clone, Debug, Default)]
pub struct DocAnnotations {
    chunks: Vec<Rc<Chunk>>,
    labeled: usize,
    /// Sentences carrying each label, kept up to date by [`Self::set`].
    label_counts: BTreeMap<LabelId, usize>,
}

impl PartialEq for DocAnnotations {
    fn eq(&self, other: &Self) -> bool {
        self.labeled == other.labeled && self.iter().eq(other.iter())
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
    /// of sentence `index`; returns the previous one.
    pub fn set(&mut self, index: usize, annotation: Option<SentenceAnnotation>) -> Option<SentenceAnnotation> {
        let annotation = annotation.filter(|annotation| !annotation.is_empty());
        let chunk_index = index / CHUNK_SIZE;
        if annotation.is_none() && self.get(index).is_none() {
            return None;
        }
        if self.chunks.len() <= chunk_index {
            self.chunks.resize_with(chunk_index + 1, Default::default);
        }
        let chunk = Rc::make_mut(&mut self.chunks[chunk_index]);
        let new_labeled = annotation.as_ref().is_some_and(|annotation| !annotation.labels.is_empty());
        let previous = match annotation {
            Some(annotation) => chunk.insert(index, annotation),
            None => chunk.remove(&index),
        };
        let old_labeled = previous.as_ref().is_some_and(|annotation| !annotation.labels.is_empty());
        self.labeled = self.labeled + usize::from(new_labeled) - usize::from(old_labeled);
        for id in previous.iter().flat_map(|annotation| &annotation.labels) {
            if let Some(count) = self.label_counts.get_mut(id) {
                *count -= 1;
                if *count == 0 {
                    self.label_counts.remove(id);
                }
            }
        }
        if let Some(annotation) = self.get(index) {
            for id in annotation.labels.clone() {
                *self.label_counts.entry(id).or_default() += 1;
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

    /// How many sentences carry at least one label.
    pub fn labeled_count(&self) -> usize {
        self.labeled
    }

    /// How many sentences carry label `id` (O(log labels)).
    pub fn label_count(&self, id: LabelId) -> usize {
        self.label_counts.get(&id).copied().unwrap_or(0)
    }

    /// How many sentences carry a note.
    pub fn note_count(&self) -> usize {
        self.iter().filter(|(_, annotation)| !annotation.note.is_empty()).count()
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
        Some(SentenceAnnotation { labels: ids.iter().map(|id| LabelId(*id)).collect(), note: String::new() })
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
            annotations.set(3, Some(SentenceAnnotation { labels: vec![], note: "ملاحظة".into() })),
            labeled(&[1])
        );
        assert_eq!(annotations.labeled_count(), 1);
        assert_eq!(annotations.note_count(), 1);
        assert_eq!(annotations.set(3, Some(SentenceAnnotation::default())).map(|a| a.note), Some("ملاحظة".into()));
        assert_eq!(annotations.get(3), None);
        assert_eq!(annotations.iter().map(|(index, _)| index).collect::<Vec<_>>(), vec![CHUNK_SIZE + 1]);
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
