//! A deck's past sessions on the decks page: each showing with its date and counts, newest first,
//! to reopen its summary (and export or print it again) or delete it.

use crate::domain::deck::{Deck, DeckEdit};
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, TrainerMsg};
use crate::web::adapters::clock;
use crate::web::components::session_summary::SessionSummary;
use crate::web::deck_state::DecksAction;
use crate::web::hooks::use_decks;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PastSessionsProps {
    pub deck: Deck,
    /// The deck's name as shown (a placeholder for an untitled deck).
    pub name: String,
    pub locale: Locale,
}

/// What the trainer is doing with one session of the list.
#[derive(Debug, Clone, PartialEq)]
enum Open {
    Nothing,
    Summary(String),
    ConfirmDelete(String),
}

#[function_component(PastSessions)]
pub fn past_sessions(props: &PastSessionsProps) -> Html {
    let l = props.locale;
    let decks = use_decks();
    let open = use_state(|| Open::Nothing);
    let mut sessions: Vec<_> = props.deck.sessions.iter().filter(|s| s.is_plausible()).collect();
    crate::domain::order::sort_by(&mut sessions, |a, b| b.started_at.total_cmp(&a.started_at));
    let toggle = |what: Open| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(if *open == what { Open::Nothing } else { what.clone() }))
    };
    html! {
        <section class="past-sessions" data-testid="past-sessions" aria-labelledby={format!("past-{}", props.deck.id)}>
            <h3 id={format!("past-{}", props.deck.id)}>{ TrainerMsg::PastSessionsHeading.text(l) }</h3>
            <p class="past-sessions__intro">{ TrainerMsg::PastSessionsIntro.text(l) }</p>
            <ul class="past-sessions__list" role="list">
                { for sessions.iter().map(|session| {
                    let when = clock::written(session.started_at, l);
                    let id = session.id.clone();
                    let ondelete = {
                        let decks = decks.clone();
                        let open = open.clone();
                        let deck = props.deck.id.clone();
                        let id = id.clone();
                        Callback::from(move |_: MouseEvent| {
                            decks.dispatch(DecksAction::Edit(DeckEdit::DeleteSession { id: deck.clone(), session: id.clone() }));
                            open.set(Open::Nothing);
                        })
                    };
                    let showing = *open == Open::Summary(id.clone());
                    html! {
                        <li class="past-session" data-testid="past-session">
                            <p class="past-session__what">
                                <strong data-testid="past-session-date">{ &when }</strong>
                                <span data-testid="past-session-counts">{ fill(TrainerMsg::SessionCounts.text(l), &[("questions", &session.questions().to_string()), ("votes", &session.votes().to_string())]) }</span>
                            </p>
                            <p class="actions">
                                <button type="button" class="button" onclick={toggle(Open::Summary(id.clone()))} aria-expanded={showing.to_string()} data-testid="past-session-open">
                                    { if showing { TrainerMsg::CloseSummary.text(l) } else { TrainerMsg::OpenSummary.text(l) } }
                                </button>
                                <button type="button" class="button button--quiet" onclick={toggle(Open::ConfirmDelete(id.clone()))} data-testid="past-session-delete">{ TrainerMsg::DeleteDeck.text(l) }</button>
                            </p>
                            if *open == Open::ConfirmDelete(id.clone()) {
                                <div class="notice notice--error" role="alert">
                                    <p>{ fill(TrainerMsg::ConfirmDeleteSession.text(l), &[("date", &when)]) }</p>
                                    <p class="actions">
                                        <button type="button" class="button" onclick={ondelete} data-testid="past-session-delete-yes">{ TrainerMsg::ConfirmDeleteYes.text(l) }</button>
                                        <button type="button" class="button button--quiet" onclick={toggle(Open::Nothing)}>{ TrainerMsg::Cancel.text(l) }</button>
                                    </p>
                                </div>
                            }
                            if showing {
                                <SessionSummary tally={session.tally.clone()} deck_name={props.name.clone()} started_at={session.started_at}
                                    id={format!("summary-{}", session.id)} open=true testid="past-summary" />
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
