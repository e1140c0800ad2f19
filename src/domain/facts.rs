//! The typed facts a case step declares: the vocabulary the legal engine reasons over.
//!
//! Facts are never free text, so the engine, not the author, decides what the law makes of them.

pub use super::aggravation::Art52Aggravation;
pub use super::border::{EntryState, MoroccanBorder};
pub use super::stage::Stage;
pub use super::threshold::ThresholdLimb;
pub use super::victim::{AroundVictim, VictimAct};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The action element of trafficking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Act {
    Recruitment,
    Transport,
    Transfer,
    Harbouring,
    Receipt,
    /// Acting as an intermediary (« servir d'intermédiaire », «الوساطة»): named by Penal Code
    /// Art. 448-1 (Law 27-14), not by the Protocol.
    Intermediary,
    /// Luring the person (« l'entraîner », «استدراجه»): named by Penal Code Art. 448-1, not by the Protocol.
    Luring,
}

impl Act {
    pub const ALL: [Act; 7] = [
        Act::Recruitment,
        Act::Transport,
        Act::Transfer,
        Act::Harbouring,
        Act::Receipt,
        Act::Intermediary,
        Act::Luring,
    ];

    /// The name written in content files (serde's kebab-case name).
    pub fn code(self) -> &'static str {
        match self {
            Act::Recruitment => "recruitment",
            Act::Transport => "transport",
            Act::Transfer => "transfer",
            Act::Harbouring => "harbouring",
            Act::Receipt => "receipt",
            Act::Intermediary => "intermediary",
            Act::Luring => "luring",
        }
    }

    /// Whether the Trafficking Protocol, Art. 3(a), names this act.
    pub fn in_protocol(self) -> bool {
        !matches!(self, Act::Intermediary | Act::Luring)
    }
}

/// The means element of trafficking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Means {
    Threat,
    Force,
    OtherCoercion,
    Abduction,
    Fraud,
    Deception,
    AbuseOfPower,
    AbuseOfVulnerability,
    PaymentsToController,
    /// Exploiting need or precariousness: added by Law 27-14 (Penal Code Art. 448-1).
    ExploitingNeed,
    /// Abuse of function or of power (« abus … de fonction ou de pouvoir »; the Arabic reads
    /// «الوظيفة أو النفوذ», influence): added by Penal Code Art. 448-1 beside abuse of authority.
    AbuseOfFunction,
}

impl Means {
    pub const ALL: [Means; 11] = [
        Means::Threat,
        Means::Force,
        Means::OtherCoercion,
        Means::Abduction,
        Means::Fraud,
        Means::Deception,
        Means::AbuseOfPower,
        Means::AbuseOfVulnerability,
        Means::PaymentsToController,
        Means::ExploitingNeed,
        Means::AbuseOfFunction,
    ];

    /// The name written in content files (serde's kebab-case name).
    pub fn code(self) -> &'static str {
        match self {
            Means::Threat => "threat",
            Means::Force => "force",
            Means::OtherCoercion => "other-coercion",
            Means::Abduction => "abduction",
            Means::Fraud => "fraud",
            Means::Deception => "deception",
            Means::AbuseOfPower => "abuse-of-power",
            Means::AbuseOfVulnerability => "abuse-of-vulnerability",
            Means::PaymentsToController => "payments-to-controller",
            Means::ExploitingNeed => "exploiting-need",
            Means::AbuseOfFunction => "abuse-of-function",
        }
    }

    /// Whether the Trafficking Protocol, Art. 3(a), names this means.
    pub fn in_protocol(self) -> bool {
        !matches!(self, Means::ExploitingNeed | Means::AbuseOfFunction)
    }
}

/// The exploitative purpose element of trafficking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    SexualExploitation,
    Pornography,
    ForcedLabour,
    Slavery,
    Servitude,
    OrganRemoval,
    ForcedBegging,
    ForcedCriminality,
    MedicalExperimentation,
    ArmedConflict,
}

