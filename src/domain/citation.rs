//! The legal provisions the engine cites, and what each one says.
//!
//! The table in [`Citation::says`] is the engine's only licence to cite: every conclusion carries
//! the [`Point`] of law it rests on, and `tests/citations.rs` checks, on every situation the
//! engine can meet, that the article printed beside it says that point. So an article can never
//! be cited for what it does not say (fraudulent documents are not Law 02.03 Art. 52; the consent
//! rule is not Penal Code Art. 448-1). The one-line text of each article, in every language, is
//! in `i18n::law_labels::article_line`; the source numbers are those of domain-facts.md.

use serde::{Deserialize, Serialize};

/// A provision of law the engine relies on for one of its conclusions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Citation {
    /// Trafficking Protocol Art. 3(a): act, means and purpose.
    TraffickingProtocolArt3a,
    /// Trafficking Protocol Art. 3(b): consent irrelevant once a means is used.
    TraffickingProtocolArt3b,
    /// Trafficking Protocol Art. 3(c): a child needs no means.
    TraffickingProtocolArt3c,
    /// Trafficking Protocol Art. 3(d): a child is anyone under 18.
    TraffickingProtocolArt3d,
    /// Trafficking Protocol Art. 4: scope (transnational, organised criminal group).
    TraffickingProtocolArt4,
    /// Trafficking Protocol Art. 5(2)(a): attempting trafficking.
    TraffickingProtocolArt5_2a,
    /// UNTOC Art. 34(2): domestic offences regardless of transnational nature.
    UntocArt34_2,
    /// Smuggling Protocol Art. 3(a): procuring illegal entry for a benefit.
    SmugglingProtocolArt3a,
    /// Smuggling Protocol Art. 4: scope.
    SmugglingProtocolArt4,
    /// Smuggling Protocol Art. 5: migrants are not liable for having been smuggled.
    SmugglingProtocolArt5,
    /// Smuggling Protocol Art. 6(1)(b): fraudulent documents, to enable smuggling, for a benefit.
    SmugglingProtocolArt6_1b,
    /// Smuggling Protocol Art. 6(1)(c): enabling a person to remain illegally, for a benefit.
    SmugglingProtocolArt6_1c,
    /// Smuggling Protocol Art. 6(2)(a): attempting an Art. 6(1) offence.
    SmugglingProtocolArt6_2a,
    /// Smuggling Protocol Art. 6(3): aggravating circumstances.
    SmugglingProtocolArt6_3,
    /// Smuggling Protocol Art. 6(4): domestic law stays available.
    SmugglingProtocolArt6_4,
    /// OHCHR Recommended Principles (2002), Principle 7: non-punishment (soft law).
    OhchrPrinciple7,
    /// Penal Code Art. 448-1, added by Law 27-14: the definition of trafficking.
    PenalCodeArt448_1,
    /// Penal Code Art. 448-1, last paragraph (¶4): the threshold of exploitation.
    PenalCodeArt448_1Para4,
    /// Penal Code Art. 448-7: failing to report trafficking.
    PenalCodeArt448_7,
    /// Penal Code Art. 448-8: preventing testimony or inducing false testimony.
    PenalCodeArt448_8,
    /// Penal Code Art. 448-9: endangering a victim or witness by revealing identity or whereabouts; the victim.
    PenalCodeArt448_9,
    /// Penal Code Art. 448-14: non-punishment of victims (as reported; text unverified).
    PenalCodeArt448_14,
    /// Penal Code Art. 114: attempt of a crime.
    PenalCodeArt114,
    /// Penal Code Art. 115: attempt of a délit, only where a text says so.
    PenalCodeArt115,
    /// The Penal Code's forgery provisions (article numbers unverified).
    PenalCodeForgery,
    /// Law 02.03 Art. 42: staying beyond one's visa.
    Law0203Art42,
    /// Law 02.03 Art. 43: residing without a registration or residence card.
    Law0203Art43,
    /// Law 02.03 Art. 50: clandestine entry or exit (away from a post, or through one by fraud).
    Law0203Art50,
    /// Law 02.03 Art. 52: organising or facilitating clandestine entry or exit, free or paid.
    Law0203Art52,
}

