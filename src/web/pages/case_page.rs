//! Playing a case: the content warning, each step's story and question, feedback, and the result
//! with a recap of every step, each one open to reread. The step being read is kept in the
//! history entry, so Back from a reference card returns to it (see `adapters::place`). In
//! discreet mode a case goes by its number and opens folded: its text shows when asked for.
//!
//! A case opened from a shared deck (`#/deck/<code>/case/<id>`) stays in the deck: it names the
//! deck above the story, "Next case" opens the deck's next case, and the way back is to the deck,
//! which the last case's result says is finished.

use crate::domain::case::LocalCase;
use crate::domain::content::ContentKey;
use crate::domain::deck::play::{next_in_deck, place_in_deck, DeckProgress};
use crate::domain::progress::StepRecord;
use crate::domain::safety::case_number;
use crate::domain::scoring::{option_marks, score, Outcome};
use crate::domain::session::{CaseSession, SessionAction};
use crate::i18n::placeholders::fill;
use crate::i18n::safety_catalogue::case_title;
use crate::i18n::story_opening::paragraphs;
use crate::i18n::{Locale, Msg, PhoneMsg, SafetyMsg, TrainerMsg};
use crate::web::adapters::{clock, place};
use crate::web::components::feedback::Feedback;
use crate::web::components::load_status::LoadStatus;
use crate::web::components::progress_bar::ProgressBar;
use crate::web::components::question_form::QuestionForm;
use crate::web::hooks::{use_app, use_content, use_optional_content};
use crate::web::route::{go_to, Route};
use crate::web::state::Action;
use crate::web::state::ContentView;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CasePageProps {
    pub id: String,
    /// The code of the shared deck the case was opened from, if any.
    #[prop_or_default]
    pub deck: Option<String>,
}

/// The shared deck a case is played in: its code (for its links), its name, and its cases that
/// this copy of the app has, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct DeckContext {
    pub code: String,
    pub name: String,
    pub cases: Vec<String>,
}

impl DeckContext {
    /// The deck named by `code`, if the code reads and the deck holds `case_id`; a case opened
    /// by a deck address that does not list it plays on its own, as `#/case/<id>` does.
    fn of(code: &str, case_id: &str, index: &crate::domain::content::ContentIndex, l: Locale) -> Option<DeckContext> {
        let shared = crate::domain::deck::link::decode(code).ok()?;
        let cases: Vec<String> = shared
            .cases
            .into_iter()
            .filter(|id| index.position(id).is_some())
            .collect();
        cases.iter().any(|c| c == case_id).then(|| DeckContext {
            code: code.to_string(),
            name: if shared.name.is_empty() {
                TrainerMsg::UntitledDeck.text(l).to_string()
            } else {
                shared.name
            },
            cases,
        })
    }

    fn ids(&self) -> Vec<&str> {
        self.cases.iter().map(String::as_str).collect()
    }

    fn href(&self) -> String {
        Route::SharedDeck {
            code: self.code.clone(),
        }
        .href()
    }

    fn case_route(&self, id: &str) -> Route {
        Route::DeckCase {
            code: self.code.clone(),
            id: id.to_string(),
        }
    }
}

/// The deck above the case: its name, a link back to it, and the case's place in it.
fn deck_bar(deck: &DeckContext, case_id: &str, l: Locale) -> Html {
    let place = place_in_deck(&deck.ids(), case_id);
    html! {
        <nav class="deck-bar" aria-label={TrainerMsg::BackToDeck.text(l)} data-testid="deck-bar">
            <a href={deck.href()} data-testid="deck-bar-back">
                <span class="deck-bar__arrow" aria-hidden="true">{ if l.direction() == crate::i18n::Direction::Rtl { "→" } else { "←" } }</span>
                { fill(TrainerMsg::DeckOfCase.text(l), &[("name", &crate::i18n::user_text::isolate(&deck.name))]) }
            </a>
            if let Some((at, total)) = place {
                <span class="deck-bar__place">{ fill(TrainerMsg::CaseOfDeck.text(l), &[("current", &at.to_string()), ("total", &total.to_string())]) }</span>
            }
        </nav>
    }
}

