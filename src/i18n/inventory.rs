//! Every text the interface can show, in one language, each with its key: the catalogues, the
//! names of the vocabulary, the engine's notes, findings and article lines, the citations. What
//! the wording checks (term base, digits) read, through the same functions the app calls.
//!
//! Enums without an `ALL` list are enumerated here, each with a `match` that stops compiling when
//! a variant is added, so a new text cannot escape the checks.

use super::grammar::{Counted, Qualifier, F, FPL, M, MPL};
use super::law_labels::{self, Ui};
use super::packs_catalogue::PackMsg;
use super::safety_catalogue::SafetyMsg;
use super::{labels, phone_catalogue, references, Locale, Msg, PhoneMsg, TrainerMsg};
use crate::domain::aggravation::Art52Aggravation;
use crate::domain::analysis::{Divergence, Note, Offence, OpenQuestion, Status};
use crate::domain::audience::Audience;
use crate::domain::border::EntryState;
use crate::domain::case::{Topic, Track};
use crate::domain::citation::Citation;
use crate::domain::concept::Concept;
use crate::domain::element::Element;
use crate::domain::facts::{Act, FactChange, Facts, Means, Purpose};
use crate::domain::frame::Frame;
use crate::domain::indicator::Indicator;
use crate::domain::scoring::Confidence;
use crate::domain::stage::Stage;
use crate::domain::threshold::ThresholdLimb;
use crate::domain::verdict::Verdict;
use crate::domain::victim::{AroundVictim, VictimAct};

const OFFENCES: [Offence; 10] = [
    Offence::Trafficking,
    Offence::Smuggling,
    Offence::DocumentOffence,
    Offence::EnablingStay,
    Offence::ClandestineCrossing,
    Offence::Overstay,
    Offence::NoResidenceCard,
    Offence::FailingToReport,
    Offence::WitnessIntimidation,
    Offence::RevealingVictim,
];

fn _every_offence_is_listed(o: Offence) {
    match o {
        Offence::Trafficking
        | Offence::Smuggling
        | Offence::DocumentOffence
        | Offence::EnablingStay
        | Offence::ClandestineCrossing
        | Offence::Overstay
        | Offence::NoResidenceCard
        | Offence::FailingToReport
        | Offence::WitnessIntimidation
        | Offence::RevealingVictim => {}
    }
}

const OPEN_QUESTIONS: [OpenQuestion; 4] = [
    OpenQuestion::ExploitationThreshold,
    OpenQuestion::TraffickingAttempt,
    OpenQuestion::CrossingAttempt,
    OpenQuestion::PlannedOrganisation,
];

fn _every_open_question_is_listed(q: OpenQuestion) {
    match q {
        OpenQuestion::ExploitationThreshold
        | OpenQuestion::TraffickingAttempt
        | OpenQuestion::CrossingAttempt
        | OpenQuestion::PlannedOrganisation => {}
    }
}

const DIVERGENCES: [Divergence; 8] = [
    Divergence::TerritorialReach,
    Divergence::NoProfitElement,
    Divergence::Threshold,
    Divergence::LuringOrIntermediation,
    Divergence::MoroccanMeans,
    Divergence::NamedPurpose,
    Divergence::ExitOnly,
    Divergence::Attempt,
];

fn _every_divergence_is_listed(d: Divergence) {
    match d {
        Divergence::TerritorialReach
        | Divergence::NoProfitElement
        | Divergence::Threshold
        | Divergence::LuringOrIntermediation
        | Divergence::MoroccanMeans
        | Divergence::NamedPurpose
        | Divergence::ExitOnly
        | Divergence::Attempt => {}
    }
}

const UI: [Ui; 12] = [
    Ui::OtherOffences,
    Ui::WhyFramesPart,
    Ui::ArticleSource,
    Ui::Open,
    Ui::GroupEffects,
    Ui::GroupPersonStage,
    Ui::GroupBorder,
    Ui::GroupAggravations,
    Ui::GroupStay,
    Ui::GroupVictim,
    Ui::GroupAroundVictim,
    Ui::VerdictsNow,
];

fn _every_ui_text_is_listed(u: Ui) {
    match u {
        Ui::OtherOffences
        | Ui::WhyFramesPart
        | Ui::ArticleSource
        | Ui::Open
        | Ui::GroupEffects
        | Ui::GroupPersonStage
        | Ui::GroupBorder
        | Ui::GroupAggravations
        | Ui::GroupStay
        | Ui::GroupVictim
        | Ui::GroupAroundVictim
        | Ui::VerdictsNow => {}
    }
}

