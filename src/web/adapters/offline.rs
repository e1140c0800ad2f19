//! The offline copy's state as the page script relays the service worker's reports
//! (`window.__tipsomOffline`, updated with each `tipsom-offline` event; `scripts/boot-extra.js`).

use crate::domain::offline::OfflineState;

/// The latest report the page script kept.
pub fn read_report() -> OfflineState {
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
