//! The mastery chart: one SVG bar per concept, readable on a phone, with a table as text alternative.

use crate::domain::concept::Concept;
use crate::domain::learning::{Mastery, MASTERED};
use crate::i18n::{labels, Locale, Msg};
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MasteryChartProps {
    pub mastery: BTreeMap<Concept, Mastery>,
    pub locale: Locale,
}

#[function_component(MasteryChart)]
pub fn mastery_chart(props: &MasteryChartProps) -> Html {
    let l = props.locale;
    if props.mastery.is_empty() {
        return html! { <p>{ Msg::MasteryNone.text(l) }</p> };
    }
    html! {
        <div class="mastery" data-testid="mastery">
            <ul class="mastery__bars" role="list" aria-label={Msg::MasteryChartLabel.text(l)}>
                { for props.mastery.iter().map(|(concept, m)| {
                    let name = labels::concept(*concept, l);
                    let mastered = m.level >= MASTERED;
                    html! {
                        <li class="mastery__row">
                            <span class="mastery__label">{ name }</span>
                            // The bar is drawn in a 100-unit box, so its width is the percentage itself.
                            <svg class="mastery__bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"
                                aria-label={format!("{name}: {}%", m.level)} focusable="false">
                                <rect x="0" y="0" width="100" height="10" class="mastery__track" />
                                <rect x="0" y="0" width={m.level.to_string()} height="10"
                                    class={if mastered { "mastery__fill mastery__fill--done" } else { "mastery__fill" }} />
                                <line x1={MASTERED.to_string()} x2={MASTERED.to_string()} y1="0" y2="10" class="mastery__goal" />
                            </svg>
                            <span class="mastery__value">{ format!("{}%", m.level) }{ if mastered { " ✓" } else { "" } }</span>
                        </li>
                    }
                }) }
            </ul>
            <details class="mastery__table">
                <summary>{ Msg::MasteryTableCaption.text(l) }</summary>
                <table>
                    <thead><tr>
                        <th scope="col">{ Msg::ColumnConcept.text(l) }</th>
                        <th scope="col">{ Msg::ColumnMastery.text(l) }</th>
                        <th scope="col">{ Msg::ColumnAnswers.text(l) }</th>
                    </tr></thead>
                    <tbody>
                        { for props.mastery.iter().map(|(c, m)| html! {
                            <tr><th scope="row">{ labels::concept(*c, l) }</th><td>{ format!("{}%", m.level) }</td><td>{ m.evidence }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </div>
    }
}
