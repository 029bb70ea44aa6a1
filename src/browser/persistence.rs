//! Keeps the store in step with the state. After every change the
//! writer's next batch (see [`crate::core::store::Writer`]) goes into one
//! durable transaction at once; the change counts as saved only once that
//! has committed. Then the other tabs hear which records changed. A failed
//! transaction (the quota, say) keeps the work in memory, is reported, and
//! its writes go again with the next batch. The preferences go to
//! localStorage, which the page reads before it paints.

use crate::browser::database::Database;
use crate::browser::dom;
use crate::browser::page_marks::PageMarks;
use crate::browser::quota;
use crate::browser::save_status::{OnStatus, SaveStatus, Watch, Watchers};
use crate::browser::storage::{self, StorageError};
use crate::browser::tabs::Tabs;
use crate::core::model::prefs::Preferences;
use crate::core::model::work::Work;
use crate::core::state::{take_in, State};
use crate::core::store::{Committed, StoredUpdate, Write, Writer, LEAVING_LIMIT};
use crate::core::text::document::Document;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// User-timing measures of the main-thread time spent storing (read by
/// `make bench`): making a batch and issuing it, merging a chunk into what
/// is stored, taking in a commit.
pub const MEASURE_BATCH: &str = "hamish:store:batch";
/// See [`MEASURE_BATCH`].
pub const MEASURE_MERGE: &str = "hamish:store:merge";
/// See [`MEASURE_BATCH`].
pub const MEASURE_COMMIT: &str = "hamish:store:commit";

/// Imported texts in one batch from which the import counts as a corpus,
/// worth asking the browser to keep.
const CORPUS_TEXTS: usize = 20;

/// Hands updates from the store to the app.
pub type OnUpdate = Rc<dyn Fn(StoredUpdate)>;

/// Hears the keys of records written to the store, by this tab or another.
pub type OnKeys = Rc<dyn Fn(&[String])>;

struct Inner {
    database: Option<Database>,
    writer: Writer,
    /// The newest work asked to be saved, with its revision.
    latest: Option<(u64, Work)>,
    /// The revision the batch on its way writes, and its work.
    writing: (u64, Work),
    status: SaveStatus,
    marks: PageMarks,
    tabs: Option<Tabs>,
    /// The work a batch failed to store: written again only once the work
    /// changes or the user asks.
    failed: Option<Work>,
    /// A failure outside the batches (writing the preferences, reading
    /// back what the store holds), reported until that succeeds again.
    elsewhere: Option<StorageError>,
}

impl Inner {
    /// Updates about to go to the interface, put into the work the next
    /// batch is made from at once: until the interface has taken them in,
    /// that work would otherwise lack them, and a batch made from it would
    /// take them back out of the store.
    fn take_in(&mut self, updates: &[StoredUpdate]) {
        if let Some((_, work)) = self.latest.as_mut() {
            for update in updates {
                take_in(work, update);
            }
        }
    }
}

/// The app's writer: cheap to clone, shared by the hooks.
#[derive(Clone)]
pub struct Persistence {
    inner: Rc<RefCell<Inner>>,
    on_update: Rc<RefCell<Option<OnUpdate>>>,
    watchers: Rc<RefCell<Watchers>>,
    /// Whether leaving now would lose a change (read by `beforeunload`).
    pending: Rc<Cell<bool>>,
    /// Hears every committed write's keys (sync sends them on).
    written: Rc<RefCell<Option<OnKeys>>>,
}

impl PartialEq for Persistence {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Persistence {
    /// A writer into `database` (`None`: the work stays in memory), whose
    /// preferences as stored are `preferences`.
    pub fn new(
        database: Option<Database>,
        writer: Writer,
        preferences: Preferences,
        problem: Option<StorageError>,
    ) -> Self {
        let status = SaveStatus { problem, ..SaveStatus::default() };
        let inner = Inner {
            database,
            writer,
            latest: None,
            writing: (0, Work::default()),
            status,
            marks: PageMarks::new(preferences),
            tabs: None,
            failed: None,
            elsewhere: None,
        };
        Self {
            inner: Rc::new(RefCell::new(inner)),
            on_update: Rc::default(),
            watchers: Rc::default(),
            pending: Rc::default(),
            written: Rc::default(),
        }
    }

    /// Where the keys of every committed write go (`None`: nowhere).
    pub fn on_written(&self, on_keys: Option<OnKeys>) {
        *self.written.borrow_mut() = on_keys;
    }

