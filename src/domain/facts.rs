//! The typed facts a case step declares: the vocabulary the legal engine reasons over.
//!
//! Facts are never free text, so the engine, not the author, decides what the law makes of them.

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
    /// Acting as an intermediary: named by Law 27-14 (Penal Code Art. 448-1), not by the Protocol.
    Intermediary,
}

impl Act {
    pub const ALL: [Act; 6] = [
        Act::Recruitment,
        Act::Transport,
        Act::Transfer,
        Act::Harbouring,
        Act::Receipt,
        Act::Intermediary,
    ];

    /// Whether the Trafficking Protocol, Art. 3(a), names this act.
    pub fn in_protocol(self) -> bool {
        !matches!(self, Act::Intermediary)
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
}

impl Means {
    pub const ALL: [Means; 10] = [
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
    ];

    /// Whether the Trafficking Protocol, Art. 3(a), names this means.
    pub fn in_protocol(self) -> bool {
        !matches!(self, Means::ExploitingNeed)
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

    /// Whether the Protocol's minimum list (Art. 3(a)) names this form; the others fall in its open list.
    pub fn named_in_protocol(self) -> bool {
        matches!(
            self,
            Purpose::SexualExploitation
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
            Purpose::Pornography
                | Purpose::ForcedBegging
                | Purpose::ForcedCriminality
                | Purpose::MedicalExperimentation
                | Purpose::ArmedConflict
        )
    }
}

/// Whether someone organised or facilitated a clandestine crossing of Morocco's border.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum MoroccanBorder {
    /// No one organised or facilitated a clandestine crossing of Morocco's border.
    #[default]
    None,
    /// Someone organised or facilitated a clandestine entry into Morocco.
    Entry,
    /// Someone organised or facilitated a clandestine exit from Morocco.
    Exit,
}

/// Everything the engine needs to know about one moment of a case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Facts {
    #[serde(default)]
    pub acts: BTreeSet<Act>,
    #[serde(default)]
    pub means: BTreeSet<Means>,
    #[serde(default)]
    pub purposes: BTreeSet<Purpose>,
    /// The person is under 18 (Trafficking Protocol Art. 3(d)).
    #[serde(default)]
    pub child: bool,
    /// The person agreed, at some point, to the travel or the work.
    #[serde(default)]
    pub consent: bool,
    /// Another person procured the person's illegal entry into a State of which they are
    /// neither a national nor a permanent resident (Smuggling Protocol Art. 3(a)).
    #[serde(default)]
    pub illegal_entry_procured: bool,
    /// Someone organised or facilitated a clandestine entry into or exit from Morocco (Law 02-03 Art. 52).
    #[serde(default)]
    pub moroccan_border: MoroccanBorder,
    /// The person who arranged the crossing obtained a financial or other material benefit.
    #[serde(default)]
    pub benefit: bool,
    /// The smuggling endangered the migrants' lives or safety (Smuggling Protocol Art. 6(3)(a)).
    #[serde(default)]
    pub lives_endangered: bool,
    /// The migrants suffered inhuman or degrading treatment (Smuggling Protocol Art. 6(3)(b)).
    #[serde(default)]
    pub degrading_treatment: bool,
    /// Fraudulent travel or identity documents were produced, supplied or used.
    #[serde(default)]
    pub fraudulent_documents: bool,
    /// The person entered or stayed in a country without meeting its legal requirements.
    #[serde(default)]
    pub irregular_migration: bool,
}

/// One switchable fact, as listed by the what-if explorer and by error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactKey {
    Act(Act),
    Means(Means),
    Purpose(Purpose),
    Child,
    Consent,
    IllegalEntryProcured,
    MoroccanBorder(MoroccanBorder),
    Benefit,
    LivesEndangered,
    DegradingTreatment,
    FraudulentDocuments,
    IrregularMigration,
}

