//! The legal elements a learner ticks in an "elements" question, and whether the facts make each present.

use super::analysis::{analyse, ElementStatus};
use super::facts::{Facts, Stage};
use super::frame::Frame;
use serde::{Deserialize, Serialize};

/// A legal element that can be present in a situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Element {
    /// A trafficking act.
    Act,
    /// A trafficking means.
    Means,
    /// An exploitative purpose.
    Purpose,
    /// The person is a child (under 18).
    Child,
    /// An illegal crossing procured or facilitated by someone else.
    Crossing,
    /// A financial or other material benefit for whoever arranged the crossing.
    Benefit,
    /// Aggravation: under the Protocol, lives endangered or inhuman or degrading treatment in a
    /// completed smuggling (Art. 6(3)); under Law 02.03, an aggravation Art. 52 lists.
    Aggravation,
    /// Fraudulent documents.
    FraudulentDocuments,
}

impl Element {
    pub const ALL: [Element; 8] = [
        Element::Act,
        Element::Means,
        Element::Purpose,
        Element::Child,
        Element::Crossing,
        Element::Benefit,
        Element::Aggravation,
        Element::FraudulentDocuments,
    ];

    /// Whether the element is present in the facts, as the given frame of law reads them.
    pub fn is_present(self, facts: &Facts, frame: Frame) -> bool {
        let analysis = analyse(facts, frame);
        match self {
            Element::Act => analysis.trafficking.act.status == ElementStatus::Satisfied,
            Element::Means => analysis.trafficking.means.status == ElementStatus::Satisfied,
            Element::Purpose => analysis.trafficking.purpose.status == ElementStatus::Satisfied,
            Element::Child => facts.child,
            // Arranged and at least begun: an intercepted crossing was still arranged (the
            // offence's stage is the finding's business, not the element's).
            Element::Crossing => {
                let begun = |s: Option<Stage>| matches!(s, Some(Stage::Completed | Stage::Attempted));
                match frame {
                    Frame::International => begun(facts.illegal_entry),
                    Frame::Morocco => begun(facts.moroccan_stage()),
                }
            }
            Element::Benefit => facts.benefit,
            // Protocol: Art. 6(3) aggravates the completed offences, not attempts. Morocco: only the
            // aggravations Art. 52 lists; endangerment alone is not one (findings A7, K-g, K-y).
            Element::Aggravation => match frame {
                Frame::International => {
                    (facts.lives_endangered || facts.degrading_treatment)
                        && analysis.smuggling.status == super::analysis::Status::Established
                }
                Frame::Morocco => {
                    !facts.art52_aggravations.is_empty()
                        && analysis.smuggling.crossing.status == ElementStatus::Satisfied
                }
            },
            Element::FraudulentDocuments => facts.fraudulent_documents,
        }
    }
}