impl Purpose {
    pub const ALL: [Purpose; 10] = [
        Purpose::SexualExploitation,
        Purpose::Pornography,
        Purpose::ForcedLabour,
        Purpose::Slavery,
        Purpose::Servitude,
        Purpose::OrganRemoval,
        Purpose::ForcedBegging,
        Purpose::ForcedCriminality,
        Purpose::MedicalExperimentation,
        Purpose::ArmedConflict,
    ];

    /// The name written in content files (serde's kebab-case name).
    pub fn code(self) -> &'static str {
        match self {
            Purpose::SexualExploitation => "sexual-exploitation",
            Purpose::Pornography => "pornography",
            Purpose::ForcedLabour => "forced-labour",
            Purpose::Slavery => "slavery",
            Purpose::Servitude => "servitude",
            Purpose::OrganRemoval => "organ-removal",
            Purpose::ForcedBegging => "forced-begging",
            Purpose::ForcedCriminality => "forced-criminality",
            Purpose::MedicalExperimentation => "medical-experimentation",
            Purpose::ArmedConflict => "armed-conflict",
        }
    }

    /// Whether the Protocol's minimum list (Art. 3(a)) names this form; the others fall in its open list.
    pub fn named_in_protocol(self) -> bool {
        // Pornography is a form of the "other forms of sexual exploitation" the Protocol names
        // (finding C5), not a form its open list leaves unnamed.
        matches!(
            self,
            Purpose::SexualExploitation
                | Purpose::Pornography
                | Purpose::ForcedLabour
                | Purpose::Slavery
                | Purpose::Servitude
                | Purpose::OrganRemoval
        )
    }

    /// Forms that Law 27-14 names explicitly beyond the Protocol's minimum list.
    pub fn named_only_in_moroccan_law(self) -> bool {
        matches!(
            self,
            Purpose::ForcedBegging
                | Purpose::ForcedCriminality
                | Purpose::MedicalExperimentation
                | Purpose::ArmedConflict
        )
    }
}

/// Everything the engine needs to know about one moment of a case.
///
/// Read through [`FactsInput`], so files written with the earlier vocabulary
/// (`illegal-entry-procured = true`, `moroccan-border = "exit"`) keep their exact meaning.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "FactsInput", rename_all = "kebab-case")]
pub struct Facts {
    #[serde(default)]
    pub acts: BTreeSet<Act>,
    #[serde(default)]
    pub means: BTreeSet<Means>,
    #[serde(default)]
    pub purposes: BTreeSet<Purpose>,
    /// The person is under 18 (Trafficking Protocol Art. 3(d); Penal Code Art. 448-1 ¶2).
    #[serde(default)]
    pub child: bool,
    /// The person agreed, at some point, to the travel or the work.
    #[serde(default)]
    pub consent: bool,
    /// The effects of the exploitation that Penal Code Art. 448-1 ¶4 asks for, as the story shows them.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub exploitation_effects: BTreeSet<ThresholdLimb>,
    /// How far the trafficking conduct went (an act begun and stopped is an attempt).
    #[serde(default, skip_serializing_if = "is_completed")]
    pub trafficking_stage: Stage,
    /// Someone procured (or tried to procure) the person's illegal entry into a State of which
    /// they are neither a national nor a permanent resident (Smuggling Protocol Art. 3(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illegal_entry: Option<Stage>,
    /// The State that entry is into, when the story says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_into: Option<EntryState>,
    /// Someone organised or facilitated a clandestine entry into Morocco (Law 02.03 Art. 52), this far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moroccan_entry: Option<Stage>,
    /// Someone organised or facilitated a clandestine exit from Morocco (Law 02.03 Art. 52), this far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moroccan_exit: Option<Stage>,
    /// The crossing was made, or tried, away from an official border post (Law 02.03 Art. 50).
    #[serde(default, skip_serializing_if = "is_false")]
    pub away_from_post: bool,
    /// The crossing was made, or tried, through a border post with falsified or usurped papers (Art. 50).
    #[serde(default, skip_serializing_if = "is_false")]
    pub false_papers_at_post: bool,
    /// The person's own crossing (Art. 50) was only tried, then stopped before it took place: its
    /// own stage, apart from any facilitator's (finding L16).
    #[serde(default, skip_serializing_if = "is_false")]
    pub own_crossing_attempted: bool,
    /// The person who arranged the crossing obtained a financial or other material benefit.
    #[serde(default)]
    pub benefit: bool,
    /// The smuggling endangered the migrants' lives or safety (Smuggling Protocol Art. 6(3)(a)).
    #[serde(default)]
    pub lives_endangered: bool,
    /// The migrants suffered inhuman or degrading treatment (Smuggling Protocol Art. 6(3)(b)).
    #[serde(default)]
    pub degrading_treatment: bool,
    /// The aggravating circumstances of Law 02.03 Art. 52, as the law lists them.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub art52_aggravations: BTreeSet<Art52Aggravation>,
    /// Fraudulent travel or identity documents were produced, supplied or used.
    #[serde(default)]
    pub fraudulent_documents: bool,
    /// Someone enabled the person to remain in a State without meeting its legal requirements.
    #[serde(default, skip_serializing_if = "is_false")]
    pub enabling_stay: bool,
    /// Whoever enabled the stay did it for a financial or other material benefit.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stay_for_benefit: bool,
    /// The stay was enabled by fraudulent documents or another illegal means (Smuggling Protocol Art. 6(1)(c)).
    #[serde(default, skip_serializing_if = "is_false")]
    pub stay_by_illegal_means: bool,
    /// The person entered or stayed in a country without meeting its legal requirements.
    #[serde(default)]
    pub irregular_migration: bool,
    /// The person stayed in Morocco beyond their visa (Law 02.03 Art. 42).
    #[serde(default, skip_serializing_if = "is_false")]
    pub overstayed_visa: bool,
    /// The person resides in Morocco without a registration or residence card (Law 02.03 Art. 43).
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_residence_card: bool,
    /// Everything happened within one country: no border was crossed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub within_one_country: bool,
    /// The trafficked person's own acts.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub victim: BTreeSet<VictimAct>,
    /// Offences of their own committed around the victim (Penal Code Arts. 448-7 to 448-9).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub around_victim: BTreeSet<AroundVictim>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_completed(s: &Stage) -> bool {
    *s == Stage::Completed
}

