//! The route in the URL hash, followed as it changes; pages link with plain `<a href={route.href()}>`,
//! so the browser keeps the history and a link opens in a new tab like any other. With "leave no
//! trail" on, the page script follows those links in place of the current history entry.

pub use crate::domain::route::Route;
use gloo::events::EventListener;
use yew::prelude::*;

/// The current route, updated when the hash changes (a link, Back, Forward, or an address typed).
#[hook]
pub fn use_hash_route() -> Route {
    let route = use_state(|| {
        start_at_root();
        current()
    });
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    // Back to a case from a card returns to the feedback left (adapters::place).
                    crate::web::adapters::place::moved();
                    route.set(current())
                })
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// Goes to `route`, as a followed link would: a new history entry, then a `hashchange`; with
/// "leave no trail" on, in place of the current entry, as the page script follows links then
/// (`assets/boot-lang.js`).
pub fn go_to(route: &Route) {
    if crate::web::adapters::document::has_root_flag("no-trail") {
        return replace_with(route);
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.to_path());
    }
}

/// The route the hash names now.
fn current() -> Route {
    Route::parse(hash().strip_prefix('#').unwrap_or_default())
}

fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// An address with no route in its hash (`index.html`) shows `#/`, in place, without a history
/// entry: every address of the app then has the same form.
fn start_at_root() {
    if !hash().starts_with("#/") {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"));
        }
    }
}

/// Goes to `route` in place of the current history entry (an address that only redirects,
/// like `#/start`, leaves nothing for Back to return to).
pub fn replace_with(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(&route.href());
    }
}
