//! Where saving stands, for the component that shows it: only that
//! component renders again when it changes, not the whole app.

use crate::browser::persistence::Persistence;
use crate::browser::save_status::SaveStatus;
use std::rc::Rc;
use yew::prelude::*;

/// Where saving stands, kept up to date.
#[hook]
pub fn use_save_status(persistence: &Persistence) -> SaveStatus {
    let status = use_state_eq({
        let persistence = persistence.clone();
        move || persistence.status()
    });
    {
        let (persistence, status) = (persistence.clone(), status.clone());
        use_effect_with(persistence.clone(), move |_| {
            // What changed between the first render and now, then each change.
            status.set(persistence.status());
            let watch = persistence.watch(Rc::new(move |now| status.set(now)));
            move || drop(watch)
        });
    }
    (*status).clone()
}