/// The facts as written in a file: today's vocabulary, plus the earlier keys it replaces.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FactsInput {
    #[serde(default)]
    pub acts: BTreeSet<Act>,
    #[serde(default)]
    pub means: BTreeSet<Means>,
    #[serde(default)]
    pub purposes: BTreeSet<Purpose>,
    #[serde(default)]
    pub child: bool,
    #[serde(default)]
    pub consent: bool,
    #[serde(default)]
    pub exploitation_effects: BTreeSet<ThresholdLimb>,
    #[serde(default)]
    pub trafficking_stage: Stage,
    #[serde(default)]
    pub illegal_entry: Option<Stage>,
    /// Earlier vocabulary: `true` is a completed procured illegal entry (`illegal-entry = "completed"`).
    #[serde(default)]
    pub illegal_entry_procured: bool,
    #[serde(default)]
    pub entry_into: Option<EntryState>,
    #[serde(default)]
    pub moroccan_entry: Option<Stage>,
    #[serde(default)]
    pub moroccan_exit: Option<Stage>,
    /// Earlier vocabulary: `"entry"` or `"exit"`, a completed clandestine crossing someone facilitated.
    #[serde(default)]
    pub moroccan_border: MoroccanBorder,
    #[serde(default)]
    pub away_from_post: bool,
    #[serde(default)]
    pub false_papers_at_post: bool,
    #[serde(default)]
    pub own_crossing_attempted: bool,
    #[serde(default)]
    pub benefit: bool,
    #[serde(default)]
    pub lives_endangered: bool,
    #[serde(default)]
    pub degrading_treatment: bool,
    #[serde(default)]
    pub art52_aggravations: BTreeSet<Art52Aggravation>,
    #[serde(default)]
    pub fraudulent_documents: bool,
    #[serde(default)]
    pub enabling_stay: bool,
    #[serde(default)]
    pub stay_for_benefit: bool,
    #[serde(default)]
    pub stay_by_illegal_means: bool,
    #[serde(default)]
    pub irregular_migration: bool,
    #[serde(default)]
    pub overstayed_visa: bool,
    #[serde(default)]
    pub no_residence_card: bool,
    #[serde(default)]
    pub within_one_country: bool,
    #[serde(default)]
    pub victim: BTreeSet<VictimAct>,
    #[serde(default)]
    pub around_victim: BTreeSet<AroundVictim>,
}

