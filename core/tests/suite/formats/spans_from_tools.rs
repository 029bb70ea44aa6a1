//! Spans from other tools' files: doccano's sequence labeling JSONL
//! (`label` triples or `entities` objects) and spaCy's JSONL (`spans.sc`,
//! `ents`) come in through the table import as spans of the sentences they
//! fall in; a model's span predictions arrive as suggestions; what cannot
//! be placed is said per row, in both languages.

use crate::helpers::span;
use hamish_core::formats::batch::{span_notes, Batch, FileRead};
use hamish_core::formats::errors::Problem;
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::open_file::{open_file, Opened};
use hamish_core::formats::table::rows::{plan_table, row_document, TableChoice};
use hamish_core::i18n::Lang;
use hamish_core::model::labels::{LabelId, LabelScope};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Documents, Review, Select, SpanEdit, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{formats::export::Scope, formats::hamish::write::export_hamish_json};
use hamish_core::{formats::training::doccano::export_doccano_spans, formats::training::spacy::export_spacy_jsonl};
use proptest::prelude::*;
use std::rc::Rc;

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);

fn document(text: &str) -> Document {
    Document::new(DocumentId("a".into()), text.into(), "a", DocumentSource::Bundled)
}

fn marked() -> State {
    let state = State::new(vec![document("قال المعلم. العلمُ نورٌ والجهلُ ظلام.")], &Preferences::default());
    let actions = [
        Action::Spans(SpanEdit::Toggle { index: 0, span: span(4, 10, CLAIM) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 6, CLAIM) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(7, 11, EVIDENCE) }),
        Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 11, EVIDENCE) }),
        Action::Select(Select::One(1)),
        Action::Annotate(Annotate::ToggleLabel(CLAIM)),
    ];
    actions.iter().fold(state, |current, action| current.reduce(action).unwrap_or(current))
}

/// The batch the import makes of file `name`, as the app makes it.
fn batch(name: &str, text: &str) -> Batch {
    let Ok(Opened::Table(table)) = open_file(name, text) else {
        panic!("{name} opens as a table");
    };
    let choice = TableChoice::default_for(&table);
    let plan = plan_table(&table, &choice);
    let mut read = FileRead { empty_rows: plan.empty_rows, ..FileRead::read(name) };
    let incoming = plan.groups.iter().map(|group| row_document(name, group, &choice).arrive(&mut read, 0)).collect();
    Batch { incoming, files: vec![read], suggested: choice.as_suggestions }
}

fn imported(name: &str, text: &str) -> State {
    let start = State::new(vec![document("نص آخر.")], &Preferences::default());
    start.reduce(&Action::AddBatch(Rc::new(batch(name, text)))).expect("taken in")
}

/// A sentence's text, its spans as (words, label name), its label names.
type Seen = (String, Vec<(String, String)>, Vec<String>);

/// Every sentence of document `id` as [`Seen`].
fn sentences(state: &State, id: &str) -> Vec<Seen> {
    let id = DocumentId(id.into());
    let document = state.work.document(&id).expect("the document");
    let name = |label: LabelId| state.work.labels().get(label).map(|label| label.name.clone()).unwrap_or_default();
    (0..document.sentence_count())
        .map(|index| {
            let text = document.sentence_text(index).unwrap_or_default().to_string();
            let annotation = state.work.annotations_of(&id).and_then(|annotations| annotations.get(index)).cloned();
            let annotation = annotation.unwrap_or_default();
            let spans = annotation.spans.iter().map(|span| (span.quote(&text), name(span.label))).collect();
            (text, spans, annotation.labels.iter().map(|label| name(*label)).collect())
        })
        .collect()
}

#[test]
fn doccano_sequence_jsonl_comes_back_with_the_same_spans_and_words() {
    let state = marked();
    let back = imported("spans.jsonl", &export_doccano_spans(&state.work, &Scope::All));
    let want: Vec<_> = sentences(&state, "a").into_iter().map(|(text, spans, _)| (text, spans, Vec::new())).collect();
    assert_eq!(sentences(&back, "spans#a"), want);
    let summary = back.view.import_summary.clone().expect("a summary");
    assert_eq!((summary.spans, summary.files[0].read.span_problems.len()), (4, 0));
}

