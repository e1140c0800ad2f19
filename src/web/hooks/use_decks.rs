//! `use_decks`: the trainer's decks, from [`crate::web::components::decks_provider::DecksProvider`].

use crate::web::deck_state::DecksState;
use yew::prelude::*;

/// The handle pages use to read and edit the decks.
pub type DecksContext = UseReducerHandle<DecksState>;

/// The decks; panics only if a component is rendered outside the provider, a programming error.
#[hook]
pub fn use_decks() -> DecksContext {
    use_context::<DecksContext>().expect("components are rendered inside DecksProvider")
}
