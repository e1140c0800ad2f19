//! The concepts a learner masters, and which of them each step of a case exercises.

use super::case::{Case, Question, Topic};
use super::element::Element;
use super::facts::{FactKey, Facts};
use super::order;
use serde::{Deserialize, Serialize};

/// Something the module teaches, tracked for mastery and review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Concept {
    Act,
    Means,
    Purpose,
    Consent,
    ChildRule,
    Profit,
    Border,
    Aggravation,
    Indicators,
    Identification,
    Referral,
    NonPunishment,
    Interviewing,
    Prosecution,
}

impl Concept {
    pub const ALL: [Concept; 14] = [
        Concept::Act,
        Concept::Means,
        Concept::Purpose,
        Concept::Consent,
        Concept::ChildRule,
        Concept::Profit,
        Concept::Border,
        Concept::Aggravation,
        Concept::Indicators,
        Concept::Identification,
        Concept::Referral,
        Concept::NonPunishment,
        Concept::Interviewing,
        Concept::Prosecution,
    ];
}

fn from_facts(facts: &Facts, out: &mut Vec<Concept>) {
    let trafficking_facts = !facts.acts.is_empty() || !facts.means.is_empty() || !facts.purposes.is_empty();
    if trafficking_facts {
        out.extend([Concept::Act, Concept::Means, Concept::Purpose]);
    }
    if facts.consent && !facts.means.is_empty() {
        out.push(Concept::Consent);
    }
    if facts.child {
        out.push(Concept::ChildRule);
    }
    if facts.any_crossing() || facts.irregular_migration {
        out.extend([Concept::Border, Concept::Profit]);
    }
    if facts.lives_endangered || facts.degrading_treatment {
        out.push(Concept::Aggravation);
    }
}

fn from_element(e: Element) -> Concept {
    match e {
        Element::Act => Concept::Act,
        Element::Means => Concept::Means,
        Element::Purpose => Concept::Purpose,
        Element::Child => Concept::ChildRule,
        Element::Crossing | Element::FraudulentDocuments => Concept::Border,
        Element::Benefit => Concept::Profit,
        Element::Aggravation => Concept::Aggravation,
    }
}

fn from_fact(key: FactKey) -> Concept {
    match key {
        FactKey::Act(_) => Concept::Act,
        FactKey::Means(_) => Concept::Means,
        FactKey::Purpose(_) => Concept::Purpose,
        FactKey::Child => Concept::ChildRule,
        FactKey::Consent => Concept::Consent,
        FactKey::Benefit => Concept::Profit,
        FactKey::Effect(_) | FactKey::TraffickingStage(_) => Concept::Purpose,
        FactKey::LivesEndangered | FactKey::DegradingTreatment | FactKey::Art52(_) => Concept::Aggravation,
        FactKey::Victim(_) => Concept::NonPunishment,
        FactKey::AroundVictim(_) => Concept::Prosecution,
        FactKey::IllegalEntry(_)
        | FactKey::EntryInto(_)
        | FactKey::MoroccanEntry(_)
        | FactKey::MoroccanExit(_)
        | FactKey::AwayFromPost
        | FactKey::FalsePapersAtPost
        | FactKey::OwnCrossingAttempted
        | FactKey::EnablingStay
        | FactKey::StayForBenefit
        | FactKey::StayByIllegalMeans
        | FactKey::OverstayedVisa
        | FactKey::NoResidenceCard
        | FactKey::WithinOneCountry
        | FactKey::FraudulentDocuments
        | FactKey::IrregularMigration => Concept::Border,
    }
}

/// The concepts each step of a case exercises, in step order.
pub fn step_concepts<T>(case: &Case<T>) -> Vec<Vec<Concept>> {
    let facts = case.effective_facts();
    case.steps
        .iter()
        .zip(facts)
        .map(|(step, facts)| {
            let mut out = Vec::new();
            match &step.question {
                Question::Classify { .. } => {
                    if let Some(f) = facts {
                        from_facts(f, &mut out);
                    }
                }
                Question::Elements { options, .. } => out.extend(options.iter().map(|e| from_element(*e))),
                Question::WhatIf { options, .. } => out.extend(options.iter().map(|c| from_fact(c.fact))),
                Question::Indicators { .. } => out.push(Concept::Indicators),
                Question::Action { .. } => {
                    for topic in &case.topics {
                        out.push(match topic {
                            Topic::Referral => Concept::Referral,
                            Topic::NonPunishment => Concept::NonPunishment,
                            Topic::Interviewing => Concept::Interviewing,
                            Topic::Prosecution => Concept::Prosecution,
                            _ => Concept::Identification,
                        });
                    }
                    if out.is_empty() {
                        out.push(Concept::Identification);
                    }
                }
            }
            order::sort(&mut out);
            out.dedup();
            out
        })
        .collect()
}