#[test]
fn spacy_jsonl_comes_back_with_the_same_spans_and_labels() {
    let state = marked();
    let back = imported("train.spacy.jsonl", &export_spacy_jsonl(&state.work, &Scope::All));
    assert_eq!(sentences(&back, "train.spacy#a"), sentences(&state, "a"));
}

#[test]
fn span_labels_are_made_for_spans_and_a_name_used_both_ways_is_for_both() {
    let lines = "{\"text\": \"زار أحمد دمشق.\", \"label\": [[4, 8, \"شخص\"], [9, 13, \"مكان\"]], \"cats\": {}}\n\
                 {\"text\": \"وصل.\", \"label\": [], \"tags\": \"مكان\"}\n\
                 {\"text\": \"قال أحمد.\", \"entities\": [{\"id\": 1, \"start_offset\": 4, \"end_offset\": 8, \"label\": \"ادعاء\"}]}\n";
    let mut file = batch("people.jsonl", lines);
    file.incoming[1].labels = vec![(0, vec!["مكان".into()])];
    let start = State::new(vec![document("نص آخر.")], &Preferences::default());
    let state = start.reduce(&Action::AddBatch(Rc::new(file))).expect("taken in");
    let scope =
        |name: &str| state.work.labels().labels.iter().find(|label| label.name == name).map(|label| label.scope);
    assert_eq!(scope("شخص"), Some(LabelScope::Span));
    assert_eq!(scope("مكان"), Some(LabelScope::Both));
    assert_eq!(scope("ادعاء"), Some(LabelScope::Both), "a sentence label given spans is widened");
    assert_eq!(sentences(&state, "people#row1")[0].1, [("أحمد".into(), "شخص".into()), ("دمشق".into(), "مكان".into())]);
    assert_eq!(sentences(&state, "people#row3")[0].1, [("أحمد".to_string(), "ادعاء".to_string())]);
    let summary = state.view.import_summary.clone().expect("a summary");
    assert_eq!(summary.new_labels, ["شخص", "مكان"]);
}

#[test]
fn a_row_whose_span_reaches_across_sentences_is_kept_as_one_sentence() {
    let lines = "{\"id\": \"x\", \"text\": \"الجملة الأولى. والثانية هنا.\", \"label\": [[7, 23, \"ادعاء\"]]}\n\
                 {\"id\": \"y\", \"text\": \"الجملة الأولى. والثانية هنا.\", \"label\": [[7, 13, \"ادعاء\"]]}\n";
    let state = imported("across.jsonl", lines);
    let whole = sentences(&state, "across#x");
    assert_eq!(whole.len(), 1);
    assert_eq!(whole[0].1, [("الأولى. والثانية".to_string(), "ادعاء".to_string())]);
    assert_eq!(sentences(&state, "across#y").len(), 2, "a row whose spans fit stays split");
    let read = &state.view.import_summary.clone().expect("a summary").files[0].read;
    assert_eq!(read.kept_whole, 1);
    assert_eq!(span_notes(Lang::English, read), ["1 row kept as one sentence so that a span stays whole"]);
    assert!(span_notes(Lang::Arabic, read)[0].contains("جملة واحدة"));
}

