//! `use_packs_sync`: keeps the content packs in localStorage, and follows other tabs' changes.

use crate::storage::packs::{decode_packs_with, save_packs, DecodedPacks, StoredPacksReader, PACKS_KEY};
use crate::web::adapters::local_store::LocalStore;
use crate::web::hooks::AppContext;
use crate::web::state::Action;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Saves the packs after every local change; packs another tab adds or removes arrive here too.
#[hook]
pub fn use_packs_sync(state: AppContext, read: StoredPacksReader) {
    {
        let state = state.clone();
        use_effect_with(state.packs_unsaved, move |unsaved| {
            if *unsaved > 0 && state.packs_storage.may_write() && save_packs(&LocalStore::new(), &state.packs).is_err()
            {
                state.dispatch(Action::PacksStorageFailed);
            }
        });
    }
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() != Some(PACKS_KEY) {
                    return;
                }
                let shelf = match event.new_value().map(|raw| decode_packs_with(&raw, read)) {
                    Some(DecodedPacks::Current(shelf)) => shelf,
                    None => Default::default(),
                    _ => return,
                };
                state.dispatch(Action::PacksSynced(shelf));
            })
        });
        move || drop(listener)
    });
}
