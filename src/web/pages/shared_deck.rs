//! A deck opened from a shared link or QR code: its cases to play on this device, and an offer
//! to save the deck to present it.
//!
//! Shared links open in the learner app, so participants' phones never download the trainer
//! app; there the offer is a link to the same deck in the trainer app, where decks are kept.

use crate::domain::content::ContentKey;
use crate::domain::deck::link::{decode, SharedDeck};
use crate::i18n::placeholders::fill;
use crate::i18n::TrainerMsg;
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::{use_app, use_content};
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedDeckProps {
    pub code: String,
    /// Draws the offer to save the deck into the trainer's decks. Given by the trainer app only,
    /// so the learner app's code does not include the decks' storage.
    #[prop_or_default]
    pub save: Option<Callback<SharedDeck, Html>>,
}

#[function_component(SharedDeckPage)]
pub fn shared_deck(props: &SharedDeckProps) -> Html {
    let app = use_app();
    let l = app.locale;
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
    let cases = html! {
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
    };
    let offer = match &props.save {
        Some(save) => save.emit(shared),
        None => {
            let in_trainer = format!(
                "trainer.html{}",
                Route::SharedDeck {
                    code: props.code.clone()
                }
                .href()
            );
            html! {
                <>
                    <p class="actions">
                        <a href={in_trainer} class="button" aria-describedby="save-in-trainer-note" data-testid="save-in-trainer">{ TrainerMsg::SaveDeck.text(l) }</a>
                    </p>
                    <p id="save-in-trainer-note" class="shared-deck__note">{ TrainerMsg::SaveOpensTrainer.text(l) }</p>
                </>
            }
        }
    };
    html! {
        <div class="page page--shared-deck" data-testid="shared-deck">
            <p class="lead">{ TrainerMsg::SharedDeckHeading.text(l) }</p>
            <h1 dir="auto">{ name }</h1>
            <p>{ TrainerMsg::SharedDeckIntro.text(l) }</p>
            { cases }
            { offer }
        </div>
    }
}
