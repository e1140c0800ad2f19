//! localStorage as a [`KeyValueStore`]; every failure (blocked, full, missing) becomes a `StoreError`.

use crate::storage::{KeyValueStore, StoreError};
use wasm_bindgen::JsValue;
use web_sys::Storage;

/// The browser's localStorage, or nothing when it is disabled.
pub struct LocalStore {
    storage: Option<Storage>,
}

impl LocalStore {
    pub fn new() -> Self {
        // Reading `localStorage` itself can throw (blocked cookies, sandboxed frames).
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        LocalStore { storage }
    }

    /// The browser's sessionStorage: kept across reloads of this tab only, gone when it closes.
    pub fn session() -> Self {
        let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
        LocalStore { storage }
    }

    fn storage(&self) -> Result<&Storage, StoreError> {
        self.storage.as_ref().ok_or(StoreError::Unavailable)
    }
}

impl Default for LocalStore {
    fn default() -> Self {
        Self::new()
    }
}

/// The value under `key` as the browser holds it (a JavaScript string, or null), unconverted.
fn raw_item(storage: &Storage, key: &str) -> Result<JsValue, StoreError> {
    let get = js_sys::Reflect::get(storage, &"getItem".into()).map_err(|_| StoreError::Unavailable)?;
    js_sys::Function::from(get)
        .call1(storage, &JsValue::from_str(key))
        .map_err(|_| StoreError::Unavailable)
}

fn write_error(error: wasm_bindgen::JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name.contains("Quota") {
        StoreError::QuotaExceeded
    } else {
        StoreError::Unavailable
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?.get_item(key).map_err(|_| StoreError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(write_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(write_error)
    }

    /// Copies in JavaScript, string to string: a value holding lone surrogates (which a Rust
    /// `String` cannot hold) is copied exactly, not with replacement characters.
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let storage = self.storage()?;
        let value = raw_item(storage, from)?;
        if value.is_null() {
            return Ok(());
        }
        let set = js_sys::Reflect::get(storage, &"setItem".into()).map_err(|_| StoreError::Unavailable)?;
        js_sys::Function::from(set)
            .call2(storage, &JsValue::from_str(to), &value)
            .map(|_| ())
            .map_err(write_error)
    }

    /// Compares in JavaScript, so values that differ only in lone surrogates are told apart.
    fn same(&self, a: &str, b: &str) -> Result<bool, StoreError> {
        let storage = self.storage()?;
        Ok(raw_item(storage, a)? == raw_item(storage, b)?)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = self.storage()?;
        let len = storage.length().map_err(|_| StoreError::Unavailable)?;
        Ok((0..len).filter_map(|i| storage.key(i).ok().flatten()).collect())
    }
}
