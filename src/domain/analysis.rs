//! The legal analysis engine: derives findings on each offence from typed facts, under the
//! international Protocols and under Moroccan law, each conclusion citing the article that says it.
//!
//! Pure and total: every combination of facts yields an analysis. Where the brief marks the law
//! unverified (§9), a finding is an [`OpenQuestion`] and the verdict is given on what is settled,
//! with the alternative beside it, so no answer key can rest on it.

use super::citation::{Citation, Point};
use super::facts::{
    Act, AroundVictim, Art52Aggravation, EntryState, FactKey, Facts, Means, Purpose, Stage, ThresholdLimb, VictimAct,
};
pub use super::finding::{Offence, OffenceFinding, OpenQuestion, Status};
use super::frame::Frame;
use super::verdict::Verdict;

/// Whether one element of an offence is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementStatus {
    Satisfied,
    Missing,
    /// The law does not ask for this element here (means for a child; benefit under Law 02.03).
    NotRequired,
}

/// The finding on one element, with the facts that meet it and the article that asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementFinding {
    pub status: ElementStatus,
    /// Facts of the case that meet the element under this frame.
    pub facts: Vec<FactKey>,
    /// Facts of the case that would meet it under the other frame but not this one.
    pub not_counted: Vec<FactKey>,
    pub citation: Citation,
}

impl ElementFinding {
    fn new(status: ElementStatus, facts: Vec<FactKey>, not_counted: Vec<FactKey>, citation: Citation) -> Self {
        ElementFinding {
            status,
            facts,
            not_counted,
            citation,
        }
    }

    /// Satisfied, or not asked for.
    pub fn is_met(&self) -> bool {
        self.status != ElementStatus::Missing
    }
}

/// The trafficking half of an analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraffickingFinding {
    pub act: ElementFinding,
    pub means: ElementFinding,
    pub purpose: ElementFinding,
    /// Established, attempted, not established, or an open question.
    pub status: Status,
    /// The status counts towards the verdict (established or attempted).
    pub established: bool,
    /// The article the status rests on.
    pub citation: Citation,
    /// Limbs of the ¶4 threshold the facts do not show (Moroccan frame only).
    pub effects_not_shown: Vec<ThresholdLimb>,
}

/// The smuggling half of an analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmugglingFinding {
    pub crossing: ElementFinding,
    pub benefit: ElementFinding,
    /// Established, attempted, not established, or an open question.
    pub status: Status,
    /// The status counts towards the verdict (established or attempted).
    pub established: bool,
    pub citation: Citation,
}

/// A teaching point the engine attaches to its conclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Note {
    /// Consent was given, but a means was used, so it is irrelevant (the Protocol says so expressly).
    ConsentIrrelevant(Citation),
    /// Moroccan law: Art. 448-1 has no consent clause; the rule follows from the means element.
    ConsentInferredFromMeans,
    /// The person is a child: act and purpose suffice, consent is irrelevant (Protocol Art. 3(c)).
    ChildNoMeansNeeded(Citation),
    /// Moroccan law: a child needs no means (Art. 448-1 ¶2); Art. 448-1 has no consent clause, so
    /// that the child's consent is no defence is an inference, not something the article says.
    ChildNoMeansConsentInferred,
    /// An adult, an act and a purpose, but no means: not trafficking.
    AdultWithoutMeans,
    /// This purpose is not in the Protocol's minimum list but falls within its open list.
    OpenListPurpose(Purpose),
    /// Law 27-14 names this purpose explicitly.
    NamedInMoroccanLaw(Purpose),
    /// The act counts only under Moroccan law.
    ActOnlyInMoroccanLaw(Act),
    /// The means counts only under Moroccan law.
    MeansOnlyInMoroccanLaw(Means),
    /// The three effects of Art. 448-1 ¶4 are all shown.
    ThresholdMet,
    /// The trafficking conduct was begun and stopped: an attempt (Protocol Art. 5(2)(a)).
    TraffickingAttempted,
    /// Only planned, never begun: neither the offence nor an attempt.
    OnlyPlanned,
    /// A crossing was procured without any benefit: outside the Smuggling Protocol.
    NoBenefitOutsideProtocol,
    /// Law 02.03 Art. 52 punishes facilitation whether free or paid.
    BenefitNotRequiredInMorocco,
    /// The entry was tried and stopped: attempted smuggling (Art. 6(2)(a)).
    SmugglingAttempted,
    /// An exit from Morocco is typed, but no illegal entry into another State.
    ExitWithoutEntry,
    /// The entry is into another State and no crossing of Morocco's border is typed.
    OutsideLaw0203,
    /// Smuggling with lives endangered or degrading treatment.
    AggravatedSmuggling(Citation),
    /// Art. 6(3) aggravates the completed offences, not attempts.
    AggravationNotForAttempts,
    /// Endangerment or degrading treatment is not an Art. 52 aggravation.
    EndangermentNotArt52,
    /// An aggravation Art. 52 lists.
    Art52Aggravated(Art52Aggravation),
    /// Fraudulent documents were involved (Protocol: Art. 6(1)(b)).
    FraudulentDocuments(Citation),
    /// Moroccan law: Art. 52 is not a document offence; false papers at a post make the crossing
    /// clandestine (Art. 50); forgery is a Penal Code offence.
    FalsePapersInMoroccanLaw,
    /// Enabling stay is a separate offence from smuggling, with its own conditions (Art. 6(1)(c)).
    EnablingStayConditions,
    /// Moroccan law: Art. 52 does not reach enabling a stay or lodging.
    EnablingStayNotArt52,
    /// A smuggled migrant is not liable for having been smuggled.
    MigrantNotLiable(Citation),
    /// Domestic law stays available against the migrant (Art. 6(4)).
    DomesticLawKept,
    /// Trafficking needs no border crossing.
    NoBorderNeeded,
    /// A purely domestic case: trafficking in law, outside the Protocol's scope of cooperation.
    DomesticOutsideProtocolScope,
    /// The person crossed irregularly; the facts name no one who arranged it.
    IrregularCrossingWithoutFacilitator,
    /// The Protocols define no such offence; Moroccan law does.
    AroundVictimOnlyInMoroccanLaw(AroundVictim),
    /// Art. 448-7 covers a person who has begun to commit trafficking, not only one who completed it.
    FailingToReportCoversAttempt,
    /// Art. 448-7: the non-reporter is the offender's spouse, ascendant or descendant (absolutory excuse).
    FamilyExcuseForNotReporting,
    /// Moroccan law: the victim's act is covered by Art. 448-14 (under threat, directly linked).
    NonPunishmentCovered,
    /// Moroccan law: Art. 448-14 does not reach the victim's act (not shown under threat and linked).
    NonPunishmentNotReached,
    /// Moroccan law: an irregular stay that predates the trafficking is not linked to it.
    StayPredatesNotCovered,
    /// OHCHR Principle 7 (soft law): trafficked persons should not be prosecuted for this.
    NonPunishmentSoftLaw,
}