#[function_component(CasePage)]
pub fn case_page(props: &CasePageProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let index_view = use_content(ContentKey::Index);
    let index = index_view.doc().and_then(|d| d.as_index().cloned());
    // The index says whether the case exists, so an unknown id never costs a failed request.
    let known = index.as_ref().map(|i| i.position(&props.id).is_some());
    let case = use_optional_content((known == Some(true)).then(|| ContentKey::Case(props.id.clone())));
    // The case's static opening (shown by the page before the app ran) gives way once this page
    // draws more than a loading line: the same text, in the same place.
    let drawn = matches!((&index, &case), (Some(_), None | Some(ContentView::Ready(_))))
        || index_view == ContentView::Failed
        || case == Some(ContentView::Failed);
    use_effect_with(drawn, |drawn| {
        if *drawn {
            crate::web::adapters::document::remove_boot_screen();
        }
    });
    match (index, case) {
        (Some(_), None) => html! {
            <div class="page" data-testid="case-not-found">
                <h1>{ Msg::NotFoundHeading.text(l) }</h1>
                <p>{ Msg::CaseNotFound.text(l) }</p>
                <p><a href={Route::Library.href()} class="button">{ Msg::BackToCases.text(l) }</a></p>
            </div>
        },
        (Some(index), Some(ContentView::Ready(doc))) => match doc.as_case() {
            Some(case) => {
                let deck = props
                    .deck
                    .as_deref()
                    .and_then(|code| DeckContext::of(code, &case.id, &index, l));
                let next_id = match &deck {
                    Some(deck) => next_in_deck(&deck.ids(), &case.id).map(str::to_string),
                    None => index.next_after(&case.id).map(|c| c.id.clone()),
                };
                let number = case_number(&index, &case.id);
                html! { <CasePlayer case={Rc::new(case.clone())} content_version={index.content_version.clone()} {next_id} {number} {deck} locale={l} /> }
            }
            None => html! {},
        },
        (_, view) => {
            let failed = index_view == ContentView::Failed || view == Some(ContentView::Failed);
            html! { <div class="page"><LoadStatus {failed} /></div> }
        }
    }
}

/// The session reducer: the pure [`CaseSession`] behind Yew's `Reducible`.
#[derive(Debug, Clone, PartialEq)]
struct SessionState(CaseSession);

impl Reducible for SessionState {
    type Action = SessionAction;
    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        Rc::new(SessionState(next))
    }
}

#[derive(Properties, PartialEq)]
pub struct CasePlayerProps {
    pub case: Rc<LocalCase>,
    pub content_version: String,
    pub next_id: Option<String>,
    /// The case's number in the library, its name in discreet mode.
    #[prop_or_default]
    pub number: Option<usize>,
    /// The shared deck the case is played in, if any.
    #[prop_or_default]
    pub deck: Option<DeckContext>,
    pub locale: Locale,
}

