//! Files exported to other tools and read back onto the documents they
//! came from: export then import is the identity for Hamish JSONL and CSV,
//! Label Studio, spaCy and doccano (what each format carries), with an
//! astral character before the spans; rows find their sentence by id, else
//! by text; a file of new texts still makes new documents.

use crate::helpers::{apply, bundled};
use hamish_core::formats::back::{goes_back, read_back};
use hamish_core::formats::export::Scope;
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::plan::{plan_import, ImportMode};
use hamish_core::formats::sentences::{export_csv, export_jsonl};
use hamish_core::formats::table::read::TableFormat;
use hamish_core::formats::training::doccano::export_doccano_spans;
use hamish_core::formats::training::huggingface::export_hf_jsonl;
use hamish_core::formats::training::label_studio::{export_label_studio, label_studio_config};
use hamish_core::formats::training::spacy::{export_spacy_jsonl, tokens};
use hamish_core::model::labels::LabelSet;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, State};
use hamish_core::text::document::Document;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

pub(super) fn documents() -> Vec<Document> {
    vec![
        bundled("news", "😀 قال أحمد في دبي: نعم.\nذهبت سارة إلى 🏠 البيت. ثم عادت؟"),
        bundled("story", "كتب المعلم على اللوح. قرأ الطلاب النص بصوت عال!"),
    ]
}

/// Label names and scopes: two for sentences, two for spans, one for both.
const LABELS: [(&str, &str); 5] =
    [("رأي", "sentence"), ("خبر", "sentence"), ("شخص", "span"), ("مكان", "span"), ("حدث", "both")];

/// What a sentence holds: label names, spans `(start, end, name)`, note,
/// suggested.
pub(super) type Held = (Vec<String>, Vec<(usize, usize, String)>, String, bool);

/// Every annotated sentence of `state`, by document and index.
pub(super) fn held(state: &State) -> BTreeMap<(String, usize), Held> {
    let labels = state.work.labels();
    let name = |id| labels.get(id).map(|label| label.name.clone()).unwrap_or_default();
    let mut out = BTreeMap::new();
    for (doc, annotations) in state.work.annotations().iter() {
        for (index, annotation) in annotations.iter() {
            let mut names: Vec<String> = annotation.labels.iter().map(|id| name(*id)).collect();
            names.sort();
            let mut spans: Vec<_> =
                annotation.spans.iter().map(|span| (span.start, span.end, name(span.label))).collect();
            spans.sort();
            out.insert(
                (doc.as_str().to_string(), index),
                (names, spans, annotation.note.clone(), annotation.suggested),
            );
        }
    }
    out
}

/// A state holding `sentences`' annotations, made through a Hamish JSON
/// file: `(document, index, labels, spans, note, suggested)`.
pub(super) fn state_with(sentences: &[(usize, usize, Held)]) -> State {
    let docs = documents();
    let labels: Vec<Value> = LABELS
        .iter()
        .enumerate()
        .map(|(at, (name, scope))| json!({"id": at + 1, "name": name, "color": "blue", "scope": scope}))
        .collect();
    let files: Vec<Value> = docs
        .iter()
        .enumerate()
        .map(|(d, document)| {
            let sentences: Vec<Value> = sentences
                .iter()
                .filter(|(doc, ..)| *doc == d)
                .map(|(_, index, (names, spans, note, suggested))| {
                    let sentence = &document.sentences()[*index];
                    let text = document.sentence_text(*index).unwrap_or_default();
                    let spans: Vec<Value> = spans
                        .iter()
                        .map(|(start, end, label)| {
                            let words: String = text.chars().skip(*start).take(end - start).collect();
                            json!({"start": sentence.start + start, "end": sentence.start + end, "label": label, "text": words})
                        })
                        .collect();
                    json!({"index": index, "start": sentence.start, "end": sentence.end, "text": text,
                        "labels": names, "note": note, "suggested": suggested, "spans": spans})
                })
                .collect();
            json!({"id": document.id.as_str(), "title": document.title, "source": "bundled",
                "text": document.text(), "sentences": sentences})
        })
        .collect();
    let file = json!({"format": "hamish", "version": 1, "label_set": {"multiple": true, "labels": labels},
        "documents": files});
    let valid = read_hamish_json(&file.to_string()).expect("a valid file");
    // Only the file's labels, in its order.
    let mut fresh = State::new(documents(), &Preferences::default());
    fresh.work = fresh.work.clone().with_labels(Rc::new(LabelSet { multiple: true, labels: Vec::new() }));
    let plan = plan_import(&fresh.work, valid);
    apply(fresh, &[Action::import(Rc::new(plan), ImportMode::Replace, false)])
}

