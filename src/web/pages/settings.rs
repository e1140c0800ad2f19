//! Settings: text size, contrast, discreet mode, and what the quick exit does.

use crate::domain::progress::Preferences;
use crate::i18n::Msg;
use crate::web::adapters::clock;
use crate::web::hooks::use_app;
use crate::web::state::Action;
use yew::prelude::*;

#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let app = use_app();
    let l = app.locale;
    let prefs = app.progress.preferences.clone();
    let toggle = |set: fn(&mut Preferences, bool), on: bool| {
        let app = app.clone();
        let prefs = prefs.clone();
        Callback::from(move |_: Event| {
            let mut next = prefs.clone();
            set(&mut next, !on);
            app.dispatch(Action::SetPreferences {
                preferences: next,
                now: clock::now(),
            });
        })
    };
    let row = |id: &'static str, label: Msg, on: bool, onchange: Callback<Event>| {
        html! {
            <li class="switch">
                <input type="checkbox" id={id} checked={on} {onchange} />
                <label for={id}>{ label.text(l) }</label>
            </li>
        }
    };
    html! {
        <div class="page page--settings">
            <h1>{ Msg::SettingsHeading.text(l) }</h1>
            <ul class="settings" role="list">
                { row("pref-large-text", Msg::LargeText, prefs.large_text, toggle(|p, v| p.large_text = v, prefs.large_text)) }
                { row("pref-contrast", Msg::HighContrast, prefs.high_contrast, toggle(|p, v| p.high_contrast = v, prefs.high_contrast)) }
                { row("pref-discreet", Msg::DiscreetMode, prefs.discreet, toggle(|p, v| p.discreet = v, prefs.discreet)) }
            </ul>
            <section aria-labelledby="quick-exit-heading">
                <h2 id="quick-exit-heading">{ Msg::QuickExitHeading.text(l) }</h2>
                <p>{ Msg::QuickExitNote.text(l) }</p>
            </section>
        </div>
    }
}
