//! The law as it is written (issue 15): each rule the legal review and the facts brief settle,
//! under each frame, on small hand-built situations; and the open questions the engine must
//! leave open, never deciding them.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;
use tipsom::domain::analysis::{analyse, Comparison, Divergence, Note, Offence, OpenQuestion, Status};
use tipsom::domain::case::Question;
use tipsom::domain::citation::Citation;
use tipsom::domain::facts::{
    Act, AroundVictim, Art52Aggravation, EntryState, FactKey, Facts, Means, Purpose, Stage, ThresholdLimb, VictimAct,
};
use tipsom::domain::frame::Frame;
use tipsom::domain::source::load_cases;
use tipsom::domain::validate::validate_case;
use tipsom::domain::verdict::Verdict;
use tipsom::i18n::{labels, Locale};

const INTL: Frame = Frame::International;
const MA: Frame = Frame::Morocco;

fn all_effects() -> BTreeSet<ThresholdLimb> {
    ThresholdLimb::ALL.into_iter().collect()
}

/// An adult recruited by deception for forced labour.
fn exploited_adult() -> Facts {
    Facts {
        acts: BTreeSet::from([Act::Recruitment]),
        means: BTreeSet::from([Means::Deception, Means::Threat]),
        purposes: BTreeSet::from([Purpose::ForcedLabour]),
        consent: true,
        ..Facts::default()
    }
}

fn other(a: &tipsom::domain::analysis::Analysis, o: Offence) -> Option<Status> {
    a.others.iter().find(|f| f.offence == o).map(|f| f.status)
}

#[test]
fn an_intercepted_boat_is_attempted_smuggling_under_the_protocol_and_an_open_question_in_moroccan_law() {
    let boat = Facts {
        illegal_entry: Some(Stage::Attempted),
        entry_into: Some(EntryState::AnotherState),
        moroccan_exit: Some(Stage::Attempted),
        away_from_post: true,
        benefit: true,
        consent: true,
        lives_endangered: true,
        ..Facts::default()
    };
    let i = analyse(&boat, INTL);
    assert_eq!(i.smuggling.status, Status::Attempted);
    assert_eq!(i.smuggling.citation, Citation::SmugglingProtocolArt6_2a);
    assert_eq!(i.verdict, Verdict::Smuggling);
    assert!(i.notes.contains(&Note::SmugglingAttempted));
    // Art. 6(3) aggravates the completed offences, not attempts.
    assert!(i.notes.contains(&Note::AggravationNotForAttempts));
    assert!(!i.notes.iter().any(|n| matches!(n, Note::AggravatedSmuggling(_))));

    let m = analyse(&boat, MA);
    assert_eq!(m.smuggling.status, Status::Open(OpenQuestion::CrossingAttempt));
    assert_eq!(
        m.verdict,
        Verdict::Neither,
        "an open question is never counted as established"
    );
    assert_eq!(m.verdict_if_open, Some(Verdict::Smuggling));
    assert!(m.verdict_is_open());
    assert_eq!(m.open_questions(), vec![OpenQuestion::CrossingAttempt]);
    // The migrant's own crossing (Art. 50) is open for the same reason.
    assert_eq!(
        other(&m, Offence::ClandestineCrossing),
        Some(Status::Open(OpenQuestion::CrossingAttempt))
    );
    // Endangerment is not an Art. 52 aggravation.
    assert!(m.notes.contains(&Note::EndangermentNotArt52));
    assert!(Comparison::of(&boat).reasons().contains(&Divergence::Attempt));
    // The same boat that lands is completed smuggling under both frames.
    let landed = Facts {
        illegal_entry: Some(Stage::Completed),
        moroccan_exit: Some(Stage::Completed),
        ..boat
    };
    assert_eq!(analyse(&landed, INTL).smuggling.status, Status::Established);
    assert_eq!(analyse(&landed, MA).smuggling.status, Status::Established);
    assert!(analyse(&landed, INTL)
        .notes
        .contains(&Note::AggravatedSmuggling(Citation::SmugglingProtocolArt6_3)));
}

