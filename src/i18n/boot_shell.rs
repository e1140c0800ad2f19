//! The static first screen written into `index.html` at build time, in the three languages, so a
//! learner on a slow link sees the home page (not a blank one) before the wasm has loaded and run.
//! Its texts come from the same catalogue as the app, so the two never disagree.

use super::catalogue::Msg;
use super::locale::Locale;
use super::phone_catalogue::{self, PhoneMsg};
use crate::domain::audience::Audience;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// The header's links, as the app draws them (`web::components::layout`).
const NAV: [(Msg, &str); 8] = [
    (Msg::NavHome, "#/"),
    (Msg::NavLibrary, "#/cases"),
    (Msg::NavProgress, "#/progress"),
    (Msg::NavExplorer, "#/explore"),
    (Msg::NavCards, "#/cards"),
    (Msg::NavGlossary, "#/glossary"),
    (Msg::NavTrainer, "trainer.html#/trainer"),
    (Msg::NavSettings, "#/settings"),
];

/// The first visit's "who are you?" and the Start buttons. Before the module runs, the
/// stylesheet shows the Start link of the audience ticked (`:has`), each leading to
/// `#/start/<audience>`, which the app resolves: a tap made early lands on the right case. The
/// module then keeps one Start link, pointed at the case itself.
fn audience_and_start(l: Locale) -> String {
    let choices: String = Audience::ALL
        .iter()
        .map(|a| {
            format!(
                r#"<label class="chip"><input type="radio" name="audience-{code}" value="{value}">{label}</label>"#,
                code = l.code(),
                value = a.code(),
                label = escape(phone_catalogue::audience(*a, l)),
            )
        })
        .collect();
    let start = escape(PhoneMsg::Start.text(l));
    let per_audience: String = Audience::ALL
        .iter()
        .map(|a| {
            format!(
                r##"<a class="button button--primary home__start" data-audience="{c}" href="#/start/{c}">{start}</a>"##,
                c = a.code()
            )
        })
        .collect();
    format!(
        concat!(
            r#"<fieldset class="audience" data-testid="audience"><legend>{question}</legend><div class="audience__choices">{choices}</div></fieldset>"#,
            r##"<p class="actions"><a class="button button--primary home__start" href="#/start">{start}</a>{per_audience}<a class="button" href="#/cases">{browse}</a></p>"##,
        ),
        question = escape(PhoneMsg::AudienceQuestion.text(l)),
        choices = choices,
        start = start,
        per_audience = per_audience,
        browse = escape(Msg::HomeBrowse.text(l)),
    )
}

/// The home page of one language, with the same elements and classes the app renders, so the
/// page keeps its layout (and its largest paint) when the app takes over. The home page's small
/// module (`web::home_island`) fills in the progress and enables the language buttons; the links
/// load the app; the quick exit and the menu (a `popover`) work even without script.
fn home(l: Locale) -> String {
    let t = |m: Msg| escape(m.text(l));
    let nav: String = NAV
        .iter()
        .map(|(m, href)| format!(r#"<li><a href="{href}">{}</a></li>"#, t(*m)))
        .collect();
    let languages: String = Locale::ALL
        .iter()
        .map(|x| {
            format!(
                r#"<button type="button" lang="{c}" dir="{d}" aria-pressed="{p}" data-locale="{c}" disabled>{n}</button>"#,
                c = x.code(),
                d = x.direction().as_str(),
                p = *x == l,
                n = escape(x.native_name())
            )
        })
        .collect();
    format!(
        concat!(
            r##"<div class="shell" lang="{code}" dir="{dir}">"##,
            // The skip link (inside the header, a landmark) targets the home page's own address,
            // so it changes no route before the home page's module makes it move focus.
            // The skip link (inside the header, a landmark) targets the home page's own address,
            // so it changes no route before the home page's module makes it move focus. The bar
            // as the app draws it (`web::components::layout`); ids carry the language, as the
            // three pages share one document.
            r##"<header class="site-header"><a class="skip-link" href="#/">{skip}</a><div class="site-header__inner">"##,
            r##"<a class="quick-exit" href="{neutral}" rel="nofollow noreferrer" data-testid="quick-exit">{exit}</a>"##,
            r##"<button type="button" class="menu-toggle" popovertarget="site-menu-{code}" data-testid="menu-toggle"><span class="menu-toggle__icon" aria-hidden="true">☰</span><span class="menu-toggle__label">{menu}</span></button>"##,
            r##"<a class="brand" href="#/">{name}</a>"##,
            r##"<div class="site-menu" id="site-menu-{code}" popover="auto"><nav class="site-nav" aria-label="{nav_label}"><ul>{nav}</ul></nav>"##,
            r##"<div class="language-switch" role="group" aria-label="{language}">{languages}</div></div></div></header>"##,
            r##"<main tabindex="-1"><div class="page page--home"><h1>{heading}</h1><p class="lead">{intro}</p>"##,
            // Who the learner is and Start come first: on a phone they are on the first screen.
            "{start}",
            r##"<p class="progress-line loading" role="status"><span class="spinner" aria-hidden="true"></span>{loading}</p>"##,
            r##"<svg class="progress-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">"##,
            r##"<rect class="progress-bar__track" x="0" y="0" width="100" height="4"></rect></svg>"##,
            r##"<section class="primer"><h2>{elements}</h2><div class="primer__cards">"##,
            r##"<p class="card">{trafficking}</p><p class="card">{smuggling}</p></div></section></div></main>"##,
            // The offline status, filled in by the home page's module as the service worker reports.
            r#"<footer class="site-footer"><p class="offline-status" data-testid="offline-status" role="status" hidden></p><p>{privacy}</p></footer></div>"#
        ),
        code = l.code(),
        dir = l.direction().as_str(),
        skip = t(Msg::SkipToContent),
        exit = t(Msg::QuickExit),
        // The neutral page of this language (`domain::safety`).
        neutral = crate::domain::safety::neutral_page(l),
        name = t(Msg::AppName),
        nav_label = t(Msg::MainNavigation),
        nav = nav,
        language = t(Msg::LanguageLabel),
        languages = languages,
        heading = escape(PhoneMsg::HomeHeading.text(l)),
        menu = escape(PhoneMsg::Menu.text(l)),
        start = audience_and_start(l),
        intro = t(Msg::HomeIntro),
        loading = t(Msg::Loading),
        elements = t(Msg::HomeElementsHeading),
        trafficking = t(Msg::HomeTraffickingSummary),
        smuggling = t(Msg::HomeSmugglingSummary),
        privacy = t(Msg::PrivacyNote),
    )
}

/// The whole boot shell: the home page in each language (the stylesheet shows the page's language).
pub fn boot_shell() -> String {
    Locale::ALL.iter().map(|l| home(*l)).collect()
}
