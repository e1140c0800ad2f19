//! Settings: text size, contrast; and the learner's safety: discreet mode, leaving no trail in the
//! tab's history, the quick exit's gesture, each explained, and what the quick exit does and
//! cannot do.

use crate::domain::progress::Preferences;
use crate::i18n::{Msg, SafetyMsg};
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
    let row = |id: &'static str, label: &'static str, on: bool, onchange: Callback<Event>| {
        html! {
            <li class="switch">
                <input type="checkbox" id={id} checked={on} {onchange} />
                <label for={id}>{ label }</label>
            </li>
        }
    };
    // A switch with what it does under it (read out with it).
    let explained = |id: &'static str, label: SafetyMsg, note: SafetyMsg, on: bool, onchange: Callback<Event>| {
        let note_id = format!("{id}-note");
        html! {
            <li class="switch switch--explained">
                <input type="checkbox" id={id} checked={on} {onchange} aria-describedby={note_id.clone()} />
                <label for={id}>{ label.text(l) }</label>
                <p class="switch__note" id={note_id}>{ note.text(l) }</p>
            </li>
        }
    };
    let no_trail = prefs.leaves_no_trail();
    html! {
        <div class="page page--settings">
            <h1>{ Msg::SettingsHeading.text(l) }</h1>
            <ul class="settings" role="list">
                { row("pref-large-text", Msg::LargeText.text(l), prefs.large_text, toggle(|p, v| p.large_text = v, prefs.large_text)) }
                { row("pref-contrast", Msg::HighContrast.text(l), prefs.high_contrast, toggle(|p, v| p.high_contrast = v, prefs.high_contrast)) }
            </ul>
            <section aria-labelledby="safety-heading">
                <h2 id="safety-heading">{ SafetyMsg::SafetyHeading.text(l) }</h2>
                <ul class="settings" role="list">
                    { explained("pref-discreet", SafetyMsg::DiscreetLabel, SafetyMsg::DiscreetNote, prefs.discreet,
                        toggle(|p, v| p.discreet = v, prefs.discreet)) }
                    // Follows discreet mode until the learner sets it; from then on, as set.
                    { explained("pref-no-trail", SafetyMsg::NoTrailLabel, SafetyMsg::NoTrailNote, no_trail,
                        toggle(|p, v| p.no_trail = Some(v), no_trail)) }
                    { explained("pref-exit-gesture", SafetyMsg::GestureLabel, SafetyMsg::GestureNote, prefs.exit_gesture,
                        toggle(|p, v| p.exit_gesture = v, prefs.exit_gesture)) }
                </ul>
            </section>
            <section aria-labelledby="quick-exit-heading">
                <h2 id="quick-exit-heading">{ Msg::QuickExitHeading.text(l) }</h2>
                <p>{ SafetyMsg::QuickExitWhat.text(l) }</p>
                <p>{ SafetyMsg::QuickExitLimits.text(l) }</p>
            </section>
        </div>
    }
}
