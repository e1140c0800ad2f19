//! The two apps built from this crate, and the routes each draws.
//!
//! Learners load the learner app (`index.html`): cases, library, explorer, reference, progress.
//! Trainers load the trainer app (`trainer.html`), which draws every learner page too, plus decks,
//! the presenter and audience windows, answer cards, content packs and exports. Each app's routes
//! name only its own pages, so the learner's wasm carries none of the trainer's code. A shared
//! deck opens in both: participants get it from the learner app, trainers save it in theirs.

use crate::i18n::Msg;
use crate::web::components::decks_provider::DecksProvider;
use crate::web::components::pack_panel::PackPanel;
use crate::web::components::save_shared_deck::SaveSharedDeck;
use crate::web::hooks::use_app;
use crate::web::pages::{
    answer_cards::AnswerCards,
    audience::Audience,
    cards::Cards,
    case_editor::{CaseEditor, DraftsProvider},
    case_page::CasePage,
    certificate::CertificatePage,
    deck_editor::DeckEditor,
    explorer::Explorer,
    glossary::Glossary,
    handout::Handout,
    home::Home,
    library::Library,
    not_found::NotFound,
    presenter::Presenter,
    progress::ProgressPage,
    settings::SettingsPage,
    shared_deck::SharedDeckPage,
    start::StartPage,
    trainer::Trainer,
};
use crate::web::route::Route;
use yew::prelude::*;

/// The pages of the learner app; trainer pages are sent to the trainer app.
pub fn learner_routes(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Library => html! { <Library /> },
        Route::Case { id } => html! { <CasePage key={id.clone()} id={id.clone()} /> },
        Route::Start { audience } => html! { <StartPage {audience} /> },
        Route::Explore => html! { <Explorer /> },
        Route::ExploreCase { id, step } => {
            html! { <Explorer key={format!("{id}/{step}")} case={Some((id.clone(), step))} /> }
        }
        Route::Progress => html! { <ProgressPage /> },
        Route::Certificate { track } => html! { <CertificatePage {track} /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::Glossary => html! { <Glossary /> },
        Route::Term { id } => html! { <Glossary id={Some(id)} /> },
        Route::SharedDeck { code } => html! { <SharedDeckPage key={code.clone()} code={code.clone()} /> },
        Route::DeckCase { code, id } => html! { <CasePage key={id.clone()} id={id.clone()} deck={Some(code)} /> },
        Route::Cards => html! { <Cards /> },
        Route::Card { id } => html! { <Cards id={Some(id)} /> },
        Route::NotFound => html! { <NotFound /> },
        Route::Trainer
        | Route::Editor
        | Route::EditDraft { .. }
        | Route::DeckEditor { .. }
        | Route::Handout { .. }
        | Route::Present { .. }
        | Route::OneScreen { .. }
        | Route::Audience { .. }
        | Route::Vote => html! { <OpenInTrainer /> },
    }
}

/// The pages of the trainer app: the trainer's own, and every learner page.
pub fn trainer_routes(route: Route) -> Html {
    let with_decks = |page: Html| html! { <DecksProvider>{ page }</DecksProvider> };
    match route {
        Route::Library => {
            let tools =
                Callback::from(|(all, shown): (Vec<String>, Vec<String>)| html! { <PackPanel {all} {shown} /> });
            // Inside the decks provider, so a deck can be exported as a pack, GIFT or Moodle XML.
            with_decks(html! { <Library tools={Some(tools)} /> })
        }
        Route::Trainer => with_decks(html! { <Trainer /> }),
        Route::Editor => with_decks(html! { <DraftsProvider><CaseEditor /></DraftsProvider> }),
        Route::EditDraft { id } => {
            with_decks(html! { <DraftsProvider><CaseEditor key={id.clone()} id={Some(id.clone())} /></DraftsProvider> })
        }
        Route::DeckEditor { id } => with_decks(html! { <DeckEditor key={id.clone()} id={id.clone()} /> }),
        Route::Handout { id } => with_decks(html! { <Handout key={id.clone()} id={id.clone()} /> }),
        Route::SharedDeck { code } => {
            let save = Callback::from(|shared| html! { <SaveSharedDeck {shared} /> });
            with_decks(html! { <SharedDeckPage key={code.clone()} code={code.clone()} save={Some(save)} /> })
        }
        Route::Present { id } => with_decks(html! { <Presenter key={id.clone()} id={id.clone()} /> }),
        Route::OneScreen { id } => with_decks(html! { <Presenter key={id.clone()} id={id.clone()} one_screen=true /> }),
        Route::Audience { room } => with_decks(html! { <Audience room={room} /> }),
        Route::Vote => html! { <AnswerCards /> },
        other => learner_routes(other),
    }
}

/// A trainer page asked of the learner app: the same address in the trainer app. When the learner
/// app is itself what `trainer.html` gave (offline, on a device that never downloaded trainer mode,
/// the service worker answers with the learner app), it says so instead of a link to itself.
#[function_component(OpenInTrainer)]
fn open_in_trainer() -> Html {
    let l = use_app().locale;
    let location = web_sys::window().map(|w| w.location());
    let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    let already_there = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .is_some_and(|p| p.ends_with("trainer.html"));
    let target = format!("trainer.html{hash}");
    {
        let target = target.clone();
        use_effect_with((), move |_| {
            if !already_there {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().replace(&target);
                }
            }
        });
    }
    if already_there {
        return html! {
            <div class="page" data-testid="trainer-not-downloaded">
                <h1>{ Msg::TrainerNotDownloadedHeading.text(l) }</h1>
                <p>{ Msg::TrainerNotDownloaded.text(l) }</p>
                <p><a href={Route::Home.href()} class="button">{ Msg::GoHome.text(l) }</a></p>
            </div>
        };
    }
    html! { <div class="page"><p><a href={target}>{ Msg::OpeningTrainer.text(l) }</a></p></div> }
}
