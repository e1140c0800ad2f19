//! `use_packs_sync`: keeps the content packs in localStorage, and follows other tabs' changes.

use crate::storage::packs::{decode_packs, PacksSaver, PACKS_KEY};
use crate::storage::{Decoded, Saved, StorageStatus};
use crate::web::adapters::local_store::LocalStore;
use crate::web::hooks::use_storage_event::use_storage_event;
use crate::web::hooks::AppContext;
use crate::web::state::Action;
use yew::prelude::*;

/// Saves the packs after every local change (with `save`, which only the trainer app has);
/// packs another tab adds or removes arrive here too, checked again by this app.
#[hook]
pub fn use_packs_sync(state: AppContext, save: Option<PacksSaver>) {
    {
        let state = state.clone();
        use_effect_with(state.packs_unsaved, move |unsaved| {
            let Some(save) = save else { return };
            if *unsaved == 0 || !state.packs_storage.may_write() {
                return;
            }
            let action = match save(&LocalStore::new(), &state.packs, state.packs_seen) {
                Ok(Saved::Written(_)) => Action::PacksSaved(StorageStatus::Saving),
                Ok(Saved::Recovered { backup_key, .. }) => Action::PacksSaved(StorageStatus::Recovered { backup_key }),
                // Progress's own save sees the erasure too and starts the whole app afresh.
                Ok(Saved::Erased) => Action::PacksSynced(Default::default()),
                Ok(Saved::FromFuture(schema)) => Action::PacksStorageChanged(StorageStatus::FromFuture { schema }),
                Ok(Saved::Unreadable) => Action::PacksStorageChanged(StorageStatus::Unreadable),
                Err(_) => Action::PacksStorageFailed,
            };
            state.dispatch(action);
        });
    }
    // Packs another tab adds or removes arrive through the `storage` event (a removed key: none).
    use_storage_event(PACKS_KEY, move |raw| {
        let shelf = match raw.map(|raw| decode_packs(&raw)) {
            Some(Decoded::Current(shelf)) => shelf,
            None => Default::default(),
            _ => return,
        };
        state.dispatch(Action::PacksSynced(shelf));
    });
}
