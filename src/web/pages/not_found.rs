//! The page for an address that leads nowhere, in the current language.

use crate::i18n::Msg;
use crate::web::hooks::use_app;
use crate::web::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let l = use_app().locale;
    html! {
        <div class="page page--not-found" data-testid="not-found">
            <h1>{ Msg::NotFoundHeading.text(l) }</h1>
            <p>{ Msg::NotFoundText.text(l) }</p>
            <p><Link<Route> to={Route::Home} classes="button">{ Msg::GoHome.text(l) }</Link<Route>></p>
        </div>
    }
}
