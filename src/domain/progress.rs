//! The learner's progress: every attempt at every case, kept whole, and merged record by record.

use super::audience::Audience;
use super::order;
use super::scoring::{case_score, Confidence};
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Members a newer version of the app stored that this version does not know: kept as they were
/// and written back, so an older tab never erases what a newer one added.
pub type Unknown = BTreeMap<String, serde_json::Value>;

/// The answer given at one step of an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct StepRecord {
    pub step: usize,
    /// The indices of the options chosen.
    pub chosen: Vec<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Percent.
    pub score: u8,
    /// Milliseconds since the Unix epoch.
    pub answered_at: f64,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One play-through of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Attempt {
    /// Unique across devices, so records from two tabs or two phones merge without clashing.
    pub id: String,
    pub case_id: String,
    pub case_version: u32,
    pub content_version: String,
    /// How many steps the case had when this attempt was played.
    pub step_count: usize,
    pub started_at: f64,
    pub steps: Vec<StepRecord>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Attempt {
    pub fn is_complete(&self) -> bool {
        self.step_count > 0 && (0..self.step_count).all(|i| self.steps.iter().any(|s| s.step == i))
    }

    /// The mean of the step scores, in percent.
    pub fn score(&self) -> u8 {
        case_score(&self.steps.iter().map(|s| s.score).collect::<Vec<_>>())
    }

    /// When the last answer was given.
    pub fn updated_at(&self) -> f64 {
        self.steps.iter().map(|s| s.answered_at).fold(self.started_at, f64::max)
    }

    /// The next step to answer, if any.
    pub fn next_step(&self) -> Option<usize> {
        (0..self.step_count).find(|i| !self.steps.iter().any(|s| s.step == *i))
    }

    fn merge(&mut self, other: &Attempt) {
        for record in &other.steps {
            if !self.steps.iter().any(|s| s.step == record.step) {
                self.steps.push(record.clone());
            }
        }
        order::sort_by_key(&mut self.steps, |s| s.step);
        self.started_at = self.started_at.min(other.started_at);
        for (key, value) in &other.unknown {
            self.unknown.entry(key.clone()).or_insert_with(|| value.clone());
        }
    }
}

/// Choices the learner made about the app itself; kept on this device only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub struct Preferences {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
    /// Discreet mode: a neutral name, heading and icon on every page (and for an app installed
    /// meanwhile), neutral case titles, and a case's text shown only when asked for.
    #[serde(default)]
    pub discreet: bool,
    /// Moving inside the app replaces the tab's history entry instead of adding one, so the quick
    /// exit leaves nothing of the app for Back to find. `None`: as discreet mode is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_trail: Option<bool>,
    /// Three quick taps anywhere on a touch screen leave as the quick exit does (off unless chosen).
    #[serde(default)]
    pub exit_gesture: bool,
    #[serde(default)]
    pub large_text: bool,
    #[serde(default)]
    pub high_contrast: bool,
    /// The name typed for a certificate; the only identifying data the app keeps.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub certificate_name: String,
    /// Who the learner said they are on the first visit; it picks the case "Start" opens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::audience::lenient"
    )]
    pub audience: Option<Audience>,
    /// The feedback's legal reasoning shown in full, element by element, rather than as a grid.
    #[serde(default)]
    pub full_reasoning: bool,
    /// When the preferences last changed, so the newer side wins a merge.
    #[serde(default)]
    pub updated_at: f64,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Preferences {
    /// Whether moving inside the app leaves no entry in the tab's history: as chosen, else on in
    /// discreet mode.
    pub fn leaves_no_trail(&self) -> bool {
        self.no_trail.unwrap_or(self.discreet)
    }
}

/// Where a learner stands on one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseStatus {
    NotStarted,
    InProgress,
    /// Completed; the score of the latest completed attempt.
    Done(u8),
}

/// Everything the app keeps about a learner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub struct Progress {
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    #[serde(default)]
    pub preferences: Preferences,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Progress {
    /// Adds one answer to an attempt, starting the attempt if it is new.
    pub fn record_step(&mut self, attempt: Attempt, record: StepRecord) {
        let index = match self.attempts.iter().position(|a| a.id == attempt.id) {
            Some(i) => i,
            None => {
                self.attempts.push(Attempt {
                    steps: Vec::new(),
                    ..attempt
                });
                self.attempts.len() - 1
            }
        };
        let target = &mut self.attempts[index];
        target.steps.retain(|s| s.step != record.step);
        target.steps.push(record);
        order::sort_by_key(&mut target.steps, |s| s.step);
    }

    /// The attempts at one case, oldest first.
    pub fn attempts_at<'a>(&'a self, case_id: &str) -> impl Iterator<Item = &'a Attempt> + 'a {
        let case_id = case_id.to_string();
        self.attempts.iter().filter(move |a| a.case_id == case_id)
    }

    /// The most recently updated attempt at a case.
    pub fn latest_attempt(&self, case_id: &str) -> Option<&Attempt> {
        self.attempts_at(case_id)
            .max_by(|a, b| a.updated_at().total_cmp(&b.updated_at()))
    }

    pub fn status(&self, case_id: &str) -> CaseStatus {
        let latest_done = self
            .attempts_at(case_id)
            .filter(|a| a.is_complete())
            .max_by(|a, b| a.updated_at().total_cmp(&b.updated_at()));
        match (latest_done, self.latest_attempt(case_id)) {
            (Some(done), _) => CaseStatus::Done(done.score()),
            (None, Some(_)) => CaseStatus::InProgress,
            (None, None) => CaseStatus::NotStarted,
        }
    }

    /// How many of the given cases are done.
    pub fn done_count<'a>(&self, case_ids: impl IntoIterator<Item = &'a str>) -> usize {
        case_ids
            .into_iter()
            .filter(|id| matches!(self.status(id), CaseStatus::Done(_)))
            .count()
    }

    pub fn set_locale(&mut self, locale: Locale, now: f64) {
        self.preferences.locale = Some(locale);
        self.preferences.updated_at = now;
    }

    /// Replaces the preferences, stamping the change.
    pub fn set_preferences(&mut self, preferences: Preferences, now: f64) {
        self.preferences = Preferences {
            updated_at: now,
            ..preferences
        };
    }

    /// Merges two records of progress: attempts are united by id and, within an attempt, by
    /// step, so answers given in two tabs or on two devices are all kept; the newer preferences win.
    pub fn merge(&self, other: &Progress) -> Progress {
        let mut by_id: BTreeMap<&str, Attempt> = BTreeMap::new();
        for attempt in self.attempts.iter().chain(&other.attempts) {
            by_id
                .entry(attempt.id.as_str())
                .and_modify(|existing| existing.merge(attempt))
                .or_insert_with(|| attempt.clone());
        }
        let mut attempts: Vec<Attempt> = by_id.into_values().collect();
        order::sort_by(&mut attempts, |a, b| {
            a.started_at.total_cmp(&b.started_at).then_with(|| a.id.cmp(&b.id))
        });
        let preferences = if other.preferences.updated_at > self.preferences.updated_at {
            other.preferences.clone()
        } else {
            self.preferences.clone()
        };
        let mut unknown = other.unknown.clone();
        unknown.extend(self.unknown.clone());
        Progress {
            attempts,
            preferences,
            unknown,
        }
    }
}
