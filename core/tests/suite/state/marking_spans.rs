//! Marking spans: toggled, relabeled, undone, refused where they cannot
//! be, and kept in storage.

use crate::helpers::{apply, span, spans_of};
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::model::spans::{snap_to_words, Span};
use hamish_core::state::{Action, Annotate, Notice, Select, SpanEdit, State};
use hamish_core::store::{all_records, load};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);

fn documents() -> Vec<Document> {
    vec![Document::new(
        DocumentId("a".into()),
        "العلمُ نورٌ والجهلُ ظلام. قال المعلم.".into(),
        "a",
        DocumentSource::Bundled,
    )]
}

/// The words a teacher drags across, snapped as the page snaps them.
fn subject(state: &State) -> Span {
    let text = state.open_document().and_then(|document| document.sentence_text(0)).expect("a sentence").to_string();
    let (start, end) = snap_to_words(&text, 2, 4).expect("a word");
    span(start, end, CLAIM)
}

#[test]
fn a_span_is_marked_taken_off_and_undone_one_step_at_a_time() {
    let state = State::new(documents(), &Preferences::default());
    let marked = apply(&state, &[Action::Spans(SpanEdit::Toggle { index: 0, span: subject(&state) })]);
    assert_eq!(spans_of(&marked, 0), vec![span(0, 6, CLAIM)]);
    assert!(
        marked.open_annotations().and_then(|a| a.get(0)).is_some_and(|a| a.labels.is_empty()),
        "a span is not a sentence label"
    );
    let second = apply(&marked, &[Action::Spans(SpanEdit::Toggle { index: 0, span: span(7, 11, EVIDENCE) })]);
    assert_eq!(spans_of(&second, 0), vec![span(0, 6, CLAIM), span(7, 11, EVIDENCE)]);
    // Overlapping and nested spans are kept side by side.
    let nested = apply(&second, &[Action::Spans(SpanEdit::Toggle { index: 0, span: span(0, 11, EVIDENCE) })]);
    assert_eq!(spans_of(&nested, 0).len(), 3);
    let undone = apply(&nested, &[Action::Undo]);
    assert_eq!(spans_of(&undone, 0), spans_of(&second, 0));
    let off = apply(&second, &[Action::Spans(SpanEdit::Toggle { index: 0, span: span(0, 6, CLAIM) })]);
    assert_eq!(spans_of(&off, 0), vec![span(7, 11, EVIDENCE)]);
    let redone = apply(apply(&off, &[Action::Undo]), &[Action::Redo]);
    assert_eq!(spans_of(&redone, 0), spans_of(&off, 0));
}

#[test]
fn relabeling_a_span_is_one_change() {
    let state = apply(
        State::new(documents(), &Preferences::default()),
        &[Action::Spans(SpanEdit::Toggle { index: 0, span: span(0, 6, CLAIM) })],
    );
    let relabeled =
        apply(&state, &[Action::Spans(SpanEdit::Relabel { index: 0, span: span(0, 6, CLAIM), label: EVIDENCE })]);
    assert_eq!(spans_of(&relabeled, 0), vec![span(0, 6, EVIDENCE)]);
    assert_eq!(spans_of(&apply(&relabeled, &[Action::Undo]), 0), vec![span(0, 6, CLAIM)]);
}

#[test]
fn a_span_past_its_sentence_an_unknown_label_or_sentence_changes_nothing() {
    let state = State::new(documents(), &Preferences::default());
    let sentence_length =
        state.open_document().and_then(|d| d.sentence_text(0)).map(|t| t.chars().count()).expect("text");
    for action in [
        Action::Spans(SpanEdit::Toggle { index: 0, span: span(sentence_length - 2, sentence_length + 1, CLAIM) }),
        Action::Spans(SpanEdit::Toggle { index: 0, span: span(0, 6, LabelId(99)) }),
        Action::Spans(SpanEdit::Toggle { index: 9, span: span(0, 6, CLAIM) }),
    ] {
        let after = apply(&state, std::slice::from_ref(&action));
        assert!(after.open_annotations().is_none_or(|a| a.is_empty()), "{action:?}");
    }
    let at_the_end = apply(
        &state,
        &[Action::Spans(SpanEdit::Toggle { index: 0, span: span(sentence_length - 2, sentence_length, CLAIM) })],
    );
    assert_eq!(spans_of(&at_the_end, 0).len(), 1, "a span may end where its sentence ends");
}

#[test]
fn a_heading_takes_no_spans_and_says_so() {
    let heading = apply(
        State::new(documents(), &Preferences::default()),
        &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleHeading)],
    );
    let after = apply(&heading, &[Action::Spans(SpanEdit::Toggle { index: 0, span: span(0, 6, CLAIM) })]);
    assert!(spans_of(&after, 0).is_empty());
    assert_eq!(after.view.notice, Some(Notice::HeadingNotLabeled));
}

#[test]
fn marked_spans_survive_storage() {
    let state = apply(
        State::new(documents(), &Preferences::default()),
        &[
            Action::Spans(SpanEdit::Toggle { index: 0, span: span(0, 6, CLAIM) }),
            Action::Spans(SpanEdit::Toggle { index: 1, span: span(4, 10, EVIDENCE) }),
        ],
    );
    let entries: Vec<(String, String)> = all_records(&state.work, &state.preferences(), 3)
        .into_iter()
        .filter_map(|write| Some((write.key, write.value?)))
        .collect();
    let loaded = load(&documents(), &entries);
    assert!(loaded.unreadable.is_empty());
    let restored = State::restore(documents(), loaded.saved);
    assert_eq!(restored.work.annotations(), state.work.annotations());
    assert_eq!(spans_of(&restored, 1), vec![span(4, 10, EVIDENCE)]);
}
