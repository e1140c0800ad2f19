//! The message catalogue and the names of the vocabulary: complete in every language, placeholders agreeing.
#![cfg(not(target_arch = "wasm32"))]

use tipsom::domain::analysis::Note;
use tipsom::domain::analysis::Status;
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
fn every_editor_message_exists_in_every_language_with_the_same_placeholders() {
    let problems = catalogue_problems(rows!(tipsom::i18n::editor_catalogue::EditorMsg));
    assert!(problems.is_empty(), "{problems:#?}");
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

/// Every text of the interface in one language: the three catalogues and every name and note of
/// the vocabulary, as (where, text).
fn texts_in(fr: Locale) -> Vec<(String, String)> {
    use tipsom::domain::concept::Concept;
    use tipsom::domain::facts::FactChange;
    use tipsom::domain::indicator::Indicator;
    use tipsom::domain::offence::Offence;
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |what: String, text: String| out.push((what, text));
    for m in Msg::ALL {
        push(format!("Msg::{}", m.name()), m.text(fr).into());
    }
    for m in TrainerMsg::ALL {
        push(format!("TrainerMsg::{}", m.name()), m.text(fr).into());
    }
    for m in PackMsg::ALL {
        push(format!("PackMsg::{}", m.name()), m.text(fr).into());
    }
    for m in tipsom::i18n::editor_catalogue::EditorMsg::ALL {
        push(format!("EditorMsg::{}", m.name()), m.text(fr).into());
    }
    for v in Verdict::ALL {
        push(format!("verdict {v:?}"), labels::verdict(v, fr).into());
    }
    for f in Frame::ALL {
        push(format!("frame {f:?}"), labels::frame(f, fr).into());
        push(format!("frame heading {f:?}"), labels::frame_heading(f, fr).into());
    }
    for k in Facts::all_keys() {
        push(format!("fact {k:?}"), labels::fact(k, fr).into());
        for set in [true, false] {
            push(
                format!("fact change {k:?}"),
                labels::fact_change(FactChange { fact: k, set }, fr),
            );
        }
    }
    for e in Element::ALL {
        push(format!("element {e:?}"), labels::element(e, fr).into());
    }
    for t in Track::ALL {
        push(format!("track {t:?}"), labels::track(t, fr).into());
    }
    for t in Topic::ALL {
        push(format!("topic {t:?}"), labels::topic(t, fr).into());
    }
    for c in Concept::ALL {
        push(format!("concept {c:?}"), labels::concept(c, fr).into());
    }
    for i in Indicator::ALL {
        push(format!("indicator {i:?}"), labels::indicator(i, fr).into());
        push(
            format!("indicator kind {i:?}"),
            labels::indicator_kind(i.kind(), fr).into(),
        );
    }
    for c in all_citations() {
        push(format!("citation {c:?}"), labels::citation(c, fr).into());
        for o in Offence::ALL {
            for status in [Status::Established, Status::NotEstablished, Status::Attempted] {
                push(format!("finding {o:?}"), labels::finding_line(o, status, c, fr));
            }
        }
    }
    for n in all_notes() {
        push(format!("note {n:?}"), labels::note(n, fr));
    }
    for c in tipsom::i18n::grammar::Counted::ALL {
        for n in [0, 1, 2, 3, 11, 100, 4000] {
            push(format!("{c:?} {n}"), c.phrase(n, fr));
        }
    }
    out
}

/// Numbers agree with what they count, in each language's own way.
#[test]
fn counted_nouns_agree_with_their_number() {
    use tipsom::i18n::grammar::Counted;
    let say = |c: Counted, n: usize, l: Locale| c.phrase(n, l).replace('\u{A0}', " ");
    assert_eq!(say(Counted::Cases, 1, Locale::En), "1 case");
    assert_eq!(say(Counted::Cases, 49, Locale::En), "49 cases");
    assert_eq!(say(Counted::Steps, 1, Locale::Fr), "1 étape");
    assert_eq!(say(Counted::Steps, 0, Locale::Fr), "0 étape");
    assert_eq!(say(Counted::Steps, 4, Locale::Fr), "4 étapes");
    assert_eq!(say(Counted::Steps, 1, Locale::Ar), "مرحلة واحدة");
    assert_eq!(say(Counted::Steps, 2, Locale::Ar), "مرحلتان");
    assert_eq!(say(Counted::Steps, 4, Locale::Ar), "4 مراحل");
    assert_eq!(say(Counted::Cases, 49, Locale::Ar), "49 حالة");
    assert_eq!(say(Counted::Cases, 103, Locale::Ar), "103 حالات");
    assert_eq!(say(Counted::Terms, 12, Locale::Ar), "12 مصطلحاً");
    assert_eq!(say(Counted::Minutes, 5, Locale::Ar), "نحو 5 دقائق");
    assert_eq!(say(Counted::Minutes, 2, Locale::Ar), "نحو دقيقتين");
}

fn all_citations() -> [Citation; 10] {
    [
        Citation::TraffickingProtocolArt3a,
        Citation::TraffickingProtocolArt3b,
        Citation::TraffickingProtocolArt3c,
        Citation::TraffickingProtocolArt3d,
        Citation::SmugglingProtocolArt3a,
        Citation::SmugglingProtocolArt6_1b,
        Citation::SmugglingProtocolArt6_3,
        Citation::SmugglingProtocolArt5,
        Citation::PenalCodeArt448_1,
        Citation::Law0203Art52,
    ]
}

fn all_notes() -> Vec<Note> {
    let mut notes = vec![
        Note::AdultWithoutMeans,
        Note::NoBenefitOutsideProtocol,
        Note::BenefitNotRequiredInMorocco,
        Note::NoBorderNeeded,
        Note::IrregularCrossingWithoutFacilitator,
    ];
    for c in all_citations() {
        notes.extend([
            Note::ConsentIrrelevant(c),
            Note::ChildNoMeansNeeded(c),
            Note::AggravatedSmuggling(c),
            Note::FraudulentDocuments(c),
            Note::MigrantNotLiable(c),
        ]);
    }
    notes.extend(
        Purpose::ALL
            .iter()
            .flat_map(|p| [Note::OpenListPurpose(*p), Note::NamedInMoroccanLaw(*p)]),
    );
    notes.extend(Act::ALL.iter().map(|a| Note::ActOnlyInMoroccanLaw(*a)));
    notes.extend(Means::ALL.iter().map(|m| Note::MeansOnlyInMoroccanLaw(*m)));
    notes
}

/// French typography: a narrow no-break space before `: ; ! ?` and `%` and inside « », no-break
/// spaces in numbers and after "art." or "n°". The catalogue is written typeset: typesetting it
/// again must change nothing, so a plain space where French needs a no-break one fails here.
#[test]
fn every_french_text_of_the_interface_is_typeset() {
    assert_typeset(Locale::Fr);
}

/// English: "Art. 3(a)", "Law 27-14" stay on one line.
#[test]
fn every_english_text_of_the_interface_is_typeset() {
    assert_typeset(Locale::En);
}

/// Arabic: article numbers that stay together («المادة 3 (أ)») and hyphenated numbers that read
/// left to right («الفصل 448-1», not «1-448»).
#[test]
fn every_arabic_text_of_the_interface_is_typeset() {
    assert_typeset(Locale::Ar);
}

fn assert_typeset(l: Locale) {
    use tipsom::i18n::typography::typeset;
    let problems: Vec<String> = texts_in(l)
        .into_iter()
        .filter(|(_, text)| typeset(text, l) != *text)
        .map(|(what, text)| format!("{what}: {text:?} should be {:?}", typeset(&text, l)))
        .collect();
    assert!(
        problems.is_empty(),
        "{} texts not typeset:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Words that agree with the noun they are said of, in French and Arabic (any form).
const AGREEING: &[&str] = &[
    "présent",
    "absent",
    "constitué",
    "exigé",
    "requis",
    "établi",
    "repéré",
    "terminé",
    "choisi",
    "sélectionné",
    "commencé",
    "manquant",
    "retenu",
    "nommé",
    "visé",
    "caractérisé",
    "réuni",
    "rempli",
    "متوفر",
    "قائم",
    "مشترط",
    "مطلوب",
    "منجز",
    "مستوف",
];

/// Nouns of fixed gender that may head a placeholder, so that what follows agrees with them.
const HEADS: &[&str] = &["élément", "عنصر", "indicateur", "مؤشر"];

/// A catalogue text that puts a fixed agreeing word right after a noun given by a placeholder
/// ("{element} : absent", «{element}» متوفر) cannot agree with it: such words come from
/// `grammar::Qualifier`, in the form the noun's gender asks for, so no template may hold one.
#[test]
fn no_template_qualifies_a_noun_without_an_agreement_rule() {
    let mut problems = Vec::new();
    let mut rows: Vec<(&str, [&str; 3])> = rows!(Msg);
    rows.extend(rows!(TrainerMsg));
    rows.extend(rows!(PackMsg));
    rows.extend(rows!(tipsom::i18n::editor_catalogue::EditorMsg));
    let separators = [' ', '\u{202F}', '\u{A0}', ':', '«', '»', '"', '“', '”'];
    for (name, texts) in rows {
        for (locale, text) in Locale::ALL.iter().zip(texts) {
            for p in placeholders(text) {
                let pieces: Vec<&str> = text.split(&format!("{{{p}}}")).collect();
                for (before, after) in pieces.iter().zip(pieces.iter().skip(1)) {
                    // « L'élément « {element} » est présent »: the word agrees with its head noun.
                    let head = before.trim_end_matches(separators);
                    if HEADS.iter().any(|h| head.ends_with(h)) {
                        continue;
                    }
                    let rest = after.trim_start_matches(separators);
                    let rest = rest.strip_prefix("non ").or(rest.strip_prefix("غير ")).unwrap_or(rest);
                    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                    if AGREEING.iter().any(|w| word.starts_with(w)) {
                        problems.push(format!("{name} ({}): {text:?}", locale.code()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "fixed agreeing words after a noun: {problems:#?}");
}

/// Each offence and element is qualified in the form its gender and number ask for.
#[test]
fn qualifiers_agree_with_the_offence_or_element() {
    use tipsom::domain::analysis::{ElementFinding, ElementStatus};
    use tipsom::domain::offence::Offence;
    let c = Citation::Law0203Art52;
    let fr = Locale::Fr;
    assert!(labels::finding_line(Offence::Trafficking, Status::Established, c, fr)
        .starts_with("Traite\u{202F}: constituée "));
    assert!(labels::finding_line(Offence::Smuggling, Status::Established, c, fr)
        .starts_with("Trafic illicite de migrants\u{202F}: constitué "));
    assert!(labels::finding_line(Offence::Smuggling, Status::NotEstablished, c, fr).contains(": non constitué "));
    assert!(labels::finding_line(Offence::Trafficking, Status::NotEstablished, c, Locale::Ar).contains(": غير قائم "));
    let missing = ElementFinding {
        status: ElementStatus::Missing,
        facts: vec![],
        not_counted: vec![],
        citation: c,
    };
    let not_required = ElementFinding {
        status: ElementStatus::NotRequired,
        ..missing.clone()
    };
    assert_eq!(
        labels::element_finding(Element::Purpose, &missing, fr),
        "Fin d'exploitation\u{202F}: absente"
    );
    assert_eq!(
        labels::element_finding(Element::Act, &missing, fr),
        "Acte\u{202F}: absent"
    );
    assert_eq!(
        labels::element_finding(Element::FraudulentDocuments, &missing, fr),
        "Documents frauduleux\u{202F}: absents"
    );
    assert_eq!(
        labels::element_finding(Element::Means, &not_required, fr),
        "Moyen\u{202F}: non exigé"
    );
    assert_eq!(
        labels::element_finding(Element::Means, &not_required, Locale::Ar),
        "الوسيلة: غير مشترطة"
    );
    assert_eq!(
        labels::element_finding(Element::Benefit, &missing, Locale::Ar),
        "منفعة مالية أو مادية: غير متوفرة"
    );
    assert_eq!(
        labels::element_finding(Element::Act, &missing, Locale::En),
        "Act: missing"
    );
}
