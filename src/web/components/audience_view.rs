//! What the room sees on the projector: the step's story and question in large type that fills a
//! 16:9 screen without scrolling, then, once revealed, the answer, the votes and the law.
//!
//! Never trainer notes, and nothing of the answer before the reveal: not even a class or an
//! attribute, since the page's markup is as good as visible to anyone who looks.

use crate::domain::case::LocalCase;
use crate::domain::presenter::Show;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg, TrainerMsg};
use crate::web::components::legal_breakdown::{BreakdownView, LegalBreakdown};
use crate::web::components::question_form::{option_letter, option_texts};
use crate::web::components::timer_display::TimerDisplay;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AudienceViewProps {
    pub show: Show,
    /// The case on screen, once downloaded.
    pub case: Option<Rc<LocalCase>>,
    pub locale: Locale,
    /// What else shares the window (one-screen mode's panel and where it is docked): a change
    /// fits the type again, as a resize does.
    #[prop_or_default]
    pub frame: AttrValue,
}

/// Whether the page is taller or wider than the window.
fn overflows() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return false;
    };
    let height = window.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let width = window.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    f64::from(root.scroll_height()) > height || f64::from(root.scroll_width()) > width
}

/// The largest and smallest scale of the stage's type.
const FIT_MAX: f64 = 1.5;
const FIT_MIN: f64 = 0.5;

/// `scale` with three decimals, as `{:.3}` writes it (ties to even), through an integer: the
/// scales tried are halves of halves, for which this is exact, and formatting an `f64` would bring
/// std's float printing (~20 KB) into the wasm.
fn three_decimals(scale: f64) -> String {
    let thousandths = (scale * 1000.0).round_ties_even() as u64;
    format!("{}.{:03}", thousandths / 1000, thousandths % 1000)
}

/// Sizes the type to the largest scale at which the step still fits the window, so a short step
/// fills the projector and an unusually long one never scrolls. A binary search: a few layouts.
fn fit(stage: &web_sys::Element) {
    // Through the CSSOM, not a style attribute: the Content-Security-Policy forbids inline styles.
    let style = stage.dyn_ref::<web_sys::HtmlElement>().map(|e| e.style());
    let set = |scale: f64| {
        if let Some(style) = &style {
            let _ = style.set_property("--fit", &three_decimals(scale));
        }
    };
    let (mut fits, mut too_big) = (FIT_MIN, FIT_MAX);
    set(FIT_MAX);
    if !overflows() {
        return;
    }
    while too_big - fits > 0.02 {
        let middle = (fits + too_big) / 2.0;
        set(middle);
        if overflows() {
            too_big = middle;
        } else {
            fits = middle;
        }
    }
    set(fits);
}

#[function_component(AudienceView)]
pub fn audience_view(props: &AudienceViewProps) -> Html {
    let l = props.locale;
    let show = &props.show;
    let stage_ref = use_node_ref();
    let resized = use_state(|| 0u32);

    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "resize", move |_| resized.set(resized.wrapping_add(1))));
            move || drop(listener)
        });
    }
    {
        let stage_ref = stage_ref.clone();
        let key = (
            show.clone(),
            props.case.as_ref().map(|c| c.id.clone()),
            l,
            *resized,
            props.frame.clone(),
        );
        use_effect_with(key, move |_| {
            if let Some(stage) = stage_ref.cast::<web_sys::Element>() {
                fit(&stage);
            }
        });
    }

    if show.blanked {
        return html! { <div class="stage stage--blank" data-testid="stage-blank"></div> };
    }
    if show.room_screen {
        return crate::web::components::room_screen::room_screen(show, l);
    }
    let Some(case) = props.case.as_ref().filter(|c| c.steps.get(show.step).is_some()) else {
        return html! {
            <div class="stage stage--waiting" data-testid="stage" ref={stage_ref}>
                <p class="stage__message" role="status">{ Msg::Loading.text(l) }</p>
            </div>
        };
    };
    let step = &case.steps[show.step];
    let question = &step.question;
    let texts = option_texts(question, l);
    let correct = question.correct_options();
    let revealed = show.revealed;
    let facts = case.effective_facts()[show.step].cloned();
    let law = revealed && show.breakdown && facts.is_some();
    let total = show.total_votes();
    let most = (0..texts.len()).map(|i| show.votes_for(i)).max().unwrap_or(0);
    let where_ = crate::web::pages::presenter::position(show, case.steps.len(), l);
    let answer_letters: Vec<&str> = correct.iter().map(|i| option_letter(*i, l)).collect();

    let options = html! {
        <ol class="stage__options" role="list" data-testid="stage-options">
            { for texts.iter().enumerate().map(|(i, text)| {
                let right = revealed && correct.contains(&i);
                let votes = show.votes_for(i);
                html! {
                    <li class={classes!("stage-option", right.then_some("stage-option--right"))}>
                        <span class="stage-option__letter" aria-hidden="true">{ option_letter(i, l) }</span>
                        <span class="stage-option__text" dir="auto">
                            <span class="visually-hidden">{ option_letter(i, l) }{ ". " }</span>
                            { text }
                        </span>
                        if right {
                            <span class="stage-option__mark" data-testid="stage-right">{ "✓" }</span>
                        }
                        if revealed && total > 0 {
                            <span class="stage-option__votes" data-testid="vote-bar" data-votes={votes.to_string()}>
                                // An SVG width attribute, not an inline style, which the CSP forbids.
                                <svg class="stage-option__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                    <rect x="0" y="0" height="10" width={(u64::from(votes) * 100 / u64::from(most.max(1))).max(1).to_string()} />
                                </svg>
                                <span class="stage-option__count">{ votes }</span>
                            </span>
                        }
                    </li>
                }
            }) }
        </ol>
    };

    html! {
        <div class="stage" data-testid="stage" data-revealed={revealed.to_string()} ref={stage_ref}>
            <header class="stage__header">
                <h1 class="stage__title" dir="auto">{ &case.title }</h1>
                <p class="stage__where">
                    { where_ }
                    <TimerDisplay timer={show.timer} locale={l} />
                </p>
            </header>
            if law {
                <div class="stage__body stage__body--law">
                    <p class="stage__answer" data-testid="stage-answer">{ fill(Msg::RightAnswerIs.text(l), &[("answer", &labels::join(&answer_letters, l))]) }</p>
                    if let Some(facts) = facts {
                        // The grid: ✓ and ✗ read from the back of the room, and it fits the screen.
                        <LegalBreakdown {facts} locale={l} view={BreakdownView::Grid} />
                    }
                </div>
            } else {
                <div class="stage__body">
                    <section class="stage__story" dir="auto">
                        { for step.text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| html! { <p>{ p.trim() }</p> }) }
                    </section>
                    <section class="stage__question">
                        <h2 class="stage__prompt" dir="auto">{ question.prompt() }</h2>
                        { options }
                        if revealed {
                            <p class="stage__answer" data-testid="stage-answer">
                                { fill(Msg::RightAnswerIs.text(l), &[("answer", &labels::join(&answer_letters, l))]) }
                                if total > 0 {
                                    <span class="stage__total" data-testid="vote-total">{ " · " }{ fill(TrainerMsg::VotesTotal.text(l), &[("count", &total.to_string())]) }</span>
                                }
                            </p>
                        }
                    </section>
                </div>
            }
        </div>
    }
}
