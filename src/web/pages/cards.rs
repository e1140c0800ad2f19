//! Reference cards: the definitions, the comparison, indicators, protection and Moroccan law.

use crate::domain::content::ContentKey;
use crate::domain::reference::{blocks, Block, Card};
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, Msg};
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::{use_app, use_content};
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardsProps {
    /// Show one card, or the list when `None`.
    #[prop_or_default]
    pub id: Option<String>,
}

fn body(text: &str) -> Html {
    html! {
        { for blocks(text).into_iter().map(|b| match b {
            Block::Paragraph(p) => html! { <p dir="auto">{ p }</p> },
            Block::Bullets(items) => html! { <ul>{ for items.into_iter().map(|i| html! { <li dir="auto">{ i }</li> }) }</ul> },
        }) }
    }
}

/// "Source: X" or "Sources: X; Y", separated in the language's way.
fn sources_line(sources: &[String], l: Locale) -> String {
    let sep = match l {
        Locale::Ar => "؛ ",
        Locale::Fr => "\u{202F}; ",
        Locale::En => "; ",
    };
    match sources {
        [one] => fill(Msg::SourceLabel.text(l), &[("source", one)]),
        _ => fill(Msg::SourcesLabel.text(l), &[("sources", &sources.join(sep))]),
    }
}

fn card_view(card: &Card<String>, l: Locale) -> Html {
    html! {
        <article class="reference-card" data-card-id={card.id.clone()}>
            <h1 dir="auto">{ &card.title }</h1>
            // The comparison: one block per criterion (trafficking, then smuggling), readable at
            // 320 px; from 40rem the stylesheet lines the blocks up as a table's columns.
            if !card.rows.is_empty() {
                <div class="comparison" data-testid="comparison">
                    <ul class="comparison-rows">
                        { for card.rows.iter().map(|r| html! {
                            <li class="comparison-row">
                                <p class="comparison-row__label" dir="auto">{ &r.label }</p>
                                <dl>
                                    <div class="comparison-row__cell">
                                        <dt>{ Msg::ColumnTrafficking.text(l) }</dt>
                                        <dd dir="auto">{ &r.trafficking }</dd>
                                    </div>
                                    <div class="comparison-row__cell">
                                        <dt>{ Msg::ColumnSmuggling.text(l) }</dt>
                                        <dd dir="auto">{ &r.smuggling }</dd>
                                    </div>
                                </dl>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            { for card.sections.iter().map(|s| html! {
                <section>
                    <h2 dir="auto">{ &s.heading }</h2>
                    { body(&s.body) }
                </section>
            }) }
            // The references are compiled readable in the learner's language (i18n::references).
            if !card.sources.is_empty() {
                <p class="term__source" dir="auto">{ sources_line(&card.sources, l) }</p>
            }
        </article>
    }
}

#[function_component(Cards)]
pub fn cards(props: &CardsProps) -> Html {
    let l = use_app().locale;
    let view = use_content(ContentKey::Cards);
    let Some(cards) = view.doc().and_then(|d| d.as_cards().map(<[_]>::to_vec)) else {
        return html! { <div class="page"><h1>{ Msg::CardsHeading.text(l) }</h1><LoadStatus failed={view == ContentView::Failed} /></div> };
    };
    match &props.id {
        Some(id) => html! {
            <div class="page page--card">
                {
                    match cards.iter().find(|c| &c.id == id) {
                        Some(card) => card_view(card, l),
                        None => html! { <><h1>{ Msg::NotFoundHeading.text(l) }</h1><p>{ Msg::NotFoundText.text(l) }</p></> },
                    }
                }
                <p><a href={Route::Cards.href()} class="button">{ Msg::AllCards.text(l) }</a></p>
            </div>
        },
        None => html! {
            <div class="page page--cards">
                <h1>{ Msg::CardsHeading.text(l) }</h1>
                <ul class="case-list" role="list">
                    { for cards.iter().map(|c| html! {
                        <li class="case-card"><h2 class="case-card__title">
                            <a href={Route::Card { id: c.id.clone() }.href()}>{ &c.title }</a>
                        </h2></li>
                    }) }
                </ul>
            </div>
        },
    }
}
