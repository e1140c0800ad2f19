//! Opens a deck for presenting: finds it on the device, reads each case's number of steps from the
//! index, and hands the starting show to the page; or says why it cannot.

use crate::domain::content::ContentKey;
use crate::domain::presenter::{DeckCase, Show};
use crate::i18n::TrainerMsg;
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::{use_app, use_content, use_decks};
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShowGateProps {
    pub deck_id: String,
    /// Draws the page from the show the deck starts with.
    pub render: Callback<Show, Html>,
}

#[function_component(ShowGate)]
pub fn show_gate(props: &ShowGateProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let decks = use_decks();
    let index = use_content(ContentKey::Index);
    let problem = |text: &str| {
        html! {
            <div class="page" data-testid="show-problem">
                <h1>{ TrainerMsg::TrainerHeading.text(l) }</h1>
                <p>{ text.to_string() }</p>
                <p><Link<Route> to={Route::Trainer} classes="button">{ TrainerMsg::BackToDecks.text(l) }</Link<Route>></p>
            </div>
        }
    };
    let Some(deck) = decks.decks.get(&props.deck_id) else {
        return problem(TrainerMsg::DeckNotFound.text(l));
    };
    let Some(index) = index.doc().and_then(|d| d.as_index()) else {
        return html! { <div class="page"><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    let cases = deck
        .cases
        .iter()
        .filter_map(|id| index.cases.iter().find(|c| &c.id == id))
        .map(|c| DeckCase {
            id: c.id.clone(),
            steps: c.steps,
        })
        .collect();
    let name = if deck.name.trim().is_empty() {
        TrainerMsg::UntitledDeck.text(l).to_string()
    } else {
        deck.name.clone()
    };
    let show = Show::new(deck.id.clone(), name, cases);
    if show.cases.is_empty() {
        return problem(TrainerMsg::DeckCannotPresent.text(l));
    }
    props.render.emit(show)
}
