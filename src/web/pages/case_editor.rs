//! The case editor (`trainer.html#/editor`, `#/editor/<draft>`): a trainer writes a case in a
//! form, in the languages they have, with the legal engine's verdict under both frames beside the
//! facts and every problem of the checks beside its field as they type. The draft is kept on the
//! device as it is typed (debounced, and on leaving the page); a case that passes is saved into a
//! pack, added to a deck, presented, exported. The pure work is in `domain::editor`.

use crate::domain::analysis::analyse;
use crate::domain::case::{Question, SourceCase, Topic, Track};
use crate::domain::content::ContentKey;
use crate::domain::deck::DeckEdit;
use crate::domain::editor::checks::written_languages;
use crate::domain::editor::draft::engine_verdict;
use crate::domain::editor::edit::facts_at;
use crate::domain::editor::{
    field_label, live_checks, missing_translations, problems_at, save_into_pack, Draft, DraftEdit, FieldProblem,
    QuestionKind, TextField,
};
use crate::domain::element::Element;
use crate::domain::fact_group::FactGroup;
use crate::domain::facts::{FactChange, FactKey, Facts};
use crate::domain::frame::Frame;
use crate::domain::indicator::Indicator;
use crate::domain::lms;
use crate::domain::order;
use crate::domain::pack::{export_pack, PackProblem};
use crate::domain::verdict::Verdict;
use crate::i18n::editor_catalogue::EditorMsg;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale};
use crate::storage::drafts::{decode_drafts, load_drafts, save_drafts, DRAFTS_KEY};
use crate::storage::{Decoded, Saved, StorageStatus};
use crate::web::adapters::clock;
use crate::web::adapters::document::{select_value, text_value};
use crate::web::adapters::files::download;
use crate::web::adapters::local_store::LocalStore;
use crate::web::components::draft_preview::DraftPreview;
use crate::web::components::legal_breakdown::{BreakdownView, LegalBreakdown};
use crate::web::components::pack_panel::{problem_rows, source_case};
use crate::web::deck_state::{new_deck_id, DecksAction};
use crate::web::draft_state::{DraftsAction, DraftsState};
use crate::web::hooks::{use_app, use_content, use_decks};
use crate::web::pages::explorer::{heading, verdict_bar};
use crate::web::route::{go_to, Route};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing may pause before the draft is written: short, so a crash loses at most this.
const SAVE_DELAY_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct CaseEditorProps {
    /// The draft to edit; the list of drafts and where to start when `None`.
    #[prop_or_default]
    pub id: Option<String>,
}

/// Writes the drafts now, and tells the reducer what happened.
fn save_now(state: &UseReducerHandle<DraftsState>) {
    if !state.status.may_write() {
        return;
    }
    let action = match save_drafts(&LocalStore::new(), &state.drafts, state.seen) {
        Ok(Saved::Written(stored)) => DraftsAction::Saved(stored, StorageStatus::Saving),
        Ok(Saved::Recovered { value, backup_key }) => {
            DraftsAction::Saved(value, StorageStatus::Recovered { backup_key })
        }
        // Erased by "Forget me" in another tab since this tab read it: erased here too.
        Ok(Saved::Erased) => DraftsAction::Erased,
        Ok(Saved::FromFuture(schema)) => DraftsAction::StatusChanged(StorageStatus::FromFuture { schema }),
        Ok(Saved::Unreadable) => DraftsAction::StatusChanged(StorageStatus::Unreadable),
        Err(_) => DraftsAction::StorageFailed,
    };
    state.dispatch(action);
}

fn now_ms() -> u64 {
    clock::now() as u64
}

/// A draft's title in the language asked, or in any it is written in.
fn draft_title(draft: &Draft, l: Locale) -> String {
    let t = &draft.case.title;
    [l, Locale::Fr, Locale::Ar, Locale::En]
        .into_iter()
        .map(|x| t.get(x).trim())
        .find(|x| !x.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| EditorMsg::UntitledCase.text(l).to_string())
}

