//! Opening files: picked, dropped or pasted files are read, routed by the
//! core, and become one batch (with a summary), a preview (tables, and
//! texts whose encoding the bytes do not decide), an exercise, or an import
//! dialog for a Hamish JSON file (several of them: one dialog each, in
//! turn, each planned against the work as the one before left it). An
//! exercise baked into the page opens at start-up.

use crate::browser::dom;
use crate::browser::files::{self, Browser};
use crate::browser::form::{DataTransfer, File};
use crate::core::formats::batch::FileRead;
use crate::core::formats::exercise_file::read_exercise;
use crate::core::formats::plan::{plan_import, ValidFile};
use crate::core::formats::reading::{confirmed, ImportView, PlanNote, Preview, Reading};
use crate::core::formats::table::rows::{pasted_document, TableChoice};
use crate::core::state::{Action, Dialog, Documents, Opening, Panel, Panels, State, Student};
use std::collections::VecDeque;
use std::rc::Rc;
use yew::prelude::*;

/// Opening files, and what the dialogs about them show.
pub struct Files {
    /// Opens picked files.
    pub on_files: Callback<Vec<File>>,
    /// Opens what was dropped: files, and every file in dropped folders.
    pub on_drop: Callback<DataTransfer>,
    /// Adds a pasted text: `(title, text)`.
    pub on_paste: Callback<(String, String)>,
    /// The outcome shown in the import dialog.
    pub import_view: Option<ImportView>,
    /// The file waiting for its preview, if any.
    pub preview: Option<Rc<Preview>>,
    /// Reads the previewed file in another encoding.
    pub on_encoding: Callback<crate::core::text::encoding::Encoding>,
    /// Confirms the preview with the columns chosen, or (`None`) skips it.
    pub on_preview: Callback<Option<TableChoice>>,
    /// Rows made into documents so far, of how many, while importing.
    pub progress: Option<(usize, usize)>,
}

