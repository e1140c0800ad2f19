//! "Forget me": erasing everything the app keeps on the device.

use crate::storage::transfer::app_keys;
use crate::storage::KeyValueStore;
use crate::web::adapters::local_store::LocalStore;

/// Removes every key of the app from localStorage; returns how many were removed.
pub fn erase_local_storage() -> usize {
    let store = LocalStore::new();
    let keys = store.keys().unwrap_or_default();
    app_keys(&keys).iter().filter(|k| store.remove(k).is_ok()).count()
}