/// Provides the drafts to the editor's pages, so they outlive the move from the list to a draft:
/// loaded once, written a pause after each change (and at once when the page is left or this
/// provider goes), and kept in step with other tabs through the `storage` event.
#[function_component(DraftsProvider)]
pub fn drafts_provider(props: &ProviderProps) -> Html {
    let state = use_reducer(|| {
        let loaded = load_drafts(&LocalStore::new());
        DraftsState {
            drafts: loaded.value,
            status: loaded.status,
            seen: loaded.seen,
            unsaved: 0,
        }
    });
    // Written as typed: a pause of SAVE_DELAY_MS after the last change (the timer is dropped, so
    // cancelled, by the next change).
    {
        let state = state.clone();
        use_effect_with(state.unsaved, move |unsaved| {
            let timer = (*unsaved > 0).then(|| {
                let state = state.clone();
                gloo::timers::callback::Timeout::new(SAVE_DELAY_MS, move || save_now(&state))
            });
            move || drop(timer)
        });
    }
    // Leaving the page (a closed tab, a reload) or the editor writes at once what the pause has
    // not written yet.
    let latest = use_mut_ref(|| None::<UseReducerHandle<DraftsState>>);
    *latest.borrow_mut() = Some(state.clone());
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let flush = {
                let latest = latest.clone();
                move || {
                    if let Some(state) = latest.borrow().as_ref() {
                        if state.unsaved > 0 && state.status.may_write() {
                            let _ = save_drafts(&LocalStore::new(), &state.drafts, state.seen);
                        }
                    }
                }
            };
            let on_hide = flush.clone();
            let listener = web_sys::window()
                .map(|window| gloo::events::EventListener::new(&window, "pagehide", move |_| on_hide()));
            move || {
                drop(listener);
                flush();
            }
        });
    }
    {
        let state = state.clone();
        crate::web::hooks::use_storage_event::use_storage_event(DRAFTS_KEY, move |raw| {
            match raw.map(|raw| decode_drafts(&raw)) {
                None => state.dispatch(DraftsAction::Erased),
                Some(Decoded::Current(drafts)) => state.dispatch(DraftsAction::Synced(drafts)),
                Some(_) => {}
            }
        });
    }
    html! {
        <ContextProvider<UseReducerHandle<DraftsState>> context={state}>
            { props.children.clone() }
        </ContextProvider<UseReducerHandle<DraftsState>>>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

#[function_component(CaseEditor)]
pub fn case_editor(props: &CaseEditorProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let state = use_context::<UseReducerHandle<DraftsState>>().expect("the editor is rendered inside DraftsProvider");
    let notice = match &state.status {
        StorageStatus::Saving => None,
        StorageStatus::Unavailable => Some(EditorMsg::DraftsUnavailable),
        StorageStatus::Unreadable => Some(EditorMsg::DraftsUnreadable),
        StorageStatus::Recovered { .. } => Some(EditorMsg::DraftsRecovered),
        StorageStatus::FromFuture { .. } => Some(EditorMsg::DraftsFromFuture),
    };
    let notice = notice.map(|n| {
        html! { <div class="notice notice--warning" role="alert" data-testid="drafts-notice"><p>{ n.text(l) }</p></div> }
    });
    match &props.id {
        None => html! { <>{ notice }<DraftList state={state.clone()} /></> },
        Some(id) => match state.drafts.get(id).cloned() {
            None => html! {
                <div class="page" data-testid="draft-not-found">
                    <h1>{ EditorMsg::EditorHeading.text(l) }</h1>
                    { notice }
                    <p>{ EditorMsg::DraftNotFound.text(l) }</p>
                    <p><a href={Route::Editor.href()} class="button">{ EditorMsg::AllDrafts.text(l) }</a></p>
                </div>
            },
            Some(draft) => html! { <>{ notice }<DraftForm draft={Rc::new(draft)} state={state.clone()} /></> },
        },
    }
}

#[derive(Properties, PartialEq)]
struct ListProps {
    state: UseReducerHandle<DraftsState>,
}

/// The drafts on the device and the three ways to start a case.
#[function_component(DraftList)]
fn draft_list(props: &ListProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let state = props.state.clone();
    let index = use_content(ContentKey::Index);
    let bank: Vec<(String, String)> = index
        .doc()
        .and_then(|d| d.as_index())
        .map(|i| {
            i.cases
                .iter()
                .filter(|c| c.pack.is_empty())
                .map(|c| (c.id.clone(), c.title.clone()))
                .collect()
        })
        .unwrap_or_default();
    let pack_cases: Vec<(String, String, String)> = app
        .packs
        .installed
        .iter()
        .flat_map(|p| {
            p.cases.iter().map(move |c| {
                let title = [l, Locale::Fr, Locale::Ar, Locale::En]
                    .into_iter()
                    .map(|x| c.title.get(x).to_string())
                    .find(|t| !t.is_empty())
                    .unwrap_or_default();
                (p.name.clone(), c.id.clone(), title)
            })
        })
        .collect();
    let chosen_bank = use_state(|| None::<String>);
    let chosen_pack = use_state(|| None::<String>);
    let taken = {
        let mut taken: BTreeSet<String> = order::set_of(bank.iter().map(|b| b.0.clone()));
        taken.extend(pack_cases.iter().map(|p| p.1.clone()));
        taken.extend(state.drafts.case_ids());
        taken
    };
    let start = {
        let state = state.clone();
        move |draft: Draft| {
            let id = draft.id.clone();
            state.dispatch(DraftsAction::Put(Box::new(draft)));
            go_to(&Route::EditDraft { id });
        }
    };
    let new_id = || format!("e-{}-{:x}", now_ms(), (js_sys::Math::random() * 1e9) as u64);
    let onblank = {
        let taken = taken.clone();
        let start = start.clone();
        Callback::from(move |_: MouseEvent| start(Draft::blank(&new_id(), l, &taken, now_ms())))
    };
    let oncopy = {
        let app = app.clone();
        let taken = taken.clone();
        let state = state.clone();
        let chosen = (*chosen_bank).clone().or_else(|| bank.first().map(|b| b.0.clone()));
        Callback::from(move |_: MouseEvent| {
            let Some(case_id) = chosen.clone() else { return };
            let (app, taken, state) = (app.clone(), taken.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(case) = source_case(&app, &case_id).await {
                    let draft = Draft::copy_of(&new_id(), &case, &taken, now_ms());
                    let id = draft.id.clone();
                    state.dispatch(DraftsAction::Put(Box::new(draft)));
                    go_to(&Route::EditDraft { id });
                }
            });
        })
    };
    let onpackcase = {
        let app = app.clone();
        let start = start.clone();
        let chosen = (*chosen_pack)
            .clone()
            .or_else(|| pack_cases.first().map(|p| p.1.clone()));
        Callback::from(move |_: MouseEvent| {
            let Some(case_id) = chosen.clone() else { return };
            for pack in &app.packs.installed {
                if let Some(case) = pack.cases.iter().find(|c| c.id == case_id) {
                    return start(Draft::edit_of(&new_id(), case, &pack.name, now_ms()));
                }
            }
        })
    };
    let set = |s: &UseStateHandle<Option<String>>| {
        let s = s.clone();
        Callback::from(move |e: Event| s.set(Some(select_value(&e))))
    };
    html! {
        <div class="page page--editor" data-testid="editor-home">
            <h1>{ EditorMsg::EditorHeading.text(l) }</h1>
            <p class="lead">{ EditorMsg::EditorIntro.text(l) }</p>
            <section aria-labelledby="start-heading" class="editor-start">
                <h2 id="start-heading">{ EditorMsg::StartHeading.text(l) }</h2>
                <p><button type="button" class="button button--primary" onclick={onblank} data-testid="new-blank">{ EditorMsg::NewBlank.text(l) }</button></p>
                <p class="editor-start__row">
                    <label for="copy-bank">{ EditorMsg::CopyBank.text(l) }</label>
                    <select id="copy-bank" onchange={set(&chosen_bank)} data-testid="copy-select">
                        { for bank.iter().map(|(id, title)| html! { <option value={id.clone()} dir="auto">{ title }</option> }) }
                    </select>
                    <button type="button" class="button" onclick={oncopy} data-testid="copy-bank">{ EditorMsg::CopyButton.text(l) }</button>
                </p>
                if !pack_cases.is_empty() {
                    <p class="editor-start__row">
                        <label for="pack-case">{ EditorMsg::FromPack.text(l) }</label>
                        <select id="pack-case" onchange={set(&chosen_pack)} data-testid="pack-case-select">
                            { for pack_cases.iter().map(|(pack, id, title)| html! { <option value={id.clone()} dir="auto">{ format!("{title} ({pack})") }</option> }) }
                        </select>
                        <button type="button" class="button" onclick={onpackcase} data-testid="edit-pack-case">{ EditorMsg::EditButton.text(l) }</button>
                    </p>
                }
            </section>
            <section aria-labelledby="drafts-heading">
                <h2 id="drafts-heading">{ EditorMsg::DraftsHeading.text(l) }</h2>
                if state.drafts.drafts.is_empty() {
                    <p data-testid="no-drafts">{ EditorMsg::NoDrafts.text(l) }</p>
                }
                <ul class="deck-list" role="list">
                    { for state.drafts.drafts.iter().map(|d| {
                        let ondelete = {
                            let state = state.clone();
                            let id = d.id.clone();
                            Callback::from(move |_: MouseEvent| state.dispatch(DraftsAction::Remove { id: id.clone(), now: now_ms() }))
                        };
                        html! {
                            <li class="deck-card" data-testid="draft" data-draft-id={d.id.clone()}>
                                <h3 class="deck-card__name" dir="auto">{ draft_title(d, l) }</h3>
                                <p class="deck-card__meta">{ d.case.languages.iter().map(|x| x.native_name()).collect::<Vec<_>>().join(" · ") }</p>
                                <p class="actions">
                                    <a class="button button--primary" href={Route::EditDraft { id: d.id.clone() }.href()}>{ EditorMsg::OpenDraft.text(l) }</a>
                                    <button type="button" class="button button--quiet" onclick={ondelete}>{ EditorMsg::DeleteDraft.text(l) }</button>
                                </p>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    draft: Rc<Draft>,
    state: UseReducerHandle<DraftsState>,
}

/// What every part of the form needs.
#[derive(Clone)]
struct Cx {
    l: Locale,
    /// The language being written.
    tab: Locale,
    draft: Rc<Draft>,
    problems: Rc<Vec<FieldProblem>>,
    edit: Callback<DraftEdit>,
}

fn field_id(path: &str) -> String {
    format!("f-{}", path.replace(['[', ']', '.'], "-"))
}

/// The problems of one field, beside it; those of another language than the one being written
/// (`title.ar` while writing French) are listed with the missing translations instead.
fn problems_beside(cx: &Cx, path: &str, exclude: &[&str]) -> Html {
    let found: Vec<&FieldProblem> = problems_at(&cx.problems, path)
        .into_iter()
        .filter(|p| match p.field.rsplit('.').next().and_then(Locale::from_code) {
            Some(locale) => locale == cx.tab && p.field == format!("{path}.{}", locale.code()),
            None => !exclude.iter().any(|e| p.field.starts_with(e)),
        })
        .collect();
    if found.is_empty() {
        return html! {};
    }
    html! {
        <ul class="field-problems" data-problems-for={path.to_string()} role="list">
            { for found.iter().map(|p| html! { <li class="field-problem" dir="auto">{ &p.message }</li> }) }
        </ul>
    }
}

fn text_input(cx: &Cx, field: TextField, label: &str, multiline: bool) -> Html {
    let path = field.path();
    let value = field
        .get(&cx.draft)
        .map(|t| t.get(cx.tab).to_string())
        .unwrap_or_default();
    let locale = cx.tab;
    let edit = cx.edit.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        edit.emit(DraftEdit::Text {
            field,
            locale,
            text: text_value(&e),
        })
    });
    let id = field_id(&path);
    let beside = problems_beside(cx, &path, &[]);
    let invalid = if problems_at(&cx.problems, &format!("{path}.{}", locale.code())).is_empty() {
        "false"
    } else {
        "true"
    };
    html! {
        <div class="editor-field">
            <label for={id.clone()}>{ label }</label>
            if multiline {
                <textarea {id} rows="4" data-field={path.clone()} lang={locale.code()} dir={locale.direction().as_str()} value={value} {oninput} aria-invalid={invalid} />
            } else {
                <input {id} type="text" data-field={path.clone()} lang={locale.code()} dir={locale.direction().as_str()} value={value} {oninput} aria-invalid={invalid} />
            }
            { beside }
        </div>
    }
}

fn checkbox(id: String, label: String, on: bool, testid: &'static str, onchange: Callback<bool>) -> Html {
    let onchange = Callback::from(move |_: Event| onchange.emit(!on));
    html! {
        <label class="switch editor-check" for={id.clone()}>
            <input type="checkbox" {id} checked={on} {onchange} data-testid={testid} />
            <span dir="auto">{ label }</span>
        </label>
    }
}

fn verdict_select(id: String, value: Verdict, l: Locale, testid: &'static str, onchange: Callback<Verdict>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = Verdict::ALL.into_iter().find(|v| format!("{v:?}") == select_value(&e)) {
            onchange.emit(v)
        }
    });
    html! {
        <select {id} {onchange} data-testid={testid}>
            { for Verdict::ALL.iter().map(|v| html! { <option value={format!("{v:?}")} selected={*v == value}>{ labels::verdict(*v, l) }</option> }) }
        </select>
    }
}

