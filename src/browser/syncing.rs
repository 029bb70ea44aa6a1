//! Keeps the store and this device's copy of the server's database in
//! step, record by record: keys written here (by this tab, another tab)
//! and documents changed in the copy (by replication) are queued, and each
//! batch is planned by [`crate::core::store::plan`], written to the store
//! first (only where the store still holds what was read), then to the
//! copy, whose replication takes it to the server. Updates to the store
//! reach the interface as another tab's writes do.

use crate::browser::couch::{CopyError, LocalCopy, StartMark};
use crate::browser::dom;
use crate::browser::persistence::Persistence;
use crate::browser::startup::take_in_changes;
use crate::core::model::labels::LabelSet;
use crate::core::state::Action;
use crate::core::store::{
    key_kind, plan, record_seq, remote_doc, remote_text_id, travels, KeyKind, Plan, RemoteDoc, SyncConfig, SyncState,
    IMPORTED_KEY, REMOTE_TEXT_PREFIX,
};
use crate::core::text::document::Document;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;

/// Keys planned in one go.
const PER_BATCH: usize = 200;

/// How long failed keys wait before they go again.
const RETRY_MS: u32 = 10_000;

/// The documents and label set of the state shown now.
pub type Context = Rc<dyn Fn() -> (Rc<Vec<Rc<Document>>>, Rc<LabelSet>)>;

struct Inner {
    copy: Option<Rc<LocalCopy>>,
    config: SyncConfig,
    /// Record keys and copy ids to look at.
    queue: BTreeSet<String>,
    /// Annotation chunks of documents not here yet.
    waiting: BTreeSet<String>,
    /// Texts the copy has been given or holds.
    texts_sent: HashSet<String>,
    running: bool,
    stopped: bool,
    /// Where this start's full look will leave off, once everything it
    /// queued has gone without a failure.
    mark: Option<StartMark>,
    /// The last batch failed; its keys wait for `retry`.
    failed: bool,
    retry: Option<dom::Delay>,
    /// Where replication last said sync stands.
    reported: SyncState,
    on_state: Rc<dyn Fn(SyncState)>,
}

/// The sync engine of this tab: cheap to clone.
#[derive(Clone)]
pub struct Syncer {
    inner: Rc<RefCell<Inner>>,
    persistence: Persistence,
    context: Context,
    dispatch: Rc<dyn Fn(Action)>,
}

impl Syncer {
    /// Opens the copy for `config` and syncs everything once, then what
    /// changes; `on_state` hears where sync stands.
    pub fn start(
        config: SyncConfig,
        persistence: Persistence,
        context: Context,
        dispatch: Rc<dyn Fn(Action)>,
        on_state: Rc<dyn Fn(SyncState)>,
    ) -> Syncer {
        let inner = Inner {
            copy: None,
            config: config.clone(),
            queue: BTreeSet::new(),
            waiting: BTreeSet::new(),
            texts_sent: HashSet::new(),
            running: false,
            stopped: false,
            mark: None,
            failed: false,
            retry: None,
            reported: SyncState::Connecting,
            on_state,
        };
        let syncer = Syncer { inner: Rc::new(RefCell::new(inner)), persistence, context, dispatch };
        let this = syncer.clone();
        yew::platform::spawn_local(async move {
            let (changed, heard) = (this.clone(), this.clone());
            let opened =
                LocalCopy::open(&config, move |state| heard.heard(state), move |ids| changed.enqueue(ids)).await;
            match opened {
                Ok(copy) if !this.inner.borrow().stopped => {
                    this.inner.borrow_mut().copy = Some(Rc::new(copy));
                    this.everything().await;
                }
                Ok(_) => {}
                Err(_) => this.heard(SyncState::Error(crate::core::store::SyncError::Other)),
            }
        });
        syncer
    }

    /// Replication says where sync stands: passed on, except that nothing
    /// is *synced* while records wait to go into the copy.
    fn heard(&self, state: SyncState) {
        let on_state = {
            let mut inner = self.inner.borrow_mut();
            inner.reported = state;
            inner.on_state.clone()
        };
        on_state(self.shown());
    }

    /// Where sync stands as shown: replication's word, or *syncing* while
    /// this tab's engine has records to move.
    fn shown(&self) -> SyncState {
        let inner = self.inner.borrow();
        match inner.reported {
            _ if inner.failed => SyncState::Error(crate::core::store::SyncError::Other),
            SyncState::Synced if inner.running || !inner.queue.is_empty() => SyncState::Syncing,
            state => state,
        }
    }

    /// The login sync runs under.
    pub fn login(&self) -> String {
        self.inner.borrow().config.name.clone()
    }

    /// The database sync runs with.
    pub fn database(&self) -> String {
        self.inner.borrow().config.database.clone()
    }

    /// The open copy, if it is open.
    pub fn copy(&self) -> Option<Rc<LocalCopy>> {
        self.inner.borrow().copy.clone()
    }

    /// Stops syncing (the copy closes once nothing uses it).
    pub fn stop(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.stopped = true;
        inner.copy = None;
    }

