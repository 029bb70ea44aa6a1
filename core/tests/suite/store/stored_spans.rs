//! Spans in storage: kept with their sentence's annotation, read back the
//! same, carried by anchoring (placed or orphaned) and by label remapping;
//! records written before spans existed read as before.

use crate::helpers::span;
use hamish_core::formats::plan::remap;
use hamish_core::model::anchor::{anchor, orphans_from, StoredAnnotation};
use hamish_core::model::annotations::{Chunk, SentenceAnnotation};
use hamish_core::model::labels::LabelId;
use hamish_core::model::spans::Span;
use hamish_core::store::{decode_annotations, encode_chunk};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use proptest::prelude::*;
use std::collections::BTreeMap;

const SUBJECT: LabelId = LabelId(1);
const PREDICATE: LabelId = LabelId(2);

fn document() -> Document {
    Document::new(DocumentId("a".into()), "العلمُ نورٌ. والجهلُ ظلام.".into(), "a", DocumentSource::Imported)
}

fn with_spans(spans: Vec<Span>) -> SentenceAnnotation {
    SentenceAnnotation { spans, ..SentenceAnnotation::default() }
}

/// A sentence's annotation with a subject and a predicate marked.
fn subject_and_predicate() -> StoredAnnotation {
    StoredAnnotation {
        start: 0,
        end: 12,
        hash: "h".into(),
        quote: String::new(),
        annotation: with_spans(vec![span(0, 6, SUBJECT), span(7, 11, PREDICATE)]),
    }
}

#[test]
fn spans_are_stored_as_triples_after_the_other_fields() {
    let stored = subject_and_predicate();
    let json = serde_json::to_string(&stored).expect("serialises");
    assert_eq!(json, r#"[0,12,"h",[],"","",false,false,[[0,6,1],[7,11,2]]]"#);
    assert_eq!(serde_json::from_str::<StoredAnnotation>(&json).expect("reads"), stored);
}

#[test]
fn records_from_before_spans_read_as_before() {
    for (json, labels, heading) in
        [(r#"[0,12,"h",[1]]"#, vec![SUBJECT], false), (r#"[0,12,"h",[],"","",false,true]"#, vec![], true)]
    {
        let stored: StoredAnnotation = serde_json::from_str(json).expect("reads");
        assert_eq!(stored.annotation.labels, labels);
        assert_eq!(stored.annotation.heading, heading);
        assert!(stored.annotation.spans.is_empty());
        assert_eq!(serde_json::to_string(&stored).expect("serialises"), json, "written back the same");
    }
}

#[test]
fn an_empty_or_reversed_span_is_left_out_and_a_tenth_field_refused() {
    let stored: StoredAnnotation =
        serde_json::from_str(r#"[0,12,"h",[],"","",false,false,[[3,3,1],[5,2,1],[0,6,1],[0,6,1]]]"#).expect("reads");
    assert_eq!(stored.annotation.spans, vec![span(0, 6, SUBJECT)]);
    assert!(serde_json::from_str::<StoredAnnotation>(r#"[0,12,"h",[],"","",false,false,[],1]"#).is_err());
}

#[test]
fn a_chunk_with_spans_is_stored_and_anchored_back_to_its_sentence() {
    let document = document();
    let annotation =
        SentenceAnnotation { labels: vec![SUBJECT], ..with_spans(vec![span(0, 6, SUBJECT), span(7, 11, PREDICATE)]) };
    let chunk: Chunk = [(0, annotation.clone()), (1, with_spans(vec![span(0, 7, PREDICATE)]))].into_iter().collect();
    let stored = decode_annotations(&encode_chunk(1, &document, &chunk)).expect("reads");
    let anchored = anchor(&document, stored.clone());
    assert_eq!(anchored.placed.get(&0), Some(&annotation));
    assert_eq!(anchored.placed.get(&1), Some(&with_spans(vec![span(0, 7, PREDICATE)])), "spans alone are kept");
    // The text is gone: the spans stay with their orphan.
    let orphans = orphans_from(&DocumentId("a".into()), stored);
    assert_eq!(orphans[0].annotation, annotation);
}

#[test]
fn remapping_labels_maps_spans_and_drops_those_of_unmapped_labels() {
    let stored = subject_and_predicate();
    let map: BTreeMap<LabelId, LabelId> = [(PREDICATE, LabelId(9))].into_iter().collect();
    let remapped = remap(vec![stored], &map);
    assert_eq!(remapped[0].annotation.spans, vec![span(7, 11, LabelId(9))]);
}

fn stored_strategy() -> impl Strategy<Value = StoredAnnotation> {
    let spans = proptest::collection::vec((0usize..40, 1usize..8, 1u32..5), 0..6).prop_map(|items| {
        let mut spans: Vec<Span> = items.into_iter().map(|(s, l, id)| span(s, s + l, LabelId(id))).collect();
        spans.sort();
        spans.dedup();
        spans
    });
    (
        0usize..100,
        1usize..50,
        "[a-f0-9]{8}",
        proptest::collection::vec(1u32..5, 0..3),
        "\\PC{0,6}",
        "\\PC{0,4}",
        any::<bool>(),
        any::<bool>(),
        spans,
    )
        .prop_map(|(start, length, hash, ids, note, quote, suggested, heading, spans)| StoredAnnotation {
            start,
            end: start + length,
            hash,
            quote,
            annotation: SentenceAnnotation {
                labels: ids.into_iter().map(LabelId).collect(),
                note,
                suggested,
                heading,
                spans,
            },
        })
}

proptest! {
    #[test]
    fn any_stored_annotation_reads_back_the_same(stored in stored_strategy()) {
        let json = serde_json::to_string(&stored).expect("serialises");
        prop_assert_eq!(serde_json::from_str::<StoredAnnotation>(&json).expect("reads"), stored);
    }
}
