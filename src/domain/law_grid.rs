//! The engine's reasoning as a compact grid: for each offence, whether it is established under
//! each frame of law, the article that defines it (once), and each of its elements met or not.
//!
//! Built only from the analysis' data, so a finding or an element the engine adds shows up here
//! by adding it to [`offences_of`]; the web layer draws whatever rows this gives.

use super::analysis::{Analysis, Comparison, ElementFinding, ElementStatus, OpenQuestion, Status};
use super::citation::Citation;
use super::element::Element;
use super::frame::Frame;
use super::verdict::Verdict;

/// The offences the grid shows, in its order.
pub use super::offence::Offence;

/// One element of an offence under both frames (in the order of [`Frame::ALL`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementRow {
    pub element: Element,
    pub status: [ElementStatus; 2],
    /// The article for this element under each frame, only where it is not the offence's own
    /// (a child, say, needs no means by a rule of its own): the grid cites each article once.
    pub own_citation: [Option<Citation>; 2],
}

/// One offence under both frames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffenceRow {
    pub offence: Offence,
    pub established: [bool; 2],
    /// Established, attempted, not established or an open question, under each frame.
    pub status: [Status; 2],
    pub citation: [Citation; 2],
    pub elements: Vec<ElementRow>,
}

/// The whole grid: the verdict under each frame, then each offence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawGrid {
    pub frames: [Frame; 2],
    pub verdicts: [Verdict; 2],
    /// Under each frame, whether the verdict rests on an open question: the verdict row must then
    /// say so, or "neither" would read as settled beside a "?" cell.
    pub open: [Option<OpenQuestion>; 2],
    pub offences: Vec<OffenceRow>,
}

/// A finding of one frame: the offence, whether established, its article, and its elements.
type OffenceParts<'a> = (Offence, (bool, Status), Citation, Vec<(Element, &'a ElementFinding)>);

/// The offences of one analysis with their elements, in the grid's order. The one place that
/// knows the shape of the engine's findings.
fn offences_of(analysis: &Analysis) -> Vec<OffenceParts<'_>> {
    let t = &analysis.trafficking;
    let s = &analysis.smuggling;
    vec![
        (
            Offence::Trafficking,
            (t.established, t.status),
            t.citation,
            vec![
                (Element::Act, &t.act),
                (Element::Means, &t.means),
                (Element::Purpose, &t.purpose),
            ],
        ),
        (
            Offence::Smuggling,
            (s.established, s.status),
            s.citation,
            vec![(Element::Crossing, &s.crossing), (Element::Benefit, &s.benefit)],
        ),
    ]
}

impl LawGrid {
    pub fn of(comparison: &Comparison) -> LawGrid {
        let frames = Frame::ALL;
        let [a, b] = frames.map(|f| offences_of(comparison.get(f)));
        let offences: Vec<OffenceRow> = a
            .into_iter()
            .zip(b)
            .map(
                |((offence, est_a, cit_a, els_a), (_, est_b, cit_b, els_b))| OffenceRow {
                    offence,
                    established: [est_a.0, est_b.0],
                    status: [est_a.1, est_b.1],
                    citation: [cit_a, cit_b],
                    elements: els_a
                        .into_iter()
                        .zip(els_b)
                        .map(|((element, fa), (_, fb))| ElementRow {
                            element,
                            status: [fa.status, fb.status],
                            own_citation: [
                                (fa.citation != cit_a).then_some(fa.citation),
                                (fb.citation != cit_b).then_some(fb.citation),
                            ],
                        })
                        .collect(),
                },
            )
            .collect();
        let open = [0, 1].map(|i| {
            offences.iter().find_map(|row| match row.status[i] {
                Status::Open(q) => Some(q),
                _ => None,
            })
        });
        LawGrid {
            frames,
            verdicts: frames.map(|f| comparison.get(f).verdict),
            open,
            offences,
        }
    }
}
