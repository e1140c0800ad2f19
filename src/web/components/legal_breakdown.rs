//! The engine's reasoning under both frames of law: each element met or missing, with its article.

use crate::domain::analysis::{Analysis, Comparison, ElementFinding, ElementStatus, Status};
use crate::domain::citation::Citation;
use crate::domain::element::Element;
use crate::domain::facts::Facts;
use crate::domain::frame::Frame;
use crate::domain::offence::Offence;
use crate::i18n::law_labels::{self, Ui};
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
            { citation(finding.citation, l) }
        </li>
    }
}

/// A citation the learner can tap to read what the article says, with its public source.
pub fn citation(c: Citation, l: Locale) -> Html {
    html! {
        <details class="citation">
            <summary><cite dir="auto">{ labels::citation(c, l) }</cite></summary>
            <p dir="auto">
                { law_labels::article_line(c, l) }
                <span class="citation__source">{ format!(" {} {}", law_labels::ui(Ui::ArticleSource, l), c.public_source()) }</span>
            </p>
        </details>
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Established | Status::Attempted => "finding finding--yes",
        Status::NotEstablished => "finding finding--no",
        Status::Open(_) => "finding finding--open",
    }
}

fn finding_line(offence: Offence, status: Status, citation_of: Citation, l: Locale) -> Html {
    html! {
        <>
            <div class={status_class(status)} data-status={format!("{status:?}").to_lowercase()}>
                <p><strong dir="auto">{ law_labels::finding_head(labels::offence(offence, l), labels::status_word(offence, status, l), l) }</strong></p>
                { citation(citation_of, l) }
            </div>
            if let Some(q) = status.open() {
                <p class="notice notice--open" dir="auto" data-testid="open-question">{ law_labels::open_question(q, l) }</p>
            }
        </>
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
            <p class="frame__verdict">{ match analysis.verdict_if_open {
                Some(alt) => law_labels::verdict_open(labels::verdict(analysis.verdict, l), labels::verdict(alt, l), l),
                None => fill(Msg::VerdictUnder.text(l), &[("verdict", labels::verdict(analysis.verdict, l))]),
            } }</p>
            { finding_line(Offence::Trafficking, t.status, t.citation, l) }
            <ul class="elements">
                { element_line(Element::Act, &t.act, l) }
                { element_line(Element::Means, &t.means, l) }
                { element_line(Element::Purpose, &t.purpose, l) }
            </ul>
            { finding_line(Offence::Smuggling, s.status, s.citation, l) }
            <ul class="elements">
                { element_line(Element::Crossing, &s.crossing, l) }
                { element_line(Element::Benefit, &s.benefit, l) }
            </ul>
            if !analysis.others.is_empty() {
                <@{format!("h{}", level + 2)} class="frame__subheading">{ law_labels::ui(Ui::OtherOffences, l) }</@>
                { for analysis.others.iter().map(|o| finding_line(law_labels::offence(o.offence, l), o.status, o.basis.1, l)) }
            }
            if !analysis.notes.is_empty() {
                <ul class="notes">
                    { for analysis.notes.iter().map(|n| html! {
                        <li dir="auto">
                            { labels::note(*n, l) }
                            { for n.basis().into_iter().map(|(_, c)| citation(c, l)) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

#[function_component(LegalBreakdown)]
pub fn legal_breakdown(props: &LegalBreakdownProps) -> Html {
    let l = props.locale;
    let comparison = Comparison::of(&props.facts);
    let reasons = comparison.reasons();
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
            if !reasons.is_empty() {
                <details class="frames-part" open=true>
                    <summary>{ law_labels::ui(Ui::WhyFramesPart, l) }</summary>
                    <ul>{ for reasons.iter().map(|r| html! { <li dir="auto">{ law_labels::divergence(*r, l) }</li> }) }</ul>
                </details>
            }
            <div class="frames">
                { frame_section(&comparison.international, l, props.level) }
                { frame_section(&comparison.morocco, l, props.level) }
            </div>
        </div>
    }
}
