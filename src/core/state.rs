//! The app state and the one place that changes it: [`State::reduce`].

use super::document::{Document, DocumentId};
use super::prefs::Preferences;
use super::strings::Lang;
use std::ops::RangeInclusive;
use std::rc::Rc;

/// A run of selected sentences: from `anchor` (where it started) to `focus`
/// (where the keyboard is), in either order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The sentence the selection started at.
    pub anchor: usize,
    /// The sentence the selection moves from.
    pub focus: usize,
}

impl Selection {
    /// One selected sentence.
    pub fn single(index: usize) -> Self {
        Self { anchor: index, focus: index }
    }

    /// The selected sentence indexes, in order.
    pub fn range(self) -> RangeInclusive<usize> {
        self.anchor.min(self.focus)..=self.anchor.max(self.focus)
    }

    /// Whether sentence `index` is selected.
    pub fn contains(self, index: usize) -> bool {
        self.range().contains(&index)
    }
}

/// Everything a user can do that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open another document (selection cleared).
    OpenDocument(DocumentId),
    /// Select one sentence.
    Select(usize),
    /// Extend the selection from its anchor to this sentence (shift+click).
    ExtendSelection(usize),
    /// Move the selection by this many sentences (negative: backwards);
    /// with nothing selected, select the first (or last) sentence.
    MoveSelection(isize),
    /// Select the first sentence.
    SelectFirst,
    /// Select the last sentence.
    SelectLast,
    /// Switch the interface language.
    SetLanguage(Lang),
}

/// The whole state of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Every document, bundled first.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// Index of the open document in `documents`.
    pub open: usize,
    /// The selected sentences of the open document.
    pub selection: Option<Selection>,
    /// The interface language.
    pub lang: Lang,
}

impl State {
    /// A state over `documents`, restoring what `preferences` remembers.
    pub fn new(documents: Vec<Document>, preferences: &Preferences) -> Self {
        let documents: Vec<Rc<Document>> = documents.into_iter().map(Rc::new).collect();
        let open = preferences
            .open_document
            .as_ref()
            .and_then(|id| documents.iter().position(|document| &document.id == id))
            .unwrap_or(0);
        Self { documents: Rc::new(documents), open, selection: None, lang: preferences.lang }
    }

    /// The open document, if there is any document at all.
    pub fn open_document(&self) -> Option<&Rc<Document>> {
        self.documents.get(self.open)
    }

    /// What is remembered across visits.
    pub fn preferences(&self) -> Preferences {
        Preferences { lang: self.lang, open_document: self.open_document().map(|document| document.id.clone()) }
    }

    fn sentence_count(&self) -> usize {
        self.open_document().map_or(0, |document| document.sentence_count())
    }

    /// The state after `action`, or `None` when the action changes nothing.
    pub fn reduce(&self, action: &Action) -> Option<State> {
        let count = self.sentence_count();
        let mut next = self.clone();
        match action {
            Action::OpenDocument(id) => {
                next.open = self.documents.iter().position(|document| &document.id == id)?;
                next.selection = None;
            }
            Action::Select(index) => next.selection = (*index < count).then(|| Selection::single(*index)),
            Action::ExtendSelection(index) if *index < count => {
                let anchor = self.selection.map_or(*index, |selection| selection.anchor);
                next.selection = Some(Selection { anchor, focus: *index });
            }
            Action::ExtendSelection(_) => return None,
            Action::MoveSelection(step) => {
                if count == 0 {
                    return None;
                }
                let target = match self.selection {
                    Some(selection) => selection.focus.saturating_add_signed(*step).min(count - 1),
                    None if *step < 0 => count - 1,
                    None => 0,
                };
                next.selection = Some(Selection::single(target));
            }
            Action::SelectFirst => next.selection = (count > 0).then(|| Selection::single(0)),
            Action::SelectLast => next.selection = count.checked_sub(1).map(Selection::single),
            Action::SetLanguage(lang) => next.lang = *lang,
        }
        (next != *self).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::DocumentSource;

    fn state() -> State {
        let documents = vec![
            Document::new(DocumentId("a".into()), "أولى. ثانية. ثالثة.".into(), "a", DocumentSource::Bundled),
            Document::new(DocumentId("b".into()), "وحيدة.".into(), "b", DocumentSource::Bundled),
        ];
        State::new(documents, &Preferences::default())
    }

    fn apply(state: &State, actions: &[Action]) -> State {
        actions.iter().fold(state.clone(), |current, action| current.reduce(action).unwrap_or(current))
    }

    #[test]
    fn arrows_move_the_selection_within_the_document() {
        let start = state();
        let down = apply(&start, &[Action::MoveSelection(1)]);
        assert_eq!(down.selection, Some(Selection::single(0)));
        let end = apply(&down, &[Action::MoveSelection(1), Action::MoveSelection(1), Action::MoveSelection(1)]);
        assert_eq!(end.selection, Some(Selection::single(2)));
        let back = apply(&end, &[Action::MoveSelection(-1)]);
        assert_eq!(back.selection, Some(Selection::single(1)));
        let top = apply(&back, &[Action::MoveSelection(-5)]);
        assert_eq!(top.selection, Some(Selection::single(0)));
    }

    #[test]
    fn moving_up_with_nothing_selected_selects_the_last_sentence() {
        assert_eq!(apply(&state(), &[Action::MoveSelection(-1)]).selection, Some(Selection::single(2)));
    }

    #[test]
    fn a_move_that_changes_nothing_reports_no_change() {
        let first = apply(&state(), &[Action::Select(0)]);
        assert_eq!(first.reduce(&Action::MoveSelection(-1)), None);
        assert_eq!(first.reduce(&Action::Select(0)), None);
    }

    #[test]
    fn selecting_out_of_range_selects_nothing() {
        let selected = apply(&state(), &[Action::Select(1), Action::Select(99)]);
        assert_eq!(selected.selection, None);
        assert_eq!(selected.reduce(&Action::ExtendSelection(99)), None);
    }

    #[test]
    fn shift_click_extends_from_the_anchor() {
        let extended = apply(&state(), &[Action::Select(2), Action::ExtendSelection(0)]);
        let selection = extended.selection.expect("a selection");
        assert_eq!(selection.range(), 0..=2);
        assert!(selection.contains(1));
        assert_eq!(selection.focus, 0);
    }

    #[test]
    fn opening_a_document_clears_the_selection_and_is_remembered() {
        let opened = apply(&state(), &[Action::Select(1), Action::OpenDocument(DocumentId("b".into()))]);
        assert_eq!(opened.open, 1);
        assert_eq!(opened.selection, None);
        assert_eq!(opened.preferences().open_document, Some(DocumentId("b".into())));
        assert_eq!(opened.reduce(&Action::OpenDocument(DocumentId("missing".into()))), None);
        let restored = State::new(
            vec![
                Document::new(DocumentId("a".into()), "x.".into(), "a", DocumentSource::Bundled),
                Document::new(DocumentId("b".into()), "y.".into(), "b", DocumentSource::Bundled),
            ],
            &opened.preferences(),
        );
        assert_eq!(restored.open, 1);
    }

    #[test]
    fn first_and_last() {
        assert_eq!(apply(&state(), &[Action::SelectLast]).selection, Some(Selection::single(2)));
        assert_eq!(apply(&state(), &[Action::SelectLast, Action::SelectFirst]).selection, Some(Selection::single(0)));
    }

    #[test]
    fn the_language_is_remembered() {
        let english = apply(&state(), &[Action::SetLanguage(Lang::English)]);
        assert_eq!(english.preferences().lang, Lang::English);
    }
}
