//! Indicators of trafficking: warning signs that should prompt questions, never proof on their own.

use serde::{Deserialize, Serialize};

/// The family an indicator belongs to (ILO forced-labour indicators, or signs by form of exploitation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    /// The ILO's 11 indicators of forced labour.
    ForcedLabour,
    General,
    Child,
    DomesticServitude,
    SexualExploitation,
    Begging,
}

/// A sign in a story that should make a professional ask more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Indicator {
    // ILO forced labour indicators.
    AbuseOfVulnerability,
    Deception,
    RestrictedMovement,
    Isolation,
    Violence,
    Threats,
    DocumentsRetained,
    WagesWithheld,
    DebtBondage,
    AbusiveConditions,
    ExcessiveOvertime,
    // General.
    Fear,
    NoContactWithFamily,
    SleepsAtWorkplace,
    NoHealthCare,
    // Children.
    ChildNoSchool,
    ChildEatsApart,
    ChildWorkUnsuitable,
    ChildWithNonRelatives,
    ChildFoundByAdult,
    // Domestic servitude.
    NoPrivateSpace,
    ReportedMissingByEmployer,
    // Sexual exploitation.
    MovedBetweenPlaces,
    EscortedEverywhere,
    NoMoneyOrId,
    // Begging.
    TakingsHandedOver,
    LongHoursInPublic,
}

impl Indicator {
    pub const ALL: [Indicator; 27] = [
        Indicator::AbuseOfVulnerability,
        Indicator::Deception,
        Indicator::RestrictedMovement,
        Indicator::Isolation,
        Indicator::Violence,
        Indicator::Threats,
        Indicator::DocumentsRetained,
        Indicator::WagesWithheld,
        Indicator::DebtBondage,
        Indicator::AbusiveConditions,
        Indicator::ExcessiveOvertime,
        Indicator::Fear,
        Indicator::NoContactWithFamily,
        Indicator::SleepsAtWorkplace,
        Indicator::NoHealthCare,
        Indicator::ChildNoSchool,
        Indicator::ChildEatsApart,
        Indicator::ChildWorkUnsuitable,
        Indicator::ChildWithNonRelatives,
        Indicator::ChildFoundByAdult,
        Indicator::NoPrivateSpace,
        Indicator::ReportedMissingByEmployer,
        Indicator::MovedBetweenPlaces,
        Indicator::EscortedEverywhere,
        Indicator::NoMoneyOrId,
        Indicator::TakingsHandedOver,
        Indicator::LongHoursInPublic,
    ];

    pub fn kind(self) -> IndicatorKind {
        use Indicator::*;
        match self {
            AbuseOfVulnerability | Deception | RestrictedMovement | Isolation | Violence | Threats
            | DocumentsRetained | WagesWithheld | DebtBondage | AbusiveConditions | ExcessiveOvertime => {
                IndicatorKind::ForcedLabour
            }
            Fear | NoContactWithFamily | SleepsAtWorkplace | NoHealthCare => IndicatorKind::General,
            ChildNoSchool | ChildEatsApart | ChildWorkUnsuitable | ChildWithNonRelatives | ChildFoundByAdult => {
                IndicatorKind::Child
            }
            NoPrivateSpace | ReportedMissingByEmployer => IndicatorKind::DomesticServitude,
            MovedBetweenPlaces | EscortedEverywhere | NoMoneyOrId => IndicatorKind::SexualExploitation,
            TakingsHandedOver | LongHoursInPublic => IndicatorKind::Begging,
        }
    }
}