#[test]
fn a_free_exit_from_morocco_is_neither_under_the_protocol_and_art_52_in_moroccan_law() {
    let exit = Facts {
        moroccan_exit: Some(Stage::Completed),
        away_from_post: true,
        consent: true,
        ..Facts::default()
    };
    let i = analyse(&exit, INTL);
    assert_eq!(i.verdict, Verdict::Neither);
    // The Protocol needs an entry into another State: said, not assumed.
    assert!(i.notes.contains(&Note::ExitWithoutEntry));
    let m = analyse(&exit, MA);
    assert_eq!(m.verdict, Verdict::Smuggling);
    assert_eq!(m.smuggling.citation, Citation::Law0203Art52);
    assert!(m.notes.contains(&Note::BenefitNotRequiredInMorocco));
    assert_eq!(other(&m, Offence::ClandestineCrossing), Some(Status::Established));
    let c = Comparison::of(&exit);
    assert!(c.verdicts_differ());
    assert!(c.reasons().contains(&Divergence::ExitOnly));
}

#[test]
fn a_paid_crossing_between_two_foreign_states_is_smuggling_and_outside_law_02_03() {
    let lorry = Facts {
        illegal_entry: Some(Stage::Completed),
        entry_into: Some(EntryState::AnotherState),
        benefit: true,
        consent: true,
        ..Facts::default()
    };
    assert_eq!(analyse(&lorry, INTL).verdict, Verdict::Smuggling);
    let m = analyse(&lorry, MA);
    assert_eq!(m.verdict, Verdict::Neither);
    assert!(m.notes.contains(&Note::OutsideLaw0203));
    assert!(Comparison::of(&lorry).reasons().contains(&Divergence::TerritorialReach));
    // Without the State typed, the note is not written: never a fact from a missing one.
    let unknown = Facts {
        entry_into: None,
        ..lorry
    };
    assert!(!analyse(&unknown, MA).notes.contains(&Note::OutsideLaw0203));
}

#[test]
fn lodging_migrants_for_profit_with_false_papers_is_enabling_stay_not_smuggling_and_not_art_52() {
    let lodging = Facts {
        acts: BTreeSet::from([Act::Harbouring]),
        enabling_stay: true,
        stay_for_benefit: true,
        stay_by_illegal_means: true,
        fraudulent_documents: true,
        irregular_migration: true,
        ..Facts::default()
    };
    let i = analyse(&lodging, INTL);
    assert_eq!(i.verdict, Verdict::Neither);
    assert_eq!(other(&i, Offence::EnablingStay), Some(Status::Established));
    assert!(i
        .others
        .iter()
        .any(|o| o.offence == Offence::EnablingStay && o.basis.1 == Citation::SmugglingProtocolArt6_1c));
    // The documents were not for a smuggling (no entry): Art. 6(1)(b) is not made out.
    assert_eq!(other(&i, Offence::DocumentOffence), Some(Status::NotEstablished));
    let m = analyse(&lodging, MA);
    assert_eq!(m.verdict, Verdict::Neither);
    // No Moroccan finding: Art. 52 does not reach it on GADEM's reading; the note says so (A4).
    assert_eq!(other(&m, Offence::EnablingStay), None);
    assert!(m.notes.contains(&Note::EnablingStayNotArt52));
    assert!(m.notes.contains(&Note::FalsePapersInMoroccanLaw));
    // Free lodging is not Art. 6(1)(c) either.
    let free = Facts {
        stay_for_benefit: false,
        ..lodging
    };
    assert_eq!(
        other(&analyse(&free, INTL), Offence::EnablingStay),
        Some(Status::NotEstablished)
    );
}

#[test]
fn an_adult_in_exploitation_without_the_three_effects_is_trafficking_under_the_protocol_and_the_threshold_not_shown() {
    let facts = exploited_adult();
    let i = analyse(&facts, INTL);
    assert_eq!(i.trafficking.status, Status::Established);
    let m = analyse(&facts, MA);
    assert_eq!(m.trafficking.status, Status::Open(OpenQuestion::ExploitationThreshold));
    assert_eq!(m.trafficking.citation, Citation::PenalCodeArt448_1Para4);
    assert_eq!(m.trafficking.effects_not_shown, ThresholdLimb::ALL.to_vec());
    assert_eq!(m.verdict, Verdict::Neither);
    assert_eq!(m.verdict_if_open, Some(Verdict::Trafficking));
    assert!(Comparison::of(&facts).reasons().contains(&Divergence::Threshold));
    // Two limbs are not three: still a question for the court, naming the one missing.
    let two = Facts {
        exploitation_effects: BTreeSet::from([ThresholdLimb::WillAlienated, ThresholdLimb::DignityHarmed]),
        ..facts.clone()
    };
    let m2 = analyse(&two, MA);
    assert!(m2.verdict_is_open());
    assert_eq!(m2.trafficking.effects_not_shown, vec![ThresholdLimb::NoFreedomToChange]);
    // All three: established, with the note saying so.
    let three = Facts {
        exploitation_effects: all_effects(),
        ..facts
    };
    let m3 = analyse(&three, MA);
    assert_eq!(m3.trafficking.status, Status::Established);
    assert!(m3.notes.contains(&Note::ThresholdMet));
    // The threshold has no carve-out for children: it stays a question for a child too.
    let child = Facts {
        child: true,
        means: BTreeSet::new(),
        exploitation_effects: BTreeSet::new(),
        ..three
    };
    assert_eq!(analyse(&child, INTL).verdict, Verdict::Trafficking);
    assert!(analyse(&child, MA).verdict_is_open());
}