    /// Keys written here or by another tab: passed on to whoever listens.
    fn tell_written(&self, keys: &[String]) {
        let on_keys = self.written.borrow().clone();
        if let Some(on_keys) = on_keys {
            on_keys(keys);
        }
    }

    /// Tells the other tabs that `keys` were written (by sync, here).
    pub fn announce(&self, keys: &[String]) {
        if let Some(tabs) = &self.inner.borrow().tabs {
            tabs.announce(keys);
        }
    }

    /// Writes no more: leaves the other tabs and closes the database once
    /// its last transaction has ended (the first view, handing over).
    pub fn close(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.tabs = None;
        if let Some(database) = inner.database.take() {
            database.close();
        }
    }

    /// Where updates from the store (merges, other tabs) go.
    pub fn connect(&self, on_update: OnUpdate) {
        *self.on_update.borrow_mut() = Some(on_update);
    }

    /// Where saving stands now.
    pub fn status(&self) -> SaveStatus {
        self.watchers.borrow().told.clone().unwrap_or_else(|| self.inner.borrow().status.clone())
    }

    /// Tells `on_status` where saving stands whenever that changes, until
    /// the returned [`Watch`] is dropped.
    pub fn watch(&self, on_status: OnStatus) -> Watch {
        let mut watchers = self.watchers.borrow_mut();
        watchers.next += 1;
        let id = watchers.next;
        watchers.all.push((id, on_status));
        Watch { id, watchers: Rc::downgrade(&self.watchers) }
    }

    /// The open database, if any.
    pub fn database(&self) -> Option<Database> {
        self.inner.borrow().database.clone()
    }

    /// Whether leaving now would lose a change.
    pub fn pending(&self) -> Rc<Cell<bool>> {
        self.pending.clone()
    }

    /// Joins the other tabs: `on_keys` hears the keys they write, as does `on_written`'s listener.
    pub fn join_tabs(&self, on_keys: impl Fn(Vec<String>) + 'static) {
        let this = self.clone();
        self.inner.borrow_mut().tabs = Tabs::join(move |keys| {
            this.tell_written(&keys);
            on_keys(keys);
        });
    }

    /// Writes the preferences (when they changed) and the first-view mark
    /// to localStorage, and starts the work of revision `revision` on its
    /// way to the store.
    pub fn save(&self, state: &State, revision: u64) {
        let start = dom::now();
        {
            let mut inner = self.inner.borrow_mut();
            // What fails is written again with the next change, and reported.
            let inner = &mut *inner;
            inner.marks.keep(state, &mut inner.elsewhere);
            inner.latest = Some((revision, state.work.clone()));
        }
        self.pump();
        dom::measure(MEASURE_BATCH, start);
    }

    /// Writes to localStorage, synchronously, what has not reached the
    /// store yet: the page is going away, and its unfinished transactions
    /// with it. The next start moves it into the store.
    pub fn keep_unsaved(&self) {
        let writes = {
            let mut inner = self.inner.borrow_mut();
            match (inner.latest.clone(), inner.database.is_some()) {
                (Some((_, work)), true) => inner.writer.leaving(&work, js_sys::Date::now() as u64, LEAVING_LIMIT),
                _ => return,
            }
        };
        for Write { key, value } in writes {
            // The page is going: a refusal cannot be shown any more; the
            // warning before leaving was the last word.
            let _ = value.map(|value| storage::write(&key, &value));
        }
    }

    /// Writes again what a failed transaction left unwritten.
    pub fn retry(&self) {
        self.inner.borrow_mut().failed = None;
        self.pump();
    }

    /// Hands the next batch to the store, unless one is on its way.
    fn pump(&self) {
        let next = {
            let mut inner = self.inner.borrow_mut();
            let inner = &mut *inner;
            let Some((revision, work)) = inner.latest.clone() else {
                return;
            };
            // Nothing new since a failure: wait for a change or "try again".
            let waiting = inner.failed.as_ref().is_some_and(|failed| failed.same_as(&work));
            match (&inner.database, inner.writer.busy() || waiting) {
                (None, _) => {
                    // No store: the alert in view says so; nothing waits.
                    inner.status.saved = revision;
                    None
                }
                (_, true) => None,
                (Some(database), false) => match inner.writer.batch(&work, js_sys::Date::now() as u64) {
                    Some(batch) => {
                        inner.writing = (revision, work);
                        Some((database.clone(), batch, revision))
                    }
                    None => {
                        inner.status.saved = revision;
                        None
                    }
                },
            }
        };
        if let Some((database, batch, revision)) = next {
            let (this, id, keys) = (self.clone(), batch.id, batch.keys());
            let worth_keeping = batch.texts.len() >= CORPUS_TEXTS || batch.starts_exercise();
            self.report();
            database.write(batch, move |result| this.settled(id, revision, keys, worth_keeping, result));
        } else {
            self.report();
        }
    }

