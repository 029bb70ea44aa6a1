//! Span mode: the cursor a teacher moves through a sentence by word or by
//! character, the label keys on it, and label scopes deciding which labels
//! those keys reach.

use crate::helpers::{apply, spans_of};
use hamish_core::model::labels::{LabelId, LabelScope, Target};
use hamish_core::model::prefs::Preferences;
use hamish_core::model::span_cursor::Unit;
use hamish_core::model::spans::Span;
use hamish_core::state::{Action, Annotate, LabelEdit, Notice, Panels, Select, SpanMode, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};

/// A nominal sentence: subject «العلمُ», predicate «نورٌ».
const TEXT: &str = "العلمُ نورٌ والجهلُ ظلام. قال المعلم.";

/// The words `span` covers in the first sentence.
fn quote(state: &State, span: &Span) -> String {
    span.quote(state.open_document().and_then(|document| document.sentence_text(0)).unwrap_or(""))
}

/// A state whose labels 4 (question) and 5 (background) are for spans
/// only, renamed subject and predicate, and 3 (opinion) for both.
fn teacher() -> State {
    let document = Document::new(DocumentId("a".into()), TEXT.into(), "a", DocumentSource::Bundled);
    let state = State::new(vec![document], &Preferences::default());
    apply(
        &state,
        &[
            Action::Labels(LabelEdit::SetScope(LabelId(4), LabelScope::Span)),
            Action::Labels(LabelEdit::SetScope(LabelId(5), LabelScope::Span)),
            Action::Labels(LabelEdit::SetScope(LabelId(3), LabelScope::Both)),
            Action::Select(Select::One(0)),
        ],
    )
}

const WORD_ON: Action = Action::SpanMode(SpanMode::MoveCursor { by: 1, unit: Unit::Word, extend: false });

#[test]
fn a_teacher_marks_subject_and_predicate_by_keyboard() {
    let state = teacher();
    let keys = state.work.labels().for_target(Target::Spans).map(|label| label.id).collect::<Vec<_>>();
    assert_eq!(keys, [LabelId(3), LabelId(4), LabelId(5)], "the span labels");
    let marking = apply(&state, &[Action::SpanMode(SpanMode::Enter)]);
    assert_eq!(marking.view.span.map(|cursor| cursor.range()), Some((0, 6)), "on the first word");
    // Keys are the labels' places in the set, as on sentences: 4, then the
    // next word with 5.
    let done =
        apply(&marking, &[Action::SpanMode(SpanMode::ToggleKey(4)), WORD_ON, Action::SpanMode(SpanMode::ToggleKey(5))]);
    let spans = spans_of(&done, 0);
    assert_eq!(spans.len(), 2);
    assert_eq!((quote(&done, &spans[0]), spans[0].label), ("العلمُ".to_string(), LabelId(4)));
    assert_eq!((quote(&done, &spans[1]), spans[1].label), ("نورٌ".to_string(), LabelId(5)));
    assert!(done.open_annotations().and_then(|a| a.get(0)).is_some_and(|a| a.labels.is_empty()));
    assert_eq!(done.span_counts(), [0, 0, 0, 1, 1], "the palette's counts, in palette order");
    let undone = apply(&done, &[Action::Undo]);
    assert_eq!(spans_of(&undone, 0).len(), 1, "each span is one undo step");
    assert_eq!(undone.span_counts(), [0, 0, 0, 1, 0], "and counts follow");
    let phrase = apply(
        &marking,
        &[
            Action::SpanMode(SpanMode::MoveCursor { by: 1, unit: Unit::Word, extend: true }),
            Action::SpanMode(SpanMode::ToggleKey(3)),
        ],
    );
    assert_eq!(quote(&phrase, &spans_of(&phrase, 0)[0]), "العلمُ نورٌ", "Shift extends to a phrase");
}