impl From<FactsInput> for Facts {
    fn from(i: FactsInput) -> Facts {
        let mut illegal_entry = i.illegal_entry;
        if i.illegal_entry_procured && illegal_entry.is_none() {
            illegal_entry = Some(Stage::Completed);
        }
        let (mut moroccan_entry, mut moroccan_exit) = (i.moroccan_entry, i.moroccan_exit);
        match i.moroccan_border {
            MoroccanBorder::None => {}
            MoroccanBorder::Entry => {
                moroccan_entry.get_or_insert(Stage::Completed);
            }
            MoroccanBorder::Exit => {
                moroccan_exit.get_or_insert(Stage::Completed);
            }
        }
        Facts {
            acts: i.acts,
            means: i.means,
            purposes: i.purposes,
            child: i.child,
            consent: i.consent,
            exploitation_effects: i.exploitation_effects,
            trafficking_stage: i.trafficking_stage,
            illegal_entry,
            entry_into: i.entry_into,
            moroccan_entry,
            moroccan_exit,
            away_from_post: i.away_from_post,
            false_papers_at_post: i.false_papers_at_post,
            own_crossing_attempted: i.own_crossing_attempted,
            benefit: i.benefit,
            lives_endangered: i.lives_endangered,
            degrading_treatment: i.degrading_treatment,
            art52_aggravations: i.art52_aggravations,
            fraudulent_documents: i.fraudulent_documents,
            enabling_stay: i.enabling_stay,
            stay_for_benefit: i.stay_for_benefit,
            stay_by_illegal_means: i.stay_by_illegal_means,
            irregular_migration: i.irregular_migration,
            overstayed_visa: i.overstayed_visa,
            no_residence_card: i.no_residence_card,
            within_one_country: i.within_one_country,
            victim: i.victim,
            around_victim: i.around_victim,
        }
    }
}

/// One switchable fact, as listed by the what-if explorer and by error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactKey {
    Act(Act),
    Means(Means),
    Purpose(Purpose),
    Child,
    Consent,
    /// A limb of the ¶4 threshold of Art. 448-1.
    Effect(ThresholdLimb),
    /// The trafficking stopped at this stage (`Planned` or `Attempted`; `Completed` is the default).
    TraffickingStage(Stage),
    /// A procured illegal entry that reached this stage.
    IllegalEntry(Stage),
    EntryInto(EntryState),
    MoroccanEntry(Stage),
    MoroccanExit(Stage),
    AwayFromPost,
    FalsePapersAtPost,
    Benefit,
    LivesEndangered,
    DegradingTreatment,
    Art52(Art52Aggravation),
    FraudulentDocuments,
    EnablingStay,
    StayForBenefit,
    StayByIllegalMeans,
    IrregularMigration,
    OverstayedVisa,
    NoResidenceCard,
    WithinOneCountry,
    OwnCrossingAttempted,
    Victim(VictimAct),
    AroundVictim(AroundVictim),
}

fn set<T: Ord>(set: &mut BTreeSet<T>, item: T, on: bool) {
    if on {
        set.insert(item);
    } else {
        set.remove(&item);
    }
}

fn set_option<T: PartialEq>(slot: &mut Option<T>, value: T, on: bool) {
    if on {
        *slot = Some(value);
    } else if slot.as_ref() == Some(&value) {
        *slot = None;
    }
}

