//! Spans in the tools' own formats: spaCy JSONL gives them as `spans.sc`
//! (and as `ents` where none overlap) and spaCy makes the same words of
//! them (on the tokens the export gives, whatever spaCy's tokenizer would
//! split); Label Studio gets them as regions its SDK validates; W3C Web Annotation gives each span its own annotation whose
//! position slices the document to its quote.

use crate::helpers::{readers, span};
use hamish_core::formats::export::Scope;
use hamish_core::formats::training::label_studio::{export_label_studio, label_studio_config};
use hamish_core::formats::training::spacy::export_spacy_jsonl;
use hamish_core::formats::w3c::write::export_w3c;
use hamish_core::model::labels::{LabelId, LabelScope};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, LabelEdit, Select, SpanEdit, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use serde_json::{json, Value};

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);

fn document() -> Document {
    Document::new(DocumentId("a b".into()), "قال المعلم. العلمُ نورٌ والجهلُ ظلام.".into(), "a", DocumentSource::Bundled)
}

/// Sentence 0: one span; sentence 1: three, two of them overlapping.
fn marked() -> State {
    mark(document(), &[])
}

/// [`marked`], with a third sentence whose span is a diacritised word
/// before a full stop, which spaCy's Arabic tokenizer does not split off.
fn marked_before_a_full_stop() -> State {
    let text = format!("{} وصلنا إلى دُبَيّ.", document().text());
    let document = Document::new(DocumentId("a b".into()), text, "a", DocumentSource::Bundled);
    mark(document, &[Action::Spans(SpanEdit::Toggle { index: 2, span: span(10, 16, CLAIM) })])
}

fn mark(document: Document, more: &[Action]) -> State {
    let state = State::new(vec![document], &Preferences::default());
    let actions = [
        Action::Labels(LabelEdit::SetScope(CLAIM, LabelScope::Both)),
        Action::Labels(LabelEdit::SetScope(EVIDENCE, LabelScope::Span)),
        Action::Spans(SpanEdit::Toggle { index: 0, span: span(4, 10, CLAIM) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 6, CLAIM) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(7, 11, EVIDENCE) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 11, EVIDENCE) }),
    ];
    actions.iter().chain(more).fold(state, |current, action| current.reduce(action).unwrap_or(current))
}

fn lines(jsonl: &str) -> Vec<Value> {
    jsonl.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect()
}

#[test]
fn spacy_lines_carry_spans_and_entities_only_where_none_overlap() {
    let lines = lines(&export_spacy_jsonl(&marked().work, &Scope::All));
    assert_eq!(lines[0]["spans"]["sc"], json!([[4, 10, "ادعاء"]]));
    assert_eq!(lines[0]["ents"], lines[0]["spans"]["sc"]);
    assert_eq!(lines[1]["spans"]["sc"], json!([[0, 6, "ادعاء"], [0, 11, "دليل"], [7, 11, "دليل"]]));
    assert!(lines[1].get("ents").is_none(), "overlapping spans make no entities");
    assert!(
        lines[1]["cats"].is_object() && lines[1]["meta"]["document"] == "a b",
        "the text classification part stays"
    );
}

#[test]
fn spacy_makes_the_same_words_of_the_spans() {
    let expected = json!({
        "spans": [[0, "المعلم", "ادعاء"], [1, "العلمُ", "ادعاء"], [1, "العلمُ نورٌ", "دليل"], [1, "نورٌ", "دليل"],
            [2, "دُبَيّ", "ادعاء"]],
        "ents": [0, 2],
    });
    let export = export_spacy_jsonl(&marked_before_a_full_stop().work, &Scope::All);
    readers("spacy-spans", &[("export.spacy.jsonl", export)], expected);
}

#[test]
fn label_studio_validates_the_regions_and_slices_them_to_their_words() {
    let state = marked_before_a_full_stop();
    let files = [
        ("export.label-studio.json", export_label_studio(&state.work, &Scope::All)),
        ("export.label-studio.xml", label_studio_config(state.work.labels())),
    ];
    let expected = json!([
        [0, "المعلم", "ادعاء"],
        [1, "العلمُ", "ادعاء"],
        [1, "العلمُ نورٌ", "دليل"],
        [1, "نورٌ", "دليل"],
        [2, "دُبَيّ", "ادعاء"]
    ]);
    readers("label-studio-spans", &files, expected);
}

fn w3c_items(state: &State) -> Vec<Value> {
    let json: Value =
        serde_json::from_str(&export_w3c(&state.work, "مها", &Scope::All, "2025-01-01T00:00:00Z")).expect("JSON-LD");
    json["first"]["items"].as_array().cloned().unwrap_or_default()
}

fn no_nulls(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Array(items) => items.iter().all(no_nulls),
        Value::Object(map) => map.values().all(no_nulls),
        _ => true,
    }
}

#[test]
fn every_span_is_its_own_web_annotation_that_slices_the_document_to_its_quote() {
    let items = w3c_items(&marked());
    let text: Vec<char> = document().text().chars().collect();
    let spans: Vec<&Value> = items.iter().filter(|item| item["hamish:scope"] == "span").collect();
    assert_eq!(spans.len(), 4);
    assert_eq!(items.len(), 4, "sentences with spans alone have no sentence annotation");
    let mut ids: Vec<&str> = items.iter().filter_map(|item| item["id"].as_str()).collect();
    for item in &spans {
        let [quote, position] = [&item["target"]["selector"][0], &item["target"]["selector"][1]];
        let (start, end) =
            (position["start"].as_u64().unwrap_or(0) as usize, position["end"].as_u64().unwrap_or(0) as usize);
        assert_eq!(text[start..end].iter().collect::<String>(), quote["exact"].as_str().unwrap_or(""));
        let prefix: String = text[start.saturating_sub(32)..start].iter().collect();
        assert_eq!(quote.get("prefix").and_then(Value::as_str).unwrap_or(""), prefix);
        assert_eq!(item["target"]["hamish:documentId"], "a b");
        assert_eq!(item["creator"]["name"], "مها");
        assert!(item["@context"].is_array() && no_nulls(item));
    }
    assert_eq!(spans[0]["body"][0]["value"], "ادعاء");
    assert_eq!(spans[0]["hamish:sentence"], 0);
    assert_eq!(spans[1]["target"]["selector"][1], json!({"type": "TextPositionSelector", "start": 12, "end": 18}));
    assert!(ids.iter().all(|id| id.starts_with("urn:hamish:annotation:a%20b:") && !id.contains(' ')));
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), items.len(), "every id once");
}

#[test]
fn a_labeled_sentence_keeps_its_annotation_beside_its_spans() {
    let state = marked()
        .reduce(&Action::Select(Select::One(1)))
        .and_then(|s| s.reduce(&Action::Annotate(Annotate::ToggleLabel(CLAIM))));
    let items = w3c_items(&state.expect("labeled"));
    let sentence: Vec<&Value> = items.iter().filter(|item| item.get("hamish:scope").is_none()).collect();
    assert_eq!(sentence.len(), 1);
    assert_eq!(sentence[0]["target"]["selector"][1]["start"], 12);
    assert_eq!(items.len(), 5);
}

#[test]
fn python_slices_the_web_annotation_spans_to_their_quotes() {
    let export = export_w3c(&marked().work, "", &Scope::All, "2025-01-01T00:00:00Z");
    let expected = json!({
        "text": document().text(),
        "spans": [["المعلم", "ادعاء"], ["العلمُ", "ادعاء"], ["العلمُ نورٌ", "دليل"], ["نورٌ", "دليل"]],
    });
    readers("w3c-spans", &[("export.w3c.jsonld", export)], expected);
}
