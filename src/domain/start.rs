//! Where "Start" leads: the case being played (resume), else the next case of the learner's
//! track, else, on a first visit, a short case of that track without a content warning.
//!
//! Both home pages (the app's and the static one the small module fills in) and the `#/start`
//! address use it, so the button and the address a tap follows before the module runs agree.

use super::audience::Audience;
use super::content::CaseSummary;
use super::progress::{CaseStatus, Progress};

/// What kind of start the home page offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartKind {
    /// Nothing played yet: a first case.
    First,
    /// A case was left unfinished.
    Resume,
    /// The next case not yet played.
    Next,
}

/// The case "Start" opens, and how to name the button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTarget {
    pub kind: StartKind,
    pub case_id: String,
    pub title: String,
}

/// Whether a case is for this learner: in their track, or any case for someone just learning.
fn suits(case: &CaseSummary, audience: Option<Audience>) -> bool {
    match audience.and_then(Audience::track) {
        Some(track) => case.tracks.contains(&track),
        None => true,
    }
}

/// A gentle first case: the shortest without a content warning, of the learner's track if it has
/// one, else of the whole library; the library's order breaks ties.
pub fn first_case(cases: &[CaseSummary], audience: Option<Audience>) -> Option<&CaseSummary> {
    let gentle = |fits: &dyn Fn(&CaseSummary) -> bool| {
        cases
            .iter()
            .filter(|c| !c.content_warning && fits(c))
            .min_by_key(|c| c.steps)
    };
    gentle(&|c| suits(c, audience))
        .or_else(|| gentle(&|_| true))
        .or_else(|| cases.first())
}

/// Where "Start" leads for this learner, over the library's cases in library order.
pub fn start_target(progress: &Progress, cases: &[CaseSummary], audience: Option<Audience>) -> Option<StartTarget> {
    let target = |kind, case: &CaseSummary| StartTarget {
        kind,
        case_id: case.id.clone(),
        title: case.title.clone(),
    };
    // The unfinished case touched last is the one the learner was playing.
    let resume = cases
        .iter()
        .filter(|c| progress.status(&c.id) == CaseStatus::InProgress)
        .max_by(|a, b| {
            let updated = |id: &str| progress.latest_attempt(id).map(|a| a.updated_at()).unwrap_or(0.0);
            updated(&a.id).total_cmp(&updated(&b.id))
        });
    if let Some(case) = resume {
        return Some(target(StartKind::Resume, case));
    }
    let played = cases.iter().any(|c| progress.status(&c.id) != CaseStatus::NotStarted);
    if !played {
        return first_case(cases, audience).map(|c| target(StartKind::First, c));
    }
    let not_started = |fits: &dyn Fn(&CaseSummary) -> bool| {
        cases
            .iter()
            .find(|c| fits(c) && progress.status(&c.id) == CaseStatus::NotStarted)
    };
    not_started(&|c| suits(c, audience))
        .or_else(|| not_started(&|_| true))
        .map(|c| target(StartKind::Next, c))
}
