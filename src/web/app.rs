//! The root component: provides the state, runs the effects that touch the browser, routes.

use crate::domain::content::ContentDoc;
use crate::i18n::{Locale, Msg};
use crate::storage::envelope::STORAGE_KEY;
use crate::storage::{decode, save, Decoded, LoadOutcome};
use crate::web::adapters::{document, local_store::LocalStore};
use crate::web::components::decks_provider::DecksProvider;
use crate::web::components::layout::Layout;
use crate::web::hooks::AppContext;
use crate::web::pages::{
    answer_cards::AnswerCards, audience::Audience, deck_editor::DeckEditor, presenter::Presenter,
    shared_deck::SharedDeckPage, trainer::Trainer,
};
use crate::web::pages::{
    cards::Cards, case_page::CasePage, explorer::Explorer, glossary::Glossary, home::Home, library::Library,
    not_found::NotFound,
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
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let outcome = props.outcome.clone();
        let locale = props.locale;
        let docs = props.initial_docs.clone();
        use_reducer(move || {
            let mut state = AppState::new(locale, outcome.progress, outcome.status);
            state.docs.extend(docs);
            state
        })
    };

    // The page's language, direction and title follow the state.
    use_effect_with(state.locale, |locale| {
        document::apply_locale(*locale);
        document::set_title(Msg::AppName.text(*locale));
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
