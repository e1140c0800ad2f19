//! The learner's safety (issue "Safe for someone at risk"): discreet mode's words hold none of the
//! distressing words of `tests/fixtures/distressing-words.json` in any language; the quick exit's
//! neutral pages are in one language each, under names that say nothing, with nothing of the app;
//! discreet mode's manifest names a neutral app; the preferences keep the new choices; the page
//! scripts name the same files as the code.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tipsom::domain::audience::Audience;
use tipsom::domain::case::Track;
use tipsom::domain::progress::Preferences;
use tipsom::domain::safety::{neutral_page, DISCREET_ICON, DISCREET_MANIFEST, DISCREET_TOUCH_ICON, NEUTRAL_PAGES};
use tipsom::i18n::grammar::Counted;
use tipsom::i18n::placeholders::{fill, placeholders};
use tipsom::i18n::safety_catalogue::{case_number_title, case_title};
use tipsom::i18n::typography::typeset;
use tipsom::i18n::{labels, phone_catalogue, Locale, Msg, PhoneMsg, SafetyMsg};

const WORDS: &str = include_str!("fixtures/distressing-words.json");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Lower case; in Arabic, without diacritics or tatweel and with every alef as a plain alef.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            other => other,
        })
        .collect()
}

/// The distressing words of `text` in `locale`, as the fixture's rules match them.
fn distressing(text: &str, locale: Locale) -> Vec<String> {
    let list: serde_json::Value = serde_json::from_str(WORDS).expect("the word list is JSON");
    let patterns: Vec<String> = list[locale.code()]
        .as_array()
        .expect("a list per language")
        .iter()
        .map(|w| fold(w.as_str().unwrap()))
        .collect();
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for word in words {
        let hit = patterns
            .iter()
            .any(|p| match (p.strip_prefix('*'), p.strip_suffix('*')) {
                (Some(inner), _) if p.ends_with('*') => word.contains(inner.trim_end_matches('*')),
                (None, Some(start)) => word.starts_with(start),
                _ => word == p,
            });
        if hit {
            found.push(word.to_string());
        }
    }
    found
}

#[test]
fn the_word_list_catches_the_apps_name_in_every_language() {
    // So a check below that finds nothing has looked with a list that works.
    for l in Locale::ALL {
        assert!(
            !distressing(Msg::AppName.text(l), l).is_empty(),
            "{l:?}: {}",
            Msg::AppName.text(l)
        );
        assert!(!distressing(PhoneMsg::HomeHeading.text(l), l).is_empty(), "{l:?}");
    }
    assert_eq!(
        distressing("Victims of trafficking", Locale::En),
        ["victims", "trafficking"]
    );
    assert_eq!(distressing("la traite et le traitement", Locale::Fr), ["traite"]);
    assert_eq!(distressing("مكافحة الاتجار بالبشر", Locale::Ar), ["الاتجار"]);
    assert_eq!(distressing("حماية الضَّحايا", Locale::Ar), ["الضحايا"]);
    assert!(distressing("Mint tea, served from high up", Locale::En).is_empty());
}

#[test]
fn every_safety_message_exists_in_every_language_typeset() {
    for m in SafetyMsg::ALL {
        let [en, fr, ar] = Locale::ALL.map(|l| m.text(l));
        assert!([en, fr, ar].iter().all(|t| !t.trim().is_empty()), "{}", m.name());
        assert_eq!(placeholders(fr), placeholders(en), "{}", m.name());
        assert_eq!(placeholders(ar), placeholders(en), "{}", m.name());
        assert!(
            ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{} is not Arabic",
            m.name()
        );
        assert!(
            !ar.chars().any(|c| ('\u{0660}'..='\u{0669}').contains(&c)),
            "{}: Western digits in Arabic",
            m.name()
        );
        for (l, text) in Locale::ALL.iter().zip([en, fr, ar]) {
            assert_eq!(typeset(text, *l), text, "{} is not typeset in {l:?}", m.name());
        }
    }
}