/// A point of law: what a conclusion of the engine rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Point {
    /// The elements of trafficking (act, means, purpose).
    TraffickingDefinition,
    /// Consent obtained by a listed means is no defence.
    ConsentIrrelevant,
    /// A child needs no means.
    ChildNoMeans,
    /// A child's consent changes nothing: the Protocol's child rule (Art. 3(c)) needs no means, so
    /// no consent can be set against it. Penal Code Art. 448-1 has no consent clause and is never
    /// cited for this (finding C1).
    ChildConsentIrrelevant,
    /// A child is anyone under 18.
    ChildUnder18,
    /// The exploitation must alienate the will, deny the freedom to change, harm dignity.
    ExploitationThreshold,
    /// Attempting trafficking is to be criminalised.
    TraffickingAttempt,
    /// Domestic offences do not need transnationality or an organised group.
    NoTransnationalityNeeded,
    /// The Protocol's cooperation machinery covers transnational offences with an organised group.
    ProtocolScope,
    /// Smuggling: procuring illegal entry for a benefit.
    SmugglingDefinition,
    /// Attempting smuggling is to be criminalised.
    SmugglingAttempt,
    /// Producing or providing fraudulent documents to enable smuggling, for a benefit.
    DocumentOffence,
    /// Enabling illegal stay for a benefit, by fraudulent documents or other illegal means.
    EnablingStay,
    /// Endangering lives or safety; inhuman or degrading treatment.
    SmugglingAggravation,
    /// Migrants are not liable under the Protocol for having been smuggled.
    MigrantNotLiable,
    /// Domestic law stays available against anyone, the migrant included.
    DomesticLawKept,
    /// Organising or facilitating a clandestine entry into or exit from Morocco.
    OrganisingClandestineCrossing,
    /// Art. 52 applies free or paid.
    NoProfitElement,
    /// Habitual commission, permanent incapacity, death.
    Art52Aggravation,
    /// Entering or leaving Morocco away from a post, or through one by fraud.
    ClandestineCrossing,
    /// Staying beyond one's visa.
    Overstay,
    /// Residing without a registration or residence card.
    NoResidenceCard,
    /// The attempt of a crime is punished as the crime.
    AttemptOfCrime,
    /// The attempt of a délit is punished only where a text says so.
    AttemptOfDelitNeedsText,
    /// Failing to report someone who committed or began to commit trafficking.
    FailingToReport,
    /// A spouse, ascendant or descendant of the offender has an absolutory excuse for not reporting.
    FamilyExcuse,
    /// Force, threats or promises to stop testimony or get false testimony.
    WitnessIntimidation,
    /// Endangering a victim or witness by revealing identity or residence.
    RevealingVictim,
    /// Who is a victim.
    VictimDefinition,
    /// No prosecution for acts under threat directly linked to being trafficked.
    NonPunishmentThreatLinked,
    /// Trafficked persons should not be prosecuted for irregular entry or stay, or for offences resulting from it.
    NonPunishmentSoftLaw,
    /// Forging documents is a Penal Code offence.
    Forgery,
}

impl Citation {
    pub const ALL: [Citation; 29] = [
        Citation::TraffickingProtocolArt3a,
        Citation::TraffickingProtocolArt3b,
        Citation::TraffickingProtocolArt3c,
        Citation::TraffickingProtocolArt3d,
        Citation::TraffickingProtocolArt4,
        Citation::TraffickingProtocolArt5_2a,
        Citation::UntocArt34_2,
        Citation::SmugglingProtocolArt3a,
        Citation::SmugglingProtocolArt4,
        Citation::SmugglingProtocolArt5,
        Citation::SmugglingProtocolArt6_1b,
        Citation::SmugglingProtocolArt6_1c,
        Citation::SmugglingProtocolArt6_2a,
        Citation::SmugglingProtocolArt6_3,
        Citation::SmugglingProtocolArt6_4,
        Citation::OhchrPrinciple7,
        Citation::PenalCodeArt448_1,
        Citation::PenalCodeArt448_1Para4,
        Citation::PenalCodeArt448_7,
        Citation::PenalCodeArt448_8,
        Citation::PenalCodeArt448_9,
        Citation::PenalCodeArt448_14,
        Citation::PenalCodeArt114,
        Citation::PenalCodeArt115,
        Citation::PenalCodeForgery,
        Citation::Law0203Art42,
        Citation::Law0203Art43,
        Citation::Law0203Art50,
        Citation::Law0203Art52,
    ];