#[test]
fn a_recruiter_who_only_lures_or_only_intermediates_is_a_trafficker_only_under_moroccan_law() {
    for act in [Act::Luring, Act::Intermediary] {
        let facts = Facts {
            acts: BTreeSet::from([act]),
            exploitation_effects: all_effects(),
            ..exploited_adult()
        };
        let i = analyse(&facts, INTL);
        assert_eq!(i.verdict, Verdict::Neither, "{act:?}");
        assert_eq!(i.trafficking.act.not_counted, vec![FactKey::Act(act)]);
        assert!(i.notes.contains(&Note::ActOnlyInMoroccanLaw(act)));
        let m = analyse(&facts, MA);
        assert_eq!(m.verdict, Verdict::Trafficking, "{act:?}");
        assert!(Comparison::of(&facts)
            .reasons()
            .contains(&Divergence::LuringOrIntermediation));
    }
}

#[test]
fn abuse_of_function_or_influence_is_a_means_only_art_448_1_names() {
    let facts = Facts {
        means: BTreeSet::from([Means::AbuseOfFunction]),
        exploitation_effects: all_effects(),
        ..exploited_adult()
    };
    assert_eq!(analyse(&facts, INTL).verdict, Verdict::Neither);
    assert_eq!(analyse(&facts, MA).verdict, Verdict::Trafficking);
    assert!(analyse(&facts, MA)
        .notes
        .contains(&Note::MeansOnlyInMoroccanLaw(Means::AbuseOfFunction)));
}

#[test]
fn consent_is_never_cited_to_art_448_1() {
    let facts = Facts {
        exploitation_effects: all_effects(),
        ..exploited_adult()
    };
    let m = analyse(&facts, MA);
    assert!(m.notes.contains(&Note::ConsentInferredFromMeans));
    assert!(!m.notes.iter().any(|n| matches!(n, Note::ConsentIrrelevant(_))));
    for (point, citation) in m.citations() {
        if point == tipsom::domain::citation::Point::ConsentIrrelevant {
            assert_eq!(citation, Citation::TraffickingProtocolArt3b);
        }
    }
}

#[test]
fn a_victim_who_offended_under_threat_in_direct_link_is_covered_by_art_448_14() {
    let facts = Facts {
        purposes: BTreeSet::from([Purpose::ForcedCriminality]),
        exploitation_effects: all_effects(),
        victim: BTreeSet::from([
            VictimAct::CommittedOffence,
            VictimAct::UnderThreat,
            VictimAct::LinkedToTrafficking,
        ]),
        ..exploited_adult()
    };
    let m = analyse(&facts, MA);
    assert!(m.notes.contains(&Note::NonPunishmentCovered));
    assert!(Note::NonPunishmentCovered.basis().contains(&(
        tipsom::domain::citation::Point::NonPunishmentThreatLinked,
        Citation::PenalCodeArt448_14
    )));
    let i = analyse(&facts, INTL);
    // Beside the Protocols, non-punishment is soft law: "should", never "must".
    assert!(i.notes.contains(&Note::NonPunishmentSoftLaw));
    assert!(Citation::OhchrPrinciple7.is_soft_law());
    assert!(labels::note(Note::NonPunishmentSoftLaw, Locale::En).contains("should"));
    assert!(labels::note(Note::NonPunishmentSoftLaw, Locale::Fr).contains("devraient"));
    assert!(labels::note(Note::NonPunishmentSoftLaw, Locale::Ar).contains("لا ينبغي"));
    // Without the threat, Art. 448-14 (as reported) does not reach the act.
    let no_threat = Facts {
        victim: BTreeSet::from([VictimAct::CommittedOffence, VictimAct::LinkedToTrafficking]),
        ..facts
    };
    assert!(analyse(&no_threat, MA).notes.contains(&Note::NonPunishmentNotReached));
}

