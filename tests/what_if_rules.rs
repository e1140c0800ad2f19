//! The what-if explorer's promise: switching any single fact gives the verdict the law predicts.
//! The engine is checked against an independent, table-driven statement of the same rules, on every
//! step of every case with each fact toggled, and on many random situations.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tipsom::domain::analysis::analyse;
use tipsom::domain::case::{what_if_key, Question};
use tipsom::domain::facts::{Act, FactKey, Facts, Means, MoroccanBorder, Purpose};
use tipsom::domain::frame::Frame;
use tipsom::domain::source::load_cases;
use tipsom::domain::verdict::Verdict;

/// Which acts and means each frame counts: the tables of Protocol Art. 3(a) and Penal Code Art. 448-1.
const ACTS: [(Act, bool, bool); 6] = [
    // (act, counted by the Protocol, counted by Law 27-14)
    (Act::Recruitment, true, true),
    (Act::Transport, true, true),
    (Act::Transfer, true, true),
    (Act::Harbouring, true, true),
    (Act::Receipt, true, true),
    (Act::Intermediary, false, true),
];
const MEANS: [(Means, bool, bool); 10] = [
    (Means::Threat, true, true),
    (Means::Force, true, true),
    (Means::OtherCoercion, true, true),
    (Means::Abduction, true, true),
    (Means::Fraud, true, true),
    (Means::Deception, true, true),
    (Means::AbuseOfPower, true, true),
    (Means::AbuseOfVulnerability, true, true),
    (Means::PaymentsToController, true, true),
    (Means::ExploitingNeed, false, true),
];

/// The rules, stated again without the engine: a truth table per frame.
fn expected(f: &Facts, frame: Frame) -> Verdict {
    let col = |row: (bool, bool)| if frame == Frame::International { row.0 } else { row.1 };
    let act = ACTS.iter().any(|(a, p, m)| f.acts.contains(a) && col((*p, *m)));
    let means = MEANS.iter().any(|(x, p, m)| f.means.contains(x) && col((*p, *m)));
    let purpose = !f.purposes.is_empty();
    let trafficking = act && purpose && (means || f.child);
    let smuggling = match frame {
        Frame::International => f.illegal_entry_procured && f.benefit,
        Frame::Morocco => f.moroccan_border != MoroccanBorder::None,
    };
    match (trafficking, smuggling) {
        (true, true) => Verdict::Both,
        (true, false) => Verdict::Trafficking,
        (false, true) => Verdict::Smuggling,
        (false, false) => Verdict::Neither,
    }
}

#[test]
fn toggling_each_fact_of_every_case_gives_the_predicted_verdict() {
    let cases = load_cases(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases")).expect("valid bank");
    let mut checked = 0;
    for loaded in &cases {
        for facts in loaded.case.effective_facts().into_iter().flatten() {
            for key in Facts::all_keys() {
                for on in [true, false] {
                    let changed = facts.with(key, on);
                    for frame in Frame::ALL {
                        assert_eq!(
                            analyse(&changed, frame).verdict,
                            expected(&changed, frame),
                            "{}: {key:?} set to {on} under {frame:?}",
                            loaded.case.id
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    println!("{checked} single-fact toggles checked across {} cases", cases.len());
}

#[test]
fn random_situations_agree_with_the_table() {
    let keys = Facts::all_keys();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..50_000 {
        let mut facts = Facts::default();
        for key in &keys {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            if seed % 4 == 0 {
                facts = facts.with(*key, true);
            }
        }
        for frame in Frame::ALL {
            assert_eq!(
                analyse(&facts, frame).verdict,
                expected(&facts, frame),
                "{facts:?} under {frame:?}"
            );
        }
    }
}

#[test]
fn what_if_keys_in_the_bank_are_the_engines() {
    let cases = load_cases(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases")).expect("valid bank");
    let mut count = 0;
    for loaded in &cases {
        let mut case = loaded.case.clone();
        case.derive_keys();
        for (step, facts) in case.steps.iter().zip(case.effective_facts()) {
            if let (
                Question::WhatIf {
                    frame,
                    target,
                    options,
                    answer,
                    ..
                },
                Some(facts),
            ) = (&step.question, facts)
            {
                assert_eq!(answer, &what_if_key(facts, *frame, *target, options));
                assert_eq!(answer.len(), 1, "{}: exactly one change reaches the target", case.id);
                // The right change does produce the target under the independent rules too.
                assert_eq!(
                    expected(&options[answer[0]].apply(facts), *frame),
                    *target,
                    "{}",
                    case.id
                );
                count += 1;
            }
        }
    }
    println!("{count} what-if questions checked");
}

#[test]
fn fact_codes_round_trip() {
    for key in Facts::all_keys() {
        assert_eq!(FactKey::from_code(&key.code()), Some(key));
    }
    assert_eq!(
        FactKey::from_code("means:deception"),
        Some(FactKey::Means(Means::Deception))
    );
    assert_eq!(
        FactKey::from_code("purpose:forced-begging"),
        Some(FactKey::Purpose(Purpose::ForcedBegging))
    );
    assert_eq!(FactKey::from_code("nonsense"), None);
}
