//! The home page: what the module teaches, who the learner is (asked on the first visit), where
//! they stand, and where "Start" leads (a first case for their track, or "Resume"/"Next").
//!
//! The static home page of `index.html` (`i18n::boot_shell`) has the same markup, filled in by
//! the home page's small module (`web::home_island`) until this app takes over. In discreet mode
//! the app alone draws it, in neutral words.

use crate::domain::audience::Audience;
use crate::domain::content::ContentKey;
use crate::domain::home_summary::HomeSummary;
use crate::domain::progress::Preferences;
use crate::domain::safety::case_number;
use crate::domain::start::{start_target, StartTarget};
use crate::i18n::phone_catalogue::{self, start_label};
use crate::i18n::placeholders::fill;
use crate::i18n::safety_catalogue::case_title;
use crate::i18n::{Msg, PhoneMsg, SafetyMsg};
use crate::web::adapters::clock;
use crate::web::components::load_status::LoadStatus;
use crate::web::components::progress_bar::ProgressBar;
use crate::web::hooks::{use_app, use_content};
use crate::web::route::Route;
use crate::web::state::{Action, ContentView};
use yew::prelude::*;

#[function_component(Home)]
pub fn home() -> Html {
    let app = use_app();
    let l = app.locale;
    let index = use_content(ContentKey::Index);
    let chosen = app.progress.preferences.audience;
    let discreet = app.progress.preferences.discreet;
    let start = match &index {
        ContentView::Ready(doc) => doc.as_index().map(|index| {
            let ids: Vec<&str> = index.cases.iter().map(|c| c.id.as_str()).collect();
            let summary = HomeSummary::of(&app.progress, &ids);
            // Discreet mode: "Resume: Case 12", never the case's title.
            let target = start_target(&app.progress, &index.cases, chosen).map(|t| StartTarget {
                title: case_title(&t.title, case_number(index, &t.case_id), discreet, l),
                ..t
            });
            (summary.done, summary.total, target)
        }),
        _ => None,
    };
    let onchoose = |audience: Audience| {
        let app = app.clone();
        Callback::from(move |_: Event| {
            app.dispatch(Action::SetPreferences {
                preferences: Preferences {
                    audience: Some(audience),
                    ..app.progress.preferences.clone()
                },
                now: clock::now(),
            })
        })
    };
    let audiences = html! {
        <fieldset class="audience" data-testid="audience">
            <legend>{ PhoneMsg::AudienceQuestion.text(l) }</legend>
            <div class="audience__choices">
                { for Audience::ALL.iter().map(|a| html! {
                    <label class="chip">
                        <input type="radio" name="audience" value={a.code()} checked={chosen == Some(*a)} onchange={onchoose(*a)} />
                        { phone_catalogue::audience(*a, l) }
                    </label>
                }) }
            </div>
        </fieldset>
    };
    html! {
        <div class="page page--home">
            if discreet {
                // Discreet mode: the page says nothing of what the app is about.
                <h1>{ Msg::DiscreetTitle.text(l) }</h1>
                <p class="lead">{ SafetyMsg::DiscreetIntro.text(l) }</p>
            } else {
                <h1>{ PhoneMsg::HomeHeading.text(l) }</h1>
                <p class="lead">{ Msg::HomeIntro.text(l) }</p>
            }
            {
                match start {
                    None if index == ContentView::Failed => html! { <LoadStatus failed=true /> },
                    // While the index loads, the same lines as the static first screen hold their
                    // places, so nothing below moves (and the largest paint stays the first one).
                    None => html! {
                        <>
                            { audiences }
                            <p class="actions">
                                <a href={Route::Start { audience: chosen.map(|a| a.code().to_string()) }.href()} class="button button--primary home__start">{ start_label(None, l) }</a>
                                <a href={Route::Library.href()} class="button">{ Msg::HomeBrowse.text(l) }</a>
                            </p>
                            <p class="progress-line loading" role="status"><span class="spinner" aria-hidden="true"></span>{ Msg::Loading.text(l) }</p>
                            <ProgressBar percent={0} />
                        </>
                    },
                    Some((done, total, target)) => html! {
                        <>
                            { audiences }
                            <p class="actions">
                                if let Some(target) = &target {
                                    <a href={Route::Case { id: target.case_id.clone() }.href()} class="button button--primary home__start" data-testid="start">{ start_label(Some(target), l) }</a>
                                }
                                <a href={Route::Library.href()} class="button">{ Msg::HomeBrowse.text(l) }</a>
                            </p>
                            <p class="progress-line">{ fill(Msg::HomeProgress.text(l), &[("done", &done.to_string()), ("total", &total.to_string())]) }</p>
                            <ProgressBar percent={(done * 100).checked_div(total).unwrap_or(0)} />
                        </>
                    },
                }
            }
            if !discreet {
                <section class="primer" aria-labelledby="primer-heading">
                    <h2 id="primer-heading">{ Msg::HomeElementsHeading.text(l) }</h2>
                    <div class="primer__cards">
                        <p class="card">{ Msg::HomeTraffickingSummary.text(l) }</p>
                        <p class="card">{ Msg::HomeSmugglingSummary.text(l) }</p>
                    </div>
                </section>
            }
        </div>
    }
}
