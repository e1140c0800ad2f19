//! A small line saying whether the app is ready to use offline: downloading (with how many files
//! of how many), ready ✓, or not available and why. The page script relays the service worker's
//! messages as `window.__tipsomOffline` and the `tipsom-offline` event (`scripts/boot-extra.js`).

use crate::i18n::phone_catalogue::offline_line;
use crate::web::adapters::offline::read_report;
use crate::web::hooks::use_app;
use gloo::events::EventListener;
use yew::prelude::*;

#[function_component(OfflineStatus)]
pub fn offline_status() -> Html {
    let l = use_app().locale;
    let state = use_state(read_report);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            // A report may have come between the first render and this effect.
            state.set(read_report());
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "tipsom-offline", move |_| state.set(read_report())));
            move || drop(listener)
        });
    }
    match offline_line(*state, l) {
        Some((class, text)) => html! { <p class={class} role="status" data-testid="offline-status">{ text }</p> },
        None => html! {},
    }
}
