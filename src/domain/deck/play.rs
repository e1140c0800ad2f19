//! A shared deck played on a participant's phone: where each of its cases stands in the learner's
//! progress, the case its main button opens ("Start", then "Resume"), and the deck's case after
//! each, so a case opened from the deck leads on through the deck and back to it.
//!
//! Progress made in a deck is ordinary progress: the statuses are read from the same attempts as
//! the library's, and a case done elsewhere is done in the deck too.

use crate::domain::home_summary::HomeSummary;
use crate::domain::progress::{CaseStatus, Progress};

/// What the deck page's main button does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckAction {
    /// Nothing of the deck played yet: its first case.
    Start(String),
    /// Some of the deck played: the first unfinished case, else the first not started.
    Resume(String),
    /// Every case of the deck done.
    Finished,
}

/// The deck's cases with where the learner stands on each, in the deck's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckProgress {
    pub cases: Vec<(String, CaseStatus)>,
    pub done: usize,
    pub action: DeckAction,
}

impl DeckProgress {
    /// The progress over `case_ids`, the deck's cases this copy of the app has (a case the
    /// content lacks is left out by the caller: it can be neither played nor done).
    pub fn of(progress: &Progress, case_ids: &[&str]) -> DeckProgress {
        let cases: Vec<(String, CaseStatus)> = case_ids
            .iter()
            .map(|id| (id.to_string(), progress.status(id)))
            .collect();
        let summary = HomeSummary::of(progress, case_ids);
        let started = cases.iter().any(|(_, s)| *s != CaseStatus::NotStarted);
        let action = match summary.next {
            _ if summary.total > 0 && summary.done == summary.total => DeckAction::Finished,
            Some(next) if started => DeckAction::Resume(next),
            Some(next) => DeckAction::Start(next),
            None => DeckAction::Finished,
        };
        DeckProgress {
            done: summary.done,
            cases,
            action,
        }
    }

    pub fn total(&self) -> usize {
        self.cases.len()
    }

    /// Every case of the deck is done.
    pub fn is_finished(&self) -> bool {
        self.action == DeckAction::Finished
    }
}

/// The deck's case after `id`, if `id` is in the deck and not its last.
pub fn next_in_deck<'a>(case_ids: &[&'a str], id: &str) -> Option<&'a str> {
    let at = case_ids.iter().position(|c| *c == id)?;
    case_ids.get(at + 1).copied()
}

/// Where `id` stands in the deck: its number (from 1) and the deck's number of cases.
pub fn place_in_deck(case_ids: &[&str], id: &str) -> Option<(usize, usize)> {
    case_ids
        .iter()
        .position(|c| *c == id)
        .map(|at| (at + 1, case_ids.len()))
}
