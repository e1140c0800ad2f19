//! No article is cited for what it does not say: every citation the engine can print is held
//! against the table of what each article says (`Citation::says`), on every step of the bank and
//! on many random situations; and every article has its one-line text, in every language, with
//! the brief's source, which is what a learner reads on tapping it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tipsom::domain::analysis::{analyse, Comparison, Divergence, Note, OpenQuestion, Status};
use tipsom::domain::citation::{Citation, Point};
use tipsom::domain::facts::Facts;
use tipsom::domain::frame::Frame;
use tipsom::domain::source::load_cases;
use tipsom::i18n::{labels, law_labels, Locale};

fn random_situations(n: usize) -> Vec<Facts> {
    let keys = Facts::all_keys();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let mut facts = Facts::default();
        for key in &keys {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            if seed % 5 == 0 {
                facts = facts.with(*key, true);
            }
        }
        out.push(facts);
    }
    out
}

fn bank_situations() -> Vec<Facts> {
    let cases = load_cases(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases")).expect("valid bank");
    cases
        .iter()
        .flat_map(|c| {
            c.case
                .effective_facts()
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_printed_citation_says_what_it_is_cited_for() {
    let mut checked = 0;
    for facts in bank_situations().into_iter().chain(random_situations(20_000)) {
        for frame in Frame::ALL {
            let a = analyse(&facts, frame);
            for (point, citation) in a.citations() {
                assert!(
                    citation.supports(point),
                    "{citation:?} is printed for {point:?}, which it does not say; facts {facts:?} under {frame:?}"
                );
                checked += 1;
            }
        }
    }
    println!("{checked} printed citations held against the table");
}

#[test]
fn the_wrong_citations_the_review_found_cannot_come_back() {
    // Fraudulent documents are not Art. 52; endangerment is not an Art. 52 aggravation; the
    // consent rule is not Art. 448-1; enabling stay is not Art. 52.
    for point in [
        Point::DocumentOffence,
        Point::SmugglingAggravation,
        Point::EnablingStay,
        Point::ConsentIrrelevant,
    ] {
        assert!(!Citation::Law0203Art52.supports(point), "{point:?}");
    }
    assert!(!Citation::PenalCodeArt448_1.supports(Point::ConsentIrrelevant));
    assert!(!Citation::PenalCodeArt448_1.supports(Point::NonPunishmentThreatLinked));
    assert!(Citation::PenalCodeArt448_14.supports(Point::NonPunishmentThreatLinked));
    assert!(Citation::OhchrPrinciple7.supports(Point::NonPunishmentSoftLaw));
    // Seen from the notes: over every situation, these pairs never appear.
    for facts in bank_situations().into_iter().chain(random_situations(5_000)) {
        for frame in Frame::ALL {
            let a = analyse(&facts, frame);
            for n in &a.notes {
                match n {
                    Note::FraudulentDocuments(c) => assert_eq!(*c, Citation::SmugglingProtocolArt6_1b),
                    Note::AggravatedSmuggling(c) => assert_eq!(*c, Citation::SmugglingProtocolArt6_3),
                    Note::ConsentIrrelevant(c) => assert_eq!(*c, Citation::TraffickingProtocolArt3b),
                    _ => {}
                }
            }
            if frame == Frame::Morocco {
                assert!(!a.notes.iter().any(|n| matches!(
                    n,
                    Note::ConsentIrrelevant(_) | Note::FraudulentDocuments(_) | Note::AggravatedSmuggling(_)
                )));
            }
        }
    }
}

#[test]
fn every_article_has_its_line_its_name_and_its_source_in_every_language() {
    for c in Citation::ALL {
        assert!(!c.says().is_empty(), "{c:?} says something");
        assert!(c.source().starts_with('[') || c.source().starts_with('§'), "{c:?}");
        // What the reader sees is a public source, never the brief's bracket numbers (L27).
        assert!(
            !c.public_source().is_empty() && !c.public_source().contains('['),
            "{c:?}"
        );
        for l in Locale::ALL {
            assert!(!labels::citation(c, l).trim().is_empty(), "{c:?} name in {l:?}");
            assert!(!law_labels::article_line(c, l).trim().is_empty(), "{c:?} line in {l:?}");
        }
        // What the brief leaves unverified, the line says so.
        if c.text_unverified() {
            assert!(law_labels::article_line(c, Locale::En).contains("verified"), "{c:?}");
        }
        if c.is_soft_law() {
            assert!(law_labels::article_line(c, Locale::En).contains("should"), "{c:?}");
            assert!(law_labels::article_line(c, Locale::Fr).contains("devraient"), "{c:?}");
            assert!(law_labels::article_line(c, Locale::Ar).contains("لا ينبغي"), "{c:?}");
        }
    }
}

#[test]
fn every_note_and_finding_has_words_in_every_language() {
    let mut notes = std::collections::BTreeSet::new();
    for facts in bank_situations().into_iter().chain(random_situations(20_000)) {
        for frame in Frame::ALL {
            notes.extend(analyse(&facts, frame).notes);
        }
    }
    for n in &notes {
        for l in Locale::ALL {
            assert!(!labels::note(*n, l).trim().is_empty(), "{n:?} in {l:?}");
        }
    }
    println!("{} distinct notes met", notes.len());
    for q in [
        OpenQuestion::ExploitationThreshold,
        OpenQuestion::TraffickingAttempt,
        OpenQuestion::CrossingAttempt,
    ] {
        for l in Locale::ALL {
            assert!(!law_labels::open_question(q, l).is_empty());
        }
        // An open question names what to check and never picks a side.
        assert!(law_labels::open_question(q, Locale::En).contains("Check"), "{q:?}");
        assert!(!q.check().is_empty());
    }
    for l in Locale::ALL {
        for s in [
            Status::Established,
            Status::Attempted,
            Status::NotEstablished,
            Status::Open(OpenQuestion::CrossingAttempt),
        ] {
            assert!(!law_labels::status(s, l).is_empty());
        }
    }
}

/// French typography: a no-break space before : ; ? ! and inside « », never an ordinary one.
fn check_french(text: &str, what: &str) {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, ':' | ';' | '?' | '!') && i > 0 {
            assert_ne!(chars[i - 1], ' ', "{what}: an ordinary space before `{c}` in {text:?}");
        }
        if *c == '«' {
            assert_ne!(
                chars.get(i + 1),
                Some(&' '),
                "{what}: ordinary space after « in {text:?}"
            );
        }
        if *c == '»' && i > 0 {
            assert_ne!(chars[i - 1], ' ', "{what}: ordinary space before » in {text:?}");
        }
    }
}

#[test]
fn the_new_french_follows_french_typography() {
    for c in Citation::ALL {
        check_french(law_labels::article_line(c, Locale::Fr), &format!("{c:?}"));
    }
    for q in [
        OpenQuestion::ExploitationThreshold,
        OpenQuestion::TraffickingAttempt,
        OpenQuestion::CrossingAttempt,
        OpenQuestion::PlannedOrganisation,
    ] {
        check_french(law_labels::open_question(q, Locale::Fr), &format!("{q:?}"));
    }
    for d in [
        Divergence::TerritorialReach,
        Divergence::NoProfitElement,
        Divergence::ExitOnly,
        Divergence::Threshold,
        Divergence::LuringOrIntermediation,
        Divergence::MoroccanMeans,
        Divergence::NamedPurpose,
        Divergence::Attempt,
    ] {
        check_french(law_labels::divergence(d, Locale::Fr), &format!("{d:?}"));
    }
    for facts in bank_situations().into_iter().chain(random_situations(5_000)) {
        for frame in Frame::ALL {
            for n in analyse(&facts, frame).notes {
                if let Some(text) = law_labels::note(n, Locale::Fr) {
                    check_french(text, &format!("{n:?}"));
                }
                // The notes `labels::note` words follow the same typography (finding C4).
                check_french(&labels::note(n, Locale::Fr), &format!("{n:?}"));
            }
        }
        let _ = Comparison::of(&facts).reasons();
    }
}

#[test]
fn c1_art_448_1_is_never_cited_for_consent_in_the_child_note() {
    use tipsom::domain::facts::{Act, Purpose};
    // The child note that speaks of consent declares it, so its article must say it: Art. 448-1,
    // which has no consent clause, cannot carry it.
    let wrong = Note::ChildNoMeansNeeded(Citation::PenalCodeArt448_1);
    assert!(
        wrong.basis().iter().any(|(p, c)| !c.supports(*p)),
        "the child note must declare the consent point it prints"
    );
    let child = Facts {
        acts: [Act::Recruitment].into_iter().collect(),
        purposes: [Purpose::ForcedLabour].into_iter().collect(),
        child: true,
        consent: true,
        ..Facts::default()
    };
    let m = analyse(&child, Frame::Morocco);
    assert!(m.notes.contains(&Note::ChildNoMeansConsentInferred));
    assert!(!m.notes.iter().any(|n| matches!(n, Note::ChildNoMeansNeeded(_))));
    for (p, c) in m.citations() {
        if matches!(p, Point::ConsentIrrelevant | Point::ChildConsentIrrelevant) {
            assert_ne!(c, Citation::PenalCodeArt448_1, "{p:?}");
        }
    }
    for l in Locale::ALL {
        let text = labels::note(Note::ChildNoMeansConsentInferred, l);
        assert!(!text.trim().is_empty());
    }
    // The printed Moroccan sentence says the consent point is an inference, not the article's.
    let en = labels::note(Note::ChildNoMeansConsentInferred, Locale::En);
    assert!(en.contains("no consent clause"), "{en}");
    let i = analyse(&child, Frame::International);
    assert!(i
        .notes
        .contains(&Note::ChildNoMeansNeeded(Citation::TraffickingProtocolArt3c)));
}

/// In Arabic, a hyphenated article number ("448-14") read inside right-to-left text is reordered
/// ("14-448") unless it is isolated as a left-to-right run: every article's name and line wraps it.
#[test]
fn arabic_article_numbers_read_left_to_right() {
    let unisolated = |text: &str| {
        let chars: Vec<char> = text.chars().collect();
        (1..chars.len().saturating_sub(1)).any(|i| {
            chars[i] == '-' && chars[i - 1].is_ascii_digit() && chars[i + 1].is_ascii_digit() && {
                // Walk back over the number: an isolate must open it.
                let mut j = i - 1;
                while j > 0 && (chars[j - 1].is_ascii_digit() || chars[j - 1] == '-') {
                    j -= 1;
                }
                j == 0 || chars[j - 1] != '\u{2066}'
            }
        })
    };
    for c in Citation::ALL {
        for text in [
            labels::citation(c, Locale::Ar).to_string(),
            law_labels::article_line(c, Locale::Ar).to_string(),
        ] {
            assert!(!unisolated(&text), "{c:?}: {text}");
        }
    }
}
