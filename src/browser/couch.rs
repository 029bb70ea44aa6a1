//! This device's copy of the person's database on a CouchDB server, kept by
//! PouchDB through `static/sync.js`: both scripts are loaded only when
//! sync is turned on, so the first load does not grow. Everything crosses
//! as JSON text; what goes where is decided in
//! [`crate::core::store::plan`].

use crate::browser::database::Database;
use crate::core::store::{Plan, Record, RemoteState, SyncConfig, SyncState, SYNC_KEY};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// A session of `static/sync.js`.
    #[derive(Clone, Debug)]
    pub type Session;

    #[wasm_bindgen(js_namespace = hamishSync, js_name = open, catch)]
    async fn open_session(
        config: &str,
        on_status: &js_sys::Function,
        on_change: &js_sys::Function,
    ) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = hamishSync, js_name = admin, catch)]
    async fn admin_requests(server: &str, name: &str, password: &str, requests: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = hamishSync, js_name = forget, catch)]
    async fn forget_copy(database: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    async fn read(this: &Session, keys: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    async fn write(this: &Session, plans: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = putTexts)]
    async fn put_texts(this: &Session, texts: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    async fn texts(this: &Session, ids: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = classInfo)]
    async fn class_info(this: &Session) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = remoteDoc)]
    async fn remote_doc(this: &Session, database: &str, id: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = putDoc)]
    async fn put_doc(this: &Session, id: &str, value: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    async fn ids(this: &Session) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    async fn mark(this: &Session) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setMark)]
    async fn set_mark(this: &Session, mark: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = changedSince)]
    async fn changed_since(this: &Session, since: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method)]
    fn close(this: &Session);
}

/// Where a full look between the store and the copy left off: the
/// store's highest record `seq` and the copy's update seq then. The next
/// start looks only at what changed since.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartMark {
    /// The store's highest record `seq` looked at.
    pub store: u64,
    /// The copy's update seq looked at.
    pub copy: serde_json::Value,
}

/// Why the copy could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyError(pub String);

fn failed(error: JsValue) -> CopyError {
    CopyError(error.as_string().or_else(|| js_sys::JSON::stringify(&error).ok().map(String::from)).unwrap_or_default())
}

fn parsed<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, CopyError> {
    let text = value.as_string().ok_or_else(|| CopyError("not text".into()))?;
    serde_json::from_str(&text).map_err(|error| CopyError(error.to_string()))
}

/// Loads `src` (a script of this app) once; waits until it has run.
async fn load_script(src: &str) -> Result<(), CopyError> {
    let document = web_sys::window().and_then(|window| window.document()).ok_or(CopyError("no page".into()))?;
    if document.query_selector(&format!("script[src='{src}']")).ok().flatten().is_some() {
        return Ok(());
    }
    let script = document.create_element("script").map_err(failed)?;
    script.set_attribute("src", src).map_err(failed)?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = script.add_event_listener_with_callback("load", &resolve);
        let _ = script.add_event_listener_with_callback("error", &reject);
    });
    document.head().ok_or(CopyError("no head".into()))?.append_child(&script).map_err(failed)?;
    wasm_bindgen_futures::JsFuture::from(loaded).await.map(drop).map_err(|_| CopyError(format!("{src} did not load")))
}

/// What the sync script calls: with where sync stands and the reason.
type StatusCallback = Closure<dyn Fn(String, String)>;
/// What the sync script calls: with the ids of documents that changed.
type ChangeCallback = Closure<dyn Fn(String)>;

/// PouchDB, its `indexeddb` adapter and the sync script, in that order.
async fn load_scripts() -> Result<(), CopyError> {
    for script in ["pouchdb.min.js", "pouchdb.indexeddb.min.js", "sync.js"] {
        load_script(script).await?;
    }
    Ok(())
}

/// An open copy, replicating; closed when dropped.
pub struct LocalCopy {
    session: Session,
    _callbacks: (StatusCallback, ChangeCallback),
}

impl Drop for LocalCopy {
    fn drop(&mut self) {
        self.session.close();
    }
}

