//! The what-if explorer: a case's facts as switches grouped by element; every switch recomputes
//! the verdict under both frames of law at once, with the articles cited. Also works on a blank case.

use crate::domain::content::ContentKey;
use crate::domain::facts::{Act, FactKey, Facts, Means, MoroccanBorder, Purpose};
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

/// The switches, grouped by the element they bear on.
fn groups() -> Vec<(Msg, Vec<FactKey>)> {
    vec![
        (Msg::GroupAct, Act::ALL.iter().map(|a| FactKey::Act(*a)).collect()),
        (Msg::GroupMeans, Means::ALL.iter().map(|m| FactKey::Means(*m)).collect()),
        (
            Msg::GroupPurpose,
            Purpose::ALL.iter().map(|p| FactKey::Purpose(*p)).collect(),
        ),
        (Msg::GroupPerson, vec![FactKey::Child, FactKey::Consent]),
        (
            Msg::GroupCrossing,
            vec![
                FactKey::IllegalEntryProcured,
                FactKey::MoroccanBorder(MoroccanBorder::Entry),
                FactKey::MoroccanBorder(MoroccanBorder::Exit),
                FactKey::IrregularMigration,
            ],
        ),
        (Msg::GroupBenefit, vec![FactKey::Benefit]),
        (
            Msg::GroupAggravation,
            vec![
                FactKey::LivesEndangered,
                FactKey::DegradingTreatment,
                FactKey::FraudulentDocuments,
            ],
        ),
    ]
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

#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let l = use_app().locale;
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
            if let Some(title) = &title {
                <p class="lead" dir="auto">{ title }</p>
            }
            <p>{ Msg::ExplorerIntro.text(l) }</p>
            <div class="explorer">
                <form class="explorer__facts" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for groups().into_iter().map(|(group, keys)| html! {
                        <fieldset class="switch-group">
                            <legend>{ group.text(l) }</legend>
                            <ul role="list">{ for keys.into_iter().map(|k| switch(k, &shown, l, onchange.clone())) }</ul>
                        </fieldset>
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
