//! Trainer mode's home: the decks on this device, to present, edit, duplicate, share or delete,
//! and the pages for the room (answer cards, audience window).

use crate::domain::content::ContentKey;
use crate::domain::deck::{Deck, DeckEdit};
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, TrainerMsg};
use crate::storage::StorageStatus;
use crate::web::components::deck_share::DeckShare;
use crate::web::components::past_sessions::PastSessions;
use crate::web::deck_state::{new_deck_id, DecksAction};
use crate::web::hooks::{use_app, use_content, use_decks};
use crate::web::route::{go_to, Route};
use yew::prelude::*;

/// A deck's name, or a placeholder when the trainer left it empty.
pub fn deck_name(deck: &Deck, l: Locale) -> String {
    if deck.name.trim().is_empty() {
        TrainerMsg::UntitledDeck.text(l).to_string()
    } else {
        deck.name.clone()
    }
}

/// What the trainer is doing with one deck of the list.
#[derive(Debug, Clone, PartialEq)]
enum Open {
    Nothing,
    Share(String),
    ConfirmDelete(String),
    Sessions(String),
}

#[function_component(Trainer)]
pub fn trainer() -> Html {
    let app = use_app();
    let l = app.locale;
    let decks = use_decks();
    let open = use_state(|| Open::Nothing);
    // The index is fetched early, so the editor and the presenter open without waiting.
    let _ = use_content(ContentKey::Index);

    let onnew = {
        let decks = decks.clone();
        Callback::from(move |_: MouseEvent| {
            let id = new_deck_id();
            let n = (decks.decks.decks.len() + 1).to_string();
            decks.dispatch(DecksAction::Edit(DeckEdit::Create {
                id: id.clone(),
                name: fill(TrainerMsg::DefaultDeckName.text(l), &[("n", &n)]),
                cases: vec![],
            }));
            go_to(&Route::DeckEditor { id });
        })
    };
    let notice = match &decks.status {
        StorageStatus::Saving => None,
        StorageStatus::Unreadable => Some(TrainerMsg::DecksUnreadable),
        StorageStatus::Unavailable => Some(TrainerMsg::DecksUnavailable),
        StorageStatus::Recovered { .. } => Some(TrainerMsg::DecksRecovered),
        StorageStatus::FromFuture { .. } => Some(TrainerMsg::DecksFromFuture),
    };

    html! {
        <div class="page page--trainer" data-testid="trainer">
            <h1>{ TrainerMsg::TrainerHeading.text(l) }</h1>
            <p class="lead">{ TrainerMsg::TrainerIntro.text(l) }</p>
            if let Some(notice) = notice {
                <div class="notice notice--warning" role="alert" data-testid="decks-notice"><p>{ notice.text(l) }</p></div>
            }
            <section aria-labelledby="decks-heading">
                <div class="section-head">
                    <h2 id="decks-heading">{ TrainerMsg::DecksHeading.text(l) }</h2>
                    <button type="button" class="button button--primary" onclick={onnew} data-testid="new-deck">{ TrainerMsg::NewDeck.text(l) }</button>
                </div>
                if decks.decks.decks.is_empty() {
                    <p data-testid="no-decks">{ TrainerMsg::NoDecks.text(l) }</p>
                }
                <ul class="deck-list" role="list" data-testid="deck-list">
                    { for decks.decks.decks.iter().map(|deck| deck_item(deck, l, &decks, &open)) }
                </ul>
            </section>
            <section aria-labelledby="tools-heading">
                <h2 id="tools-heading">{ TrainerMsg::ToolsHeading.text(l) }</h2>
                <ul class="trainer-tools">
                    <li><a href={Route::Editor.href()} data-testid="editor-link">{ crate::i18n::editor_catalogue::EditorMsg::EditorLink.text(l) }</a></li>
                    <li><a href={Route::Vote.href()}>{ TrainerMsg::AnswerCardsLink.text(l) }</a></li>
                </ul>
            </section>
        </div>
    }
}