impl LocalCopy {
    /// Loads PouchDB and the sync script, opens this device's copy for
    /// `config` and starts replicating: `on_status` hears where sync
    /// stands, `on_change` the ids of documents that changed in the copy.
    pub async fn open(
        config: &SyncConfig,
        on_status: impl Fn(SyncState) + 'static,
        on_change: impl Fn(Vec<String>) + 'static,
    ) -> Result<LocalCopy, CopyError> {
        load_scripts().await?;
        let status =
            StatusCallback::new(move |state: String, reason: String| on_status(SyncState::reported(&state, &reason)));
        let change = ChangeCallback::new(move |ids: String| {
            if let Ok(ids) = serde_json::from_str::<Vec<String>>(&ids) {
                on_change(ids);
            }
        });
        let config = serde_json::to_string(config).map_err(|error| CopyError(error.to_string()))?;
        let session = open_session(&config, status.as_ref().unchecked_ref(), change.as_ref().unchecked_ref())
            .await
            .map_err(failed)?
            .unchecked_into::<Session>();
        Ok(LocalCopy { session, _callbacks: (status, change) })
    }

    /// Every document id in the copy.
    pub async fn ids(&self) -> Result<Vec<String>, CopyError> {
        parsed(self.session.ids().await.map_err(failed)?)
    }

    /// Where the last full look between the store and the copy left off.
    pub async fn mark(&self) -> Option<StartMark> {
        parsed::<Option<StartMark>>(self.session.mark().await.ok()?).ok().flatten()
    }

    /// Keeps `mark` as where a full look left off.
    pub async fn set_mark(&self, mark: &StartMark) -> Result<(), CopyError> {
        let mark = serde_json::to_string(mark).map_err(|error| CopyError(error.to_string()))?;
        self.session.set_mark(&mark).await.map(drop).map_err(failed)
    }

    /// Ids of the copy's documents changed since its update seq `since`
    /// (`Null`: all), and the seq reached.
    pub async fn changed_since(
        &self,
        since: &serde_json::Value,
    ) -> Result<(Vec<String>, serde_json::Value), CopyError> {
        #[derive(serde::Deserialize)]
        struct Changed {
            ids: Vec<String>,
            seq: serde_json::Value,
        }
        let since = serde_json::to_string(since).map_err(|error| CopyError(error.to_string()))?;
        let changed: Changed = parsed(self.session.changed_since(&since).await.map_err(failed)?)?;
        Ok((changed.ids, changed.seq))
    }

    /// The state of the records under `keys`.
    pub async fn read(&self, keys: &[String]) -> Result<Vec<RemoteState>, CopyError> {
        let keys = serde_json::to_string(keys).map_err(|error| CopyError(error.to_string()))?;
        parsed(self.session.read(&keys).await.map_err(failed)?)
    }

    /// Writes `plans`; the keys written (the others met a newer revision).
    pub async fn write(&self, plans: &[Plan]) -> Result<Vec<String>, CopyError> {
        let plans = serde_json::to_string(plans).map_err(|error| CopyError(error.to_string()))?;
        parsed(self.session.write(&plans).await.map_err(failed)?)
    }

    /// Puts the texts `(id, text)` the copy lacks.
    pub async fn put_texts(&self, texts: &[(String, String)]) -> Result<(), CopyError> {
        let texts: Vec<serde_json::Value> =
            texts.iter().map(|(id, text)| serde_json::json!({ "id": id, "text": text })).collect();
        let texts = serde_json::to_string(&texts).map_err(|error| CopyError(error.to_string()))?;
        self.session.put_texts(&texts).await.map(drop).map_err(failed)
    }

    /// The class this login is in or teaches (`None`: none, or the server
    /// cannot say now).
    pub async fn class_info(&self) -> Option<crate::core::store::ClassInfo> {
        parsed::<Option<crate::core::store::ClassInfo>>(self.session.class_info().await.ok()?).ok().flatten()
    }

    /// Document `id` of the server's database `database`, as JSON text:
    /// `Ok(None)` when the server says there is none, `Err` when it could
    /// not be asked (down, refusing).
    pub async fn remote_doc(&self, database: &str, id: &str) -> Result<Option<String>, CopyError> {
        let text = self.session.remote_doc(database, id).await.map_err(failed)?.as_string();
        Ok(text.filter(|text| text != "null"))
    }

    /// Puts `value` (JSON text) as document `id` of the copy, over what is there.
    pub async fn put_doc(&self, id: &str, value: &str) -> Result<(), CopyError> {
        self.session.put_doc(id, value).await.map(drop).map_err(failed)
    }

