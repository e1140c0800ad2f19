//! The page for an address that leads nowhere, in the current language.

use crate::i18n::Msg;
use crate::web::hooks::use_app;
use crate::web::route::Route;
use yew::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let l = use_app().locale;
    html! {
        <div class="page page--not-found" data-testid="not-found">
            <h1>{ Msg::NotFoundHeading.text(l) }</h1>
            <p>{ Msg::NotFoundText.text(l) }</p>
            <p><a href={Route::Home.href()} class="button">{ Msg::GoHome.text(l) }</a></p>
        </div>
    }
}
