//! Feedback after an answer: how it fared (in words and symbols, never colour alone), why each
//! option was right or wrong, the author's explanation, and the engine's legal reasoning.

use crate::domain::analysis::analyse;
use crate::domain::case::Question;
use crate::domain::facts::Facts;
use crate::domain::progress::StepRecord;
use crate::domain::scoring::{option_marks, OptionMark, Outcome};
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg};
use crate::web::components::legal_breakdown::LegalBreakdown;
use crate::web::components::question_form::{option_letter, option_texts};
use crate::web::route::Route;
use yew::prelude::*;

/// The reference cards offered from every feedback.
const REFERENCE_LINKS: [(&str, Msg); 6] = [
    ("trafficking-definition", Msg::CardTrafficking),
    ("smuggling-definition", Msg::CardSmuggling),
    ("comparison", Msg::CardComparison),
    ("indicators", Msg::CardIndicators),
    ("victim-protection", Msg::CardProtection),
    ("moroccan-law", Msg::CardMoroccanLaw),
];

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub question: Question<String>,
    pub record: StepRecord,
    pub explanation: String,
    pub facts: Option<Facts>,
    pub locale: Locale,
    /// Receives focus when the feedback appears.
    pub node_ref: NodeRef,
    /// Where the explorer link leads.
    pub case_id: String,
    pub step: usize,
}

#[function_component(Feedback)]
pub fn feedback(props: &FeedbackProps) -> Html {
    let l = props.locale;
    let q = &props.question;
    let outcome = Outcome::from_score(props.record.score);
    let (icon, class, msg) = match outcome {
        Outcome::Correct => ("✓", "outcome outcome--correct", Msg::ResultCorrect),
        Outcome::Partial => ("◐", "outcome outcome--partial", Msg::ResultPartial),
        Outcome::Incorrect => ("✗", "outcome outcome--incorrect", Msg::ResultIncorrect),
    };
    let texts = option_texts(q, l);
    let right: Vec<&str> = q
        .correct_options()
        .into_iter()
        .filter_map(|i| texts.get(i).map(String::as_str))
        .collect();
    let marks = option_marks(q, &props.record.chosen);
    let per_option: Html = match q {
        Question::Action { options, .. } => html! {
            <ul class="option-feedback">
                { for options.iter().enumerate().map(|(i, o)| {
                    let (mark_icon, mark_msg) = match marks[i] {
                        OptionMark::ChosenRight => ("✓", Msg::OptionChosenRight),
                        OptionMark::ChosenWrong => ("✗", Msg::OptionChosenWrong),
                        OptionMark::Missed => ("!", Msg::OptionMissed),
                        OptionMark::RightlyLeft => ("–", Msg::OptionRightlyLeft),
                    };
                    html! {
                        <li class={format!("option-feedback__item option-feedback__item--{}", if o.correct { "right" } else { "wrong" })}>
                            <p><span aria-hidden="true">{ mark_icon }{ " " }</span>
                               <strong>{ option_letter(i, l) }{ ". " }</strong><span dir="auto">{ &o.text }</span></p>
                            <p class="option-feedback__verdict">{ mark_msg.text(l) }</p>
                            <p dir="auto">{ &o.feedback }</p>
                        </li>
                    }
                }) }
            </ul>
        },
        Question::Indicators { sentences, .. } => html! {
            <>
                <ul class="option-feedback" data-testid="indicator-feedback">
                    { for sentences.iter().enumerate().filter(|(i, _)| marks[*i] != OptionMark::RightlyLeft).map(|(i, sentence)| {
                        let (icon, line) = match (marks[i], sentence.indicator) {
                            (OptionMark::ChosenRight, Some(ind)) => ("✓", fill(Msg::IndicatorFound.text(l), &[("indicator", labels::indicator(ind, l)), ("kind", labels::indicator_kind(ind.kind(), l))])),
                            (OptionMark::Missed, Some(ind)) => ("!", fill(Msg::IndicatorMissed.text(l), &[("indicator", labels::indicator(ind, l)), ("kind", labels::indicator_kind(ind.kind(), l))])),
                            _ => ("✗", Msg::IndicatorWrong.text(l).to_string()),
                        };
                        html! {
                            <li class={format!("option-feedback__item option-feedback__item--{}", if sentence.indicator.is_some() { "right" } else { "wrong" })}>
                                <p dir="auto">{ &sentence.text }</p>
                                <p class="option-feedback__verdict"><span aria-hidden="true">{ icon }{ " " }</span>{ line }</p>
                            </li>
                        }
                    }) }
                </ul>
                <p class="notice notice--info">{ Msg::IndicatorsCaveat.text(l) }</p>
            </>
        },
        Question::WhatIf {
            options, frame, answer, ..
        } => match &props.facts {
            Some(facts) => html! {
                <ul class="option-feedback" data-testid="what-if-feedback">
                    { for options.iter().enumerate().map(|(i, change)| {
                        let verdict = analyse(&change.apply(facts), *frame).verdict;
                        html! {
                            <li class={format!("option-feedback__item option-feedback__item--{}", if answer.contains(&i) { "right" } else { "wrong" })}>
                                <p><strong>{ option_letter(i, l) }{ ". " }</strong><span dir="auto">{ labels::fact_change(*change, l) }</span></p>
                                <p class="option-feedback__verdict">{ fill(Msg::WhatIfResult.text(l), &[("verdict", labels::verdict(verdict, l))]) }</p>
                            </li>
                        }
                    }) }
                </ul>
            },
            None => html! {},
        },
        _ => html! {},
    };
    html! {
        <section class="feedback" ref={props.node_ref.clone()} tabindex="-1" aria-labelledby="feedback-heading" data-testid="feedback">
            <h2 id="feedback-heading" class="visually-hidden">{ Msg::FeedbackHeading.text(l) }</h2>
            <p class={class} data-outcome={format!("{outcome:?}").to_lowercase()}>
                <span class="outcome__icon" aria-hidden="true">{ icon }</span>
                <strong>{ msg.text(l) }</strong>
                <span class="outcome__score">{ fill(Msg::StepScore.text(l), &[("score", &props.record.score.to_string())]) }</span>
            </p>
            if !matches!(q, Question::Indicators { .. }) {
                <p class="feedback__answer" dir="auto">{ fill(Msg::RightAnswerIs.text(l), &[("answer", &labels::join(&right, l))]) }</p>
            }
            { per_option }
            <h3>{ Msg::WhyHeading.text(l) }</h3>
            <p class="feedback__explanation" dir="auto">{ &props.explanation }</p>
            if let Some(facts) = &props.facts {
                <LegalBreakdown facts={facts.clone()} locale={l} />
                <p><a href={Route::ExploreCase { id: props.case_id.clone(), step: props.step }.href()} class="button">{ Msg::ExplorerOpen.text(l) }</a></p>
            }
            <nav class="reference-links" aria-label={Msg::ReferenceCards.text(l)}>
                <h3>{ Msg::ReferenceCards.text(l) }</h3>
                <ul>
                    { for REFERENCE_LINKS.iter().map(|(id, msg)| html! {
                        <li><a href={Route::Card { id: id.to_string() }.href()}>{ msg.text(l) }</a></li>
                    }) }
                </ul>
            </nav>
        </section>
    }
}
