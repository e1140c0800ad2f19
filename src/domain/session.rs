//! Playing one case: the step shown, the options picked, the confidence given, the answers recorded.
//!
//! Pure state, driven by the web layer's reducer; scoring is done by the caller with
//! [`crate::domain::scoring`] so that the record stored and the feedback shown agree.

use super::case::Case;
use super::order;
use super::progress::{Attempt, StepRecord};
use super::scoring::Confidence;

/// Where a learner is in one case.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseSession {
    pub attempt: Attempt,
    /// The step shown; equal to the number of steps once the case is finished.
    pub current: usize,
    /// Options picked for the current step, not yet checked.
    pub selected: Vec<usize>,
    pub confidence: Option<Confidence>,
    /// The learner chose to read a case that carries a content warning.
    pub warning_accepted: bool,
}

/// What the learner can do while playing.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionAction {
    /// Pick an option; with `multiple`, picking again removes it.
    Pick {
        option: usize,
        multiple: bool,
    },
    SetConfidence(Option<Confidence>),
    /// The current step was answered and scored.
    Answered(StepRecord),
    Next,
    /// Show an answered step again, with its feedback (from the result's recap, or Back from a
    /// reference card to the feedback being read).
    Review(usize),
    AcceptWarning,
    /// Start a fresh attempt.
    Restart {
        attempt_id: String,
        now: f64,
    },
}

impl CaseSession {
    /// Opens a case where the learner left it: an unfinished attempt resumes at its next step, a
    /// finished one shows its result; otherwise a new attempt starts.
    pub fn start<T>(
        case: &Case<T>,
        content_version: &str,
        attempt_id: String,
        now: f64,
        resume: Option<&Attempt>,
    ) -> Self {
        if let Some(previous) = resume.filter(|a| a.step_count == case.steps.len() && a.case_version == case.version) {
            return CaseSession {
                current: previous.next_step().unwrap_or(case.steps.len()),
                attempt: previous.clone(),
                selected: Vec::new(),
                confidence: None,
                warning_accepted: true,
            };
        }
        CaseSession {
            attempt: Attempt {
                id: attempt_id,
                case_id: case.id.clone(),
                case_version: case.version,
                content_version: content_version.to_string(),
                step_count: case.steps.len(),
                started_at: now,
                steps: Vec::new(),
                unknown: Default::default(),
            },
            current: 0,
            selected: Vec::new(),
            confidence: None,
            warning_accepted: false,
        }
    }

    /// The record of the current step, once it has been answered.
    pub fn current_record(&self) -> Option<&StepRecord> {
        self.attempt.steps.iter().find(|s| s.step == self.current)
    }

    /// One line per step for the result's recap: the step and its score, if answered.
    pub fn recap(&self) -> Vec<(usize, Option<u8>)> {
        (0..self.attempt.step_count)
            .map(|i| (i, self.attempt.steps.iter().find(|s| s.step == i).map(|s| s.score)))
            .collect()
    }

    pub fn is_finished(&self) -> bool {
        self.current >= self.attempt.step_count
    }

    pub fn apply(&mut self, action: SessionAction) {
        let answered = self.current_record().is_some();
        match action {
            SessionAction::Pick { option, multiple } if !answered => {
                if multiple {
                    if let Some(at) = self.selected.iter().position(|o| *o == option) {
                        self.selected.remove(at);
                    } else {
                        self.selected.push(option);
                        order::sort(&mut self.selected);
                    }
                } else {
                    self.selected = vec![option];
                }
            }
            SessionAction::SetConfidence(c) if !answered => self.confidence = c,
            SessionAction::Answered(record) if !answered && record.step == self.current => {
                self.attempt.steps.push(record);
                order::sort_by_key(&mut self.attempt.steps, |s| s.step);
            }
            SessionAction::Next if answered => {
                self.current += 1;
                self.selected.clear();
                self.confidence = None;
            }
            // An answered step, or the result once every step is answered.
            SessionAction::Review(step)
                if self.attempt.steps.iter().any(|s| s.step == step)
                    || (step == self.attempt.step_count && self.attempt.is_complete()) =>
            {
                self.current = step;
                self.selected.clear();
                self.confidence = None;
                self.warning_accepted = true;
            }
            SessionAction::AcceptWarning => self.warning_accepted = true,
            SessionAction::Restart { attempt_id, now } => {
                self.attempt = Attempt {
                    id: attempt_id,
                    started_at: now,
                    steps: Vec::new(),
                    ..self.attempt.clone()
                };
                self.current = 0;
                self.selected.clear();
                self.confidence = None;
            }
            _ => {}
        }
    }
}
