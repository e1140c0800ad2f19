//! The frame of every page: skip link, header with navigation and language, notices, main, footer.

use crate::i18n::Msg;
use crate::web::adapters::{document, quick_exit};
use crate::web::components::{
    language_switch::LanguageSwitch, storage_notice::StorageNotice, update_notice::UpdateNotice,
};
use crate::web::hooks::use_app;
use crate::web::pages::audience::fills_window;
use crate::web::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let app = use_app();
    let l = app.locale;
    // The projector's views fill the window, with no header or footer.
    if use_route::<Route>().as_ref().is_some_and(fills_window) {
        return html! { <main id="main" class="main--bare" tabindex="-1">{ props.children.clone() }</main> };
    }
    // The skip link moves focus without touching the hash, which holds the route.
    let onskip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = document::element_by_id("main") {
            document::focus(&main);
        }
    });
    let onexit = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        quick_exit::leave();
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={onskip}>{ Msg::SkipToContent.text(l) }</a>
            <header class="site-header">
                // A real link, so the exit works even if the script fails; the script adds the history replacement.
                <a class="quick-exit" href={quick_exit::NEUTRAL_PAGE} rel="nofollow noreferrer" onclick={onexit} data-testid="quick-exit">{ Msg::QuickExit.text(l) }</a>
                <div class="site-header__inner">
                    <Link<Route> to={Route::Home} classes="brand">{ Msg::AppName.text(l) }</Link<Route>>
                    <nav class="site-nav" aria-label={Msg::MainNavigation.text(l)}>
                        <ul>
                            <li><Link<Route> to={Route::Home}>{ Msg::NavHome.text(l) }</Link<Route>></li>
                            <li><Link<Route> to={Route::Library}>{ Msg::NavLibrary.text(l) }</Link<Route>></li>
                            <li><Link<Route> to={Route::Progress}>{ Msg::NavProgress.text(l) }</Link<Route>></li>
                            <li><Link<Route> to={Route::Explore}>{ Msg::NavExplorer.text(l) }</Link<Route>></li>
                            <li><Link<Route> to={Route::Cards}>{ Msg::NavCards.text(l) }</Link<Route>></li>
                            <li><Link<Route> to={Route::Glossary}>{ Msg::NavGlossary.text(l) }</Link<Route>></li>
                            <li><a href="trainer.html#/trainer">{ Msg::NavTrainer.text(l) }</a></li>
                            <li><Link<Route> to={Route::Settings}>{ Msg::NavSettings.text(l) }</Link<Route>></li>
                        </ul>
                    </nav>
                    <LanguageSwitch />
                </div>
            </header>
            <UpdateNotice />
            <StorageNotice />
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <footer class="site-footer"><p>{ Msg::PrivacyNote.text(l) }</p></footer>
        </>
    }
}
