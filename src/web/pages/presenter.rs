//! The presenter window (the laptop): the step the room sees, with the answer, the trainer's
//! notes and the engine's legal reasoning, and every control; it opens the audience window.
//!
//! The window is drawn without the learner site's header (see `audience::fills_window`): a bar
//! with the deck, where the show stands and the language, then the step beside the controls and
//! notes, so the step is on the first screen of a 1280x800 laptop; the tools used once a session
//! (go to a case, the room screen, the summary, the handout) come after.

use crate::domain::case::{LocalCase, Question};
use crate::domain::content::ContentKey;
use crate::domain::presenter::{Command, DeckCase, Show};
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg, TrainerMsg};
use crate::web::adapters::windows;
use crate::web::components::language_switch::LanguageSwitch;
use crate::web::components::legal_breakdown::{BreakdownView, LegalBreakdown};
use crate::web::components::load_status::LoadStatus;
use crate::web::components::question_form::{option_letter, option_texts};
use crate::web::components::show_controls::{keys_help, ShowControls};
use crate::web::components::timer_display::TimerDisplay;
use crate::web::hooks::use_show::{use_show, ShowAction};
use crate::web::hooks::use_show_keys::use_show_keys;
use crate::web::hooks::{use_app, use_content, use_decks, use_optional_content};
use crate::web::pages::one_screen::OneScreenStage;
use crate::web::pages::trainer::deck_name;
use crate::web::route::Route;
use crate::web::state::ContentView;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub id: String,
    /// One-screen mode: the audience view with a control panel, in this window only.
    #[prop_or_default]
    pub one_screen: bool,
}

