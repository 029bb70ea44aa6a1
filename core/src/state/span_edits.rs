//! Span edits: a labeled word or phrase marked, taken off or relabeled in a
//! sentence of the open document, each one change (so one undo step).

use super::action::SpanEdit;
use super::{Notice, State, Step};
use crate::model::change::{Change, SentenceEdit};
use crate::model::labels::LabelId;
use crate::model::spans::{tidy, Span};

impl State {
    /// Applies `edit` to the spans of sentence `index` of the open document
    /// as one change. A span past the sentence's end or with an unknown
    /// label is ignored; a heading takes no spans and says so.
    fn edit_spans(&mut self, index: usize, span: Span, edit: impl FnOnce(&mut Vec<Span>)) -> Step {
        let Some(document) = self.open_document().cloned() else {
            return Step::Done;
        };
        // A span lies inside its sentence and never crosses its end.
        let Some(length) = document.sentence_text(index).map(|text| text.chars().count()) else {
            return Step::Done;
        };
        if span.end > length || self.work.labels().get(span.label).is_none() {
            return Step::Done;
        }
        let before = self.work.annotations_of(&document.id).and_then(|annotations| annotations.get(index)).cloned();
        if before.as_ref().is_some_and(|annotation| annotation.heading) {
            self.view.notice = Some(Notice::HeadingNotLabeled);
            return Step::Done;
        }
        let mut after = before.clone().unwrap_or_default();
        edit(&mut after.spans);
        tidy(&mut after.spans);
        let after = Some(after).filter(|annotation| !annotation.is_empty());
        let edits = if before == after {
            Vec::new()
        } else {
            vec![SentenceEdit { doc: document.id.clone(), index, before, after }]
        };
        self.commit(Change { edits, ..Change::default() })
    }

    fn toggle_span(&mut self, index: usize, span: Span) -> Step {
        self.edit_spans(index, span, |spans| match spans.iter().position(|kept| *kept == span) {
            Some(position) => {
                spans.remove(position);
            }
            None => spans.push(span),
        })
    }

    fn relabel_span(&mut self, index: usize, span: Span, label: LabelId) -> Step {
        let relabeled = Span { label, ..span };
        self.edit_spans(index, relabeled, |spans| {
            if let Some(position) = spans.iter().position(|kept| *kept == span) {
                spans[position] = relabeled;
            }
        })
    }
}

/// Span actions on the open document.
pub(super) fn reduce(next: &mut State, action: &SpanEdit) -> Option<Step> {
    Some(match action {
        SpanEdit::Toggle { index, span } => next.toggle_span(*index, *span),
        SpanEdit::Relabel { index, span, label } => next.relabel_span(*index, *span, *label),
    })
}
