//! What the home page shows of a learner's progress. Both home pages use it: the app's, and the
//! static one that a small module fills in before the app loads (`web::home_island`), so the two
//! never disagree.

use super::progress::{CaseStatus, Progress};

/// Cases done, cases in all, and the case the "Start" button opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeSummary {
    pub done: usize,
    pub total: usize,
    /// An unfinished case first, then the first not yet done, else the first case.
    pub next: Option<String>,
}

impl HomeSummary {
    /// The summary over the cases of the library, in library order.
    pub fn of(progress: &Progress, case_ids: &[&str]) -> HomeSummary {
        let first_with = |wanted: CaseStatus| case_ids.iter().find(|id| progress.status(id) == wanted);
        let next = first_with(CaseStatus::InProgress)
            .or_else(|| first_with(CaseStatus::NotStarted))
            .or(case_ids.first());
        HomeSummary {
            done: progress.done_count(case_ids.iter().copied()),
            total: case_ids.len(),
            next: next.map(|id| id.to_string()),
        }
    }

    /// How far along, in percent, for the progress bar.
    pub fn percent(&self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }
}
