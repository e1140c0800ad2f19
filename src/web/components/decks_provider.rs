//! Provides the trainer's decks to every page: loaded once from localStorage, saved after each
//! change, and kept in step with other tabs through the `storage` event.

use crate::storage::decks::{decode_decks, load_decks, save_decks, DECKS_KEY};
use crate::storage::{Decoded, Saved, StorageStatus};
use crate::web::adapters::local_store::LocalStore;
use crate::web::deck_state::{DecksAction, DecksState};
use crate::web::hooks::use_decks::DecksContext;
use crate::web::hooks::use_storage_event::use_storage_event;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DecksProviderProps {
    pub children: Html,
}

#[function_component(DecksProvider)]
pub fn decks_provider(props: &DecksProviderProps) -> Html {
    let state = use_reducer(|| {
        let loaded = load_decks(&LocalStore::new());
        DecksState {
            decks: loaded.value,
            status: loaded.status,
            seen: loaded.seen,
            unsaved: 0,
        }
    });

    {
        let state = state.clone();
        use_effect_with(state.unsaved, move |unsaved| {
            if *unsaved == 0 || !state.status.may_write() {
                return;
            }
            let action = match save_decks(&LocalStore::new(), &state.decks, state.seen) {
                Ok(Saved::Written(_)) => DecksAction::Saved(StorageStatus::Saving),
                Ok(Saved::Recovered { backup_key, .. }) => DecksAction::Saved(StorageStatus::Recovered { backup_key }),
                Ok(Saved::Erased) => DecksAction::Erased,
                Ok(Saved::FromFuture(schema)) => DecksAction::StatusChanged(StorageStatus::FromFuture { schema }),
                Ok(Saved::Unreadable) => DecksAction::StatusChanged(StorageStatus::Unreadable),
                Err(_) => DecksAction::StorageFailed,
            };
            state.dispatch(action);
        });
    }

    // Decks another tab saves arrive through the `storage` event; its "Forget me" arrives as a
    // removed key, and the decks here are erased too rather than written back.
    {
        let state = state.clone();
        use_storage_event(DECKS_KEY, move |raw| match raw.map(|raw| decode_decks(&raw)) {
            None => state.dispatch(DecksAction::Erased),
            Some(Decoded::Current(decks)) => state.dispatch(DecksAction::Synced(decks)),
            Some(_) => {}
        });
    }

    html! {
        <ContextProvider<DecksContext> context={state}>
            { props.children.clone() }
        </ContextProvider<DecksContext>>
    }
}