#[test]
fn keys_on_a_marked_range_toggle_relabel_and_remove() {
    let state = apply(teacher(), &[Action::SpanMode(SpanMode::Enter), Action::SpanMode(SpanMode::ToggleKey(4))]);
    assert_eq!(
        spans_of(&apply(&state, &[Action::SpanMode(SpanMode::ToggleKey(4))]), 0),
        vec![],
        "the same key takes it off"
    );
    let nested = apply(&state, &[Action::SpanMode(SpanMode::ToggleKey(5))]);
    assert_eq!(spans_of(&nested, 0).len(), 2, "several labels on one range when the set allows several");
    let single =
        apply(&state, &[Action::Labels(LabelEdit::SetMultiple(false)), Action::SpanMode(SpanMode::ToggleKey(5))]);
    assert_eq!(spans_of(&single, 0).iter().map(|span| span.label).collect::<Vec<_>>(), [LabelId(5)], "relabeled");
    // A phrase around the word, then Delete on the word takes off the word's span first.
    let around = apply(
        &state,
        &[
            Action::SpanMode(SpanMode::MoveCursor { by: 1, unit: Unit::Word, extend: true }),
            Action::SpanMode(SpanMode::ToggleKey(3)),
        ],
    );
    let on_word = apply(
        &around,
        &[
            Action::SpanMode(SpanMode::SetCursor { index: 0, start: 0, end: 6, snap: false }),
            Action::SpanMode(SpanMode::RemoveAtCursor),
        ],
    );
    assert_eq!(spans_of(&on_word, 0).iter().map(|span| (span.start, span.end)).collect::<Vec<_>>(), [(0, 11)]);
    let nothing_left = apply(&on_word, &[Action::SpanMode(SpanMode::RemoveAtCursor)]);
    assert!(spans_of(&nothing_left, 0).is_empty(), "then the phrase around it");
}

#[test]
fn a_drag_snaps_to_words_unless_any_range_is_allowed() {
    let state = teacher();
    let dragged = apply(&state, &[Action::SpanMode(SpanMode::SetCursor { index: 0, start: 2, end: 8, snap: true })]);
    assert_eq!(dragged.view.span.map(|cursor| cursor.range()), Some((0, 11)));
    assert_eq!(dragged.view.selection.map(|selection| selection.focus), Some(0));
    let free = apply(
        &state,
        &[
            Action::SpanMode(SpanMode::SetAnyRange(true)),
            Action::SpanMode(SpanMode::SetCursor { index: 0, start: 2, end: 8, snap: true }),
        ],
    );
    assert_eq!(free.view.span.map(|cursor| cursor.range()), Some((2, 8)));
    assert!(free.preferences().span_any_range, "the setting is remembered");
    let by_char = apply(&free, &[Action::SpanMode(SpanMode::MoveCursor { by: 1, unit: Unit::Char, extend: true })]);
    assert_eq!(by_char.view.span.map(|cursor| cursor.range()), Some((2, 9)));
}

#[test]
fn the_cursor_follows_the_selection_and_leaves_with_it() {
    let state = apply(teacher(), &[Action::SpanMode(SpanMode::Enter), WORD_ON]);
    let down = apply(&state, &[Action::Select(Select::Move(1))]);
    assert_eq!(
        down.view.span.map(|cursor| (cursor.index, cursor.range())),
        Some((1, (0, 3))),
        "first word of the next sentence"
    );
    let left = apply(&down, &[Action::SpanMode(SpanMode::Leave)]);
    assert_eq!(left.view.span, None);
    assert_eq!(left.view.selection.map(|selection| selection.focus), Some(1), "the sentence stays selected");
    let away =
        apply(&state, &[Action::Panels(Panels::Open(hamish_core::state::Panel::Help)), Action::Panels(Panels::Close)]);
    assert!(away.view.span.is_some(), "a panel opened and closed keeps the cursor");
}

