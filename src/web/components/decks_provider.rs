//! Provides the trainer's decks to every page: loaded once from localStorage, saved after each
//! change, and kept in step with other tabs through the `storage` event.

use crate::storage::decks::{decode_decks, load_decks, save_decks, DecodedDecks, DECKS_KEY};
use crate::web::adapters::{clock, local_store::LocalStore};
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
        let loaded = load_decks(&LocalStore::new(), clock::now());
        DecksState {
            decks: loaded.decks,
            status: loaded.status,
            unsaved: 0,
        }
    });

    {
        let state = state.clone();
        use_effect_with(state.unsaved, move |unsaved| {
            if *unsaved > 0 && state.status.may_write() && save_decks(&LocalStore::new(), &state.decks).is_err() {
                state.dispatch(DecksAction::StorageFailed);
            }
        });
    }

    // Decks another tab saves arrive through the `storage` event.
    {
        let state = state.clone();
        use_storage_event(DECKS_KEY, move |raw| {
            if let Some(DecodedDecks::Current(decks)) = raw.map(|raw| decode_decks(&raw)) {
                state.dispatch(DecksAction::Synced(decks));
            }
        });
    }

    html! {
        <ContextProvider<DecksContext> context={state}>
            { props.children.clone() }
        </ContextProvider<DecksContext>>
    }
}
