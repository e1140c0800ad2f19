//! The root component: provides the state, runs the effects that touch the browser, routes.

use crate::domain::content::ContentDoc;
use crate::i18n::{Locale, Msg};
use crate::storage::envelope::STORAGE_KEY;
use crate::storage::packs::PacksOutcome;
use crate::storage::{decode, save, Decoded, LoadOutcome};
use crate::web::adapters::{document, local_store::LocalStore};
use crate::web::components::decks_provider::DecksProvider;
use crate::web::components::layout::Layout;
use crate::web::hooks::use_packs_sync::use_packs_sync;
use crate::web::hooks::AppContext;
use crate::web::pages::{
    answer_cards::AnswerCards, audience::Audience, deck_editor::DeckEditor, presenter::Presenter,
    shared_deck::SharedDeckPage, trainer::Trainer,
};
use crate::web::pages::{
    cards::Cards, case_page::CasePage, certificate::CertificatePage, explorer::Explorer, glossary::Glossary,
    home::Home, library::Library, not_found::NotFound, progress::ProgressPage, settings::SettingsPage,
};
use crate::web::route::Route;
use crate::web::state::{Action, AppState, DocId};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What was read from storage at start-up.
    pub outcome: LoadOutcome,
    /// The language to start in.
    pub locale: Locale,
    /// Content already at hand (tests, or content inlined in the page); the rest is fetched.
    #[prop_or_default]
    pub initial_docs: Vec<(DocId, Rc<ContentDoc>)>,
    /// The content packs read from storage at start-up, if any.
    #[prop_or_default]
    pub packs: Option<PacksOutcome>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let outcome = props.outcome.clone();
        let locale = props.locale;
        let docs = props.initial_docs.clone();
        let packs = props.packs.clone();
        use_reducer(move || {
            let mut state = AppState::new(locale, outcome.progress, outcome.status);
            state.docs.extend(docs);
            match packs {
                Some(packs) => state.with_packs(packs.shelf, packs.status),
                None => state,
            }
        })
    };
    use_packs_sync(state.clone());

    // The page's language, direction, title and display preferences follow the state.
    {
        let prefs = state.progress.preferences.clone();
        use_effect_with(
            (state.locale, prefs.discreet, prefs.large_text, prefs.high_contrast),
            |(locale, discreet, large, contrast)| {
                document::apply_locale(*locale);
                // Discreet mode: a neutral tab title with no distressing words.
                document::set_title(if *discreet {
                    Msg::DiscreetTitle.text(*locale)
                } else {
                    Msg::AppName.text(*locale)
                });
                document::set_root_flag("large-text", *large);
                document::set_root_flag("high-contrast", *contrast);
            },
        );
    }

    // The page script announces a new version waiting in the service worker.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "tipsom-update-ready", move |_| {
                    state.dispatch(Action::UpdateReady)
                })
            });
            move || drop(listener)
        });
    }

    // Pressing Escape twice within a second leaves at once (the quick exit).
    use_effect_with((), |_| {
        let last = std::rc::Rc::new(std::cell::Cell::new(0.0));
        let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
            EventListener::new(&doc, "keydown", move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()) else {
                    return;
                };
                if key == "Escape" {
                    let now = js_sys::Date::now();
                    if now - last.get() < 1000.0 {
                        crate::web::adapters::quick_exit::leave();
                    }
                    last.set(now);
                }
            })
        });
        move || drop(listener)
    });

    // Every local change of progress is saved, merged with what other tabs stored meanwhile.
    {
        let state = state.clone();
        use_effect_with(state.unsaved, move |unsaved| {
            if *unsaved > 0 && state.storage.may_write() {
                match save(&LocalStore::new(), &state.progress) {
                    Ok(merged) => state.dispatch(Action::ProgressSynced(merged)),
                    Err(_) => state.dispatch(Action::StorageFailed),
                }
            }
        });
    }

    // Answers given in another tab arrive through the `storage` event.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(STORAGE_KEY) {
                        return;
                    }
                    if let Some(Decoded::Current(progress)) = event.new_value().map(|raw| decode(&raw)) {
                        state.dispatch(Action::ProgressSynced(progress));
                    }
                })
            });
            move || drop(listener)
        });
    }

    html! {
        <ContextProvider<AppContext> context={state}>
            <DecksProvider>
                <HashRouter>
                    <Layout>
                        <Switch<Route> render={switch} />
                    </Layout>
                </HashRouter>
            </DecksProvider>
        </ContextProvider<AppContext>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Library => html! { <Library /> },
        Route::Case { id } => html! { <CasePage key={id.clone()} id={id.clone()} /> },
        Route::Explore => html! { <Explorer /> },
        Route::ExploreCase { id, step } => {
            html! { <Explorer key={format!("{id}/{step}")} case={Some((id.clone(), step))} /> }
        }
        Route::Progress => html! { <ProgressPage /> },
        Route::Certificate { track } => html! { <CertificatePage {track} /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::Glossary => html! { <Glossary /> },
        Route::Term { id } => html! { <Glossary id={Some(id)} /> },
        Route::Cards => html! { <Cards /> },
        Route::Card { id } => html! { <Cards id={Some(id)} /> },
        Route::Trainer => html! { <Trainer /> },
        Route::DeckEditor { id } => html! { <DeckEditor key={id.clone()} id={id.clone()} /> },
        Route::SharedDeck { code } => html! { <SharedDeckPage key={code.clone()} code={code.clone()} /> },
        Route::Present { id } => html! { <Presenter key={id.clone()} id={id.clone()} /> },
        Route::OneScreen { id } => html! { <Presenter key={id.clone()} id={id.clone()} one_screen=true /> },
        Route::Audience => html! { <Audience /> },
        Route::Vote => html! { <AnswerCards /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