    /// The texts the copy holds under `ids`, by id.
    pub async fn texts(&self, ids: &[String]) -> Result<std::collections::HashMap<String, String>, CopyError> {
        let ids = serde_json::to_string(ids).map_err(|error| CopyError(error.to_string()))?;
        parsed(self.session.texts(&ids).await.map_err(failed)?)
    }
}

/// Why the server did not make all of a class: the request it refused
/// (its index), its status, and the sync script's name for the reason.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct AdminRefusal {
    /// Index of the refused request.
    pub at: usize,
    /// Its HTTP status (0: no answer).
    pub status: u16,
    /// `login`, `forbidden`, `exists`, `unreachable` or `other`.
    pub reason: String,
}

#[derive(serde::Deserialize)]
struct AdminOutcome {
    failed: Option<AdminRefusal>,
}

/// Sends `requests` to `server` with the admin login `name` and `password`
/// (not kept), in order; the first refusal, if any.
pub async fn run_admin(
    server: &str,
    name: &str,
    password: &str,
    requests: &[crate::core::store::AdminRequest],
) -> Result<(), AdminRefusal> {
    let unreachable = |_| AdminRefusal { at: 0, status: 0, reason: "unreachable".into() };
    load_script("sync.js").await.map_err(unreachable)?;
    let requests =
        serde_json::to_string(requests).map_err(|_| AdminRefusal { at: 0, status: 0, reason: "other".into() })?;
    let outcome = admin_requests(server, name, password, &requests).await.map_err(|_| AdminRefusal {
        at: 0,
        status: 0,
        reason: "unreachable".into(),
    })?;
    match parsed::<AdminOutcome>(outcome) {
        Ok(AdminOutcome { failed: None }) => Ok(()),
        Ok(AdminOutcome { failed: Some(refusal) }) => Err(refusal),
        Err(_) => Err(AdminRefusal { at: 0, status: 0, reason: "other".into() }),
    }
}

/// Random letters and digits that cannot be misread (no 0/o, 1/l/i): a
/// class code of `length`, a password.
pub fn random_word(length: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = vec![0u8; length];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        bytes.iter_mut().for_each(|byte| *byte = (js_sys::Math::random() * 256.0) as u8);
    }
    bytes.iter().map(|byte| LETTERS[*byte as usize % LETTERS.len()] as char).collect()
}

/// Deletes this device's copy of `database` (the store keeps everything).
pub async fn forget(database: &str) {
    if load_scripts().await.is_ok() {
        let _ = forget_copy(database).await;
    }
}

/// Whether sync can run here: not from a file opened from disk (the sync
/// scripts are files beside the app, and a server would see no origin).
pub fn available() -> bool {
    web_sys::window().and_then(|window| window.location().protocol().ok()).is_some_and(|protocol| protocol != "file:")
}

/// What this browser keeps of sync, as one record of the store (durable: a
/// power cut never turns sync off): the settings while it is on, and the
/// server and login its work last synced with, to fill the form in again
/// and to ask first before another login takes the work.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Kept {
    /// The settings, while sync is on.
    #[serde(default)]
    pub config: Option<SyncConfig>,
    /// The server last synced with.
    #[serde(default)]
    pub last_server: Option<String>,
    /// The login this browser's work last synced as.
    #[serde(default)]
    pub last_login: Option<String>,
}

/// What `database` keeps of sync (nothing when it cannot be read).
pub async fn kept(database: &Database) -> Kept {
    let read = database.read(&[SYNC_KEY.to_string()]).await.ok();
    let value = read.and_then(|records| records.into_iter().next()).and_then(|(_, value)| value);
    value.and_then(|value| serde_json::from_str(&value).ok()).unwrap_or_default()
}

/// Keeps `kept` in `database`, in one durable transaction; whether it committed.
pub async fn keep(database: &Database, kept: &Kept) -> bool {
    let Ok(value) = serde_json::to_string(kept) else {
        return false;
    };
    database.put(&[Record { key: SYNC_KEY.to_string(), value: Some(value) }]).await.is_ok()
}

/// A new random name for this device.
pub fn new_device() -> String {
    let random = || (js_sys::Math::random() * 4_294_967_296.0) as u32;
    format!("{:08x}{:08x}", random(), random())
}

/// Shared handle to the open copy, if any.
pub type SharedCopy = Rc<RefCell<Option<Rc<LocalCopy>>>>;
