//! The teacher's exercise maker: title, instructions, documents, and
//! whether students may change the label set (the current set is used);
//! saved as a file, or made a class on a sync server.

use crate::browser::form;
use crate::core::formats::exercise_file::ExerciseChoice;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::exercise::{id_kind_name, StudentIdKind};
use crate::core::state::{Action, Panels};
use crate::core::text::document::{Document, DocumentId};
use crate::ui::classroom::class_on_server::ClassOnServer;
use crate::ui::dialogs::dialog::Dialog;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ExerciseMaker`].
#[derive(Properties, PartialEq)]
pub struct ExerciseMakerProps {
    /// Every document.
    pub documents: Rc<Vec<Rc<Document>>>,
    /// The open document (chosen at first).
    pub open: usize,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
    /// Saves the exercise file.
    pub on_save: Callback<ExerciseChoice>,
}

/// The dialog.
#[function_component(ExerciseMaker)]
pub fn exercise_maker(props: &ExerciseMakerProps) -> Html {
    let lang = props.lang;
    let title = use_node_ref();
    let instructions = use_node_ref();
    let lock = use_node_ref();
    let practice = use_node_ref();
    let ask_for = use_node_ref();
    let chosen = use_state(|| {
        props.documents.get(props.open).map(|document| document.id.clone()).into_iter().collect::<BTreeSet<_>>()
    });
    let documents = props.documents.iter().map(|document| {
        let id = document.id.clone();
        let checked = chosen.contains(&id);
        let toggle = {
            let chosen = chosen.clone();
            Callback::from(move |_: Event| {
                let mut next = (*chosen).clone();
                if !next.remove(&id) {
                    next.insert(id.clone());
                }
                chosen.set(next);
            })
        };
        html! {
            <label class="choice">
                <input type="checkbox" name="exercise-document" value={document.id.0.clone()} {checked} onchange={toggle} />
                <span dir="auto">{ document.title.clone() }</span>
            </label>
        }
    });
    // What the teacher chose, read from the form (`None`: no document).
    let choice = {
        let (title, instructions, lock, practice, ask_for, chosen, all) = (
            title.clone(),
            instructions.clone(),
            lock.clone(),
            practice.clone(),
            ask_for.clone(),
            chosen.clone(),
            props.documents.clone(),
        );
        Callback::from(move |_: ()| {
            let documents: Vec<DocumentId> =
                all.iter().map(|document| document.id.clone()).filter(|id| chosen.contains(id)).collect();
            (!documents.is_empty()).then(|| ExerciseChoice {
                title: form::value(&title),
                instructions: form::value(&instructions),
                lock_labels: form::checked(&lock),
                practice_key: form::checked(&practice),
                ask_for: StudentIdKind::from_name(&form::value(&ask_for)).unwrap_or_default(),
                documents,
            })
        })
    };
    let save = {
        let (choice, on_save) = (choice.clone(), props.on_save.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(choice) = choice.emit(()) {
                on_save.emit(choice);
            }
        })
    };
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    html! {
        <Dialog id="exercise-dialog" title={tr(lang, Text::MakeExercise)} {lang} {on_close}>
            <label class="field">
                <span>{ tr(lang, Text::ExerciseTitleField) }</span>
                <input ref={title} id="exercise-title" type="text" dir="auto" maxlength="200" />
            </label>
            <label class="field">
                <span>{ tr(lang, Text::Instructions) }</span>
                <textarea ref={instructions} id="exercise-instructions" class="note-field" dir="auto" rows="5" />
                <small class="hint">{ tr(lang, Text::InstructionsHint) }</small>
            </label>
            <fieldset class="choices">
                <legend>{ tr(lang, Text::ExerciseDocuments) }</legend>
                { for documents }
            </fieldset>
            <label class="field">
                <span>{ tr(lang, Text::AskStudentsFor) }</span>
                <select ref={ask_for} id="exercise-ask-for" aria-describedby="ask-for-hint">
                    { for StudentIdKind::ALL.iter().map(|kind| html! {
                        <option value={kind.name()} selected={kind.is_nothing()}>{ tr(lang, id_kind_name(*kind)) }</option>
                    }) }
                </select>
                <small id="ask-for-hint" class="hint">{ tr(lang, Text::AskStudentsForHint) }</small>
            </label>
            <label class="choice">
                <input ref={lock} id="exercise-lock" type="checkbox" />
                { tr(lang, Text::LockLabels) }
            </label>
            <label class="choice">
                <input ref={practice} id="exercise-practice-key" type="checkbox" aria-describedby="practice-key-warning" />
                { tr(lang, Text::PracticeKey) }
            </label>
            <p id="practice-key-warning" class="hint warning">{ tr(lang, Text::PracticeKeyWarning) }</p>
            if chosen.is_empty() {
                <p class="hint blocked-why" role="status">{ tr(lang, Text::ExerciseNeedsDocument) }</p>
            }
            <div class="dialog-actions">
                <button type="button" class="primary" data-action="save-exercise" disabled={chosen.is_empty()} onclick={save}>
                    { tr(lang, Text::SaveExercise) }
                </button>
            </div>
            <ClassOnServer {lang} {choice} />
        </Dialog>
    }
}
