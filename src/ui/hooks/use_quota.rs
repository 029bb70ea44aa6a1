//! The origin's storage as the browser reports it: use, quota and whether
//! it keeps the data when space runs short; read when asked for (Settings).

use crate::browser::quota::{self, Estimate};
use yew::prelude::*;

/// What the browser says of its storage, and a way to ask it to keep the data.
pub struct Quota {
    /// Bytes used and available, once the browser has said.
    pub estimate: Option<Estimate>,
    /// Whether the data is kept when space runs short, once said.
    pub persisted: Option<bool>,
    /// Asks the browser to keep the data, then reads its answer.
    pub on_keep: Callback<()>,
}

/// The storage figures, read once when the calling component appears.
#[hook]
pub fn use_quota() -> Quota {
    let estimate = use_state(|| None::<Estimate>);
    let persisted = use_state(|| None::<bool>);
    {
        let (estimate, persisted) = (estimate.clone(), persisted.clone());
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                estimate.set(quota::estimate().await);
                persisted.set(quota::persisted().await);
            });
        });
    }
    let on_keep = {
        let persisted = persisted.clone();
        Callback::from(move |_| {
            let persisted = persisted.clone();
            yew::platform::spawn_local(async move { persisted.set(quota::persist().await) });
        })
    };
    Quota { estimate: *estimate, persisted: *persisted, on_keep }
}
