//! A deck opened from a shared link or QR code: its cases to play on this device in order, each
//! marked done (with its score), in progress or not started, and one main button, "Start" then
//! "Resume"; below, for trainers, an offer to save the deck to present it.
//!
//! Shared links open in the learner app, so participants' phones never download the trainer
//! app; there the offer is a link to the same deck in the trainer app, where decks are kept.

use crate::domain::content::ContentKey;
use crate::domain::deck::link::{decode, SharedDeck};
use crate::domain::deck::play::{DeckAction, DeckProgress};
use crate::domain::progress::CaseStatus;
use crate::domain::safety::case_number;
use crate::i18n::placeholders::fill;
use crate::i18n::safety_catalogue::case_title;
use crate::i18n::{Msg, TrainerMsg};
use crate::web::components::load_status::LoadStatus;
use crate::web::components::progress_bar::ProgressBar;
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
    let discreet = app.progress.preferences.discreet;
    let name = if shared.name.is_empty() {
        TrainerMsg::UntitledDeck.text(l).to_string()
    } else {
        shared.name.clone()
    };
    // The deck's cases this copy of the app has: the others can be neither played nor done.
    let playable: Vec<&str> = shared
        .cases
        .iter()
        .map(String::as_str)
        .filter(|id| index.position(id).is_some())
        .collect();
    let deck = DeckProgress::of(&app.progress, &playable);
    let in_deck = |id: &str| {
        Route::DeckCase {
            code: props.code.clone(),
            id: id.to_string(),
        }
        .href()
    };
    let main_action = match &deck.action {
        DeckAction::Start(id) => html! {
            <a href={in_deck(id)} class="button button--primary" data-testid="deck-start">{ TrainerMsg::DeckStart.text(l) }</a>
        },
        DeckAction::Resume(id) => html! {
            <a href={in_deck(id)} class="button button--primary" data-testid="deck-resume">{ TrainerMsg::DeckResume.text(l) }</a>
        },
        DeckAction::Finished => html! {
            <>
                <span class="status status--done" data-testid="deck-finished">{ TrainerMsg::DeckAllDone.text(l) }</span>
                if let Some(first) = playable.first() {
                    <a href={in_deck(first)} class="button">{ TrainerMsg::DeckStartAgain.text(l) }</a>
                }
            </>
        },
    };
    let cases = html! {
        <ol class="deck-cases deck-cases--play" role="list" data-testid="shared-cases">
            { for shared.cases.iter().enumerate().map(|(i, id)| {
                let status = deck.cases.iter().find(|(c, _)| c == id).map(|(_, s)| *s);
                let (class, words) = match status {
                    Some(CaseStatus::Done(score)) => ("status status--done", fill(Msg::CaseDone.text(l), &[("score", &score.to_string())])),
                    Some(CaseStatus::InProgress) => ("status status--progress", Msg::CaseInProgress.text(l).to_string()),
                    _ => ("status status--new", Msg::CaseNotStarted.text(l).to_string()),
                };
                let state = match status {
                    Some(CaseStatus::Done(_)) => "done",
                    Some(CaseStatus::InProgress) => "in-progress",
                    _ => "not-started",
                };
                html! {
                    <li class="deck-case" data-case-id={id.clone()} data-status={state}>
                        <span class="deck-case__number" aria-hidden="true">{ i + 1 }</span>
                        {
                            match index.cases.iter().find(|c| &c.id == id) {
                                Some(c) => html! {
                                    <>
                                        <span class="deck-case__title"><a href={in_deck(id)} dir="auto">{ case_title(&c.title, case_number(&index, id), discreet, l) }</a></span>
                                        <span class={class} data-testid="deck-case-status">{ words }</span>
                                    </>
                                },
                                None => html! { <span class="deck-case__title">{ fill(TrainerMsg::CaseMissing.text(l), &[("id", id)]) }</span> },
                            }
                        }
                    </li>
                }
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
                    <p><a href={in_trainer} aria-describedby="save-in-trainer-note" data-testid="save-in-trainer">{ TrainerMsg::SaveDeck.text(l) }</a></p>
                    <p id="save-in-trainer-note" class="shared-deck__note">{ TrainerMsg::SaveOpensTrainer.text(l) }</p>
                </>
            }
        }
    };
    let total = deck.total().max(1);
    html! {
        <div class="page page--shared-deck" data-testid="shared-deck">
            <p class="lead">{ TrainerMsg::SharedDeckHeading.text(l) }</p>
            <h1 dir="auto">{ name }</h1>
            <p>{ TrainerMsg::SharedDeckIntro.text(l) }</p>
            if deck.total() > 0 {
                <div class="shared-deck__progress">
                    <p data-testid="deck-done-count">{ fill(TrainerMsg::DeckDoneCount.text(l), &[("done", &deck.done.to_string()), ("total", &deck.total().to_string())]) }</p>
                    <ProgressBar percent={deck.done * 100 / total} />
                </div>
                <p class="actions shared-deck__main">{ main_action }</p>
            }
            { cases }
            <section class="shared-deck__trainers" aria-labelledby="shared-deck-trainers">
                <h2 id="shared-deck-trainers">{ TrainerMsg::ForTrainersHeading.text(l) }</h2>
                { offer }
            </section>
        </div>
    }
}