/// `text` (an export named `name`) read back onto a fresh state's
/// documents and taken in.
fn read_onto_fresh(text: &str, name: &str) -> State {
    let fresh = State::new(documents(), &Preferences::default());
    let format = match name.rsplit_once('.').map(|(_, extension)| extension) {
        Some("csv") => TableFormat::Csv,
        Some("json") => TableFormat::JsonArray,
        _ => TableFormat::JsonLines,
    };
    assert!(goes_back(&fresh.work, format, text), "{name} goes back onto its documents");
    let valid = read_back(&fresh.work, format, text, name).expect("read back");
    assert!(valid.documents.iter().all(|document| fresh.work.position(&document.id).is_some()), "no new document");
    let plan = plan_import(&fresh.work, valid);
    apply(fresh, &[Action::import(Rc::new(plan), ImportMode::Merge { take_theirs: Default::default() }, false)])
}

/// `held` with only what a format carries.
pub(super) fn carried(
    held: BTreeMap<(String, usize), Held>,
    labels: bool,
    notes: bool,
    suggested: bool,
) -> BTreeMap<(String, usize), Held> {
    held.into_iter()
        .map(|(at, (names, spans, note, flag))| {
            let names = if labels { names } else { Vec::new() };
            let note = if notes { note } else { String::new() };
            let flag = suggested && flag && !(names.is_empty() && spans.is_empty());
            (at, (names, spans, note, flag))
        })
        .filter(|(_, (names, spans, note, _))| !(names.is_empty() && spans.is_empty() && note.is_empty()))
        .collect()
}

fn sentence_annotation() -> impl Strategy<Value = Held> {
    let names = proptest::sample::subsequence(vec!["رأي", "خبر", "حدث"], 0..=2);
    let spans =
        proptest::collection::vec((0usize..24, 1usize..6, proptest::sample::select(vec!["شخص", "مكان", "حدث"])), 0..3);
    (names, spans, "[a-z ءاب,\"=\n-]{0,10}", any::<bool>()).prop_map(|(names, spans, note, suggested)| {
        let mut names: Vec<String> = names.into_iter().map(str::to_string).collect();
        names.sort();
        let spans =
            spans.into_iter().map(|(start, length, label)| (start, start + length, label.to_string())).collect();
        (names, spans, note, suggested)
    })
}

