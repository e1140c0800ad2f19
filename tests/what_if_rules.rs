//! The what-if explorer's promise: switching any single fact gives the verdict the law predicts.
//! The engine is checked against an independent, table-driven statement of the same rules, on every
//! step of every case with each fact toggled, and on many random situations.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tipsom::domain::analysis::analyse;
use tipsom::domain::case::{what_if_key, Question};
use tipsom::domain::facts::{Act, FactKey, Facts, Means, Purpose, Stage, ThresholdLimb};
use tipsom::domain::frame::Frame;
use tipsom::domain::source::load_cases;
use tipsom::domain::verdict::Verdict;

/// Which acts and means each frame counts: the tables of Protocol Art. 3(a) and Penal Code Art. 448-1.
const ACTS: [(Act, bool, bool); 7] = [
    // (act, counted by the Protocol, counted by Law 27-14)
    (Act::Recruitment, true, true),
    (Act::Transport, true, true),
    (Act::Transfer, true, true),
    (Act::Harbouring, true, true),
    (Act::Receipt, true, true),
    (Act::Intermediary, false, true),
    (Act::Luring, false, true),
];
const MEANS: [(Means, bool, bool); 11] = [
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
    (Means::AbuseOfFunction, false, true),
];

/// What the law settles, and what it leaves open, for one offence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Established or attempted: counts towards the verdict.
    Yes,
    No,
    /// An open question (brief §9): not counted, but could be.
    Open,
}

fn verdict(trafficking: bool, smuggling: bool) -> Verdict {
    match (trafficking, smuggling) {
        (true, true) => Verdict::Both,
        (true, false) => Verdict::Trafficking,
        (false, true) => Verdict::Smuggling,
        (false, false) => Verdict::Neither,
    }
}

/// The rules, stated again without the engine: a truth table per frame.
fn outcomes(f: &Facts, frame: Frame) -> (Outcome, Outcome) {
    let col = |row: (bool, bool)| if frame == Frame::International { row.0 } else { row.1 };
    let act = ACTS.iter().any(|(a, p, m)| f.acts.contains(a) && col((*p, *m)));
    let means = MEANS.iter().any(|(x, p, m)| f.means.contains(x) && col((*p, *m)));
    let purpose = !f.purposes.is_empty();
    let elements = act && purpose && (means || f.child);
    let all_effects = ThresholdLimb::ALL.iter().all(|l| f.exploitation_effects.contains(l));
    let trafficking = match (frame, elements, f.trafficking_stage) {
        (_, false, _) | (_, _, Stage::Planned) => Outcome::No,
        // Protocol Art. 3(a) and Art. 5(2)(a): completed or attempted.
        (Frame::International, true, _) => Outcome::Yes,
        // Penal Code Art. 448-1 ¶4: all three effects, else a question for the court;
        // an attempt: Art. 114 if trafficking is a crime (unverified).
        (Frame::Morocco, true, Stage::Completed) if all_effects => Outcome::Yes,
        (Frame::Morocco, true, _) => Outcome::Open,
    };
    let smuggling = match frame {
        // Smuggling Protocol Art. 3(a) and Art. 6(2)(a): a benefit, and an entry completed or attempted.
        Frame::International => match (f.benefit, f.illegal_entry) {
            (true, Some(Stage::Completed | Stage::Attempted)) => Outcome::Yes,
            _ => Outcome::No,
        },
        // Law 02.03 Art. 52: a completed clandestine entry or exit, free or paid; an attempt is
        // open; so is an organisation only prepared, since Art. 52 punishes organising and the
        // sources do not say whether it is complete before any crossing is begun (finding L22).
        Frame::Morocco => {
            let stages = [f.moroccan_entry, f.moroccan_exit];
            if stages.contains(&Some(Stage::Completed)) {
                Outcome::Yes
            } else if stages.contains(&Some(Stage::Attempted)) || stages.contains(&Some(Stage::Planned)) {
                Outcome::Open
            } else {
                Outcome::No
            }
        }
    };
    (trafficking, smuggling)
}

fn expected(f: &Facts, frame: Frame) -> Verdict {
    let (t, s) = outcomes(f, frame);
    verdict(t == Outcome::Yes, s == Outcome::Yes)
}

/// The verdict if every open question were answered for the offence, when it differs.
fn expected_if_open(f: &Facts, frame: Frame) -> Option<Verdict> {
    let (t, s) = outcomes(f, frame);
    let open = verdict(t != Outcome::No, s != Outcome::No);
    (open != expected(f, frame)).then_some(open)
}

fn check(facts: &Facts, frame: Frame, context: &str) {
    let a = analyse(facts, frame);
    assert_eq!(
        a.verdict,
        expected(facts, frame),
        "{context}: {facts:?} under {frame:?}"
    );
    assert_eq!(
        a.verdict_if_open,
        expected_if_open(facts, frame),
        "{context}: {facts:?} under {frame:?}"
    );
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
                        check(&changed, frame, &format!("{}: {key:?} set to {on}", loaded.case.id));
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
    let started = std::time::Instant::now();
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
            check(&facts, frame, "random");
        }
    }
    // Fast: 100,000 analyses, each with its notes and other findings, well under a few seconds.
    println!("100000 random analyses in {:?}", started.elapsed());
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
    // The earlier vocabulary keeps its exact meaning.
    assert_eq!(
        FactKey::from_code("illegal-entry-procured"),
        Some(FactKey::IllegalEntry(Stage::Completed))
    );
    assert_eq!(
        FactKey::from_code("moroccan-border:exit"),
        Some(FactKey::MoroccanExit(Stage::Completed))
    );
    assert_eq!(
        FactKey::from_code("moroccan-border:entry"),
        Some(FactKey::MoroccanEntry(Stage::Completed))
    );
}