fn frame_select(cx: &Cx, step: usize, frame: Frame) -> Html {
    let edit = cx.edit.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(f) = Frame::ALL.into_iter().find(|f| format!("{f:?}") == select_value(&e)) {
            edit.emit(DraftEdit::Frame(step, f))
        }
    });
    let id = format!("frame-{step}");
    html! {
        <div class="editor-field">
            <label for={id.clone()}>{ EditorMsg::FieldFrame.text(cx.l) }</label>
            <select {id} {onchange} data-testid="question-frame">
                { for Frame::ALL.iter().map(|f| html! { <option value={format!("{f:?}")} selected={*f == frame}>{ labels::frame(*f, cx.l) }</option> }) }
            </select>
        </div>
    }
}

/// The facts of a step as the explorer's grouped switches, then the engine's verdict under
/// both frames and its findings, which follow every switch.
fn facts_block(cx: &Cx, step: usize) -> Html {
    let l = cx.l;
    let own = cx.draft.case.steps[step].facts.is_some();
    let facts = facts_at(&cx.draft, step);
    let edit = cx.edit.clone();
    let own_switch = (step > 0).then(|| {
        let edit = edit.clone();
        checkbox(
            format!("own-facts-{step}"),
            EditorMsg::OwnFacts.text(l).into(),
            own,
            "own-facts",
            Callback::from(move |on| edit.emit(DraftEdit::OwnFacts(step, on))),
        )
    });
    let switches = own.then(|| {
        html! {
            <div class="editor-facts__switches">
                { for FactGroup::ALL.into_iter().map(|group| {
                    let keys = group.keys();
                    let count = keys.iter().filter(|k| facts.has(**k)).count();
                    html! {
                        <details class="switch-group" open={group.open_when_blank() || count > 0}>
                            <summary dir="auto">{ heading(group, l) }
                                if count > 0 { <span class="switch-group__count">{ format!(" ({count})") }</span> }
                            </summary>
                            <ul role="list">
                                { for keys.into_iter().map(|key| {
                                    let on = facts.has(key);
                                    let id = format!("s{step}-fact-{}", key.code().replace(':', "-"));
                                    let edit = edit.clone();
                                    let onchange = Callback::from(move |_: Event| edit.emit(DraftEdit::Fact { step, key, on: !on }));
                                    html! {
                                        <li class="switch">
                                            <input type="checkbox" id={id.clone()} checked={on} {onchange} data-fact={key.code()} />
                                            <label for={id} dir="auto">{ labels::fact(key, l) }</label>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </details>
                    }
                }) }
            </div>
        }
    });
    html! {
        <fieldset class="editor-facts">
            <legend>{ EditorMsg::FactsHeading.text(l) }</legend>
            { own_switch }
            if !own { <p>{ EditorMsg::KeepsFacts.text(l) }</p> }
            { switches }
            { problems_beside(cx, &format!("steps[{step}].facts"), &[]) }
            { problems_beside(cx, &format!("steps[{step}].verdict"), &[]) }
            <div class="editor-verdicts" data-testid="step-verdicts" data-step={step.to_string()} aria-live="polite">
                <h4>{ EditorMsg::VerdictsHeading.text(l) }</h4>
                { verdict_bar(&facts, l) }
                <LegalBreakdown facts={facts.clone()} locale={l} level={5} view={BreakdownView::Grid} />
            </div>
        </fieldset>
    }
}

fn question_block(cx: &Cx, step: usize) -> Html {
    let l = cx.l;
    let question = &cx.draft.case.steps[step].question;
    let kind = QuestionKind::of(question);
    let facts = facts_at(&cx.draft, step);
    let edit = cx.edit.clone();
    let onkind = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            if let Some(k) = QuestionKind::from_code(&select_value(&e)) {
                edit.emit(DraftEdit::Kind(step, k))
            }
        })
    };
    let kind_label = |k: QuestionKind| match k {
        QuestionKind::Classify => EditorMsg::KindClassify,
        QuestionKind::Elements => EditorMsg::KindElements,
        QuestionKind::Action => EditorMsg::KindAction,
        QuestionKind::Indicators => EditorMsg::KindIndicators,
        QuestionKind::WhatIf => EditorMsg::KindWhatIf,
    };
    let at = format!("steps[{step}].question");
    let body = match question {
        Question::Classify { frame, answer, .. } => {
            let derived = engine_verdict(&facts, *frame);
            let use_engine = {
                let edit = edit.clone();
                Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::UseEngineKey(step)))
            };
            let onkey = {
                let edit = edit.clone();
                Callback::from(move |v| edit.emit(DraftEdit::Verdict(step, v)))
            };
            html! {
                <>
                    { frame_select(cx, step, *frame) }
                    <div class="editor-field">
                        <label for={format!("key-{step}")}>{ EditorMsg::FieldKey.text(l) }</label>
                        { verdict_select(format!("key-{step}"), *answer, l, "classify-key", onkey) }
                        { problems_beside(cx, &format!("{at}.answer"), &[]) }
                        <p class="editor-engine" data-testid="engine-key">
                            { match derived {
                                Some(v) => fill(EditorMsg::EngineProposes.text(l), &[("verdict", labels::verdict(v, l))]),
                                None => EditorMsg::KeyOpen.text(l).to_string(),
                            } }
                        </p>
                        if derived.is_some_and(|v| v != *answer) {
                            <button type="button" class="button" onclick={use_engine} data-testid="use-engine-key">{ EditorMsg::UseEngine.text(l) }</button>
                        }
                    </div>
                </>
            }
        }
        Question::Elements { frame, options, .. } => html! {
            <>
                { frame_select(cx, step, *frame) }
                <fieldset>
                    <legend>{ EditorMsg::ElementsOffered.text(l) }</legend>
                    { for Element::ALL.iter().map(|e| {
                        let e = *e;
                        let edit = edit.clone();
                        let present = e.is_present(&facts, *frame);
                        checkbox(format!("el-{step}-{e:?}"), format!("{}{}", labels::element(e, l), if present { " ✓" } else { "" }), options.contains(&e), "element-option",
                            Callback::from(move |on| edit.emit(DraftEdit::ElementOption(step, e, on))))
                    }) }
                </fieldset>
                <p class="editor-engine">{ EditorMsg::EngineKeyNote.text(l) }</p>
            </>
        },
        Question::Action { multiple, options, .. } => {
            let edit_multiple = edit.clone();
            let add = {
                let edit = edit.clone();
                Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::AddOption(step)))
            };
            html! {
                <>
                    { checkbox(format!("multiple-{step}"), EditorMsg::Multiple.text(l).into(), *multiple, "multiple", Callback::from(move |on| edit_multiple.emit(DraftEdit::Multiple(step, on)))) }
                    <ol class="editor-options">
                        { for options.iter().enumerate().map(|(o, option)| {
                            let n = (o + 1).to_string();
                            let edit_correct = edit.clone();
                            let edit_remove = edit.clone();
                            html! {
                                <li class="editor-option" data-testid="action-option">
                                    { text_input(cx, TextField::OptionText(step, o), &fill(EditorMsg::OptionText.text(l), &[("n", &n)]), false) }
                                    { text_input(cx, TextField::OptionFeedback(step, o), &fill(EditorMsg::OptionFeedback.text(l), &[("n", &n)]), true) }
                                    { checkbox(format!("correct-{step}-{o}"), EditorMsg::OptionCorrect.text(l).into(), option.correct, "option-correct", Callback::from(move |on| edit_correct.emit(DraftEdit::Correct(step, o, on)))) }
                                    <button type="button" class="button button--quiet" onclick={Callback::from(move |_: MouseEvent| edit_remove.emit(DraftEdit::RemoveOption(step, o)))}>{ EditorMsg::Remove.text(l) }</button>
                                </li>
                            }
                        }) }
                    </ol>
                    <button type="button" class="button" onclick={add} data-testid="add-option">{ EditorMsg::AddOption.text(l) }</button>
                </>
            }
        }
        Question::Indicators { sentences, .. } => {
            let add = {
                let edit = edit.clone();
                Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::AddOption(step)))
            };
            html! {
                <>
                    <ol class="editor-options">
                        { for sentences.iter().enumerate().map(|(o, sentence)| {
                            let n = (o + 1).to_string();
                            let edit = edit.clone();
                            let onchange = Callback::from(move |e: Event| {
                                let code = select_value(&e);
                                let indicator = Indicator::ALL.into_iter().find(|i| format!("{i:?}") == code);
                                edit.emit(DraftEdit::SentenceIndicator(step, o, indicator))
                            });
                            html! {
                                <li class="editor-option">
                                    { text_input(cx, TextField::Sentence(step, o), &fill(EditorMsg::SentenceText.text(l), &[("n", &n)]), false) }
                                    <label for={format!("ind-{step}-{o}")}>{ EditorMsg::SentenceIndicator.text(l) }</label>
                                    <select id={format!("ind-{step}-{o}")} {onchange}>
                                        <option value="" selected={sentence.indicator.is_none()}>{ EditorMsg::NoIndicator.text(l) }</option>
                                        { for Indicator::ALL.iter().map(|i| html! { <option value={format!("{i:?}")} selected={sentence.indicator == Some(*i)}>{ labels::indicator(*i, l) }</option> }) }
                                    </select>
                                </li>
                            }
                        }) }
                    </ol>
                    <button type="button" class="button" onclick={add}>{ EditorMsg::AddOption.text(l) }</button>
                </>
            }
        }
        Question::WhatIf {
            frame, target, options, ..
        } => {
            let ontarget = {
                let edit = edit.clone();
                Callback::from(move |v| edit.emit(DraftEdit::Verdict(step, v)))
            };
            let add = {
                let edit = edit.clone();
                Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::AddOption(step)))
            };
            let keys = Facts::all_keys();
            html! {
                <>
                    { frame_select(cx, step, *frame) }
                    <div class="editor-field">
                        <label for={format!("target-{step}")}>{ EditorMsg::WhatIfTarget.text(l) }</label>
                        { verdict_select(format!("target-{step}"), *target, l, "what-if-target", ontarget) }
                    </div>
                    <ol class="editor-options">
                        { for options.iter().enumerate().map(|(o, change)| {
                            let change = *change;
                            let edit_fact = edit.clone();
                            let edit_set = edit.clone();
                            let edit_remove = edit.clone();
                            let reaches = analyse(&change.apply(&facts), *frame).verdict == *target;
                            html! {
                                <li class="editor-option">
                                    <label for={format!("wi-{step}-{o}")}>{ fill(EditorMsg::WhatIfChange.text(l), &[("n", &(o + 1).to_string())]) }{ if reaches { " ✓" } else { "" } }</label>
                                    <select id={format!("wi-{step}-{o}")} onchange={Callback::from(move |e: Event| {
                                        if let Some(fact) = FactKey::from_code(&select_value(&e)) { edit_fact.emit(DraftEdit::WhatIfOption(step, o, FactChange { fact, set: change.set })) }
                                    })}>
                                        { for keys.iter().map(|k| html! { <option value={k.code()} selected={*k == change.fact}>{ labels::fact(*k, l) }</option> }) }
                                    </select>
                                    <select aria-label={fill(EditorMsg::WhatIfChange.text(l), &[("n", &(o + 1).to_string())])} onchange={Callback::from(move |e: Event| edit_set.emit(DraftEdit::WhatIfOption(step, o, FactChange { fact: change.fact, set: select_value(&e) == "on" })))}>
                                        <option value="on" selected={change.set}>{ EditorMsg::SwitchOn.text(l) }</option>
                                        <option value="off" selected={!change.set}>{ EditorMsg::SwitchOff.text(l) }</option>
                                    </select>
                                    <button type="button" class="button button--quiet" onclick={Callback::from(move |_: MouseEvent| edit_remove.emit(DraftEdit::RemoveOption(step, o)))}>{ EditorMsg::Remove.text(l) }</button>
                                </li>
                            }
                        }) }
                    </ol>
                    <button type="button" class="button" onclick={add}>{ EditorMsg::AddOption.text(l) }</button>
                    <p class="editor-engine">{ EditorMsg::EngineKeyNote.text(l) }</p>
                </>
            }
        }
    };
    let answer_path = format!("{at}.answer");
    html! {
        <fieldset class="editor-question" data-testid="question" data-kind={kind.code()}>
            <legend>{ EditorMsg::QuestionHeading.text(l) }</legend>
            <div class="editor-field">
                <label for={format!("kind-{step}")}>{ EditorMsg::FieldKind.text(l) }</label>
                <select id={format!("kind-{step}")} onchange={onkind} data-testid="question-kind">
                    { for QuestionKind::ALL.iter().map(|k| html! { <option value={k.code()} selected={*k == kind}>{ kind_label(*k).text(l) }</option> }) }
                </select>
            </div>
            { text_input(cx, TextField::Prompt(step), EditorMsg::FieldPrompt.text(l), false) }
            { body }
            // What the fields above do not show: the options as a whole, `multiple`, a target...
            { problems_beside(cx, &at, &[&answer_path, &format!("{at}.prompt"), &format!("{at}.options["), &format!("{at}.sentences[")]) }
            { for (0..question.option_count()).map(|o| problems_beside(cx, &format!("{at}.options[{o}]"), &[&format!("{at}.options[{o}].")])) }
        </fieldset>
    }
}

