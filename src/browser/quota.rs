//! The origin's storage quota: how much is used and available
//! (`navigator.storage.estimate()`), and whether the browser keeps the
//! data when space runs short (`persist()`, `persisted()`).

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

/// Bytes used and bytes available to the origin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// Bytes used.
    pub usage: f64,
    /// Bytes the origin may use.
    pub quota: f64,
}

fn manager() -> Option<StorageManager> {
    Some(web_sys::window()?.navigator().storage())
}

async fn answer(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// What the browser says of the origin's use and quota, if it says.
pub async fn estimate() -> Option<Estimate> {
    let value = answer(manager()?.estimate()).await?;
    let field = |name: &str| js_sys::Reflect::get(&value, &name.into()).ok().and_then(|value| value.as_f64());
    Some(Estimate { usage: field("usage")?, quota: field("quota")? })
}

/// Whether the browser keeps the origin's data when space runs short.
pub async fn persisted() -> Option<bool> {
    answer(manager()?.persisted()).await?.as_bool()
}

/// Asks the browser to keep the origin's data when space runs short; its
/// answer.
pub async fn persist() -> Option<bool> {
    answer(manager()?.persist()).await?.as_bool()
}
