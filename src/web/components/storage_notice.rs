//! The notice that says when progress cannot be saved, was recovered, or belongs to a newer version.

use crate::i18n::Msg;
use crate::storage::StorageStatus;
use crate::web::hooks::use_app;
use crate::web::pages::progress::ExportButton;
use crate::web::state::Action;
use yew::prelude::*;

#[function_component(StorageNotice)]
pub fn storage_notice() -> Html {
    let app = use_app();
    let l = app.locale;
    let message = match &app.storage {
        StorageStatus::Saving => return html! {},
        StorageStatus::Unavailable => Msg::StorageUnavailable,
        StorageStatus::Recovered { .. } => Msg::StorageRecovered,
        StorageStatus::FromFuture { .. } => Msg::StorageFromFuture,
    };
    // Losing progress silently is the one thing to avoid: the "unavailable" notice cannot be dismissed.
    let dismissible = !matches!(app.storage, StorageStatus::Unavailable);
    if app.notice_dismissed && dismissible {
        return html! {};
    }
    let ondismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="notice notice--warning" role="alert" data-testid="storage-notice">
            <p>{ message.text(l) }</p>
            // When nothing can be saved, the way to keep progress is at hand.
            if matches!(app.storage, StorageStatus::Unavailable) {
                <p><ExportButton /></p>
            }
            if dismissible {
                <button type="button" class="button button--quiet" onclick={ondismiss}>{ Msg::Dismiss.text(l) }</button>
            }
        </div>
    }
}
