//! The what-if explorer: a case's facts as switches grouped by what they bear on; every switch
//! recomputes the verdict under both frames of law at once, with the articles cited. Also works on
//! a blank situation.
//!
//! On a phone the groups fold (`<details>`), open where the starting facts are, so a 360 px screen
//! shows a few headings rather than sixty switches; both frames' verdicts stay in view in a sticky
//! bar while facts are switched, and an open question of law is shown as one, never as a verdict.

use crate::domain::analysis::Comparison;
use crate::domain::content::ContentKey;
use crate::domain::fact_group::FactGroup;
use crate::domain::facts::{FactKey, Facts};
use crate::domain::frame::Frame;
use crate::i18n::law_labels::{self, Ui};
use crate::i18n::{labels, Locale, Msg};
use crate::web::components::legal_breakdown::LegalBreakdown;
use crate::web::hooks::{use_app, use_optional_content};
use crate::web::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    /// The case and step whose facts to start from; a blank situation when `None`.
    #[prop_or_default]
    pub case: Option<(String, usize)>,
}

/// The heading of a group of switches (the case editor shows the same groups).
pub fn heading(group: FactGroup, l: Locale) -> &'static str {
    match group {
        FactGroup::Act => Msg::GroupAct.text(l),
        FactGroup::Means => Msg::GroupMeans.text(l),
        FactGroup::Purpose => Msg::GroupPurpose.text(l),
        FactGroup::Effects => law_labels::ui(Ui::GroupEffects, l),
        FactGroup::PersonStage => law_labels::ui(Ui::GroupPersonStage, l),
        FactGroup::Border => law_labels::ui(Ui::GroupBorder, l),
        FactGroup::Aggravations => law_labels::ui(Ui::GroupAggravations, l),
        FactGroup::Stay => law_labels::ui(Ui::GroupStay, l),
        FactGroup::Victim => law_labels::ui(Ui::GroupVictim, l),
        FactGroup::AroundVictim => law_labels::ui(Ui::GroupAroundVictim, l),
    }
}

fn switch(key: FactKey, facts: &Facts, l: Locale, onchange: Callback<(FactKey, bool)>) -> Html {
    let id = format!("fact-{}", key.code().replace(':', "-"));
    let on = facts.has(key);
    let onchange = Callback::from(move |_: Event| onchange.emit((key, !on)));
    html! {
        <li class="switch">
            <input type="checkbox" id={id.clone()} checked={on} {onchange} data-fact={key.code()} />
            <label for={id} dir="auto">{ labels::fact(key, l) }</label>
        </li>
    }
}

/// Both frames' verdicts in one line, each an open question where the law leaves it open.
pub fn verdict_bar(facts: &Facts, l: Locale) -> Html {
    let comparison = Comparison::of(facts);
    html! {
        <p class="explorer__verdicts" data-testid="explorer-verdicts">
            <span class="explorer__now">{ law_labels::ui(Ui::VerdictsNow, l) }</span>
            { for Frame::ALL.iter().map(|f| {
                let a = comparison.get(*f);
                let verdict = match a.verdict_if_open {
                    Some(alt) => format!("{} / {} ({})", labels::verdict(a.verdict, l), labels::verdict(alt, l), law_labels::ui(Ui::Open, l)),
                    None => labels::verdict(a.verdict, l).to_string(),
                };
                let class = if a.verdict_is_open() { "explorer__verdict explorer__verdict--open" } else { "explorer__verdict" };
                html! {
                    <span class={class} data-verdict-frame={format!("{f:?}").to_lowercase()} dir="auto">
                        <strong>{ labels::frame_heading(*f, l) }</strong>{ " " }{ verdict }
                    </span>
                }
            }) }
        </p>
    }
}

#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let discreet = app.progress.preferences.discreet;
    let case_view = use_optional_content(props.case.as_ref().map(|(id, _)| ContentKey::Case(id.clone())));
    let start: Option<Facts> = case_view
        .as_ref()
        .and_then(|v| v.doc())
        .and_then(|d| d.as_case())
        .and_then(|c| {
            let step = props.case.as_ref().map_or(0, |(_, s)| *s);
            let facts = c.effective_facts();
            facts.get(step).copied().flatten().or_else(|| c.final_facts()).cloned()
        });
    let title = case_view
        .as_ref()
        .and_then(|v| v.doc())
        .and_then(|d| d.as_case())
        .map(|c| c.title.clone());
    let facts = use_state(|| None::<Facts>);
    let shown = (*facts).clone().or_else(|| start.clone()).unwrap_or_default();
    // Which groups start open: those the starting facts touch, or the elements on a blank page.
    // Computed from the start, not from the facts being switched, so a group never folds under
    // the learner's finger.
    let initial = start.clone().unwrap_or_default();
    let blank = initial == Facts::default();

    let onchange = {
        let facts = facts.clone();
        let shown = shown.clone();
        Callback::from(move |(key, on): (FactKey, bool)| facts.set(Some(shown.with(key, on))))
    };
    let onreset = {
        let facts = facts.clone();
        Callback::from(move |_| facts.set(None))
    };
    let onclear = {
        let facts = facts.clone();
        Callback::from(move |_| facts.set(Some(Facts::default())))
    };
    html! {
        <div class="page page--explorer" data-testid="explorer">
            <h1>{ Msg::ExplorerHeading.text(l) }</h1>
            // Discreet mode: the case is not named (the explorer speaks of its facts, not its title).
            if let Some(title) = title.as_ref().filter(|_| !discreet) {
                <p class="lead" dir="auto">{ title }</p>
            }
            <p>{ Msg::ExplorerIntro.text(l) }</p>
            { verdict_bar(&shown, l) }
            <div class="explorer">
                <form class="explorer__facts" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for FactGroup::ALL.into_iter().map(|group| {
                        let keys = group.keys();
                        let open = if blank { group.open_when_blank() } else { keys.iter().any(|k| initial.has(*k)) };
                        let count = keys.iter().filter(|k| shown.has(**k)).count();
                        html! {
                            <details class="switch-group" open={open}>
                                <summary dir="auto">
                                    { heading(group, l) }
                                    if count > 0 {
                                        <span class="switch-group__count">{ format!(" ({count})") }</span>
                                    }
                                </summary>
                                <ul role="list">{ for keys.into_iter().map(|k| switch(k, &shown, l, onchange.clone())) }</ul>
                            </details>
                        }
                    }) }
                    <p class="actions">
                        if props.case.is_some() {
                            <button type="button" class="button" onclick={onreset}>{ Msg::ExplorerReset.text(l) }</button>
                        }
                        <button type="button" class="button" onclick={onclear}>{ Msg::ExplorerClear.text(l) }</button>
                    </p>
                </form>
                <div class="explorer__result" aria-live="polite" data-testid="explorer-result">
                    <LegalBreakdown facts={shown} locale={l} level={2} />
                </div>
            </div>
            if let Some((id, _)) = &props.case {
                <p><a href={Route::Case { id: id.clone() }.href()} class="button">{ Msg::BackToCase.text(l) }</a></p>
            }
        </div>
    }
}