/// Opening files against the latest `state`.
#[hook]
pub fn use_files(state: &State, dispatch: Callback<Action>) -> Files {
    let import_view = use_state(|| None::<ImportView>);
    // Files waiting for a preview, first shown; kept outside the render
    // so that reads finishing in any order all queue up.
    let previews = use_mut_ref(Vec::<Rc<Preview>>::new);
    let redraw = use_force_update();
    let progress = use_state(|| None::<(usize, usize)>);
    let state_now = use_mut_ref(|| state.clone());
    *state_now.borrow_mut() = state.clone();
    // Hamish files opened with the one in the import dialog, waiting.
    let waiting = use_mut_ref(VecDeque::<(ValidFile, bool)>::new);
    // Once the import dialog is closed (its file taken in or set aside),
    // the next waiting file's dialog opens.
    {
        let (waiting, import_view, dispatch) = (waiting.clone(), import_view.clone(), dispatch.clone());
        let (panel, work) = (state.view.panel, state.work.clone());
        use_effect_with(panel, move |panel| {
            if *panel == Panel::None {
                let next = waiting.borrow_mut().pop_front();
                if let Some((next, submission)) = next {
                    let note = PlanNote { submission, waiting: waiting.borrow().len() };
                    import_view.set(Some(ImportView::Plan(Rc::new(plan_import(&work, next)), note)));
                    dispatch.emit(Action::Panels(Panels::Open(Panel::Import)));
                }
            }
        });
    }
    // An exercise baked into the page (a teacher's single file) opens at once.
    {
        let (dispatch, current) = (dispatch.clone(), state.work.exercise().map(|a| a.exercise.hash.clone()));
        use_effect_with((), move |_| {
            if let Some(exercise) = dom::embedded_exercise().and_then(|text| read_exercise(&text).ok()) {
                if current.as_deref() != Some(exercise.hash.as_str()) {
                    dispatch.emit(Action::Student(Student::OpenExercise(Rc::new(exercise))));
                }
            }
        });
    }
    let on_files = {
        let (import_view, previews, dispatch, redraw, progress, waiting) = (
            import_view.clone(),
            previews.clone(),
            dispatch.clone(),
            redraw.clone(),
            progress.clone(),
            waiting.clone(),
        );
        Callback::from(move |picked: Vec<File>| {
            let (dispatch, state_now, import_view, previews, redraw, progress, waiting) = (
                dispatch.clone(),
                state_now.clone(),
                import_view.clone(),
                previews.clone(),
                redraw.clone(),
                progress.clone(),
                waiting.clone(),
            );
            yew::platform::spawn_local(async move {
                let mut reading = Reading::default();
                let alone = picked.len() == 1;
                let shown = progress.clone();
                let tell = move |done: usize, total: usize| shown.set(Some((done, total)));
                for file in &picked {
                    match files::read_file(file).await {
                        Ok((name, bytes)) => {
                            let work = state_now.borrow().work.clone();
                            reading.take_file(&Browser, &work, &name, bytes, &tell).await;
                        }
                        Err(error) => reading.batch.files.push(FileRead::refused(&file.name(), error)),
                    }
                }
                progress.set(None);
                let opening = Opening::of(reading, alone);
                previews.borrow_mut().extend(opening.previews.into_iter().map(Rc::new));
                waiting.borrow_mut().extend(opening.waiting);
                match opening.dialog {
                    Dialog::Unchanged => {}
                    Dialog::Cleared => import_view.set(None),
                    Dialog::Shows(view) => import_view.set(Some(view)),
                }
                opening.actions.into_iter().for_each(|action| dispatch.emit(action));
                redraw.force_update();
            });
        })
    };
    let on_drop = {
        let on_files = on_files.clone();
        Callback::from(move |transfer: DataTransfer| {
            let (entries, dropped) = files::dropped(&transfer);
            let on_files = on_files.clone();
            yew::platform::spawn_local(async move {
                let walked = if entries.is_empty() { dropped } else { files::files_under(entries).await };
                on_files.emit(walked);
            });
        })
    };
    let on_paste = {
        let dispatch = dispatch.clone();
        Callback::from(move |(title, text): (String, String)| {
            if let Some(document) = pasted_document(&title, &text) {
                dispatch.emit(Action::Documents(Documents::Add(Rc::new(document))));
                dispatch.emit(Action::Panels(Panels::Close));
            }
        })
    };
    let on_encoding = {
        let (previews, redraw) = (previews.clone(), redraw.clone());
        Callback::from(move |encoding| {
            if let Some(first) = previews.borrow_mut().first_mut() {
                *first = Rc::new(first.reread(&Browser, encoding));
            }
            redraw.force_update();
        })
    };
    let on_preview = {
        let (previews, progress, dispatch) = (previews.clone(), progress.clone(), dispatch.clone());
        Callback::from(move |choice: Option<TableChoice>| {
            let Some(first) = previews.borrow().first().cloned() else {
                return;
            };
            let (previews, progress, dispatch, redraw) =
                (previews.clone(), progress.clone(), dispatch.clone(), redraw.clone());
            yew::platform::spawn_local(async move {
                if let Some(choice) = choice {
                    let shown = progress.clone();
                    let batch =
                        confirmed(&Browser, &first, &choice, move |done, total| shown.set(Some((done, total)))).await;
                    progress.set(None);
                    dispatch.emit(Action::AddBatch(Rc::new(batch)));
                }
                if previews.borrow().first().is_some_and(|waiting| Rc::ptr_eq(waiting, &first)) {
                    previews.borrow_mut().remove(0);
                }
                redraw.force_update();
            });
        })
    };
    let preview = previews.borrow().first().cloned();
    Files {
        on_files,
        on_drop,
        on_paste,
        import_view: (*import_view).clone(),
        preview,
        on_encoding,
        on_preview,
        progress: *progress,
    }
}
