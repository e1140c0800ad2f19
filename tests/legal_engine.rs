//! Every rule of both frames of law, checked on small hand-built situations.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use tipsom::domain::analysis::{analyse, verdicts, Comparison, ElementStatus, Note};
use tipsom::domain::citation::Citation;
use tipsom::domain::element::Element;
use tipsom::domain::facts::{Act, EntryState, FactKey, Facts, Means, Purpose, Stage, ThresholdLimb};
use tipsom::domain::frame::Frame;
use tipsom::domain::verdict::Verdict;

/// Exploitation that meets Penal Code Art. 448-1 ¶4 (the three effects shown).
fn trafficking_adult() -> Facts {
    Facts {
        acts: BTreeSet::from([Act::Recruitment]),
        means: BTreeSet::from([Means::Deception]),
        purposes: BTreeSet::from([Purpose::ForcedLabour]),
        exploitation_effects: ThresholdLimb::ALL.into_iter().collect(),
        ..Facts::default()
    }
}

fn paid_crossing_from_nador() -> Facts {
    Facts {
        illegal_entry: Some(Stage::Completed),
        entry_into: Some(EntryState::AnotherState),
        moroccan_exit: Some(Stage::Completed),
        benefit: true,
        consent: true,
        ..Facts::default()
    }
}

#[test]
fn act_means_and_purpose_make_trafficking_under_both_frames() {
    assert_eq!(
        verdicts(&trafficking_adult()),
        [Verdict::Trafficking, Verdict::Trafficking]
    );
    let a = analyse(&trafficking_adult(), Frame::International);
    assert_eq!(a.trafficking.citation, Citation::TraffickingProtocolArt3a);
    assert_eq!(a.trafficking.act.facts, vec![FactKey::Act(Act::Recruitment)]);
    let m = analyse(&trafficking_adult(), Frame::Morocco);
    assert_eq!(m.trafficking.citation, Citation::PenalCodeArt448_1);
}

#[test]
fn each_missing_element_defeats_trafficking_of_an_adult() {
    let full = trafficking_adult();
    for key in [
        FactKey::Act(Act::Recruitment),
        FactKey::Means(Means::Deception),
        FactKey::Purpose(Purpose::ForcedLabour),
    ] {
        let without = full.with(key, false);
        assert_eq!(
            verdicts(&without),
            [Verdict::Neither, Verdict::Neither],
            "without {key:?}"
        );
    }
}

#[test]
fn a_child_needs_no_means_and_the_rule_is_cited() {
    let facts = Facts {
        child: true,
        ..trafficking_adult()
    }
    .with(FactKey::Means(Means::Deception), false);
    assert_eq!(verdicts(&facts), [Verdict::Trafficking, Verdict::Trafficking]);
    let a = analyse(&facts, Frame::International);
    assert_eq!(a.trafficking.means.status, ElementStatus::NotRequired);
    assert_eq!(a.trafficking.means.citation, Citation::TraffickingProtocolArt3c);
    assert!(a
        .notes
        .contains(&Note::ChildNoMeansNeeded(Citation::TraffickingProtocolArt3c)));
    let m = analyse(&facts, Frame::Morocco);
    assert!(m.notes.contains(&Note::ChildNoMeansConsentInferred));
    // The same facts for an adult are not trafficking.
    let adult = Facts { child: false, ..facts };
    assert_eq!(verdicts(&adult), [Verdict::Neither, Verdict::Neither]);
    assert!(analyse(&adult, Frame::International)
        .notes
        .contains(&Note::AdultWithoutMeans));
}

#[test]
fn a_child_still_needs_an_act_and_a_purpose() {
    let smuggled_child = Facts {
        child: true,
        ..paid_crossing_from_nador()
    };
    assert_eq!(verdicts(&smuggled_child), [Verdict::Smuggling, Verdict::Smuggling]);
}

#[test]
fn consent_is_irrelevant_once_a_means_is_used() {
    let facts = Facts {
        consent: true,
        ..trafficking_adult()
    };
    assert_eq!(verdicts(&facts), [Verdict::Trafficking, Verdict::Trafficking]);
    assert!(analyse(&facts, Frame::International)
        .notes
        .contains(&Note::ConsentIrrelevant(Citation::TraffickingProtocolArt3b)));
    // Without a means, consent is not voided and there is no note saying it is.
    let no_means = facts.with(FactKey::Means(Means::Deception), false);
    assert!(!analyse(&no_means, Frame::International)
        .notes
        .iter()
        .any(|n| matches!(n, Note::ConsentIrrelevant(_))));
}

