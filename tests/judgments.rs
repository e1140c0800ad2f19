//! The engine on real situations: judgments, prosecutors' decisions and UNODC case summaries
//! (tests/fixtures/judgments.toml). Prints, for each, the engine's conclusion under both frames
//! beside the outcome the court reached, and fails only where the engine contradicts an outcome
//! that turns on a point the facts brief settles. An open question is never a contradiction: the
//! engine leaves to the court what the law leaves open, and the table says what the court did.
#![cfg(not(target_arch = "wasm32"))]

use serde::Deserialize;
use std::path::Path;
use tipsom::domain::analysis::{analyse, Analysis, Offence, Status};
use tipsom::domain::facts::Facts;
use tipsom::domain::frame::Frame;
use tipsom::i18n::{labels, Locale};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    judgments: Vec<Judgment>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Judgment {
    id: String,
    country: String,
    tribunal: String,
    summary: String,
    outcome: String,
    source: String,
    frame: Frame,
    settled: bool,
    #[serde(default)]
    why: String,
    found: Found,
    facts: Facts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Found {
    trafficking: Finding,
    smuggling: Finding,
    #[serde(default)]
    also: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Finding {
    Yes,
    No,
    Unknown,
}

/// How the engine's conclusion on one offence stands against the court's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    Agrees,
    /// The engine leaves the point open (brief §9); the court decided it.
    Open,
    Differs,
    /// The source does not say what the court found.
    Unknown,
}

fn compare(status: Status, court: Finding) -> Agreement {
    match (court, status) {
        (Finding::Unknown, _) => Agreement::Unknown,
        (_, Status::Open(_)) => Agreement::Open,
        (Finding::Yes, s) if s.counts() => Agreement::Agrees,
        (Finding::No, s) if !s.counts() => Agreement::Agrees,
        _ => Agreement::Differs,
    }
}

fn offence_code(o: Offence) -> &'static str {
    match o {
        Offence::FailingToReport => "failing-to-report",
        Offence::WitnessIntimidation => "witness-intimidation",
        Offence::RevealingVictim => "revealing-victim",
        Offence::ClandestineCrossing => "clandestine-crossing",
        Offence::Overstay => "overstay",
        Offence::NoResidenceCard => "no-residence-card",
        Offence::EnablingStay => "enabling-stay",
        Offence::DocumentOffence => "document-offence",
        Offence::Trafficking => "trafficking",
        Offence::Smuggling => "smuggling",
    }
}

fn status_word(s: Status) -> String {
    match s {
        Status::Open(q) => format!("open ({q:?})"),
        other => tipsom::i18n::law_labels::status(other, Locale::En).to_string(),
    }
}

fn load() -> Vec<Judgment> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judgments.toml");
    let text = std::fs::read_to_string(&path).expect("the fixture reads");
    let fixture: Fixture = toml::from_str(&text).expect("the fixture parses");
    fixture.judgments
}

#[test]
fn the_engine_on_real_judgments() {
    let judgments = load();
    assert!(
        judgments.len() >= 20,
        "at least 20 real situations, found {}",
        judgments.len()
    );
    let mut ids = std::collections::BTreeSet::new();
    let (mut agree, mut open, mut differ, mut failures) = (0, 0, 0, Vec::new());
    println!(
        "\n{:<44} {:<10} {:<12} {:<13} {:<28} {:<28} {:<9} court",
        "situation",
        "frame",
        "Protocols",
        "Moroccan law",
        "trafficking (engine/court)",
        "smuggling (engine/court)",
        "settled"
    );
    for j in &judgments {
        assert!(ids.insert(j.id.clone()), "duplicate id {}", j.id);
        assert!(j.source.starts_with("http"), "{}: a public source", j.id);
        assert!(!j.summary.is_empty() && !j.outcome.is_empty() && !j.tribunal.is_empty() && !j.country.is_empty());
        assert!(
            j.facts.contradictions().is_empty(),
            "{}: {:?}",
            j.id,
            j.facts.contradictions()
        );
        assert!(
            j.settled || !j.why.is_empty(),
            "{}: say why the outcome is not settled",
            j.id
        );
        let [intl, ma]: [Analysis; 2] = Frame::ALL.map(|f| analyse(&j.facts, f));
        let a = if j.frame == Frame::Morocco { &ma } else { &intl };
        let t = compare(a.trafficking.status, j.found.trafficking);
        let s = compare(a.smuggling.status, j.found.smuggling);
        for x in [t, s] {
            match x {
                Agreement::Agrees => agree += 1,
                Agreement::Open => open += 1,
                Agreement::Differs => differ += 1,
                Agreement::Unknown => {}
            }
        }
        if j.settled && (t == Agreement::Differs || s == Agreement::Differs) {
            failures.push(format!(
                "{}: engine says trafficking {} / smuggling {}, the court {:?} / {:?}",
                j.id,
                status_word(a.trafficking.status),
                status_word(a.smuggling.status),
                j.found.trafficking,
                j.found.smuggling
            ));
        }
        // The other offences the court convicted of are findings of the engine too.
        for also in &j.found.also {
            let found = a
                .others
                .iter()
                .find(|o| offence_code(o.offence) == also)
                .map(|o| o.status);
            match found {
                Some(Status::Established) => agree += 1,
                Some(Status::Open(_)) => open += 1,
                _ => {
                    differ += 1;
                    if j.settled {
                        failures.push(format!(
                            "{}: the court convicted of {also}; the engine finds {found:?}",
                            j.id
                        ));
                    }
                }
            }
        }
        let verdict = |x: &Analysis| match x.verdict_if_open {
            Some(alt) => format!("{}|{}?", short(x.verdict), short(alt)),
            None => short(x.verdict).to_string(),
        };
        println!(
            "{:<44} {:<10} {:<12} {:<13} {:<28} {:<28} {:<9} {}",
            j.id,
            if j.frame == Frame::Morocco {
                "morocco"
            } else {
                "protocols"
            },
            verdict(&intl),
            verdict(&ma),
            format!(
                "{}/{:?} {:?}",
                status_word(a.trafficking.status),
                j.found.trafficking,
                t
            ),
            format!("{}/{:?} {:?}", status_word(a.smuggling.status), j.found.smuggling, s),
            j.settled,
            j.outcome
        );
        if !j.settled {
            println!("{:<44} why: {}", "", j.why);
        }
    }
    println!(
        "\n{} situations; {agree} conclusions agree with the court, {open} are open questions the court answered, {differ} differ (all on points the brief does not settle for that frame)",
        judgments.len()
    );
    assert!(
        failures.is_empty(),
        "the engine contradicts a settled outcome:\n{}",
        failures.join("\n")
    );
}

fn short(v: tipsom::domain::verdict::Verdict) -> &'static str {
    match labels::verdict(v, Locale::En) {
        "Trafficking in persons" => "trafficking",
        "Smuggling of migrants" => "smuggling",
        "Both" => "both",
        _ => "neither",
    }
}
