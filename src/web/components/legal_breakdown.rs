//! The engine's reasoning under both frames of law. As a grid (each offence, its article cited
//! once, each element ✓ or ✗ under each frame side by side), as the full element-by-element text,
//! or both; the feedback shows the grid with the full text one tap away.

use crate::domain::analysis::{Analysis, Comparison, ElementFinding, ElementStatus, Status};
use crate::domain::citation::Citation;
use crate::domain::element::Element;
use crate::domain::facts::Facts;
use crate::domain::frame::Frame;
use crate::domain::law_grid::LawGrid;
use crate::domain::offence::Offence;
use crate::i18n::law_labels::{self, Ui};
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale, Msg, PhoneMsg};
use yew::prelude::*;

/// How much of the reasoning to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BreakdownView {
    /// Both frames in full, element by element (the explorer).
    #[default]
    Full,
    /// The grid alone (the projector, where it must fit the screen).
    Grid,
    /// The grid, then the full text (the presenter's notes).
    GridAndFull,
    /// The grid, and the full text behind one tap, open or not as `open` says (the feedback).
    GridThenDetails { open: bool },
}

#[derive(Properties, PartialEq)]
pub struct LegalBreakdownProps {
    pub facts: Facts,
    pub locale: Locale,
    /// The heading level of the section, so it fits the page's outline (frames go one below).
    #[prop_or(3)]
    pub level: u8,
    #[prop_or_default]
    pub view: BreakdownView,
    /// The learner asks to open (`true`) or close the full text (with `GridThenDetails`).
    #[prop_or_default]
    pub ontoggle: Callback<bool>,
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

/// One of the two offences the app teaches, its status agreeing with its name.
fn finding_line(offence: Offence, status: Status, citation_of: Citation, l: Locale) -> Html {
    finding_block(
        labels::offence(offence, l),
        labels::status_word(offence, status, l),
        status,
        citation_of,
        l,
    )
}

/// A finding: the offence's name and what is said of it, the article, and any open question.
fn finding_block(name: &str, word: &str, status: Status, citation_of: Citation, l: Locale) -> Html {
    html! {
        <>
            <div class={status_class(status)} data-status={format!("{status:?}").to_lowercase()}>
                <p><strong dir="auto">{ law_labels::finding_head(name, word, l) }</strong></p>
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
                { for analysis.others.iter().map(|o| finding_block(law_labels::offence(o.offence, l), law_labels::status(o.status, l), o.status, o.basis.1, l)) }
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

fn frame_short(frame: Frame, l: Locale) -> &'static str {
    match frame {
        Frame::International => PhoneMsg::FrameInternationalShort.text(l),
        Frame::Morocco => PhoneMsg::FrameMoroccoShort.text(l),
    }
}

fn offence_name(offence: Offence, l: Locale) -> &'static str {
    match offence {
        Offence::Trafficking => Msg::TraffickingHeading.text(l),
        Offence::Smuggling => Msg::SmugglingHeading.text(l),
    }
}

/// One cell: a mark people see at a glance, and words for screen readers (and for "not
/// required", whose dash means nothing alone).
fn status_cell(status: ElementStatus, own: Option<crate::domain::citation::Citation>, l: Locale) -> Html {
    let (mark, class, words) = match status {
        ElementStatus::Satisfied => ("✓", "law-grid__cell law-grid__cell--met", PhoneMsg::Met),
        ElementStatus::Missing => ("✗", "law-grid__cell law-grid__cell--missing", PhoneMsg::Missing),
        ElementStatus::NotRequired => (
            "–",
            "law-grid__cell law-grid__cell--not-required",
            PhoneMsg::NotRequired,
        ),
    };
    let shown = status == ElementStatus::NotRequired;
    html! {
        <td class={class}>
            <span class="law-grid__mark" aria-hidden="true">{ mark }</span>
            <span class={if shown { "law-grid__words" } else { "visually-hidden" }}>{ words.text(l) }</span>
            if let Some(citation) = own {
                <cite class="law-grid__own-cite" dir="auto">{ labels::citation(citation, l) }</cite>
            }
        </td>
    }
}

/// The grid: the verdict under each frame, then each offence with its elements.
fn grid(comparison: &Comparison, l: Locale) -> Html {
    let grid = LawGrid::of(comparison);
    html! {
        <table class="law-grid" data-testid="law-grid">
            <caption class="visually-hidden">{ PhoneMsg::LawGridCaption.text(l) }</caption>
            <thead>
                <tr>
                    <td></td>
                    { for grid.frames.iter().map(|f| html! {
                        <th scope="col" data-grid-frame={format!("{f:?}").to_lowercase()}>{ frame_short(*f, l) }</th>
                    }) }
                </tr>
            </thead>
            <tbody>
                <tr class="law-grid__verdict">
                    <th scope="row">{ PhoneMsg::LawGridVerdict.text(l) }</th>
                    { for grid.verdicts.iter().zip(grid.open).map(|(v, open)| html! {
                        <td>
                            { labels::verdict(*v, l) }
                            if let Some(q) = open {
                                <span class="law-grid__words" data-testid="verdict-open">{ format!("? {}", law_labels::status(Status::Open(q), l)) }</span>
                            }
                        </td>
                    }) }
                </tr>
            </tbody>
            { for grid.offences.iter().map(|row| html! {
                <tbody class="law-grid__offence">
                    <tr class="law-grid__offence-row">
                        <th scope="row">{ offence_name(row.offence, l) }</th>
                        { for row.status.iter().map(|status| {
                            // An attempt and an open question are neither ✓ nor ✗: they say so.
                            let (class, mark, words) = match status {
                                Status::Established => ("law-grid__cell law-grid__cell--met", "✓", PhoneMsg::ElementsMet.text(l)),
                                Status::NotEstablished => ("law-grid__cell law-grid__cell--missing", "✗", PhoneMsg::ElementsNotMet.text(l)),
                                Status::Attempted => ("law-grid__cell law-grid__cell--attempted", "◐", law_labels::status(*status, l)),
                                Status::Open(_) => ("law-grid__cell law-grid__cell--open", "?", law_labels::status(*status, l)),
                            };
                            html! {
                                <td class={class} data-status={format!("{status:?}").to_lowercase()}>
                                    <span class="law-grid__mark" aria-hidden="true">{ mark }</span>
                                    <span class="visually-hidden">{ words }</span>
                                </td>
                            }
                        }) }
                    </tr>
                    { for row.elements.iter().map(|e| html! {
                        <tr class="law-grid__element">
                            <th scope="row" dir="auto">{ labels::element(e.element, l) }</th>
                            { for e.status.iter().zip(&e.own_citation).map(|(s, c)| status_cell(*s, *c, l)) }
                        </tr>
                    }) }
                    // Each offence's article, once per frame, under its elements.
                    <tr class="law-grid__cite">
                        <td colspan="3">
                            { for grid.frames.iter().zip(&row.citation).enumerate().map(|(i, (f, c))| html! {
                                <>
                                    if i > 0 { <span aria-hidden="true">{ " · " }</span> }
                                    <span class="law-grid__cite-frame">{ fill(PhoneMsg::FrameCited.text(l), &[("frame", frame_short(*f, l))]) }{ " " }</span>
                                    <cite dir="auto">{ labels::citation(*c, l) }</cite>
                                </>
                            }) }
                        </td>
                    </tr>
                </tbody>
            }) }
        </table>
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
    let full = html! {
        <div class="frames">
            { frame_section(&comparison.international, l, props.level) }
            { frame_section(&comparison.morocco, l, props.level) }
        </div>
    };
    let body = match props.view {
        BreakdownView::Full => full,
        BreakdownView::Grid => grid(&comparison, l),
        BreakdownView::GridAndFull => html! { <>{ grid(&comparison, l) }{ full }</> },
        BreakdownView::GridThenDetails { open } => {
            // The state decides: the summary's own toggle is cancelled and the render that
            // follows opens or closes the text, so the choice and the page never disagree.
            let onclick = {
                let ontoggle = props.ontoggle.clone();
                Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    ontoggle.emit(!open);
                })
            };
            html! {
                <>
                    { grid(&comparison, l) }
                    <details class="legal-breakdown__full" {open} data-testid="full-reasoning">
                        <summary {onclick}>{ PhoneMsg::FullReasoning.text(l) }</summary>
                        { full }
                    </details>
                </>
            }
        }
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
            { body }
        </div>
    }
}