/// Every word the home page, the library and a case show in discreet mode before "Show the
/// text" (the bar, the menu, the footer, the home page, the library's list and its filters, the
/// folded case).
fn discreet_screens(l: Locale) -> Vec<String> {
    let mut texts: Vec<String> = [
        Msg::DiscreetTitle,
        Msg::SkipToContent,
        Msg::QuickExit,
        Msg::MainNavigation,
        Msg::NavHome,
        Msg::NavLibrary,
        Msg::NavProgress,
        Msg::NavExplorer,
        Msg::NavCards,
        Msg::NavGlossary,
        Msg::NavTrainer,
        Msg::NavSettings,
        Msg::LanguageLabel,
        Msg::PrivacyNote,
        Msg::Loading,
        Msg::HomeBrowse,
        Msg::LibraryHeading,
        Msg::LibraryIntro,
        Msg::SearchLabel,
        Msg::FiltersLabel,
        Msg::FiltersToggle,
        Msg::FilterTrack,
        Msg::FilterStatus,
        Msg::FilterDone,
        Msg::FilterNotDone,
        Msg::ClearFilters,
        Msg::CaseNotStarted,
        Msg::CaseInProgress,
        Msg::TrainerToolsLink,
    ]
    .iter()
    .map(|m| m.text(l).to_string())
    .collect();
    texts.push(fill(Msg::HomeProgress.text(l), &[("done", "3"), ("total", "40")]));
    texts.push(fill(Msg::CaseDone.text(l), &[("score", "80")]));
    texts.push(fill(Msg::StepOf.text(l), &[("current", "1"), ("total", "4")]));
    for m in [
        PhoneMsg::Menu,
        PhoneMsg::AudienceQuestion,
        PhoneMsg::Start,
        PhoneMsg::OfflineReady,
    ] {
        texts.push(m.text(l).to_string());
    }
    let title = case_number_title(12, l);
    texts.push(fill(PhoneMsg::ResumeCase.text(l), &[("title", &title)]));
    texts.push(fill(PhoneMsg::NextCaseNamed.text(l), &[("title", &title)]));
    texts.push(fill(
        PhoneMsg::OfflineDownloading.text(l),
        &[("done", "12"), ("total", "48")],
    ));
    for a in Audience::ALL {
        texts.push(phone_catalogue::audience(a, l).to_string());
    }
    for t in Track::ALL {
        texts.push(labels::track(t, l).to_string());
    }
    for c in [Counted::Cases, Counted::Steps, Counted::Minutes] {
        texts.push(c.phrase(4, l));
    }
    for m in [SafetyMsg::DiscreetIntro, SafetyMsg::FoldedNote, SafetyMsg::ShowText] {
        texts.push(m.text(l).to_string());
    }
    texts.push(case_title("Forced labour on a farm", Some(7), true, l));
    texts.push(case_title("Forced labour on a farm", None, true, l));
    texts
}

#[test]
fn discreet_mode_shows_no_distressing_word_in_any_language() {
    for l in Locale::ALL {
        let texts = discreet_screens(l);
        let found: Vec<(String, Vec<String>)> = texts
            .iter()
            .map(|t| (t.clone(), distressing(t, l)))
            .filter(|(_, words)| !words.is_empty())
            .collect();
        assert!(found.is_empty(), "{l:?}: {found:#?}");
        println!("{l:?}: {} discreet texts checked", texts.len());
    }
}

#[test]
fn a_case_goes_by_its_number_in_discreet_mode_only() {
    assert_eq!(
        case_title("Forced labour", Some(12), false, Locale::En),
        "Forced labour"
    );
    assert_eq!(case_title("Forced labour", Some(12), true, Locale::En), "Case 12");
    assert_eq!(case_title("Travail forcé", Some(3), true, Locale::Fr), "Cas 3");
    assert_eq!(case_title("عمل قسري", Some(3), true, Locale::Ar), "الحالة 3");
    assert_eq!(case_title("Forced labour", None, true, Locale::Fr), "Notes");
}

