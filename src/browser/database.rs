//! The app's IndexedDB database, the one durable store of the work: the
//! records (see [`crate::core::store`] for what each holds) and the texts
//! of imported documents. Every write is one strictly durable transaction.

use crate::browser::idb::{self, durable, on_settled, reading, refusal, settle};
use crate::browser::storage::StorageError;
use crate::core::store::{record_seq, Batch, Committed, Migration, Record, StoredRecord};
use crate::core::text::document::DocumentId;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IdbDatabase, IdbObjectStore};

const NAME: &str = "hamish";
const VERSION: u32 = 2;
/// Records of the work, `{seq, value}` by key (named when it was a journal
/// beside localStorage).
const RECORDS: &str = "journal";
/// Texts of imported documents, by document id.
const TEXTS: &str = "documents";

/// The open database.
#[derive(Clone, Debug)]
pub struct Database {
    db: IdbDatabase,
}

/// `{seq, value}`, as a record is kept.
fn stored_form(seq: u64, value: &str) -> Result<JsValue, JsValue> {
    let record = js_sys::Object::new();
    js_sys::Reflect::set(&record, &"seq".into(), &JsValue::from_f64(seq as f64))?;
    js_sys::Reflect::set(&record, &"value".into(), &JsValue::from_str(value))?;
    Ok(record.into())
}

/// Puts or deletes `record` in `store`.
fn put_record(store: &IdbObjectStore, record: &Record) -> Result<(), JsValue> {
    let key = JsValue::from_str(&record.key);
    match &record.value {
        Some(value) => store.put_with_key(&stored_form(record_seq(value), value)?, &key).map(drop),
        None => store.delete(&key).map(drop),
    }
}

/// A kept record's value and `seq` (`None` for a removal noted earlier).
fn read_form(record: &JsValue) -> (u64, Option<String>) {
    let field = |name: &str| js_sys::Reflect::get(record, &name.into()).ok();
    let seq = field("seq").and_then(|seq| seq.as_f64()).unwrap_or(0.0) as u64;
    (seq, field("value").and_then(|value| value.as_string()))
}

impl Database {
    /// Opens the database, creating it on a first visit.
    pub async fn open() -> Result<Database, StorageError> {
        Ok(Database { db: idb::open(NAME, VERSION, &[RECORDS, TEXTS]).await? })
    }

    /// Closes the connection: every later write is refused.
    pub fn close(&self) {
        self.db.close();
    }

    /// Every key of object store `name` and every value, in key order, read
    /// in one transaction.
    async fn everything(&self, name: &str) -> Result<(js_sys::Array, js_sys::Array), StorageError> {
        let transaction = reading(&self.db, &[name])?;
        let store = transaction.object_store(name).map_err(|error| refusal(&error))?;
        let keys = store.get_all_keys().map_err(|error| refusal(&error))?;
        let values = store.get_all().map_err(|error| refusal(&error))?;
        Ok((js_sys::Array::from(&settle(&keys).await?), js_sys::Array::from(&settle(&values).await?)))
    }