#[function_component(CasePlayer)]
pub fn case_player(props: &CasePlayerProps) -> Html {
    let app = use_app();
    let l = props.locale;
    let case = props.case.clone();
    let session = {
        let case = case.clone();
        let version = props.content_version.clone();
        let resume = app.progress.latest_attempt(&case.id).cloned();
        use_reducer(move || {
            let mut session = CaseSession::start(&*case, &version, clock::unique_id(), clock::now(), resume.as_ref());
            // Back from a card: the step that was being read, feedback open.
            if let Some((step, _)) = place::recall(&case.id) {
                session.apply(SessionAction::Review(step));
            }
            SessionState(session)
        })
    };
    let show_pick_hint = use_state(|| false);
    // The step just answered on this page: its feedback paints its summary first (`Feedback::defer`).
    let fresh_answer = use_state(|| None::<usize>);
    // A first visit: one line on how the app works, above the first step.
    let first_visit = use_state(|| app.progress.attempts.is_empty());
    // The scroll position to return to, once, when the page was reopened by Back or a reload.
    let restore = use_mut_ref(|| place::recall(&case.id).map(|(_, y)| y));
    let feedback_ref = use_node_ref();
    let heading_ref = use_node_ref();
    let glossary = use_content(ContentKey::Glossary);
    // Discreet mode: the case goes by its number, and its text (the warning included) shows only
    // once the learner asks, so a glance at the screen finds nothing of its subject.
    let discreet = app.progress.preferences.discreet;
    let title = case_title(&case.title, props.number, discreet, l);
    let unfolded = use_state(|| false);
    let s = &session.0;

    // Where the eye goes: after an answer, the feedback's top (its verdict and Next) at the top of
    // the screen; on a new step or the result, the top of the page. Focus follows without
    // scrolling again. Returning by Back, the scroll position left instead.
    {
        let feedback_ref = feedback_ref.clone();
        let heading_ref = heading_ref.clone();
        let restore = restore.clone();
        let case_id = case.id.clone();
        let answered = s.current_record().is_some();
        let finished = s.is_finished();
        use_effect_with((s.current, answered), move |(current, answered)| {
            let returning = restore.borrow_mut().take();
            let target = if *answered || finished {
                feedback_ref.cast::<web_sys::Element>()
            } else if *current > 0 {
                heading_ref.cast::<web_sys::Element>()
            } else {
                None
            };
            match returning {
                Some(y) => place::scroll_to(y),
                // In the frame that paints the feedback, once it is all in the page: the scroll
                // measures the page, which then is laid out once, not twice.
                None if *answered && !finished => {
                    if let Some(el) = target.clone() {
                        crate::web::adapters::frame::before_paint(move || place::scroll_to_start(&el));
                    }
                }
                None if *current > 0 || finished => place::scroll_to(0.0),
                None => {}
            }
            // Focus and the history entry's record of the place right after this frame's paint:
            // both cost the answer's frame time (the history call most), and neither shows.
            let current = *current;
            crate::web::adapters::frame::after_paint(move || {
                if let Some(el) = target {
                    place::focus_quietly(&el);
                }
                place::remember(&case_id, current, place::scroll_y());
            });
        });
    }
    // Following a link (a card, a term, the explorer) records the scroll position left.
    let onlinkclick = {
        let case_id = case.id.clone();
        let current = s.current;
        Callback::from(move |e: MouseEvent| {
            if place::is_link_click(&e) {
                place::remember(&case_id, current, place::scroll_y());
            }
        })
    };

    if discreet && !*unfolded {
        let onshow = {
            let unfolded = unfolded.clone();
            Callback::from(move |_| unfolded.set(true))
        };
        return html! {
            <article class="page case case--folded" data-testid="case-folded">
                <h1>{ title }</h1>
                <div class="notice notice--info">
                    <p>{ SafetyMsg::FoldedNote.text(l) }</p>
                    <p class="actions">
                        <button type="button" class="button button--primary" onclick={onshow} data-testid="show-text">{ SafetyMsg::ShowText.text(l) }</button>
                    </p>
                </div>
            </article>
        };
    }

    if case.content_warning.is_some() && !s.warning_accepted {
        let onread = {
            let session = session.clone();
            Callback::from(move |_| session.dispatch(SessionAction::AcceptWarning))
        };
        // Skipping carries no penalty: nothing is recorded. In a deck, on to its next case or back to it.
        let onskip = {
            let next = props.next_id.clone();
            let deck = props.deck.clone();
            Callback::from(move |_| {
                go_to(&match (&next, &deck) {
                    (Some(id), Some(deck)) => deck.case_route(id),
                    (Some(id), None) => Route::Case { id: id.clone() },
                    (None, Some(deck)) => Route::SharedDeck {
                        code: deck.code.clone(),
                    },
                    (None, None) => Route::Library,
                })
            })
        };
        return html! {
            <article class="page case" data-testid="content-warning">
                if let Some(deck) = &props.deck { { deck_bar(deck, &case.id, l) } }
                <h1 dir="auto">{ title.clone() }</h1>
                <div class="notice notice--warning">
                    <h2>{ Msg::ContentWarningHeading.text(l) }</h2>
                    <p dir="auto">{ case.content_warning.clone().unwrap_or_default() }</p>
                    <p class="actions">
                        <button type="button" class="button button--primary" onclick={onread}>{ Msg::ContentWarningRead.text(l) }</button>
                        <button type="button" class="button" onclick={onskip}>{ Msg::ContentWarningSkip.text(l) }</button>
                    </p>
                </div>
            </article>
        };
    }

    if s.is_finished() {
        let onrestart = {
            let session = session.clone();
            Callback::from(move |_| {
                session.dispatch(SessionAction::Restart {
                    attempt_id: clock::unique_id(),
                    now: clock::now(),
                })
            })
        };
        let recap = s.recap();
        let next_route = props.next_id.clone().map(|id| match &props.deck {
            Some(deck) => deck.case_route(&id),
            None => Route::Case { id },
        });
        // The deck's last case: where the deck stands, and the way back to it.
        let deck_end = props.deck.as_ref().filter(|_| props.next_id.is_none()).map(|deck| {
            let progress = DeckProgress::of(&app.progress, &deck.ids());
            html! {
                <section class="notice notice--info deck-end" data-testid="deck-end" aria-labelledby="deck-end-heading">
                    <h2 id="deck-end-heading">{ TrainerMsg::DeckEndHeading.text(l) }</h2>
                    <p>
                        if progress.is_finished() {
                            { TrainerMsg::DeckAllDone.text(l) }
                        } else {
                            { fill(TrainerMsg::DeckLastCase.text(l), &[("done", &progress.done.to_string()), ("total", &progress.total().to_string())]) }
                        }
                    </p>
                    <p class="actions"><a href={deck.href()} class="button button--primary" data-testid="deck-end-back">{ TrainerMsg::BackToDeck.text(l) }</a></p>
                </section>
            }
        });
        return html! {
            <article class="page case case--done" data-testid="case-complete" onclick={onlinkclick}>
                if let Some(deck) = &props.deck { { deck_bar(deck, &case.id, l) } }
                <h1 dir="auto">{ title.clone() }</h1>
                <section class="result" aria-labelledby="result-heading">
                    <h2 id="result-heading" ref={feedback_ref.clone()} tabindex="-1">{ Msg::CaseCompleteHeading.text(l) }</h2>
                    <p class="result__score" data-testid="case-score">{ fill(Msg::CaseScore.text(l), &[("score", &s.attempt.score().to_string())]) }</p>
                    { deck_end.unwrap_or_default() }
                    <h3>{ PhoneMsg::RecapHeading.text(l) }</h3>
                    <ol class="recap" data-testid="recap">
                        { for recap.iter().map(|(step, score)| {
                            let (icon, class, words) = match score.map(Outcome::from_score) {
                                Some(Outcome::Correct) => ("✓", "recap__item recap__item--correct", Msg::ResultCorrect.text(l)),
                                Some(Outcome::Partial) => ("◐", "recap__item recap__item--partial", Msg::ResultPartial.text(l)),
                                Some(Outcome::Incorrect) => ("✗", "recap__item recap__item--incorrect", Msg::ResultIncorrect.text(l)),
                                None => ("–", "recap__item", PhoneMsg::RecapNotAnswered.text(l)),
                            };
                            let number = (step + 1).to_string();
                            let onreread = {
                                let session = session.clone();
                                let step = *step;
                                Callback::from(move |_| session.dispatch(SessionAction::Review(step)))
                            };
                            html! {
                                <li class={class}>
                                    <span class="recap__icon" aria-hidden="true">{ icon }</span>
                                    <span class="recap__what">
                                        <strong>{ fill(PhoneMsg::RecapStep.text(l), &[("step", &number)]) }</strong>
                                        // The mark says it at a glance; the words, for screen readers.
                                        <span class="visually-hidden">{ " · " }{ words }</span>
                                        if let Some(score) = score {
                                            { " · " }{ fill(PhoneMsg::RecapScore.text(l), &[("score", &score.to_string())]) }
                                        }
                                    </span>
                                    if score.is_some() {
                                        <button type="button" class="button recap__reread" onclick={onreread} data-testid="reread">
                                            { fill(PhoneMsg::Reread.text(l), &[("step", &number)]) }
                                        </button>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                    <h3>{ Msg::TrainerPointHeading.text(l) }</h3>
                    <p dir="auto">{ &case.trainer.point }</p>
                    <h3>{ Msg::DiscussHeading.text(l) }</h3>
                    <ul>{ for case.trainer.questions.iter().map(|q| html! { <li dir="auto">{ q }</li> }) }</ul>
                </section>
                <p class="actions">
                    if let Some(route) = next_route {
                        <a href={route.href()} class="button button--primary" data-testid="next-case">{ Msg::NextCase.text(l) }</a>
                    }
                    <button type="button" class="button" onclick={onrestart}>{ Msg::PlayAgain.text(l) }</button>
                    if let Some(deck) = &props.deck {
                        <a href={deck.href()} class="button" data-testid="back-to-deck">{ TrainerMsg::BackToDeck.text(l) }</a>
                    } else {
                        <a href={Route::Library.href()} class="button">{ Msg::BackToCases.text(l) }</a>
                    }
                </p>
            </article>
        };
    }

    let step_index = s.current;
    let step = &case.steps[step_index];
    let facts = case.effective_facts()[step_index].cloned();
    let record = s.current_record().cloned();
    let multiple = step.question.is_multiple();

    let onpick = {
        let session = session.clone();
        let show_pick_hint = show_pick_hint.clone();
        Callback::from(move |option| {
            show_pick_hint.set(false);
            session.dispatch(SessionAction::Pick { option, multiple });
        })
    };
    let onconfidence = {
        let session = session.clone();
        Callback::from(move |c| session.dispatch(SessionAction::SetConfidence(c)))
    };
    let onsubmit = {
        let session = session.clone();
        let app = app.clone();
        let case = case.clone();
        let show_pick_hint = show_pick_hint.clone();
        let fresh_answer = fresh_answer.clone();
        Callback::from(move |_| {
            let s = &session.0;
            if s.selected.is_empty() {
                show_pick_hint.set(true);
                return;
            }
            fresh_answer.set(Some(s.current));
            let question = &case.steps[s.current].question;
            let record = StepRecord {
                step: s.current,
                chosen: s.selected.clone(),
                confidence: s.confidence,
                score: score(question, &s.selected),
                answered_at: clock::now(),
                unknown: Default::default(),
            };
            // Recorded (and saved) at once, in the frame of the answer: the rest of the app reads
            // the progress (a deck's end, another tab), and an answer must never wait to be kept.
            app.dispatch(Action::RecordStep {
                attempt: s.attempt.clone(),
                record: record.clone(),
            });
            session.dispatch(SessionAction::Answered(record));
        })
    };
    let onnext = {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(SessionAction::Next))
    };
    // Rereading a step of a finished case: the result is one tap away.
    let back_to_result = s.attempt.is_complete().then(|| {
        let session = session.clone();
        let total = case.steps.len();
        Callback::from(move |_| session.dispatch(SessionAction::Review(total)))
    });
    let total = case.steps.len();
    let is_last = step_index + 1 == total;
    let announcement = record.as_ref().map(|r| {
        let msg = match Outcome::from_score(r.score) {
            Outcome::Correct => Msg::ResultCorrect,
            Outcome::Partial => Msg::ResultPartial,
            Outcome::Incorrect => Msg::ResultIncorrect,
        };
        msg.text(l).to_string()
    });

    html! {
        <article class="page case" data-testid="case-player" data-step={step_index.to_string()} onclick={onlinkclick}>
            if let Some(deck) = &props.deck { { deck_bar(deck, &case.id, l) } }
            <header class="case__header">
                <h1 dir="auto">{ title.clone() }</h1>
                <p class="case__step" ref={heading_ref.clone()} tabindex="-1">{ fill(Msg::StepOf.text(l), &[("current", &(step_index + 1).to_string()), ("total", &total.to_string())]) }</p>
                <ProgressBar percent={(step_index + usize::from(record.is_some())) * 100 / total} />
            </header>
            if *first_visit && step_index == 0 && record.is_none() {
                <p class="notice notice--info case__how" data-testid="how-it-works">{ PhoneMsg::HowItWorks.text(l) }</p>
            }
            <div class="case__story" dir="auto">
                { for paragraphs(&step.text).map(|p| html! { <p>{ p }</p> }) }
            </div>
            if let Some(terms) = glossary.doc().and_then(|d| d.as_glossary()).filter(|_| !case.glossary.is_empty()) {
                <details class="case__terms">
                    <summary>{ Msg::TermsInCase.text(l) }</summary>
                    <ul>
                        { for case.glossary.iter().filter_map(|id| terms.iter().find(|t| &t.id == id)).map(|t| html! {
                            <li><a href={Route::Term { id: t.id.clone() }.href()}>{ &t.term }</a></li>
                        }) }
                    </ul>
                </details>
            }
            <QuestionForm
                question={step.question.clone()}
                name={format!("q-{}-{}", case.id, step_index)}
                selected={record.as_ref().map(|r| r.chosen.clone()).unwrap_or_else(|| s.selected.clone())}
                confidence={s.confidence}
                marks={record.as_ref().map(|r| option_marks(&step.question, &r.chosen))}
                show_pick_hint={*show_pick_hint}
                locale={l}
                {onpick} {onconfidence} {onsubmit}
            />
            <div class="visually-hidden" aria-live="polite" data-testid="announcer">{ announcement.unwrap_or_default() }</div>
            if let Some(record) = record {
                <Feedback question={step.question.clone()} {record} explanation={step.explanation.clone()} {facts} locale={l} node_ref={feedback_ref.clone()} case_id={case.id.clone()} step={step_index} defer={*fresh_answer == Some(step_index)}>
                    <p class="actions actions--next">
                        <button type="button" class="button button--primary" onclick={onnext.clone()} data-testid="next">
                            { if is_last { Msg::FinishCase.text(l) } else { Msg::NextStep.text(l) } }
                        </button>
                        if let Some(onclick) = back_to_result.clone().filter(|_| !is_last) {
                            <button type="button" class="button" {onclick}>{ PhoneMsg::BackToResult.text(l) }</button>
                        }
                    </p>
                </Feedback>
                // The same way on after the whole feedback, for whoever read to its end.
                <p class="actions actions--next">
                    <button type="button" class="button button--primary" onclick={onnext} data-testid="next-after-feedback">
                        { if is_last { Msg::FinishCase.text(l) } else { Msg::NextStep.text(l) } }
                    </button>
                </p>
            }
        </article>
    }
}