impl Note {
    /// The points of law the note states, each with the article it cites.
    pub fn basis(self) -> Vec<(Point, Citation)> {
        use Citation as C;
        use Point as P;
        match self {
            Note::ConsentIrrelevant(c) => vec![(P::ConsentIrrelevant, c)],
            Note::ConsentInferredFromMeans => vec![
                (P::TraffickingDefinition, C::PenalCodeArt448_1),
                (P::ConsentIrrelevant, C::TraffickingProtocolArt3b),
            ],
            Note::ChildNoMeansNeeded(c) => vec![(P::ChildNoMeans, c), (P::ChildConsentIrrelevant, c)],
            Note::ChildNoMeansConsentInferred => vec![(P::ChildNoMeans, C::PenalCodeArt448_1)],
            Note::ThresholdMet => vec![(P::ExploitationThreshold, C::PenalCodeArt448_1Para4)],
            Note::TraffickingAttempted => vec![(P::TraffickingAttempt, C::TraffickingProtocolArt5_2a)],
            Note::BenefitNotRequiredInMorocco => vec![(P::NoProfitElement, C::Law0203Art52)],
            Note::NoBenefitOutsideProtocol => vec![(P::SmugglingDefinition, C::SmugglingProtocolArt3a)],
            Note::SmugglingAttempted => vec![(P::SmugglingAttempt, C::SmugglingProtocolArt6_2a)],
            Note::ExitWithoutEntry => vec![(P::SmugglingDefinition, C::SmugglingProtocolArt3a)],
            Note::OutsideLaw0203 => vec![(P::OrganisingClandestineCrossing, C::Law0203Art52)],
            Note::AggravatedSmuggling(c) => vec![(P::SmugglingAggravation, c)],
            Note::AggravationNotForAttempts => vec![(P::SmugglingAggravation, C::SmugglingProtocolArt6_3)],
            Note::EndangermentNotArt52 => vec![(P::Art52Aggravation, C::Law0203Art52)],
            Note::Art52Aggravated(_) => vec![(P::Art52Aggravation, C::Law0203Art52)],
            Note::FraudulentDocuments(c) => vec![(P::DocumentOffence, c)],
            Note::FalsePapersInMoroccanLaw => vec![
                (P::ClandestineCrossing, C::Law0203Art50),
                (P::Forgery, C::PenalCodeForgery),
                (P::OrganisingClandestineCrossing, C::Law0203Art52),
            ],
            Note::EnablingStayConditions => vec![(P::EnablingStay, C::SmugglingProtocolArt6_1c)],
            Note::EnablingStayNotArt52 => vec![(P::OrganisingClandestineCrossing, C::Law0203Art52)],
            Note::MigrantNotLiable(c) => vec![(P::MigrantNotLiable, c)],
            Note::DomesticLawKept => vec![(P::DomesticLawKept, C::SmugglingProtocolArt6_4)],
            Note::DomesticOutsideProtocolScope => vec![
                (P::NoTransnationalityNeeded, C::UntocArt34_2),
                (P::ProtocolScope, C::TraffickingProtocolArt4),
            ],
            Note::AroundVictimOnlyInMoroccanLaw(a) => vec![around_victim_basis(a)],
            Note::FailingToReportCoversAttempt => vec![(P::FailingToReport, C::PenalCodeArt448_7)],
            Note::FamilyExcuseForNotReporting => vec![(P::FamilyExcuse, C::PenalCodeArt448_7)],
            Note::NonPunishmentCovered | Note::NonPunishmentNotReached => {
                vec![(P::NonPunishmentThreatLinked, C::PenalCodeArt448_14)]
            }
            Note::StayPredatesNotCovered => vec![
                (P::NonPunishmentThreatLinked, C::PenalCodeArt448_14),
                (P::Overstay, C::Law0203Art42),
                (P::NoResidenceCard, C::Law0203Art43),
            ],
            Note::NonPunishmentSoftLaw => vec![(P::NonPunishmentSoftLaw, C::OhchrPrinciple7)],
            Note::AdultWithoutMeans
            | Note::OpenListPurpose(_)
            | Note::NamedInMoroccanLaw(_)
            | Note::ActOnlyInMoroccanLaw(_)
            | Note::MeansOnlyInMoroccanLaw(_)
            | Note::OnlyPlanned
            | Note::NoBorderNeeded
            | Note::IrregularCrossingWithoutFacilitator => vec![],
        }
    }
}