impl Facts {
    /// Every fact key that can be switched, in a stable order.
    pub fn all_keys() -> Vec<FactKey> {
        let mut keys: Vec<FactKey> = Vec::new();
        keys.extend(Act::ALL.iter().map(|a| FactKey::Act(*a)));
        keys.extend(Means::ALL.iter().map(|m| FactKey::Means(*m)));
        keys.extend(Purpose::ALL.iter().map(|p| FactKey::Purpose(*p)));
        keys.extend([
            FactKey::Child,
            FactKey::Consent,
            FactKey::IllegalEntryProcured,
            FactKey::MoroccanBorder(MoroccanBorder::Entry),
            FactKey::MoroccanBorder(MoroccanBorder::Exit),
            FactKey::Benefit,
            FactKey::LivesEndangered,
            FactKey::DegradingTreatment,
            FactKey::FraudulentDocuments,
            FactKey::IrregularMigration,
        ]);
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
            FactKey::IllegalEntryProcured => self.illegal_entry_procured,
            FactKey::MoroccanBorder(b) => b != MoroccanBorder::None && self.moroccan_border == b,
            FactKey::Benefit => self.benefit,
            FactKey::LivesEndangered => self.lives_endangered,
            FactKey::DegradingTreatment => self.degrading_treatment,
            FactKey::FraudulentDocuments => self.fraudulent_documents,
            FactKey::IrregularMigration => self.irregular_migration,
        }
    }

    /// Returns a copy with one fact switched on or off.
    pub fn with(&self, key: FactKey, on: bool) -> Facts {
        let mut next = self.clone();
        fn set<T: Ord>(set: &mut BTreeSet<T>, item: T, on: bool) {
            if on {
                set.insert(item);
            } else {
                set.remove(&item);
            }
        }
        match key {
            FactKey::Act(a) => set(&mut next.acts, a, on),
            FactKey::Means(m) => set(&mut next.means, m, on),
            FactKey::Purpose(p) => set(&mut next.purposes, p, on),
            FactKey::Child => next.child = on,
            FactKey::Consent => next.consent = on,
            FactKey::IllegalEntryProcured => next.illegal_entry_procured = on,
            FactKey::MoroccanBorder(b) => {
                if on {
                    next.moroccan_border = b;
                } else if next.moroccan_border == b {
                    next.moroccan_border = MoroccanBorder::None;
                }
            }
            FactKey::Benefit => next.benefit = on,
            FactKey::LivesEndangered => next.lives_endangered = on,
            FactKey::DegradingTreatment => next.degrading_treatment = on,
            FactKey::FraudulentDocuments => next.fraudulent_documents = on,
            FactKey::IrregularMigration => next.irregular_migration = on,
        }
        next
    }

    /// The facts that hold, in the order of [`Facts::all_keys`].
    pub fn keys(&self) -> Vec<FactKey> {
        Facts::all_keys().into_iter().filter(|k| self.has(*k)).collect()
    }
}

impl FactKey {
    /// The key as written in content files: `act:recruitment`, `means:deception`, `benefit`...
    pub fn code(self) -> String {
        use crate::domain::wire_name::WireName;
        match self {
            FactKey::Act(a) => format!("act:{}", a.kebab_name()),
            FactKey::Means(m) => format!("means:{}", m.kebab_name()),
            FactKey::Purpose(p) => format!("purpose:{}", p.kebab_name()),
            FactKey::MoroccanBorder(b) => format!("moroccan-border:{}", b.kebab_name()),
            FactKey::Child => "child".into(),
            FactKey::Consent => "consent".into(),
            FactKey::IllegalEntryProcured => "illegal-entry-procured".into(),
            FactKey::Benefit => "benefit".into(),
            FactKey::LivesEndangered => "lives-endangered".into(),
            FactKey::DegradingTreatment => "degrading-treatment".into(),
            FactKey::FraudulentDocuments => "fraudulent-documents".into(),
            FactKey::IrregularMigration => "irregular-migration".into(),
        }
    }

    pub fn from_code(code: &str) -> Option<FactKey> {
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