/// Every note the engine can print, with each of its parameters.
pub fn all_notes() -> Vec<Note> {
    let mut notes = vec![
        Note::ConsentInferredFromMeans,
        Note::ChildNoMeansConsentInferred,
        Note::AdultWithoutMeans,
        Note::ThresholdMet,
        Note::TraffickingAttempted,
        Note::OnlyPlanned,
        Note::NoBenefitOutsideProtocol,
        Note::BenefitNotRequiredInMorocco,
        Note::SmugglingAttempted,
        Note::ExitWithoutEntry,
        Note::OutsideLaw0203,
        Note::AggravationNotForAttempts,
        Note::EndangermentNotArt52,
        Note::FalsePapersInMoroccanLaw,
        Note::EnablingStayConditions,
        Note::EnablingStayNotArt52,
        Note::DomesticLawKept,
        Note::NoBorderNeeded,
        Note::DomesticOutsideProtocolScope,
        Note::IrregularCrossingWithoutFacilitator,
        Note::FailingToReportCoversAttempt,
        Note::FamilyExcuseForNotReporting,
        Note::NonPunishmentCovered,
        Note::NonPunishmentNotReached,
        Note::StayPredatesNotCovered,
        Note::NonPunishmentSoftLaw,
    ];
    for c in Citation::ALL {
        notes.extend([
            Note::ConsentIrrelevant(c),
            Note::ChildNoMeansNeeded(c),
            Note::AggravatedSmuggling(c),
            Note::FraudulentDocuments(c),
            Note::MigrantNotLiable(c),
        ]);
    }
    notes.extend(
        Purpose::ALL
            .iter()
            .flat_map(|p| [Note::OpenListPurpose(*p), Note::NamedInMoroccanLaw(*p)]),
    );
    notes.extend(Act::ALL.iter().map(|a| Note::ActOnlyInMoroccanLaw(*a)));
    notes.extend(Means::ALL.iter().map(|m| Note::MeansOnlyInMoroccanLaw(*m)));
    notes.extend(Art52Aggravation::ALL.iter().map(|a| Note::Art52Aggravated(*a)));
    notes.extend(
        AroundVictim::ALL
            .iter()
            .map(|a| Note::AroundVictimOnlyInMoroccanLaw(*a)),
    );
    notes
}

fn _every_note_is_listed(n: Note) {
    match n {
        Note::ConsentIrrelevant(_)
        | Note::ConsentInferredFromMeans
        | Note::ChildNoMeansNeeded(_)
        | Note::ChildNoMeansConsentInferred
        | Note::AdultWithoutMeans
        | Note::OpenListPurpose(_)
        | Note::NamedInMoroccanLaw(_)
        | Note::ActOnlyInMoroccanLaw(_)
        | Note::MeansOnlyInMoroccanLaw(_)
        | Note::ThresholdMet
        | Note::TraffickingAttempted
        | Note::OnlyPlanned
        | Note::NoBenefitOutsideProtocol
        | Note::BenefitNotRequiredInMorocco
        | Note::SmugglingAttempted
        | Note::ExitWithoutEntry
        | Note::OutsideLaw0203
        | Note::AggravatedSmuggling(_)
        | Note::AggravationNotForAttempts
        | Note::EndangermentNotArt52
        | Note::Art52Aggravated(_)
        | Note::FraudulentDocuments(_)
        | Note::FalsePapersInMoroccanLaw
        | Note::EnablingStayConditions
        | Note::EnablingStayNotArt52
        | Note::MigrantNotLiable(_)
        | Note::DomesticLawKept
        | Note::NoBorderNeeded
        | Note::DomesticOutsideProtocolScope
        | Note::IrregularCrossingWithoutFacilitator
        | Note::AroundVictimOnlyInMoroccanLaw(_)
        | Note::FailingToReportCoversAttempt
        | Note::FamilyExcuseForNotReporting
        | Note::NonPunishmentCovered
        | Note::NonPunishmentNotReached
        | Note::StayPredatesNotCovered
        | Note::NonPunishmentSoftLaw => {}
    }
}

