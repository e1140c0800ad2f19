//! The discussion timer as `m:ss` (time left of a countdown, or time counted), redrawn every second
//! while it runs; nothing while it is off. A countdown at zero says so in words too.

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
    let at = clock::now().max(*now);
    let over = props.timer.is_over(at);
    let countdown = props.timer.countdown_ms.is_some();
    html! {
        <span class={classes!("timer", running.then_some("timer--running"), countdown.then_some("timer--countdown"), over.then_some("timer--over"))}
            data-testid="timer" role="timer" aria-label={TrainerMsg::TimerLabel.text(props.locale)}>
            <span aria-hidden="true">{ if over { "⏰ " } else if running { "⏱ " } else { "⏸ " } }</span>
            { props.timer.display(at) }
            if over {
                <span class="timer__over">{ TrainerMsg::CountdownOver.text(props.locale) }</span>
            }
        </span>
    }
}