fn step_block(cx: &Cx, step: usize) -> Html {
    let l = cx.l;
    let remove = (cx.draft.case.steps.len() > 1).then(|| {
        let edit = cx.edit.clone();
        html! { <button type="button" class="button button--quiet" onclick={Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::RemoveStep(step)))}>{ EditorMsg::RemoveStep.text(l) }</button> }
    });
    html! {
        <section class="editor-step" data-testid="editor-step" data-step={step.to_string()}>
            <div class="section-head">
                <h3>{ fill(EditorMsg::StepHeading.text(l), &[("n", &(step + 1).to_string())]) }</h3>
                { remove }
            </div>
            { text_input(cx, TextField::Story(step), EditorMsg::FieldStory.text(l), true) }
            { facts_block(cx, step) }
            { question_block(cx, step) }
            { text_input(cx, TextField::Explanation(step), EditorMsg::FieldExplanation.text(l), true) }
        </section>
    }
}

/// What saving, using and exporting the case did last.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Saved(String),
    Refused(Vec<PackProblem>),
    AddedToDeck(String),
}

/// A file name from a pack name: letters and digits kept, the rest dashes.
fn file_stem(name: &str) -> String {
    let stem = crate::domain::editor::unique_id(name, &BTreeSet::new());
    format!("tipsom-pack-{stem}")
}

