//! A deck opened from a shared link or QR code: its cases to play on this device, and an offer
//! to save the deck to present it.

use crate::domain::content::ContentKey;
use crate::domain::deck::link::decode;
use crate::domain::deck::DeckEdit;
use crate::i18n::placeholders::fill;
use crate::i18n::TrainerMsg;
use crate::web::components::load_status::LoadStatus;
use crate::web::deck_state::{new_deck_id, DecksAction};
use crate::web::hooks::{use_app, use_content, use_decks};
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedDeckProps {
    pub code: String,
}

#[function_component(SharedDeckPage)]
pub fn shared_deck(props: &SharedDeckProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let decks = use_decks();
    let index = use_content(ContentKey::Index);
    let Ok(shared) = decode(&props.code) else {
        return html! {
            <div class="page" data-testid="bad-deck-link">
                <h1>{ TrainerMsg::SharedDeckHeading.text(l) }</h1>
                <p class="notice notice--error">{ TrainerMsg::BadLink.text(l) }</p>
            </div>
        };
    };
    let Some(index) = index.doc().and_then(|d| d.as_index().cloned()) else {
        return html! { <div class="page"><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    let name = if shared.name.is_empty() {
        TrainerMsg::UntitledDeck.text(l).to_string()
    } else {
        shared.name.clone()
    };
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
        <div class="page page--shared-deck" data-testid="shared-deck">
            <p class="lead">{ TrainerMsg::SharedDeckHeading.text(l) }</p>
            <h1 dir="auto">{ name }</h1>
            <p>{ TrainerMsg::SharedDeckIntro.text(l) }</p>
            <ol class="deck-cases" role="list" data-testid="shared-cases">
                { for shared.cases.iter().enumerate().map(|(i, id)| html! {
                    <li class="deck-case" data-case-id={id.clone()}>
                        <span class="deck-case__number" aria-hidden="true">{ i + 1 }</span>
                        {
                            match index.cases.iter().find(|c| &c.id == id) {
                                Some(c) => html! {
                                    <span class="deck-case__title"><a href={Route::Case { id: id.clone() }.href()}>{ &c.title }</a></span>
                                },
                                None => html! { <span class="deck-case__title">{ fill(TrainerMsg::CaseMissing.text(l), &[("id", id)]) }</span> },
                            }
                        }
                    </li>
                }) }
            </ol>
            <p class="actions">
                if saved {
                    <span class="status status--done" data-testid="deck-saved">{ TrainerMsg::DeckSaved.text(l) }</span>
                    <a href={Route::Trainer.href()} class="button">{ TrainerMsg::BackToDecks.text(l) }</a>
                } else {
                    <button type="button" class="button button--primary" onclick={onsave} data-testid="save-deck">{ TrainerMsg::SaveDeck.text(l) }</button>
                }
            </p>
        </div>
    }
}
