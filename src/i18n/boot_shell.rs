//! The static first screen written into `index.html` at build time, in the three languages, so a
//! learner on a slow link sees the home page (not a blank one) before the wasm has loaded and run.
//! Its texts come from the same catalogue as the app, so the two never disagree.

use super::catalogue::Msg;
use super::locale::Locale;

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

/// The home page of one language, with the same elements and classes the app renders, so the
/// page keeps its layout (and its largest paint) when the app takes over. The home page's small
/// module (`web::home_island`) fills in the progress and enables the language buttons; the links
/// load the app; the quick exit works even without script.
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
            r##"<header class="site-header"><a class="skip-link" href="#/">{skip}</a><a class="quick-exit" href="exit.html" rel="nofollow noreferrer" data-testid="quick-exit">{exit}</a>"##,
            r##"<div class="site-header__inner"><a class="brand" href="#/">{name}</a>"##,
            r##"<nav class="site-nav" aria-label="{nav_label}"><ul>{nav}</ul></nav>"##,
            r##"<div class="language-switch" role="group" aria-label="{language}">{languages}</div></div></header>"##,
            r##"<main tabindex="-1"><div class="page page--home"><h1>{heading}</h1><p class="lead">{intro}</p>"##,
            r##"<p class="progress-line loading" role="status"><span class="spinner" aria-hidden="true"></span>{loading}</p>"##,
            r##"<svg class="progress-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">"##,
            r##"<rect class="progress-bar__track" x="0" y="0" width="100" height="4"></rect></svg>"##,
            r##"<p class="actions"><a class="button button--primary" href="#/cases">{start}</a><a class="button" href="#/cases">{browse}</a></p>"##,
            r##"<section class="primer"><h2>{elements}</h2><div class="primer__cards">"##,
            r##"<p class="card">{trafficking}</p><p class="card">{smuggling}</p></div></section></div></main>"##,
            r#"<footer class="site-footer"><p>{privacy}</p></footer></div>"#
        ),
        code = l.code(),
        dir = l.direction().as_str(),
        skip = t(Msg::SkipToContent),
        exit = t(Msg::QuickExit),
        name = t(Msg::AppName),
        nav_label = t(Msg::MainNavigation),
        nav = nav,
        language = t(Msg::LanguageLabel),
        languages = languages,
        heading = t(Msg::HomeHeading),
        intro = t(Msg::HomeIntro),
        loading = t(Msg::Loading),
        start = t(Msg::HomeStart),
        browse = t(Msg::HomeBrowse),
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
