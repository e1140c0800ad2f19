//! The root component: provides the state, runs the effects that touch the browser, routes.

use crate::domain::content::ContentDoc;
use crate::i18n::{Locale, Msg};
use crate::storage::envelope::STORAGE_KEY;
use crate::storage::packs::PacksOutcome;
use crate::storage::{decode, save, Decoded, LoadOutcome, Saved, StorageStatus};
use crate::web::adapters::{document, local_store::LocalStore};
use crate::web::components::layout::Layout;
use crate::web::hooks::use_packs_sync::use_packs_sync;
use crate::web::hooks::use_storage_event::use_storage_event;
use crate::web::hooks::AppContext;
use crate::web::pages::audience::fills_window;
use crate::web::route::{use_hash_route, Route};
use crate::web::state::{Action, AppState, DocId};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// The way packs are saved, chosen once by each app at start-up.
#[derive(Clone, Copy)]
pub struct PacksSaving(pub Option<crate::storage::packs::PacksSaver>);

impl PartialEq for PacksSaving {
    // Chosen at start-up and never changed: comparing function addresses would mean nothing.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

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
    /// Draws each route: the learner app's or the trainer app's pages (see `web::surface`).
    pub routes: Callback<Route, Html>,
    /// How packs changed here are saved; `None` in the learner app, which never changes them.
    #[prop_or(PacksSaving(None))]
    pub save_packs: PacksSaving,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let outcome = props.outcome.clone();
        let locale = props.locale;
        let docs = props.initial_docs.clone();
        let packs = props.packs.clone();
        use_reducer(move || {
            let mut state = AppState::new(locale, outcome.value, outcome.status, outcome.seen);
            state.docs.extend(docs);
            match packs {
                Some(packs) => state.with_packs(packs.value, packs.status, packs.seen),
                None => state,
            }
        })
    };
    use_packs_sync(state.clone(), props.save_packs.0);
    let route = use_hash_route();
    // A case's static opening waits for the case page to draw it (`pages::case_page`); on any
    // other page the app's drawing replaces it at once.
    use_effect_with(route.clone(), |route| {
        if !matches!(route, Route::Case { .. }) {
            document::remove_boot_screen();
        }
    });

    // The page's language, direction, title and display preferences follow the state.
    {
        let prefs = state.progress.preferences.clone();
        use_effect_with(
            (
                state.locale,
                prefs.discreet,
                prefs.leaves_no_trail(),
                prefs.large_text,
                prefs.high_contrast,
            ),
            |(locale, discreet, no_trail, large, contrast)| {
                document::apply_locale(*locale);
                // Discreet mode: a neutral tab title, icon and installed name, with no distressing words.
                document::set_title(if *discreet {
                    Msg::DiscreetTitle.text(*locale)
                } else {
                    Msg::AppName.text(*locale)
                });
                document::set_discreet_identity(*discreet);
                document::set_root_flag("discreet", *discreet);
                // Read by the page script's link handler and by `route::go_to`.
                document::set_root_flag("no-trail", *no_trail);
                document::set_root_flag("large-text", *large);
                document::set_root_flag("high-contrast", *contrast);
            },
        );
    }

    // The page script announces a new version waiting in the service worker.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            // A version may already be waiting: the home page's small module runs before the app,
            // and the page script keeps the waiting worker in `__tipsomWaiting`.
            let waiting = web_sys::window()
                .and_then(|w| js_sys::Reflect::get(&w, &"__tipsomWaiting".into()).ok())
                .is_some_and(|w| !w.is_undefined() && !w.is_null());
            if waiting {
                state.dispatch(Action::UpdateReady);
            }
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "tipsom-update-ready", move |_| {
                    state.dispatch(Action::UpdateReady)
                })
            });
            move || drop(listener)
        });
    }

    // Pressing Escape twice within a second leaves at once (the quick exit); so do three quick
    // taps on a touch screen, if the learner turned them on.
    use_effect_with(
        (state.locale, state.progress.preferences.exit_gesture),
        |(locale, gesture)| {
            use crate::web::adapters::quick_exit;
            let locale = *locale;
            let doc = web_sys::window().and_then(|w| w.document());
            let escape = doc
                .as_ref()
                .map(|doc| quick_exit::on_escape_twice(doc, move || Some(locale)));
            let taps = doc
                .as_ref()
                .filter(|_| *gesture)
                .map(|doc| quick_exit::on_three_taps(doc, move || Some(locale)));
            move || drop((escape, taps))
        },
    );

    // Every local change of progress is saved, merged with what other tabs stored meanwhile.
    {
        let state = state.clone();
        use_effect_with(state.unsaved, move |unsaved| {
            if *unsaved > 0 && state.storage.may_write() {
                let action = match save(&LocalStore::new(), &state.progress, state.storage_seen) {
                    Ok(Saved::Written(progress)) => Action::ProgressSaved {
                        progress,
                        status: StorageStatus::Saving,
                    },
                    Ok(Saved::Recovered { value, backup_key }) => Action::ProgressSaved {
                        progress: value,
                        status: StorageStatus::Recovered { backup_key },
                    },
                    Ok(Saved::Erased) => Action::ForgottenElsewhere,
                    Ok(Saved::FromFuture(schema)) => Action::StorageStatusChanged(StorageStatus::FromFuture { schema }),
                    Ok(Saved::Unreadable) => Action::StorageStatusChanged(StorageStatus::Unreadable),
                    Err(_) => Action::StorageFailed,
                };
                state.dispatch(action);
            }
        });
    }

    // Answers given in another tab arrive through the `storage` event; so does its "Forget me",
    // as a removed key, after which this tab starts afresh rather than writing it all back.
    {
        let state = state.clone();
        use_storage_event(STORAGE_KEY, move |raw| match raw.map(|raw| decode(&raw)) {
            None => state.dispatch(Action::ForgottenElsewhere),
            Some(Decoded::Current(progress)) => state.dispatch(Action::ProgressSynced(progress)),
            Some(_) => {}
        });
    }

    html! {
        <ContextProvider<AppContext> context={state}>
            // The projector's views fill the window, with no header or footer.
            <Layout bare={fills_window(&route)}>{ props.routes.emit(route) }</Layout>
        </ContextProvider<AppContext>>
    }
}