fn around_victim_basis(a: AroundVictim) -> (Point, Citation) {
    match a {
        AroundVictim::FailedToReport => (Point::FailingToReport, Citation::PenalCodeArt448_7),
        AroundVictim::NonReporterIsRelative => (Point::FamilyExcuse, Citation::PenalCodeArt448_7),
        AroundVictim::WitnessIntimidated => (Point::WitnessIntimidation, Citation::PenalCodeArt448_8),
        AroundVictim::IdentityRevealed => (Point::RevealingVictim, Citation::PenalCodeArt448_9),
    }
}

/// Why the two frames part on a situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Divergence {
    /// Law 02.03 reaches only Morocco's border.
    TerritorialReach,
    /// Art. 52 has no profit element.
    NoProfitElement,
    /// The ¶4 threshold of Art. 448-1.
    Threshold,
    /// Luring and intermediation are acts only in Art. 448-1.
    LuringOrIntermediation,
    /// A means only Art. 448-1 names.
    MoroccanMeans,
    /// A purpose named only by Art. 448-1.
    NamedPurpose,
    /// Law 02.03 punishes organising an exit; the Protocol needs an entry into another State.
    ExitOnly,
    /// The two frames treat an attempt differently.
    Attempt,
}

/// The engine's full conclusion under one frame of law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub frame: Frame,
    pub trafficking: TraffickingFinding,
    pub smuggling: SmugglingFinding,
    /// The verdict on what the law settles: an open question counts as not established.
    pub verdict: Verdict,
    /// The verdict if every open question were answered for the offence, when it differs.
    pub verdict_if_open: Option<Verdict>,
    /// The other offences the facts raise.
    pub others: Vec<OffenceFinding>,
    pub notes: Vec<Note>,
}

