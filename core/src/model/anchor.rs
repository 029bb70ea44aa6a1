//! Anchoring: finding an annotation's sentence again, by offsets and a hash
//! of its text, so a text that changes never shifts labels silently. What
//! finds no sentence becomes an orphan: kept, listed, never attached
//! elsewhere.

use crate::model::annotations::SentenceAnnotation;
use crate::model::labels::LabelId;
use crate::model::spans::{tidy, Span};
use crate::text::document::{Document, DocumentId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Code points of sentence text kept with each annotation.
pub const QUOTE_CHARS: usize = 12;

/// One stored annotation: where its sentence was, a hash and the
/// beginning of that sentence's text, and what the sentence carries.
///
/// Stored as a JSON array `[start, end, hash, labels, note, quote,
/// suggested, heading, spans]` (spans as `[start, end, label]` triples)
/// whose trailing empty or `false` fields are left out, so a labeled
/// sentence costs about 30 bytes and records written before a field
/// existed read the same.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoredAnnotation {
    /// First code point of the sentence in its document.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
    /// Hash of the sentence text.
    pub hash: String,
    /// The beginning of the sentence text (for orphans); may be empty.
    pub quote: String,
    /// Labels, note, flags and spans.
    pub annotation: SentenceAnnotation,
}

impl StoredAnnotation {
    /// What it carries, with `suggested` kept only beside labels or spans.
    fn carried(mut annotation: SentenceAnnotation) -> SentenceAnnotation {
        annotation.suggested = annotation.suggested && annotation.can_be_suggested();
        annotation
    }
}

impl Serialize for StoredAnnotation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let StoredAnnotation { start, end, hash, quote, annotation } = self;
        let SentenceAnnotation { labels, note, suggested, heading, spans } = annotation;
        let length = if !spans.is_empty() {
            9
        } else if *heading {
            8
        } else if *suggested {
            7
        } else if !quote.is_empty() {
            6
        } else if !note.is_empty() {
            5
        } else {
            4
        };
        let mut seq = serializer.serialize_seq(Some(length))?;
        seq.serialize_element(start)?;
        seq.serialize_element(end)?;
        seq.serialize_element(hash)?;
        seq.serialize_element(labels)?;
        if length > 4 {
            seq.serialize_element(note)?;
        }
        if length > 5 {
            seq.serialize_element(quote)?;
        }
        if length > 6 {
            seq.serialize_element(suggested)?;
        }
        if length > 7 {
            seq.serialize_element(heading)?;
        }
        if length > 8 {
            let triples: Vec<(usize, usize, LabelId)> =
                spans.iter().map(|span| (span.start, span.end, span.label)).collect();
            seq.serialize_element(&triples)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for StoredAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// Reads `[start, end, hash, labels]` with an optional note, quote,
        /// suggested and heading flags, and spans.
        struct Fields;

        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = StoredAnnotation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("[start, end, hash, labels, note?, quote?, suggested?, heading?, spans?]")
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<StoredAnnotation, A::Error> {
                use serde::de::Error;
                let missing = |index: usize| A::Error::invalid_length(index, &self);
                let start = seq.next_element()?.ok_or_else(|| missing(0))?;
                let end = seq.next_element()?.ok_or_else(|| missing(1))?;
                let hash = seq.next_element()?.ok_or_else(|| missing(2))?;
                let labels = seq.next_element()?.ok_or_else(|| missing(3))?;
                let note = seq.next_element()?.unwrap_or_default();
                let quote = seq.next_element()?.unwrap_or_default();
                let suggested = seq.next_element()?.unwrap_or_default();
                let heading = seq.next_element()?.unwrap_or_default();
                let triples: Vec<(usize, usize, LabelId)> = seq.next_element()?.unwrap_or_default();
                if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(A::Error::invalid_length(10, &self));
                }
                // An empty or reversed span carries nothing: left out.
                let mut spans: Vec<Span> =
                    triples.into_iter().filter_map(|(from, to, label)| Span::new(from, to, label)).collect();
                tidy(&mut spans);
                let annotation = SentenceAnnotation { labels, note, suggested, heading, spans };
                Ok(StoredAnnotation { start, end, hash, quote, annotation })
            }
        }

        deserializer.deserialize_seq(Fields)
    }
}

/// An annotation whose sentence could not be found in the current text of
/// its document: kept, listed, never attached elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Orphan {
    /// The document it belonged to.
    pub doc: DocumentId,
    /// Where its sentence was, in code points.
    pub start: usize,
    /// One past the end of its sentence.
    pub end: usize,
    /// Hash of its sentence text.
    pub hash: String,
    /// The beginning of its sentence text.
    pub quote: String,
    /// Its labels and note.
    pub annotation: SentenceAnnotation,
}

/// Annotations placed on `document`'s sentences, and those that found no
/// sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Anchored {
    /// Sentence index → annotation.
    pub placed: BTreeMap<usize, SentenceAnnotation>,
    /// Annotations whose sentence is gone.
    pub orphans: Vec<Orphan>,
}

/// Finds the sentence of each stored annotation in `document`: at the same
/// offsets with the same hash, or else the sentence with that hash nearest
/// to the old offset. An annotation with no such sentence, or whose
/// sentence already took another annotation, becomes an orphan.
pub fn anchor(document: &Document, stored: Vec<StoredAnnotation>) -> Anchored {
    let sentences = document.sentences();
    let mut by_hash: Option<HashMap<&str, Vec<usize>>> = None;
    let mut anchored = Anchored::default();
    for StoredAnnotation { start, end, hash, quote, annotation } in stored {
        let annotation = StoredAnnotation::carried(annotation);
        if annotation.is_empty() {
            continue;
        }
        let exact = sentences
            .binary_search_by_key(&start, |sentence| sentence.start)
            .ok()
            .filter(|&index| sentences[index].end == end && sentences[index].hash == hash);
        let found = exact.or_else(|| {
            let by_hash = by_hash.get_or_insert_with(|| {
                let mut map: HashMap<&str, Vec<usize>> = HashMap::new();
                for (index, sentence) in sentences.iter().enumerate() {
                    map.entry(sentence.hash.as_str()).or_default().push(index);
                }
                map
            });
            by_hash
                .get(hash.as_str())?
                .iter()
                .copied()
                .filter(|index| !anchored.placed.contains_key(index))
                .min_by_key(|&index| sentences[index].start.abs_diff(start))
        });
        match found {
            Some(index) if !anchored.placed.contains_key(&index) => {
                anchored.placed.insert(index, annotation);
            }
            _ => anchored.orphans.push(Orphan { doc: document.id.clone(), start, end, hash, quote, annotation }),
        }
    }
    anchored
}

/// Stored annotations of document `doc`, all as orphans.
pub fn orphans_from(doc: &DocumentId, stored: Vec<StoredAnnotation>) -> Vec<Orphan> {
    stored
        .into_iter()
        .map(|StoredAnnotation { start, end, hash, quote, annotation }| Orphan {
            doc: doc.clone(),
            start,
            end,
            hash,
            quote,
            annotation: StoredAnnotation::carried(annotation),
        })
        .collect()
}
