//! A case in a list: title, summary, the learner's status (not started, in progress, done with
//! its score), length (steps and minutes) and audiences. In discreet mode, its number instead of
//! its title, and nothing of its subject (no summary, no warning badge, no pack name).

use crate::domain::content::CaseSummary;
use crate::domain::progress::CaseStatus;
use crate::i18n::grammar::Counted;
use crate::i18n::labels;
use crate::i18n::placeholders::fill;
use crate::i18n::safety_catalogue::case_title;
use crate::i18n::{Locale, Msg};
use crate::web::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaseCardProps {
    pub case: CaseSummary,
    pub status: CaseStatus,
    pub locale: Locale,
    /// Discreet mode: the case goes by this number in the library ("Case 12").
    #[prop_or_default]
    pub discreet: Option<usize>,
}

#[function_component(CaseCard)]
pub fn case_card(props: &CaseCardProps) -> Html {
    let l = props.locale;
    let case = &props.case;
    let (status_class, status_text) = match props.status {
        CaseStatus::NotStarted => ("status status--new", Msg::CaseNotStarted.text(l).to_string()),
        CaseStatus::InProgress => ("status status--progress", Msg::CaseInProgress.text(l).to_string()),
        CaseStatus::Done(score) => (
            "status status--done",
            fill(Msg::CaseDone.text(l), &[("score", &score.to_string())]),
        ),
    };
    let tracks: Vec<&str> = case.tracks.iter().map(|t| labels::track(*t, l)).collect();
    let discreet = props.discreet.is_some();
    let title = case_title(&case.title, props.discreet, discreet, l);
    html! {
        <li class="case-card" data-case-id={case.id.clone()}>
            <h2 class="case-card__title">
                <a href={Route::Case { id: case.id.clone() }.href()}>{ title }</a>
            </h2>
            if !discreet {
                <p class="case-card__summary" dir="auto">{ &case.summary }</p>
            }
            <p class="case-card__meta">
                <span class={status_class} data-testid="case-status">{ status_text }</span>
                <span class="case-card__length">
                    { Counted::Steps.phrase(case.steps, l) }
                    if case.minutes > 0 {
                        { " · " }{ Counted::Minutes.phrase(case.minutes as usize, l) }
                    }
                </span>
                <span class="case-card__tracks">{ labels::join(&tracks, l) }</span>
                if case.content_warning && !discreet {
                    <span class="badge badge--warning">{ Msg::ContentWarningBadge.text(l) }</span>
                }
                if !case.pack.is_empty() && !discreet {
                    <span class="badge" dir="auto">{ crate::i18n::user_text::clean(&case.pack) }</span>
                }
            </p>
        </li>
    }
}