impl Analysis {
    /// The open questions the conclusion leaves, in a stable order without repeats.
    pub fn open_questions(&self) -> Vec<OpenQuestion> {
        let mut out: Vec<OpenQuestion> = [self.trafficking.status, self.smuggling.status]
            .into_iter()
            .chain(self.others.iter().map(|o| o.status))
            .filter_map(Status::open)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The verdict depends on an open question: no answer key may rest on it.
    pub fn verdict_is_open(&self) -> bool {
        self.verdict_if_open.is_some()
    }

    /// The verdicts a court could reach: the settled one, and the other if an open question is answered for the offence.
    pub fn possible_verdicts(&self) -> Vec<Verdict> {
        let mut out = vec![self.verdict];
        out.extend(self.verdict_if_open);
        out
    }

    /// Every article the analysis prints, with the point it is printed for.
    pub fn citations(&self) -> Vec<(Point, Citation)> {
        let t = &self.trafficking;
        let s = &self.smuggling;
        let mut out = vec![
            (Point::TraffickingDefinition, t.act.citation),
            (Point::TraffickingDefinition, t.purpose.citation),
            (trafficking_point(t.status), t.citation),
            (smuggling_point(s.status, self.frame, s.citation), s.citation),
            (crossing_point(self.frame), s.crossing.citation),
            (crossing_point(self.frame), s.benefit.citation),
        ];
        out.push(if t.means.status == ElementStatus::NotRequired {
            (Point::ChildNoMeans, t.means.citation)
        } else {
            (Point::TraffickingDefinition, t.means.citation)
        });
        out.extend(self.others.iter().map(|o| o.basis));
        out.extend(
            self.open_questions()
                .into_iter()
                .flat_map(|q| q.check().iter().copied()),
        );
        out.extend(self.notes.iter().flat_map(|n| n.basis()));
        out
    }
}

fn trafficking_point(status: Status) -> Point {
    match status {
        Status::Attempted => Point::TraffickingAttempt,
        Status::Open(OpenQuestion::ExploitationThreshold) => Point::ExploitationThreshold,
        Status::Open(OpenQuestion::TraffickingAttempt) => Point::AttemptOfCrime,
        _ => Point::TraffickingDefinition,
    }
}

fn smuggling_point(status: Status, frame: Frame, citation: Citation) -> Point {
    match (status, frame) {
        (Status::Attempted, _) => Point::SmugglingAttempt,
        (Status::Open(OpenQuestion::PlannedOrganisation), Frame::Morocco) => Point::OrganisingClandestineCrossing,
        (Status::Open(_), Frame::Morocco) if citation == Citation::PenalCodeArt114 => Point::AttemptOfCrime,
        (Status::Open(_), Frame::Morocco) => Point::AttemptOfDelitNeedsText,
        _ => crossing_point(frame),
    }
}

fn crossing_point(frame: Frame) -> Point {
    match frame {
        Frame::International => Point::SmugglingDefinition,
        Frame::Morocco => Point::OrganisingClandestineCrossing,
    }
}

/// Analyses the facts under one frame of law.
pub fn analyse(facts: &Facts, frame: Frame) -> Analysis {
    let trafficking = trafficking_finding(facts, frame);
    let smuggling = smuggling_finding(facts, frame);
    let verdict = Verdict::from_findings(trafficking.established, smuggling.established);
    let if_open = Verdict::from_findings(
        trafficking.established || trafficking.status.open().is_some(),
        smuggling.established || smuggling.status.open().is_some(),
    );
    let others = other_findings(facts, frame, &trafficking);
    let notes = notes(facts, frame, &trafficking, &smuggling);
    Analysis {
        frame,
        trafficking,
        smuggling,
        verdict,
        verdict_if_open: (if_open != verdict).then_some(if_open),
        others,
        notes,
    }
}

/// The verdict under each frame, in the order of [`Frame::ALL`].
pub fn verdicts(facts: &Facts) -> [Verdict; 2] {
    Frame::ALL.map(|frame| analyse(facts, frame).verdict)
}

fn trafficking_finding(facts: &Facts, frame: Frame) -> TraffickingFinding {
    let (definition, child_rule) = match frame {
        Frame::International => (Citation::TraffickingProtocolArt3a, Citation::TraffickingProtocolArt3c),
        Frame::Morocco => (Citation::PenalCodeArt448_1, Citation::PenalCodeArt448_1),
    };

    let counts_act = |a: &Act| frame == Frame::Morocco || a.in_protocol();
    let act = split_finding(facts.acts.iter(), counts_act, FactKey::Act, definition);

    let counts_means = |m: &Means| frame == Frame::Morocco || m.in_protocol();
    let mut means = split_finding(facts.means.iter(), counts_means, FactKey::Means, definition);
    if facts.child && means.status == ElementStatus::Missing {
        means.status = ElementStatus::NotRequired;
        means.citation = child_rule;
    }

    // The Protocol's list of exploitation is a minimum and open: every listed form counts under both frames.
    let purpose = split_finding(facts.purposes.iter(), |_| true, FactKey::Purpose, definition);

    let elements = act.is_met() && means.is_met() && purpose.is_met();
    let effects_not_shown: Vec<ThresholdLimb> = match frame {
        Frame::Morocco => ThresholdLimb::ALL
            .into_iter()
            .filter(|l| !facts.exploitation_effects.contains(l))
            .collect(),
        Frame::International => vec![],
    };
    let (status, citation) = if !elements {
        (Status::NotEstablished, definition)
    } else {
        match (facts.trafficking_stage, frame) {
            (Stage::Planned, _) => (Status::NotEstablished, definition),
            (Stage::Attempted, Frame::International) => (Status::Attempted, Citation::TraffickingProtocolArt5_2a),
            (Stage::Attempted, Frame::Morocco) => (
                Status::Open(OpenQuestion::TraffickingAttempt),
                Citation::PenalCodeArt114,
            ),
            (Stage::Completed, Frame::International) => (Status::Established, definition),
            (Stage::Completed, Frame::Morocco) if effects_not_shown.is_empty() => (Status::Established, definition),
            (Stage::Completed, Frame::Morocco) => (
                Status::Open(OpenQuestion::ExploitationThreshold),
                Citation::PenalCodeArt448_1Para4,
            ),
        }
    };
    TraffickingFinding {
        act,
        means,
        purpose,
        status,
        established: status.counts(),
        citation,
        effects_not_shown,
    }
}

fn split_finding<'a, T: Copy + 'a>(
    items: impl Iterator<Item = &'a T>,
    counts: impl Fn(&T) -> bool,
    key: impl Fn(T) -> FactKey,
    citation: Citation,
) -> ElementFinding {
    let (counted, not_counted): (Vec<&T>, Vec<&T>) = items.partition(|item| counts(item));
    let status = if counted.is_empty() {
        ElementStatus::Missing
    } else {
        ElementStatus::Satisfied
    };
    ElementFinding::new(
        status,
        counted.into_iter().map(|i| key(*i)).collect(),
        not_counted.into_iter().map(|i| key(*i)).collect(),
        citation,
    )
}

/// A crossing that was at least begun: completed or attempted.
fn begun(stage: Option<Stage>) -> bool {
    matches!(stage, Some(Stage::Completed | Stage::Attempted))
}

fn smuggling_finding(facts: &Facts, frame: Frame) -> SmugglingFinding {
    match frame {
        Frame::International => {
            let citation = Citation::SmugglingProtocolArt3a;
            let entry: Vec<FactKey> = facts.illegal_entry.map(FactKey::IllegalEntry).into_iter().collect();
            let moroccan: Vec<FactKey> = moroccan_keys(facts);
            let crossing = ElementFinding::new(
                if begun(facts.illegal_entry) {
                    ElementStatus::Satisfied
                } else {
                    ElementStatus::Missing
                },
                if begun(facts.illegal_entry) { entry } else { vec![] },
                if begun(facts.illegal_entry) { vec![] } else { moroccan },
                citation,
            );
            let benefit = ElementFinding::new(
                present(facts.benefit),
                if facts.benefit { vec![FactKey::Benefit] } else { vec![] },
                vec![],
                citation,
            );
            let (status, citation) = match (facts.illegal_entry, facts.benefit) {
                (Some(Stage::Completed), true) => (Status::Established, citation),
                (Some(Stage::Attempted), true) => (Status::Attempted, Citation::SmugglingProtocolArt6_2a),
                _ => (Status::NotEstablished, citation),
            };
            SmugglingFinding {
                crossing,
                benefit,
                status,
                established: status.counts(),
                citation,
            }
        }
        Frame::Morocco => {
            let citation = Citation::Law0203Art52;
            let moroccan = moroccan_keys(facts);
            let stage = facts.moroccan_stage();
            let not_counted = if moroccan.is_empty() {
                facts.illegal_entry.map(FactKey::IllegalEntry).into_iter().collect()
            } else {
                vec![]
            };
            let crossing = ElementFinding::new(
                if begun(stage) {
                    ElementStatus::Satisfied
                } else {
                    ElementStatus::Missing
                },
                if begun(stage) { moroccan } else { vec![] },
                not_counted,
                citation,
            );
            let benefit = ElementFinding::new(
                ElementStatus::NotRequired,
                if facts.benefit { vec![FactKey::Benefit] } else { vec![] },
                vec![],
                citation,
            );
            // An aggravation punished by réclusion makes the offence a crime, whose attempt Art. 114
            // reaches; the basic form is a délit, whose attempt needs a text (Art. 115) (finding L1).
            let attempt_article = if facts.art52_aggravations.is_empty() {
                Citation::PenalCodeArt115
            } else {
                Citation::PenalCodeArt114
            };
            let (status, citation) = match stage {
                Some(Stage::Completed) => (Status::Established, citation),
                Some(Stage::Attempted) => (Status::Open(OpenQuestion::CrossingAttempt), attempt_article),
                // Art. 52 punishes organising: whether organising is complete before any exit is
                // begun is not settled in the sources (finding L22).
                Some(Stage::Planned) => (Status::Open(OpenQuestion::PlannedOrganisation), citation),
                None => (Status::NotEstablished, citation),
            };
            SmugglingFinding {
                crossing,
                benefit,
                status,
                established: status.counts(),
                citation,
            }
        }
    }
}

fn moroccan_keys(facts: &Facts) -> Vec<FactKey> {
    facts
        .moroccan_entry
        .map(FactKey::MoroccanEntry)
        .into_iter()
        .chain(facts.moroccan_exit.map(FactKey::MoroccanExit))
        .collect()
}

fn present(on: bool) -> ElementStatus {
    if on {
        ElementStatus::Satisfied
    } else {
        ElementStatus::Missing
    }
}

fn other_findings(facts: &Facts, frame: Frame, trafficking: &TraffickingFinding) -> Vec<OffenceFinding> {
    let mut out = Vec::new();
    let mut push = |offence, status, point, citation| {
        out.push(OffenceFinding {
            offence,
            status,
            basis: (point, citation),
        })
    };
    let yes = |on: bool| {
        if on {
            Status::Established
        } else {
            Status::NotEstablished
        }
    };
    match frame {
        Frame::International => {
            if facts.fraudulent_documents {
                // Art. 6(1)(b): for the purpose of enabling smuggling, and for a benefit.
                // The document offence is complete once the document is produced or supplied to
                // enable smuggling, whether or not the entry then succeeds (finding A3).
                let status = match (facts.illegal_entry, facts.benefit) {
                    (Some(Stage::Completed | Stage::Attempted), true) => Status::Established,
                    _ => Status::NotEstablished,
                };
                let citation = if status == Status::Attempted {
                    Citation::SmugglingProtocolArt6_2a
                } else {
                    Citation::SmugglingProtocolArt6_1b
                };
                let point = if status == Status::Attempted {
                    Point::SmugglingAttempt
                } else {
                    Point::DocumentOffence
                };
                push(Offence::DocumentOffence, status, point, citation);
            }
            if facts.enabling_stay {
                push(
                    Offence::EnablingStay,
                    yes(facts.stay_for_benefit && (facts.stay_by_illegal_means || facts.fraudulent_documents)),
                    Point::EnablingStay,
                    Citation::SmugglingProtocolArt6_1c,
                );
            }
        }
        Frame::Morocco => {
            // No finding on enabling stay: that Art. 52 does not reach it is GADEM's reading, and
            // other Moroccan provisions are not examined; the note says so (finding A4).
            if facts.away_from_post || facts.false_papers_at_post {
                // The person's own crossing has its own stage; a facilitator's stage bounds it.
                let status = match facts.moroccan_stage() {
                    _ if facts.own_crossing_attempted => Status::Open(OpenQuestion::CrossingAttempt),
                    Some(Stage::Attempted) => Status::Open(OpenQuestion::CrossingAttempt),
                    Some(Stage::Planned) => Status::NotEstablished,
                    _ => Status::Established,
                };
                push(
                    Offence::ClandestineCrossing,
                    status,
                    Point::ClandestineCrossing,
                    Citation::Law0203Art50,
                );
            }
            if facts.overstayed_visa {
                push(
                    Offence::Overstay,
                    Status::Established,
                    Point::Overstay,
                    Citation::Law0203Art42,
                );
            }
            if facts.no_residence_card {
                push(
                    Offence::NoResidenceCard,
                    Status::Established,
                    Point::NoResidenceCard,
                    Citation::Law0203Art43,
                );
            }
            let relative = facts.around_victim.contains(&AroundVictim::NonReporterIsRelative);
            for a in facts.around_victim.iter().filter(|a| a.is_offence()) {
                let (point, citation) = around_victim_basis(*a);
                let offence = match a {
                    AroundVictim::FailedToReport => Offence::FailingToReport,
                    AroundVictim::WitnessIntimidated => Offence::WitnessIntimidation,
                    AroundVictim::IdentityRevealed => Offence::RevealingVictim,
                    AroundVictim::NonReporterIsRelative => continue,
                };
                // Each is an offence of its own; failing to report needs trafficking committed or
                // begun (Art. 448-7 says "has committed or begun to commit"), which the facts must
                // show (never inferred from a missing fact); a spouse, ascendant or descendant has
                // an absolutory excuse.
                let status = match (a, trafficking.status) {
                    (AroundVictim::FailedToReport, _) if relative => Status::NotEstablished,
                    (AroundVictim::FailedToReport, Status::NotEstablished) => Status::NotEstablished,
                    // Begun to commit: the article's own words settle the attempt case.
                    (AroundVictim::FailedToReport, Status::Open(OpenQuestion::TraffickingAttempt)) => {
                        Status::Established
                    }
                    // Whether there was trafficking to report is itself the open question.
                    (AroundVictim::FailedToReport, Status::Open(q)) => Status::Open(q),
                    _ => Status::Established,
                };
                let basis = if *a == AroundVictim::FailedToReport && relative {
                    (Point::FamilyExcuse, citation)
                } else {
                    (point, citation)
                };
                push(offence, status, basis.0, basis.1);
            }
        }
    }
    out
}

/// Trafficking is established, attempted, or an open question: a victim may be in view.
fn trafficking_raised(t: &TraffickingFinding) -> bool {
    t.status != Status::NotEstablished
}

fn notes(facts: &Facts, frame: Frame, trafficking: &TraffickingFinding, smuggling: &SmugglingFinding) -> Vec<Note> {
    let mut notes = Vec::new();
    let child_rule = Citation::TraffickingProtocolArt3c;
    if facts.child && trafficking.act.is_met() && trafficking.purpose.is_met() {
        notes.push(match frame {
            Frame::International => Note::ChildNoMeansNeeded(child_rule),
            Frame::Morocco => Note::ChildNoMeansConsentInferred,
        });
    } else if facts.consent && trafficking.means.status == ElementStatus::Satisfied {
        notes.push(match frame {
            Frame::International => Note::ConsentIrrelevant(Citation::TraffickingProtocolArt3b),
            Frame::Morocco => Note::ConsentInferredFromMeans,
        });
    }
    if !facts.child
        && trafficking.means.status == ElementStatus::Missing
        && trafficking.act.is_met()
        && trafficking.purpose.is_met()
    {
        notes.push(Note::AdultWithoutMeans);
    }
    for purpose in &facts.purposes {
        match frame {
            Frame::International if !purpose.named_in_protocol() => notes.push(Note::OpenListPurpose(*purpose)),
            Frame::Morocco if purpose.named_only_in_moroccan_law() => notes.push(Note::NamedInMoroccanLaw(*purpose)),
            _ => {}
        }
    }
    for key in trafficking.act.not_counted.iter().chain(&trafficking.act.facts) {
        if let FactKey::Act(act) = key {
            if !act.in_protocol() {
                notes.push(Note::ActOnlyInMoroccanLaw(*act));
            }
        }
    }
    for key in trafficking.means.not_counted.iter().chain(&trafficking.means.facts) {
        if let FactKey::Means(means) = key {
            if !means.in_protocol() {
                notes.push(Note::MeansOnlyInMoroccanLaw(*means));
            }
        }
    }
    let elements = trafficking.act.is_met() && trafficking.means.is_met() && trafficking.purpose.is_met();
    if frame == Frame::Morocco && trafficking.status == Status::Established {
        notes.push(Note::ThresholdMet);
    }
    if trafficking.status == Status::Attempted {
        notes.push(Note::TraffickingAttempted);
    }
    let planned_trafficking = elements && facts.trafficking_stage == Stage::Planned;
    // In the Moroccan frame a planned organisation is an open question, not "only planned" (L22).
    let planned_crossing = match frame {
        Frame::International => facts.illegal_entry == Some(Stage::Planned),
        Frame::Morocco => false,
    };
    if planned_trafficking || planned_crossing {
        notes.push(Note::OnlyPlanned);
    }

    let crossing = smuggling.crossing.status == ElementStatus::Satisfied;
    match frame {
        Frame::International => {
            if crossing && !facts.benefit {
                notes.push(Note::NoBenefitOutsideProtocol);
            }
            if smuggling.status == Status::Attempted {
                notes.push(Note::SmugglingAttempted);
            }
            if facts.moroccan_exit.is_some() && facts.illegal_entry.is_none() {
                notes.push(Note::ExitWithoutEntry);
            }
            let aggravating = facts.lives_endangered || facts.degrading_treatment;
            if aggravating && smuggling.status == Status::Established {
                notes.push(Note::AggravatedSmuggling(Citation::SmugglingProtocolArt6_3));
            } else if aggravating && smuggling.status == Status::Attempted {
                notes.push(Note::AggravationNotForAttempts);
            }
            if facts.fraudulent_documents {
                notes.push(Note::FraudulentDocuments(Citation::SmugglingProtocolArt6_1b));
            }
            if facts.enabling_stay {
                notes.push(Note::EnablingStayConditions);
            }
            if smuggling.established {
                notes.push(Note::MigrantNotLiable(Citation::SmugglingProtocolArt5));
                notes.push(Note::DomesticLawKept);
            }
        }
        Frame::Morocco => {
            if crossing {
                notes.push(Note::BenefitNotRequiredInMorocco);
            }
            if facts.illegal_entry.is_some()
                && facts.entry_into == Some(EntryState::AnotherState)
                && !facts.moroccan_crossing()
            {
                notes.push(Note::OutsideLaw0203);
            }
            if crossing {
                for a in &facts.art52_aggravations {
                    notes.push(Note::Art52Aggravated(*a));
                }
            }
            if (facts.lives_endangered || facts.degrading_treatment) && facts.moroccan_crossing() {
                notes.push(Note::EndangermentNotArt52);
            }
            if facts.fraudulent_documents || facts.false_papers_at_post {
                notes.push(Note::FalsePapersInMoroccanLaw);
            }
            if facts.enabling_stay {
                notes.push(Note::EnablingStayNotArt52);
            }
        }
    }
    if frame == Frame::International {
        for a in facts.around_victim.iter().filter(|a| a.is_offence()) {
            notes.push(Note::AroundVictimOnlyInMoroccanLaw(*a));
        }
    }
    if frame == Frame::Morocco && facts.around_victim.contains(&AroundVictim::FailedToReport) {
        if facts.around_victim.contains(&AroundVictim::NonReporterIsRelative) {
            notes.push(Note::FamilyExcuseForNotReporting);
        } else if trafficking.status == Status::Open(OpenQuestion::TraffickingAttempt) {
            notes.push(Note::FailingToReportCoversAttempt);
        }
    }
    if trafficking.established && !facts.any_crossing() {
        notes.push(Note::NoBorderNeeded);
    }
    if trafficking_raised(trafficking) && facts.within_one_country && frame == Frame::International {
        notes.push(Note::DomesticOutsideProtocolScope);
    }
    if facts.irregular_migration && facts.illegal_entry.is_none() && !facts.moroccan_crossing() {
        notes.push(Note::IrregularCrossingWithoutFacilitator);
    }
    victim_notes(facts, frame, trafficking, &mut notes);
    notes
}

/// Non-punishment: Penal Code Art. 448-14 in Moroccan law (as the brief reports it), OHCHR
/// Principle 7 as soft law beside the Protocols. Only where trafficking is in view.
fn victim_notes(facts: &Facts, frame: Frame, trafficking: &TraffickingFinding, notes: &mut Vec<Note>) {
    if !trafficking_raised(trafficking) {
        return;
    }
    let offence = facts.victim.contains(&VictimAct::CommittedOffence);
    let irregular = facts.irregular_migration || facts.overstayed_visa || facts.no_residence_card;
    let predates = facts.victim.contains(&VictimAct::StayPredatesTrafficking);
    match frame {
        Frame::Morocco => {
            if offence {
                let covered = facts.victim.contains(&VictimAct::UnderThreat)
                    && facts.victim.contains(&VictimAct::LinkedToTrafficking);
                notes.push(if covered {
                    Note::NonPunishmentCovered
                } else {
                    Note::NonPunishmentNotReached
                });
            }
            if predates {
                notes.push(Note::StayPredatesNotCovered);
            }
        }
        Frame::International => {
            if offence || irregular || predates {
                notes.push(Note::NonPunishmentSoftLaw);
            }
        }
    }
}

/// Both frames side by side, for feedback that shows where they differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub international: Analysis,
    pub morocco: Analysis,
}

