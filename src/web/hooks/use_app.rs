//! The app context: the state handle provided by [`crate::web::app::App`], plus translation helpers.

use crate::i18n::{Locale, Msg};
use crate::web::state::AppState;
use yew::prelude::*;

/// The handle every page uses to read state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

/// The app context; panics only if a component is rendered outside the provider, a programming error.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App's context provider")
}

/// Translates a message into the current language.
pub fn t(locale: Locale, msg: Msg) -> &'static str {
    msg.text(locale)
}