/// Sentences of [`documents`] with an annotation each, spans cut to their sentence.
pub(super) fn annotations() -> impl Strategy<Value = Vec<(usize, usize, Held)>> {
    let places = vec![(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)];
    proptest::collection::vec((proptest::sample::select(places), sentence_annotation()), 0..6).prop_map(|chosen| {
        let docs = documents();
        let mut out: BTreeMap<(usize, usize), Held> = BTreeMap::new();
        for ((doc, index), (names, spans, note, suggested)) in chosen {
            let length = docs[doc].sentence_text(index).map_or(0, |text| text.chars().count());
            let mut spans: Vec<_> = spans.into_iter().filter(|(_, end, _)| *end <= length).collect();
            spans.sort();
            spans.dedup();
            out.insert((doc, index), (names, spans, note, suggested));
        }
        out.into_iter().map(|((doc, index), held)| (doc, index, held)).collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_table_export_read_back_gives_the_same_annotations(sentences in annotations()) {
        let state = state_with(&sentences);
        let before = held(&state);
        let all = Scope::All;
        let full = carried(before.clone(), true, true, true);
        prop_assert_eq!(held(&read_onto_fresh(&export_jsonl(&state.work, &all), "export.jsonl")), full.clone(), "Hamish JSONL");
        prop_assert_eq!(held(&read_onto_fresh(&export_csv(&state.work, &all), "export.csv")), full.clone(), "Hamish CSV");
        prop_assert_eq!(held(&read_onto_fresh(&export_label_studio(&state.work, &all), "export.label-studio.json")), full, "Label Studio");
        prop_assert_eq!(
            held(&read_onto_fresh(&export_spacy_jsonl(&state.work, &all), "export.spacy.jsonl")),
            carried(before.clone(), true, false, true),
            "spaCy"
        );
        prop_assert_eq!(
            held(&read_onto_fresh(&export_doccano_spans(&state.work, &all), "export.doccano.jsonl")),
            carried(before, false, false, false),
            "doccano"
        );
    }

    #[test]
    fn spacy_tokens_give_the_text_back_and_start_and_end_every_span(sentences in annotations()) {
        let state = state_with(&sentences);
        for line in export_spacy_jsonl(&state.work, &Scope::All).lines() {
            let line: Value = serde_json::from_str(line).expect("a JSON line");
            let text = line["text"].as_str().expect("text");
            let cuts: Vec<usize> = line["spans"]["sc"].as_array().expect("spans").iter()
                .flat_map(|span| [span[0].as_u64().expect("start") as usize, span[1].as_u64().expect("end") as usize])
                .collect();
            let (words, spaces) = tokens(text, &cuts);
            let joined: String = words.iter().zip(&spaces).map(|(word, space)| format!("{word}{}", if *space { " " } else { "" })).collect();
            prop_assert_eq!(&joined, text);
            let mut at = 0;
            let mut boundaries = vec![0];
            for (word, space) in words.iter().zip(&spaces) {
                at += word.chars().count();
                boundaries.push(at);
                at += usize::from(*space);
                boundaries.push(at);
            }
            for cut in cuts {
                prop_assert!(boundaries.contains(&cut), "{} at {}", text, cut);
            }
        }
    }
}

pub(super) fn sample() -> State {
    let names = |list: &[&str]| list.iter().map(|name| name.to_string()).collect::<Vec<_>>();
    state_with(&[
        (0, 0, (names(&["رأي"]), vec![(2, 5, "شخص".into()), (10, 13, "مكان".into())], "ملاحظة".into(), false)),
        (0, 1, (names(&["خبر"]), vec![(15, 20, "مكان".into())], String::new(), true)),
        (1, 0, (Vec::new(), Vec::new(), "سطر\nثان".into(), false)),
    ])
}

#[test]
fn label_studio_gets_spans_as_regions_and_span_labels_never_as_choices() {
    let state = sample();
    let config = label_studio_config(state.work.labels());
    assert!(config.contains("<Labels name=\"span\" toName=\"text\">"), "{config}");
    assert!(config.contains("<Label value=\"شخص\"/>") && config.contains("<Label value=\"حدث\"/>"), "{config}");
    assert!(!config.contains("<Choice value=\"شخص\"/>") && !config.contains("<Label value=\"رأي\"/>"), "{config}");
    let tasks: Value = serde_json::from_str(&export_label_studio(&state.work, &Scope::All)).expect("JSON");
    let first = &tasks[0]["annotations"][0]["result"];
    let region = first.as_array().expect("results").iter().find(|result| result["type"] == "labels").expect("a region");
    assert_eq!(region["value"], json!({"start": 2, "end": 5, "text": "قال", "labels": ["شخص"]}));
    let suggested = &tasks[1]["predictions"][0];
    assert_eq!(suggested["model_version"], "hamish-suggestion");
    let hf: Value =
        serde_json::from_str(export_hf_jsonl(&state.work, &Scope::All).lines().next().expect("a line")).expect("JSON");
    assert_eq!(hf["labels"], json!([1, 0, 0]), "one column per sentence label: رأي, خبر, حدث");
    let csv = export_csv(&state.work, &Scope::All);
    assert!(csv.lines().next().expect("a header").ends_with("reviewed,رأي,خبر,حدث"), "{csv}");
}

#[test]
fn label_studio_own_export_goes_back_with_utf16_offsets_predictions_and_notes() {
    // As Label Studio exports a task marked in its editor: ids, a region
    // after an emoji counted in UTF-16 code units, a note, and a
    // prediction beside the annotation.
    let text = "😀 قال أحمد في دبي: نعم.";
    let export = json!([{
        "id": 7,
        "data": {"text": text, "document": "news", "sentence": 0},
        "annotations": [{"id": 3, "completed_by": 1, "was_cancelled": false, "result": [
            {"id": "a", "from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["رأي"]}},
            {"id": "b", "from_name": "span", "to_name": "text", "type": "labels",
             "value": {"start": 3, "end": 6, "text": "قال", "labels": ["شخص"]}},
            {"id": "c", "from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": ["راجعتها"]}}
        ]}],
        "predictions": [{"model_version": "m1", "result": [
            {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["خبر"]}}]}]
    }, {
        "id": 8,
        "data": {"text": "ثم عادت؟"},
        "annotations": [],
        "predictions": [{"model_version": "m1", "result": [
            {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["خبر"]}}]}]
    }]);
    let state = read_onto_fresh(&export.to_string(), "project-1.json");
    let got = held(&state);
    assert_eq!(
        got[&("news".to_string(), 0)],
        (vec!["رأي".to_string()], vec![(2, 5, "شخص".to_string())], "راجعتها".to_string(), false)
    );
    assert_eq!(
        got[&("news".to_string(), 2)],
        (vec!["خبر".to_string()], Vec::new(), String::new(), true),
        "found by its text"
    );
    assert_eq!(state.work.documents().len(), 2, "no new document");
}

