//! The IndexedDB journal: every stored record is also put here, in a
//! transaction with `durability: "strict"`, which survives a browser killed
//! right after a keypress (localStorage may lose the last seconds).

use crate::core::store::Merged;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction};

const DB_NAME: &str = "hamish";
const DB_VERSION: u32 = 2;
const STORE: &str = "journal";
/// Texts of imported documents, by document id.
const TEXTS: &str = "documents";

/// `IDBDatabase.transaction(store, "readwrite", { durability: "strict" })`:
/// the options argument is not in web-sys's stable bindings, so it is
/// called through JavaScript reflection.
fn durable_transaction(db: &IdbDatabase, store: &str) -> Result<IdbTransaction, JsValue> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"durability".into(), &"strict".into())?;
    let transaction: js_sys::Function = js_sys::Reflect::get(db, &"transaction".into())?.dyn_into()?;
    transaction.call3(db, &store.into(), &"readwrite".into(), &options)?.dyn_into::<IdbTransaction>()
}

/// One journal record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalEntry {
    /// The storage key.
    pub key: String,
    /// The record's sequence number.
    pub seq: u64,
    /// The record, or `None` for a removed key.
    pub value: Option<String>,
}

/// An open journal.
#[derive(Clone, Debug)]
pub struct Journal {
    db: IdbDatabase,
}

/// Resolves when `request` succeeds (to its result) or fails.
async fn settle(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await?;
    request.result()
}

impl Journal {
    /// Opens (creating if needed) the journal database.
    pub async fn open() -> Result<Journal, JsValue> {
        let factory = web_sys::window()
            .ok_or_else(|| JsValue::from_str("no window"))?
            .indexed_db()?
            .ok_or_else(|| JsValue::from_str("IndexedDB is unavailable"))?;
        let request = factory.open_with_u32(DB_NAME, DB_VERSION)?;
        let upgrade_request = request.clone();
        let on_upgrade = Closure::once(move |_: web_sys::Event| {
            if let Ok(db) = upgrade_request.result().and_then(|db| db.dyn_into::<IdbDatabase>()) {
                for store in [STORE, TEXTS] {
                    if !db.object_store_names().contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        });
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let db = settle(&request).await?.dyn_into::<IdbDatabase>()?;
        request.set_onupgradeneeded(None);
        drop(on_upgrade);
        Ok(Journal { db })
    }

    /// Puts a record (or, with `value` = `None`, a removal) for `key`, in a
    /// strictly durable transaction. Returns once the put is queued.
    pub fn put(&self, key: &str, seq: u64, value: Option<&str>) -> Result<(), JsValue> {
        let transaction = durable_transaction(&self.db, STORE)?;
        let record = js_sys::Object::new();
        js_sys::Reflect::set(&record, &"seq".into(), &JsValue::from_f64(seq as f64))?;
        js_sys::Reflect::set(&record, &"value".into(), &value.map_or(JsValue::NULL, JsValue::from_str))?;
        transaction.object_store(STORE)?.put_with_key(&record, &JsValue::from_str(key))?;
        Ok(())
    }

    /// In one durable transaction, which runs after every other tab's
    /// transaction on the journal that started before it: reads `key`'s
    /// record, puts back what `merge` makes of its value, and once that is
    /// committed hands it to `done`.
    pub fn update(
        &self,
        key: &str,
        merge: impl FnOnce(Option<String>) -> Merged + 'static,
        done: impl FnOnce(Merged) + 'static,
    ) -> Result<(), JsValue> {
        let transaction = durable_transaction(&self.db, STORE)?;
        let store = transaction.object_store(STORE)?;
        let request = store.get(&JsValue::from_str(key))?;
        let (request_now, key) = (request.clone(), key.to_string());
        let on_read = Closure::once_into_js(move |_: web_sys::Event| {
            let record = request_now.result().unwrap_or(JsValue::UNDEFINED);
            let value = js_sys::Reflect::get(&record, &"value".into()).ok().and_then(|value| value.as_string());
            let merged = merge(value);
            let put = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&put, &"seq".into(), &JsValue::from_f64(merged.seq as f64));
            let _ = js_sys::Reflect::set(&put, &"value".into(), &JsValue::from_str(&merged.value));
            let _ = store.put_with_key(&put, &JsValue::from_str(&key));
            let on_complete = Closure::once_into_js(move |_: web_sys::Event| done(merged));
            transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        });
        request.set_onsuccess(Some(on_read.unchecked_ref()));
        Ok(())
    }

    /// The value of `key`'s record, if any.
    pub async fn read(&self, key: &str) -> Result<Option<String>, JsValue> {
        let transaction = self.db.transaction_with_str(STORE)?;
        let request = transaction.object_store(STORE)?.get(&JsValue::from_str(key))?;
        let record = settle(&request).await?;
        Ok(js_sys::Reflect::get(&record, &"value".into()).ok().and_then(|value| value.as_string()))
    }

    /// Every record in the journal.
    pub async fn entries(&self) -> Result<Vec<JournalEntry>, JsValue> {
        let transaction = self.db.transaction_with_str(STORE)?;
        let store = transaction.object_store(STORE)?;
        let keys_request = store.get_all_keys()?;
        let values_request = store.get_all()?;
        let keys = js_sys::Array::from(&settle(&keys_request).await?);
        let values = js_sys::Array::from(&settle(&values_request).await?);
        let mut entries = Vec::new();
        for (key, record) in keys.iter().zip(values.iter()) {
            let Some(key) = key.as_string() else {
                continue;
            };
            let seq = js_sys::Reflect::get(&record, &"seq".into()).ok().and_then(|seq| seq.as_f64()).unwrap_or(0.0);
            let value = js_sys::Reflect::get(&record, &"value".into()).ok().and_then(|value| value.as_string());
            entries.push(JournalEntry { key, seq: seq as u64, value });
        }
        Ok(entries)
    }

    /// Keeps the texts of imported documents, `(id, text)`, in one durable
    /// transaction.
    pub fn put_texts(&self, texts: &[(&str, &str)]) -> Result<(), JsValue> {
        let transaction = durable_transaction(&self.db, TEXTS)?;
        let store = transaction.object_store(TEXTS)?;
        for (id, text) in texts {
            store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(id))?;
        }
        Ok(())
    }

    /// Forgets the text of imported document `id`.
    pub fn delete_text(&self, id: &str) -> Result<(), JsValue> {
        let transaction = durable_transaction(&self.db, TEXTS)?;
        transaction.object_store(TEXTS)?.delete(&JsValue::from_str(id))?;
        Ok(())
    }

    /// Every kept text of an imported document, by id, read in one go.
    pub async fn all_texts(&self) -> Result<std::collections::HashMap<String, String>, JsValue> {
        let transaction = self.db.transaction_with_str(TEXTS)?;
        let store = transaction.object_store(TEXTS)?;
        let (keys_request, values_request) = (store.get_all_keys()?, store.get_all()?);
        let keys = js_sys::Array::from(&settle(&keys_request).await?);
        let values = js_sys::Array::from(&settle(&values_request).await?);
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(key, value)| Some((key.as_string()?, value.as_string()?)))
            .collect())
    }

    /// The text of imported document `id`, if kept.
    pub async fn text(&self, id: &str) -> Result<Option<String>, JsValue> {
        let transaction = self.db.transaction_with_str(TEXTS)?;
        let request = transaction.object_store(TEXTS)?.get(&JsValue::from_str(id))?;
        Ok(settle(&request).await?.as_string())
    }
}
