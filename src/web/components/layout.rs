//! The frame of every page: skip link, a slim bar (menu, title, quick exit) that the layout
//! reserves at the top, notices, main, footer.
//!
//! On a phone the bar stays at the top while the page scrolls, so the quick exit is one tap away
//! and covers nothing (the page scrolls below it, never under a floating button); the navigation
//! and the language switch fold into a menu (a `popover`, which opens and closes without script,
//! as on the static home page). On wider screens they sit in the header, as a row.

use crate::domain::safety::neutral_page;
use crate::i18n::{Msg, PhoneMsg};
use crate::web::adapters::{document, quick_exit};
use crate::web::components::{
    language_switch::LanguageSwitch, offline_status::OfflineStatus, storage_notice::StorageNotice,
    update_notice::UpdateNotice,
};
use crate::web::hooks::use_app;
use crate::web::route::Route;
use yew::prelude::*;

/// The menu's id, which the menu button names (`popovertarget`).
pub const MENU_ID: &str = "site-menu";

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
    /// The page alone in `main`, with no header or footer.
    #[prop_or_default]
    pub bare: bool,
}

/// Closes the menu (a link was followed: the page changes under it).
fn close_menu() {
    if let Some(menu) = document::element_by_id(MENU_ID) {
        // Called by name: no web-sys feature for one method; closing a closed menu is harmless.
        if let Ok(hide) = js_sys::Reflect::get(&menu, &"hidePopover".into()) {
            if let Some(hide) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&hide) {
                let _ = hide.call0(&menu);
            }
        }
    }
}

/// Places the menu right under the bar, whatever the bar's height (large text, a long title).
fn place_menu() {
    let (Some(bar), Some(menu)) = (document::element_by_id("site-bar"), document::element_by_id(MENU_ID)) else {
        return;
    };
    // The bar sits at the very top (first in the page, and sticky): its height is its bottom.
    let bottom = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&bar).map_or(0, |b| b.offset_height());
    if let Some(menu) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&menu) {
        // A custom property set through the CSSOM, which the CSP allows (no inline style).
        let _ = menu.style().set_property("--bar-bottom", &format!("{bottom}px"));
    }
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
    let onexit = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        quick_exit::leave(l);
    });
    // Discreet mode: the bar names the app as the tab does, "Notes". The quick exit keeps its
    // plain name: the learner must find it at once.
    let name = if app.progress.preferences.discreet {
        Msg::DiscreetTitle.text(l)
    } else {
        Msg::AppName.text(l)
    };
    let onmenu = Callback::from(|_: MouseEvent| place_menu());
    let onnavigate = Callback::from(|e: MouseEvent| {
        if crate::web::adapters::place::is_link_click(&e) {
            close_menu();
        }
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={onskip}>{ Msg::SkipToContent.text(l) }</a>
            <header class="site-header">
                <div class="site-header__inner" id="site-bar">
                    // First in the tab order. A real link, so the exit works even if the script
                    // fails; the script adds the history replacement.
                    <a class="quick-exit" href={neutral_page(l)} rel="nofollow noreferrer" onclick={onexit} data-testid="quick-exit">{ Msg::QuickExit.text(l) }</a>
                    <button type="button" class="menu-toggle" popovertarget={MENU_ID} onclick={onmenu} data-testid="menu-toggle">
                        <span class="menu-toggle__icon" aria-hidden="true">{ "☰" }</span>
                        <span class="menu-toggle__label">{ PhoneMsg::Menu.text(l) }</span>
                    </button>
                    <a href={Route::Home.href()} class="brand">{ name }</a>
                    <div class="site-menu" id={MENU_ID} popover="auto" onclick={onnavigate}>
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
                </div>
            </header>
            <UpdateNotice />
            <StorageNotice />
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <footer class="site-footer">
                <OfflineStatus />
                <p>{ Msg::PrivacyNote.text(l) }</p>
            </footer>
        </>
    }
}
