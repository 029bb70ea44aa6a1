//! Sync through a CouchDB server, when turned on: the settings kept in
//! this browser, the engine ([`Syncer`]) while on, and where sync stands.
//! Shared with the components that show it through a Yew context.

use crate::browser::couch;
use crate::browser::persistence::Persistence;
use crate::browser::syncing::{Context, Syncer};
use crate::core::state::{Action, State};
use crate::core::store::{ConfigProblem, SyncConfig, SyncState};
use crate::ui::hooks::use_live_class::{use_live_class, LiveClass};
use std::rc::Rc;
use yew::prelude::*;

/// What a sync settings form sends: server, login name, password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyncLogin {
    /// The server's address.
    pub server: String,
    /// The login name.
    pub name: String,
    /// The password.
    pub password: String,
    /// Turn on even though this browser's work synced as another login.
    pub anyway: bool,
}

/// Sync as the interface sees it (through a context).
#[derive(Clone, PartialEq)]
pub struct SyncHandle {
    /// The settings, while sync is on.
    pub config: Option<Rc<SyncConfig>>,
    /// Where sync stands.
    pub state: SyncState,
    /// What was wrong with the settings last typed.
    pub problem: Option<ConfigProblem>,
    /// The login this browser's work synced as, when another was typed:
    /// turning on needs a second word.
    pub other_login: Option<(String, String)>,
    /// The server and login this browser last synced with, to fill the
    /// form in again.
    pub last: Option<(String, String)>,
    /// Turns sync on with a login.
    pub on_turn_on: Callback<SyncLogin>,
    /// Turns sync off (everything stays in this browser).
    pub on_turn_off: Callback<()>,
    /// Whether sync can run here (not from a file opened from disk).
    pub available: bool,
    /// The class this login is in or teaches.
    pub class: LiveClass,
}

/// Sync for the app whose state is `state`.
#[hook]
pub fn use_sync(state: &State, revision: u64, persistence: &Persistence, on_action: Callback<Action>) -> SyncHandle {
    let available = use_memo((), |_| couch::available());
    // What the store keeps of sync, read once it is open.
    let kept = use_state(|| None::<Rc<couch::Kept>>);
    {
        let (kept, persistence, available) = (kept.clone(), persistence.clone(), *available);
        use_effect_with((), move |_| {
            if let (true, Some(database)) = (available, persistence.database()) {
                yew::platform::spawn_local(async move { kept.set(Some(Rc::new(couch::kept(&database).await))) });
            }
        });
    }
    let config = use_memo(kept.clone(), |kept| kept.as_ref().and_then(|kept| kept.config.clone()).map(Rc::new));
    let sync_state = use_state_eq(|| SyncState::Off);
    let problem = use_state(|| None::<ConfigProblem>);
    let other_login = use_state(|| None::<(String, String)>);
    let last = kept.as_ref().and_then(|kept| kept.last_server.clone().zip(kept.last_login.clone()));
    let syncer = use_mut_ref(|| None::<Syncer>);
    let class = use_live_class(state, revision, *sync_state, syncer.clone(), on_action.clone());
    let shown = use_mut_ref(|| (Rc::new(Vec::new()), Rc::new(Default::default())));
    *shown.borrow_mut() = (state.work.documents().clone(), state.work.labels().clone());

    {
        let (persistence, syncer, shown, sync_state) =
            (persistence.clone(), syncer.clone(), shown.clone(), sync_state.clone());
        use_effect_with((*config).clone(), move |config| {
            if let Some(config) = config.clone() {
                let context: Context = Rc::new(move || shown.borrow().clone());
                let dispatch: Rc<dyn Fn(Action)> = Rc::new(move |action| on_action.emit(action));
                let on_state: Rc<dyn Fn(SyncState)> = Rc::new(move |state| sync_state.set(state));
                on_state(SyncState::Connecting);
                let engine = Syncer::start((*config).clone(), persistence.clone(), context, dispatch, on_state);
                let heard = engine.clone();
                persistence.on_written(Some(Rc::new(move |keys: &[String]| heard.enqueue(keys.to_vec()))));
                *syncer.borrow_mut() = Some(engine);
            } else {
                sync_state.set(SyncState::Off);
            }
            move || {
                persistence.on_written(None);
                if let Some(engine) = syncer.borrow_mut().take() {
                    engine.stop();
                }
            }
        });
    }
    // Documents came in (read back, imported, synced): chunks that waited
    // for them are looked at again.
    {
        let syncer = syncer.clone();
        use_effect_with(state.work.documents().len(), move |_| {
            if let Some(engine) = syncer.borrow().as_ref() {
                engine.documents_changed();
            }
        });
    }
    // A change of the settings counts once the store has committed it.
    let save = {
        let (kept, persistence) = (kept.clone(), persistence.clone());
        move |next: couch::Kept| {
            let (kept, database) = (kept.clone(), persistence.database());
            yew::platform::spawn_local(async move {
                if let Some(database) = database {
                    if couch::keep(&database, &next).await {
                        kept.set(Some(Rc::new(next)));
                    }
                }
            });
        }
    };
    let on_turn_on = {
        let (kept, problem, other_login, save) = (kept.clone(), problem.clone(), other_login.clone(), save.clone());
        Callback::from(move |login: SyncLogin| {
            let device = couch::new_device();
            let now = kept.as_deref().cloned().unwrap_or_default();
            match SyncConfig::typed(&login.server, &login.name, &login.password, &device) {
                Ok(typed) => {
                    problem.set(None);
                    // Work synced as someone else would go to this login's
                    // account too: only on a second word.
                    match now.last_login.clone().filter(|earlier| *earlier != typed.name && !login.anyway) {
                        Some(earlier) => other_login.set(Some((earlier, typed.name.clone()))),
                        None => {
                            other_login.set(None);
                            let (last_login, last_server) = (Some(typed.name.clone()), Some(typed.server.clone()));
                            save(couch::Kept { config: Some(typed), last_login, last_server });
                        }
                    }
                }
                Err(wrong) => problem.set(Some(wrong)),
            }
        })
    };
    let on_turn_off = {
        let (kept, config) = (kept.clone(), config.clone());
        Callback::from(move |_| {
            if let Some(on) = (*config).clone() {
                let database = on.database.clone();
                yew::platform::spawn_local(async move { couch::forget(&database).await });
            }
            save(couch::Kept { config: None, ..kept.as_deref().cloned().unwrap_or_default() });
        })
    };
    SyncHandle {
        config: (*config).clone(),
        state: *sync_state,
        problem: *problem,
        other_login: (*other_login).clone(),
        last,
        on_turn_on,
        on_turn_off,
        available: *available,
        class,
    }
}