impl Comparison {
    pub fn of(facts: &Facts) -> Comparison {
        Comparison {
            international: analyse(facts, Frame::International),
            morocco: analyse(facts, Frame::Morocco),
        }
    }

    pub fn get(&self, frame: Frame) -> &Analysis {
        match frame {
            Frame::International => &self.international,
            Frame::Morocco => &self.morocco,
        }
    }

    /// The two frames reach different verdicts.
    pub fn verdicts_differ(&self) -> bool {
        self.international.verdict != self.morocco.verdict
    }

    /// The frames differ in verdict or in the basis of a finding.
    pub fn frames_differ(&self) -> bool {
        self.verdicts_differ() || !self.reasons().is_empty()
    }

    /// Why the frames part, each reason once.
    pub fn reasons(&self) -> Vec<Divergence> {
        let (i, m) = (&self.international, &self.morocco);
        let mut out = Vec::new();
        for n in &m.notes {
            match n {
                Note::NamedInMoroccanLaw(_) => out.push(Divergence::NamedPurpose),
                Note::ActOnlyInMoroccanLaw(_) => out.push(Divergence::LuringOrIntermediation),
                Note::MeansOnlyInMoroccanLaw(_) => out.push(Divergence::MoroccanMeans),
                Note::OutsideLaw0203 => out.push(Divergence::TerritorialReach),
                _ => {}
            }
        }
        if i.notes.contains(&Note::NoBenefitOutsideProtocol) && m.smuggling.established {
            out.push(Divergence::NoProfitElement);
        }
        if i.notes.contains(&Note::ExitWithoutEntry) && m.smuggling.crossing.status == ElementStatus::Satisfied {
            out.push(Divergence::ExitOnly);
        }
        if m.trafficking.status == Status::Open(OpenQuestion::ExploitationThreshold) && i.trafficking.established {
            out.push(Divergence::Threshold);
        }
        let attempt_i = i.trafficking.status == Status::Attempted || i.smuggling.status == Status::Attempted;
        let attempt_m = m.trafficking.status == Status::Open(OpenQuestion::TraffickingAttempt)
            || m.smuggling.status == Status::Open(OpenQuestion::CrossingAttempt)
            || m.smuggling.status == Status::Open(OpenQuestion::PlannedOrganisation);
        if attempt_i || attempt_m {
            out.push(Divergence::Attempt);
        }
        out.sort();
        out.dedup();
        out
    }
}
