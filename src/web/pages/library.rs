//! The case library: every case, filterable by audience.

use crate::domain::case::Track;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Msg};
use crate::web::components::case_card::CaseCard;
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::use_app;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[function_component(Library)]
pub fn library() -> Html {
    let app = use_app();
    let l = app.locale;
    let track = use_state(|| None::<Track>);
    let onchange = {
        let track = track.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            track.set(Track::ALL.into_iter().find(|t| format!("{t:?}") == value));
        })
    };
    let Some(bundle) = app.bundle() else {
        return html! { <div class="page"><h1>{ Msg::LibraryHeading.text(l) }</h1><LoadStatus /></div> };
    };
    let shown: Vec<_> = bundle
        .cases
        .iter()
        .filter(|c| track.is_none_or(|t| c.tracks.contains(&t)))
        .collect();
    html! {
        <div class="page page--library">
            <h1>{ Msg::LibraryHeading.text(l) }</h1>
            <p class="lead">{ Msg::LibraryIntro.text(l) }</p>
            <div class="filters">
                <label for="filter-track">{ Msg::FilterTrack.text(l) }</label>
                <select id="filter-track" {onchange}>
                    <option value="" selected={track.is_none()}>{ Msg::FilterAll.text(l) }</option>
                    { for Track::ALL.iter().map(|t| html! {
                        <option value={format!("{t:?}")} selected={*track == Some(*t)}>{ labels::track(*t, l) }</option>
                    }) }
                </select>
                <p class="filters__count" role="status">{ fill(Msg::LibraryCount.text(l), &[("count", &shown.len().to_string())]) }</p>
            </div>
            <ul class="case-list" role="list">
                { for shown.into_iter().map(|c| html! {
                    <CaseCard case={c.clone()} status={app.progress.status(&c.id)} locale={l} />
                }) }
            </ul>
        </div>
    }
}
