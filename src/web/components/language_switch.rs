//! The language switch, on every screen; switching keeps the page and any answer in progress.

use crate::i18n::{Locale, Msg};
use crate::web::adapters::clock;
use crate::web::hooks::use_app;
use crate::web::state::Action;
use yew::prelude::*;

#[function_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let app = use_app();
    let current = app.locale;
    html! {
        <div class="language-switch" role="group" aria-label={Msg::LanguageLabel.text(current)}>
            { for Locale::ALL.iter().map(|locale| {
                let locale = *locale;
                let app = app.clone();
                let onclick = Callback::from(move |_| app.dispatch(Action::SetLocale { locale, now: clock::now() }));
                html! {
                    <button type="button" lang={locale.code()} dir={locale.direction().as_str()}
                        aria-pressed={(locale == current).to_string()} {onclick}
                        data-locale={locale.code()}>
                        { locale.native_name() }
                    </button>
                }
            }) }
        </div>
    }
}
