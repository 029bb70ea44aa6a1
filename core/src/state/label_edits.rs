//! Label set edits: add, rename, recolour, reorder, delete (taking the
//! label off every sentence), one or several per sentence.

use super::action::LabelEdit;
use super::{Notice, State, Step};
use crate::i18n::lang::Lang;
use crate::model::change::Change;
use crate::model::labels::{clean_label_name, Label, LabelColor, LabelId, LabelScope, LabelSet};
use crate::model::work::Work;
use std::rc::Rc;

impl State {
    /// A change of the label set to `labels` (empty when it is the same).
    pub(super) fn labels_change(&self, labels: LabelSet) -> Change {
        let labels = (labels != **self.work.labels()).then(|| (self.work.labels().clone(), Rc::new(labels)));
        Change { labels, ..Change::default() }
    }

    fn name_taken(&self, name: &str, except: Option<LabelId>) -> bool {
        self.work
            .labels()
            .labels
            .iter()
            .any(|label| Some(label.id) != except && (label.name == name || label.name_en == name))
    }
}

/// The label set for an exercise over `work`: the exercise's labels in its
/// order and colours, each keeping the id of the work's label with the
/// same name (so existing annotations keep their meaning); then the
/// work's labels the exercise lacks but annotations still use.
pub(super) fn labels_for(work: &Work, exercise: &LabelSet) -> LabelSet {
    let current = work.labels();
    let mut next_id = current.next_id().0.max(exercise.next_id().0);
    let mut labels: Vec<Label> = exercise
        .labels
        .iter()
        .map(|label| {
            let known = current.labels.iter().find(|known| known.name == label.name);
            let id = known.map_or_else(
                || {
                    next_id += 1;
                    LabelId(next_id - 1)
                },
                |known| known.id,
            );
            Label { id, ..label.clone() }
        })
        .collect();
    for label in &current.labels {
        if work.label_usage(label.id) > 0 && !labels.iter().any(|kept| kept.id == label.id) {
            labels.push(label.clone());
        }
    }
    LabelSet { labels, multiple: exercise.multiple }
}

/// Label set actions.
pub(super) fn reduce(state: &State, next: &mut State, action: &LabelEdit) -> Option<Step> {
    let mut labels = (**state.work.labels()).clone();
    let change = match action {
        LabelEdit::Add(name) => {
            let name = clean_label_name(name)?;
            if state.name_taken(&name, None) {
                next.view.notice = Some(Notice::DuplicateLabelName);
                return Some(Step::Done);
            }
            let color = LabelColor::for_position(labels.labels.len());
            // A label made while marking a span is for spans.
            let scope = if state.view.span.is_some() { LabelScope::Span } else { LabelScope::Sentence };
            labels.labels.push(Label { id: labels.next_id(), name, name_en: String::new(), color, scope });
            state.labels_change(labels)
        }
        LabelEdit::Rename(id, lang, name) => {
            // An empty English name is allowed: the label then goes by its
            // Arabic name in English too.
            let name = match (lang, clean_label_name(name)) {
                (_, Some(name)) => name,
                (Lang::English, None) => String::new(),
                (Lang::Arabic, None) => return None,
            };
            if !name.is_empty() && state.name_taken(&name, Some(*id)) {
                next.view.notice = Some(Notice::DuplicateLabelName);
                return Some(Step::Done);
            }
            let label = labels.labels.iter_mut().find(|label| label.id == *id)?;
            match lang {
                Lang::Arabic => {
                    if !label.english_set_apart() && label.name != name {
                        label.name_en.clear();
                    }
                    label.name = name;
                }
                Lang::English => label.name_en = name,
            }
            state.labels_change(labels)
        }
        LabelEdit::Recolor(id, color) => {
            labels.labels.iter_mut().find(|label| label.id == *id)?.color = *color;
            state.labels_change(labels)
        }
        LabelEdit::Move(id, by) => {
            let from = labels.position(*id)?;
            let to = from.saturating_add_signed(*by).min(labels.labels.len() - 1);
            let label = labels.labels.remove(from);
            labels.labels.insert(to, label);
            state.labels_change(labels)
        }
        LabelEdit::Delete(id) => {
            let removed = labels.labels.remove(labels.position(*id)?);
            let edits = state.edit_everywhere(|annotation| annotation.labels.retain(|label| label != id));
            next.view.notice = Some(Notice::LabelDeleted {
                name: removed.display_name(state.prefs.lang).to_string(),
                sentences: edits.len(),
            });
            if next.view.filter == Some(*id) {
                next.view.filter = None;
            }
            Change { edits, ..state.labels_change(labels) }
        }
        LabelEdit::SetScope(id, scope) => {
            labels.labels.iter_mut().find(|label| label.id == *id)?.scope = *scope;
            state.labels_change(labels)
        }
        LabelEdit::SetMultiple(multiple) => {
            labels.multiple = *multiple;
            state.labels_change(labels)
        }
    };
    Some(next.commit(change))
}
