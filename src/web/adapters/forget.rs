//! "Forget me": erasing everything the app keeps on the device.

use crate::storage::transfer::app_keys;
use crate::storage::KeyValueStore;
use crate::web::adapters::local_store::LocalStore;

/// Deletes the app's service-worker caches (the offline copy); the worker fetches them again.
pub fn erase_caches() {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(keys) = wasm_bindgen_futures::JsFuture::from(caches.keys()).await else {
            return;
        };
        for key in js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()) {
            if key.starts_with("tipsom-") {
                let _ = wasm_bindgen_futures::JsFuture::from(caches.delete(&key)).await;
            }
        }
    });
}

/// Removes every key of the app from localStorage, and from this tab's sessionStorage (where a
/// presenter window keeps its place); returns how many were removed.
pub fn erase_local_storage() -> usize {
    [LocalStore::new(), LocalStore::session()]
        .iter()
        .map(|store| {
            let keys = store.keys().unwrap_or_default();
            app_keys(&keys).iter().filter(|k| store.remove(k).is_ok()).count()
        })
        .sum()
}