    /// Every record.
    pub async fn records(&self) -> Result<Vec<StoredRecord>, StorageError> {
        let (keys, values) = self.everything(RECORDS).await?;
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(key, record)| {
                let (seq, value) = read_form(&record);
                Some(StoredRecord { key: key.as_string()?, seq, value })
            })
            .collect())
    }

    /// The records under `keys`, as they are now (`None`: no such record).
    pub async fn read(&self, keys: &[String]) -> Result<Vec<(String, Option<String>)>, StorageError> {
        let transaction = reading(&self.db, &[RECORDS])?;
        let store = transaction.object_store(RECORDS).map_err(|error| refusal(&error))?;
        let requests: Vec<_> = (keys.iter())
            .map(|key| store.get(&JsValue::from_str(key)).map_err(|error| refusal(&error)))
            .collect::<Result<_, _>>()?;
        let mut read = Vec::with_capacity(keys.len());
        for (key, request) in keys.iter().zip(requests) {
            let record = settle(&request).await?;
            read.push((key.clone(), if record.is_undefined() { None } else { read_form(&record).1 }));
        }
        Ok(read)
    }

    /// The ids of the imported documents whose texts are kept.
    pub async fn text_ids(&self) -> Result<HashSet<DocumentId>, StorageError> {
        let transaction = reading(&self.db, &[TEXTS])?;
        let store = transaction.object_store(TEXTS).map_err(|error| refusal(&error))?;
        let keys = settle(&store.get_all_keys().map_err(|error| refusal(&error))?).await?;
        Ok(js_sys::Array::from(&keys).iter().filter_map(|key| key.as_string()).map(DocumentId::from).collect())
    }

    /// Every kept text of an imported document, by id, read in one go.
    pub async fn texts(&self) -> Result<HashMap<String, String>, StorageError> {
        let (keys, values) = self.everything(TEXTS).await?;
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(key, text)| Some((key.as_string()?, text.as_string()?)))
            .collect())
    }

    /// Writes `batch` in one durable transaction; `done` hears, once it has
    /// committed, every merged chunk as stored, or why nothing was kept.
    pub fn write(&self, batch: Batch, done: impl FnOnce(Result<Vec<Committed>, StorageError>) + 'static) {
        let transaction = match durable(&self.db, &[RECORDS, TEXTS]) {
            Ok(transaction) => transaction,
            Err(error) => return done(Err(error)),
        };
        let merged = Rc::new(RefCell::new(Vec::new()));
        let outcome = Rc::new(RefCell::new(None::<StorageError>));
        {
            let (merged, outcome) = (merged.clone(), outcome.clone());
            on_settled(&transaction, move |result| {
                let result = match (result, outcome.borrow_mut().take()) {
                    (Ok(()), None) => Ok(merged.take()),
                    (_, Some(error)) | (Err(error), None) => Err(error),
                };
                done(result);
            });
        }
        let issue = || -> Result<(), JsValue> {
            let records = transaction.object_store(RECORDS)?;
            let texts = transaction.object_store(TEXTS)?;
            for record in &batch.records {
                put_record(&records, record)?;
            }
            if !batch.texts.is_empty() {
                // The texts go from a later task (a cheap request's success),
                // so the task that puts the records stays short.
                let request = texts.count()?;
                let (store, list, outcome) = (texts.clone(), Rc::new(batch.texts), outcome.clone());
                let start = Closure::once_into_js(move |_: web_sys::Event| {
                    if let Err(error) = put_texts(store.clone(), list, 0, outcome.clone()) {
                        outcome.borrow_mut().get_or_insert(refusal(&error));
                        let _ = store.transaction().abort();
                    }
                });
                request.set_onsuccess(Some(start.unchecked_ref()));
            }
            for id in &batch.forget {
                texts.delete(&JsValue::from_str(id.as_str()))?;
            }
            for merge in batch.merges {
                let request = records.get(&JsValue::from_str(&merge.key))?;
                let (request_now, store, merged, outcome) =
                    (request.clone(), records.clone(), merged.clone(), outcome.clone());
                let on_read = Closure::once_into_js(move |_: web_sys::Event| {
                    let start = crate::browser::dom::now();
                    let stored = request_now.result().ok().filter(|record| !record.is_undefined());
                    let theirs = stored.and_then(|record| read_form(&record).1);
                    let result = merge.merge(theirs.as_deref());
                    let key = JsValue::from_str(&merge.key);
                    // Kept even when empty: its `seq` must keep growing.
                    let put = stored_form(result.seq, &result.value).and_then(|form| store.put_with_key(&form, &key));
                    if let Err(error) = put {
                        outcome.borrow_mut().get_or_insert(refusal(&error));
                        // The refusal is the outcome; an abort that fails
                        // means the transaction has ended already.
                        let _ = store.transaction().abort();
                        return;
                    }
                    let doc = merge.document.id.clone();
                    merged.borrow_mut().push(Committed { key: merge.key, doc, chunk: merge.chunk, merged: result });
                    crate::browser::dom::measure(crate::browser::persistence::MEASURE_MERGE, start);
                });
                request.set_onsuccess(Some(on_read.unchecked_ref()));
            }
            Ok(())
        };
        if let Err(error) = issue() {
            outcome.borrow_mut().get_or_insert(refusal(&error));
            idb::abort(&transaction);
        }
    }

    /// Writes a migration out of localStorage in one durable transaction.
    pub async fn migrate(&self, migration: &Migration) -> Result<(), StorageError> {
        let transaction = durable(&self.db, &[RECORDS, TEXTS])?;
        let issue = || -> Result<(), JsValue> {
            let records = transaction.object_store(RECORDS)?;
            for record in &migration.records {
                put_record(&records, record)?;
            }
            let texts = transaction.object_store(TEXTS)?;
            for (id, text) in &migration.texts {
                texts.put_with_key(&JsValue::from_str(text), &JsValue::from_str(id.as_str()))?;
            }
            Ok(())
        };
        if let Err(error) = issue() {
            idb::abort(&transaction);
            return Err(refusal(&error));
        }
        idb::settled(&transaction).await
    }

    /// Puts or deletes `records` in one durable transaction.
    pub async fn put(&self, records: &[Record]) -> Result<(), StorageError> {
        let transaction = durable(&self.db, &[RECORDS])?;
        let issue = || -> Result<(), JsValue> {
            let store = transaction.object_store(RECORDS)?;
            records.iter().try_for_each(|record| put_record(&store, record))
        };
        if let Err(error) = issue() {
            idb::abort(&transaction);
            return Err(refusal(&error));
        }
        idb::settled(&transaction).await
    }

    /// Replaces each record `(key, expected, new)` only if it still holds
    /// `expected` (`None`: absent), in one durable transaction; once it has
    /// committed, which were replaced (the others changed meanwhile, and
    /// are left as they are).
    pub async fn swap(&self, swaps: Vec<(String, Option<String>, Option<String>)>) -> Result<Vec<bool>, StorageError> {
        let transaction = durable(&self.db, &[RECORDS])?;
        let replaced = Rc::new(RefCell::new(vec![false; swaps.len()]));
        let outcome = Rc::new(RefCell::new(None::<StorageError>));
        let issue = || -> Result<(), JsValue> {
            let records = transaction.object_store(RECORDS)?;
            for (at, (key, expected, new)) in swaps.into_iter().enumerate() {
                let request = records.get(&JsValue::from_str(&key))?;
                let (request_now, store, replaced, outcome) =
                    (request.clone(), records.clone(), replaced.clone(), outcome.clone());
                let on_read = Closure::once_into_js(move |_: web_sys::Event| {
                    let stored = request_now.result().ok().filter(|record| !record.is_undefined());
                    if stored.and_then(|record| read_form(&record).1) != expected {
                        return;
                    }
                    if let Err(error) = put_record(&store, &Record { key, value: new }) {
                        outcome.borrow_mut().get_or_insert(refusal(&error));
                        let _ = store.transaction().abort();
                        return;
                    }
                    replaced.borrow_mut()[at] = true;
                });
                request.set_onsuccess(Some(on_read.unchecked_ref()));
            }
            Ok(())
        };
        if let Err(error) = issue() {
            idb::abort(&transaction);
            return Err(refusal(&error));
        }
        let settled = idb::settled(&transaction).await;
        if let Some(error) = outcome.borrow_mut().take() {
            return Err(error);
        }
        settled.map(|()| replaced.take())
    }

    /// Keeps the texts of imported documents `texts` (id, text), in one
    /// durable transaction.
    pub async fn put_texts(&self, texts: &[(String, String)]) -> Result<(), StorageError> {
        let transaction = durable(&self.db, &[TEXTS])?;
        let issue = || -> Result<(), JsValue> {
            let store = transaction.object_store(TEXTS)?;
            for (id, text) in texts {
                store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(id))?;
            }
            Ok(())
        };
        if let Err(error) = issue() {
            idb::abort(&transaction);
            return Err(refusal(&error));
        }
        idb::settled(&transaction).await
    }
}

