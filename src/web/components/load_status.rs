//! What a page shows while its content loads, or when it could not.

use crate::i18n::Msg;
use crate::web::hooks::use_app;
use crate::web::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadStatusProps {
    pub failed: bool,
}

#[function_component(LoadStatus)]
pub fn load_status(props: &LoadStatusProps) -> Html {
    let app = use_app();
    let l = app.locale;
    if props.failed {
        let onretry = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::RetryContent))
        };
        html! {
            <div class="notice notice--error" role="alert">
                <p>{ Msg::LoadFailed.text(l) }</p>
                <button type="button" class="button" onclick={onretry}>{ Msg::Retry.text(l) }</button>
            </div>
        }
    } else {
        html! { <p class="loading load-status" role="status"><span class="spinner" aria-hidden="true"></span>{ Msg::Loading.text(l) }</p> }
    }
}
