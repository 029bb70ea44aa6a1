//! IndexedDB, made awaitable: opening a database, strictly durable
//! transactions, requests and transactions as futures, and the browser's
//! refusals turned into [`StorageError`]s.

use crate::browser::storage::StorageError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, IdbDatabase, IdbRequest, IdbTransaction};

/// What a refusal of the browser's means for the app.
pub fn refusal(error: &JsValue) -> StorageError {
    match error.dyn_ref::<DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => StorageError::Full,
        Some(exception) if exception.name() == "SecurityError" => StorageError::Unavailable,
        Some(exception) => StorageError::Refused(format!("{}: {}", exception.name(), exception.message())),
        None => StorageError::Refused(error.as_string().unwrap_or_else(|| format!("{error:?}"))),
    }
}

/// Opens database `name` at `version`, creating `stores` that are missing.
pub async fn open(name: &str, version: u32, stores: &'static [&'static str]) -> Result<IdbDatabase, StorageError> {
    let factory = web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .indexed_db()
        .map_err(|error| refusal(&error))?
        .ok_or(StorageError::Unavailable)?;
    let request = factory.open_with_u32(name, version).map_err(|error| refusal(&error))?;
    let upgrade_request = request.clone();
    let on_upgrade = Closure::once(move |_: web_sys::Event| {
        if let Ok(db) = upgrade_request.result().and_then(|db| db.dyn_into::<IdbDatabase>()) {
            for store in stores {
                if !db.object_store_names().contains(store) {
                    // A store that cannot be made fails every transaction
                    // on it, and those report why.
                    let _ = db.create_object_store(store);
                }
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let db = settle(&request).await.and_then(|db| db.dyn_into::<IdbDatabase>().map_err(|_| StorageError::Unavailable));
    request.set_onupgradeneeded(None);
    drop(on_upgrade);
    let db = db?;
    // A later version opened in another tab asks this one to make way.
    let closing = db.clone();
    let on_version_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| closing.close());
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
    Ok(db)
}

/// Resolves when `request` succeeds (to its result) or fails.
pub async fn settle(request: &IdbRequest) -> Result<JsValue, StorageError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    if outcome.is_err() {
        return Err(request.error().ok().flatten().map_or(StorageError::Unavailable, |error| refusal(&error)));
    }
    request.result().map_err(|error| refusal(&error))
}

/// A read-write transaction over `stores` with `durability: "strict"`: it
/// completes only once the data is on disk, so a crash just after cannot
/// take it back. The options argument is not in web-sys's stable
/// bindings, so it is passed through JavaScript.
pub fn durable(db: &IdbDatabase, stores: &[&str]) -> Result<IdbTransaction, StorageError> {
    let build = || -> Result<IdbTransaction, JsValue> {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"durability".into(), &"strict".into())?;
        let names: js_sys::Array = stores.iter().map(|store| JsValue::from_str(store)).collect();
        let transaction: js_sys::Function = js_sys::Reflect::get(db, &"transaction".into())?.dyn_into()?;
        transaction.call3(db, &names, &"readwrite".into(), &options)?.dyn_into::<IdbTransaction>()
    };
    build().map_err(|error| refusal(&error))
}

/// A read-only transaction over `stores`.
pub fn reading(db: &IdbDatabase, stores: &[&str]) -> Result<IdbTransaction, StorageError> {
    let names: js_sys::Array = stores.iter().map(|store| JsValue::from_str(store)).collect();
    db.transaction_with_str_sequence(&names).map_err(|error| refusal(&error))
}

/// Calls `done` once `transaction` has committed (`Ok`) or was aborted
/// (`Err`, with the reason: the quota, say).
pub fn on_settled(transaction: &IdbTransaction, done: impl FnOnce(Result<(), StorageError>) + 'static) {
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |outcome: Result<(), StorageError>| {
            if let Some(done) = done.borrow_mut().take() {
                done(outcome);
            }
        }
    };
    let complete = {
        let finish = finish.clone();
        Closure::once_into_js(move |_: web_sys::Event| finish(Ok(())))
    };
    let failed = transaction.clone();
    let abort = Closure::once_into_js(move |_: web_sys::Event| {
        let error = failed.error().map_or(StorageError::Refused("aborted".into()), |error| refusal(&error));
        finish(Err(error));
    });
    transaction.set_oncomplete(Some(complete.unchecked_ref()));
    transaction.set_onabort(Some(abort.unchecked_ref()));
}

/// Resolves once `transaction` has committed, or with why it was aborted.
pub async fn settled(transaction: &IdbTransaction) -> Result<(), StorageError> {
    let outcome = std::rc::Rc::new(std::cell::RefCell::new(None));
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let outcome = outcome.clone();
        on_settled(transaction, move |result| {
            *outcome.borrow_mut() = Some(result);
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let _ = JsFuture::from(promise).await;
    let result = outcome.borrow_mut().take();
    result.unwrap_or(Err(StorageError::Refused("the transaction never settled".into())))
}

/// Aborts `transaction` after a failed request, so nothing of it is kept.
pub fn abort(transaction: &IdbTransaction) {
    let _ = transaction.abort();
}
