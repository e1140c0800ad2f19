//! "A new version is available": the learner chooses when to reload; progress is already saved.

use crate::i18n::Msg;
use crate::web::hooks::use_app;
use crate::web::state::Action;
use yew::prelude::*;

#[function_component(UpdateNotice)]
pub fn update_notice() -> Html {
    let app = use_app();
    if !app.update_ready {
        return html! {};
    }
    let l = app.locale;
    // The page script (scripts/boot-extra.js) activates the waiting worker, then reloads.
    let onreload = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            if let Ok(event) = web_sys::Event::new("tipsom-apply-update") {
                let _ = w.dispatch_event(&event);
            }
        }
    });
    let onlater = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::UpdateLater))
    };
    html! {
        <div class="notice notice--info" role="status" data-testid="update-notice">
            <p>{ Msg::UpdateAvailable.text(l) }</p>
            <p class="actions">
                <button type="button" class="button button--primary" onclick={onreload} data-testid="update-reload">{ Msg::UpdateReload.text(l) }</button>
                <button type="button" class="button" onclick={onlater}>{ Msg::Later.text(l) }</button>
            </p>
        </div>
    }
}