/// Opens a deck for presenting: finds it on the device, reads each case's number of steps from
/// the index, and starts the show; or says why it cannot.
#[function_component(Presenter)]
pub fn presenter(props: &PresenterProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let decks = use_decks();
    let index = use_content(ContentKey::Index);
    // This showing of the deck, made once (a reload picks up the saved show's, see `Show::resume`).
    let session = use_memo((), |_| {
        (
            crate::web::adapters::clock::unique_id(),
            crate::web::adapters::clock::now(),
        )
    });
    let problem = |text: &str| {
        html! {
            <div class="page" data-testid="show-problem">
                <h1>{ TrainerMsg::TrainerHeading.text(l) }</h1>
                <p>{ text.to_string() }</p>
                <p><a href={Route::Trainer.href()} class="button">{ TrainerMsg::BackToDecks.text(l) }</a></p>
            </div>
        }
    };
    let Some(deck) = decks.decks.get(&props.id) else {
        return problem(TrainerMsg::DeckNotFound.text(l));
    };
    let Some(index) = index.doc().and_then(|d| d.as_index()) else {
        return html! { <div class="page"><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    let cases = deck
        .cases
        .iter()
        .filter_map(|id| index.cases.iter().find(|c| &c.id == id))
        .map(|c| DeckCase {
            id: c.id.clone(),
            steps: c.steps,
        })
        .collect();
    let mut show = Show::new(deck.id.clone(), deck_name(deck, l), cases);
    (show.session, show.started_at) = (*session).clone();
    // The link phones open: the learner app at this address, the deck in it.
    show.link = crate::domain::deck::link::share_url(&windows::app_url(""), deck);
    if show.cases.is_empty() {
        return problem(TrainerMsg::DeckCannotPresent.text(l));
    }
    if props.one_screen {
        html! { <OneScreenStage initial={show} /> }
    } else {
        html! { <PresenterStage initial={show} /> }
    }
}

#[derive(Properties, PartialEq)]
pub struct PresenterStageProps {
    pub initial: Show,
}

/// Where the room stands, in words.
pub fn room_status(show: &Show, l: Locale) -> &'static str {
    if show.blanked {
        TrainerMsg::StatusBlank.text(l)
    } else if show.revealed {
        TrainerMsg::StatusRevealed.text(l)
    } else {
        TrainerMsg::StatusHidden.text(l)
    }
}

/// "Case 2 of 5 · Step 1 of 3".
pub fn position(show: &Show, steps: usize, l: Locale) -> String {
    format!(
        "{} · {}",
        fill(
            TrainerMsg::CaseOfDeck.text(l),
            &[
                ("current", &(show.case + 1).to_string()),
                ("total", &show.cases.len().to_string())
            ]
        ),
        fill(
            Msg::StepOf.text(l),
            &[("current", &(show.step + 1).to_string()), ("total", &steps.to_string())]
        )
    )
}

#[function_component(PresenterStage)]
pub fn presenter_stage(props: &PresenterStageProps) -> Html {
    let app = use_app();
    let l = app.locale;
    // The room key, made once per presenter tab; the audience window's address carries it.
    let room = use_memo((), |_| crate::web::hooks::use_show::room_key());
    let (room_key, room_kept) = (*room).clone();
    let audience_url = windows::app_url(&Route::Audience { room: room_key.clone() }.href());
    let model = use_show(props.initial.clone(), true, l, room_key);
    crate::web::hooks::use_show::use_keep_summary(&model.show);
    let on_command = {
        let model = model.clone();
        Callback::from(move |command: Command| model.dispatch(ShowAction::Command(command)))
    };
    use_show_keys(on_command.clone(), Callback::noop());
    let on_wifi = {
        let model = model.clone();
        Callback::from(move |wifi| model.dispatch(ShowAction::SetWifi(wifi)))
    };
    let s = model.show.clone();
    let index = use_content(ContentKey::Index);
    let case_view = use_optional_content(s.current_case().map(|c| ContentKey::Case(c.id.clone())));
    let case = case_view
        .as_ref()
        .and_then(|v| v.doc())
        .and_then(|d| d.as_case())
        .cloned();
    let blocked = use_state(|| false);
    let onopen = {
        let blocked = blocked.clone();
        let audience_url = audience_url.clone();
        Callback::from(move |_: MouseEvent| {
            blocked.set(!windows::open_window(&audience_url, "tipsom-audience"));
        })
    };
    let ongoto = {
        let on_command = on_command.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else {
                return;
            };
            if let Ok(case) = select.value().parse::<usize>() {
                on_command.emit(Command::GoTo { case, step: 0 });
            }
            // Give the keys back to the show: a clicker's arrows would otherwise change the menu.
            let _ = select.blur();
        })
    };
    let titles: Vec<String> = s
        .cases
        .iter()
        .map(|c| {
            index
                .doc()
                .and_then(|d| d.as_index())
                .and_then(|i| i.cases.iter().find(|x| x.id == c.id))
                .map(|x| x.title.clone())
                .unwrap_or_else(|| c.id.clone())
        })
        .collect();
    let steps = s.current_case().map_or(1, |c| c.steps);
    let question = case
        .as_ref()
        .and_then(|c| c.steps.get(s.step))
        .map(|step| &step.question);
    let option_count = question.map_or(0, |q| q.option_count());
    let has_law = case
        .as_ref()
        .is_some_and(|c| c.effective_facts().get(s.step).is_some_and(|f| f.is_some()));

    let controls = html! {
        <ShowControls show={s.clone()} {option_count} {has_law} locale={l} on_command={on_command.clone()} />
    };
    html! {
        <div class="page page--presenter" data-testid="presenter" data-case={s.case.to_string()} data-step={s.step.to_string()}>
            <header class="presenter__bar">
                <div class="presenter__title">
                    <div class="presenter__name">
                        <h1 dir="auto">{ &s.deck_name }</h1>
                        <LanguageSwitch />
                    </div>
                    <p class="presenter__where">
                        <span data-testid="presenter-position">{ position(&s, steps, l) }</span>
                        <span class={classes!("presenter__status", s.blanked.then_some("presenter__status--blank"), s.revealed.then_some("presenter__status--revealed"))}
                            role="status" data-testid="room-status">{ room_status(&s, l) }</span>
                    </p>
                </div>
                <TimerDisplay timer={s.timer} locale={l} />
                <p class="actions">
                    <button type="button" class="button button--primary" onclick={onopen} data-testid="open-audience" data-href={audience_url.clone()}>{ TrainerMsg::OpenAudience.text(l) }</button>
                    <a href={Route::Trainer.href()} class="button">{ TrainerMsg::LeaveShow.text(l) }</a>
                </p>
            </header>
            if !room_kept {
                <p class="notice notice--warning" role="status" data-testid="no-session-storage">{ TrainerMsg::NoSessionStorage.text(l) }</p>
            }
            if *blocked {
                <div class="notice notice--warning" role="alert" data-testid="popup-blocked">
                    <p>{ TrainerMsg::PopupBlocked.text(l) }</p>
                    <p><a href={audience_url.clone()} target="_blank" dir="ltr">{ audience_url.clone() }</a></p>
                </div>
            }
            {
                match case {
                    Some(case) if case.steps.get(s.step).is_some() => presenter_step(&case, &s, l, controls),
                    _ => html! {
                        <>
                            <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>{ Msg::Loading.text(l) }</p>
                            { controls }
                        </>
                    },
                }
            }
            <div class="presenter__tools">
                <p class="presenter__hint">{ TrainerMsg::AudienceHint.text(l) }</p>
                <div class="filter presenter__goto">
                    <label for="presenter-goto">{ TrainerMsg::GoToLabel.text(l) }</label>
                    <select id="presenter-goto" onchange={ongoto}>
                        { for titles.iter().enumerate().map(|(i, title)| html! {
                            <option value={i.to_string()} selected={i == s.case}>{ format!("{}. {title}", i + 1) }</option>
                        }) }
                    </select>
                </div>
                <RoomScreenPanel show={s.clone()} on_command={on_command.clone()} on_wifi={on_wifi} />
                <crate::web::components::session_summary::SessionSummary tally={s.summary()} deck_name={s.deck_name.clone()} started_at={s.started_at} id="summary-now" />
                <p>
                    // In another tab: leaving this page would end the show on the projector.
                    <a href={windows::app_url(&Route::Handout { id: s.deck_id.clone() }.href())} target="_blank" rel="noopener" data-testid="presenter-handout">
                        { TrainerMsg::HandoutButton.text(l) }
                    </a>
                </p>
                { keys_help(l, false) }
            </div>
        </div>
    }
}

