//! A deck's printable handout, in the language of the page, for A4 paper (see the print styles):
//! - for participants: the deck's link and QR code, its cases (titles and summaries, which give
//!   nothing away) and where to find help, on one or two pages;
//! - after the session: the same, with the point of each case;
//! - the cases on paper, for a room with few phones: each case's story and questions, one case
//!   per page, with no answer;
//! - the trainer's key: answers, explanations, each option's feedback and the trainer's notes,
//!   one case per page.
//!
//! Nothing of the answers is drawn in the participants' versions, not even hidden.

use crate::domain::case::{LocalCase, Question};
use crate::domain::content::{CaseSummary, ContentKey};
use crate::domain::deck::link::share_url;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg, TrainerMsg};
use crate::web::adapters::windows;
use crate::web::components::load_status::LoadStatus;
use crate::web::components::qr_code::qr_code_svg;
use crate::web::components::question_form::{option_letter, option_texts};
use crate::web::hooks::{use_app, use_content, use_contents, use_decks};
use crate::web::pages::trainer::deck_name;
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;

/// The hotline of Morocco's National Commission against trafficking in persons, as the project's
/// brief gives it (§4, "National Commission", source 79: the Commission's own site).
pub const HOTLINE: &str = "0800\u{A0}00\u{A0}47\u{A0}47";

/// Which handout is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Participants,
    AfterSession,
    CasesOnPaper,
    TrainerKey,
}

impl Version {
    const ALL: [Version; 4] = [
        Version::Participants,
        Version::AfterSession,
        Version::CasesOnPaper,
        Version::TrainerKey,
    ];