#[test]
fn a_key_for_spans_pressed_on_sentences_says_so_and_a_key_taking_a_label_off_says_so() {
    let state = teacher();
    let for_spans = apply(&state, &[Action::Annotate(Annotate::ToggleLabelKey(4))]);
    assert_eq!(for_spans.view.notice, Some(Notice::KeyForSpans { name: "سؤال".into(), key: 4 }));
    assert_eq!(for_spans.work, state.work, "nothing changed");
    let on = apply(&state, &[Action::Annotate(Annotate::ToggleLabelKey(3))]);
    assert_eq!(on.view.notice, None);
    let off = apply(&on, &[Action::Annotate(Annotate::ToggleLabelKey(3))]);
    assert_eq!(off.view.notice, Some(Notice::LabelTakenOff { name: "رأي".into(), key: 3 }));
    assert!(off.open_annotations().and_then(|a| a.get(0)).is_none_or(|a| a.labels.is_empty()));
    assert_eq!(
        apply(&off, &[Action::Undo]).open_annotations().and_then(|a| a.get(0)).map(|a| a.labels.clone()),
        Some(vec![LabelId(3)])
    );
}

#[test]
fn without_span_labels_a_key_says_so_and_headings_take_no_cursor() {
    let document = Document::new(DocumentId("a".into()), TEXT.into(), "a", DocumentSource::Bundled);
    let plain = apply(
        State::new(vec![document], &Preferences::default()),
        &[Action::Select(Select::One(0)), Action::SpanMode(SpanMode::Enter)],
    );
    let refused = apply(&plain, &[Action::SpanMode(SpanMode::ToggleKey(1))]);
    assert_eq!(refused.view.notice, Some(Notice::KeyForSentences { name: "ادعاء".into(), key: 1 }));
    let nothing = apply(&plain, &[Action::SpanMode(SpanMode::ToggleKey(7))]);
    assert_eq!(nothing.view.notice, Some(Notice::NoLabelOnKey(7)));
    assert!(spans_of(&refused, 0).is_empty());
    let heading = apply(
        &plain,
        &[
            Action::SpanMode(SpanMode::Leave),
            Action::Annotate(Annotate::ToggleHeading),
            Action::SpanMode(SpanMode::Enter),
        ],
    );
    assert_eq!(heading.view.span, None);
    assert_eq!(heading.view.notice, Some(Notice::HeadingNotLabeled));
    let nothing = apply(State::new(Vec::new(), &Preferences::default()), &[Action::SpanMode(SpanMode::Enter)]);
    assert_eq!(nothing.view.notice, Some(Notice::NothingSelected));
}

#[test]
fn a_label_made_in_span_mode_is_for_spans() {
    let state = apply(teacher(), &[Action::SpanMode(SpanMode::Enter), Action::Labels(LabelEdit::Add("مبتدأ".into()))]);
    let made = state.work.labels().labels.last().expect("a new label");
    assert_eq!((made.name.as_str(), made.scope), ("مبتدأ", LabelScope::Span));
    let outside = apply(teacher(), &[Action::Labels(LabelEdit::Add("فكرة".into()))]);
    assert_eq!(outside.work.labels().labels.last().map(|label| label.scope), Some(LabelScope::Sentence));
}

#[test]
fn an_undo_after_another_tab_marked_a_span_in_the_same_sentence_keeps_that_span() {
    use hamish_core::model::annotations::Chunk;
    use hamish_core::store::StoredUpdate;
    let ours = apply(teacher(), &[Action::SpanMode(SpanMode::Enter), Action::SpanMode(SpanMode::ToggleKey(4))]);
    let mine = spans_of(&ours, 0);
    // Another tab marks the predicate in the same sentence; its chunk arrives.
    let before: Chunk =
        ours.open_annotations().and_then(|a| a.chunk(0)).map(|chunk| (**chunk).clone()).unwrap_or_default();
    let mut after = before.clone();
    let theirs = Span::new(7, 11, LabelId(5)).expect("a span");
    if let Some(annotation) = after.get_mut(&0) {
        annotation.spans.push(theirs);
    }
    let doc = ours.open_document().map(|document| document.id.clone()).expect("a document");
    let synced = apply(&ours, &[Action::ApplyStored(StoredUpdate::ChunkChange { doc, chunk: 0, before, after })]);
    assert_eq!(spans_of(&synced, 0), [mine[0], theirs]);
    let undone = apply(&synced, &[Action::Undo]);
    assert_eq!(spans_of(&undone, 0), [theirs], "our span is undone, theirs is kept");
    let redone = apply(&undone, &[Action::Redo]);
    assert_eq!(spans_of(&redone, 0), [mine[0], theirs]);
}
