//! The feedback written on each answer: the legal engine's reasons for a verdict, whether an
//! element is present, whether a sentence is an indicator.

use crate::domain::analysis::{Analysis, ElementFinding};
use crate::domain::element::Element;
use crate::domain::frame::Frame;
use crate::domain::indicator::Indicator;
use crate::domain::offence::Offence;
use crate::domain::verdict::Verdict;
use crate::i18n::grammar::Qualifier;
use crate::i18n::packs_catalogue::PackMsg;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale};

fn element_line(element: Element, finding: &ElementFinding, l: Locale) -> String {
    labels::element_finding(element, finding, l)
}

fn finding(
    offence: Offence,
    status: crate::domain::analysis::Status,
    citation: crate::domain::citation::Citation,
    lines: Vec<String>,
    l: Locale,
) -> String {
    let head = labels::finding_line(offence, status, citation, l);
    let sep = if l == Locale::Ar { "؛ " } else { "; " };
    let mut out = format!("{head}. {}.", lines.join(sep));
    if let Some(q) = status.open() {
        out.push(' ');
        out.push_str(crate::i18n::law_labels::open_question(q, l));
    }
    out
}

/// Why a verdict is right or wrong under the frame analysed: the engine's finding on each
/// offence the verdict gets wrong (on both when it is right), element by element.
pub fn classify(verdict: Verdict, analysis: &Analysis, l: Locale) -> String {
    let right = verdict == analysis.verdict;
    let t = &analysis.trafficking;
    let s = &analysis.smuggling;
    let mut parts = vec![if right {
        PackMsg::OptionRight
    } else {
        PackMsg::OptionWrong
    }
    .text(l)
    .to_string()];
    if right || verdict.includes_trafficking() != t.established {
        parts.push(finding(
            Offence::Trafficking,
            t.status,
            t.citation,
            vec![
                element_line(Element::Act, &t.act, l),
                element_line(Element::Means, &t.means, l),
                element_line(Element::Purpose, &t.purpose, l),
            ],
            l,
        ));
    }
    if right || verdict.includes_smuggling() != s.established {
        parts.push(finding(
            Offence::Smuggling,
            s.status,
            s.citation,
            vec![
                element_line(Element::Crossing, &s.crossing, l),
                element_line(Element::Benefit, &s.benefit, l),
            ],
            l,
        ));
    }
    parts.join(" ")
}

/// Whether an element is present under the frame.
pub fn element(element: Element, present: bool, frame: Frame, l: Locale) -> String {
    let (msg, status) = if present {
        (PackMsg::ElementPresent, Qualifier::Present)
    } else {
        (PackMsg::ElementAbsent, Qualifier::Missing)
    };
    fill(
        msg.text(l),
        &[
            ("element", labels::element(element, l)),
            ("status", status.agreeing(labels::element_agreement(element, l), l)),
            ("frame", labels::frame(frame, l)),
        ],
    )
}

/// Whether a sentence is an indicator, and of what.
pub fn indicator(indicator: Option<Indicator>, l: Locale) -> String {
    match indicator {
        Some(i) => fill(
            PackMsg::IsIndicator.text(l),
            &[
                ("indicator", labels::indicator(i, l)),
                ("kind", labels::indicator_kind(i.kind(), l)),
            ],
        ),
        None => PackMsg::NotIndicator.text(l).to_string(),
    }
}
