//! The page being left (reloaded, closed, navigated away): while a change
//! is on its way to the store the browser is asked to warn, and when the
//! page goes all the same, what has not reached the store is kept in
//! localStorage for the next start ([`Persistence::keep_unsaved`]).

use crate::browser::persistence::Persistence;
use gloo::events::{EventListener, EventListenerOptions};

/// The listeners that guard leaving, until dropped.
pub struct Leaving {
    _warn: EventListener,
    _keep: EventListener,
}

/// Guards leaving the page for `persistence`'s changes.
pub fn guard(persistence: &Persistence) -> Option<Leaving> {
    let window = web_sys::window()?;
    let pending = persistence.pending();
    let warn = EventListener::new_with_options(
        &window,
        "beforeunload",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            if pending.get() {
                event.prevent_default();
                // Older browsers warn only when `returnValue` is set.
                let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
            }
        },
    );
    // `pagehide` comes for a reload, a closed tab and a navigation alike,
    // after the warning was answered.
    let persistence = persistence.clone();
    let keep = EventListener::new(&window, "pagehide", move |_| persistence.keep_unsaved());
    Some(Leaving { _warn: warn, _keep: keep })
}