#[test]
fn procured_illegal_entry_for_a_benefit_is_smuggling() {
    assert_eq!(
        verdicts(&paid_crossing_from_nador()),
        [Verdict::Smuggling, Verdict::Smuggling]
    );
    let a = analyse(&paid_crossing_from_nador(), Frame::International);
    assert_eq!(a.smuggling.citation, Citation::SmugglingProtocolArt3a);
    assert!(a
        .notes
        .contains(&Note::MigrantNotLiable(Citation::SmugglingProtocolArt5)));
    let m = analyse(&paid_crossing_from_nador(), Frame::Morocco);
    assert_eq!(m.smuggling.citation, Citation::Law0203Art52);
}

#[test]
fn free_help_is_not_smuggling_under_the_protocol_but_an_offence_under_law_02_03() {
    let uncle = Facts {
        benefit: false,
        ..paid_crossing_from_nador()
    };
    assert_eq!(verdicts(&uncle), [Verdict::Neither, Verdict::Smuggling]);
    let a = analyse(&uncle, Frame::International);
    assert_eq!(a.smuggling.benefit.status, ElementStatus::Missing);
    assert!(a.notes.contains(&Note::NoBenefitOutsideProtocol));
    let m = analyse(&uncle, Frame::Morocco);
    assert_eq!(m.smuggling.benefit.status, ElementStatus::NotRequired);
    assert!(m.notes.contains(&Note::BenefitNotRequiredInMorocco));
    let c = Comparison::of(&uncle);
    assert!(c.verdicts_differ() && c.frames_differ());
}

#[test]
fn law_02_03_covers_entry_and_exit_but_only_of_morocco() {
    let entry = Facts {
        moroccan_entry: Some(Stage::Completed),
        ..Facts::default()
    };
    assert_eq!(verdicts(&entry), [Verdict::Neither, Verdict::Smuggling]);
    // Entry into another State arranged for money, with no crossing of Morocco's border.
    let elsewhere = Facts {
        illegal_entry: Some(Stage::Completed),
        entry_into: Some(EntryState::AnotherState),
        benefit: true,
        ..Facts::default()
    };
    assert_eq!(verdicts(&elsewhere), [Verdict::Smuggling, Verdict::Neither]);
}

#[test]
fn smuggling_that_turns_into_trafficking_is_both() {
    let mut facts = paid_crossing_from_nador();
    assert_eq!(verdicts(&facts), [Verdict::Smuggling, Verdict::Smuggling]);
    facts.acts.insert(Act::Harbouring);
    facts.means.insert(Means::Threat);
    facts.purposes.insert(Purpose::ForcedLabour);
    // Moroccan law asks more of the exploitation (Art. 448-1 ¶4): until it is shown, a question.
    assert_eq!(verdicts(&facts), [Verdict::Both, Verdict::Smuggling]);
    assert_eq!(analyse(&facts, Frame::Morocco).verdict_if_open, Some(Verdict::Both));
    facts.exploitation_effects = ThresholdLimb::ALL.into_iter().collect();
    assert_eq!(verdicts(&facts), [Verdict::Both, Verdict::Both]);
    assert!(analyse(&facts, Frame::International)
        .notes
        .contains(&Note::ConsentIrrelevant(Citation::TraffickingProtocolArt3b)));
}

#[test]
fn an_intermediary_counts_only_under_moroccan_law() {
    let facts = Facts {
        acts: BTreeSet::from([Act::Intermediary]),
        ..trafficking_adult()
    };
    assert_eq!(verdicts(&facts), [Verdict::Neither, Verdict::Trafficking]);
    let a = analyse(&facts, Frame::International);
    assert_eq!(a.trafficking.act.status, ElementStatus::Missing);
    assert_eq!(a.trafficking.act.not_counted, vec![FactKey::Act(Act::Intermediary)]);
    assert!(Comparison::of(&facts).frames_differ());
}