#[test]
fn an_irregular_stay_that_predates_the_trafficking_is_not_covered_by_art_448_14() {
    let facts = Facts {
        exploitation_effects: all_effects(),
        no_residence_card: true,
        irregular_migration: true,
        victim: BTreeSet::from([VictimAct::StayPredatesTrafficking]),
        ..exploited_adult()
    };
    let m = analyse(&facts, MA);
    assert!(m.notes.contains(&Note::StayPredatesNotCovered));
    assert!(!m.notes.contains(&Note::NonPunishmentCovered));
    assert_eq!(other(&m, Offence::NoResidenceCard), Some(Status::Established));
    // OHCHR Principle 7 (soft law) still says the person should not be prosecuted for it.
    assert!(analyse(&facts, INTL).notes.contains(&Note::NonPunishmentSoftLaw));
}

#[test]
fn a_purely_domestic_case_is_trafficking_in_law_outside_the_protocols_scope_of_cooperation() {
    let facts = Facts {
        within_one_country: true,
        exploitation_effects: all_effects(),
        ..exploited_adult()
    };
    let i = analyse(&facts, INTL);
    assert_eq!(i.verdict, Verdict::Trafficking);
    assert!(i.notes.contains(&Note::DomesticOutsideProtocolScope));
    assert!(Note::DomesticOutsideProtocolScope
        .basis()
        .iter()
        .any(|(_, c)| *c == Citation::UntocArt34_2));
    // Not said unless the facts say everything happened in one country.
    assert!(!analyse(&exploited_adult(), INTL)
        .notes
        .contains(&Note::DomesticOutsideProtocolScope));
    // A domestic case cannot also type a crossing.
    let contradictory = Facts {
        moroccan_exit: Some(Stage::Completed),
        ..facts
    };
    assert!(!contradictory.contradictions().is_empty());
}

#[test]
fn attempted_trafficking_is_an_offence_under_the_protocol_and_an_open_question_in_moroccan_law() {
    let facts = Facts {
        trafficking_stage: Stage::Attempted,
        exploitation_effects: all_effects(),
        ..exploited_adult()
    };
    let i = analyse(&facts, INTL);
    assert_eq!(i.trafficking.status, Status::Attempted);
    assert_eq!(i.trafficking.citation, Citation::TraffickingProtocolArt5_2a);
    assert_eq!(i.verdict, Verdict::Trafficking);
    let m = analyse(&facts, MA);
    assert_eq!(m.trafficking.status, Status::Open(OpenQuestion::TraffickingAttempt));
    assert_eq!(m.trafficking.citation, Citation::PenalCodeArt114);
    // Planning alone is neither the offence nor an attempt, under either frame.
    let planned = Facts {
        trafficking_stage: Stage::Planned,
        ..facts
    };
    for frame in Frame::ALL {
        let a = analyse(&planned, frame);
        assert_eq!(a.trafficking.status, Status::NotEstablished);
        assert!(a.notes.contains(&Note::OnlyPlanned));
        assert!(!a.verdict_is_open());
    }
}

#[test]
fn art_52_aggravations_are_the_laws_own_and_endangerment_is_not_one() {
    let facts = Facts {
        moroccan_exit: Some(Stage::Completed),
        illegal_entry: Some(Stage::Completed),
        entry_into: Some(EntryState::AnotherState),
        benefit: true,
        lives_endangered: true,
        art52_aggravations: BTreeSet::from([Art52Aggravation::Death, Art52Aggravation::Habitual]),
        ..Facts::default()
    };
    let m = analyse(&facts, MA);
    assert!(m.notes.contains(&Note::Art52Aggravated(Art52Aggravation::Death)));
    assert!(m.notes.contains(&Note::Art52Aggravated(Art52Aggravation::Habitual)));
    assert!(m.notes.contains(&Note::EndangermentNotArt52));
    let only_danger = Facts {
        art52_aggravations: BTreeSet::new(),
        ..facts.clone()
    };
    assert!(!analyse(&only_danger, MA)
        .notes
        .iter()
        .any(|n| matches!(n, Note::Art52Aggravated(_))));
    // The Protocol's aggravation is Art. 6(3), never Art. 52.
    assert!(analyse(&facts, INTL)
        .notes
        .contains(&Note::AggravatedSmuggling(Citation::SmugglingProtocolArt6_3)));
}

