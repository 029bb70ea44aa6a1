//! What the first view takes before the app runs: the page's first view
//! (the bundled document, painted before any code) is labeled by a small
//! first program while the app itself loads. It reduces with the same
//! slices as [`State::reduce`], restricted to moving and extending the
//! selection, putting labels on and off sentences, and undo; anything else
//! waits for the app.

use super::action::{Action, Annotate, Panels, Select};
use super::{annotation_edits, history, panels, selection, Notice, State};
use crate::i18n::lang::Lang;
use crate::i18n::said::reading;
use crate::i18n::words::{tr, Text};

/// What the first view did with an action.
#[derive(Clone, Debug, PartialEq)]
pub enum FirstStep {
    /// The state after it.
    Changed(Box<State>),
    /// Taken, changing nothing.
    Unchanged,
    /// Not the first view's to take: it waits for the app, and so does
    /// everything after it.
    NotHere,
}

impl State {
    /// `action` as the first view takes it (see the module's note).
    pub fn reduce_first(&self, action: &Action) -> FirstStep {
        let mut next = self.clone();
        next.view.notice = None;
        let step = match action {
            Action::Select(Select::Filter(_)) => return FirstStep::NotHere,
            Action::Select(select) => selection::reduce(self, &mut next, select),
            Action::Annotate(
                edit @ (Annotate::ToggleLabelKey(_) | Annotate::ToggleLabel(_) | Annotate::ClearLabels),
            ) => annotation_edits::reduce(self, &mut next, edit),
            Action::Undo => history::reduce(&mut next, true),
            Action::Redo => history::reduce(&mut next, false),
            Action::Panels(close @ Panels::Close) => Some(panels::reduce(self, &mut next, close)),
            _ => return FirstStep::NotHere,
        };
        match step.and_then(|step| self.finish(next, step)) {
            Some(next) => FirstStep::Changed(Box::new(next)),
            None => FirstStep::Unchanged,
        }
    }
}

/// The words of a notice that reading and labeling give, in `lang`
/// (`None` for the others, which the first view never gives).
pub fn reading_notice(lang: Lang, notice: &Notice) -> Option<String> {
    Some(match notice {
        Notice::Undone => tr(lang, Text::NoticeUndone).into(),
        Notice::Redone => tr(lang, Text::NoticeRedone).into(),
        Notice::NothingToUndo => tr(lang, Text::NoticeNothingToUndo).into(),
        Notice::NothingToRedo => tr(lang, Text::NoticeNothingToRedo).into(),
        Notice::AllLabeled => tr(lang, Text::NoticeAllLabeled).into(),
        Notice::DocumentsArriving => tr(lang, Text::NoticeDocumentsArriving).into(),
        Notice::NothingSelected => tr(lang, Text::NoticeNothingSelected).into(),
        Notice::HeadingNotLabeled => tr(lang, Text::NoticeHeadingNotLabeled).into(),
        Notice::NoLabelOnKey(key) => reading::no_label_on_key(lang, *key),
        Notice::KeyForSpans { name, key } => reading::key_for_spans(lang, name, *key),
        Notice::KeyForSentences { name, key } => reading::key_for_sentences(lang, name, *key),
        Notice::LabelTakenOff { name, key } => reading::label_taken_off(lang, name, *key),
        _ => return None,
    })
}
