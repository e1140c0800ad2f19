//! The notice that says which content packs kept on the device were set aside, and why: in the
//! learner app too, which checks stored packs as the trainer app does before playing them.

use crate::i18n::packs_catalogue::PackMsg;
use crate::i18n::placeholders::fill;
use crate::i18n::user_text::{isolate, shown_name};
use crate::storage::StorageStatus;
use crate::web::components::pack_panel::problem_rows;
use crate::web::hooks::use_app;
use yew::prelude::*;

#[function_component(PacksNotice)]
pub fn packs_notice() -> Html {
    let app = use_app();
    let l = app.locale;
    let status = match &app.packs_storage {
        StorageStatus::Recovered { .. } => Some(PackMsg::PacksRecovered),
        StorageStatus::Unreadable => Some(PackMsg::PacksUnreadable),
        StorageStatus::FromFuture { .. } => Some(PackMsg::PacksFromFuture),
        _ => None,
    };
    if status.is_none() && app.packs.refused.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice notice--warning" role="status" data-testid="packs-notice">
            if let Some(message) = status {
                <p>{ message.text(l) }</p>
            }
            { for app.packs.refused.iter().map(|r| html! {
                <details>
                    <summary dir="auto">{ fill(PackMsg::PackSetAside.text(l), &[("name", &isolate(&shown_name(&r.name, PackMsg::UnnamedPack.text(l))))]) }</summary>
                    { problem_rows(&r.problems, l) }
                </details>
            }) }
        </div>
    }
}
