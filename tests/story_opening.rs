//! The static openings written at build time (`content/<lang>/story/<id>.html`): one per case and
//! language, with the title and the first screen's text of the compiled case, escaped as HTML.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;
use tipsom::domain::content::{ContentDoc, ContentKey};
use tipsom::domain::source::load_content;
use tipsom::i18n::boot_shell::escape;
use tipsom::i18n::story_opening::{paragraphs, story_opening, story_path};
use tipsom::i18n::{Locale, Msg};

#[test]
fn one_opening_per_case_and_language_with_the_text_of_the_compiled_case() {
    let content = load_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("valid content");
    let json: BTreeMap<String, String> = content.compile().into_iter().collect();
    let openings: BTreeMap<String, String> = content.openings().into_iter().collect();
    assert_eq!(openings.len(), content.cases.len() * Locale::ALL.len());
    let mut warned = 0;
    for locale in Locale::ALL {
        for source in &content.cases {
            let id = &source.case.id;
            let key = ContentKey::Case(id.clone());
            let doc = ContentDoc::parse(&key, &json[&key.path(locale)]).expect("the case parses");
            let case = doc.as_case().expect("a case");
            let html = openings
                .get(&story_path(id, locale))
                .unwrap_or_else(|| panic!("{id} has no opening in {}", locale.code()));
            assert!(html.starts_with(&format!(
                r#"<article class="page case" data-testid="story-opening" data-case="{id}""#
            )));
            assert!(html.ends_with("</article>"), "{id}: one element");
            assert!(
                html.contains(&format!(r#"<h1 dir="auto">{}</h1>"#, escape(&case.title))),
                "{id}: title"
            );
            match &case.content_warning {
                // The app shows the warning alone: none of the story before the learner chooses.
                Some(warning) => {
                    warned += 1;
                    assert!(html.contains(&escape(warning)), "{id}: warning");
                    assert!(html.contains(&escape(Msg::ContentWarningHeading.text(locale))));
                    assert!(!html.contains("case__story"), "{id}: no story behind a warning");
                }
                None => {
                    let story: String = paragraphs(&case.steps[0].text)
                        .map(|p| format!("<p>{}</p>", escape(p)))
                        .collect();
                    assert!(!story.is_empty(), "{id}: a story");
                    assert!(
                        html.contains(&format!(r#"<div class="case__story" dir="auto">{story}</div>"#)),
                        "{id}: story"
                    );
                    // The app's own test ids never appear: its buttons answer to them.
                    assert!(!html.contains("case-player") && !html.contains("how-it-works"), "{id}");
                }
            }
            // Nothing the text did not escape: a quote, an ampersand or a bracket in the content
            // stays text.
            assert_eq!(
                html.matches('<').count(),
                html.matches('>').count(),
                "{id}: balanced markup"
            );
        }
    }
    assert!(
        warned > 0,
        "the bank has cases with a warning, and their openings show it"
    );
}

#[test]
fn text_is_escaped_and_paragraphs_split_as_the_app_splits_them() {
    let content = load_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("valid content");
    let mut case = content.cases[0].case.localize(Locale::Fr);
    case.content_warning = None;
    case.title = "Ali & « <b>Sara</b> »".into();
    case.steps[0].text = "  Un.\n\n\n\nDeux <i>.\n\n ".into();
    let html = story_opening(&case, Locale::Fr);
    assert!(html.contains("<h1 dir=\"auto\">Ali &amp; « &lt;b&gt;Sara&lt;/b&gt; »</h1>"));
    assert!(html.contains(r#"<div class="case__story" dir="auto"><p>Un.</p><p>Deux &lt;i&gt;.</p></div>"#));
    assert!(html.contains(&format!("Étape 1 sur {}", case.steps.len())));
}