    /// What the article says: the points it may be cited for, and no others.
    pub fn says(self) -> &'static [Point] {
        use Point::*;
        match self {
            Citation::TraffickingProtocolArt3a => &[TraffickingDefinition],
            Citation::TraffickingProtocolArt3b => &[ConsentIrrelevant],
            Citation::TraffickingProtocolArt3c => &[ChildNoMeans, ChildConsentIrrelevant],
            Citation::TraffickingProtocolArt3d => &[ChildUnder18],
            Citation::TraffickingProtocolArt4 => &[ProtocolScope],
            Citation::TraffickingProtocolArt5_2a => &[TraffickingAttempt],
            Citation::UntocArt34_2 => &[NoTransnationalityNeeded],
            Citation::SmugglingProtocolArt3a => &[SmugglingDefinition],
            Citation::SmugglingProtocolArt4 => &[ProtocolScope],
            Citation::SmugglingProtocolArt5 => &[MigrantNotLiable],
            Citation::SmugglingProtocolArt6_1b => &[DocumentOffence],
            Citation::SmugglingProtocolArt6_1c => &[EnablingStay],
            Citation::SmugglingProtocolArt6_2a => &[SmugglingAttempt],
            Citation::SmugglingProtocolArt6_3 => &[SmugglingAggravation],
            Citation::SmugglingProtocolArt6_4 => &[DomesticLawKept],
            Citation::OhchrPrinciple7 => &[NonPunishmentSoftLaw],
            // ¶1 definition (acts with luring and intermediation, means with abuse of function and
            // need), ¶2 the child rule (under 18, no means). No consent clause.
            Citation::PenalCodeArt448_1 => &[TraffickingDefinition, ChildNoMeans, ChildUnder18],
            Citation::PenalCodeArt448_1Para4 => &[ExploitationThreshold],
            Citation::PenalCodeArt448_7 => &[FailingToReport, FamilyExcuse],
            Citation::PenalCodeArt448_8 => &[WitnessIntimidation],
            Citation::PenalCodeArt448_9 => &[RevealingVictim, VictimDefinition],
            Citation::PenalCodeArt448_14 => &[NonPunishmentThreatLinked],
            Citation::PenalCodeArt114 => &[AttemptOfCrime],
            Citation::PenalCodeArt115 => &[AttemptOfDelitNeedsText],
            Citation::PenalCodeForgery => &[Forgery],
            Citation::Law0203Art42 => &[Overstay],
            Citation::Law0203Art43 => &[NoResidenceCard],
            Citation::Law0203Art50 => &[ClandestineCrossing],
            // Organising or facilitating, "free or paid", and its aggravations. Not a document
            // offence, not endangerment, not stay.
            Citation::Law0203Art52 => &[OrganisingClandestineCrossing, NoProfitElement, Art52Aggravation],
        }
    }

    /// Whether the article may be cited for a point.
    pub fn supports(self, point: Point) -> bool {
        self.says().contains(&point)
    }

    /// The brief's source numbers for the article (domain-facts.md, "Sources").
    pub fn source(self) -> &'static str {
        match self {
            Citation::TraffickingProtocolArt3a => "[1][2][99]",
            Citation::TraffickingProtocolArt3b => "[1][99]",
            Citation::TraffickingProtocolArt3c => "[3][99]",
            Citation::TraffickingProtocolArt3d => "[3][99]",
            Citation::TraffickingProtocolArt4 => "[99]",
            Citation::TraffickingProtocolArt5_2a => "[99]",
            Citation::UntocArt34_2 => "[9][94]",
            Citation::SmugglingProtocolArt3a => "[4][92]",
            Citation::SmugglingProtocolArt4 => "[92]",
            Citation::SmugglingProtocolArt5 => "[92]",
            Citation::SmugglingProtocolArt6_1b => "[90]",
            Citation::SmugglingProtocolArt6_1c => "[90]",
            Citation::SmugglingProtocolArt6_2a => "[93]",
            Citation::SmugglingProtocolArt6_3 => "[91]",
            Citation::SmugglingProtocolArt6_4 => "[92]",
            Citation::OhchrPrinciple7 => "[61]",
            Citation::PenalCodeArt448_1 => "[24][26][80]",
            Citation::PenalCodeArt448_1Para4 => "[24][98]",
            Citation::PenalCodeArt448_7 => "[81]",
            Citation::PenalCodeArt448_8 => "[81]",
            Citation::PenalCodeArt448_9 => "[81]",
            Citation::PenalCodeArt448_14 => "[82]",
            Citation::PenalCodeArt114 => "[89]",
            Citation::PenalCodeArt115 => "[89]",
            Citation::PenalCodeForgery => "§4, §9",
            Citation::Law0203Art42 => "[86]",
            Citation::Law0203Art43 => "[86]",
            Citation::Law0203Art50 => "[39][87]",
            Citation::Law0203Art52 => "[38][87]",
        }
    }

    /// The public source a reader can check for the article (the sources behind `source()`'s
    /// numbers), printed beside the article line instead of the brief's numbers (finding L27).
    pub fn public_source(self) -> &'static str {
        match self {
            Citation::TraffickingProtocolArt3a
            | Citation::TraffickingProtocolArt3b
            | Citation::TraffickingProtocolArt3c
            | Citation::TraffickingProtocolArt3d
            | Citation::TraffickingProtocolArt4
            | Citation::TraffickingProtocolArt5_2a => "Trafficking in Persons Protocol (2000), Arts. 3–5 (ungift.org)",
            Citation::UntocArt34_2 => "UNTOC (2000), Art. 34(2)",
            Citation::SmugglingProtocolArt3a
            | Citation::SmugglingProtocolArt4
            | Citation::SmugglingProtocolArt5
            | Citation::SmugglingProtocolArt6_4 => "Smuggling of Migrants Protocol (2000), Arts. 3–6",
            Citation::SmugglingProtocolArt6_1b | Citation::SmugglingProtocolArt6_1c => {
                "UNODC E4J, Smuggling of Migrants, Module 1: offences under the Protocol"
            }
            Citation::SmugglingProtocolArt6_2a => "Smuggling of Migrants Protocol (2000), Art. 6(2)",
            Citation::SmugglingProtocolArt6_3 => {
                "UNODC E4J, Smuggling of Migrants, Module 1: aggravating circumstances"
            }
            Citation::OhchrPrinciple7 => {
                "OHCHR, Recommended Principles and Guidelines on Human Rights and Human Trafficking (2002), Principle 7"
            }
            Citation::PenalCodeArt448_1 | Citation::PenalCodeArt448_1Para4 => {
                "SHERLOC, Law 27-14, Arts. 448.1–448.5; dahir 1.16.127 (Arabic text)"
            }
            Citation::PenalCodeArt448_7 | Citation::PenalCodeArt448_8 | Citation::PenalCodeArt448_9 => {
                "SHERLOC, Law 27-14, Arts. 448.7–448.14"
            }
            Citation::PenalCodeArt448_14 => "Press reports of the 2018 circular of the Head of the Public Prosecution",
            Citation::PenalCodeArt114 | Citation::PenalCodeArt115 => "Penal Code, Arts. 114–116",
            Citation::PenalCodeForgery => "Penal Code (articles not identified)",
            Citation::Law0203Art42 | Citation::Law0203Art43 => {
                "GADEM, legal guide: irregular stay (Law 02.03, Arts. 42–43)"
            }
            Citation::Law0203Art50 => "GADEM, legal guide: penalties for irregular emigration (Law 02.03, Art. 50)",
            Citation::Law0203Art52 => {
                "GADEM, legal guide: «\u{202f}le délit de solidarité\u{202f}» (Law 02.03, Art. 52)"
            }
        }
    }

    /// Soft law: guidance that says what States *should* do, binding no one.
    pub fn is_soft_law(self) -> bool {
        self == Citation::OhchrPrinciple7
    }

    /// The text of the article was not seen by the brief (§9): its line says so.
    pub fn text_unverified(self) -> bool {
        // Art. 52: its aggravations come from a secondary summary; an organised-group aggravation
        // is unverified (finding C2).
        matches!(
            self,
            Citation::PenalCodeArt448_14 | Citation::PenalCodeForgery | Citation::Law0203Art52
        )
    }
}