impl Facts {
    /// Every fact key that can be switched, in a stable order.
    pub fn all_keys() -> Vec<FactKey> {
        let mut keys: Vec<FactKey> = Vec::new();
        keys.extend(Act::ALL.iter().map(|a| FactKey::Act(*a)));
        keys.extend(Means::ALL.iter().map(|m| FactKey::Means(*m)));
        keys.extend(Purpose::ALL.iter().map(|p| FactKey::Purpose(*p)));
        keys.extend([FactKey::Child, FactKey::Consent]);
        keys.extend(ThresholdLimb::ALL.iter().map(|t| FactKey::Effect(*t)));
        keys.extend([
            FactKey::TraffickingStage(Stage::Planned),
            FactKey::TraffickingStage(Stage::Attempted),
        ]);
        keys.extend(Stage::ALL.iter().rev().map(|s| FactKey::IllegalEntry(*s)));
        keys.extend(EntryState::ALL.iter().map(|s| FactKey::EntryInto(*s)));
        keys.extend(Stage::ALL.iter().rev().map(|s| FactKey::MoroccanEntry(*s)));
        keys.extend(Stage::ALL.iter().rev().map(|s| FactKey::MoroccanExit(*s)));
        keys.extend([
            FactKey::AwayFromPost,
            FactKey::FalsePapersAtPost,
            FactKey::OwnCrossingAttempted,
            FactKey::Benefit,
        ]);
        keys.extend([FactKey::LivesEndangered, FactKey::DegradingTreatment]);
        keys.extend(Art52Aggravation::ALL.iter().map(|a| FactKey::Art52(*a)));
        keys.extend([
            FactKey::FraudulentDocuments,
            FactKey::EnablingStay,
            FactKey::StayForBenefit,
            FactKey::StayByIllegalMeans,
            FactKey::IrregularMigration,
            FactKey::OverstayedVisa,
            FactKey::NoResidenceCard,
            FactKey::WithinOneCountry,
        ]);
        keys.extend(VictimAct::ALL.iter().map(|v| FactKey::Victim(*v)));
        keys.extend(AroundVictim::ALL.iter().map(|a| FactKey::AroundVictim(*a)));
        keys
    }

    /// Whether a fact holds.
    pub fn has(&self, key: FactKey) -> bool {
        match key {
            FactKey::Act(a) => self.acts.contains(&a),
            FactKey::Means(m) => self.means.contains(&m),
            FactKey::Purpose(p) => self.purposes.contains(&p),
            FactKey::Child => self.child,
            FactKey::Consent => self.consent,
            FactKey::Effect(t) => self.exploitation_effects.contains(&t),
            FactKey::TraffickingStage(s) => self.trafficking_stage == s,
            FactKey::IllegalEntry(s) => self.illegal_entry == Some(s),
            FactKey::EntryInto(s) => self.entry_into == Some(s),
            FactKey::MoroccanEntry(s) => self.moroccan_entry == Some(s),
            FactKey::MoroccanExit(s) => self.moroccan_exit == Some(s),
            FactKey::AwayFromPost => self.away_from_post,
            FactKey::FalsePapersAtPost => self.false_papers_at_post,
            FactKey::OwnCrossingAttempted => self.own_crossing_attempted,
            FactKey::Benefit => self.benefit,
            FactKey::LivesEndangered => self.lives_endangered,
            FactKey::DegradingTreatment => self.degrading_treatment,
            FactKey::Art52(a) => self.art52_aggravations.contains(&a),
            FactKey::FraudulentDocuments => self.fraudulent_documents,
            FactKey::EnablingStay => self.enabling_stay,
            FactKey::StayForBenefit => self.stay_for_benefit,
            FactKey::StayByIllegalMeans => self.stay_by_illegal_means,
            FactKey::IrregularMigration => self.irregular_migration,
            FactKey::OverstayedVisa => self.overstayed_visa,
            FactKey::NoResidenceCard => self.no_residence_card,
            FactKey::WithinOneCountry => self.within_one_country,
            FactKey::Victim(v) => self.victim.contains(&v),
            FactKey::AroundVictim(a) => self.around_victim.contains(&a),
        }
    }

