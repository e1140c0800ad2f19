//! The notice that says when progress cannot be saved, was recovered, or belongs to a newer version.

use crate::i18n::Msg;
use crate::storage::StorageStatus;
use crate::web::components::packs_notice::PacksNotice;
use crate::web::hooks::use_app;
use crate::web::pages::progress::ExportButton;
use crate::web::state::Action;
use yew::prelude::*;

/// The progress notice, then the packs' (`PacksNotice`).
#[function_component(StorageNotice)]
pub fn storage_notice() -> Html {
    html! {
        <>
            <ProgressNotice />
            <PacksNotice />
        </>
    }
}

#[function_component(ProgressNotice)]
fn progress_notice() -> Html {
    let app = use_app();
    let l = app.locale;
    let message = match &app.storage {
        StorageStatus::Saving if app.forgotten_elsewhere => Msg::ForgottenElsewhere,
        StorageStatus::Saving => return html! {},
        StorageStatus::Unavailable => Msg::StorageUnavailable,
        StorageStatus::Unreadable => Msg::StorageUnreadable,
        StorageStatus::Recovered { .. } => Msg::StorageRecovered,
        StorageStatus::FromFuture { .. } => Msg::StorageFromFuture,
    };
    // Losing progress silently is the one thing to avoid: while nothing can be saved, the notice
    // cannot be dismissed and the way to keep progress (a file) is at hand.
    let in_memory_only = matches!(app.storage, StorageStatus::Unavailable | StorageStatus::Unreadable);
    let dismissible = !in_memory_only;
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
            if in_memory_only {
                <p><ExportButton /></p>
            }
            if dismissible {
                <button type="button" class="button button--quiet" onclick={ondismiss}>{ Msg::Dismiss.text(l) }</button>
            }
        </div>
    }
}
