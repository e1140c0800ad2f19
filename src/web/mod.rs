//! The thin web layer: Yew components, pages, hooks, routes and the adapters to browser APIs.

pub mod adapters;
pub mod app;
pub mod components;
pub mod deck_state;
pub mod draft_state;
pub mod home_island;
pub mod hooks;
pub mod pages;
pub mod route;
pub mod state;
pub mod surface;

use crate::i18n::Locale;
use crate::storage::load;
use adapters::{document, local_store::LocalStore};

/// Starts the learner app (`index.html`).
pub fn start() {
    start_with(yew::Callback::from(surface::learner_routes), None);
}

/// Starts the trainer app (`trainer.html`): every learner page, plus trainer mode and content tools.
pub fn start_trainer() {
    start_with(
        yew::Callback::from(surface::trainer_routes),
        Some(crate::storage::packs::save_packs),
    );
}

/// Waits for the static home page, if shown, to be painted, then starts the app. Rendering first would
/// replace that screen before the browser ever showed it: on a slow phone the learner would wait
/// for the wasm with nothing on screen, and the largest paint would be the app's, not the page's.
fn start_with(routes: yew::Callback<route::Route, yew::Html>, save_packs: Option<crate::storage::packs::PacksSaver>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    // Another page than the home page shows only a loading bar until the app draws: nothing to
    // wait for.
    let home_shown = window
        .document()
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.class_list().contains("boot-home"));
    if !home_shown {
        return mount(routes, save_packs);
    }
    // Two frames: the first runs before the shell's paint, the second after it; then a task, so the
    // browser has presented that paint before the shell is replaced.
    let third = Closure::once_into_js(move || mount(routes, save_packs));
    let second = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(third.unchecked_ref(), 50);
        }
    });
    let first = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(second.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(first.unchecked_ref());
}

/// Reads what is stored, chooses the language, and renders into `#app`.
fn mount(routes: yew::Callback<route::Route, yew::Html>, save_packs: Option<crate::storage::packs::PacksSaver>) {
    let store = LocalStore::new();
    let outcome = load(&store);
    let packs = crate::storage::packs::load_packs(&store);
    let locale = outcome
        .value
        .preferences
        .locale
        .unwrap_or_else(|| Locale::negotiate(document::browser_languages().iter().map(String::as_str)));
    let root = document::element_by_id("app").expect("index.html has #app");
    // A case's static opening stays on screen until the app draws that case (`pages::case_page`),
    // so the story never gives way to a loading line; any other page replaces it (`app`).
    if !document::has_root_flag("boot-story") {
        document::remove_boot_screen();
    }
    yew::Renderer::<app::App>::with_root_and_props(
        root,
        app::AppProps {
            outcome,
            locale,
            initial_docs: Vec::new(),
            packs: Some(packs),
            routes,
            save_packs: app::PacksSaving(save_packs),
        },
    )
    .render();
}
