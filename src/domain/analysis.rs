//! The legal analysis engine: derives trafficking and smuggling findings from typed facts,
//! under the international Protocols and under Moroccan law, each conclusion citing its article.

use super::citation::Citation;
use super::facts::{Act, FactKey, Facts, Means, MoroccanBorder, Purpose};
use super::frame::Frame;
use super::verdict::Verdict;

/// Whether one element of an offence is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementStatus {
    Satisfied,
    Missing,
    /// The law does not ask for this element here (means for a child; benefit under Law 02-03).
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
    pub established: bool,
    pub citation: Citation,
}

/// The smuggling half of an analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmugglingFinding {
    pub crossing: ElementFinding,
    pub benefit: ElementFinding,
    pub established: bool,
    pub citation: Citation,
}

/// A teaching point the engine attaches to its conclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Note {
    /// Consent was given, but a means was used, so it is irrelevant.
    ConsentIrrelevant(Citation),
    /// The person is a child: act and purpose suffice, consent is irrelevant.
    ChildNoMeansNeeded(Citation),
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
    /// A crossing was procured without any benefit: outside the Smuggling Protocol.
    NoBenefitOutsideProtocol,
    /// Law 02-03 Art. 52 punishes facilitation whether free or paid.
    BenefitNotRequiredInMorocco,
    /// Smuggling with lives endangered or degrading treatment.
    AggravatedSmuggling(Citation),
    /// Fraudulent documents were involved.
    FraudulentDocuments(Citation),
    /// A smuggled migrant is not liable for having been smuggled.
    MigrantNotLiable(Citation),
    /// Trafficking needs no border crossing.
    NoBorderNeeded,
    /// The person crossed irregularly, but no one procured the crossing.
    IrregularCrossingWithoutFacilitator,
}

/// The engine's full conclusion under one frame of law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub frame: Frame,
    pub trafficking: TraffickingFinding,
    pub smuggling: SmugglingFinding,
    pub verdict: Verdict,
    pub notes: Vec<Note>,
}

/// Analyses the facts under one frame of law.
pub fn analyse(facts: &Facts, frame: Frame) -> Analysis {
    let trafficking = trafficking_finding(facts, frame);
    let smuggling = smuggling_finding(facts, frame);
    let verdict = Verdict::from_findings(trafficking.established, smuggling.established);
    let notes = notes(facts, frame, &trafficking, &smuggling);
    Analysis {
        frame,
        trafficking,
        smuggling,
        verdict,
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

    let established = act.is_met() && means.is_met() && purpose.is_met();
    TraffickingFinding {
        act,
        means,
        purpose,
        established,
        citation: definition,
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

fn present(on: bool) -> ElementStatus {
    if on {
        ElementStatus::Satisfied
    } else {
        ElementStatus::Missing
    }
}

fn smuggling_finding(facts: &Facts, frame: Frame) -> SmugglingFinding {
    match frame {
        Frame::International => {
            let citation = Citation::SmugglingProtocolArt3a;
            let crossing_facts = if facts.illegal_entry_procured {
                vec![FactKey::IllegalEntryProcured]
            } else {
                vec![]
            };
            let border_facts: Vec<FactKey> = border_key(facts.moroccan_border).into_iter().collect();
            let crossing = ElementFinding::new(
                present(facts.illegal_entry_procured),
                crossing_facts,
                if facts.illegal_entry_procured {
                    vec![]
                } else {
                    border_facts
                },
                citation,
            );
            let benefit = ElementFinding::new(
                present(facts.benefit),
                if facts.benefit { vec![FactKey::Benefit] } else { vec![] },
                vec![],
                citation,
            );
            let established = crossing.is_met() && benefit.is_met();
            SmugglingFinding {
                crossing,
                benefit,
                established,
                citation,
            }
        }
        Frame::Morocco => {
            let citation = Citation::Law0203Art52;
            let border = border_key(facts.moroccan_border);
            let not_counted = if border.is_none() && facts.illegal_entry_procured {
                vec![FactKey::IllegalEntryProcured]
            } else {
                vec![]
            };
            let crossing = ElementFinding::new(
                present(border.is_some()),
                border.into_iter().collect(),
                not_counted,
                citation,
            );
            let benefit = ElementFinding::new(
                ElementStatus::NotRequired,
                if facts.benefit { vec![FactKey::Benefit] } else { vec![] },
                vec![],
                citation,
            );
            let established = crossing.is_met();
            SmugglingFinding {
                crossing,
                benefit,
                established,
                citation,
            }
        }
    }
}

fn border_key(border: MoroccanBorder) -> Option<FactKey> {
    match border {
        MoroccanBorder::None => None,
        other => Some(FactKey::MoroccanBorder(other)),
    }
}

fn notes(facts: &Facts, frame: Frame, trafficking: &TraffickingFinding, smuggling: &SmugglingFinding) -> Vec<Note> {
    let mut notes = Vec::new();
    let (consent_rule, child_rule) = match frame {
        Frame::International => (Citation::TraffickingProtocolArt3b, Citation::TraffickingProtocolArt3c),
        Frame::Morocco => (Citation::PenalCodeArt448_1, Citation::PenalCodeArt448_1),
    };
    if facts.child && trafficking.act.is_met() && trafficking.purpose.is_met() {
        notes.push(Note::ChildNoMeansNeeded(child_rule));
    } else if facts.consent && trafficking.means.status == ElementStatus::Satisfied {
        notes.push(Note::ConsentIrrelevant(consent_rule));
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
    let crossing = smuggling.crossing.status == ElementStatus::Satisfied;
    match frame {
        Frame::International if crossing && !facts.benefit => notes.push(Note::NoBenefitOutsideProtocol),
        Frame::Morocco if crossing => notes.push(Note::BenefitNotRequiredInMorocco),
        _ => {}
    }
    if smuggling.established && (facts.lives_endangered || facts.degrading_treatment) {
        notes.push(Note::AggravatedSmuggling(match frame {
            Frame::International => Citation::SmugglingProtocolArt6_3,
            Frame::Morocco => Citation::Law0203Art52,
        }));
    }
    if facts.fraudulent_documents {
        notes.push(Note::FraudulentDocuments(match frame {
            Frame::International => Citation::SmugglingProtocolArt6_1b,
            Frame::Morocco => Citation::Law0203Art52,
        }));
    }
    if frame == Frame::International && smuggling.established {
        notes.push(Note::MigrantNotLiable(Citation::SmugglingProtocolArt5));
    }
    if trafficking.established && !crossing {
        notes.push(Note::NoBorderNeeded);
    }
    if facts.irregular_migration && !facts.illegal_entry_procured && facts.moroccan_border == MoroccanBorder::None {
        notes.push(Note::IrregularCrossingWithoutFacilitator);
    }
    notes
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

    /// The frames differ in verdict or in the basis of an element (a fact counted by one only,
    /// a purpose named by one only, a benefit asked for by one only).
    pub fn frames_differ(&self) -> bool {
        self.verdicts_differ()
            || self.morocco.notes.iter().any(|n| {
                matches!(
                    n,
                    Note::NamedInMoroccanLaw(_) | Note::ActOnlyInMoroccanLaw(_) | Note::MeansOnlyInMoroccanLaw(_)
                )
            })
            || self.international.notes.contains(&Note::NoBenefitOutsideProtocol)
    }
}
