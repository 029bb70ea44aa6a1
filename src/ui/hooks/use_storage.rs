//! The state, kept in the browser: restored at start-up (before the app
//! mounts), written after every change, completed with the imported
//! documents read back from the store, and kept in step with other tabs.

use crate::browser::leaving;
use crate::browser::persistence::Persistence;
use crate::browser::startup::{load_in_slices, read_back, take_in_changes, Boot, SetAside};
use crate::core::state::{Action, Documents, State};
use crate::core::text::document::Document;
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
    /// The writer: where saving stands, and trying a failed write again.
    pub persistence: Persistence,
    /// Values that could not be read, set aside.
    pub set_aside: UseStateHandle<Vec<SetAside>>,
}

/// The documents of the latest rendered state.
fn documents_of(state_now: &RefCell<Option<State>>) -> Rc<Vec<Rc<Document>>> {
    state_now.borrow().as_ref().map(|state| state.work.documents().clone()).unwrap_or_default()
}

/// The state, restored by `boot` and stored after every change.
#[hook]
pub fn use_storage(boot: Rc<Boot>) -> Storage {
    let handle = use_reducer({
        let initial = boot.initial.clone();
        move || AppState { state: initial, revision: 0 }
    });
    let set_aside = use_state({
        let items = boot.set_aside.clone();
        move || items
    });
    let state_now = use_mut_ref(|| None::<State>);
    *state_now.borrow_mut() = Some(handle.state.clone());
    crate::browser::panic::remember(&handle.state);
    let persistence = boot.persistence.clone();
    let dispatcher = handle.dispatcher();

    // Updates from the store (merges, other tabs), connected before the
    // first write; leaving with a change still on its way asks the browser
    // to warn, and keeps that change for the next start.
    {
        let (persistence, dispatcher, state_now) = (persistence.clone(), dispatcher.clone(), state_now.clone());
        use_effect_with((), move |_| {
            let on_update = dispatcher.clone();
            persistence.connect(Rc::new(move |update| on_update.dispatch(Action::ApplyStored(update))));
            let leaving = leaving::guard(&persistence);
            let tabs = persistence.clone();
            persistence.join_tabs(move |keys| {
                let (persistence, dispatcher, documents) = (tabs.clone(), dispatcher.clone(), documents_of(&state_now));
                yew::platform::spawn_local(async move {
                    take_in_changes(&persistence, &documents, keys, |action| dispatcher.dispatch(action)).await;
                });
            });
            move || drop(leaving)
        });
    }
    // After every change, start what changed on its way to the store.
    {
        let (persistence, state, revision) = (persistence.clone(), handle.state.clone(), handle.revision);
        use_effect_with(revision, move |_| persistence.save(&state, revision));
    }
    // Imported documents listed in the store: the one to open first, the
    // others a slice at a time.
    {
        let (persistence, boot, state_now) = (persistence.clone(), boot.clone(), state_now.clone());
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                let Some(database) = persistence.database() else {
                    dispatcher.dispatch(Action::Documents(Documents::Load(Vec::new())));
                    return;
                };
                let entries = boot.entries.take();
                let read = read_back(&database, boot.listed.clone(), &entries, &documents_of(&state_now)).await;
                let read = persistence.read_outcome(read).unwrap_or_default();
                drop(entries);
                let first = state_now.borrow().as_ref().and_then(|state| state.view.pending_open.clone());
                load_in_slices(read, first, &persistence, |action| dispatcher.dispatch(action)).await;
            });
        });
    }
    Storage { handle, persistence, set_aside }
}
