//! Other tabs of the app: once a transaction has committed, the keys it
//! wrote are announced on a `BroadcastChannel`, and each other tab reads
//! those records from the store and takes them in.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "hamish";

/// This tab's end of the channel.
pub struct Tabs {
    channel: BroadcastChannel,
    _listener: EventListener,
}

impl std::fmt::Debug for Tabs {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("Tabs")
    }
}

impl Tabs {
    /// Joins the channel; `on_keys` hears the keys other tabs wrote.
    /// `None` where the browser has no `BroadcastChannel`.
    pub fn join(on_keys: impl Fn(Vec<String>) + 'static) -> Option<Tabs> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let listener = EventListener::new(&channel, "message", move |event| {
            let keys = event
                .dyn_ref::<MessageEvent>()
                .and_then(|event| event.data().as_string())
                .and_then(|data| serde_json::from_str::<Vec<String>>(&data).ok());
            if let Some(keys) = keys.filter(|keys| !keys.is_empty()) {
                on_keys(keys);
            }
        });
        Some(Tabs { channel, _listener: listener })
    }

    /// Tells the other tabs that `keys` were written.
    pub fn announce(&self, keys: &[String]) {
        if let Ok(message) = serde_json::to_string(keys) {
            let _ = self.channel.post_message(&message.into());
        }
    }
}