#[test]
fn rows_without_ids_find_their_sentence_by_text_and_new_texts_stay_new() {
    let state = sample();
    let jsonl: String = export_jsonl(&state.work, &Scope::All)
        .lines()
        .map(|line| {
            let mut row: Value = serde_json::from_str(line).expect("JSON");
            row.as_object_mut()
                .expect("an object")
                .retain(|key, _| ["text", "label", "note", "spans"].contains(&key.as_str()));
            format!("{row}\n")
        })
        .collect();
    let without_reviewed = carried(held(&state), true, true, false);
    assert_eq!(held(&read_onto_fresh(&jsonl, "edited.jsonl")), without_reviewed, "all is found by text");
    let fresh = State::new(documents(), &Preferences::default());
    let new_texts = "text,label\nنص لم يكن هنا من قبل.,رأي\n";
    assert!(!goes_back(&fresh.work, TableFormat::Csv, new_texts), "a file of new texts goes to the table preview");
    let one_shared = "text,label\nنص لم يكن هنا من قبل.,رأي\nكتب المعلم على اللوح.,خبر\n";
    assert!(
        !goes_back(&fresh.work, TableFormat::Csv, one_shared),
        "new texts sharing a sentence with the work stay new"
    );
    let named = "document,text,label\nstory,كتب المعلم على اللوح.,خبر\n,نص لم يكن هنا من قبل.,رأي\n";
    assert!(goes_back(&fresh.work, TableFormat::Csv, named), "a row naming its document goes back");
    let valid = read_back(&fresh.work, TableFormat::Csv, named, "mixed.csv").expect("read back");
    let ids: Vec<&str> = valid.documents.iter().map(|document| document.id.as_str()).collect();
    assert_eq!(ids, ["story", "mixed#2"], "the row found nowhere is a new document, nothing is dropped");
    assert_eq!(valid.documents[1].text, "نص لم يكن هنا من قبل.");
}