#[test]
fn fraudulent_documents_are_art_6_1_b_under_the_protocol_and_never_art_52() {
    let facts = Facts {
        illegal_entry: Some(Stage::Completed),
        entry_into: Some(EntryState::AnotherState),
        moroccan_exit: Some(Stage::Completed),
        false_papers_at_post: true,
        fraudulent_documents: true,
        benefit: true,
        ..Facts::default()
    };
    let i = analyse(&facts, INTL);
    assert!(i
        .notes
        .contains(&Note::FraudulentDocuments(Citation::SmugglingProtocolArt6_1b)));
    assert_eq!(other(&i, Offence::DocumentOffence), Some(Status::Established));
    let m = analyse(&facts, MA);
    assert!(m.notes.contains(&Note::FalsePapersInMoroccanLaw));
    assert!(!m.notes.iter().any(|n| matches!(n, Note::FraudulentDocuments(_))));
    // The traveller's exit through a post with false papers is clandestine (Art. 50).
    assert_eq!(other(&m, Offence::ClandestineCrossing), Some(Status::Established));
}

#[test]
fn the_offences_around_a_victim_are_moroccan_offences_of_their_own() {
    let facts = Facts {
        exploitation_effects: all_effects(),
        around_victim: AroundVictim::ALL.into_iter().filter(|a| a.is_offence()).collect(),
        ..exploited_adult()
    };
    let m = analyse(&facts, MA);
    for (o, c) in [
        (Offence::FailingToReport, Citation::PenalCodeArt448_7),
        (Offence::WitnessIntimidation, Citation::PenalCodeArt448_8),
        (Offence::RevealingVictim, Citation::PenalCodeArt448_9),
    ] {
        let f = m.others.iter().find(|f| f.offence == o).expect("a finding");
        assert_eq!(f.status, Status::Established);
        assert_eq!(f.basis.1, c);
    }
    let i = analyse(&facts, INTL);
    assert!(i
        .notes
        .contains(&Note::AroundVictimOnlyInMoroccanLaw(AroundVictim::WitnessIntimidated)));
    // Failing to report needs trafficking committed or begun, which the facts must show.
    let nothing_to_report = Facts {
        around_victim: BTreeSet::from([AroundVictim::FailedToReport]),
        ..Facts::default()
    };
    assert_eq!(
        other(&analyse(&nothing_to_report, MA), Offence::FailingToReport),
        Some(Status::NotEstablished)
    );
}

#[test]
fn an_entry_and_an_exit_of_morocco_can_both_be_typed() {
    let facts = Facts {
        moroccan_entry: Some(Stage::Completed),
        moroccan_exit: Some(Stage::Attempted),
        ..Facts::default()
    };
    let m = analyse(&facts, MA);
    assert_eq!(
        m.smuggling.crossing.facts,
        vec![
            FactKey::MoroccanEntry(Stage::Completed),
            FactKey::MoroccanExit(Stage::Attempted)
        ]
    );
    // The completed entry is Art. 52; the attempted exit does not make it open.
    assert_eq!(m.smuggling.status, Status::Established);
}

#[test]
fn no_note_asserts_a_fact_from_a_missing_one() {
    let alone = Facts {
        irregular_migration: true,
        ..Facts::default()
    };
    let a = analyse(&alone, INTL);
    assert!(a.notes.contains(&Note::IrregularCrossingWithoutFacilitator));
    let text = labels::note(Note::IrregularCrossingWithoutFacilitator, Locale::En);
    assert!(text.contains("the facts name no one"), "{text}");
    assert!(!text.contains("no one arranged"));
}

