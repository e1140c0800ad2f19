//! The case editor's preview: the case being written, played step by step as a learner plays it
//! (the learner's question form and feedback), inside a phone-sized frame. Nothing is recorded:
//! a preview is not an attempt.

use crate::domain::case::LocalCase;
use crate::domain::progress::StepRecord;
use crate::domain::scoring::{option_marks, score};
use crate::i18n::editor_catalogue::EditorMsg;
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, Msg};
use crate::web::components::feedback::Feedback;
use crate::web::components::question_form::QuestionForm;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftPreviewProps {
    pub case: LocalCase,
    /// The language the case is played in (its texts are in it).
    pub locale: Locale,
}

#[function_component(DraftPreview)]
pub fn draft_preview(props: &DraftPreviewProps) -> Html {
    let l = props.locale;
    let case = &props.case;
    let step_index = use_state(|| 0usize);
    let selected = use_state(Vec::<usize>::new);
    let record = use_state(|| None::<StepRecord>);
    let feedback_ref = use_node_ref();
    let total = case.steps.len();
    let frame_attrs = |body: Html| {
        html! {
            <div class="phone-frame" data-testid="preview-frame" lang={l.code()} dir={l.direction().as_str()}>
                <div class="phone-frame__screen">{ body }</div>
            </div>
        }
    };
    if *step_index >= total {
        let onagain = {
            let (step_index, selected, record) = (step_index.clone(), selected.clone(), record.clone());
            Callback::from(move |_: MouseEvent| {
                step_index.set(0);
                selected.set(Vec::new());
                record.set(None);
            })
        };
        return frame_attrs(html! {
            <div class="case" data-testid="preview-done">
                <h2 dir="auto">{ &case.title }</h2>
                <p>{ EditorMsg::PreviewDone.text(l) }</p>
                <p><button type="button" class="button" onclick={onagain}>{ EditorMsg::PreviewAgain.text(l) }</button></p>
            </div>
        });
    }
    let step = &case.steps[*step_index];
    let facts = case.effective_facts()[*step_index].cloned();
    let multiple = step.question.is_multiple();
    let onpick = {
        let selected = selected.clone();
        Callback::from(move |option: usize| {
            let mut now = (*selected).clone();
            if multiple {
                if let Some(i) = now.iter().position(|o| *o == option) {
                    now.remove(i);
                } else {
                    now.push(option);
                }
            } else {
                now = vec![option];
            }
            selected.set(now);
        })
    };
    let onsubmit = {
        let (selected, record, question) = (selected.clone(), record.clone(), step.question.clone());
        let step = *step_index;
        Callback::from(move |()| {
            if selected.is_empty() {
                return;
            }
            record.set(Some(StepRecord {
                step,
                chosen: (*selected).clone(),
                confidence: None,
                score: score(&question, &selected),
                answered_at: 0.0,
                unknown: Default::default(),
            }));
        })
    };
    let onnext = {
        let (step_index, selected, record) = (step_index.clone(), selected.clone(), record.clone());
        Callback::from(move |_: MouseEvent| {
            step_index.set(*step_index + 1);
            selected.set(Vec::new());
            record.set(None);
        })
    };
    let is_last = *step_index + 1 == total;
    frame_attrs(html! {
        <article class="case" data-testid="preview-player" data-step={step_index.to_string()}>
            <header class="case__header">
                <h2 dir="auto">{ &case.title }</h2>
                <p class="case__step">{ fill(Msg::StepOf.text(l), &[("current", &(*step_index + 1).to_string()), ("total", &total.to_string())]) }</p>
            </header>
            <div class="case__story" dir="auto">
                { for step.text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| html! { <p>{ p.trim() }</p> }) }
            </div>
            <QuestionForm
                question={step.question.clone()}
                name={format!("preview-{}-{}", case.id, *step_index)}
                selected={record.as_ref().map(|r| r.chosen.clone()).unwrap_or_else(|| (*selected).clone())}
                confidence={None}
                marks={record.as_ref().map(|r| option_marks(&step.question, &r.chosen))}
                show_pick_hint={false}
                locale={l}
                {onpick} onconfidence={Callback::from(|_| {})} {onsubmit}
            />
            if let Some(record) = (*record).clone() {
                <Feedback question={step.question.clone()} {record} explanation={step.explanation.clone()} {facts} locale={l} node_ref={feedback_ref} case_id={case.id.clone()} step={*step_index}>
                    <p class="actions actions--next">
                        <button type="button" class="button button--primary" onclick={onnext} data-testid="preview-next">
                            { if is_last { Msg::FinishCase.text(l) } else { Msg::NextStep.text(l) } }
                        </button>
                    </p>
                </Feedback>
            }
        </article>
    })
}