#[test]
fn exploiting_need_is_a_means_only_under_moroccan_law() {
    let facts = Facts {
        means: BTreeSet::from([Means::ExploitingNeed]),
        ..trafficking_adult()
    };
    assert_eq!(verdicts(&facts), [Verdict::Neither, Verdict::Trafficking]);
    assert!(analyse(&facts, Frame::Morocco)
        .notes
        .contains(&Note::MeansOnlyInMoroccanLaw(Means::ExploitingNeed)));
}

#[test]
fn forced_begging_is_named_by_law_27_14_and_in_the_protocols_open_list() {
    let facts = Facts {
        purposes: BTreeSet::from([Purpose::ForcedBegging]),
        ..trafficking_adult()
    };
    assert_eq!(verdicts(&facts), [Verdict::Trafficking, Verdict::Trafficking]);
    assert!(analyse(&facts, Frame::International)
        .notes
        .contains(&Note::OpenListPurpose(Purpose::ForcedBegging)));
    assert!(analyse(&facts, Frame::Morocco)
        .notes
        .contains(&Note::NamedInMoroccanLaw(Purpose::ForcedBegging)));
    assert!(Comparison::of(&facts).frames_differ() && !Comparison::of(&facts).verdicts_differ());
}

#[test]
fn trafficking_needs_no_border() {
    let a = analyse(&trafficking_adult(), Frame::International);
    assert!(a.notes.contains(&Note::NoBorderNeeded));
}

#[test]
fn endangered_lives_aggravate_smuggling() {
    let facts = Facts {
        lives_endangered: true,
        ..paid_crossing_from_nador()
    };
    assert!(analyse(&facts, Frame::International)
        .notes
        .contains(&Note::AggravatedSmuggling(Citation::SmugglingProtocolArt6_3)));
    assert!(Element::Aggravation.is_present(&facts, Frame::International));
    // Without smuggling there is nothing to aggravate.
    let alone = Facts {
        lives_endangered: true,
        ..Facts::default()
    };
    assert!(!analyse(&alone, Frame::International)
        .notes
        .iter()
        .any(|n| matches!(n, Note::AggravatedSmuggling(_))));
}

#[test]
fn irregular_migration_without_a_facilitator_is_neither() {
    let facts = Facts {
        irregular_migration: true,
        ..Facts::default()
    };
    assert_eq!(verdicts(&facts), [Verdict::Neither, Verdict::Neither]);
    assert!(analyse(&facts, Frame::International)
        .notes
        .contains(&Note::IrregularCrossingWithoutFacilitator));
}

#[test]
fn labour_exploitation_without_coercion_is_neither() {
    let facts = Facts {
        acts: BTreeSet::from([Act::Recruitment]),
        purposes: BTreeSet::new(),
        consent: true,
        ..Facts::default()
    };
    assert_eq!(verdicts(&facts), [Verdict::Neither, Verdict::Neither]);
}

#[test]
fn elements_follow_the_frame() {
    let facts = Facts {
        acts: BTreeSet::from([Act::Intermediary]),
        ..paid_crossing_from_nador()
    };
    assert!(!Element::Act.is_present(&facts, Frame::International));
    assert!(Element::Act.is_present(&facts, Frame::Morocco));
    assert!(Element::Crossing.is_present(&facts, Frame::International));
    let only_moroccan_exit = Facts {
        moroccan_exit: Some(Stage::Completed),
        ..Facts::default()
    };
    assert!(!Element::Crossing.is_present(&only_moroccan_exit, Frame::International));
    assert!(Element::Crossing.is_present(&only_moroccan_exit, Frame::Morocco));
}

#[test]
fn toggling_a_fact_round_trips() {
    let facts = trafficking_adult();
    for key in Facts::all_keys() {
        let on = facts.with(key, true);
        assert!(on.has(key), "{key:?} on");
        let off = on.with(key, false);
        assert!(!off.has(key), "{key:?} off");
    }
}

#[test]
fn c5_pornography_is_sexual_exploitation_the_protocol_names_not_an_unnamed_form() {
    use tipsom::domain::facts::Purpose;
    assert!(Purpose::Pornography.named_in_protocol());
    assert!(!Purpose::Pornography.named_only_in_moroccan_law());
}