    /// Queues `keys` (store keys or copy ids) and works through the queue.
    pub fn enqueue(&self, keys: impl IntoIterator<Item = String>) {
        let keys: Vec<String> =
            keys.into_iter().filter(|key| travels(key) || !matches!(remote_doc(key), RemoteDoc::Other)).collect();
        if keys.is_empty() {
            return;
        }
        self.inner.borrow_mut().queue.extend(keys);
        // Records on their way: no longer synced, said at once.
        let on_state = self.inner.borrow().on_state.clone();
        on_state(self.shown());
        self.kick();
    }

    /// Documents came in: the chunks that waited for them are looked at again.
    pub fn documents_changed(&self) {
        let waiting = std::mem::take(&mut self.inner.borrow_mut().waiting);
        self.enqueue(waiting);
    }

    /// What changed in the store and in the copy since the last full look
    /// left off (everything, the first time), queued.
    async fn everything(&self) {
        let (Some(database), Some(copy)) = (self.persistence.database(), self.inner.borrow().copy.clone()) else {
            return;
        };
        let last = copy.mark().await.unwrap_or_default();
        let Ok(records) = database.records().await else {
            return;
        };
        let store = records.iter().map(|record| record.seq).max().unwrap_or(0).max(last.store);
        let stored: HashSet<String> = records.iter().map(|record| record.key.clone()).collect();
        let mut keys: Vec<String> =
            records.into_iter().filter(|record| record.seq > last.store).map(|record| record.key).collect();
        let Ok((ids, seq)) = copy.changed_since(&last.copy).await else {
            return;
        };
        keys.extend(ids);
        // Records the copy holds and the store no longer does (deleted
        // here, and perhaps not sent before the page closed).
        let held: HashSet<String> = keys.iter().cloned().collect();
        let all = copy.ids().await.unwrap_or_default();
        keys.extend(all.iter().filter(|id| travels(id) && !stored.contains(*id) && !held.contains(*id)).cloned());
        keys.push(IMPORTED_KEY.to_string());
        let mut inner = self.inner.borrow_mut();
        // Texts the copy holds already are not read from the store again.
        inner.texts_sent.extend(all.into_iter().filter(|id| id.starts_with(REMOTE_TEXT_PREFIX)));
        inner.mark = Some(StartMark { store, copy: seq });
        drop(inner);
        self.enqueue(keys);
    }

    /// Everything the full look queued went: the next start begins there.
    async fn settle_mark(&self, copy: &LocalCopy) {
        let mark = {
            let mut inner = self.inner.borrow_mut();
            match (inner.failed, inner.waiting.is_empty(), inner.queue.is_empty()) {
                (false, true, true) => inner.mark.take(),
                _ => None,
            }
        };
        if let Some(mark) = mark {
            let _ = copy.set_mark(&mark).await;
        }
    }

    fn kick(&self) {
        {
            let mut inner = self.inner.borrow_mut();
            if inner.running || inner.copy.is_none() {
                return;
            }
            inner.running = true;
        }
        let on_state = self.inner.borrow().on_state.clone();
        on_state(self.shown());
        let this = self.clone();
        yew::platform::spawn_local(async move {
            loop {
                let (copy, batch) = {
                    let mut inner = this.inner.borrow_mut();
                    let batch: Vec<String> = inner.queue.iter().take(PER_BATCH).cloned().collect();
                    for key in &batch {
                        inner.queue.remove(key);
                    }
                    match (inner.copy.clone(), batch.is_empty()) {
                        (Some(copy), false) => (copy, batch),
                        _ => {
                            inner.running = false;
                            let on_state = inner.on_state.clone();
                            drop(inner);
                            on_state(this.shown());
                            return;
                        }
                    }
                };
                if let Err(error) = this.batch(&copy, batch.clone()).await {
                    // The copy refused (its storage full, say): the store has
                    // everything; the keys go again in a while, and until
                    // then sync says it failed.
                    web_sys::console::warn_1(&format!("Hamish sync: {}", error.0).into());
                    let on_state = {
                        let mut inner = this.inner.borrow_mut();
                        inner.failed = true;
                        inner.queue.extend(batch);
                        inner.running = false;
                        inner.on_state.clone()
                    };
                    on_state(this.shown());
                    let again = this.clone();
                    let retry = dom::after(RETRY_MS, move || again.kick());
                    this.inner.borrow_mut().retry = Some(retry);
                    return;
                }
                this.inner.borrow_mut().failed = false;
                this.settle_mark(&copy).await;
                dom::next_task().await;
            }
        });
    }

