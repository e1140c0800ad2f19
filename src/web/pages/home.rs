//! The home page: what the module teaches, where the learner stands, and where to start.

use crate::domain::content::ContentKey;
use crate::domain::home_summary::HomeSummary;
use crate::i18n::placeholders::fill;
use crate::i18n::Msg;
use crate::web::components::load_status::LoadStatus;
use crate::web::components::progress_bar::ProgressBar;
use crate::web::hooks::{use_app, use_content};
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;

#[function_component(Home)]
pub fn home() -> Html {
    let app = use_app();
    let l = app.locale;
    let index = use_content(ContentKey::Index);
    let start = match &index {
        ContentView::Ready(doc) => doc.as_index().map(|index| {
            let ids: Vec<&str> = index.cases.iter().map(|c| c.id.as_str()).collect();
            let summary = HomeSummary::of(&app.progress, &ids);
            (summary.done, summary.total, summary.next)
        }),
        _ => None,
    };
    html! {
        <div class="page page--home">
            <h1>{ Msg::HomeHeading.text(l) }</h1>
            <p class="lead">{ Msg::HomeIntro.text(l) }</p>
            {
                match start {
                    None if index == ContentView::Failed => html! { <LoadStatus failed=true /> },
                    // While the index loads, the same lines as the static first screen hold their
                    // places, so nothing below moves (and the largest paint stays the first one).
                    None => html! {
                        <>
                            <p class="progress-line loading" role="status"><span class="spinner" aria-hidden="true"></span>{ Msg::Loading.text(l) }</p>
                            <ProgressBar percent={0} />
                            <p class="actions">
                                <a href={Route::Library.href()} class="button button--primary">{ Msg::HomeStart.text(l) }</a>
                                <a href={Route::Library.href()} class="button">{ Msg::HomeBrowse.text(l) }</a>
                            </p>
                        </>
                    },
                    Some((done, total, next)) => html! {
                        <>
                            <p class="progress-line">{ fill(Msg::HomeProgress.text(l), &[("done", &done.to_string()), ("total", &total.to_string())]) }</p>
                            <ProgressBar percent={(done * 100).checked_div(total).unwrap_or(0)} />
                            <p class="actions">
                                if let Some(id) = next {
                                    <a href={Route::Case { id }.href()} class="button button--primary">{ Msg::HomeStart.text(l) }</a>
                                }
                                <a href={Route::Library.href()} class="button">{ Msg::HomeBrowse.text(l) }</a>
                            </p>
                        </>
                    },
                }
            }
            <section class="primer" aria-labelledby="primer-heading">
                <h2 id="primer-heading">{ Msg::HomeElementsHeading.text(l) }</h2>
                <div class="primer__cards">
                    <p class="card">{ Msg::HomeTraffickingSummary.text(l) }</p>
                    <p class="card">{ Msg::HomeSmugglingSummary.text(l) }</p>
                </div>
            </section>
        </div>
    }
}