fn deck_item(
    deck: &Deck,
    l: Locale,
    decks: &crate::web::hooks::use_decks::DecksContext,
    open: &UseStateHandle<Open>,
) -> Html {
    let name = deck_name(deck, l);
    let id = deck.id.clone();
    let onduplicate = {
        let decks = decks.clone();
        let id = id.clone();
        let name = name.clone();
        Callback::from(move |_: MouseEvent| {
            decks.dispatch(DecksAction::Edit(DeckEdit::Duplicate {
                id: id.clone(),
                new_id: new_deck_id(),
                name: fill(TrainerMsg::CopyName.text(l), &[("name", &name)]),
            }))
        })
    };
    let toggle = |what: Open| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(if *open == what { Open::Nothing } else { what.clone() }))
    };
    let ondelete = {
        let decks = decks.clone();
        let open = open.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            decks.dispatch(DecksAction::Edit(DeckEdit::Delete { id: id.clone() }));
            open.set(Open::Nothing);
        })
    };
    let empty = deck.cases.is_empty();
    html! {
        <li class="deck-card" data-deck-id={id.clone()} data-testid="deck">
            <h3 class="deck-card__name" dir="auto">{ &name }</h3>
            <p class="deck-card__meta">{ fill(TrainerMsg::DeckCaseCount.text(l), &[("count", &deck.cases.len().to_string())]) }</p>
            <p class="actions">
                if !empty {
                    <a href={Route::Present { id: id.clone() }.href()} class="button button--primary">{ TrainerMsg::Present.text(l) }</a>
                    <a href={Route::OneScreen { id: id.clone() }.href()} class="button">{ TrainerMsg::OneScreen.text(l) }</a>
                }
                <a href={Route::DeckEditor { id: id.clone() }.href()} class="button">{ TrainerMsg::EditDeck.text(l) }</a>
                if !empty {
                    <a href={Route::Handout { id: id.clone() }.href()} class="button" data-testid="handout-link">{ TrainerMsg::HandoutButton.text(l) }</a>
                }
                <button type="button" class="button" onclick={onduplicate} data-testid="duplicate">{ TrainerMsg::DuplicateDeck.text(l) }</button>
                <button type="button" class="button" onclick={toggle(Open::Share(id.clone()))} data-testid="share"
                    aria-expanded={(*open.clone() == Open::Share(id.clone())).to_string()}>{ TrainerMsg::ShareDeck.text(l) }</button>
                if !deck.sessions.is_empty() {
                    <button type="button" class="button" onclick={toggle(Open::Sessions(id.clone()))} data-testid="sessions"
                        aria-expanded={(*open.clone() == Open::Sessions(id.clone())).to_string()}>
                        { fill(TrainerMsg::PastSessionsButton.text(l), &[("count", &deck.sessions.len().to_string())]) }
                    </button>
                }
                <button type="button" class="button button--quiet" onclick={toggle(Open::ConfirmDelete(id.clone()))} data-testid="delete">{ TrainerMsg::DeleteDeck.text(l) }</button>
            </p>
            if **open == Open::ConfirmDelete(id.clone()) {
                <div class="notice notice--error" role="alert" data-testid="confirm-delete">
                    <p>{ fill(TrainerMsg::ConfirmDelete.text(l), &[("name", &name)]) }</p>
                    <p class="actions">
                        <button type="button" class="button" onclick={ondelete} data-testid="confirm-delete-yes">{ TrainerMsg::ConfirmDeleteYes.text(l) }</button>
                        <button type="button" class="button button--quiet" onclick={toggle(Open::Nothing)}>{ TrainerMsg::Cancel.text(l) }</button>
                    </p>
                </div>
            }
            if **open == Open::Share(id.clone()) {
                <DeckShare deck={deck.clone()} locale={l} />
            }
            if **open == Open::Sessions(id.clone()) {
                <PastSessions deck={deck.clone()} name={name.clone()} locale={l} />
            }
        </li>
    }
}
