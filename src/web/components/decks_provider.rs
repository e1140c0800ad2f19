//! Provides the trainer's decks to every page: loaded once from localStorage, saved after each
//! change, and kept in step with other tabs through the `storage` event.

use crate::storage::decks::{decode_decks, load_decks, save_decks, DecodedDecks, DECKS_KEY};
use crate::web::adapters::{clock, local_store::LocalStore};
use crate::web::deck_state::{DecksAction, DecksState};
use crate::web::hooks::use_decks::DecksContext;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
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

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(DECKS_KEY) {
                        return;
                    }
                    if let Some(DecodedDecks::Current(decks)) = event.new_value().map(|raw| decode_decks(&raw)) {
                        state.dispatch(DecksAction::Synced(decks));
                    }
                })
            });
            move || drop(listener)
        });
    }

    html! {
        <ContextProvider<DecksContext> context={state}>
            { props.children.clone() }
        </ContextProvider<DecksContext>>
    }
}
