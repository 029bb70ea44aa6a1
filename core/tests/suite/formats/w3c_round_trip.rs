//! W3C Web Annotation files exported by Hamish come back onto the same
//! documents: sentence labels, notes and spans (overlapping and nested, in
//! Arabic with marks) as they were; a missing document, a changed text, a
//! span across sentences and a malformed file are each said, never passed
//! over.

use crate::helpers::{apply, span};
use hamish_core::formats::export::Scope;
use hamish_core::formats::open_file::{file_kind, open_file, FileKind, Opened};
use hamish_core::formats::plan::plan_import;
use hamish_core::formats::w3c::read::{left_out_lines, read_w3c};
use hamish_core::formats::w3c::write::export_w3c;
use hamish_core::i18n::Lang;
use hamish_core::model::labels::{LabelId, LabelScope};
use hamish_core::model::prefs::Preferences;
use hamish_core::model::spans::words;
use hamish_core::state::{Action, Annotate, Corpus, Documents, SpanEdit, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{formats::errors::ImportError, formats::plan::ImportMode};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::rc::Rc;

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);
const ARABIC: &str = "قَالَ المُعَلِّمُ لِطُلَّابِهِ. العِلْمُ نُورٌ وَالجَهْلُ ظَلَامٌ. هَلْ فَهِمْتُمْ؟";

fn document(id: &str, text: &str) -> Rc<Document> {
    Rc::new(Document::new(DocumentId(id.into()), text.into(), id, DocumentSource::Bundled))
}

/// Document `a` (Arabic with marks): two labels and a note on sentence 0,
/// a label and three spans (two nested, two overlapping) on sentence 1;
/// document `b`: a note alone on sentence 1.
fn marked() -> State {
    let docs = vec![document("a", ARABIC), document("b", "جملة أولى. جملة ثانية.")];
    let state = fresh(&docs);
    let a = || DocumentId("a".into());
    apply(
        state,
        &[
            Action::Corpus(Corpus::Label(Rc::new(vec![(a(), 0), (a(), 1)]), CLAIM)),
            Action::Corpus(Corpus::Label(Rc::new(vec![(a(), 0)]), EVIDENCE)),
            Action::Annotate(Annotate::SetNote { index: 0, note: "ملاحظة\nبسطرين".into() }),
            Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 8, CLAIM) }),
            Action::Spans(SpanEdit::Toggle { index: 1, span: span(0, 14, EVIDENCE) }),
            Action::Spans(SpanEdit::Toggle { index: 1, span: span(9, 14, EVIDENCE) }),
            Action::Spans(SpanEdit::Toggle { index: 1, span: span(9, 33, CLAIM) }),
            Action::Documents(Documents::Open(DocumentId("b".into()))),
            Action::Annotate(Annotate::SetNote { index: 1, note: "للمراجعة".into() }),
        ],
    )
}

type Sentence = (String, usize, Vec<String>, String, Vec<(usize, usize, String)>);

/// Every annotated sentence: document, index, label names, note, spans.
fn annotations(state: &State) -> Vec<Sentence> {
    let name = |id: &LabelId| state.work.labels().get(*id).map(|label| label.name.clone()).unwrap_or_default();
    let mut all = Vec::new();
    for document in state.work.documents().iter() {
        let Some(annotations) = state.work.annotations_of(&document.id) else { continue };
        for (index, annotation) in annotations.iter() {
            let spans = annotation.spans.iter().map(|span| (span.start, span.end, name(&span.label))).collect();
            let labels = annotation.labels.iter().map(name).collect();
            all.push((document.id.as_str().to_string(), index, labels, annotation.note.clone(), spans));
        }
    }
    all
}

fn export(state: &State) -> String {
    export_w3c(&state.work, "مها", &Scope::All, "2025-01-01T00:00:00Z")
}

/// `text` imported into `into` in `mode`.
fn import(into: &State, text: &str, mode: ImportMode) -> Result<State, ImportError> {
    let valid = read_w3c(text, into.work.documents(), into.work.labels())?;
    let plan = plan_import(&into.work, valid);
    Ok(into.reduce(&Action::import(Rc::new(plan), mode, false)).unwrap_or_else(|| into.clone()))
}

fn merge() -> ImportMode {
    ImportMode::Merge { take_theirs: BTreeSet::new() }
}

fn fresh(documents: &[Rc<Document>]) -> State {
    State::new(documents.iter().map(|document| (**document).clone()).collect(), &Preferences::default())
}