    /// Syncs the records and texts under `batch`.
    async fn batch(&self, copy: &LocalCopy, batch: Vec<String>) -> Result<(), CopyError> {
        let Some(database) = self.persistence.database() else {
            return Ok(());
        };
        let (texts, keys): (Vec<String>, Vec<String>) =
            batch.into_iter().partition(|key| key.starts_with(REMOTE_TEXT_PREFIX));
        if !texts.is_empty() {
            self.texts_in(copy, &texts).await?;
        }
        let keys: Vec<String> = keys.into_iter().filter(|key| travels(key)).collect();
        if keys.is_empty() {
            return Ok(());
        }
        let stored = database.read(&keys).await.map_err(|error| CopyError(error.to_string()))?;
        let states = copy.read(&keys).await?;
        let (documents, labels) = (self.context)();
        let device = self.inner.borrow().config.device.clone();
        let now = js_sys::Date::now() as u64;
        let mut plans: Vec<Plan> = Vec::new();
        for (state, (_, value)) in states.iter().zip(&stored) {
            let document = match key_kind(&state.key) {
                KeyKind::Chunk(doc, _) => match documents.iter().find(|document| document.id == doc) {
                    Some(document) => Some(document.as_ref()),
                    None => {
                        self.inner.borrow_mut().waiting.insert(state.key.clone());
                        continue;
                    }
                },
                _ => None,
            };
            // Above the stored record's, so every tab takes it in.
            let seq = now.max(value.as_deref().map_or(0, record_seq) + 1);
            plans.extend(plan(state, value.as_deref(), document, &labels, (now, &device), seq));
        }
        let swaps: Vec<(String, Option<String>, Option<String>)> = (plans.iter())
            .filter_map(|plan| {
                let expected = stored.iter().find(|(key, _)| *key == plan.key).and_then(|(_, value)| value.clone());
                Some((plan.key.clone(), expected, plan.store.clone()?))
            })
            .collect();
        let mut changed = Vec::new();
        if !swaps.is_empty() {
            let keys: Vec<String> = swaps.iter().map(|(key, _, _)| key.clone()).collect();
            let replaced = database.swap(swaps).await.map_err(|error| CopyError(error.to_string()))?;
            for (key, replaced) in keys.into_iter().zip(replaced) {
                if replaced {
                    changed.push(key);
                } else {
                    // Written here meanwhile: planned again with that.
                    plans.retain(|plan| plan.key != key);
                    self.inner.borrow_mut().queue.insert(key);
                }
            }
        }
        let written = copy.write(&plans).await?;
        for plan in &plans {
            if !written.contains(&plan.key) {
                self.inner.borrow_mut().queue.insert(plan.key.clone());
            }
        }
        if plans.iter().any(|plan| plan.key == IMPORTED_KEY) || keys.iter().any(|key| key == IMPORTED_KEY) {
            self.texts_out(copy).await?;
        }
        if !changed.is_empty() {
            self.persistence.announce(&changed);
            let dispatch = self.dispatch.clone();
            take_in_changes(&self.persistence, &documents, changed, |action| dispatch(action)).await;
        }
        Ok(())
    }

    /// Texts the copy received that the store lacks, kept; then the
    /// documents listed and waiting for them are read back.
    async fn texts_in(&self, copy: &LocalCopy, ids: &[String]) -> Result<(), CopyError> {
        let Some(database) = self.persistence.database() else {
            return Ok(());
        };
        let held = database.text_ids().await.map_err(|error| CopyError(error.to_string()))?;
        let missing: Vec<String> = (ids.iter())
            .filter(|id| matches!(remote_doc(id), RemoteDoc::Text(doc) if !held.contains(&doc)))
            .cloned()
            .collect();
        self.inner.borrow_mut().texts_sent.extend(ids.iter().cloned());
        if missing.is_empty() {
            return Ok(());
        }
        let texts = copy.texts(&missing).await?;
        let texts: Vec<(String, String)> = (texts.into_iter())
            .filter_map(|(id, text)| Some((id.strip_prefix(REMOTE_TEXT_PREFIX)?.to_string(), text)))
            .collect();
        database.put_texts(&texts).await.map_err(|error| CopyError(error.to_string()))?;
        let (documents, _) = (self.context)();
        let dispatch = self.dispatch.clone();
        take_in_changes(&self.persistence, &documents, vec![IMPORTED_KEY.to_string()], |action| dispatch(action)).await;
        Ok(())
    }

    /// Texts of imported documents the copy has not been given, given.
    async fn texts_out(&self, copy: &LocalCopy) -> Result<(), CopyError> {
        let Some(database) = self.persistence.database() else {
            return Ok(());
        };
        let ids = database.text_ids().await.map_err(|error| CopyError(error.to_string()))?;
        let sent = self.inner.borrow().texts_sent.clone();
        let new: Vec<String> = (ids.iter()).map(remote_text_id).filter(|id| !sent.contains(id)).collect();
        if new.is_empty() {
            return Ok(());
        }
        let mut texts = database.texts().await.map_err(|error| CopyError(error.to_string()))?;
        let texts: Vec<(String, String)> = (new.iter())
            .filter_map(|id| Some((id.clone(), texts.remove(id.strip_prefix(REMOTE_TEXT_PREFIX)?)?)))
            .collect();
        copy.put_texts(&texts).await?;
        self.inner.borrow_mut().texts_sent.extend(new);
        Ok(())
    }
}
