//! `use_content`: a piece of content in the current language, downloaded on first use.

use crate::domain::content::{ContentDoc, ContentKey};
use crate::web::adapters::content_fetch;
use crate::web::hooks::use_app;
use crate::web::state::{Action, ContentView};
use std::rc::Rc;
use yew::prelude::*;

/// The piece of content named by `key`; asks for it when the current language lacks it.
#[hook]
pub fn use_content(key: ContentKey) -> ContentView {
    use_optional_content(Some(key)).unwrap_or(ContentView::Loading)
}

/// Like [`use_content`], but downloads nothing while `key` is `None` (hooks cannot be called conditionally).
#[hook]
pub fn use_optional_content(key: Option<ContentKey>) -> Option<ContentView> {
    let app = use_app();
    let needed = key.as_ref().is_some_and(|k| app.needs(k));
    let locale = app.locale;
    {
        let app = app.clone();
        use_effect_with((locale, key.clone(), needed), move |(locale, key, needed)| {
            if let (true, Some(key)) = (*needed, key) {
                let id = (*locale, key.clone());
                app.dispatch(Action::ContentRequested(id.clone()));
                wasm_bindgen_futures::spawn_local(async move {
                    match content_fetch::fetch(&id.1, id.0).await {
                        Ok(doc) => app.dispatch(Action::ContentLoaded(id, Rc::new(doc))),
                        Err(_) => app.dispatch(Action::ContentFailed(id)),
                    }
                });
            }
        });
    }
    key.map(|k| app.content(&k))
}

/// Helpers to read a view as one kind of content.
impl ContentView {
    pub fn doc(&self) -> Option<&Rc<ContentDoc>> {
        match self {
            ContentView::Ready(doc) => Some(doc),
            _ => None,
        }
    }
}

/// Several pieces of content in the current language (a summary's cases, a deck's handout), each
/// asked for once when the current language lacks it; their views, in the order of `keys`.
#[hook]
pub fn use_contents(keys: Vec<ContentKey>) -> Vec<ContentView> {
    let app = use_app();
    let needed: Vec<ContentKey> = keys.iter().filter(|k| app.needs(k)).cloned().collect();
    let locale = app.locale;
    {
        let app = app.clone();
        use_effect_with((locale, needed), move |(locale, needed)| {
            for key in needed {
                let id = (*locale, key.clone());
                app.dispatch(Action::ContentRequested(id.clone()));
                let app = app.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match content_fetch::fetch(&id.1, id.0).await {
                        Ok(doc) => app.dispatch(Action::ContentLoaded(id, Rc::new(doc))),
                        Err(_) => app.dispatch(Action::ContentFailed(id)),
                    }
                });
            }
        });
    }
    keys.iter().map(|k| app.content(k)).collect()
}
