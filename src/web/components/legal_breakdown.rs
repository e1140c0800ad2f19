//! The engine's reasoning under both frames of law. As a grid (each offence, its article cited
//! once, each element ✓ or ✗ under each frame side by side), as the full element-by-element text,
//! or both; the feedback shows the grid with the full text one tap away.

use crate::domain::analysis::{Analysis, Comparison, ElementFinding, ElementStatus};
use crate::domain::element::Element;
use crate::domain::facts::Facts;
use crate::domain::frame::Frame;
use crate::domain::law_grid::{LawGrid, Offence};
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
            <cite dir="auto">{ labels::citation(finding.citation, l) }</cite>
        </li>
    }
}

fn finding_line(offence: Msg, established: bool, citation: crate::domain::citation::Citation, l: Locale) -> Html {
    let status = if established {
        Msg::Established
    } else {
        Msg::NotEstablished
    };
    html! {
        <p class={if established { "finding finding--yes" } else { "finding finding--no" }}>
            <strong>{ fill(Msg::FindingLine.text(l), &[
                ("offence", offence.text(l)),
                ("status", status.text(l)),
                ("citation", labels::citation(citation, l)),
            ]) }</strong>
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
            { finding_line(Msg::TraffickingHeading, t.established, t.citation, l) }
            <ul class="elements">
                { element_line(Element::Act, &t.act, l) }
                { element_line(Element::Means, &t.means, l) }
                { element_line(Element::Purpose, &t.purpose, l) }
            </ul>
            { finding_line(Msg::SmugglingHeading, s.established, s.citation, l) }
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
                    { for grid.verdicts.iter().map(|v| html! { <td>{ labels::verdict(*v, l) }</td> }) }
                </tr>
            </tbody>
            { for grid.offences.iter().map(|row| html! {
                <tbody class="law-grid__offence">
                    <tr class="law-grid__offence-row">
                        <th scope="row">{ offence_name(row.offence, l) }</th>
                        { for row.established.iter().map(|yes| html! {
                            <td class={if *yes { "law-grid__cell law-grid__cell--met" } else { "law-grid__cell law-grid__cell--missing" }}>
                                <span class="law-grid__mark" aria-hidden="true">{ if *yes { "✓" } else { "✗" } }</span>
                                <span class="visually-hidden">{ if *yes { PhoneMsg::ElementsMet.text(l) } else { PhoneMsg::ElementsNotMet.text(l) } }</span>
                            </td>
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
            { body }
        </div>
    }
}