/// The step with everything the trainer needs: the answer marked, the explanation, notes, law.
fn presenter_step(case: &LocalCase, s: &Show, l: Locale, controls: Html) -> Html {
    let step = &case.steps[s.step];
    let question = &step.question;
    let texts = option_texts(question, l);
    let correct = question.correct_options();
    let right: Vec<String> = correct
        .iter()
        .filter_map(|i| texts.get(*i).map(|t| format!("{} {t}", option_letter(*i, l))))
        .collect();
    let right: Vec<&str> = right.iter().map(String::as_str).collect();
    let facts = case.effective_facts()[s.step].cloned();
    html! {
        <div class="presenter__grid">
            <section class="presenter__room" aria-labelledby="presenter-case-title">
                <h2 id="presenter-case-title" dir="auto">{ &case.title }</h2>
                // Said to the room before the case starts; later steps keep the room for the step.
                if let Some(warning) = case.content_warning.as_ref().filter(|_| s.step == 0) {
                    <p class="notice notice--warning"><strong>{ Msg::ContentWarningBadge.text(l) }{ ": " }</strong><span dir="auto">{ warning }</span></p>
                }
                <div class="case__story" dir="auto">
                    { for step.text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| html! { <p>{ p.trim() }</p> }) }
                </div>
                <h3 dir="auto">{ question.prompt() }</h3>
                <ol class="presenter__options" role="list">
                    { for texts.iter().enumerate().map(|(i, text)| {
                        let is_right = correct.contains(&i);
                        html! {
                            <li class={classes!("presenter-option", is_right.then_some("presenter-option--right"))}>
                                <span class="option__letter" aria-hidden="true">{ option_letter(i, l) }</span>
                                <span dir="auto">{ text }</span>
                                if is_right { <span class="presenter-option__mark">{ "✓" }</span> }
                                <span class="presenter-option__votes" aria-hidden="true">{ s.votes_for(i) }</span>
                            </li>
                        }
                    }) }
                </ol>
            </section>
            <div class="presenter__side">
            { controls }
            <section class="presenter__notes" aria-labelledby="presenter-answer">
                <h2 id="presenter-answer">{ TrainerMsg::AnswerHeading.text(l) }</h2>
                <p class="feedback__answer" dir="auto" data-testid="presenter-answer">{ fill(Msg::RightAnswerIs.text(l), &[("answer", &labels::join(&right, l))]) }</p>
                if let Question::Action { options, .. } = question {
                    <ul class="option-feedback">
                        { for options.iter().enumerate().map(|(i, o)| html! {
                            <li class={format!("option-feedback__item option-feedback__item--{}", if o.correct { "right" } else { "wrong" })}>
                                <p><strong>{ option_letter(i, l) }{ ". " }</strong><span dir="auto">{ &o.feedback }</span></p>
                            </li>
                        }) }
                    </ul>
                }
                <h3>{ Msg::WhyHeading.text(l) }</h3>
                <p dir="auto">{ &step.explanation }</p>
                <h3>{ Msg::TrainerPointHeading.text(l) }</h3>
                <p dir="auto" data-testid="trainer-point">{ &case.trainer.point }</p>
                <h3>{ Msg::DiscussHeading.text(l) }</h3>
                <ul>{ for case.trainer.questions.iter().map(|q| html! { <li dir="auto">{ q }</li> }) }</ul>
                if let Some(facts) = facts {
                    // What the room sees (the grid), then the full text for the trainer.
                    <LegalBreakdown {facts} locale={l} view={BreakdownView::GridAndFull} />
                }
            </section>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RoomScreenPanelProps {
    show: Show,
    on_command: Callback<Command>,
    on_wifi: Callback<crate::domain::presenter::Wifi>,
}

/// The room screen's button and the room's Wi-Fi, typed by the trainer.
#[function_component(RoomScreenPanel)]
fn room_screen_panel(props: &RoomScreenPanelProps) -> Html {
    let l = use_app().locale;
    let s = &props.show;
    let toggle = {
        let cb = props.on_command.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Command::ToggleRoomScreen))
    };
    let edit = |password: bool| {
        let cb = props.on_wifi.clone();
        let wifi = s.wifi.clone();
        Callback::from(move |e: InputEvent| {
            let value = crate::web::adapters::document::input_value(&e);
            cb.emit(if password {
                crate::domain::presenter::Wifi::new(&wifi.name, &value)
            } else {
                crate::domain::presenter::Wifi::new(&value, &wifi.password)
            })
        })
    };
    html! {
        <details class="room-panel" data-testid="room-panel">
            <summary>{ TrainerMsg::RoomScreenHeading.text(l) }</summary>
            <p>{ TrainerMsg::RoomScreenIntro.text(l) }</p>
            <p class="actions">
                <button type="button" class="button" onclick={toggle} aria-pressed={s.room_screen.to_string()} data-testid="room-screen-toggle">
                    { TrainerMsg::RoomScreenButton.text(l) }
                </button>
            </p>
            <p class="field">
                <label for="wifi-name">{ TrainerMsg::WifiName.text(l) }</label>
                <input id="wifi-name" type="text" autocomplete="off" dir="auto" value={s.wifi.name.clone()} oninput={edit(false)} data-testid="wifi-name" />
            </p>
            <p class="field">
                <label for="wifi-password">{ TrainerMsg::WifiPassword.text(l) }</label>
                <input id="wifi-password" type="text" autocomplete="off" dir="ltr" value={s.wifi.password.clone()} oninput={edit(true)} data-testid="wifi-password" />
            </p>
        </details>
    }
}
