//! The state, kept in the browser: restored at start-up, written after
//! every change (localStorage and the IndexedDB journal), completed from
//! the journal and IndexedDB once they open, and kept in step with the
//! writes of other tabs.

use crate::browser::journal::Journal;
use crate::browser::startup::{self, load_in_slices, read_back_imported, replay_journal, Replayed, SetAside};
use crate::browser::storage::{self, StorageError};
use crate::core::document::Document;
use crate::core::state::{Action, State};
use crate::core::store::IMPORTED_KEY;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// [`State`] as a Yew reducer, with a revision that grows on every change.
/// An action that changes nothing keeps the same `Rc`: nothing re-renders.
#[derive(Debug)]
pub struct AppState {
    /// The state.
    pub state: State,
    /// Bumped on every change.
    pub revision: u64,
}

impl PartialEq for AppState {
    /// Two app states are equal when they are the same revision: O(1).
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.state.reduce(&action) {
            Some(next) => Rc::new(AppState { state: next, revision: self.revision + 1 }),
            None => self,
        }
    }
}

/// The state and what storage reports about it.
pub struct Storage {
    /// The state, and its dispatcher.
    pub handle: UseReducerHandle<AppState>,
    /// The last storage failure, if any.
    pub problem: Option<StorageError>,
    /// Values that could not be read, set aside.
    pub set_aside: UseStateHandle<Vec<SetAside>>,
}

/// The documents of the latest rendered state.
fn documents_of(state_now: &RefCell<Option<State>>) -> Rc<Vec<Rc<Document>>> {
    state_now.borrow().as_ref().map(|state| state.work.documents.clone()).unwrap_or_default()
}

/// The state, restored from storage and stored after every change.
#[hook]
pub fn use_storage() -> Storage {
    let boot = use_memo((), |_| startup::boot());
    let handle = use_reducer({
        let initial = boot.initial.clone();
        move || AppState { state: initial, revision: 0 }
    });
    let problem = use_state({
        let error = boot.storage_error.clone();
        move || error
    });
    let set_aside = use_state({
        let items = boot.set_aside.clone();
        move || items
    });
    let state_now = use_mut_ref(|| None::<State>);
    *state_now.borrow_mut() = Some(handle.state.clone());
    let dispatcher = handle.dispatcher();

    // Chunks merged in the journal, or read from it, come back as updates
    // (set before the first write).
    {
        let (persistence, dispatcher) = (boot.persistence.clone(), dispatcher.clone());
        use_effect_with((), move |_| {
            persistence
                .borrow_mut()
                .set_on_update(Rc::new(move |update| dispatcher.dispatch(Action::ApplyStored(update))));
        });
    }
    // After every change, write what changed, and whether the next visit
    // may paint the first view the build put into the page.
    {
        let (persistence, problem) = (boot.persistence.clone(), problem.clone());
        let first_view = use_mut_ref(|| None::<bool>);
        let state = handle.state.clone();
        use_effect_with(handle.revision, move |_| {
            let shows = state.shows_first_view();
            if first_view.replace(Some(shows)) != Some(shows) {
                storage::mark_first_view(shows);
            }
            match persistence.borrow_mut().save(&state).error {
                Some(error) => problem.set(Some(error)),
                None if matches!(*problem, Some(StorageError::Full) | Some(StorageError::Refused(_))) => {
                    problem.set(None)
                }
                None => {}
            }
        });
    }
    // The journal: take in what it holds that localStorage lost, then mirror every write.
    {
        let (persistence, dispatcher, state_now) = (boot.persistence.clone(), dispatcher.clone(), state_now.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(journal) = Journal::open().await else {
                    dispatcher.dispatch(Action::LoadDocuments(Vec::new()));
                    return;
                };
                // Writes made before the journal opened (the start-up rewrite
                // among them) go in first, so they are not undone below.
                persistence.borrow_mut().flush_queue(&journal);
                let entries = journal.entries().await.unwrap_or_default();
                for replayed in replay_journal(entries, &persistence, &documents_of(&state_now)) {
                    dispatcher.dispatch(match replayed {
                        Replayed::Exercise(attempt) => Action::StartExercise(attempt.exercise, attempt.student),
                        Replayed::Update(update) => Action::ApplyStored(update),
                    });
                }
                // Imported documents, as listed now (the journal may have restored
                // the list): the one to open first, the others a slice at a time.
                let read = read_back_imported(&journal, &documents_of(&state_now)).await;
                persistence.borrow_mut().set_journal(journal);
                let first = state_now.borrow().as_ref().and_then(|state| state.pending_open.clone());
                load_in_slices(read, first, &persistence, |action| dispatcher.dispatch(action)).await;
            });
        });
    }
    // Other tabs: take in their writes as they happen, against the documents
    // as they are now; documents another tab imported are read back too.
    {
        let (persistence, dispatcher, state_now) = (boot.persistence.clone(), dispatcher, state_now);
        use_effect_with((), move |_| {
            let listener = storage::listen_changes(move |key, value| {
                let documents = documents_of(&state_now);
                let update = persistence.borrow_mut().received(&documents, &key, value.as_deref());
                if key == IMPORTED_KEY {
                    let (dispatcher, journal, persistence) =
                        (dispatcher.clone(), persistence.borrow().journal(), persistence.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let Some(journal) = journal else {
                            return;
                        };
                        let read = read_back_imported(&journal, &documents).await;
                        if !read.is_empty() {
                            load_in_slices(read, None, &persistence, |action| dispatcher.dispatch(action)).await;
                        }
                    });
                } else if let Some(update) = update {
                    dispatcher.dispatch(Action::ApplyStored(update));
                }
            });
            move || drop(listener)
        });
    }
    Storage { handle, problem: (*problem).clone(), set_aside }
}