    fn code(self) -> &'static str {
        match self {
            Version::Participants => "participants",
            Version::AfterSession => "after",
            Version::CasesOnPaper => "cases",
            Version::TrainerKey => "key",
        }
    }

    fn label(self) -> TrainerMsg {
        match self {
            Version::Participants => TrainerMsg::HandoutSheet,
            Version::AfterSession => TrainerMsg::HandoutAfter,
            Version::CasesOnPaper => TrainerMsg::HandoutCases,
            Version::TrainerKey => TrainerMsg::HandoutKey,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub id: String,
}

#[function_component(Handout)]
pub fn handout(props: &HandoutProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let decks = use_decks();
    let version = use_state(|| Version::Participants);
    let index = use_content(ContentKey::Index);
    let deck = decks.decks.get(&props.id).cloned();
    let keys: Vec<ContentKey> = deck
        .as_ref()
        .map(|d| d.cases.iter().map(|c| ContentKey::Case(c.clone())).collect())
        .unwrap_or_default();
    let cases = use_contents(keys);
    let Some(deck) = deck else {
        return html! {
            <div class="page" data-testid="deck-not-found">
                <h1>{ TrainerMsg::HandoutHeading.text(l) }</h1>
                <p>{ TrainerMsg::DeckNotFound.text(l) }</p>
                <p><a href={Route::Trainer.href()} class="button">{ TrainerMsg::BackToDecks.text(l) }</a></p>
            </div>
        };
    };
    let Some(index) = index.doc().and_then(|d| d.as_index().cloned()) else {
        return html! { <div class="page"><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    // The deck's cases this copy of the app has, each with its summary and, once here, its content.
    let shown: Vec<(&CaseSummary, Option<LocalCase>)> = deck
        .cases
        .iter()
        .zip(&cases)
        .filter_map(|(id, view)| {
            let summary = index.cases.iter().find(|c| &c.id == id)?;
            let case = view.doc().and_then(|d| d.as_case()).cloned();
            Some((summary, case))
        })
        .collect();
    let needs_cases = *version != Version::Participants;
    let ready = !needs_cases || shown.iter().all(|(_, c)| c.is_some());
    let name = deck_name(&deck, l);
    let link = share_url(&windows::app_url(""), &deck);
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let choose = |v: Version| {
        let version = version.clone();
        Callback::from(move |_: Event| version.set(v))
    };
    let body = match *version {
        _ if !ready => html! { <LoadStatus failed={cases.contains(&ContentView::Failed)} /> },
        Version::Participants | Version::AfterSession => {
            sheet(&name, &link, &shown, *version == Version::AfterSession, l)
        }
        Version::CasesOnPaper => on_paper(&name, &shown, l),
        Version::TrainerKey => trainer_key(&name, &shown, l),
    };
    html! {
        <div class="page page--handout" data-testid="handout">
            <div class="handout__controls">
                <h1>{ TrainerMsg::HandoutHeading.text(l) }{ ": " }<span dir="auto">{ &name }</span></h1>
                <p>{ TrainerMsg::HandoutIntro.text(l) }</p>
                <fieldset class="handout__versions">
                    <legend>{ TrainerMsg::HandoutVersionLabel.text(l) }</legend>
                    { for Version::ALL.iter().map(|v| html! {
                        <label class="handout__version">
                            <input type="radio" name="handout-version" value={v.code()} checked={*version == *v}
                                onchange={choose(*v)} data-testid={format!("handout-{}", v.code())} />
                            <span>{ v.label().text(l) }</span>
                        </label>
                    }) }
                </fieldset>
                <p class="actions">
                    <button type="button" class="button button--primary" onclick={onprint} data-testid="handout-print">{ Msg::Print.text(l) }</button>
                    <a href={Route::Trainer.href()} class="button">{ TrainerMsg::BackToDecks.text(l) }</a>
                </p>
            </div>
            <article class={classes!("handout", format!("handout--{}", version.code()))} data-testid="handout-sheet" data-version={version.code()}>
                { body }
            </article>
        </div>
    }
}

/// The title of every handout: the app, the deck, and what the paper is.
fn head(name: &str, what: Option<&str>, l: Locale) -> Html {
    html! {
        <header class="handout__head">
            <p class="handout__app">{ Msg::AppName.text(l) }{ what.map(|w| format!(" · {w}")).unwrap_or_default() }</p>
            <h1 class="handout__title" dir="auto">{ name.to_string() }</h1>
        </header>
    }
}

/// The deck's link as a QR code and as an address, to open it on a phone.
fn link_block(name: &str, link: &str, l: Locale) -> Html {
    let address = link.split_once("://").map_or(link, |(_, rest)| rest);
    let host = address.split('#').next().unwrap_or_default().trim_end_matches('/');
    html! {
        <section class="handout__link">
            { qr_code_svg(link, fill(TrainerMsg::QrLabel.text(l), &[("name", name)]), TrainerMsg::QrTooLong.text(l)) }
            <div>
                <p>{ TrainerMsg::HandoutScan.text(l) }</p>
                <p class="handout__host"><span>{ TrainerMsg::HandoutAddress.text(l) }{ ": " }</span><bdi dir="ltr">{ host.to_string() }</bdi></p>
                <p class="handout__url" dir="ltr" data-testid="handout-link">{ link.to_string() }</p>
            </div>
        </section>
    }
}

/// Where to find help, as the brief gives it: the National Commission's hotline, and what to do
/// and not do for someone who may be a victim.
fn help(l: Locale) -> Html {
    html! {
        <section class="handout__help" data-testid="handout-help">
            <h2>{ TrainerMsg::HandoutHelpHeading.text(l) }</h2>
            <p>{ fill(TrainerMsg::HandoutHotline.text(l), &[("phone", &format!("\u{2066}{HOTLINE}\u{2069}"))]) }</p>
            <p>{ TrainerMsg::HandoutCare.text(l) }</p>
            <p>{ TrainerMsg::HandoutIndicator.text(l) }</p>
        </section>
    }
}

/// The participants' sheet: one or two pages. After the session, with each case's point.
fn sheet(name: &str, link: &str, cases: &[(&CaseSummary, Option<LocalCase>)], after: bool, l: Locale) -> Html {
    html! {
        <>
            { head(name, None, l) }
            { link_block(name, link, l) }
            <section class="handout__cases">
                <h2>{ TrainerMsg::HandoutCasesHeading.text(l) }</h2>
                <ol>
                    { for cases.iter().map(|(summary, case)| html! {
                        <li data-case-id={summary.id.clone()}>
                            <h3 dir="auto">{ &summary.title }</h3>
                            <p dir="auto">{ &summary.summary }</p>
                            if let Some(case) = case.as_ref().filter(|_| after) {
                                <p class="handout__point" dir="auto" data-testid="handout-point">
                                    <strong>{ Msg::TrainerPointHeading.text(l) }{ ": " }</strong>{ &case.trainer.point }
                                </p>
                            }
                        </li>
                    }) }
                </ol>
            </section>
            { help(l) }
        </>
    }
}

/// The story of a step, paragraph by paragraph.
fn story(text: &str) -> Html {
    html! {
        <div class="handout__story" dir="auto">
            { for text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| html! { <p>{ p.trim() }</p> }) }
        </div>
    }
}

/// Whether every option is short enough to set the options in two columns.
fn short_options(question: &Question<String>, l: Locale) -> bool {
    option_texts(question, l).iter().all(|t| t.chars().count() <= 40)
}

/// The cases on paper: one case per page, its story and questions, and boxes to tick; where to
/// find help after the last.
fn on_paper(name: &str, cases: &[(&CaseSummary, Option<LocalCase>)], l: Locale) -> Html {
    let count = cases.iter().filter(|(_, c)| c.is_some()).count();
    html! {
        <>
            { for cases.iter().filter_map(|(_, c)| c.as_ref()).enumerate().map(|(n, case)| html! {
                <section class="handout__case" data-case-id={case.id.clone()}>
                    if n == 0 { { head(name, None, l) } }
                    <h2 dir="auto">{ format!("{}. ", n + 1) }{ &case.title }</h2>
                    if let Some(warning) = &case.content_warning {
                        <p class="handout__warning"><strong>{ Msg::ContentWarningBadge.text(l) }{ ": " }</strong><span dir="auto">{ warning }</span></p>
                    }
                    { for case.steps.iter().enumerate().map(|(i, step)| html! {
                        <div class="handout__step">
                            <h3>{ fill(Msg::StepOf.text(l), &[("current", &(i + 1).to_string()), ("total", &case.steps.len().to_string())]) }</h3>
                            { story(&step.text) }
                            <p class="handout__prompt" dir="auto">{ step.question.prompt() }</p>
                            <ol class={classes!("handout__options", short_options(&step.question, l).then_some("handout__options--short"))} role="list">
                                { for option_texts(&step.question, l).iter().enumerate().map(|(o, text)| html! {
                                    <li><span class="handout__box" aria-hidden="true">{ "☐" }</span>
                                        <span class="handout__letter">{ option_letter(o, l) }</span>
                                        <span dir="auto">{ text }</span></li>
                                }) }
                            </ol>
                        </div>
                    }) }
                    if n + 1 == count { { help(l) } }
                </section>
            }) }
        </>
    }
}

/// The trainer's key: per case, on its own page, the point, each step's right answer with its
/// explanation and each option's feedback, and the questions for the discussion.
fn trainer_key(name: &str, cases: &[(&CaseSummary, Option<LocalCase>)], l: Locale) -> Html {
    let key_heading = TrainerMsg::HandoutKeyHeading.text(l);
    html! {
        { for cases.iter().filter_map(|(_, c)| c.as_ref()).enumerate().map(|(n, case)| html! {
            <section class="handout__case" data-case-id={case.id.clone()}>
                if n == 0 { { head(name, Some(key_heading), l) } }
                <h2 dir="auto">{ format!("{}. ", n + 1) }{ &case.title }</h2>
                <p class="handout__point" dir="auto"><strong>{ Msg::TrainerPointHeading.text(l) }{ ": " }</strong>{ &case.trainer.point }</p>
                { for case.steps.iter().enumerate().map(|(i, step)| {
                    let texts = option_texts(&step.question, l);
                    let right: Vec<String> = step.question.correct_options().iter()
                        .filter_map(|o| texts.get(*o).map(|t| format!("{} {t}", option_letter(*o, l))))
                        .collect();
                    let right: Vec<&str> = right.iter().map(String::as_str).collect();
                    html! {
                        <div class="handout__step">
                            <h3>{ fill(Msg::StepOf.text(l), &[("current", &(i + 1).to_string()), ("total", &case.steps.len().to_string())]) }{ " · " }<span dir="auto">{ step.question.prompt() }</span></h3>
                            <p class="handout__answer" dir="auto">{ fill(Msg::RightAnswerIs.text(l), &[("answer", &labels::join(&right, l))]) }</p>
                            <p dir="auto">{ &step.explanation }</p>
                            if let Question::Action { options, .. } = &step.question {
                                <ul class="handout__feedback">
                                    { for options.iter().enumerate().map(|(o, option)| html! {
                                        <li><strong>{ option_letter(o, l) }{ ". " }</strong><span dir="auto">{ &option.feedback }</span></li>
                                    }) }
                                </ul>
                            }
                        </div>
                    }
                }) }
                <h3>{ Msg::DiscussHeading.text(l) }</h3>
                <ul>{ for case.trainer.questions.iter().map(|q| html! { <li dir="auto">{ q }</li> }) }</ul>
            </section>
        }) }
    }
}
