//! The session summary on the presenter screen: per question of the show, the votes recorded, the
//! right answer and the share of the room that chose it; printable on one page, and as CSV.

use crate::domain::content::ContentKey;
use crate::domain::presenter::tally::{right_share, summary_csv, SummaryRow};
use crate::domain::presenter::Show;
use crate::i18n::placeholders::fill;
use crate::i18n::TrainerMsg;
use crate::web::adapters::files::download;
use crate::web::components::question_form::{option_letter, option_texts};
use crate::web::hooks::use_app;
use crate::web::state::ContentView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionSummaryProps {
    pub show: Show,
}

#[function_component(SessionSummary)]
pub fn session_summary(props: &SessionSummaryProps) -> Html {
    let app = use_app();
    let l = app.locale;
    // Each question with the votes recorded, read against its case as the presenter downloaded it.
    let rows: Vec<(SummaryRow, Option<u8>)> = props
        .show
        .summary()
        .iter()
        .map(|t| {
            let case = match app.content(&ContentKey::Case(t.case_id.clone())) {
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
        .collect();
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
        let name = format!("{}.csv", props.show.deck_id);
        Callback::from(move |_: MouseEvent| {
            let _ = download(&name, &summary_csv(&table, header), "text/csv;charset=utf-8");
        })
    };
    let print = Callback::from(|_: MouseEvent| print_summary());
    html! {
        <details class="summary-panel" data-testid="session-summary">
            <summary>{ TrainerMsg::SummaryHeading.text(l) }</summary>
            <h2 class="summary-panel__title">{ fill(TrainerMsg::SummaryOf.text(l), &[("name", &crate::i18n::user_text::isolate(&props.show.deck_name))]) }</h2>
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

/// Prints the summary alone: a copy of it, opened, is placed at the top of the page, and the print
/// stylesheet shows only that copy (hiding the rest would still leave its space on the pages).
/// The copy goes when the print dialog closes.
fn print_summary() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let (Some(panel), Some(body)) = (
        document.query_selector("[data-testid=session-summary]").ok().flatten(),
        document.body(),
    ) else {
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
