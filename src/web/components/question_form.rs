//! A step's question: lettered options, an optional confidence, and the check button.

use crate::domain::case::Question;
use crate::domain::scoring::{Confidence, OptionMark};
use crate::domain::verdict::Verdict;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg};
use yew::prelude::*;

/// The letter shown before each option, in the language's own alphabet.
pub fn option_letter(index: usize, l: Locale) -> &'static str {
    const LATIN: [&str; 8] = ["A", "B", "C", "D", "E", "F", "G", "H"];
    const ARABIC: [&str; 8] = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح"];
    let letters = if l == Locale::Ar { &ARABIC } else { &LATIN };
    letters.get(index).copied().unwrap_or("•")
}

/// The text of each option of a question, in the current language.
pub fn option_texts(question: &Question<String>, l: Locale) -> Vec<String> {
    match question {
        Question::Classify { .. } => Verdict::ALL
            .iter()
            .map(|v| labels::verdict(*v, l).to_string())
            .collect(),
        Question::Elements { options, .. } => options.iter().map(|e| labels::element(*e, l).to_string()).collect(),
        Question::Action { options, .. } => options.iter().map(|o| o.text.clone()).collect(),
        Question::Indicators { sentences, .. } => sentences.iter().map(|s| s.text.clone()).collect(),
        Question::WhatIf { options, .. } => options.iter().map(|c| labels::fact_change(*c, l)).collect(),
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    pub question: Question<String>,
    /// Unique per case and step, so radio groups of two steps never mix.
    pub name: String,
    pub selected: Vec<usize>,
    pub confidence: Option<Confidence>,
    /// Set once the answer is checked: the options are then locked and marked.
    pub marks: Option<Vec<OptionMark>>,
    pub show_pick_hint: bool,
    pub locale: Locale,
    pub onpick: Callback<usize>,
    pub onconfidence: Callback<Option<Confidence>>,
    pub onsubmit: Callback<()>,
}

#[function_component(QuestionForm)]
pub fn question_form(props: &QuestionFormProps) -> Html {
    let l = props.locale;
    let q = &props.question;
    let multiple = q.is_multiple();
    let locked = props.marks.is_some();
    let hint = match q {
        Question::Classify { frame, .. } | Question::Elements { frame, .. } | Question::WhatIf { frame, .. } => {
            Some(fill(Msg::UnderFrame.text(l), &[("frame", labels::frame(*frame, l))]))
        }
        Question::Indicators { .. } => Some(Msg::IndicatorsHint.text(l).to_string()),
        Question::Action { .. } => None,
    };
    let sentences = matches!(q, Question::Indicators { .. });
    let onsubmit = {
        let cb = props.onsubmit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(());
        })
    };
    let input_type = if multiple { "checkbox" } else { "radio" };
    html! {
        <form class="question" {onsubmit} novalidate=true>
            <fieldset class="options" disabled={locked}>
                <legend class="question__prompt" dir="auto">{ q.prompt() }</legend>
                <p class="question__hint">
                    if let Some(hint) = hint { <span>{ hint }{ " " }</span> }
                    <span>{ if multiple { Msg::ChooseAll.text(l) } else { Msg::ChooseOne.text(l) } }</span>
                </p>
                if sentences {
                    <ol class="sentences" role="list" data-testid="sentences">
                        { for option_texts(q, l).into_iter().enumerate().map(|(i, text)| {
                            let pressed = props.selected.contains(&i);
                            let onpick = props.onpick.clone();
                            let onclick = Callback::from(move |_: MouseEvent| onpick.emit(i));
                            let mark = props.marks.as_ref().and_then(|m| m.get(i)).copied();
                            let class = match mark {
                                Some(OptionMark::ChosenRight) => "sentence sentence--right",
                                Some(OptionMark::ChosenWrong) => "sentence sentence--wrong",
                                Some(OptionMark::Missed) => "sentence sentence--missed",
                                _ => "sentence",
                            };
                            html! {
                                <li class={class}>
                                    <button type="button" aria-pressed={pressed.to_string()} {onclick} disabled={locked} dir="auto">
                                        <span class="sentence__mark" aria-hidden="true">{ if pressed { "◆" } else { "◇" } }</span>
                                        { text }
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                } else {
                <ol class="options__list" role="list">
                    { for option_texts(q, l).into_iter().enumerate().map(|(i, text)| {
                        let id = format!("{}-o{i}", props.name);
                        let checked = props.selected.contains(&i);
                        let onpick = props.onpick.clone();
                        let onchange = Callback::from(move |_: Event| onpick.emit(i));
                        let mark = props.marks.as_ref().and_then(|m| m.get(i)).copied();
                        let mark_class = match mark {
                            Some(OptionMark::ChosenRight) => "option option--right option--chosen",
                            Some(OptionMark::ChosenWrong) => "option option--wrong option--chosen",
                            Some(OptionMark::Missed) => "option option--missed",
                            _ => "option",
                        };
                        html! {
                            <li class={mark_class}>
                                <input type={input_type} id={id.clone()} name={props.name.clone()} value={i.to_string()} {checked} {onchange} />
                                <label for={id}>
                                    <span class="option__letter" aria-hidden="true">{ option_letter(i, l) }</span>
                                    <span class="option__text" dir="auto">{ text }</span>
                                </label>
                            </li>
                        }
                    }) }
                </ol>
                }
            </fieldset>
            if !locked {
                <fieldset class="confidence">
                    <legend>{ Msg::ConfidenceLegend.text(l) }</legend>
                    <div class="confidence__choices">
                        { for Confidence::ALL.iter().map(|c| {
                            let c = *c;
                            let id = format!("{}-c{:?}", props.name, c).to_lowercase();
                            let onconfidence = props.onconfidence.clone();
                            let current = props.confidence;
                            // Picking the chosen level again clears it: saying how sure is optional.
                            let onclick = Callback::from(move |_: MouseEvent| onconfidence.emit(if current == Some(c) { None } else { Some(c) }));
                            html! {
                                <label class="chip" for={id.clone()}>
                                    <input type="radio" id={id} name={format!("{}-confidence", props.name)} checked={props.confidence == Some(c)} {onclick} />
                                    <span>{ labels::confidence(c, l) }</span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
                if props.show_pick_hint {
                    <p class="question__error" role="alert">{ Msg::PickFirst.text(l) }</p>
                }
                <button type="submit" class="button button--primary">{ Msg::CheckAnswer.text(l) }</button>
            }
        </form>
    }
}
