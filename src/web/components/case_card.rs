//! A case in a list: title, summary, audiences, length and the learner's status.

use crate::domain::content::CaseSummary;
use crate::domain::progress::CaseStatus;
use crate::i18n::labels;
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, Msg};
use crate::web::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaseCardProps {
    pub case: CaseSummary,
    pub status: CaseStatus,
    pub locale: Locale,
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
    html! {
        <li class="case-card" data-case-id={case.id.clone()}>
            <h2 class="case-card__title">
                <a href={Route::Case { id: case.id.clone() }.href()}>{ &case.title }</a>
            </h2>
            <p class="case-card__summary" dir="auto">{ &case.summary }</p>
            <p class="case-card__meta">
                <span class={status_class}>{ status_text }</span>
                <span>{ fill(Msg::StepsCount.text(l), &[("count", &case.steps.to_string())]) }</span>
                <span>{ labels::join(&tracks, l) }</span>
                if case.content_warning {
                    <span class="badge badge--warning">{ Msg::ContentWarningBadge.text(l) }</span>
                }
                if !case.pack.is_empty() {
                    <span class="badge" dir="auto">{ crate::i18n::user_text::clean(&case.pack) }</span>
                }
            </p>
        </li>
    }
}
