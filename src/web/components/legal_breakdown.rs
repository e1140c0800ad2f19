//! The engine's reasoning under both frames of law: each element met or missing, with its article.

use crate::domain::analysis::{Analysis, Comparison, ElementFinding, ElementStatus};
use crate::domain::element::Element;
use crate::domain::facts::Facts;
use crate::domain::frame::Frame;
use crate::domain::offence::Offence;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegalBreakdownProps {
    pub facts: Facts,
    pub locale: Locale,
    /// The heading level of the section, so it fits the page's outline (frames go one below).
    #[prop_or(3)]
    pub level: u8,
}

fn element_line(element: Element, finding: &ElementFinding, l: Locale) -> Html {
    let text = labels::element_finding(element, finding, l);
    let (mark, class) = match finding.status {
        ElementStatus::Satisfied => ("✓", "element element--met"),
        ElementStatus::Missing => ("✗", "element element--missing"),
        ElementStatus::NotRequired => ("–", "element element--not-required"),
    };
    html! {
        <li class={class}>
            <span class="element__mark" aria-hidden="true">{ mark }</span>
            <span dir="auto">{ text }</span>
            <cite dir="auto">{ labels::citation(finding.citation, l) }</cite>
        </li>
    }
}

fn finding_line(offence: Offence, established: bool, citation: crate::domain::citation::Citation, l: Locale) -> Html {
    html! {
        <p class={if established { "finding finding--yes" } else { "finding finding--no" }}>
            <strong>{ labels::finding_line(offence, established, citation, l) }</strong>
        </p>
    }
}

fn frame_section(analysis: &Analysis, l: Locale, level: u8) -> Html {
    let t = &analysis.trafficking;
    let s = &analysis.smuggling;
    let frame_class = match analysis.frame {
        Frame::International => "frame frame--international",
        Frame::Morocco => "frame frame--morocco",
    };
    html! {
        <section class={frame_class} data-frame={format!("{:?}", analysis.frame).to_lowercase()}>
            <@{format!("h{}", level + 1)} class="frame__heading">{ labels::frame_heading(analysis.frame, l) }</@>
            <p class="frame__verdict">{ fill(Msg::VerdictUnder.text(l), &[("verdict", labels::verdict(analysis.verdict, l))]) }</p>
            { finding_line(Offence::Trafficking, t.established, t.citation, l) }
            <ul class="elements">
                { element_line(Element::Act, &t.act, l) }
                { element_line(Element::Means, &t.means, l) }
                { element_line(Element::Purpose, &t.purpose, l) }
            </ul>
            { finding_line(Offence::Smuggling, s.established, s.citation, l) }
            <ul class="elements">
                { element_line(Element::Crossing, &s.crossing, l) }
                { element_line(Element::Benefit, &s.benefit, l) }
            </ul>
            if !analysis.notes.is_empty() {
                <ul class="notes">
                    { for analysis.notes.iter().map(|n| html! { <li dir="auto">{ labels::note(*n, l) }</li> }) }
                </ul>
            }
        </section>
    }
}

#[function_component(LegalBreakdown)]
pub fn legal_breakdown(props: &LegalBreakdownProps) -> Html {
    let l = props.locale;
    let comparison = Comparison::of(&props.facts);
    let differ = if comparison.verdicts_differ() {
        Some(Msg::FramesDiffer)
    } else if comparison.frames_differ() {
        Some(Msg::FramesDifferInBasis)
    } else {
        None
    };
    html! {
        <div class="legal-breakdown">
            <@{format!("h{}", props.level)}>{ Msg::LawHeading.text(l) }</@>
            if let Some(msg) = differ {
                <p class="notice notice--info" data-testid="frames-differ">{ msg.text(l) }</p>
            }
            <div class="frames">
                { frame_section(&comparison.international, l, props.level) }
                { frame_section(&comparison.morocco, l, props.level) }
            </div>
        </div>
    }
}