    /// Returns a copy with one fact switched on or off.
    pub fn with(&self, key: FactKey, on: bool) -> Facts {
        let mut next = self.clone();
        match key {
            FactKey::Act(a) => set(&mut next.acts, a, on),
            FactKey::Means(m) => set(&mut next.means, m, on),
            FactKey::Purpose(p) => set(&mut next.purposes, p, on),
            FactKey::Child => next.child = on,
            FactKey::Consent => next.consent = on,
            FactKey::Effect(t) => set(&mut next.exploitation_effects, t, on),
            FactKey::TraffickingStage(s) => {
                if on {
                    next.trafficking_stage = s;
                } else if next.trafficking_stage == s {
                    next.trafficking_stage = Stage::Completed;
                }
            }
            FactKey::IllegalEntry(s) => set_option(&mut next.illegal_entry, s, on),
            FactKey::EntryInto(s) => set_option(&mut next.entry_into, s, on),
            FactKey::MoroccanEntry(s) => set_option(&mut next.moroccan_entry, s, on),
            FactKey::MoroccanExit(s) => set_option(&mut next.moroccan_exit, s, on),
            FactKey::AwayFromPost => next.away_from_post = on,
            FactKey::FalsePapersAtPost => next.false_papers_at_post = on,
            FactKey::OwnCrossingAttempted => next.own_crossing_attempted = on,
            FactKey::Benefit => next.benefit = on,
            FactKey::LivesEndangered => next.lives_endangered = on,
            FactKey::DegradingTreatment => next.degrading_treatment = on,
            FactKey::Art52(a) => set(&mut next.art52_aggravations, a, on),
            FactKey::FraudulentDocuments => next.fraudulent_documents = on,
            FactKey::EnablingStay => next.enabling_stay = on,
            FactKey::StayForBenefit => next.stay_for_benefit = on,
            FactKey::StayByIllegalMeans => next.stay_by_illegal_means = on,
            FactKey::IrregularMigration => next.irregular_migration = on,
            FactKey::OverstayedVisa => next.overstayed_visa = on,
            FactKey::NoResidenceCard => next.no_residence_card = on,
            FactKey::WithinOneCountry => next.within_one_country = on,
            FactKey::Victim(v) => set(&mut next.victim, v, on),
            FactKey::AroundVictim(a) => set(&mut next.around_victim, a, on),
        }
        next
    }

    /// The facts that hold, in the order of [`Facts::all_keys`].
    pub fn keys(&self) -> Vec<FactKey> {
        Facts::all_keys().into_iter().filter(|k| self.has(*k)).collect()
    }

    /// A crossing of Morocco's border that someone organised or facilitated, at any stage.
    pub fn moroccan_crossing(&self) -> bool {
        self.moroccan_entry.is_some() || self.moroccan_exit.is_some()
    }

    /// The furthest stage any facilitated crossing of Morocco's border reached.
    pub fn moroccan_stage(&self) -> Option<Stage> {
        self.moroccan_entry.max(self.moroccan_exit)
    }

    /// Any border crossing at all among the facts.
    pub fn any_crossing(&self) -> bool {
        self.illegal_entry.is_some() || self.moroccan_crossing() || self.entry_into.is_some()
    }

    /// Facts that contradict each other, named for the author (an empty list when consistent).
    pub fn contradictions(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.within_one_country && (self.any_crossing() || self.away_from_post || self.false_papers_at_post) {
            out.push("`within-one-country` is set, but a border crossing is typed too");
        }
        if self.entry_into == Some(EntryState::Morocco) && self.illegal_entry.is_some() && self.moroccan_entry.is_none()
        {
            out.push("an illegal entry into Morocco was procured, but no clandestine entry into Morocco (`moroccan-entry`) is typed");
        }
        if self.entry_into.is_some() && self.illegal_entry.is_none() {
            out.push("`entry-into` names a State, but no illegal entry (`illegal-entry`) is typed");
        }
        if (self.stay_for_benefit || self.stay_by_illegal_means) && !self.enabling_stay {
            out.push("how the stay was enabled is typed, but not `enabling-stay`");
        }
        let victim_detail = self
            .victim
            .iter()
            .any(|v| matches!(v, VictimAct::UnderThreat | VictimAct::LinkedToTrafficking));
        if victim_detail && !self.victim.contains(&VictimAct::CommittedOffence) {
            out.push(
                "the victim acted under threat or in a linked way, but `victim = [\"committed-offence\"]` is not typed",
            );
        }
        if self.own_crossing_attempted && !self.away_from_post && !self.false_papers_at_post {
            out.push("`own-crossing-attempted` is set, but neither `away-from-post` nor `false-papers-at-post`");
        }
        if self.around_victim.contains(&AroundVictim::NonReporterIsRelative)
            && !self.around_victim.contains(&AroundVictim::FailedToReport)
        {
            out.push("the non-reporter's kinship is typed, but not `failed-to-report`");
        }
        out
    }
}

