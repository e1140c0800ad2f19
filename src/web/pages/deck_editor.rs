//! Building a deck: its name, its cases in order, and the bank's cases to add, filtered by
//! audience, verdict and topic. Every change is saved as it is made.

use crate::domain::case::{Topic, Track};
use crate::domain::content::{CaseSummary, ContentKey};
use crate::domain::deck::{CaseFilter, DeckEdit};
use crate::domain::verdict::Verdict;
use crate::i18n::grammar::Counted;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Msg, TrainerMsg};
use crate::web::adapters::document;
use crate::web::components::filter_select::filter_select;
use crate::web::components::load_status::LoadStatus;
use crate::web::deck_state::DecksAction;
use crate::web::hooks::{use_app, use_content, use_decks};
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeckEditorProps {
    pub id: String,
}

#[function_component(DeckEditor)]
pub fn deck_editor(props: &DeckEditorProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let decks = use_decks();
    let index = use_content(ContentKey::Index);
    let filter = use_state(CaseFilter::default);

    let Some(deck) = decks.decks.get(&props.id).cloned() else {
        return html! {
            <div class="page" data-testid="deck-not-found">
                <h1>{ TrainerMsg::EditDeckHeading.text(l) }</h1>
                <p>{ TrainerMsg::DeckNotFound.text(l) }</p>
                <p><a href={Route::Trainer.href()} class="button">{ TrainerMsg::BackToDecks.text(l) }</a></p>
            </div>
        };
    };
    let Some(index) = index.doc().and_then(|d| d.as_index().cloned()) else {
        return html! { <div class="page"><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    let edit = {
        let decks = decks.clone();
        move |edit: DeckEdit| decks.dispatch(DecksAction::Edit(edit))
    };
    let id = deck.id.clone();
    let onname = {
        let edit = edit.clone();
        let id = id.clone();
        Callback::from(move |e: InputEvent| {
            edit(DeckEdit::Rename {
                id: id.clone(),
                name: document::input_value(&e),
            });
        })
    };
    let on_track = {
        let filter = filter.clone();
        Callback::from(move |track: Option<Track>| filter.set(CaseFilter { track, ..*filter }))
    };
    let on_verdict = {
        let filter = filter.clone();
        Callback::from(move |verdict: Option<Verdict>| filter.set(CaseFilter { verdict, ..*filter }))
    };
    let on_topic = {
        let filter = filter.clone();
        Callback::from(move |topic: Option<Topic>| filter.set(CaseFilter { topic, ..*filter }))
    };
    let find = |case_id: &str| index.cases.iter().find(|c| c.id == case_id);
    let count = deck.cases.len();
    let chosen = deck.cases.iter().enumerate().map(|(i, case_id)| {
        let title = find(case_id)
            .map(|c| c.title.clone())
            .unwrap_or_else(|| fill(TrainerMsg::CaseMissing.text(l), &[("id", case_id)]));
        let act = |e: DeckEdit| {
            let edit = edit.clone();
            Callback::from(move |_: MouseEvent| edit(e.clone()))
        };
        html! {
            <li class="deck-case" data-case-id={case_id.clone()}>
                <span class="deck-case__number" aria-hidden="true">{ i + 1 }</span>
                <span class="deck-case__title" dir="auto">{ &title }</span>
                <span class="deck-case__actions">
                    <button type="button" class="button votes__button" disabled={i == 0} data-testid="move-up"
                        aria-label={fill(TrainerMsg::MoveUp.text(l), &[("title", &title)])}
                        onclick={act(DeckEdit::MoveCase { id: id.clone(), from: i, to: i.saturating_sub(1) })}>{ "↑" }</button>
                    <button type="button" class="button votes__button" disabled={i + 1 == count} data-testid="move-down"
                        aria-label={fill(TrainerMsg::MoveDown.text(l), &[("title", &title)])}
                        onclick={act(DeckEdit::MoveCase { id: id.clone(), from: i, to: i + 1 })}>{ "↓" }</button>
                    <button type="button" class="button votes__button" data-testid="remove-case"
                        aria-label={fill(TrainerMsg::RemoveCase.text(l), &[("title", &title)])}
                        onclick={act(DeckEdit::RemoveCase { id: id.clone(), index: i })}>{ "✕" }</button>
                </span>
            </li>
        }
    });
    let shown: Vec<&CaseSummary> = filter.apply(&index.cases);
    let available = shown.into_iter().map(|c| {
        let in_deck = deck.cases.contains(&c.id);
        let onadd = {
            let edit = edit.clone();
            let id = id.clone();
            let case = c.id.clone();
            Callback::from(move |_: MouseEvent| {
                edit(DeckEdit::AddCase {
                    id: id.clone(),
                    case: case.clone(),
                })
            })
        };
        let tracks: Vec<&str> = c.tracks.iter().map(|t| labels::track(*t, l)).collect();
        html! {
            <li class="case-card deck-pick" data-case-id={c.id.clone()}>
                <div>
                    <h3 class="case-card__title" dir="auto">{ &c.title }</h3>
                    <p class="case-card__meta">
                        <span>{ Counted::Steps.phrase(c.steps, l) }</span>
                        if let Some(v) = c.verdict { <span>{ labels::verdict(v, l) }</span> }
                        <span>{ labels::join(&tracks, l) }</span>
                    </p>
                </div>
                if in_deck {
                    <span class="status status--done">{ TrainerMsg::InDeck.text(l) }</span>
                } else {
                    <button type="button" class="button" onclick={onadd} data-testid="add-case"
                        aria-label={fill(TrainerMsg::AddCase.text(l), &[("title", &c.title)])}>{ TrainerMsg::Add.text(l) }</button>
                }
            </li>
        }
    });
    html! {
        <div class="page page--deck-editor" data-testid="deck-editor">
            <h1>{ TrainerMsg::EditDeckHeading.text(l) }</h1>
            <div class="filter filter--name">
                <label for="deck-name">{ TrainerMsg::DeckNameLabel.text(l) }</label>
                <input id="deck-name" type="text" dir="auto" value={deck.name.clone()} oninput={onname} maxlength="80" autocomplete="off" />
            </div>
            <h2>{ TrainerMsg::DeckCasesHeading.text(l) }</h2>
            if deck.cases.is_empty() {
                <p>{ TrainerMsg::DeckEmpty.text(l) }</p>
            }
            <ol class="deck-cases" role="list" data-testid="deck-cases">{ for chosen }</ol>
            <p class="actions">
                <a href={Route::Trainer.href()} class="button button--primary">{ TrainerMsg::Done.text(l) }</a>
                if !deck.cases.is_empty() {
                    <a href={Route::Present { id: id.clone() }.href()} class="button">{ TrainerMsg::Present.text(l) }</a>
                }
            </p>
            <h2>{ TrainerMsg::AddCasesHeading.text(l) }</h2>
            <div class="filters" role="search" aria-label={Msg::FiltersLabel.text(l)}>
                { filter_select("deck-filter-track", Msg::FilterTrack, l, &Track::ALL, filter.track, |t| labels::track(t, l), on_track) }
                { filter_select("deck-filter-verdict", Msg::FilterVerdict, l, &Verdict::ALL, filter.verdict, |v| labels::verdict(v, l), on_verdict) }
                { filter_select("deck-filter-topic", Msg::FilterTopic, l, &Topic::ALL, filter.topic, |t| labels::topic(t, l), on_topic) }
            </div>
            <ul class="case-list" role="list" data-testid="deck-available">{ for available }</ul>
        </div>
    }
}