#[test]
fn earlier_case_files_keep_their_exact_meaning() {
    let old: Facts = toml::from_str(
        "illegal-entry-procured = true\nmoroccan-border = \"exit\"\nfraudulent-documents = true\nbenefit = true",
    )
    .expect("the earlier vocabulary reads");
    assert_eq!(old.illegal_entry, Some(Stage::Completed));
    assert_eq!(old.moroccan_exit, Some(Stage::Completed));
    assert_eq!(old.moroccan_entry, None);
    assert!(old.fraudulent_documents);
    let entry: Facts = serde_json::from_str(r#"{"moroccan-border": "entry", "illegal-entry-procured": true}"#).unwrap();
    assert_eq!(entry.moroccan_entry, Some(Stage::Completed));
    let none: Facts = serde_json::from_str(r#"{"moroccan-border": "none"}"#).unwrap();
    assert_eq!(none, Facts::default());
    // And written facts read back the same on both sides.
    let full = Facts {
        moroccan_entry: Some(Stage::Completed),
        moroccan_exit: Some(Stage::Attempted),
        exploitation_effects: all_effects(),
        victim: BTreeSet::from([VictimAct::UnderThreat]),
        art52_aggravations: BTreeSet::from([Art52Aggravation::Death]),
        ..exploited_adult()
    };
    let text = serde_json::to_string(&full).unwrap();
    assert_eq!(serde_json::from_str::<Facts>(&text).unwrap(), full);
}

#[test]
fn the_validator_refuses_an_answer_key_that_rests_on_an_open_question() {
    let cases = load_cases(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases")).expect("valid bank");
    let mut case = cases
        .iter()
        .find(|c| c.case.id == "charging-the-driver")
        .expect("the case")
        .case
        .clone();
    assert!(validate_case(&case).is_empty());
    // Asking for the Moroccan classification of an intercepted exit rests on an open question.
    if let Question::Classify { frame, .. } = &mut case.steps[0].question {
        *frame = Frame::Morocco;
    } else {
        panic!("step 0 is a classify question");
    }
    let errors = validate_case(&case);
    assert!(errors.iter().any(|e| e.message.contains("open question")), "{errors:?}");
}

#[test]
fn the_explorer_offers_every_fact_exactly_once() {
    use tipsom::domain::fact_group::FactGroup;
    let mut offered: Vec<FactKey> = FactGroup::ALL.iter().flat_map(|g| g.keys()).collect();
    let count = offered.len();
    offered.sort();
    offered.dedup();
    assert_eq!(offered.len(), count, "a fact is offered twice");
    let mut all = Facts::all_keys();
    all.sort();
    assert_eq!(offered, all, "every switchable fact is offered");
    // Each fact has its words in every language, and its code reads back.
    for key in Facts::all_keys() {
        for l in Locale::ALL {
            assert!(!labels::fact(key, l).trim().is_empty(), "{key:?} in {l:?}");
        }
        assert_eq!(FactKey::from_code(&key.code()), Some(key));
    }
}

#[test]
fn the_migrants_own_irregular_stay_is_law_02_03_arts_42_and_43_and_no_protocol_offence() {
    let student = Facts {
        overstayed_visa: true,
        no_residence_card: true,
        irregular_migration: true,
        consent: true,
        ..Facts::default()
    };
    let m = analyse(&student, MA);
    assert_eq!(other(&m, Offence::Overstay), Some(Status::Established));
    assert_eq!(other(&m, Offence::NoResidenceCard), Some(Status::Established));
    assert!(m
        .others
        .iter()
        .any(|o| o.offence == Offence::Overstay && o.basis.1 == Citation::Law0203Art42));
    let i = analyse(&student, INTL);
    assert!(
        i.others.is_empty(),
        "the Protocols define no offence of the migrant's own stay"
    );
    for frame in Frame::ALL {
        assert_eq!(analyse(&student, frame).verdict, Verdict::Neither);
    }
}

#[test]
fn the_frames_part_with_their_reason() {
    // A brother's free boat trip into Melilla: no profit element in Art. 52.
    let brother = Facts {
        illegal_entry: Some(Stage::Completed),
        entry_into: Some(EntryState::AnotherState),
        moroccan_exit: Some(Stage::Completed),
        consent: true,
        ..Facts::default()
    };
    let c = Comparison::of(&brother);
    assert!(c.verdicts_differ());
    assert_eq!(c.reasons(), vec![Divergence::NoProfitElement]);
    // The same trip for money: the frames agree, and no reason is given.
    let paid = Facts {
        benefit: true,
        ..brother
    };
    assert!(Comparison::of(&paid).reasons().is_empty());
    assert!(!Comparison::of(&paid).frames_differ());
}

#[test]
fn every_code_is_serdes_own_name() {
    fn name<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v).unwrap().as_str().unwrap().to_string()
    }
    for a in Act::ALL {
        assert_eq!(a.code(), name(a));
    }
    for m in Means::ALL {
        assert_eq!(m.code(), name(m));
    }
    for p in Purpose::ALL {
        assert_eq!(p.code(), name(p));
    }
    for s in Stage::ALL {
        assert_eq!(s.code(), name(s));
    }
    for s in EntryState::ALL {
        assert_eq!(s.code(), name(s));
    }
    for t in ThresholdLimb::ALL {
        assert_eq!(t.code(), name(t));
    }
    for a in Art52Aggravation::ALL {
        assert_eq!(a.code(), name(a));
    }
    for v in VictimAct::ALL {
        assert_eq!(v.code(), name(v));
    }
    for a in AroundVictim::ALL {
        assert_eq!(a.code(), name(a));
    }
}

// Fixes from the law review (/work/review/law-review.md): each test fails on the code before it.

#[test]
fn a7_an_attempted_smuggling_carries_no_art_6_3_aggravation() {
    use tipsom::domain::element::Element;
    let at_sea = Facts {
        illegal_entry: Some(Stage::Attempted),
        entry_into: Some(EntryState::AnotherState),
        moroccan_exit: Some(Stage::Completed),
        benefit: true,
        lives_endangered: true,
        ..Facts::default()
    };
    assert!(
        !Element::Aggravation.is_present(&at_sea, INTL),
        "Art. 6(3) is not for attempts"
    );
    let landed = Facts {
        illegal_entry: Some(Stage::Completed),
        ..at_sea.clone()
    };
    assert!(Element::Aggravation.is_present(&landed, INTL));
}

#[test]
fn a7_endangerment_is_not_an_art_52_aggravation_in_the_moroccan_frame() {
    use tipsom::domain::element::Element;
    let facts = Facts {
        illegal_entry: Some(Stage::Completed),
        entry_into: Some(EntryState::AnotherState),
        moroccan_exit: Some(Stage::Completed),
        benefit: true,
        lives_endangered: true,
        degrading_treatment: true,
        ..Facts::default()
    };
    assert!(!Element::Aggravation.is_present(&facts, MA));
    let death = Facts {
        art52_aggravations: BTreeSet::from([Art52Aggravation::Death]),
        ..facts
    };
    assert!(Element::Aggravation.is_present(&death, MA));
}

#[test]
fn a1_art_448_7_covers_a_person_who_has_begun_to_commit_trafficking() {
    let facts = Facts {
        trafficking_stage: Stage::Attempted,
        exploitation_effects: all_effects(),
        around_victim: BTreeSet::from([AroundVictim::FailedToReport]),
        ..exploited_adult()
    };
    let m = analyse(&facts, MA);
    assert_eq!(m.trafficking.status, Status::Open(OpenQuestion::TraffickingAttempt));
    assert_eq!(other(&m, Offence::FailingToReport), Some(Status::Established));
    assert!(m.notes.contains(&Note::FailingToReportCoversAttempt));
    // The ¶4 threshold stays a question for the failing-to-report offence too.
    let no_effects = Facts {
        trafficking_stage: Stage::Completed,
        exploitation_effects: BTreeSet::new(),
        ..facts
    };
    assert_eq!(
        other(&analyse(&no_effects, MA), Offence::FailingToReport),
        Some(Status::Open(OpenQuestion::ExploitationThreshold))
    );
}

#[test]
fn a2_a_spouse_ascendant_or_descendant_who_did_not_report_has_an_absolutory_excuse() {
    let facts = Facts {
        exploitation_effects: all_effects(),
        around_victim: BTreeSet::from([AroundVictim::FailedToReport, AroundVictim::NonReporterIsRelative]),
        ..exploited_adult()
    };
    let m = analyse(&facts, MA);
    assert_eq!(m.trafficking.status, Status::Established);
    assert_eq!(other(&m, Offence::FailingToReport), Some(Status::NotEstablished));
    assert!(m.notes.contains(&Note::FamilyExcuseForNotReporting));
    // The kinship is a fact about the non-reporter, not an offence of its own.
    assert_eq!(
        m.others
            .iter()
            .filter(|f| f.offence == Offence::RevealingVictim)
            .count(),
        0
    );
    let stranger = Facts {
        around_victim: BTreeSet::from([AroundVictim::FailedToReport]),
        ..facts
    };
    assert_eq!(
        other(&analyse(&stranger, MA), Offence::FailingToReport),
        Some(Status::Established)
    );
    // Kinship without the failure to report is a contradiction the author is told about.
    let kin_only = Facts {
        around_victim: BTreeSet::from([AroundVictim::NonReporterIsRelative]),
        ..Facts::default()
    };
    assert!(!kin_only.contradictions().is_empty());
}

#[test]
fn l12_art_448_9_needs_intent_and_danger_to_life_in_every_language() {
    // The fact the engine establishes Art. 448-9 ¶1 on must say what the article asks for.
    let en = labels::fact(FactKey::AroundVictim(AroundVictim::IdentityRevealed), Locale::En);
    assert!(
        en.contains("intentionally") && en.contains("life") && en.contains("witness"),
        "{en}"
    );
    let fr = labels::fact(FactKey::AroundVictim(AroundVictim::IdentityRevealed), Locale::Fr);
    assert!(
        fr.contains("intentionnellement") && fr.contains("vie") && fr.contains("témoin"),
        "{fr}"
    );
    let ar = labels::fact(FactKey::AroundVictim(AroundVictim::IdentityRevealed), Locale::Ar);
    assert!(
        ar.contains("عمداً") && ar.contains("حياة") && ar.contains("شاهد"),
        "{ar}"
    );
}

#[test]
fn a3_a_document_supplied_for_a_fee_is_a_completed_6_1_b_offence_even_if_the_entry_fails() {
    let facts = Facts {
        illegal_entry: Some(Stage::Attempted),
        entry_into: Some(EntryState::AnotherState),
        fraudulent_documents: true,
        benefit: true,
        ..Facts::default()
    };
    let i = analyse(&facts, INTL);
    let f = i
        .others
        .iter()
        .find(|f| f.offence == Offence::DocumentOffence)
        .expect("a finding");
    assert_eq!(f.status, Status::Established);
    assert_eq!(f.basis.1, Citation::SmugglingProtocolArt6_1b);
}

#[test]
fn l22_a_planned_art_52_organisation_is_an_open_question_not_only_planned() {
    let facts = Facts {
        moroccan_exit: Some(Stage::Planned),
        ..Facts::default()
    };
    let m = analyse(&facts, MA);
    assert_eq!(m.smuggling.status, Status::Open(OpenQuestion::PlannedOrganisation));
    assert!(!m.notes.contains(&Note::OnlyPlanned));
    assert!(m.verdict_is_open());
}

#[test]
fn l1_an_aggravated_art_52_attempt_points_to_art_114_not_only_art_115() {
    let facts = Facts {
        moroccan_exit: Some(Stage::Attempted),
        art52_aggravations: BTreeSet::from([Art52Aggravation::Habitual]),
        ..Facts::default()
    };
    let m = analyse(&facts, MA);
    assert_eq!(m.smuggling.status, Status::Open(OpenQuestion::CrossingAttempt));
    assert_eq!(m.smuggling.citation, Citation::PenalCodeArt114);
    let basic = Facts {
        art52_aggravations: BTreeSet::new(),
        ..facts
    };
    assert_eq!(analyse(&basic, MA).smuggling.citation, Citation::PenalCodeArt115);
}

#[test]
fn l16_the_persons_own_attempted_crossing_is_an_open_question_not_an_established_art_50_offence() {
    let alone_at_the_fence = Facts {
        away_from_post: true,
        own_crossing_attempted: true,
        irregular_migration: true,
        ..Facts::default()
    };
    let m = analyse(&alone_at_the_fence, MA);
    assert_eq!(
        other(&m, Offence::ClandestineCrossing),
        Some(Status::Open(OpenQuestion::CrossingAttempt))
    );
    let crossed = Facts {
        own_crossing_attempted: false,
        ..alone_at_the_fence
    };
    assert_eq!(
        other(&analyse(&crossed, MA), Offence::ClandestineCrossing),
        Some(Status::Established)
    );
}

#[test]
fn l15_fraud_at_a_post_is_an_exit_from_morocco_as_art_50_says() {
    let en = labels::fact(FactKey::FalsePapersAtPost, Locale::En);
    assert!(en.contains("left Morocco") && en.contains("usurped name"), "{en}");
    let fr = labels::fact(FactKey::FalsePapersAtPost, Locale::Fr);
    assert!(fr.contains("sortie du Maroc") && fr.contains("nom usurpé"), "{fr}");
}