#[test]
fn an_export_comes_back_onto_the_same_documents_with_its_labels_notes_and_spans() {
    let state = marked();
    let want = annotations(&state);
    assert_eq!(want.len(), 3);
    assert_eq!(want[1].4.len(), 4, "nested and overlapping spans");
    for mode in [merge(), ImportMode::Replace] {
        let back = import(&fresh(state.work.documents()), &export(&state), mode).expect("imported");
        assert_eq!(annotations(&back), want);
        let scope =
            |name: &str| back.work.labels().labels.iter().find(|label| label.name == name).map(|label| label.scope);
        assert_eq!(scope("ادعاء"), Some(LabelScope::Both), "a label on sentences and spans is for both");
        assert_eq!(back.prefs.annotator, "مها");
    }
}

#[test]
fn a_w3c_file_is_routed_by_its_extension_or_its_context() {
    let text = export(&marked());
    assert_eq!(file_kind("export.jsonld", &text), FileKind::W3c);
    assert_eq!(file_kind("export.json", &text), FileKind::W3c);
    assert_eq!(file_kind("annotations", "[{\"@context\": \"http://www.w3.org/ns/anno.jsonld\"}]"), FileKind::W3c);
    assert!(matches!(open_file("export.jsonld", &text), Ok(Opened::W3c(kept)) if kept == text));
    assert_eq!(file_kind("work.json", "{\"format\": \"hamish\"}"), FileKind::Json);
    assert_eq!(
        file_kind("rows.json", "[{\"text\": \"نص\"}]"),
        FileKind::Table(hamish_core::formats::table::read::TableFormat::JsonArray)
    );
}

#[test]
fn annotations_of_a_document_not_in_the_app_are_left_out_and_said() {
    let state = marked();
    let only_b = fresh(&[state.work.documents()[1].clone()]);
    let valid = read_w3c(&export(&state), only_b.work.documents(), only_b.work.labels()).expect("b is here");
    assert_eq!(valid.documents.len(), 1);
    assert_eq!((valid.left_out.other_documents, valid.left_out.document_ids.clone()), (6, vec!["a".to_string()]));
    let english = left_out_lines(&valid.left_out, Lang::English);
    assert_eq!(english, ["6 annotations of documents not in Hamish were left out: a."]);
    assert!(left_out_lines(&valid.left_out, Lang::Arabic)[0].contains("\u{2068}a\u{2069}"));
    let back = import(&only_b, &export(&state), merge()).expect("imported");
    assert_eq!(annotations(&back), annotations(&state)[2..]);

    let neither = fresh(&[document("c", "نص آخر.")]);
    let error = read_w3c(&export(&state), neither.work.documents(), neither.work.labels()).expect_err("refused");
    assert_eq!(error, ImportError::UnknownDocuments { ids: vec!["a".into(), "b".into()] });
    assert!(error
        .describe(Lang::English)
        .starts_with("None of the documents these annotations belong to is in Hamish: a, b."));
    assert!(error.describe(Lang::Arabic).contains("\u{2068}a\u{2069}، \u{2068}b\u{2069}"));
}

#[test]
fn a_changed_text_moves_annotations_to_their_quotes_or_says_they_are_gone() {
    let state = marked();
    let moved = format!("مقدمة جديدة. {ARABIC}");
    let back = import(&fresh(&[document("a", &moved)]), &export(&state), merge()).expect("imported");
    let shifted: Vec<Sentence> = annotations(&state)[..2]
        .iter()
        .map(|(d, i, l, n, s)| (d.clone(), i + 1, l.clone(), n.clone(), s.clone()))
        .collect();
    assert_eq!(annotations(&back), shifted, "found again one sentence later");

    let rewritten = ARABIC.replace("العِلْمُ نُورٌ", "المعرفة ضياء");
    let changed = fresh(&[document("a", &rewritten)]);
    let valid = read_w3c(&export(&state), changed.work.documents(), changed.work.labels()).expect("read");
    assert_eq!(valid.left_out.quotes_not_found, 5, "the sentence and the four spans on its changed words");
    assert_eq!(valid.documents[0].annotations.len(), 1, "sentence 0 is still there");
    let lines = left_out_lines(&valid.left_out, Lang::English);
    assert_eq!(lines[1], "5 annotations whose quoted text is no longer in their document were left out.");
    assert!(lines[0].ends_with("left out: b."), "document b is not here");
}