    /// Batch `id`, which wrote revision `revision`, has committed or failed.
    fn settled(
        &self,
        id: u64,
        revision: u64,
        keys: Vec<String>,
        worth_keeping: bool,
        result: Result<Vec<Committed>, StorageError>,
    ) {
        let start = dom::now();
        let committed = result.is_ok();
        let updates = {
            let mut inner = self.inner.borrow_mut();
            match result {
                Ok(merged) => {
                    let updates = inner.writer.committed(id, merged);
                    inner.take_in(&updates);
                    inner.status.saved = inner.status.saved.max(revision);
                    inner.status.problem = None;
                    inner.failed = None;
                    if let Some(tabs) = &inner.tabs {
                        tabs.announce(&keys);
                    }
                    updates
                }
                Err(error) => {
                    inner.writer.failed(id);
                    inner.failed = Some(std::mem::take(&mut inner.writing.1));
                    inner.status.problem = Some(error);
                    Vec::new()
                }
            }
        };
        let on_update = self.on_update.borrow().clone();
        if let Some(on_update) = on_update {
            updates.into_iter().filter(|update| !update.changes_nothing()).for_each(|update| on_update(update));
        }
        if committed {
            self.tell_written(&keys);
        }
        if worth_keeping {
            self.keep_data();
        }
        // Changes made meanwhile go now; what failed waits for the next
        // change or the user's "try again".
        self.pump();
        dom::measure(MEASURE_COMMIT, start);
    }

    /// Asks the browser to keep the data when space runs short (a corpus
    /// or an exercise came in), and keeps its answer for Settings.
    fn keep_data(&self) {
        if self.inner.borrow().status.persisted == Some(true) {
            return;
        }
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let answer = quota::persist().await;
            this.inner.borrow_mut().status.persisted = answer;
            this.report();
        });
    }

    /// Tells the interface where saving stands, when that changed.
    fn report(&self) {
        let status = {
            let inner = self.inner.borrow();
            let behind = inner.latest.as_ref().is_some_and(|(revision, _)| *revision > inner.status.saved);
            let saving = inner.database.is_some() && (inner.writer.busy() || behind);
            let problem = inner.status.problem.clone().or_else(|| inner.elsewhere.clone());
            SaveStatus { saving, problem, ..inner.status.clone() }
        };
        self.pending.set(status.saving);
        let watchers: Vec<OnStatus> = {
            let mut watchers = self.watchers.borrow_mut();
            if watchers.told.as_ref() == Some(&status) {
                return;
            }
            watchers.told = Some(status.clone());
            watchers.all.iter().map(|(_, on_status)| on_status.clone()).collect()
        };
        for on_status in watchers {
            on_status(status.clone());
        }
    }

    /// Reports how reading from the store went: a failure is shown until
    /// a read succeeds again.
    pub fn read_outcome<T>(&self, result: Result<T, StorageError>) -> Option<T> {
        let value = {
            let mut inner = self.inner.borrow_mut();
            match result {
                Ok(value) => {
                    inner.elsewhere = None;
                    Some(value)
                }
                Err(error) => {
                    inner.elsewhere = Some(error);
                    None
                }
            }
        };
        self.report();
        value
    }

    /// Records other tabs wrote, read from the store now: the updates to
    /// take in, for the documents as they are now.
    pub fn received(&self, documents: &[Rc<Document>], records: &[(String, Option<String>)]) -> Vec<StoredUpdate> {
        let mut inner = self.inner.borrow_mut();
        let updates: Vec<StoredUpdate> =
            records.iter().filter_map(|(key, value)| inner.writer.received(documents, key, value.as_deref())).collect();
        inner.take_in(&updates);
        updates
    }

    /// Imported documents listed in the store, about to be read back.
    pub fn expect(&self, entries: Vec<crate::core::store::ImportedEntry>) {
        self.inner.borrow_mut().writer.expect(entries);
    }
}
