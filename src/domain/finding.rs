//! What a lawyer writes about one offence under one frame: established, attempted, not
//! established, or an open question, each with the article that supports it.
//!
//! An open question is where the brief (§9) finds the law unverified or unsettled: the engine
//! says so, names what to check, and never picks a side. No answer key may rest on one.

use super::citation::{Citation, Point};

/// An offence the engine concludes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Offence {
    /// Trafficking in persons (Trafficking Protocol Art. 3(a); Penal Code Art. 448-1).
    Trafficking,
    /// Smuggling of migrants (Smuggling Protocol Art. 3(a)); in Moroccan law, organising or
    /// facilitating a clandestine entry or exit (Law 02.03 Art. 52).
    Smuggling,
    /// Fraudulent documents to enable smuggling, for a benefit (Smuggling Protocol Art. 6(1)(b)).
    DocumentOffence,
    /// Enabling a person to remain illegally (Smuggling Protocol Art. 6(1)(c)).
    EnablingStay,
    /// The person's own clandestine entry or exit (Law 02.03 Art. 50).
    ClandestineCrossing,
    /// Staying beyond one's visa (Law 02.03 Art. 42).
    Overstay,
    /// Residing without a registration or residence card (Law 02.03 Art. 43).
    NoResidenceCard,
    /// Failing to report trafficking (Penal Code Art. 448-7).
    FailingToReport,
    /// Intimidating a witness (Penal Code Art. 448-8).
    WitnessIntimidation,
    /// Revealing a victim's identity or whereabouts (Penal Code Art. 448-9 ¶1).
    RevealingVictim,
}

/// A point the brief marks unverified or unsettled, on which the engine does not conclude.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpenQuestion {
    /// Whether the exploitation meets Art. 448-1 ¶4 (will alienated, no freedom to change the
    /// situation, dignity harmed): the facts do not show all three limbs, whether courts read
    /// them as cumulative is unverified, and ¶4 speaks of an effect where ¶1–2 speak of a purpose.
    ExploitationThreshold,
    /// Whether attempted trafficking is punished in Moroccan law: as the crime under Penal Code
    /// Art. 114 if Art. 448-2's penalty makes trafficking a crime (likely; unverified).
    TraffickingAttempt,
    /// Whether Law 02.03 punishes an attempted (intercepted) clandestine crossing or its
    /// organisation: in their basic forms Art. 52 and Art. 50 are délits, whose attempt Penal Code
    /// Art. 115 punishes only where a text says so (whether Arts. 50 or 52 say so is unverified);
    /// an Art. 52 aggravation punished by réclusion makes it a crime (Art. 114).
    CrossingAttempt,
    /// Whether organising a clandestine entry or exit (Law 02.03 Art. 52) is complete before any
    /// crossing is begun: only preparations are shown, and the sources do not settle it.
    PlannedOrganisation,
}

impl OpenQuestion {
    /// The articles to check to settle the question.
    pub fn check(self) -> &'static [(Point, Citation)] {
        match self {
            OpenQuestion::ExploitationThreshold => &[(Point::ExploitationThreshold, Citation::PenalCodeArt448_1Para4)],
            OpenQuestion::TraffickingAttempt => &[(Point::AttemptOfCrime, Citation::PenalCodeArt114)],
            OpenQuestion::PlannedOrganisation => &[(Point::OrganisingClandestineCrossing, Citation::Law0203Art52)],
            OpenQuestion::CrossingAttempt => &[
                (Point::AttemptOfDelitNeedsText, Citation::PenalCodeArt115),
                (Point::OrganisingClandestineCrossing, Citation::Law0203Art52),
            ],
        }
    }
}

/// The conclusion on one offence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Established,
    /// Begun and stopped: the attempt is an offence of its own under this frame.
    Attempted,
    NotEstablished,
    /// The engine does not conclude: the law is unverified or unsettled on this point.
    Open(OpenQuestion),
}

impl Status {
    /// Whether the conclusion counts towards the verdict (established or attempted).
    pub fn counts(self) -> bool {
        matches!(self, Status::Established | Status::Attempted)
    }

    pub fn open(self) -> Option<OpenQuestion> {
        match self {
            Status::Open(q) => Some(q),
            _ => None,
        }
    }
}

/// The conclusion on an offence other than the two the verdict names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OffenceFinding {
    pub offence: Offence,
    pub status: Status,
    /// The point of law and the article the conclusion rests on.
    pub basis: (Point, Citation),
}