/// Imported texts put this many at a time: each slice is put from the
/// success of the last put of the slice before, so the transaction is one
/// but no task holds 5,000 puts (the page paints and takes keys between).
const TEXTS_PER_TASK: usize = 250;

/// Puts `texts` from `from` on into `store`, a slice now and the rest from
/// the slice's last success; a put refused ends the transaction.
fn put_texts(
    store: web_sys::IdbObjectStore,
    texts: Rc<Vec<Rc<crate::core::text::document::Document>>>,
    from: usize,
    outcome: Rc<RefCell<Option<StorageError>>>,
) -> Result<(), JsValue> {
    let end = (from + TEXTS_PER_TASK).min(texts.len());
    let mut last = None;
    for document in &texts[from..end] {
        last = Some(store.put_with_key(&JsValue::from_str(document.text()), &JsValue::from_str(document.id.as_str()))?);
    }
    if let (Some(last), true) = (last, end < texts.len()) {
        let next = Closure::once_into_js(move |_: web_sys::Event| {
            if let Err(error) = put_texts(store.clone(), texts, end, outcome.clone()) {
                outcome.borrow_mut().get_or_insert(refusal(&error));
                let _ = store.transaction().abort();
            }
        });
        last.set_onsuccess(Some(next.unchecked_ref()));
    }
    Ok(())
}