#[function_component(DraftForm)]
fn draft_form(props: &FormProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let decks = use_decks();
    let draft = props.draft.clone();
    let state = props.state.clone();
    let glossary = use_content(ContentKey::Glossary);
    let index = use_content(ContentKey::Index);
    let tab = use_state(|| None::<Locale>);
    let preview = use_state(|| false);
    let pack_name = use_state(|| draft.pack.clone().unwrap_or_default());
    let outcome = use_state(|| None::<Outcome>);
    let chosen_deck = use_state(|| None::<String>);

    let languages = draft.case.languages.clone();
    let written = written_languages(&draft);
    let tab_locale = (*tab)
        .filter(|t| written.contains(t))
        .or_else(|| languages.contains(&l).then_some(l))
        .or_else(|| languages.first().copied())
        .unwrap_or(l);
    let glossary_ids: Option<BTreeSet<String>> = glossary.doc().and_then(|d| {
        d.as_glossary()
            .map(|terms| order::set_of(terms.iter().map(|t| t.id.clone())))
    });
    let bank_ids: BTreeSet<String> = index
        .doc()
        .and_then(|d| d.as_index())
        .map(|i| order::set_of(i.cases.iter().filter(|c| c.pack.is_empty()).map(|c| c.id.clone())))
        .unwrap_or_default();
    let ctx = app.packs.context(bank_ids.clone(), glossary_ids.clone());
    let problems = Rc::new(live_checks(&draft, &ctx, draft.pack.as_deref(), l));
    let edit = {
        let state = state.clone();
        let id = draft.id.clone();
        Callback::from(move |edit: DraftEdit| {
            state.dispatch(DraftsAction::Edit {
                id: id.clone(),
                edit,
                now: now_ms(),
            })
        })
    };
    let cx = Cx {
        l,
        tab: tab_locale,
        draft: draft.clone(),
        problems: problems.clone(),
        edit: edit.clone(),
    };
    let case = &draft.case;
    let missing = missing_translations(&draft);

    let onsave = {
        let (app, draft, state, outcome, pack_name) = (
            app.clone(),
            draft.clone(),
            state.clone(),
            outcome.clone(),
            pack_name.clone(),
        );
        let (bank_ids, glossary_ids) = (bank_ids.clone(), glossary_ids.clone());
        Callback::from(move |_: MouseEvent| {
            let name = pack_name.trim().to_string();
            match save_into_pack(&app.packs, &name, &draft, bank_ids.clone(), glossary_ids.clone()) {
                Ok(pack) => {
                    let mut shelf = (*app.packs).clone();
                    shelf.install(pack);
                    app.dispatch(crate::web::state::Action::PacksChanged(shelf));
                    let mut saved = (*draft).clone();
                    saved.pack = Some(name.clone());
                    saved.updated = now_ms().max(draft.updated + 1);
                    state.dispatch(DraftsAction::Put(Box::new(saved)));
                    outcome.set(Some(Outcome::Saved(name)));
                }
                Err(problems) => outcome.set(Some(Outcome::Refused(problems))),
            }
        })
    };
    let saved_pack = draft
        .pack
        .as_ref()
        .and_then(|name| app.packs.installed.iter().find(|p| &p.name == name))
        .filter(|p| p.cases.iter().any(|c| c.id == case.id))
        .cloned();
    let deck_id = (*chosen_deck)
        .clone()
        .or_else(|| decks.decks.decks.first().map(|d| d.id.clone()));

    let text_langs: Vec<Locale> = Locale::ALL
        .into_iter()
        .filter(|x| written.contains(x) || languages.contains(x))
        .collect();
    let preview_case = (*preview).then(|| {
        let case = draft.to_case();
        let locale = if case.has_language(tab_locale) {
            tab_locale
        } else {
            case.languages.first().copied().unwrap_or(l)
        };
        (case.localize(locale), locale)
    });

    let use_section = match &saved_pack {
        None => html! { <p>{ EditorMsg::SaveToUse.text(l) }</p> },
        Some(pack) => {
            let onadd = {
                let (decks, outcome, case_id, deck_id) =
                    (decks.clone(), outcome.clone(), case.id.clone(), deck_id.clone());
                Callback::from(move |_: MouseEvent| {
                    let Some(deck) = deck_id.clone() else { return };
                    let name = decks.decks.get(&deck).map(|d| d.name.clone()).unwrap_or_default();
                    decks.dispatch(DecksAction::Edit(DeckEdit::AddCase {
                        id: deck,
                        case: case_id.clone(),
                    }));
                    outcome.set(Some(Outcome::AddedToDeck(name)));
                })
            };
            let onnewdeck = {
                let (decks, outcome, chosen_deck, case_id) =
                    (decks.clone(), outcome.clone(), chosen_deck.clone(), case.id.clone());
                let name = draft_title(&draft, l);
                Callback::from(move |_: MouseEvent| {
                    let id = new_deck_id();
                    decks.dispatch(DecksAction::Edit(DeckEdit::Create {
                        id: id.clone(),
                        name: name.clone(),
                        cases: vec![case_id.clone()],
                    }));
                    chosen_deck.set(Some(id));
                    outcome.set(Some(Outcome::AddedToDeck(name.clone())));
                })
            };
            let onpack = {
                let pack = pack.clone();
                Callback::from(move |_: MouseEvent| {
                    let _ = download(
                        &format!("{}.json", file_stem(&pack.name)),
                        &export_pack(&pack.name, &pack.cases),
                        "application/json",
                    );
                })
            };
            let lms_locale = if case.languages.contains(&tab_locale) {
                tab_locale
            } else {
                case.languages.first().copied().unwrap_or(l)
            };
            let lms_export = |moodle: bool| {
                let case: SourceCase = draft.to_case();
                Callback::from(move |_: MouseEvent| {
                    let cases = std::slice::from_ref(&case);
                    let questions = lms::questions(cases, lms_locale);
                    let header = lms::header(&case.id, 1, questions.len(), lms_locale);
                    let code = lms_locale.code();
                    let _ = if moodle {
                        download(
                            &format!("{}-moodle-{code}.xml", case.id),
                            &lms::moodle_xml::write(&questions, &header),
                            "application/xml",
                        )
                    } else {
                        download(
                            &format!("{}-gift-{code}.txt", case.id),
                            &lms::gift::write(&questions, &header),
                            "text/plain;charset=utf-8",
                        )
                    };
                })
            };
            let ondeck = {
                let chosen_deck = chosen_deck.clone();
                Callback::from(move |e: Event| chosen_deck.set(Some(select_value(&e))))
            };
            let in_deck = deck_id
                .as_ref()
                .and_then(|d| decks.decks.get(d))
                .is_some_and(|d| d.cases.contains(&case.id));
            html! {
                <>
                    <p class="editor-start__row">
                        <label for="deck-choice">{ EditorMsg::DeckChoice.text(l) }</label>
                        <select id="deck-choice" onchange={ondeck} data-testid="deck-choice">
                            { for decks.decks.decks.iter().map(|d| html! { <option value={d.id.clone()} selected={Some(&d.id) == deck_id.as_ref()} dir="auto">{ crate::web::pages::trainer::deck_name(d, l) }</option> }) }
                        </select>
                        <button type="button" class="button" onclick={onadd} disabled={deck_id.is_none()} data-testid="add-to-deck">{ EditorMsg::AddToDeck.text(l) }</button>
                        <button type="button" class="button" onclick={onnewdeck} data-testid="new-deck-with-case">{ EditorMsg::NewDeckWithCase.text(l) }</button>
                    </p>
                    if let Some(deck) = deck_id.clone().filter(|_| in_deck) {
                        <p><a class="button button--primary" href={Route::Present { id: deck }.href()} data-testid="present-deck">{ EditorMsg::PresentDeck.text(l) }</a></p>
                    }
                    <p class="actions">
                        <button type="button" class="button" onclick={onpack} data-testid="export-pack">{ EditorMsg::ExportPack.text(l) }</button>
                        <button type="button" class="button" onclick={lms_export(false)} data-testid="export-gift">{ EditorMsg::ExportGift.text(l) }</button>
                        <button type="button" class="button" onclick={lms_export(true)} data-testid="export-moodle">{ EditorMsg::ExportMoodle.text(l) }</button>
                    </p>
                </>
            }
        }
    };

    html! {
        <div class="page page--editor" data-testid="case-editor" data-draft-id={draft.id.clone()}>
            <p><a href={Route::Editor.href()}>{ EditorMsg::AllDrafts.text(l) }</a></p>
            <h1 dir="auto">{ draft_title(&draft, l) }</h1>
            <p class="editor-kept" data-testid="draft-kept">{ EditorMsg::DraftKept.text(l) }</p>
            <div class="editor">
                <form class="editor__form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <section class="editor-languages" aria-labelledby="languages-heading">
                        <h2 id="languages-heading">{ EditorMsg::LanguagesHeading.text(l) }</h2>
                        <p>{ EditorMsg::LanguagesNote.text(l) }</p>
                        <p class="editor-checks-row">
                            { for Locale::ALL.iter().map(|x| {
                                let x = *x;
                                let edit = edit.clone();
                                checkbox(format!("lang-{}", x.code()), x.native_name().into(), languages.contains(&x), "case-language", Callback::from(move |on| edit.emit(DraftEdit::Language(x, on))))
                            }) }
                        </p>
                        { problems_beside(&cx, "languages", &[]) }
                        <div class="editor-tabs" role="tablist" aria-label={EditorMsg::WritingIn.text(l)}>
                            { for text_langs.iter().map(|x| {
                                let x = *x;
                                let tab = tab.clone();
                                html! {
                                    <button type="button" role="tab" class="button editor-tab" aria-selected={(x == tab_locale).to_string()} data-testid="lang-tab" data-lang={x.code()}
                                        onclick={Callback::from(move |_: MouseEvent| tab.set(Some(x)))}>{ x.native_name() }</button>
                                }
                            }) }
                        </div>
                        <div class="editor-missing" data-testid="missing-translations">
                            <h3>{ EditorMsg::MissingHeading.text(l) }</h3>
                            if missing.is_empty() {
                                <p>{ EditorMsg::NoneMissing.text(l) }</p>
                            }
                            <ul role="list">
                                { for missing.iter().map(|(x, fields)| html! {
                                    <li data-lang={x.code()}>
                                        <details>
                                            <summary>{ fill(EditorMsg::MissingIn.text(l), &[("language", x.native_name()), ("count", &fields.len().to_string())]) }</summary>
                                            <ul>{ for fields.iter().map(|f| html! { <li dir="auto">{ field_label(f, l) }</li> }) }</ul>
                                        </details>
                                    </li>
                                }) }
                            </ul>
                        </div>
                    </section>
                    <section aria-labelledby="case-heading">
                        <h2 id="case-heading">{ EditorMsg::CaseSection.text(l) }</h2>
                        <div class="editor-field">
                            <label for="case-id">{ EditorMsg::FieldId.text(l) }</label>
                            <input id="case-id" type="text" dir="ltr" value={case.id.clone()} data-field="id"
                                oninput={{ let edit = edit.clone(); Callback::from(move |e: InputEvent| edit.emit(DraftEdit::CaseId(text_value(&e)))) }} />
                            { problems_beside(&cx, "id", &[]) }
                        </div>
                        { text_input(&cx, TextField::Title, EditorMsg::FieldTitle.text(l), false) }
                        { text_input(&cx, TextField::Summary, EditorMsg::FieldSummary.text(l), true) }
                        <fieldset>
                            <legend>{ EditorMsg::FieldTracks.text(l) }</legend>
                            { for Track::ALL.iter().map(|t| {
                                let t = *t;
                                let edit = edit.clone();
                                checkbox(format!("track-{}", t.code()), labels::track(t, l).into(), case.tracks.contains(&t), "track", Callback::from(move |on| edit.emit(DraftEdit::Track(t, on))))
                            }) }
                            { problems_beside(&cx, "tracks", &[]) }
                        </fieldset>
                        <details class="editor-topics">
                            <summary>{ EditorMsg::FieldTopics.text(l) }</summary>
                            { for Topic::ALL.iter().map(|t| {
                                let t = *t;
                                let edit = edit.clone();
                                checkbox(format!("topic-{t:?}"), labels::topic(t, l).into(), case.topics.contains(&t), "topic", Callback::from(move |on| edit.emit(DraftEdit::Topic(t, on))))
                            }) }
                        </details>
                        { { let edit = edit.clone(); checkbox("warning".into(), EditorMsg::WarningToggle.text(l).into(), case.content_warning.is_some(), "warning-toggle", Callback::from(move |on| edit.emit(DraftEdit::Warning(on)))) } }
                        if case.content_warning.is_some() {
                            { text_input(&cx, TextField::ContentWarning, EditorMsg::FieldWarning.text(l), true) }
                        }
                    </section>
                    { for (0..case.steps.len()).map(|s| step_block(&cx, s)) }
                    <p><button type="button" class="button" data-testid="add-step"
                        onclick={{ let edit = edit.clone(); Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::AddStep)) }}>{ EditorMsg::AddStep.text(l) }</button></p>
                    <section aria-labelledby="trainer-heading">
                        <h2 id="trainer-heading">{ EditorMsg::TrainerSection.text(l) }</h2>
                        { text_input(&cx, TextField::Point, EditorMsg::FieldPoint.text(l), true) }
                        { for (0..case.trainer.questions.len()).map(|i| {
                            let edit = edit.clone();
                            html! {
                                <div class="editor-option">
                                    { text_input(&cx, TextField::Discussion(i), &fill(EditorMsg::FieldDiscussion.text(l), &[("n", &(i + 1).to_string())]), false) }
                                    <button type="button" class="button button--quiet" onclick={Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::RemoveDiscussion(i)))}>{ EditorMsg::Remove.text(l) }</button>
                                </div>
                            }
                        }) }
                        { problems_beside(&cx, "trainer.questions", &["trainer.questions["]) }
                        <button type="button" class="button" onclick={{ let edit = edit.clone(); Callback::from(move |_: MouseEvent| edit.emit(DraftEdit::AddDiscussion)) }}>{ EditorMsg::AddDiscussion.text(l) }</button>
                    </section>
                </form>
                <aside class="editor__side">
                    <section class="editor-checks" aria-labelledby="checks-heading" data-testid="editor-checks" data-count={problems.len().to_string()}>
                        <h2 id="checks-heading">{ EditorMsg::ChecksHeading.text(l) }</h2>
                        if problems.is_empty() {
                            <p class="notice notice--success" data-testid="no-problems">{ EditorMsg::NoProblems.text(l) }</p>
                        } else {
                            <p>{ fill(EditorMsg::ProblemCount.text(l), &[("count", &problems.len().to_string())]) }</p>
                            <ul class="editor-problem-list" data-testid="editor-problems">
                                { for problems.iter().map(|p| html! {
                                    <li data-field-path={p.field.clone()}><strong class="editor-problem__field" dir="auto">{ field_label(&p.field, l) }</strong><span dir="auto">{ &p.message }</span></li>
                                }) }
                            </ul>
                        }
                    </section>
                    <section aria-labelledby="preview-heading">
                        <h2 id="preview-heading">{ EditorMsg::PreviewHeading.text(l) }</h2>
                        <button type="button" class="button" data-testid="preview"
                            onclick={{ let preview = preview.clone(); Callback::from(move |_: MouseEvent| preview.set(!*preview)) }}>
                            { if *preview { EditorMsg::ClosePreview.text(l) } else { EditorMsg::PreviewButton.text(l) } }
                        </button>
                        if let Some((case, locale)) = preview_case {
                            <DraftPreview key={format!("{}-{}", draft.updated, locale.code())} {case} {locale} />
                        }
                    </section>
                    <section aria-labelledby="save-heading">
                        <h2 id="save-heading">{ EditorMsg::SaveHeading.text(l) }</h2>
                        <div class="editor-field">
                            <label for="pack-name">{ EditorMsg::PackName.text(l) }</label>
                            <input id="pack-name" type="text" dir="auto" value={(*pack_name).clone()} data-testid="pack-name"
                                oninput={{ let pack_name = pack_name.clone(); Callback::from(move |e: InputEvent| pack_name.set(text_value(&e))) }} />
                        </div>
                        if !problems.is_empty() {
                            <p data-testid="fix-first">{ EditorMsg::FixFirst.text(l) }</p>
                        }
                        <button type="button" class="button button--primary" onclick={onsave} data-testid="save-into-pack"
                            disabled={!problems.is_empty() || pack_name.trim().is_empty()}>{ EditorMsg::SaveButton.text(l) }</button>
                        { match &*outcome {
                            Some(Outcome::Saved(name)) => html! { <p class="notice notice--success" role="status" data-testid="saved-into-pack" dir="auto">{ fill(EditorMsg::SavedInto.text(l), &[("name", name)]) }</p> },
                            Some(Outcome::Refused(found)) => html! { <div class="notice notice--error" role="alert"><p>{ EditorMsg::SaveRefused.text(l) }</p>{ problem_rows(found, l) }</div> },
                            Some(Outcome::AddedToDeck(name)) => html! { <p class="notice notice--success" role="status" data-testid="added-to-deck" dir="auto">{ fill(EditorMsg::AddedToDeck.text(l), &[("name", name)]) }</p> },
                            None => html! {},
                        } }
                    </section>
                    <section aria-labelledby="use-heading">
                        <h2 id="use-heading">{ EditorMsg::UseHeading.text(l) }</h2>
                        { use_section }
                    </section>
                </aside>
            </div>
        </div>
    }
}
