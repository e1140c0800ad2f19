//! The discussion timer as `m:ss`, redrawn every second while it runs; nothing while it is off.

use crate::domain::presenter::Timer;
use crate::i18n::{Locale, TrainerMsg};
use crate::web::adapters::clock;
use gloo::timers::callback::Interval;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimerDisplayProps {
    pub timer: Timer,
    pub locale: Locale,
}

#[function_component(TimerDisplay)]
pub fn timer_display(props: &TimerDisplayProps) -> Html {
    let now = use_state(clock::now);
    {
        let now = now.clone();
        use_effect_with(props.timer.is_running(), move |running| {
            now.set(clock::now());
            let interval = running.then(|| Interval::new(1000, move || now.set(clock::now())));
            move || drop(interval)
        });
    }
    if !props.timer.shown {
        return html! {};
    }
    let running = props.timer.is_running();
    html! {
        <span class={classes!("timer", running.then_some("timer--running"))} data-testid="timer" role="timer"
            aria-label={TrainerMsg::TimerLabel.text(props.locale)}>
            <span aria-hidden="true">{ if running { "⏱ " } else { "⏸ " } }</span>
            { props.timer.display(clock::now().max(*now)) }
        </span>
    }
}
