//! The thin web layer: Yew components, pages, hooks, routes and the adapters to browser APIs.

pub mod adapters;
pub mod app;
pub mod components;
pub mod deck_state;
pub mod hooks;
pub mod pages;
pub mod route;
pub mod state;

use crate::i18n::Locale;
use crate::storage::load;
use adapters::{clock, document, local_store::LocalStore};

/// Starts the app: reads what is stored, chooses the language, and renders into `#app`.
pub fn start() {
    let store = LocalStore::new();
    let outcome = load(&store, clock::now());
    let packs = crate::storage::packs::load_packs(&store, clock::now());
    let locale = outcome
        .progress
        .preferences
        .locale
        .unwrap_or_else(|| Locale::negotiate(document::browser_languages().iter().map(String::as_str)));
    let root = document::element_by_id("app").expect("index.html has #app");
    document::remove_boot_screen();
    yew::Renderer::<app::App>::with_root_and_props(
        root,
        app::AppProps {
            outcome,
            locale,
            initial_docs: Vec::new(),
            packs: Some(packs),
        },
    )
    .render();
}