/// Every text of the interface in one language, as (key, text).
pub fn interface_texts(l: Locale) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |key: String, text: &str| out.push((key, text.to_string()));
    for m in Msg::ALL {
        push(format!("Msg::{}", m.name()), m.text(l));
    }
    for m in TrainerMsg::ALL {
        push(format!("TrainerMsg::{}", m.name()), m.text(l));
    }
    for m in PackMsg::ALL {
        push(format!("PackMsg::{}", m.name()), m.text(l));
    }
    for m in PhoneMsg::ALL {
        push(format!("PhoneMsg::{}", m.name()), m.text(l));
    }
    for m in SafetyMsg::ALL {
        push(format!("SafetyMsg::{}", m.name()), m.text(l));
    }
    for a in Audience::ALL {
        push(format!("audience {a:?}"), phone_catalogue::audience(a, l));
    }
    for v in Verdict::ALL {
        push(format!("labels::verdict({v:?})"), labels::verdict(v, l));
    }
    for f in Frame::ALL {
        push(format!("labels::frame({f:?})"), labels::frame(f, l));
        push(format!("labels::frame_heading({f:?})"), labels::frame_heading(f, l));
    }
    for a in Act::ALL {
        push(format!("labels::act({a:?})"), labels::act(a, l));
    }
    for m in Means::ALL {
        push(format!("labels::means({m:?})"), labels::means(m, l));
    }
    for p in Purpose::ALL {
        push(format!("labels::purpose({p:?})"), labels::purpose(p, l));
    }
    for k in Facts::all_keys() {
        push(format!("labels::fact({k:?})"), labels::fact(k, l));
        for set in [true, false] {
            push(
                format!("labels::fact_change({k:?}, {set})"),
                &labels::fact_change(FactChange { fact: k, set }, l),
            );
        }
    }
    for e in Element::ALL {
        push(format!("labels::element({e:?})"), labels::element(e, l));
    }
    for t in Track::ALL {
        push(format!("labels::track({t:?})"), labels::track(t, l));
    }
    for t in Topic::ALL {
        push(format!("labels::topic({t:?})"), labels::topic(t, l));
    }
    for c in Concept::ALL {
        push(format!("labels::concept({c:?})"), labels::concept(c, l));
    }
    for c in Confidence::ALL {
        push(format!("labels::confidence({c:?})"), labels::confidence(c, l));
    }
    for i in Indicator::ALL {
        push(format!("labels::indicator({i:?})"), labels::indicator(i, l));
        push(
            format!("labels::indicator_kind({:?})", i.kind()),
            labels::indicator_kind(i.kind(), l),
        );
    }
    for c in Citation::ALL {
        push(format!("labels::citation({c:?})"), labels::citation(c, l));
        push(
            format!("law_labels::citation_name({c:?})"),
            law_labels::citation_name(c, l),
        );
        push(
            format!("law_labels::article_line({c:?})"),
            law_labels::article_line(c, l),
        );
    }
    for n in all_notes() {
        push(format!("labels::note({n:?})"), &labels::note(n, l));
        if let Some(text) = law_labels::note(n, l) {
            push(format!("law_labels::note({n:?})"), text);
        }
    }
    let statuses = [Status::Established, Status::Attempted, Status::NotEstablished]
        .into_iter()
        .chain(OPEN_QUESTIONS.map(Status::Open));
    for s in statuses {
        push(format!("law_labels::status({s:?})"), law_labels::status(s, l));
    }
    for o in OFFENCES {
        push(format!("law_labels::offence({o:?})"), law_labels::offence(o, l));
    }
    for o in crate::domain::offence::Offence::ALL {
        push(format!("labels::offence({o:?})"), labels::offence(o, l));
    }
    for q in OPEN_QUESTIONS {
        push(
            format!("law_labels::open_question({q:?})"),
            law_labels::open_question(q, l),
        );
    }
    for d in DIVERGENCES {
        push(format!("law_labels::divergence({d:?})"), law_labels::divergence(d, l));
    }
    for s in Stage::ALL {
        push(
            format!("law_labels::illegal_entry({s:?})"),
            law_labels::illegal_entry(s, l),
        );
        push(
            format!("law_labels::moroccan_entry({s:?})"),
            law_labels::moroccan_entry(s, l),
        );
        push(
            format!("law_labels::moroccan_exit({s:?})"),
            law_labels::moroccan_exit(s, l),
        );
        push(
            format!("law_labels::trafficking_stage({s:?})"),
            law_labels::trafficking_stage(s, l),
        );
    }
    for e in EntryState::ALL {
        push(format!("law_labels::entry_into({e:?})"), law_labels::entry_into(e, l));
    }
    for t in ThresholdLimb::ALL {
        push(format!("law_labels::effect({t:?})"), law_labels::effect(t, l));
    }
    for a in Art52Aggravation::ALL {
        push(
            format!("law_labels::art52_aggravation({a:?})"),
            law_labels::art52_aggravation(a, l),
        );
    }
    for v in VictimAct::ALL {
        push(format!("law_labels::victim_act({v:?})"), law_labels::victim_act(v, l));
    }
    for a in AroundVictim::ALL {
        push(
            format!("law_labels::around_victim({a:?})"),
            law_labels::around_victim(a, l),
        );
    }
    for u in UI {
        push(format!("law_labels::ui({u:?})"), law_labels::ui(u, l));
    }
    for code in references::codes() {
        if let Ok(r) = references::parse(code) {
            push(format!("references `{code}`"), &references::render(&r, l));
        }
    }
    for q in Qualifier::ALL {
        for a in [M, F, MPL, FPL] {
            push(format!("qualifier {q:?}"), q.agreeing(a, l));
        }
    }
    for c in Counted::ALL {
        for n in [0, 1, 2, 3, 11, 100, 4000] {
            push(format!("{c:?} {n}"), &c.phrase(n, l));
        }
    }
    out
}
