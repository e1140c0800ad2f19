//! Answer cards for phones: a participant picks a letter and holds up a screen-filling card,
//! told apart by colour and by shape, so no one depends on colour alone.

use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, TrainerMsg};
use crate::web::components::question_form::option_letter;
use yew::prelude::*;

/// Each card's shape (as an SVG path on a 100 by 100 box), its name and its class: as many as a
/// question of the bank has options (eight at most).
const CARDS: [(&str, TrainerMsg, &str); 8] = [
    ("M50 4a46 46 0 1 0 0.01 0z", TrainerMsg::ShapeCircle, "answer-card--a"),
    ("M50 4L96 92H4z", TrainerMsg::ShapeTriangle, "answer-card--b"),
    ("M8 8H92V92H8z", TrainerMsg::ShapeSquare, "answer-card--c"),
    ("M50 2L98 50L50 98L2 50z", TrainerMsg::ShapeDiamond, "answer-card--d"),
    (
        "M50 3L61 38H98L68 60L79 96L50 74L21 96L32 60L2 38H39z",
        TrainerMsg::ShapeStar,
        "answer-card--e",
    ),
    (
        "M27 6H73L96 50L73 94H27L4 50z",
        TrainerMsg::ShapeHexagon,
        "answer-card--f",
    ),
    (
        "M35 4H65V35H96V65H65V96H35V65H4V35H35z",
        TrainerMsg::ShapeCross,
        "answer-card--g",
    ),
    (
        "M50 3L97 37L79 95H21L3 37z",
        TrainerMsg::ShapePentagon,
        "answer-card--h",
    ),
];

/// The numbers of options a question of the bank can have: the participant picks the one the
/// projector shows.
const CARD_COUNTS: [usize; 3] = [4, 6, 8];

fn shape(index: usize) -> Html {
    html! {
        <svg class="answer-card__shape" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
            <path d={CARDS[index].0} />
        </svg>
    }
}

fn card_name(index: usize, l: Locale) -> String {
    fill(CARDS[index].1.text(l), &[("letter", option_letter(index, l))])
}

#[function_component(AnswerCards)]
pub fn answer_cards() -> Html {
    let l = crate::web::hooks::use_app().locale;
    let chosen = use_state(|| None::<usize>);
    let count = use_state(|| 4usize);
    if let Some(index) = *chosen {
        let onback = {
            let chosen = chosen.clone();
            Callback::from(move |_: MouseEvent| chosen.set(None))
        };
        return html! {
            <button type="button" class={classes!("answer-card", "answer-card--full", CARDS[index].2)} onclick={onback}
                data-testid="answer-card" data-letter={index.to_string()}
                aria-label={format!("{}. {}", card_name(index, l), TrainerMsg::CardBack.text(l))}>
                { shape(index) }
                <span class="answer-card__letter">{ option_letter(index, l) }</span>
            </button>
        };
    }
    html! {
        <div class="page page--cards-vote" data-testid="answer-cards">
            <h1>{ TrainerMsg::CardsHeading.text(l) }</h1>
            <p class="lead">{ TrainerMsg::CardsIntro.text(l) }</p>
            <fieldset class="answer-cards__count">
                <legend>{ TrainerMsg::CardsCount.text(l) }</legend>
                { for CARD_COUNTS.iter().map(|n| {
                    let n = *n;
                    let pressed = *count == n;
                    let count = count.clone();
                    let onclick = Callback::from(move |_: MouseEvent| count.set(n));
                    html! {
                        <button type="button" class="button" aria-pressed={pressed.to_string()} {onclick} data-testid={format!("cards-{n}")}>
                            { format!("{}–{}", option_letter(0, l), option_letter(n - 1, l)) }
                        </button>
                    }
                }) }
            </fieldset>
            <ul class="answer-cards" role="list" data-count={count.to_string()}>
                { for (0..*count).map(|index| {
                    let chosen = chosen.clone();
                    let onclick = Callback::from(move |_: MouseEvent| chosen.set(Some(index)));
                    html! {
                        <li>
                            <button type="button" class={classes!("answer-card", CARDS[index].2)} {onclick}
                                aria-label={card_name(index, l)} data-testid={format!("pick-{index}")}>
                                { shape(index) }
                                <span class="answer-card__letter">{ option_letter(index, l) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
