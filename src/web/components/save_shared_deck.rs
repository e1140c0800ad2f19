//! The trainer app's offer on a shared deck: save it into the trainer's decks, to present it.

use crate::domain::deck::link::SharedDeck;
use crate::domain::deck::DeckEdit;
use crate::i18n::TrainerMsg;
use crate::web::deck_state::{new_deck_id, DecksAction};
use crate::web::hooks::{use_app, use_decks};
use crate::web::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveSharedDeckProps {
    pub shared: SharedDeck,
}

/// Drawn inside `DecksProvider`; once saved (here or before), says so and leads to the decks.
#[function_component(SaveSharedDeck)]
pub fn save_shared_deck(props: &SaveSharedDeckProps) -> Html {
    let l = use_app().locale;
    let decks = use_decks();
    let shared = &props.shared;
    let saved = decks.decks.find_same(&shared.name, &shared.cases).is_some();
    let onsave = {
        let decks = decks.clone();
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            decks.dispatch(DecksAction::Edit(DeckEdit::Create {
                id: new_deck_id(),
                name: shared.name.clone(),
                cases: shared.cases.clone(),
            }))
        })
    };
    html! {
        <p class="actions">
            if saved {
                <span class="status status--done" data-testid="deck-saved">{ TrainerMsg::DeckSaved.text(l) }</span>
                <a href={Route::Trainer.href()} class="button">{ TrainerMsg::BackToDecks.text(l) }</a>
            } else {
                <button type="button" class="button" onclick={onsave} data-testid="save-deck">{ TrainerMsg::SaveDeck.text(l) }</button>
            }
        </p>
    }
}
