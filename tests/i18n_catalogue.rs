//! The message catalogue and the names of the vocabulary: complete in every language, placeholders agreeing.
#![cfg(not(target_arch = "wasm32"))]

use tipsom::domain::analysis::Note;
use tipsom::domain::case::{Topic, Track};
use tipsom::domain::citation::Citation;
use tipsom::domain::element::Element;
use tipsom::domain::facts::{Act, Facts, Means, Purpose};
use tipsom::domain::frame::Frame;
use tipsom::domain::verdict::Verdict;
use tipsom::i18n::labels;
use tipsom::i18n::packs_catalogue::PackMsg;
use tipsom::i18n::placeholders::{fill, placeholders};
use tipsom::i18n::{Direction, Locale, Msg, TrainerMsg};

fn has_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Checks one catalogue given as (key, [en, fr, ar]) rows; returns the problems found.
fn catalogue_problems(rows: Vec<(&'static str, [&'static str; 3])>) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, texts) in rows {
        for (locale, text) in Locale::ALL.iter().zip(texts) {
            if text.trim().is_empty() {
                problems.push(format!("{name} is empty in {}", locale.code()));
            }
            if placeholders(text) != placeholders(texts[0]) {
                problems.push(format!("{name} has different placeholders in {}", locale.code()));
            }
        }
        // Pure templates ("{element}: {facts}") have no words to translate.
        let mut words = texts[2].to_string();
        for name in placeholders(texts[2]) {
            words = words.replace(&format!("{{{name}}}"), "");
        }
        if words.chars().any(char::is_alphabetic) && !has_arabic(&words) {
            problems.push(format!("{name} is not written in Arabic"));
        }
    }
    problems
}

macro_rules! rows {
    ($enum:ty) => {
        <$enum>::ALL
            .iter()
            .map(|m| (m.name(), [m.text(Locale::En), m.text(Locale::Fr), m.text(Locale::Ar)]))
            .collect::<Vec<_>>()
    };
}

#[test]
fn every_message_exists_in_every_language_with_the_same_placeholders() {
    let problems = catalogue_problems(rows!(Msg));
    assert!(problems.is_empty(), "{problems:#?}");
    println!("{} messages checked in {} languages", Msg::ALL.len(), Locale::ALL.len());
}

#[test]
fn every_pack_message_exists_in_every_language_with_the_same_placeholders() {
    let problems = catalogue_problems(rows!(PackMsg));
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_trainer_message_exists_in_every_language_with_the_same_placeholders() {
    let problems = catalogue_problems(rows!(TrainerMsg));
    assert!(problems.is_empty(), "{problems:#?}");
    println!(
        "{} trainer messages checked in {} languages",
        TrainerMsg::ALL.len(),
        Locale::ALL.len()
    );
}

#[test]
fn the_checker_catches_missing_and_mismatched_texts() {
    let problems = catalogue_problems(vec![
        ("Empty", ["Hello", "", "مرحبا"]),
        ("Placeholder", ["{n} cases", "{count} cas", "{n} حالات"]),
        ("Latin", ["Hello", "Bonjour", "Hello"]),
    ]);
    assert_eq!(problems.len(), 3, "{problems:?}");
}

#[test]
fn every_label_and_note_is_written_in_every_language() {
    let mut texts: Vec<Vec<String>> = Vec::new();
    let each = |f: &dyn Fn(Locale) -> String| Locale::ALL.iter().map(|l| f(*l)).collect::<Vec<_>>();
    for v in Verdict::ALL {
        texts.push(each(&|l| labels::verdict(v, l).into()));
    }
    for f in Frame::ALL {
        texts.push(each(&|l| labels::frame(f, l).into()));
        texts.push(each(&|l| labels::frame_heading(f, l).into()));
    }
    for k in Facts::all_keys() {
        texts.push(each(&|l| labels::fact(k, l).into()));
    }
    for e in Element::ALL {
        texts.push(each(&|l| labels::element(e, l).into()));
    }
    for t in Track::ALL {
        texts.push(each(&|l| labels::track(t, l).into()));
    }
    for t in Topic::ALL {
        texts.push(each(&|l| labels::topic(t, l).into()));
    }
    let notes = [
        Note::ConsentIrrelevant(Citation::TraffickingProtocolArt3b),
        Note::ChildNoMeansConsentInferred,
        Note::AdultWithoutMeans,
        Note::OpenListPurpose(Purpose::ForcedBegging),
        Note::NamedInMoroccanLaw(Purpose::ForcedBegging),
        Note::ActOnlyInMoroccanLaw(Act::Intermediary),
        Note::MeansOnlyInMoroccanLaw(Means::ExploitingNeed),
        Note::NoBenefitOutsideProtocol,
        Note::BenefitNotRequiredInMorocco,
        Note::AggravatedSmuggling(Citation::SmugglingProtocolArt6_3),
        Note::FraudulentDocuments(Citation::SmugglingProtocolArt6_1b),
        Note::MigrantNotLiable(Citation::SmugglingProtocolArt5),
        Note::NoBorderNeeded,
        Note::IrregularCrossingWithoutFacilitator,
    ];
    for n in notes {
        texts.push(each(&|l| labels::note(n, l)));
    }
    for t in &texts {
        assert!(t.iter().all(|s| !s.trim().is_empty()), "{t:?}");
        assert!(t.iter().all(|s| !s.contains('{')), "unfilled placeholder in {t:?}");
        assert!(has_arabic(&t[2]), "not Arabic: {t:?}");
    }
}

#[test]
fn arabic_runs_right_to_left_and_the_others_left_to_right() {
    assert_eq!(Locale::Ar.direction(), Direction::Rtl);
    assert_eq!(Locale::Fr.direction(), Direction::Ltr);
    assert_eq!(Locale::En.direction().as_str(), "ltr");
}

#[test]
fn the_browser_preference_picks_the_first_supported_language() {
    assert_eq!(Locale::negotiate(["ar-MA", "fr"]), Locale::Ar);
    assert_eq!(Locale::negotiate(["es-ES", "fr-FR", "en"]), Locale::Fr);
    assert_eq!(Locale::negotiate(["de"]), Locale::En);
    assert_eq!(Locale::negotiate(Vec::<&str>::new()), Locale::En);
}

#[test]
fn placeholders_are_found_and_filled() {
    let t = Msg::StepOf.text(Locale::Fr);
    assert_eq!(
        placeholders(t).into_iter().collect::<Vec<_>>(),
        vec!["current", "total"]
    );
    assert_eq!(fill(t, &[("current", "2"), ("total", "3")]), "Étape 2 sur 3");
}
