//! Feedback after an answer. First what fits a phone's first screen: how it fared (in words and
//! symbols, never colour alone), the answer in one line, one sentence of why, and the way on
//! (given by the page). Then why each option was right or wrong, the rest of the explanation, and
//! the engine's legal reasoning as a grid, its full text one tap away (a remembered preference).

use crate::domain::analysis::analyse;
use crate::domain::case::Question;
use crate::domain::facts::Facts;
use crate::domain::first_sentence::split_first_sentence;
use crate::domain::frame::Frame;
use crate::domain::progress::StepRecord;
use crate::domain::scoring::{option_marks, OptionMark, Outcome};
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg, PhoneMsg};
use crate::web::adapters::clock;
use crate::web::components::legal_breakdown::{BreakdownView, LegalBreakdown};
use crate::web::components::question_form::{option_letter, option_texts};
use crate::web::hooks::use_app;
use crate::web::route::Route;
use crate::web::state::Action;
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
    /// The way on (the page's Next button), right under the first sentence of why.
    #[prop_or_default]
    pub children: Html,
    /// Just answered: the summary (verdict, why, Next) is painted in the frame of the answer, the
    /// rest right after that paint. A feedback reopened (reread, Back from a card) draws whole at
    /// once, so the scroll position left can be restored.
    #[prop_or_default]
    pub defer: bool,
}

#[function_component(Feedback)]
pub fn feedback(props: &FeedbackProps) -> Html {
    let app = use_app();
    let l = props.locale;
    let q = &props.question;
    let full_reasoning = app.progress.preferences.full_reasoning;
    let whole = use_state(|| !props.defer);
    {
        let whole = whole.clone();
        use_effect_with((), move |_| {
            if !*whole {
                crate::web::adapters::frame::after_paint(move || whole.set(true));
            }
        });
    }
    let ontoggle = {
        let app = app.clone();
        Callback::from(move |open: bool| {
            let preferences = crate::domain::progress::Preferences {
                full_reasoning: open,
                ..app.progress.preferences.clone()
            };
            app.dispatch(Action::SetPreferences {
                preferences,
                now: clock::now(),
            });
        })
    };
    let (why, why_rest) = split_first_sentence(&props.explanation);
    // The answer in one line: an action's options are sentences, so their letters stand for them
    // (the options above carry the marks); verdicts and elements are short enough to name.
    let answer_line = match q {
        Question::Indicators { .. } => None,
        Question::Action { .. } => {
            let letters: Vec<&str> = q.correct_options().into_iter().map(|i| option_letter(i, l)).collect();
            Some(labels::join(&letters, l))
        }
        _ => None,
    };
    // What the law makes of the step, when the question did not ask it outright.
    let verdict_line = match (q, &props.facts) {
        (Question::Classify { .. }, _) | (_, None) => None,
        (_, Some(facts)) => {
            let [international, morocco] = Frame::ALL.map(|f| analyse(facts, f).verdict);
            Some(if international == morocco {
                labels::verdict(international, l).to_string()
            } else {
                format!(
                    "{} {} · {} {}",
                    PhoneMsg::FrameInternationalShort.text(l),
                    labels::verdict(international, l),
                    PhoneMsg::FrameMoroccoShort.text(l),
                    labels::verdict(morocco, l)
                )
            })
        }
    };
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
    // Drawn with the rest of the feedback, after the summary's paint.
    let per_option: Html = if !*whole {
        Html::default()
    } else {
        match q {
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
        }
    };
    // The rest of the feedback, once the summary has been painted.
    let rest = whole.then(|| html! {
        <>
            { per_option }
            if !why_rest.is_empty() {
                <h3>{ Msg::WhyHeading.text(l) }</h3>
                <p class="feedback__explanation" dir="auto">{ why_rest }</p>
            }
            if let Some(facts) = &props.facts {
                <LegalBreakdown facts={facts.clone()} locale={l} view={BreakdownView::GridThenDetails { open: full_reasoning }} {ontoggle} />
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
        </>
    });
    html! {
        <section class="feedback" ref={props.node_ref.clone()} tabindex="-1" aria-labelledby="feedback-heading" data-testid="feedback" data-drawn={if *whole { "whole" } else { "summary" }}>
            <h2 id="feedback-heading" class="visually-hidden">{ PhoneMsg::FeedbackHeading.text(l) }</h2>
            <div class="feedback__summary" data-testid="feedback-summary">
                <p class={class} data-outcome={format!("{outcome:?}").to_lowercase()}>
                    <span class="outcome__icon" aria-hidden="true">{ icon }</span>
                    <strong>{ msg.text(l) }</strong>
                    <span class="outcome__score">{ fill(Msg::StepScore.text(l), &[("score", &props.record.score.to_string())]) }</span>
                </p>
                if !matches!(q, Question::Indicators { .. }) {
                    <p class="feedback__answer" dir="auto" data-testid="verdict-line">{ fill(Msg::RightAnswerIs.text(l), &[("answer", &answer_line.clone().unwrap_or_else(|| labels::join(&right, l)))]) }</p>
                }
                if let Some(verdict) = verdict_line {
                    <p class="feedback__verdict" dir="auto">{ fill(Msg::VerdictUnder.text(l), &[("verdict", &verdict)]) }</p>
                }
                <p class="feedback__why" dir="auto">{ why }</p>
                { props.children.clone() }
            </div>
            { rest.unwrap_or_default() }
        </section>
    }
}
