//! The app's routes, in the URL hash so any static host (and the service worker) serve them as-is.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/cases")]
    Library,
    #[at("/case/:id")]
    Case { id: String },
    #[at("/explore")]
    Explore,
    #[at("/explore/:id/:step")]
    ExploreCase { id: String, step: usize },
    #[at("/progress")]
    Progress,
    #[at("/certificate/:track")]
    Certificate { track: String },
    #[at("/settings")]
    Settings,
    #[at("/glossary")]
    Glossary,
    #[at("/glossary/:id")]
    Term { id: String },
    #[at("/cards")]
    Cards,
    #[at("/cards/:id")]
    Card { id: String },
    // Trainer mode.
    #[at("/trainer")]
    Trainer,
    #[at("/trainer/deck/:id")]
    DeckEditor { id: String },
    #[at("/deck/:code")]
    SharedDeck { code: String },
    #[at("/present/:id")]
    Present { id: String },
    #[at("/one-screen/:id")]
    OneScreen { id: String },
    #[at("/audience")]
    Audience,
    #[at("/vote")]
    Vote,
    #[not_found]
    #[at("/404")]
    NotFound,
}
