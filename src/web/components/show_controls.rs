//! The show's buttons, for a mouse or a touch screen; every one has a key too (see the keys help).

use crate::domain::presenter::timer::COUNTDOWN_MINUTES;
use crate::domain::presenter::{Command, Show};
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, TrainerMsg};
use crate::web::adapters::clock;
use crate::web::components::question_form::option_letter;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShowControlsProps {
    pub show: Show,
    /// Options of the current step's question, for the vote counters.
    pub option_count: usize,
    /// Whether the step has facts for the legal elements breakdown.
    pub has_law: bool,
    pub locale: Locale,
    pub on_command: Callback<Command>,
}

fn button(
    label: &str,
    testid: &str,
    command: Command,
    on_command: &Callback<Command>,
    pressed: Option<bool>,
    disabled: bool,
) -> Html {
    let on_command = on_command.clone();
    let onclick = Callback::from(move |_: MouseEvent| on_command.emit(command));
    html! {
        <button type="button" class="button" {onclick} {disabled} data-testid={testid.to_string()}
            aria-pressed={pressed.map(|p| p.to_string())}>
            { label.to_string() }
        </button>
    }
}

#[function_component(ShowControls)]
pub fn show_controls(props: &ShowControlsProps) -> Html {
    let l = props.locale;
    let s = &props.show;
    let cb = &props.on_command;
    let timer_running = s.timer.is_running();
    // Timer commands take the time of the click.
    let on_timer = {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Command::ToggleTimer { now: clock::now() }))
    };
    let countdown = s.timer.countdown_ms.map_or(0, |ms| (ms / 60_000.0).round() as u32);
    let on_countdown = {
        let cb = cb.clone();
        Callback::from(move |e: Event| {
            if let Ok(minutes) = crate::web::adapters::document::select_value(&e).parse() {
                cb.emit(Command::SetCountdown { minutes });
            }
        })
    };
    html! {
        <div class="show-controls" role="group" aria-label={TrainerMsg::ControlsLabel.text(l)} data-testid="show-controls">
            <div class="show-controls__group">
                { button(TrainerMsg::PreviousCase.text(l), "prev-case", Command::PreviousCase, cb, None, s.case == 0 && s.step == 0) }
                { button(TrainerMsg::PreviousStep.text(l), "prev-step", Command::PreviousStep, cb, None, s.is_first()) }
                { button(TrainerMsg::NextStep.text(l), "next-step", Command::NextStep, cb, None, s.is_last()) }
                { button(TrainerMsg::NextCase.text(l), "next-case", Command::NextCase, cb, None, s.case + 1 >= s.cases.len()) }
            </div>
            <div class="show-controls__group">
                { button(if s.revealed { TrainerMsg::Conceal.text(l) } else { TrainerMsg::Reveal.text(l) }, "reveal", Command::ToggleReveal, cb, Some(s.revealed), false) }
                { button(if s.breakdown { TrainerMsg::HideBreakdown.text(l) } else { TrainerMsg::ShowBreakdown.text(l) }, "breakdown", Command::ToggleBreakdown, cb, Some(s.breakdown), !props.has_law) }
                { button(if s.blanked { TrainerMsg::Unblank.text(l) } else { TrainerMsg::Blank.text(l) }, "blank", Command::ToggleBlank, cb, Some(s.blanked), false) }
            </div>
            <div class="show-controls__group">
                <button type="button" class="button" onclick={on_timer} data-testid="timer-toggle">
                    { if timer_running { TrainerMsg::TimerStop.text(l) } else { TrainerMsg::TimerStart.text(l) } }
                </button>
                if s.timer.shown {
                    { button(TrainerMsg::TimerReset.text(l), "timer-reset", Command::ResetTimer, cb, None, false) }
                }
                <label class="show-controls__countdown">
                    <span>{ TrainerMsg::CountdownLabel.text(l) }</span>
                    <select onchange={on_countdown} data-testid="countdown">
                        <option value="0" selected={countdown == 0}>{ TrainerMsg::CountdownNone.text(l) }</option>
                        { for COUNTDOWN_MINUTES.iter().map(|m| html! {
                            <option value={m.to_string()} selected={countdown == *m}>{ fill(TrainerMsg::CountdownMinutes.text(l), &[("minutes", &m.to_string())]) }</option>
                        }) }
                    </select>
                </label>
            </div>
            if props.option_count > 0 {
                <fieldset class="votes">
                    <legend>{ TrainerMsg::VotesHeading.text(l) }</legend>
                    <ul class="votes__list" role="list">
                        { for (0..props.option_count).map(|option| {
                            let letter = option_letter(option, l);
                            let count = s.votes_for(option);
                            let add = { let cb = cb.clone(); Callback::from(move |_: MouseEvent| cb.emit(Command::AddVote { option })) };
                            let remove = { let cb = cb.clone(); Callback::from(move |_: MouseEvent| cb.emit(Command::RemoveVote { option })) };
                            html! {
                                <li class="votes__option">
                                    <span class="votes__letter" aria-hidden="true">{ letter }</span>
                                    <button type="button" class="button votes__button" onclick={remove} disabled={count == 0}
                                        aria-label={fill(TrainerMsg::RemoveVote.text(l), &[("letter", letter)])} data-testid={format!("vote-remove-{option}")}>{ "−" }</button>
                                    <output class="votes__count" data-testid={format!("vote-count-{option}")}>{ count }</output>
                                    <button type="button" class="button votes__button" onclick={add}
                                        aria-label={fill(TrainerMsg::AddVote.text(l), &[("letter", letter)])} data-testid={format!("vote-add-{option}")}>{ "+" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                    if s.total_votes() > 0 {
                        { button(TrainerMsg::ClearVotes.text(l), "votes-clear", Command::ClearVotes, cb, None, false) }
                    }
                </fieldset>
            }
        </div>
    }
}

/// The keys, listed where the trainer can see them.
pub fn keys_help(l: Locale, one_screen: bool) -> Html {
    let mut keys = vec![
        TrainerMsg::KeyNext,
        TrainerMsg::KeyPrevious,
        TrainerMsg::KeyCases,
        TrainerMsg::KeyReveal,
        TrainerMsg::KeyBreakdown,
        TrainerMsg::KeyBlank,
        TrainerMsg::KeyTimer,
        TrainerMsg::KeyCountdown,
        TrainerMsg::KeyRoomScreen,
        TrainerMsg::KeyVotes,
    ];
    if one_screen {
        keys.push(TrainerMsg::KeyPanel);
        keys.push(TrainerMsg::KeyDock);
    }
    html! {
        <details class="keys-help">
            <summary>{ TrainerMsg::KeysHeading.text(l) }</summary>
            <ul>{ for keys.into_iter().map(|k| html! { <li>{ k.text(l) }</li> }) }</ul>
        </details>
    }
}
