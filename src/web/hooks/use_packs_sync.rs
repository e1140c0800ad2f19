//! `use_packs_sync`: keeps the content packs in localStorage, and follows other tabs' changes.

use crate::storage::packs::{decode_packs_with, DecodedPacks, PacksSaver, StoredPacksReader, PACKS_KEY};
use crate::web::adapters::local_store::LocalStore;
use crate::web::hooks::use_storage_event::use_storage_event;
use crate::web::hooks::AppContext;
use crate::web::state::Action;
use yew::prelude::*;

/// Saves the packs after every local change (with `save`, which only the trainer app has);
/// packs another tab adds or removes arrive here too.
#[hook]
pub fn use_packs_sync(state: AppContext, read: StoredPacksReader, save: Option<PacksSaver>) {
    {
        let state = state.clone();
        use_effect_with(state.packs_unsaved, move |unsaved| {
            let Some(save) = save else { return };
            if *unsaved > 0 && state.packs_storage.may_write() && save(&LocalStore::new(), &state.packs).is_err() {
                state.dispatch(Action::PacksStorageFailed);
            }
        });
    }
    // Packs another tab adds or removes arrive through the `storage` event.
    use_storage_event(PACKS_KEY, move |raw| {
        let shelf = match raw.map(|raw| decode_packs_with(&raw, read)) {
            Some(DecodedPacks::Current(shelf)) => shelf,
            None => Default::default(),
            _ => return,
        };
        state.dispatch(Action::PacksSynced(shelf));
    });
}