/// The visible text of a small static page: what lies between tags, outside `<script>`,
/// `<style>` and comments, with the title.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        out.push(' ');
        let after = &rest[start..];
        let skip_to: Option<&str> = [("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->")]
            .into_iter()
            .find(|(open, _)| after.starts_with(open))
            .map(|(_, close)| close);
        rest = match skip_to {
            Some(close) => after.find(close).map_or("", |i| &after[i + close.len()..]),
            None => after.find('>').map_or("", |i| &after[i + 1..]),
        };
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ").replace("&#8239;", " ")
}

#[test]
fn each_neutral_page_is_a_recipe_in_its_language_only_with_nothing_of_the_app() {
    let app_words = [
        "tipsom",
        "iom",
        "oim",
        "quick exit",
        "sortie rapide",
        "خروج سريع",
        "discreet",
        "discret",
    ];
    for l in Locale::ALL {
        let name = neutral_page(l);
        let html = read(&format!("assets/{name}"));
        assert!(
            html.contains(&format!(
                r#"<html lang="{}" dir="{}">"#,
                l.code(),
                l.direction().as_str()
            )),
            "{name}"
        );
        // Linked as the apps copy it into dist/, so the service worker keeps it for offline use.
        for page in ["index.html", "trainer.html"] {
            assert!(
                read(page).contains(&format!(r#"href="assets/{name}""#)),
                "{page} copies {name}"
            );
        }
        let text = visible_text(&html);
        assert!(distressing(&text, l).is_empty(), "{name}: {:?}", distressing(&text, l));
        let lower = text.to_lowercase();
        for word in app_words {
            assert!(!lower.contains(word), "{name} says {word:?}");
        }
        let arabic = text.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
        let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
        match l {
            Locale::Ar => assert!(latin == 0 && arabic > 200, "{name}: {latin} Latin letters"),
            _ => assert!(arabic == 0 && latin > 200, "{name}: {arabic} Arabic letters"),
        }
        // Its own icon (a leaf, not the app's), its own script, no request elsewhere.
        assert!(html.contains(r#"<link rel="icon" href="icons/leaf.svg""#), "{name}");
        assert!(!html.contains("http"), "{name} names another address");
        assert!(html.contains(r#"<script src="recipe.js"></script>"#), "{name}");
    }
    // One page per language, and French and English ones are not the same text.
    assert_ne!(read("assets/mint-tea.html"), read("assets/the-a-la-menthe.html"));
    let leaf = read("assets/icons/leaf.svg");
    assert!(!leaf.contains("<text") && leaf != read("assets/icon.svg"));
}

#[test]
fn the_old_exit_address_shows_nothing_and_goes_to_a_neutral_page() {
    let html = read("assets/exit.html");
    assert!(
        visible_text(&html).split_whitespace().collect::<Vec<_>>() == ["Notes"],
        "{html}"
    );
    assert!(html.contains(r#"<script src="exit.js"></script>"#));
    let script = read("assets/exit.js");
    for page in NEUTRAL_PAGES {
        assert!(script.contains(&format!("'{page}'")), "exit.js names {page}");
    }
    assert!(
        script.contains("location.replace"),
        "it takes its own place in the history"
    );
}

#[test]
fn discreet_modes_manifest_names_a_plain_notes_app() {
    let neutral: serde_json::Value = serde_json::from_str(&read(&format!("assets/{DISCREET_MANIFEST}"))).unwrap();
    let usual: serde_json::Value = serde_json::from_str(&read("assets/manifest.webmanifest")).unwrap();
    assert_eq!(neutral["name"], "Notes");
    assert_eq!(neutral["short_name"], "Notes");
    assert!(
        neutral.get("description").is_none(),
        "a description would say what the app is"
    );
    assert_ne!(
        neutral["id"], usual["id"],
        "installed beside the usual app, not as an update of it"
    );
    let all = neutral.to_string();
    for l in Locale::ALL {
        assert!(distressing(&all, l).is_empty(), "{l:?}: {:?}", distressing(&all, l));
    }
    assert!(!all.to_lowercase().contains("tipsom"));
    let icons = neutral["icons"].as_array().unwrap();
    assert_eq!(icons.len(), 3);
    for icon in icons {
        let src = icon["src"].as_str().unwrap();
        assert!(src.starts_with("icons/notes-"), "{src}");
        assert!(Path::new(ROOT).join("assets").join(src).is_file(), "{src}");
        assert!(!usual.to_string().contains(src));
    }
    for file in [DISCREET_ICON, DISCREET_TOUCH_ICON] {
        assert!(Path::new(ROOT).join("assets").join(file).is_file(), "{file}");
    }
    for page in ["index.html", "trainer.html"] {
        assert!(
            read(page).contains(&format!(r#"href="assets/{DISCREET_MANIFEST}""#)),
            "{page}"
        );
    }
}

#[test]
fn the_page_script_swaps_the_same_files_as_the_app() {
    let boot = read("assets/boot-lang.js");
    for file in [DISCREET_ICON, DISCREET_TOUCH_ICON, DISCREET_MANIFEST] {
        assert!(boot.contains(&format!("'{file}'")), "boot-lang.js names {file}");
    }
    for (l, title) in [(Locale::En, "'Notes'"), (Locale::Ar, "'ملاحظات'")] {
        assert!(boot.contains(title), "boot-lang.js titles the page {title} in {l:?}");
        assert_eq!(format!("'{}'", Msg::DiscreetTitle.text(l)), title);
    }
    assert_eq!(Msg::DiscreetTitle.text(Locale::Fr), Msg::DiscreetTitle.text(Locale::En));
    // The preference's stored names, as the page script reads them.
    let prefs = Preferences {
        no_trail: Some(true),
        exit_gesture: true,
        ..Preferences::default()
    };
    let json = serde_json::to_value(&prefs).unwrap();
    assert_eq!(json["no-trail"], true);
    assert_eq!(json["exit-gesture"], true);
    assert!(boot.contains("prefs['no-trail']") && boot.contains("prefs.discreet"));
}

#[test]
fn leaving_no_trail_follows_discreet_mode_until_the_learner_chooses() {
    let stored = |json: &str| serde_json::from_str::<Preferences>(json).unwrap();
    // Stored by an earlier version: neither choice is there.
    let old = stored(r#"{"discreet": true, "updated-at": 1}"#);
    assert_eq!((old.no_trail, old.exit_gesture), (None, false));
    assert!(old.leaves_no_trail());
    assert!(!stored(r#"{"discreet": false}"#).leaves_no_trail());
    assert!(!stored(r#"{"discreet": true, "no-trail": false}"#).leaves_no_trail());
    assert!(stored(r#"{"discreet": false, "no-trail": true}"#).leaves_no_trail());
    // The gesture is off unless chosen, and kept once chosen.
    let chosen = stored(r#"{"exit-gesture": true}"#);
    assert!(chosen.exit_gesture);
    let again: Preferences = serde_json::from_str(&serde_json::to_string(&chosen).unwrap()).unwrap();
    assert_eq!(again, chosen);
    // Nothing is written for a choice not made, so older versions read the same value.
    assert!(!serde_json::to_string(&Preferences::default())
        .unwrap()
        .contains("no-trail"));
}

#[test]
fn the_static_home_page_quick_exit_opens_the_neutral_page_of_its_language() {
    let shell = tipsom::i18n::boot_shell::boot_shell();
    for l in Locale::ALL {
        let start = shell
            .find(&format!(r#"<div class="shell" lang="{}""#, l.code()))
            .unwrap();
        let page = &shell[start..];
        let bar = &page[..page.find("</header>").unwrap()];
        let exit = format!(r#"<a class="quick-exit" href="{}""#, neutral_page(l));
        assert!(bar.contains(&exit), "{l:?}: {exit}");
    }
    assert!(!shell.contains("exit.html"));
}
