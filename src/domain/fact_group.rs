//! How the explorer groups the switchable facts, so a phone screen shows a few headings rather
//! than sixty switches; kept in the pure core so a native test can hold that every fact is offered
//! exactly once.

use super::facts::{
    Act, AroundVictim, Art52Aggravation, EntryState, FactKey, Means, Purpose, Stage, ThresholdLimb, VictimAct,
};

/// A group of switches in the what-if explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactGroup {
    Act,
    Means,
    Purpose,
    /// The three effects Penal Code Art. 448-1 ¶4 asks of the exploitation.
    Effects,
    /// The person (child, consent), how far the trafficking went, and whether it stayed in one country.
    PersonStage,
    /// Which State's border, how it was crossed, how far it went, and the benefit.
    Border,
    /// Aggravations of each frame, and fraudulent documents.
    Aggravations,
    /// Enabling stay and the migrant's own irregular stay.
    Stay,
    /// The trafficked person's own acts.
    Victim,
    /// The separate offences around a victim.
    AroundVictim,
}

impl FactGroup {
    pub const ALL: [FactGroup; 10] = [
        FactGroup::Act,
        FactGroup::Means,
        FactGroup::Purpose,
        FactGroup::Effects,
        FactGroup::PersonStage,
        FactGroup::Border,
        FactGroup::Aggravations,
        FactGroup::Stay,
        FactGroup::Victim,
        FactGroup::AroundVictim,
    ];

    /// The switches of the group, in the order shown.
    pub fn keys(self) -> Vec<FactKey> {
        // Completed first, then the attempt, then mere planning.
        let stages = |f: fn(Stage) -> FactKey| Stage::ALL.iter().rev().map(move |s| f(*s)).collect::<Vec<_>>();
        match self {
            FactGroup::Act => Act::ALL.iter().map(|a| FactKey::Act(*a)).collect(),
            FactGroup::Means => Means::ALL.iter().map(|m| FactKey::Means(*m)).collect(),
            FactGroup::Purpose => Purpose::ALL.iter().map(|p| FactKey::Purpose(*p)).collect(),
            FactGroup::Effects => ThresholdLimb::ALL.iter().map(|t| FactKey::Effect(*t)).collect(),
            FactGroup::PersonStage => vec![
                FactKey::Child,
                FactKey::Consent,
                FactKey::TraffickingStage(Stage::Attempted),
                FactKey::TraffickingStage(Stage::Planned),
                FactKey::WithinOneCountry,
            ],
            FactGroup::Border => {
                let mut keys = stages(FactKey::IllegalEntry);
                keys.extend(EntryState::ALL.iter().map(|s| FactKey::EntryInto(*s)));
                keys.extend(stages(FactKey::MoroccanEntry));
                keys.extend(stages(FactKey::MoroccanExit));
                keys.extend([
                    FactKey::AwayFromPost,
                    FactKey::FalsePapersAtPost,
                    FactKey::OwnCrossingAttempted,
                    FactKey::Benefit,
                ]);
                keys
            }
            FactGroup::Aggravations => {
                let mut keys = vec![FactKey::LivesEndangered, FactKey::DegradingTreatment];
                keys.extend(Art52Aggravation::ALL.iter().map(|a| FactKey::Art52(*a)));
                keys.push(FactKey::FraudulentDocuments);
                keys
            }
            FactGroup::Stay => vec![
                FactKey::EnablingStay,
                FactKey::StayForBenefit,
                FactKey::StayByIllegalMeans,
                FactKey::IrregularMigration,
                FactKey::OverstayedVisa,
                FactKey::NoResidenceCard,
            ],
            FactGroup::Victim => VictimAct::ALL.iter().map(|v| FactKey::Victim(*v)).collect(),
            FactGroup::AroundVictim => AroundVictim::ALL.iter().map(|a| FactKey::AroundVictim(*a)).collect(),
        }
    }

    /// Open on a blank situation: the elements every analysis starts from.
    pub fn open_when_blank(self) -> bool {
        matches!(
            self,
            FactGroup::Act | FactGroup::Means | FactGroup::Purpose | FactGroup::Border
        )
    }
}
