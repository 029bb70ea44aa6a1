//! Span mode: the cursor that marks a range inside the focused sentence,
//! and the label keys acting on it. Moving the cursor changes only the
//! view; marking, relabeling and removing a span are one change each.

use super::action::{SpanEdit, SpanMode};
use super::{Notice, Selection, State, Step};
use crate::i18n::said;
use crate::model::labels::{LabelId, Target};
use crate::model::span_cursor::SpanCursor;
use crate::model::spans::Span;

impl State {
    /// The text of sentence `index` of the open document.
    fn sentence_text_of(&self, index: usize) -> Option<&str> {
        self.open_document()?.sentence_text(index)
    }

    /// Whether sentence `index` of the open document is a heading.
    fn is_heading(&self, index: usize) -> bool {
        self.open_annotations()
            .and_then(|annotations| annotations.get(index))
            .is_some_and(|annotation| annotation.heading)
    }

    /// What label keys act on now.
    pub fn label_target(&self) -> Target {
        if self.view.span.is_some() {
            Target::Spans
        } else {
            Target::Sentences
        }
    }

    /// The spans of sentence `index` of the open document.
    fn spans_of(&self, index: usize) -> Vec<Span> {
        self.open_annotations()
            .and_then(|annotations| annotations.get(index))
            .map(|annotation| annotation.spans.clone())
            .unwrap_or_default()
    }

    fn toggle_span_key(&mut self, digit: u8) -> Step {
        match self.work.labels().by_key(digit, Target::Spans).map(|label| label.id) {
            Ok(label) => self.toggle_span_label(label),
            Err(miss) => {
                self.view.notice = Some(Notice::key_missed(miss, digit, self.prefs.lang));
                Step::Done
            }
        }
    }

    fn toggle_span_label(&mut self, label: LabelId) -> Step {
        let Some(cursor) = self.view.span else {
            return Step::Done;
        };
        if !self.work.labels().get(label).is_some_and(|label| label.scope.applies_to(Target::Spans)) {
            return Step::Done;
        }
        let (start, end) = cursor.range();
        let Some(span) = Span::new(start, end, label) else {
            return Step::Done;
        };
        let same_range = self
            .spans_of(cursor.index)
            .into_iter()
            .find(|kept| kept.start == start && kept.end == end && kept.label != label);
        match same_range {
            Some(other) if !self.work.labels().multiple => {
                self.reduce_span(&SpanEdit::Relabel { index: cursor.index, span: other, label })
            }
            _ => self.reduce_span(&SpanEdit::Toggle { index: cursor.index, span }),
        }
    }

    /// The innermost span around the span cursor, if any.
    fn span_at_cursor(&self) -> Option<Span> {
        let cursor = self.view.span?;
        let (start, end) = cursor.range();
        let around = self.spans_of(cursor.index).into_iter().filter(|span| span.start <= start && end <= span.end);
        around.min_by_key(|span| span.end - span.start)
    }

    fn remove_span_at_cursor(&mut self) -> Step {
        match (self.view.span, self.span_at_cursor()) {
            (Some(cursor), Some(span)) => self.reduce_span(&SpanEdit::Toggle { index: cursor.index, span }),
            _ => Step::Done,
        }
    }

    fn reduce_span(&mut self, action: &SpanEdit) -> Step {
        super::span_edits::reduce(self, action).unwrap_or(Step::Done)
    }
}

impl State {
    /// What a screen reader hears as the span cursor moves: "span: <text>,
    /// <label>" when it is on a span (the innermost), else the words under it.
    pub fn span_announcement(&self) -> Option<String> {
        let cursor = self.view.span?;
        let text = self.sentence_text_of(cursor.index)?;
        let (start, end) = cursor.range();
        let on = self.span_at_cursor();
        let words: String = text.chars().skip(start).take(end - start).collect();
        Some(match on.and_then(|span| Some((span, self.work.labels().get(span.label)?))) {
            Some((span, label)) => said::reading::span_announcement(
                self.prefs.lang,
                &span.quote(text),
                label.display_name(self.prefs.lang),
            ),
            None => words,
        })
    }

    /// Spans with each label in the open document, in palette order.
    pub fn span_counts(&self) -> Vec<usize> {
        let annotations = self.open_annotations();
        self.work.labels().labels.iter().map(|label| annotations.map_or(0, |a| a.span_count(label.id))).collect()
    }
}

/// Span mode actions.
pub(super) fn reduce(state: &State, next: &mut State, action: &SpanMode) -> Option<Step> {
    Some(match action {
        SpanMode::Enter => {
            let Some(focus) = state.view.selection.map(|selection| selection.focus) else {
                next.view.notice = Some(Notice::NothingSelected);
                return Some(Step::Done);
            };
            if state.is_heading(focus) {
                next.view.notice = Some(Notice::HeadingNotLabeled);
                return Some(Step::Done);
            }
            next.view.span = SpanCursor::at_start(focus, state.sentence_text_of(focus)?);
            next.view.selection = Some(Selection::single(focus));
            Step::Done
        }
        SpanMode::Leave => {
            next.view.span = None;
            Step::Done
        }
        SpanMode::MoveCursor { by, unit, extend } => {
            let cursor = state.view.span?;
            next.view.span = Some(cursor.moved(state.sentence_text_of(cursor.index)?, *by, *unit, *extend));
            Step::Done
        }
        SpanMode::SetCursor { index, start, end, snap } => {
            if state.is_heading(*index) {
                next.view.notice = Some(Notice::HeadingNotLabeled);
                return Some(Step::Done);
            }
            // A range of spaces or punctuation alone leaves the cursor as it was.
            let snap = *snap && !state.prefs.span_any_range;
            let cursor = SpanCursor::over(*index, state.sentence_text_of(*index)?, *start, *end, snap)?;
            next.view.span = Some(cursor);
            next.view.selection = Some(Selection::single(*index));
            Step::Done
        }
        SpanMode::ToggleKey(digit) => next.toggle_span_key(*digit),
        SpanMode::ToggleLabel(label) => next.toggle_span_label(*label),
        SpanMode::RemoveAtCursor => next.remove_span_at_cursor(),
        SpanMode::SetAnyRange(any) => {
            next.prefs.span_any_range = *any;
            Step::Done
        }
    })
}

/// Keeps the span cursor on the focused sentence: when the selection moves
/// to another sentence, the cursor goes to its first word; with nothing
/// selected, or on a heading, span mode ends.
pub(super) fn follow_selection(next: &mut State) {
    let Some(cursor) = next.view.span else {
        return;
    };
    let focus = next.view.selection.map(|selection| selection.focus);
    let length = next.sentence_text_of(cursor.index).map(|text| text.chars().count());
    if focus == Some(cursor.index) && length.is_some_and(|length| cursor.range().1 <= length) {
        return;
    }
    next.view.span = focus
        .filter(|index| !next.is_heading(*index))
        .and_then(|index| SpanCursor::at_start(index, next.sentence_text_of(index)?));
}
