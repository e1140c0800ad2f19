//! The root component: provides the state, runs the effects that touch the browser, routes.

use crate::domain::case::Bundle;
use crate::i18n::{Locale, Msg};
use crate::storage::envelope::STORAGE_KEY;
use crate::storage::{decode, save, Decoded, LoadOutcome};
use crate::web::adapters::{content_fetch, document, local_store::LocalStore};
use crate::web::components::layout::Layout;
use crate::web::hooks::AppContext;
use crate::web::pages::{case_page::CasePage, home::Home, library::Library, not_found::NotFound};
use crate::web::route::Route;
use crate::web::state::{Action, AppState};
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
    /// A bundle already at hand (tests, or content inlined in the page); others are fetched.
    #[prop_or_default]
    pub initial_bundle: Option<Rc<Bundle>>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let outcome = props.outcome.clone();
        let locale = props.locale;
        let bundle = props.initial_bundle.clone();
        use_reducer(move || {
            let mut state = AppState::new(locale, outcome.progress, outcome.status);
            if let Some(bundle) = bundle {
                state.bundles.insert(bundle.locale, bundle);
            }
            state
        })
    };

    // The page's language, direction and title follow the state; a missing bundle is fetched.
    {
        let state = state.clone();
        let locale = state.locale;
        let missing = !state.bundles.contains_key(&locale) && state.load_failed != Some(locale);
        use_effect_with((locale, missing), move |(locale, missing)| {
            document::apply_locale(*locale);
            document::set_title(Msg::AppName.text(*locale));
            if *missing {
                let locale = *locale;
                wasm_bindgen_futures::spawn_local(async move {
                    match content_fetch::fetch_bundle(locale).await {
                        Ok(bundle) => state.dispatch(Action::BundleLoaded(Rc::new(bundle))),
                        Err(_) => state.dispatch(Action::BundleFailed(locale)),
                    }
                });
            }
        });
    }

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
            <HashRouter>
                <Layout>
                    <Switch<Route> render={switch} />
                </Layout>
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Library => html! { <Library /> },
        Route::Case { id } => html! { <CasePage key={id.clone()} id={id.clone()} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