#[test]
fn a_span_across_two_sentences_is_left_out_and_counted() {
    let state = marked();
    let mut json: Value = serde_json::from_str(&export(&state)).expect("JSON");
    let chars: Vec<char> = ARABIC.chars().collect();
    let items = json["first"]["items"].as_array_mut().expect("items");
    let item = items.iter_mut().find(|item| item["hamish:scope"] == "span").expect("a span");
    let (start, end) = (20, 36);
    item["target"]["selector"][0]["exact"] = Value::from(chars[start..end].iter().collect::<String>());
    item["target"]["selector"][0]["prefix"] = Value::from(chars[..start].iter().collect::<String>());
    item["target"]["selector"][1]["start"] = Value::from(start);
    item["target"]["selector"][1]["end"] = Value::from(end);
    let into = fresh(state.work.documents());
    let valid = read_w3c(&json.to_string(), into.work.documents(), into.work.labels()).expect("read");
    assert_eq!(valid.left_out.spans_across, 1);
    assert_eq!(left_out_lines(&valid.left_out, Lang::English).len(), 1);
    let spans: usize = valid.documents.iter().flat_map(|d| &d.annotations).map(|a| a.annotation.spans.len()).sum();
    assert_eq!(spans, 3);
}

#[test]
fn malformed_or_other_json_is_refused_with_a_clear_error() {
    let docs = [document("a", ARABIC)];
    let labels = hamish_core::model::labels::LabelSet::default();
    let read = |text: &str| read_w3c(text, &docs, &labels).expect_err("refused");
    assert_eq!(read("{\"@context\": "), ImportError::CutShort);
    assert!(matches!(read("{\"@context\": ]"), ImportError::MalformedJson { line: 1, .. }));
    let other = read("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Thing\"}");
    assert_eq!(other, ImportError::NotW3c);
    assert_eq!(other.describe(Lang::English), "This file is not W3C Web Annotations like those Hamish exports.");
    assert!(other.describe(Lang::Arabic).contains("\u{2068}W3C\u{2069}"));
    let no_page = read("{\"type\": \"AnnotationCollection\"}");
    assert_eq!(no_page.describe(Lang::English), "first: missing");
    let no_target = read("[{\"type\": \"Annotation\", \"body\": []}]");
    assert!(matches!(&no_target, ImportError::Invalid { path, .. } if path == "[0].target"));
    let bad_position = read(
        "{\"type\": \"Annotation\", \"target\": {\"hamish:documentId\": \"a\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": \"x\", \"end\": 3}}}",
    );
    assert!(matches!(&bad_position, ImportError::Invalid { path, .. } if path == "(file).target.selector[0].start"));
    assert!(!bad_position.describe(Lang::Arabic).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Random whole-word spans over random sentences come back as they were.
    #[test]
    fn random_whole_word_spans_come_back(
        words_of in prop::collection::vec(prop::collection::vec(0usize..6, 1..7), 1..5),
        picks in prop::collection::vec((0usize..5, 0usize..7, 0usize..3, 1u32..3), 0..12),
    ) {
        let vocabulary = ["كتابٌ", "قرأ", "الطالبُ", "في", "المدرسةِ", "جميلٌ"];
        let text: String = words_of.iter().map(|sentence| {
            let words: Vec<&str> = sentence.iter().map(|&w| vocabulary[w]).collect();
            format!("{}.", words.join(" "))
        }).collect::<Vec<_>>().join(" ");
        let state = fresh(&[document("p", &text)]);
        let doc = state.work.documents()[0].clone();
        let mut actions = Vec::new();
        for (sentence, first, length, label) in picks {
            let index = sentence % doc.sentence_count();
            let sentence_words = words(doc.sentence_text(index).unwrap_or_default());
            let from = first % sentence_words.len();
            let to = (from + length).min(sentence_words.len() - 1);
            let span = span(sentence_words[from].0, sentence_words[to].1, LabelId(label));
            actions.push(Action::Spans(SpanEdit::Toggle { index, span }));
        }
        let marked = apply(state, &actions);
        let back = import(&fresh(&[doc]), &export(&marked), merge()).expect("imported");
        prop_assert_eq!(annotations(&back), annotations(&marked));
    }
}

#[test]
fn a_target_without_hamish_terms_is_found_by_its_source_iri() {
    let id = "نص 1/أ:#";
    let state = fresh(&[document(id, "جملة أولى. جملة ثانية.")]);
    let labeled = apply(state, &[Action::Corpus(Corpus::Label(Rc::new(vec![(DocumentId(id.into()), 1)]), EVIDENCE))]);
    let mut json: Value = serde_json::from_str(&export(&labeled)).expect("JSON");
    for item in json["first"]["items"].as_array_mut().expect("items") {
        item["target"].as_object_mut().expect("a target").remove("hamish:documentId");
    }
    let back = import(&fresh(labeled.work.documents()), &json.to_string(), merge()).expect("imported");
    assert_eq!(annotations(&back), annotations(&labeled));
}
