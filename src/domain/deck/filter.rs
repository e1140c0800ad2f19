//! Picking cases for a deck: by audience, verdict and topic.

use crate::domain::case::{Topic, Track};
use crate::domain::content::CaseSummary;
use crate::domain::verdict::Verdict;

/// The deck builder's filters; `None` means any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseFilter {
    pub track: Option<Track>,
    pub verdict: Option<Verdict>,
    pub topic: Option<Topic>,
}

impl CaseFilter {
    pub fn keeps(&self, case: &CaseSummary) -> bool {
        self.track.is_none_or(|t| case.tracks.contains(&t))
            && self.verdict.is_none_or(|v| case.verdict == Some(v))
            && self.topic.is_none_or(|t| case.topics.contains(&t))
    }

    /// The cases that pass, in the bank's order.
    pub fn apply<'a>(&self, cases: &'a [CaseSummary]) -> Vec<&'a CaseSummary> {
        cases.iter().filter(|c| self.keeps(c)).collect()
    }
}
