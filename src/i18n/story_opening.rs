//! A case's opening as static HTML (`content/<lang>/story/<id>.html`), written at build time: the
//! first screen the app draws for the case (its title, its content warning if it has one, else
//! the first step's story), so a case opened by its link shows its story before the wasm has
//! arrived, and the app then draws the same text in the same place.
//!
//! The markup follows `web::pages::case_page` (classes, `dir`, paragraphs); the texts come from
//! the same localized case and the same catalogue, so the two never disagree. The page's boot
//! script shows the file and removes the "how it works" line for a learner who has played before.

use super::boot_shell::escape;
use super::catalogue::Msg;
use super::locale::Locale;
use super::phone_catalogue::PhoneMsg;
use super::placeholders::fill;
use crate::domain::case::LocalCase;

/// Where a case's opening is, relative to the page.
pub fn story_path(case_id: &str, locale: Locale) -> String {
    format!("content/{}/story/{case_id}.html", locale.code())
}

/// The paragraphs of a step's text, as the app splits them (blank lines between paragraphs).
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// The opening of `case` in `locale`. Marked `data-testid="story-opening"` (never the app's own
/// test ids, which its buttons answer to) and `data-case`, which the boot script checks.
pub fn story_opening(case: &LocalCase, locale: Locale) -> String {
    let l = locale;
    let title = escape(&case.title);
    let id = escape(&case.id);
    if let Some(warning) = &case.content_warning {
        // The app shows the warning alone, before any of the story.
        return format!(
            concat!(
                r#"<article class="page case" data-testid="story-opening" data-case="{id}">"#,
                r#"<h1 dir="auto">{title}</h1><div class="notice notice--warning"><h2>{heading}</h2>"#,
                r#"<p dir="auto">{warning}</p><p class="actions">"#,
                r#"<button type="button" class="button button--primary">{read}</button>"#,
                r#"<button type="button" class="button">{skip}</button></p></div></article>"#
            ),
            id = id,
            title = title,
            heading = escape(Msg::ContentWarningHeading.text(l)),
            warning = escape(warning),
            read = escape(Msg::ContentWarningRead.text(l)),
            skip = escape(Msg::ContentWarningSkip.text(l)),
        );
    }
    let total = case.steps.len().max(1).to_string();
    let step = fill(Msg::StepOf.text(l), &[("current", "1"), ("total", &total)]);
    let story: String = case
        .steps
        .first()
        .map(|s| paragraphs(&s.text).map(|p| format!("<p>{}</p>", escape(p))).collect())
        .unwrap_or_default();
    format!(
        concat!(
            r#"<article class="page case" data-testid="story-opening" data-case="{id}" data-step="0">"#,
            r#"<header class="case__header"><h1 dir="auto">{title}</h1>"#,
            r#"<p class="case__step" tabindex="-1">{step}</p>"#,
            r#"<svg class="progress-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">"#,
            r#"<rect class="progress-bar__track" x="0" y="0" width="100" height="4"></rect>"#,
            r#"<rect class="progress-bar__fill" x="0" y="0" width="0" height="4"></rect></svg></header>"#,
            r#"<p class="notice notice--info case__how">{how}</p>"#,
            r#"<div class="case__story" dir="auto">{story}</div></article>"#
        ),
        id = id,
        title = title,
        step = escape(&step),
        how = escape(PhoneMsg::HowItWorks.text(l)),
        story = story,
    )
}
