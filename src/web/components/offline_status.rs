//! A small line saying whether the app is ready to use offline: downloading (with how many files
//! of how many), ready ✓, or not available and why. The page script relays the service worker's
//! messages as `window.__tipsomOffline` and the `tipsom-offline` event (`scripts/boot-extra.js`).

use crate::domain::offline::OfflineState;
use crate::i18n::placeholders::fill;
use crate::i18n::PhoneMsg;
use crate::web::hooks::use_app;
use gloo::events::EventListener;
use yew::prelude::*;

/// The latest report the page script kept.
fn read_report() -> OfflineState {
    let Some(window) = web_sys::window() else {
        return OfflineState::Unknown;
    };
    let Ok(report) = js_sys::Reflect::get(&window, &"__tipsomOffline".into()) else {
        return OfflineState::Unknown;
    };
    if report.is_undefined() || report.is_null() {
        return OfflineState::Unknown;
    }
    let get = |name: &str| js_sys::Reflect::get(&report, &name.into()).ok();
    let state = get("state").and_then(|v| v.as_string()).unwrap_or_default();
    let count = |name: &str| get(name).and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
    OfflineState::from_report(&state, count("done"), count("total"))
}

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
    let (class, text) = match *state {
        OfflineState::Unknown => return html! {},
        OfflineState::Downloading { done, total } => (
            "offline-status offline-status--downloading",
            fill(
                PhoneMsg::OfflineDownloading.text(l),
                &[("done", &done.to_string()), ("total", &total.to_string())],
            ),
        ),
        OfflineState::Ready => (
            "offline-status offline-status--ready",
            PhoneMsg::OfflineReady.text(l).to_string(),
        ),
        OfflineState::Unsupported => (
            "offline-status offline-status--unavailable",
            PhoneMsg::OfflineNoWorker.text(l).to_string(),
        ),
        OfflineState::Failed => (
            "offline-status offline-status--unavailable",
            PhoneMsg::OfflineFailed.text(l).to_string(),
        ),
    };
    html! { <p class={class} role="status" data-testid="offline-status">{ text }</p> }
}
