//! The frame of every page: skip link, header with navigation and language, notices, main, footer.

use crate::i18n::Msg;
use crate::web::adapters::{document, quick_exit};
use crate::web::components::{
    language_switch::LanguageSwitch, storage_notice::StorageNotice, update_notice::UpdateNotice,
};
use crate::web::hooks::use_app;
use crate::web::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
    /// The page alone in `main`, with no header or footer.
    #[prop_or_default]
    pub bare: bool,
}

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let app = use_app();
    let l = app.locale;
    if props.bare {
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
                    <a href={Route::Home.href()} class="brand">{ Msg::AppName.text(l) }</a>
                    <nav class="site-nav" aria-label={Msg::MainNavigation.text(l)}>
                        <ul>
                            <li><a href={Route::Home.href()}>{ Msg::NavHome.text(l) }</a></li>
                            <li><a href={Route::Library.href()}>{ Msg::NavLibrary.text(l) }</a></li>
                            <li><a href={Route::Progress.href()}>{ Msg::NavProgress.text(l) }</a></li>
                            <li><a href={Route::Explore.href()}>{ Msg::NavExplorer.text(l) }</a></li>
                            <li><a href={Route::Cards.href()}>{ Msg::NavCards.text(l) }</a></li>
                            <li><a href={Route::Glossary.href()}>{ Msg::NavGlossary.text(l) }</a></li>
                            <li><a href="trainer.html#/trainer">{ Msg::NavTrainer.text(l) }</a></li>
                            <li><a href={Route::Settings.href()}>{ Msg::NavSettings.text(l) }</a></li>
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