#[test]
fn offsets_outside_the_row_are_said_per_row_and_the_rest_is_imported() {
    let lines = "{\"text\": \"زار أحمد دمشق.\", \"entities\": [{\"start_offset\": 4, \"end_offset\": 8, \"label\": \"شخص\"}, \
                 {\"start_offset\": 9, \"end_offset\": 40, \"label\": \"مكان\"}]}\n\
                 {\"text\": \"وصل.\", \"entities\": [{\"start_offset\": -1, \"end_offset\": 2, \"label\": \"شخص\"}]}\n\
                 {\"text\": \"ثم عاد.\", \"entities\": [{\"start_offset\": 3, \"end_offset\": 6, \"label\": \"فعل\"}]}\n";
    let state = imported("bad.jsonl", lines);
    let read = &state.view.import_summary.clone().expect("a summary").files[0].read;
    assert_eq!(
        read.span_problems,
        [(1, Problem::OutOfRange { start: 9, end: 40, length: 14 }), (2, Problem::ExpectedNumber)]
    );
    assert_eq!(sentences(&state, "bad#row1")[0].1, [("أحمد".to_string(), "شخص".to_string())]);
    assert_eq!(sentences(&state, "bad#row3")[0].1, [("عاد".to_string(), "فعل".to_string())]);
    let english = span_notes(Lang::English, read);
    assert!(english[0].starts_with("2 spans not imported: row 1: offsets 9–40"), "{english:?}");
    assert!(span_notes(Lang::Arabic, read)[0].contains("الصف 2"));
}

#[test]
fn a_models_span_predictions_arrive_as_suggestions_to_accept() {
    let lines = "{\"id\": \"p\", \"text\": \"زار أحمد دمشق.\", \"prediction\": [[4, 8, \"شخص\"]]}\n";
    let state = imported("model.jsonl", lines);
    let id = DocumentId("model#p".into());
    let annotation = state.work.annotations_of(&id).and_then(|annotations| annotations.get(0).cloned());
    let annotation = annotation.expect("a suggestion");
    assert!(annotation.suggested && annotation.is_suggestion() && annotation.labels.is_empty());
    assert_eq!(annotation.spans.len(), 1);
    let json = export_hamish_json(&state.work, "", &Scope::All, "");
    let file = read_hamish_json(&json).expect("reads back");
    let stored = file.documents.iter().find(|document| document.id == id).expect("the document");
    assert!(stored.annotations[0].annotation.suggested, "a span suggestion stays one in Hamish JSON");
    let accepted = state
        .reduce(&Action::Documents(Documents::Open(id.clone())))
        .map(|s| s.reduce(&Action::Select(Select::One(0))).unwrap_or(s))
        .and_then(|s| s.reduce(&Action::Review(Review::Accept)))
        .expect("accepted");
    let annotation = accepted.work.annotations_of(&id).and_then(|annotations| annotations.get(0).cloned());
    assert!(annotation.is_some_and(|annotation| !annotation.suggested && annotation.spans.len() == 1));
}

const WORDS: &[&str] = &["العلمُ", "نور", "والجهل", "ظلام", "قال", "المعلمُ", "كَتَبَ", "😀", "ABC"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Any spans on whole words of any sentences come back from doccano's
    /// sequence JSONL on the same sentences, as the same words.
    #[test]
    fn any_spans_survive_doccano_sequence_jsonl(
        sentences_words in prop::collection::vec(prop::collection::vec(0..WORDS.len(), 1..6), 1..4),
        marks in prop::collection::vec((0..4usize, 0..6usize, 0..3usize, 1..3u32), 0..8),
    ) {
        let sentences_text: Vec<String> = sentences_words
            .iter()
            .map(|words| format!("{}.", words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ")))
            .collect();
        let state = State::new(vec![document(&sentences_text.join(" "))], &Preferences::default());
        let actions: Vec<Action> = marks
            .iter()
            .filter_map(|&(sentence, first, more, label)| {
                let text = sentences_text.get(sentence)?;
                let words = hamish_core::model::spans::words(text);
                let from = words.get(first)?.0;
                let to = words.get((first + more).min(words.len() - 1))?.1;
                Some(Action::Spans(SpanEdit::Toggle { index: sentence, span: span(from, to, LabelId(label)) }))
            })
            .collect();
        let state = actions.iter().fold(state, |current, action| current.reduce(action).unwrap_or(current));
        let back = imported("p.jsonl", &export_doccano_spans(&state.work, &Scope::All));
        let want: Vec<_> = sentences(&state, "a").into_iter().map(|(text, spans, _)| (text, spans, Vec::new())).collect();
        prop_assert_eq!(sentences(&back, "p#a"), want);
    }
}
