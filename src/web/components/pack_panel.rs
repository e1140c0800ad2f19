//! The library's panel for trainers: add a pack file (every problem shown, in the learner's
//! language, if it is refused), remove packs, and export cases as a pack, GIFT or Moodle XML.

use crate::domain::case::SourceCase;
use crate::domain::content::{ContentDoc, ContentKey};
use crate::domain::lms;
use crate::domain::order;
use crate::domain::pack::{combine_locales, export_pack, read_pack, PackError, PackProblem, MAX_PACK_BYTES};
use crate::i18n::packs_catalogue::PackMsg;
use crate::i18n::placeholders::fill;
use crate::i18n::user_text::{isolate, shown_name};
use crate::i18n::Locale;
use crate::storage::StorageStatus;
use crate::web::adapters::content_fetch;
use crate::web::adapters::document::select_value;
use crate::web::adapters::files::{download, read_chosen, ReadError};
use crate::web::hooks::{use_app, use_content, AppContext};
use crate::web::state::Action;
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PackPanelProps {
    /// The ids of every case in the library, in order.
    pub all: Vec<String>,
    /// The ids of the cases the filters leave on screen, in order.
    pub shown: Vec<String>,
}

/// What the last import did.
#[derive(Debug, Clone, PartialEq)]
enum ImportResult {
    Added { name: String, count: usize },
    Removed { name: String },
    Refused(Vec<PackProblem>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ExportKind {
    Pack,
    Gift,
    MoodleXml,
}

#[derive(Debug, Clone, PartialEq)]
enum ExportState {
    Idle,
    Preparing,
    Done(usize),
    Failed,
}

/// A case in every language: a pack's as added, a built-in one put together from its three
/// compiled copies (already at hand, or downloaded now).
pub async fn source_case(app: &AppContext, id: &str) -> Option<SourceCase> {
    for pack in &app.packs.installed {
        if let Some(case) = pack.cases.iter().find(|c| c.id == id) {
            return Some(case.clone());
        }
    }
    let mut copies = Vec::new();
    for locale in Locale::ALL {
        let key = ContentKey::Case(id.to_string());
        let doc = match app.docs.get(&(locale, key.clone())) {
            Some(doc) => (**doc).clone(),
            None => content_fetch::fetch(&key, locale).await.ok()?,
        };
        match doc {
            ContentDoc::Case(case) => copies.push(*case),
            _ => return None,
        }
    }
    combine_locales(&copies[0], &copies[1], &copies[2])
}

/// Every problem of a pack, by case and field.
pub fn problem_rows(problems: &[PackProblem], l: Locale) -> Html {
    html! {
        <table class="pack-problems" data-testid="pack-problems">
            <thead>
                <tr>
                    <th scope="col">{ PackMsg::ColumnCase.text(l) }</th>
                    <th scope="col">{ PackMsg::ColumnField.text(l) }</th>
                    <th scope="col">{ PackMsg::ColumnProblem.text(l) }</th>
                </tr>
            </thead>
            <tbody>
                { for problems.iter().map(|p| html! {
                    <tr>
                        <td dir="auto">{ p.case.clone().unwrap_or_else(|| PackMsg::WholePack.text(l).to_string()) }</td>
                        <td dir="ltr"><code>{ &p.field }</code></td>
                        <td dir="auto">{ p.message(l) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

#[function_component(PackPanel)]
pub fn pack_panel(props: &PackPanelProps) -> Html {
    let app = use_app();
    let l = app.locale;
    // The glossary is needed to check the terms a pack's cases name.
    let glossary = use_content(ContentKey::Glossary);
    let index = use_content(ContentKey::Index);
    let result = use_state(|| None::<ImportResult>);
    let input_ref = use_node_ref();
    // What to export: "all", "shown" (the library's filters), or "deck:<id>" (a trainer's deck).
    let scope = use_state(|| "all".to_string());
    let decks = use_context::<crate::web::hooks::use_decks::DecksContext>();
    let deck_list: Vec<(String, String, Vec<String>)> = decks
        .as_ref()
        .map(|d| {
            d.decks
                .decks
                .iter()
                .map(|x| (x.id.clone(), x.name.clone(), x.cases.clone()))
                .collect()
        })
        .unwrap_or_default();
    let export_locale = use_state(|| None::<Locale>);
    let export_state = use_state(|| ExportState::Idle);
    let glossary_ids: Option<BTreeSet<String>> = glossary.doc().and_then(|d| {
        d.as_glossary()
            .map(|terms| order::set_of(terms.iter().map(|t| t.id.clone())))
    });
    let bank_ids: Option<BTreeSet<String>> = index.doc().and_then(|d| {
        d.as_index()
            .map(|i| order::set_of(i.cases.iter().filter(|c| c.pack.is_empty()).map(|c| c.id.clone())))
    });
    let ready = glossary_ids.is_some() && bank_ids.is_some();

    let onimport = {
        let app = app.clone();
        let result = result.clone();
        let input_ref = input_ref.clone();
        let glossary_ids = glossary_ids.clone();
        let bank_ids = bank_ids.clone().unwrap_or_default();
        Callback::from(move |_: Event| {
            let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let app = app.clone();
            let result = result.clone();
            let ctx = app.packs.context(bank_ids.clone(), glossary_ids.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = match read_chosen(&input, MAX_PACK_BYTES).await {
                    Ok(bytes) => read_pack(&bytes, &ctx),
                    Err(ReadError::TooLarge) => Err(vec![PackProblem::pack(PackError::TooLarge)]),
                    Err(ReadError::NoFile) => return,
                    Err(ReadError::Unreadable) => {
                        Err(vec![PackProblem::pack(PackError::NotJson { line: 0, column: 0 })])
                    }
                };
                input.set_value("");
                match read {
                    Ok(pack) => {
                        let (name, count) = (pack.name.clone(), pack.cases.len());
                        let mut shelf = (*app.packs).clone();
                        shelf.install(pack);
                        app.dispatch(Action::PacksChanged(shelf));
                        result.set(Some(ImportResult::Added { name, count }));
                    }
                    Err(problems) => result.set(Some(ImportResult::Refused(problems))),
                }
            });
        })
    };
    let onremove = |name: String| {
        let app = app.clone();
        let result = result.clone();
        Callback::from(move |_| {
            let mut shelf = (*app.packs).clone();
            shelf.remove(&name);
            app.dispatch(Action::PacksChanged(shelf));
            result.set(Some(ImportResult::Removed { name: name.clone() }));
        })
    };
    let onscope = {
        let scope = scope.clone();
        Callback::from(move |e: Event| scope.set(select_value(&e)))
    };
    let onlocale = {
        let export_locale = export_locale.clone();
        Callback::from(move |e: Event| export_locale.set(Locale::from_code(&select_value(&e))))
    };
    let chosen_locale = export_locale.unwrap_or(l);
    let ids = match scope.as_str() {
        "shown" => props.shown.clone(),
        other => match other
            .strip_prefix("deck:")
            .and_then(|id| deck_list.iter().find(|d| d.0 == id))
        {
            Some((_, _, cases)) => cases.clone(),
            None => props.all.clone(),
        },
    };
    let onexport = |kind: ExportKind| {
        let app = app.clone();
        let ids = ids.clone();
        let export_state = export_state.clone();
        Callback::from(move |_| {
            let app = app.clone();
            let ids = ids.clone();
            let export_state = export_state.clone();
            export_state.set(ExportState::Preparing);
            wasm_bindgen_futures::spawn_local(async move {
                let mut cases = Vec::new();
                for id in &ids {
                    match source_case(&app, id).await {
                        Some(case) => cases.push(case),
                        None => {
                            export_state.set(ExportState::Failed);
                            return;
                        }
                    }
                }
                let code = chosen_locale.code();
                let questions = || lms::questions(&cases, chosen_locale);
                let header = |count: usize| lms::header("tipsom", cases.len(), count, chosen_locale);
                let (name, text, mime) = match kind {
                    ExportKind::Pack => (
                        "tipsom-pack.json".to_string(),
                        export_pack("tipsom", &cases),
                        "application/json",
                    ),
                    ExportKind::Gift => {
                        let q = questions();
                        (
                            format!("tipsom-gift-{code}.txt"),
                            lms::gift::write(&q, &header(q.len())),
                            "text/plain;charset=utf-8",
                        )
                    }
                    ExportKind::MoodleXml => {
                        let q = questions();
                        (
                            format!("tipsom-moodle-{code}.xml"),
                            lms::moodle_xml::write(&q, &header(q.len())),
                            "application/xml",
                        )
                    }
                };
                match download(&name, &text, mime) {
                    Ok(()) => export_state.set(ExportState::Done(cases.len())),
                    Err(_) => export_state.set(ExportState::Failed),
                }
            });
        })
    };

    let storage_note = match &app.packs_storage {
        StorageStatus::Saving => None,
        StorageStatus::Unreadable => Some(PackMsg::PacksUnreadable),
        StorageStatus::Unavailable => Some(PackMsg::PacksNotSaved),
        StorageStatus::Recovered { .. } => Some(PackMsg::PacksRecovered),
        StorageStatus::FromFuture { .. } => Some(PackMsg::PacksFromFuture),
    };
    let packs = &app.packs;
    html! {
        <>
        <section class="packs" aria-labelledby="packs-heading" data-testid="packs">
            <h2 id="packs-heading">{ PackMsg::PacksHeading.text(l) }</h2>
            <p>{ PackMsg::PacksIntro.text(l) }</p>
            if let Some(note) = storage_note {
                <p class="notice notice--warning" role="status" data-testid="packs-storage">{ note.text(l) }</p>
            }
            if packs.is_empty() {
                <p data-testid="no-packs">{ PackMsg::NoPacks.text(l) }</p>
            } else {
                <ul class="pack-list" role="list" data-testid="pack-list">
                    { for packs.installed.iter().map(|p| html! {
                        <li class="pack-list__item" data-pack={p.name.clone()}>
                            <span dir="auto">{ fill(PackMsg::PackLine.text(l), &[("name", &isolate(&p.name)), ("count", &p.cases.len().to_string())]) }</span>
                            <button type="button" class="button button--quiet" onclick={onremove(p.name.clone())}
                                aria-label={fill(PackMsg::RemovePackLabel.text(l), &[("name", &isolate(&p.name))])} data-testid="pack-remove">
                                { PackMsg::RemovePack.text(l) }
                            </button>
                        </li>
                    }) }
                    { for packs.refused.iter().map(|r| html! {
                        <li class="pack-list__item pack-list__item--refused" data-pack={r.name.clone()}>
                            <span dir="auto">{ shown_name(&r.name, PackMsg::UnnamedPack.text(l)) }</span>
                            <button type="button" class="button button--quiet" onclick={onremove(r.name.clone())}
                                aria-label={fill(PackMsg::RemovePackLabel.text(l), &[("name", &isolate(&shown_name(&r.name, PackMsg::UnnamedPack.text(l))))])} data-testid="pack-remove">
                                { PackMsg::RemovePack.text(l) }
                            </button>
                            <p class="notice notice--warning">{ PackMsg::PackInvalidNow.text(l) }</p>
                            { problem_rows(&r.problems, l) }
                        </li>
                    }) }
                </ul>
            }
            <p class="file-field">
                <label for="pack-file">{ PackMsg::ImportPack.text(l) }</label>
                <input id="pack-file" type="file" accept="application/json,.json" ref={input_ref}
                    onchange={onimport} disabled={!ready} data-testid="pack-import" />
            </p>
            if !ready {
                <p role="status">{ PackMsg::PacksWaiting.text(l) }</p>
            }
            { match &*result {
                None => html! {},
                Some(ImportResult::Added { name, count }) => html! {
                    <p class="notice notice--info" role="status" data-testid="pack-message" dir="auto">
                        { fill(PackMsg::PackImported.text(l), &[("name", &isolate(name)), ("count", &count.to_string())]) }
                    </p>
                },
                Some(ImportResult::Removed { name }) => html! {
                    <p class="notice notice--info" role="status" data-testid="pack-message" dir="auto">
                        { fill(PackMsg::PackRemoved.text(l), &[("name", &isolate(name))]) }
                    </p>
                },
                Some(ImportResult::Refused(problems)) => html! {
                    <div class="notice notice--error" role="alert" data-testid="pack-refused">
                        <p data-testid="pack-message">{ PackMsg::PackRefused.text(l) }{ " " }
                            { fill(PackMsg::ProblemCount.text(l), &[("count", &problems.len().to_string())]) }</p>
                        { problem_rows(problems, l) }
                    </div>
                },
            } }
        </section>
        <section class="exports" aria-labelledby="exports-heading" data-testid="exports">
            <h2 id="exports-heading">{ PackMsg::ExportHeading.text(l) }</h2>
            <p>{ PackMsg::ExportIntro.text(l) }</p>
            <div class="filters">
                <div class="filter">
                    <label for="export-scope">{ PackMsg::ExportScope.text(l) }</label>
                    <select id="export-scope" onchange={onscope} data-testid="export-scope">
                        <option value="all" selected={*scope == "all"}>{ fill(PackMsg::ScopeAll.text(l), &[("count", &props.all.len().to_string())]) }</option>
                        <option value="shown" selected={*scope == "shown"}>{ fill(PackMsg::ScopeShown.text(l), &[("count", &props.shown.len().to_string())]) }</option>
                        { for deck_list.iter().map(|(id, name, cases)| {
                            let value = format!("deck:{id}");
                            html! {
                                <option value={value.clone()} selected={*scope == value}>
                                    { fill(PackMsg::ScopeDeck.text(l), &[("name", &isolate(name)), ("count", &cases.len().to_string())]) }
                                </option>
                            }
                        }) }
                    </select>
                </div>
                <div class="filter">
                    <label for="export-locale">{ PackMsg::ExportLanguage.text(l) }</label>
                    <select id="export-locale" onchange={onlocale} data-testid="export-locale">
                        { for Locale::ALL.iter().map(|x| html! {
                            <option value={x.code()} selected={*x == chosen_locale}>{ x.native_name() }</option>
                        }) }
                    </select>
                </div>
            </div>
            <p class="actions">
                <button type="button" class="button" onclick={onexport(ExportKind::Pack)} disabled={ids.is_empty()} data-testid="export-pack">{ PackMsg::ExportPack.text(l) }</button>
                <button type="button" class="button" onclick={onexport(ExportKind::Gift)} disabled={ids.is_empty()} data-testid="export-gift">{ PackMsg::ExportGift.text(l) }</button>
                <button type="button" class="button" onclick={onexport(ExportKind::MoodleXml)} disabled={ids.is_empty()} data-testid="export-moodle">{ PackMsg::ExportMoodleXml.text(l) }</button>
            </p>
            { match &*export_state {
                ExportState::Idle => html! {},
                ExportState::Preparing => html! { <p role="status" data-testid="export-status">{ PackMsg::ExportPreparing.text(l) }</p> },
                ExportState::Done(count) => html! { <p role="status" data-testid="export-status">{ fill(PackMsg::ExportDone.text(l), &[("count", &count.to_string())]) }</p> },
                ExportState::Failed => html! { <p class="notice notice--error" role="alert" data-testid="export-status">{ PackMsg::ExportFailed.text(l) }</p> },
            } }
        </section>
        </>
    }
}
