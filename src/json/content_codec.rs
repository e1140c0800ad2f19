//! How the browser app reads compiled content (`content/<lang>/*.json`) and stored packs: the
//! same names as the serde derives that write them (`tests/json_codec.rs` checks the two agree).

use super::value::{Json, JsonError};
use super::{field, FromJson};
use crate::domain::case::{ActionOption, Case, FrameVerdicts, Question, Sentence, Step, Topic, Track, TrainerNotes};
use crate::domain::concept::Concept;
use crate::domain::content::{CaseSummary, ContentIndex, SearchIndex};
use crate::domain::element::Element;
use crate::domain::facts::{Act, FactChange, FactKey, Means, MoroccanBorder, Purpose};
use crate::domain::frame::Frame;
use crate::domain::indicator::Indicator;
use crate::domain::reference::{Card, CardRow, CardSection, Term};
use crate::domain::scoring::Confidence;
use crate::domain::verdict::Verdict;
use crate::i18n::{LocalText, Locale};
use crate::{from_json_struct, kebab_enum};

kebab_enum! {
    Track { CivilSociety, Justice, Health, LawEnforcement }
    Topic { Consent, ChildVictims, DebtBondage, DomesticServitude, ForcedBegging, SexualExploitation, ForcedLabour, OrganRemoval, ForcedCriminality, MoroccansAbroad, TransitMigration, SeaDeparture, AggravatedSmuggling, FraudulentDocuments, IrregularMigration, LabourExploitation, Identification, Referral, NonPunishment, Prosecution, Interviewing }
    Act { Recruitment, Transport, Transfer, Harbouring, Receipt, Intermediary, Luring }
    Means { Threat, Force, OtherCoercion, Abduction, Fraud, Deception, AbuseOfPower, AbuseOfVulnerability, PaymentsToController, ExploitingNeed, AbuseOfFunction }
    Purpose { SexualExploitation, Pornography, ForcedLabour, Slavery, Servitude, OrganRemoval, ForcedBegging, ForcedCriminality, MedicalExperimentation, ArmedConflict }
    MoroccanBorder { None, Entry, Exit }
    Indicator { AbuseOfVulnerability, Deception, RestrictedMovement, Isolation, Violence, Threats, DocumentsRetained, WagesWithheld, DebtBondage, AbusiveConditions, ExcessiveOvertime, Fear, NoContactWithFamily, SleepsAtWorkplace, NoHealthCare, ChildNoSchool, ChildEatsApart, ChildWorkUnsuitable, ChildWithNonRelatives, ChildFoundByAdult, NoPrivateSpace, ReportedMissingByEmployer, MovedBetweenPlaces, EscortedEverywhere, NoMoneyOrId, TakingsHandedOver, LongHoursInPublic }
    Element { Act, Means, Purpose, Child, Crossing, Benefit, Aggravation, FraudulentDocuments }
    Concept { Act, Means, Purpose, Consent, ChildRule, Profit, Border, Aggravation, Indicators, Identification, Referral, NonPunishment, Interviewing, Prosecution }
    Verdict { Trafficking, Smuggling, Both, Neither }
    Frame { International, Morocco }
    Confidence { Sure, Fairly, Unsure }
    Locale { En, Fr, Ar }
}

from_json_struct!([T] Case<T> { id, version, tracks, topics = default, title, summary, content_warning, steps, trainer, sources = default, glossary = default });
from_json_struct!([T] Step<T> { text, facts, verdict, question, explanation });
from_json_struct!(FrameVerdicts { international, morocco });
from_json_struct!([T] Sentence<T> { text, indicator });
from_json_struct!([T] ActionOption<T> { text, correct, feedback });
from_json_struct!([T] TrainerNotes<T> { point, questions });
from_json_struct!(FactChange { fact, set });
from_json_struct!(CaseSummary { id, version, tracks, topics, title, summary, content_warning, steps, verdict, concepts = default, pack = default });
from_json_struct!(ContentIndex {
    locale,
    content_version,
    cases
});
from_json_struct!(SearchIndex { cases = default });
from_json_struct!([T] Term<T> { id, term, definition, source = default, related = default });
from_json_struct!([T] Card<T> { id, title, sources = default, sections = default, rows = default });
from_json_struct!([T] CardSection<T> { heading, body });
from_json_struct!([T] CardRow<T> { label, smuggling, trafficking });
from_json_struct!(LocalText { en, fr, ar });

