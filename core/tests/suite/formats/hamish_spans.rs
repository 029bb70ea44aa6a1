//! Spans in Hamish JSON: written in code points of the document with their
//! label names and words, read back to the same spans, and a file whose
//! span is outside its sentence, of an unknown label or of other words is
//! refused with where and why.

use crate::helpers::{readers, span};
use hamish_core::formats::errors::{ImportError, Problem};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::model::anchor::anchor;
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, SpanEdit, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{formats::export::Scope, formats::hamish::write::export_hamish_json};
use serde_json::Value;

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);

fn document() -> Document {
    Document::new(DocumentId("a".into()), "قال المعلم. العلمُ نورٌ والجهلُ ظلام.".into(), "a", DocumentSource::Bundled)
}

fn marked() -> State {
    let state = State::new(vec![document()], &Preferences::default());
    let actions = [
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 6, CLAIM) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(7, 11, EVIDENCE) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 11, EVIDENCE) }),
    ];
    actions.iter().fold(state, |current, action| current.reduce(action).unwrap_or(current))
}

#[test]
fn spans_are_written_in_document_code_points_with_their_words() {
    let json: Value = serde_json::from_str(&export_hamish_json(&marked().work, "", &Scope::All, "")).expect("JSON");
    let sentence = &json["documents"][0]["sentences"][1];
    let first = sentence["start"].as_u64().expect("start") as usize;
    assert_eq!(first, 12);
    let spans: Vec<(u64, u64, &str, &str)> = sentence["spans"]
        .as_array()
        .expect("spans")
        .iter()
        .map(|s| {
            (
                s["start"].as_u64().unwrap_or(0),
                s["end"].as_u64().unwrap_or(0),
                s["label"].as_str().unwrap_or(""),
                s["text"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(spans, [(12, 18, "ادعاء", "العلمُ"), (12, 23, "دليل", "العلمُ نورٌ"), (19, 23, "دليل", "نورٌ")]);
    assert!(json["documents"][0]["sentences"][0].get("spans").is_none(), "no spans: no field");
}

#[test]
fn spans_read_back_to_the_same_sentence_and_offsets() {
    let state = marked();
    let file = read_hamish_json(&export_hamish_json(&state.work, "", &Scope::All, "")).expect("reads");
    let anchored = anchor(&document(), file.documents[0].annotations.clone());
    let expected = state.work.annotations()[&DocumentId("a".into())].get(1).cloned();
    assert_eq!(anchored.placed.get(&1).cloned(), expected);
}

fn refused(edit: impl Fn(&mut Value)) -> Problem {
    let mut json: Value = serde_json::from_str(&export_hamish_json(&marked().work, "", &Scope::All, "")).expect("JSON");
    edit(&mut json["documents"][0]["sentences"][1]["spans"][0]);
    match read_hamish_json(&json.to_string()) {
        Err(ImportError::Invalid { path, problem }) => {
            assert_eq!(path.split(".spans[0]").next(), Some("documents[0].sentences[1]"), "{path}");
            problem
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_span_outside_its_sentence_of_an_unknown_label_or_other_words_is_refused() {
    assert_eq!(
        refused(|span| span["start"] = 5.into()),
        Problem::SpanOutsideSentence { start: 5, end: 18, from: 12, to: 37 }
    );
    assert!(matches!(refused(|span| span["end"] = 12.into()), Problem::SpanOutsideSentence { .. }));
    assert_eq!(refused(|span| span["label"] = "اسم".into()), Problem::UnknownLabel("اسم".into()));
    assert_eq!(refused(|span| span["text"] = "الجهل".into()), Problem::TextMismatch);
}

#[test]
fn doccano_sequence_jsonl_slices_back_to_the_same_words() {
    use hamish_core::formats::training::doccano::export_doccano_spans;
    let jsonl = export_doccano_spans(&marked().work, &Scope::All);
    let lines: Vec<Value> = jsonl.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect();
    assert_eq!(lines.len(), 2, "every sentence, marked or not");
    assert_eq!(lines[0]["label"], serde_json::json!([]));
    let text: Vec<char> = lines[1]["text"].as_str().expect("text").chars().collect();
    let words: Vec<(String, &str)> = lines[1]["label"]
        .as_array()
        .expect("label")
        .iter()
        .map(|triple| {
            let (start, end) = (triple[0].as_u64().unwrap_or(0) as usize, triple[1].as_u64().unwrap_or(0) as usize);
            (text[start..end].iter().collect(), triple[2].as_str().unwrap_or(""))
        })
        .collect();
    assert_eq!(words, [("العلمُ".to_string(), "ادعاء"), ("العلمُ نورٌ".to_string(), "دليل"), ("نورٌ".to_string(), "دليل")]);
    assert_eq!(lines[1]["document"], "a");
    assert_eq!(lines[1]["start"], 12);
}

#[test]
fn python_slices_the_doccano_spans_back_to_the_same_words() {
    use hamish_core::formats::training::doccano::export_doccano_spans;
    let wanted = serde_json::json!([[1, "العلمُ", "ادعاء"], [1, "العلمُ نورٌ", "دليل"], [1, "نورٌ", "دليل"]]);
    readers("doccano-spans", &[("export.doccano.jsonl", export_doccano_spans(&marked().work, &Scope::All))], wanted);
}
