//! Opening files: a picked or dropped file is read, routed by the core to
//! the right reader, and becomes an action or an import dialog. An exercise
//! baked into the page opens at start-up.

use crate::browser::{dom, files};
use crate::core::exercise_file::read_exercise;
use crate::core::import_plan::plan_import;
use crate::core::open_file::{open_file, Opened};
use crate::core::state::{Action, Panel, State};
use crate::ui::import_dialog::ImportView;
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

/// Opening files, and what the import dialog shows.
pub struct Files {
    /// Opens a picked or dropped file.
    pub on_file: Callback<File>,
    /// The outcome shown in the import dialog.
    pub import_view: Option<ImportView>,
}

/// Opening files against the latest `state`.
#[hook]
pub fn use_files(state: &State, dispatch: Callback<Action>) -> Files {
    let import_view = use_state(|| None::<ImportView>);
    let state_now = use_mut_ref(|| state.clone());
    *state_now.borrow_mut() = state.clone();
    // An exercise baked into the page (a teacher's single file) opens at once.
    {
        let (dispatch, current) = (dispatch.clone(), state.work.exercise.as_ref().map(|e| e.hash.clone()));
        use_effect_with((), move |_| {
            if let Some(exercise) = dom::embedded_exercise().and_then(|text| read_exercise(&text).ok()) {
                if current.as_deref() != Some(exercise.hash.as_str()) {
                    dispatch.emit(Action::StartExercise(Rc::new(exercise)));
                }
            }
        });
    }
    let on_file = {
        let import_view = import_view.clone();
        Callback::from(move |file: File| {
            let (dispatch, state_now, import_view) = (dispatch.clone(), state_now.clone(), import_view.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let opened = files::read_file(&file).await.and_then(|(name, bytes)| open_file(&name, &bytes));
                let show = |view: ImportView| {
                    import_view.set(Some(view));
                    dispatch.emit(Action::OpenPanel(Panel::Import));
                };
                match opened {
                    // Each import shows its own outcome: a success closes an earlier error.
                    Ok(Opened::Text(document)) => {
                        import_view.set(None);
                        dispatch.emit(Action::AddDocument(Rc::new(document)));
                    }
                    Ok(Opened::Exercise(exercise)) => {
                        import_view.set(None);
                        dispatch.emit(Action::StartExercise(Rc::new(exercise)));
                    }
                    Ok(Opened::Hamish(valid)) => {
                        let plan = plan_import(&state_now.borrow().work, valid);
                        show(ImportView::Plan(Rc::new(plan)));
                    }
                    Err(error) => show(ImportView::Error(error)),
                }
            });
        })
    };
    Files { on_file, import_view: (*import_view).clone() }
}