/// `act:recruitment`, `means:deception`, `benefit`...: see [`FactKey::code`].
impl FromJson for FactKey {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        let code = json.as_str().ok_or_else(|| JsonError::new("expected a string"))?;
        FactKey::from_code(code).ok_or_else(|| JsonError::new(format!("unknown fact `{code}`")))
    }
}

/// serde's internally tagged form: the variant's name under `kind`, its fields beside it.
impl<T: FromJson> FromJson for Question<T> {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        let kind: String = field(json, "kind")?;
        Ok(match kind.as_str() {
            "classify" => Question::Classify {
                prompt: field(json, "prompt")?,
                frame: field(json, "frame")?,
                answer: field(json, "answer")?,
            },
            "elements" => Question::Elements {
                prompt: field(json, "prompt")?,
                frame: field(json, "frame")?,
                options: field(json, "options")?,
                answer: field(json, "answer")?,
            },
            "action" => Question::Action {
                prompt: field(json, "prompt")?,
                multiple: super::field_or_default(json, "multiple")?,
                options: field(json, "options")?,
            },
            "indicators" => Question::Indicators {
                prompt: field(json, "prompt")?,
                sentences: field(json, "sentences")?,
            },
            "what-if" => Question::WhatIf {
                prompt: field(json, "prompt")?,
                frame: field(json, "frame")?,
                target: field(json, "target")?,
                options: field(json, "options")?,
                answer: super::field_or_default(json, "answer")?,
            },
            other => return Err(JsonError::new(format!("unknown question kind `{other}`"))),
        })
    }
}

// law-engine additions
// The facts of "the law as it is written" (issue 15), read as serde reads them: today's names and
// the earlier vocabulary (`illegal-entry-procured`, `moroccan-border`), through `FactsInput`.
use crate::domain::facts::{
    AroundVictim, Art52Aggravation, EntryState, Facts, FactsInput, Stage, ThresholdLimb, VictimAct,
};

kebab_enum! {
    Stage { Planned, Attempted, Completed }
    EntryState { Morocco, AnotherState }
    ThresholdLimb { WillAlienated, NoFreedomToChange, DignityHarmed }
    Art52Aggravation { Habitual, PermanentIncapacity, Death }
    VictimAct { CommittedOffence, UnderThreat, LinkedToTrafficking, StayPredatesTrafficking }
    AroundVictim { FailedToReport, WitnessIntimidated, IdentityRevealed }
}

impl Default for MoroccanBorderInput {
    fn default() -> Self {
        MoroccanBorderInput(MoroccanBorder::None)
    }
}

struct MoroccanBorderInput(MoroccanBorder);

impl FromJson for MoroccanBorderInput {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        MoroccanBorder::from_json(json).map(MoroccanBorderInput)
    }
}

impl FromJson for Facts {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        use super::field_or_default as f;
        super::members(json)?;
        let input = FactsInput {
            acts: f(json, "acts")?,
            means: f(json, "means")?,
            purposes: f(json, "purposes")?,
            child: f(json, "child")?,
            consent: f(json, "consent")?,
            exploitation_effects: f(json, "exploitation_effects")?,
            trafficking_stage: f(json, "trafficking_stage")?,
            illegal_entry: super::field(json, "illegal_entry")?,
            illegal_entry_procured: f(json, "illegal_entry_procured")?,
            entry_into: super::field(json, "entry_into")?,
            moroccan_entry: super::field(json, "moroccan_entry")?,
            moroccan_exit: super::field(json, "moroccan_exit")?,
            moroccan_border: f::<MoroccanBorderInput>(json, "moroccan_border")?.0,
            away_from_post: f(json, "away_from_post")?,
            false_papers_at_post: f(json, "false_papers_at_post")?,
            benefit: f(json, "benefit")?,
            lives_endangered: f(json, "lives_endangered")?,
            degrading_treatment: f(json, "degrading_treatment")?,
            art52_aggravations: f(json, "art52_aggravations")?,
            fraudulent_documents: f(json, "fraudulent_documents")?,
            enabling_stay: f(json, "enabling_stay")?,
            stay_for_benefit: f(json, "stay_for_benefit")?,
            stay_by_illegal_means: f(json, "stay_by_illegal_means")?,
            irregular_migration: f(json, "irregular_migration")?,
            overstayed_visa: f(json, "overstayed_visa")?,
            no_residence_card: f(json, "no_residence_card")?,
            within_one_country: f(json, "within_one_country")?,
            victim: f(json, "victim")?,
            around_victim: f(json, "around_victim")?,
        };
        Ok(Facts::from(input))
    }
}
