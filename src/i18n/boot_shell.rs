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

/// The home page of one language, with the classes the app renders, so nothing moves when it takes over.
fn home(l: Locale) -> String {
    let t = |m: Msg| escape(m.text(l));
    format!(
        concat!(
            r#"<div class="shell" lang="{code}" dir="{dir}">"#,
            r#"<header class="site-header"><div class="site-header__inner"><span class="brand">{name}</span></div></header>"#,
            r#"<main><div class="page page--home"><h1>{heading}</h1><p class="lead">{intro}</p>"#,
            r#"<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>{loading}</p>"#,
            r#"<section class="primer"><h2>{elements}</h2><div class="primer__cards">"#,
            r#"<p class="card">{trafficking}</p><p class="card">{smuggling}</p></div></section></div></main></div>"#
        ),
        code = l.code(),
        dir = l.direction().as_str(),
        name = t(Msg::AppName),
        heading = t(Msg::HomeHeading),
        intro = t(Msg::HomeIntro),
        loading = t(Msg::Loading),
        elements = t(Msg::HomeElementsHeading),
        trafficking = t(Msg::HomeTraffickingSummary),
        smuggling = t(Msg::HomeSmugglingSummary),
    )
}

/// The whole boot shell: the home page in each language (the stylesheet shows the page's language).
pub fn boot_shell() -> String {
    Locale::ALL.iter().map(|l| home(*l)).collect()
}
