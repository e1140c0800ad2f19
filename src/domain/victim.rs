//! What happened around a victim of trafficking: the victim's own acts, and the separate
//! offences others commit against the course of justice.
//!
//! Penal Code Art. 448-14, as the brief reports it from the 2018 circular (its text is
//! unverified), spares victims who committed acts **under threat** that are **directly linked**
//! to their being trafficked. That is narrower than OHCHR Principle 7 (soft law): an irregular
//! stay that predates the trafficking is not linked to it. Arts. 448-7, 448-8 and 448-9 ¶1
//! punish others: failing to report, intimidating a witness, revealing a victim's identity or
//! whereabouts.

use serde::{Deserialize, Serialize};

/// A fact about the trafficked person's own conduct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VictimAct {
    /// The person committed an offence themselves (carrying drugs, theft, a false declaration...).
    CommittedOffence,
    /// They committed it under threat.
    UnderThreat,
    /// It is directly linked to their being trafficked.
    LinkedToTrafficking,
    /// Their irregular stay began before the trafficking (so it does not result from it).
    StayPredatesTrafficking,
}

impl VictimAct {
    pub const ALL: [VictimAct; 4] = [
        VictimAct::CommittedOffence,
        VictimAct::UnderThreat,
        VictimAct::LinkedToTrafficking,
        VictimAct::StayPredatesTrafficking,
    ];

    pub fn code(self) -> &'static str {
        match self {
            VictimAct::CommittedOffence => "committed-offence",
            VictimAct::UnderThreat => "under-threat",
            VictimAct::LinkedToTrafficking => "linked-to-trafficking",
            VictimAct::StayPredatesTrafficking => "stay-predates-trafficking",
        }
    }
}

/// An offence of its own that someone else commits around a trafficking case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AroundVictim {
    /// Someone who knew that a person had committed or begun to commit trafficking did not report it (Art. 448-7).
    FailedToReport,
    /// Force, threats or promises were used to stop testimony or evidence, or to get false testimony (Art. 448-8).
    WitnessIntimidated,
    /// A victim's or witness's identity or whereabouts was revealed, endangering their life (Art. 448-9 ¶1).
    IdentityRevealed,
    /// The person who did not report is the offender's spouse, ascendant or descendant, who has
    /// an absolutory excuse under Art. 448-7. A fact about the non-reporter, not an offence.
    NonReporterIsRelative,
}

impl AroundVictim {
    pub const ALL: [AroundVictim; 4] = [
        AroundVictim::FailedToReport,
        AroundVictim::WitnessIntimidated,
        AroundVictim::IdentityRevealed,
        AroundVictim::NonReporterIsRelative,
    ];

    /// The offences of their own among these facts (the non-reporter's kinship is not one).
    pub fn is_offence(self) -> bool {
        self != AroundVictim::NonReporterIsRelative
    }

    pub fn code(self) -> &'static str {
        match self {
            AroundVictim::FailedToReport => "failed-to-report",
            AroundVictim::WitnessIntimidated => "witness-intimidated",
            AroundVictim::IdentityRevealed => "identity-revealed",
            AroundVictim::NonReporterIsRelative => "non-reporter-is-relative",
        }
    }
}
