//! The session summary: per question of a show, the votes recorded, the right answer and the share
//! of the room that chose it; printable on one page, and as CSV. Drawn on the presenter screen
//! for the show going on, and on the decks page for a past session kept with its deck.

use crate::domain::content::ContentKey;
use crate::domain::presenter::tally::{right_share, summary_csv, StepVotes, SummaryRow};
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, TrainerMsg};
use crate::web::adapters::clock;
use crate::web::adapters::files::download;
use crate::web::components::question_form::{option_letter, option_texts};
use crate::web::hooks::{use_app, use_contents};
use crate::web::state::ContentView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionSummaryProps {
    /// The votes recorded, question by question.
    pub tally: Vec<StepVotes>,
    pub deck_name: String,
    /// When the session started (ms since the epoch), for its title and file name; 0 if unknown.
    #[prop_or_default]
    pub started_at: f64,
    /// The element's id, so its print copy is of this summary only.
    pub id: AttrValue,
    /// Opened at once (a past session asked for), rather than folded.
    #[prop_or_default]
    pub open: bool,
    #[prop_or(AttrValue::Static("session-summary"))]
    pub testid: AttrValue,
}

/// Each question with the votes recorded, read against its case as downloaded, and the share of
/// the room on a right answer (none while the case is not there).
fn rows(tally: &[StepVotes], cases: &[ContentView], l: Locale) -> Vec<(SummaryRow, Option<u8>)> {
    tally
        .iter()
        .zip(cases)
        .map(|(t, view)| {
            let case = match view {
                ContentView::Ready(doc) => doc.as_case().cloned(),
                _ => None,
            };
            let question = case
                .as_ref()
                .and_then(|c| c.steps.get(t.step))
                .map(|s| s.question.clone());
            let correct = question.as_ref().map(|q| q.correct_options()).unwrap_or_default();
            let count = question
                .as_ref()
                .map_or(t.votes.len(), |q| option_texts(q, l).len())
                .max(t.votes.len());
            let row = SummaryRow {
                case_title: case.as_ref().map_or_else(|| t.case_id.clone(), |c| c.title.clone()),
                step: t.step,
                prompt: question.as_ref().map(|q| q.prompt().clone()).unwrap_or_default(),
                options: (0..count)
                    .map(|i| {
                        (
                            option_letter(i, l).to_string(),
                            t.votes.get(i).copied().unwrap_or(0),
                            correct.contains(&i),
                        )
                    })
                    .collect(),
            };
            let share = question.as_ref().and_then(|_| right_share(&t.votes, &correct));
            (row, share)
        })
        .collect()
}

#[function_component(SessionSummary)]
pub fn session_summary(props: &SessionSummaryProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let keys: Vec<ContentKey> = props
        .tally
        .iter()
        .map(|t| ContentKey::Case(t.case_id.clone()))
        .collect();
    let cases = use_contents(keys);
    let rows = rows(&props.tally, &cases, l);
    let csv = {
        let table: Vec<SummaryRow> = rows.iter().map(|(r, _)| r.clone()).collect();
        let header = [
            TrainerMsg::SummaryCase.text(l),
            TrainerMsg::SummaryStep.text(l),
            TrainerMsg::SummaryQuestion.text(l),
            TrainerMsg::SummaryOption.text(l),
            TrainerMsg::SummaryVotes.text(l),
            TrainerMsg::SummaryRight.text(l),
        ];
        let started = if props.started_at > 0.0 {
            props.started_at
        } else {
            clock::now()
        };
        let date = crate::i18n::dates::LocalTime::of(started, clock::utc_offset_minutes(started)).iso_date();
        let name = format!("tipsom-summary-{date}.csv");
        Callback::from(move |_: MouseEvent| {
            let _ = download(&name, &summary_csv(&table, header), "text/csv;charset=utf-8");
        })
    };
    let print = {
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| print_summary(&id))
    };
    let title = fill(
        TrainerMsg::SummaryOf.text(l),
        &[("name", &crate::i18n::user_text::isolate(&props.deck_name))],
    );
    html! {
        <details class="summary-panel" id={props.id.clone()} open={props.open} data-testid={props.testid.clone()}>
            <summary>{ TrainerMsg::SummaryHeading.text(l) }</summary>
            <h2 class="summary-panel__title">{ title }</h2>
            if props.started_at > 0.0 {
                <p class="summary-panel__when">{ clock::written(props.started_at, l) }</p>
            }
            if rows.is_empty() {
                <p>{ TrainerMsg::SummaryNone.text(l) }</p>
            } else {
                <table class="summary-table" data-testid="summary-table">
                    <thead>
                        <tr>
                            <th scope="col">{ TrainerMsg::SummaryQuestion.text(l) }</th>
                            <th scope="col">{ TrainerMsg::SummaryVotes.text(l) }</th>
                            <th scope="col">{ TrainerMsg::SummaryShare.text(l) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|(row, share)| html! {
                            <tr data-testid="summary-row">
                                <th scope="row" dir="auto">
                                    <span class="summary-table__case">{ fill(TrainerMsg::SummaryWhere.text(l), &[("case", &row.case_title), ("step", &(row.step + 1).to_string())]) }</span>
                                    <span>{ &row.prompt }</span>
                                </th>
                                <td>
                                    <ul class="summary-table__votes" role="list">
                                        { for row.options.iter().map(|(letter, votes, right)| html! {
                                            <li class={classes!(right.then_some("summary-table__vote--right"))} data-votes={votes.to_string()}>
                                                { format!("{letter}\u{a0}: {votes}") }{ if *right { " ✓" } else { "" } }
                                            </li>
                                        }) }
                                    </ul>
                                </td>
                                <td data-testid="summary-share">{ share.map_or_else(|| "–".to_string(), |s| fill(TrainerMsg::SummaryPercent.text(l), &[("share", &s.to_string())])) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="actions summary-panel__actions">
                    <button type="button" class="button" onclick={csv} data-testid="summary-csv">{ TrainerMsg::SummaryCsvButton.text(l) }</button>
                    <button type="button" class="button" onclick={print} data-testid="summary-print">{ TrainerMsg::SummaryPrintButton.text(l) }</button>
                </p>
            }
            <p class="summary-panel__note">{ TrainerMsg::SummaryPrivacy.text(l) }</p>
        </details>
    }
}

/// Prints one summary alone: a copy of it, opened, is placed at the top of the page, and the print
/// stylesheet shows only that copy (hiding the rest would still leave its space on the pages).
/// The copy goes when the print dialog closes.
fn print_summary(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let (Some(panel), Some(body)) = (document.get_element_by_id(id), document.body()) else {
        return;
    };
    let Ok(copy) = panel.clone_node_with_deep(true) else {
        return;
    };
    let Ok(copy) = copy.dyn_into::<web_sys::Element>() else {
        return;
    };
    let _ = copy.set_attribute("open", "");
    copy.remove_attribute("data-testid").ok();
    copy.remove_attribute("id").ok();
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id("print-root");
    let _ = root.append_child(&copy);
    let _ = body.append_child(&root);
    crate::web::adapters::document::set_root_flag("print-summary", true);
    gloo::events::EventListener::once(&window, "afterprint", move |_| {
        root.remove();
        crate::web::adapters::document::set_root_flag("print-summary", false);
    })
    .forget();
    let _ = window.print();
}
