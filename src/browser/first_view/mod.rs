//! The first view labeled before the app runs: a small program of its own
//! (`src/bin/hamish-first.rs`), loaded first, that reads the store as the
//! app does, takes the presses the page keeps while starting
//! (`window.hamishPresses`, see `static/theme.js`) that the core's
//! [`State::reduce_first`] takes (selection, labels, undo), stores each
//! change as the app would, and paints it over the first view. The first
//! press it does not take waits, with every press after it, for the app.
//!
//! When the app is ready to run, the page asks for the first view
//! (`hamish-hand-off`): it stops, waits until its changes are stored (or
//! keeps them in localStorage for the app's start to move in), puts the
//! selection back at the head of the presses, and says it is done
//! (`<html data-first-done>`). The app then starts from the store.

mod paint;

use crate::browser::database::Database;
use crate::browser::leaving::{self, Leaving};
use crate::browser::persistence::Persistence;
use crate::browser::save_status::Watch;
use crate::browser::storage;
use crate::core::i18n::{tr, Text};
use crate::core::keymap::{action_for, KeyPress};
use crate::core::state::{Action, Annotate, FirstStep, Panel, Select, State};
use crate::core::store::Writer;
use crate::core::text::seeds::bundled_documents;
use gloo::events::{EventListener, EventListenerOptions};
use js_sys::{Array, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Where the page keeps the presses made while starting.
const PRESSES: &str = "hamishPresses";
/// Set on `<html>` while the first view takes presses.
const TAKING: &str = "data-first-labels";
/// Set on `<html>` once the first view has handed over (or had nothing to
/// take).
const DONE: &str = "data-first-done";
/// Set on `<html>` when the app asks for the first view.
const HANDING_OFF: &str = "data-handing-off";
/// How long a hand-over waits for the store, in milliseconds.
const STORE_WAIT_MS: f64 = 3_000.0;

struct FirstView {
    state: State,
    revision: u64,
    /// A press was left to the app: nothing more is taken.
    stopped: bool,
    persistence: Persistence,
    _listeners: Vec<EventListener>,
    _leaving: Option<Leaving>,
    _watch: Option<Watch>,
}

type Shared = Rc<RefCell<FirstView>>;

thread_local! {
    /// The first view while it runs (its listeners hold it weakly).
    static RUNNING: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

fn presses() -> Option<Array> {
    let window = web_sys::window()?;
    Reflect::get(&window, &PRESSES.into()).ok().and_then(|value| value.dyn_into::<Array>().ok())
}

fn field(press: &JsValue, name: &str) -> JsValue {
    Reflect::get(press, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The action a kept press asks for: a sentence clicked, a palette label
/// clicked, or a key. `None`: nothing the first view knows.
fn action_of(press: &JsValue, state: &State) -> Option<Action> {
    let shift = field(press, "shiftKey").as_bool().unwrap_or(false);
    if let Some(sentence) = field(press, "sentence").as_string() {
        let index = sentence.parse::<usize>().ok()?;
        return Some(Action::Select(if shift { Select::ExtendTo(index) } else { Select::One(index) }));
    }
    if let Some(position) = field(press, "palette").as_f64() {
        let label = state.work.labels().labels.get(position as usize)?;
        return Some(Action::Annotate(Annotate::ToggleLabel(label.id)));
    }
    let key = KeyPress {
        key: field(press, "key").as_string()?,
        code: field(press, "code").as_string().unwrap_or_default(),
        ctrl: field(press, "ctrlKey").as_bool().unwrap_or(false),
        shift,
        alt: field(press, "altKey").as_bool().unwrap_or(false),
        meta: field(press, "metaKey").as_bool().unwrap_or(false),
        on_control: false,
    };
    action_for(&key, Panel::None, false)
}

/// Starts the first view, when the page shows one and the store holds
/// nothing that would change it.
pub fn start() {
    let Some(root) = root() else { return };
    let shown = root.get_attribute("data-first-view").as_deref() != Some("off")
        && web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerendered")).is_some();
    if !shown {
        return done(&root);
    }
    wasm_bindgen_futures::spawn_local(async move {
        // A first visit's store is empty: anything in it is the app's to show.
        let Ok(database) = Database::open().await else { return done(&root) };
        let empty = database.records().await.is_ok_and(|records| records.is_empty());
        let preferences = storage::load_preferences().unwrap_or_default();
        let state = State::new(bundled_documents(), &preferences);
        // The app may be on its way in already.
        let late = root.has_attribute(HANDING_OFF) || root.has_attribute("data-ready");
        if !empty || late || !state.shows_first_view() {
            return done(&root);
        }
        let writer = Writer::annotations_only(&state.work);
        let persistence = Persistence::new(Some(database), writer, preferences, None);
        let shared: Shared = Rc::new(RefCell::new(FirstView {
            state,
            revision: 0,
            stopped: false,
            _leaving: leaving::guard(&persistence),
            persistence,
            _listeners: Vec::new(),
            _watch: None,
        }));
        RUNNING.with(|running| *running.borrow_mut() = Some(shared.clone()));
        listen(&shared);
        let _ = root.set_attribute(TAKING, "");
        let state = shared.borrow().state.clone();
        paint::say(&paint::words_for(&state));
        take_presses(&shared);
    });
}

fn listen(shared: &Shared) {
    let persistence = shared.borrow().persistence.clone();
    // Another tab's change cannot be shown here: the rest waits for the app.
    let weak = Rc::downgrade(shared);
    persistence.join_tabs(move |_| {
        if let Some(shared) = weak.upgrade() {
            stop(&shared);
        }
    });
    // A merge that brought another tab's change: the rest is the app's.
    let weak = Rc::downgrade(shared);
    persistence.connect(Rc::new(move |_| {
        if let Some(shared) = weak.upgrade() {
            stop(&shared);
        }
    }));
    let lang = shared.borrow().state.prefs.lang;
    let watch = persistence.watch(Rc::new(move |status| {
        paint::saving(status.saving);
        if status.problem.is_some() {
            paint::say(tr(lang, Text::FirstViewNotStored));
        }
    }));
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let weak = Rc::downgrade(shared);
    let active = EventListenerOptions::enable_prevent_default();
    let on_press = EventListener::new_with_options(&document, "hamish-press", active, move |event| {
        if weak.upgrade().is_some_and(|shared| take_presses(&shared)) {
            event.prevent_default();
        }
    });
    let weak = Rc::downgrade(shared);
    let on_hand_off = EventListener::new(&document, "hamish-hand-off", move |_| {
        if let Some(shared) = weak.upgrade() {
            wasm_bindgen_futures::spawn_local(hand_off(shared));
        }
    });
    let mut view = shared.borrow_mut();
    view._listeners = vec![on_press, on_hand_off];
    view._watch = Some(watch);
}

/// Takes the kept presses from the head, as long as the first view knows
/// them; the first it does not know stops it. Whether the last one taken
/// was acted on (its browser default, a scroll say, is then not wanted).
fn take_presses(shared: &Shared) -> bool {
    let Some(queue) = presses() else { return false };
    let mut acted = false;
    loop {
        let (state, stopped) = {
            let view = shared.borrow();
            (view.state.clone(), view.stopped)
        };
        if stopped || queue.length() == 0 {
            return acted;
        }
        let press = queue.get(0);
        // A key the app does nothing with (Ctrl+C, F5) is left alone.
        let Some(action) = action_of(&press, &state) else {
            queue.shift();
            acted = false;
            continue;
        };
        match state.reduce_first(&action) {
            FirstStep::NotHere => {
                stop(shared);
                return false;
            }
            FirstStep::Unchanged => {
                queue.shift();
            }
            FirstStep::Changed(next) => {
                queue.shift();
                let before = state.clone();
                let moved = next.view.selection != state.view.selection;
                let mut view = shared.borrow_mut();
                view.revision += 1;
                view.state = *next;
                let (persistence, state, revision) = (view.persistence.clone(), view.state.clone(), view.revision);
                drop(view);
                persistence.save(&state, revision);
                paint::paint(&before, &state, moved);
            }
        }
        acted = true;
    }
}

/// Takes no more presses: they wait for the app, which the page says.
fn stop(shared: &Shared) {
    let mut view = shared.borrow_mut();
    if view.stopped {
        return;
    }
    view.stopped = true;
    let lang = view.state.prefs.lang;
    drop(view);
    if let Some(root) = root() {
        let _ = root.remove_attribute(TAKING);
    }
    paint::say(tr(lang, Text::FirstViewWaits));
}

/// Hands over to the app (see the module's note).
async fn hand_off(shared: Shared) {
    stop(&shared);
    let (persistence, revision, selection) = {
        let view = shared.borrow();
        (view.persistence.clone(), view.revision, view.state.view.selection)
    };
    let started = js_sys::Date::now();
    let waiting = || {
        let status = persistence.status();
        status.saved < revision && status.problem.is_none() && js_sys::Date::now() - started < STORE_WAIT_MS
    };
    while waiting() {
        crate::browser::dom::sleep(20).await;
    }
    if persistence.status().saved < revision {
        persistence.keep_unsaved();
        paint::say(tr(shared.borrow().state.prefs.lang, Text::FirstViewNotStored));
    }
    // Nothing more goes from here: the app writes from now on.
    persistence.close();
    // The selection goes first, so the app's keys land where these did.
    if let (Some(queue), Some(selection)) = (presses(), selection) {
        let press = |index: usize, shift: bool| {
            let press = js_sys::Object::new();
            let _ = Reflect::set(&press, &"sentence".into(), &index.to_string().into());
            let _ = Reflect::set(&press, &"shiftKey".into(), &shift.into());
            press
        };
        if selection.focus != selection.anchor {
            queue.unshift(&press(selection.focus, true));
        }
        queue.unshift(&press(selection.anchor, false));
    }
    let mut view = shared.borrow_mut();
    view._listeners.clear();
    view._watch = None;
    view._leaving = None;
    drop(view);
    RUNNING.with(|running| running.borrow_mut().take());
    paint::forget();
    if let Some(root) = root() {
        done(&root);
    }
}

/// Says the first view has nothing more to hand over.
fn done(root: &web_sys::Element) {
    let _ = root.set_attribute(DONE, "");
}