impl FactKey {
    /// The key as written in content files: `act:recruitment`, `moroccan-exit:attempted`, `benefit`...
    pub fn code(self) -> String {
        match self {
            FactKey::Act(a) => format!("act:{}", a.code()),
            FactKey::Means(m) => format!("means:{}", m.code()),
            FactKey::Purpose(p) => format!("purpose:{}", p.code()),
            FactKey::Child => "child".into(),
            FactKey::Consent => "consent".into(),
            FactKey::Effect(t) => format!("exploitation-effects:{}", t.code()),
            FactKey::TraffickingStage(s) => format!("trafficking-stage:{}", s.code()),
            FactKey::IllegalEntry(s) => format!("illegal-entry:{}", s.code()),
            FactKey::EntryInto(s) => format!("entry-into:{}", s.code()),
            FactKey::MoroccanEntry(s) => format!("moroccan-entry:{}", s.code()),
            FactKey::MoroccanExit(s) => format!("moroccan-exit:{}", s.code()),
            FactKey::AwayFromPost => "away-from-post".into(),
            FactKey::FalsePapersAtPost => "false-papers-at-post".into(),
            FactKey::OwnCrossingAttempted => "own-crossing-attempted".into(),
            FactKey::Benefit => "benefit".into(),
            FactKey::LivesEndangered => "lives-endangered".into(),
            FactKey::DegradingTreatment => "degrading-treatment".into(),
            FactKey::Art52(a) => format!("art52-aggravations:{}", a.code()),
            FactKey::FraudulentDocuments => "fraudulent-documents".into(),
            FactKey::EnablingStay => "enabling-stay".into(),
            FactKey::StayForBenefit => "stay-for-benefit".into(),
            FactKey::StayByIllegalMeans => "stay-by-illegal-means".into(),
            FactKey::IrregularMigration => "irregular-migration".into(),
            FactKey::OverstayedVisa => "overstayed-visa".into(),
            FactKey::NoResidenceCard => "no-residence-card".into(),
            FactKey::WithinOneCountry => "within-one-country".into(),
            FactKey::Victim(v) => format!("victim:{}", v.code()),
            FactKey::AroundVictim(a) => format!("around-victim:{}", a.code()),
        }
    }

    /// Reads a key, including the codes of the earlier vocabulary (`illegal-entry-procured`,
    /// `moroccan-border:entry`, `moroccan-border:exit`), which keep their exact meaning.
    pub fn from_code(code: &str) -> Option<FactKey> {
        match code {
            "illegal-entry-procured" => return Some(FactKey::IllegalEntry(Stage::Completed)),
            "moroccan-border:entry" => return Some(FactKey::MoroccanEntry(Stage::Completed)),
            "moroccan-border:exit" => return Some(FactKey::MoroccanExit(Stage::Completed)),
            _ => {}
        }
        Facts::all_keys().into_iter().find(|k| k.code() == code)
    }
}

impl Serialize for FactKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for FactKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        FactKey::from_code(&code).ok_or_else(|| serde::de::Error::custom(format!("unknown fact `{code}`")))
    }
}

/// Switching one fact on or off: an option of a "what would change the verdict?" question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FactChange {
    pub fact: FactKey,
    /// `true` adds the fact, `false` removes it.
    pub set: bool,
}

impl FactChange {
    pub fn apply(&self, facts: &Facts) -> Facts {
        facts.with(self.fact, self.set)
    }
}
