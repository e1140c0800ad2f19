//! Using progress to teach: mastery per concept, a gentle review queue, confidence calibration,
//! and the completion of a track for a certificate. Pure functions over attempts and a clock.

use super::case::Track;
use super::concept::Concept;
use super::content::CaseSummary;
use super::order;
use super::progress::{Attempt, CaseStatus, Progress};
use super::scoring::Confidence;
use std::collections::BTreeMap;

/// A day, in milliseconds.
pub const DAY_MS: f64 = 86_400_000.0;
/// At most this many cases come back for review on one day, so no backlog builds up.
pub const MAX_REVIEWS_PER_DAY: usize = 3;
/// Days until a case comes back, after its 1st, 2nd, 3rd... completed attempt.
pub const REVIEW_INTERVALS_DAYS: [f64; 5] = [1.0, 3.0, 7.0, 14.0, 30.0];
/// A concept counts as mastered from this level.
pub const MASTERED: u8 = 80;

/// How well a concept is mastered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mastery {
    /// 0 to 100: a running average that weighs recent answers more.
    pub level: u8,
    /// How many answers it rests on.
    pub evidence: usize,
}

/// The step records of attempts whose case version matches the summary, oldest first, with the
/// concepts each exercised.
fn scored_steps<'a>(progress: &'a Progress, cases: &'a [CaseSummary]) -> Vec<(f64, u8, &'a [Concept])> {
    let mut out = Vec::new();
    for attempt in &progress.attempts {
        let Some(summary) = cases
            .iter()
            .find(|c| c.id == attempt.case_id && c.version == attempt.case_version)
        else {
            continue;
        };
        for record in &attempt.steps {
            if let Some(concepts) = summary.concepts.get(record.step) {
                out.push((record.answered_at, record.score, concepts.as_slice()));
            }
        }
    }
    order::sort_by(&mut out, |a, b| a.0.total_cmp(&b.0));
    out
}

/// Mastery of each concept the learner has met, from every answer given.
pub fn mastery(progress: &Progress, cases: &[CaseSummary]) -> BTreeMap<Concept, Mastery> {
    let mut levels: BTreeMap<Concept, (f64, usize)> = BTreeMap::new();
    for (_, score, concepts) in scored_steps(progress, cases) {
        for concept in concepts {
            let entry = levels.entry(*concept).or_insert((f64::from(score), 0));
            // An exponential moving average: the latest answers count most, old mistakes fade.
            entry.0 += 0.4 * (f64::from(score) - entry.0);
            entry.1 += 1;
        }
    }
    order::map_of(levels.into_iter().map(|(c, (level, evidence))| {
        (
            c,
            Mastery {
                level: level.round() as u8,
                evidence,
            },
        )
    }))
}

/// The concepts below mastery, weakest first.
pub fn weakest(mastery: &BTreeMap<Concept, Mastery>) -> Vec<Concept> {
    let mut weak: Vec<(Concept, Mastery)> = mastery
        .iter()
        .filter(|(_, m)| m.level < MASTERED)
        .map(|(c, m)| (*c, *m))
        .collect();
    order::sort_by_key(&mut weak, |(c, m)| (m.level, *c));
    weak.into_iter().map(|(c, _)| c).collect()
}

/// A case due for review, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub case_id: String,
    /// When it became due.
    pub due_at: f64,
    /// The weak concepts it exercises.
    pub concepts: Vec<Concept>,
}

/// The cases due today: completed cases that exercise a weak concept or were not fully right,
/// spaced over growing intervals after each completion, and never more than
/// [`MAX_REVIEWS_PER_DAY`]. Missing a day adds nothing: the cap is the same tomorrow.
pub fn review_queue(progress: &Progress, cases: &[CaseSummary], now: f64) -> Vec<Review> {
    let weak = weakest(&mastery(progress, cases));
    let mut due: Vec<(usize, Review)> = Vec::new();
    for summary in cases {
        let completed: Vec<&Attempt> = progress.attempts_at(&summary.id).filter(|a| a.is_complete()).collect();
        let Some(latest) = completed
            .iter()
            .max_by(|a, b| a.updated_at().total_cmp(&b.updated_at()))
        else {
            continue;
        };
        let exercised: Vec<Concept> = weak
            .iter()
            .copied()
            .filter(|c| summary.concepts.iter().any(|s| s.contains(c)))
            .collect();
        if exercised.is_empty() && latest.score() >= MASTERED {
            continue;
        }
        let interval = if latest.score() < 60 {
            REVIEW_INTERVALS_DAYS[0]
        } else {
            REVIEW_INTERVALS_DAYS[(completed.len() - 1).min(REVIEW_INTERVALS_DAYS.len() - 1)]
        };
        let due_at = latest.updated_at() + interval * DAY_MS;
        if due_at <= now {
            // Cases touching the weakest concepts come first.
            let rank = exercised
                .iter()
                .filter_map(|c| weak.iter().position(|w| w == c))
                .min()
                .unwrap_or(weak.len());
            due.push((
                rank,
                Review {
                    case_id: summary.id.clone(),
                    due_at,
                    concepts: exercised,
                },
            ));
        }
    }
    order::sort_by(&mut due, |a, b| a.0.cmp(&b.0).then(a.1.due_at.total_cmp(&b.1.due_at)));
    due.into_iter().take(MAX_REVIEWS_PER_DAY).map(|(_, r)| r).collect()
}

/// How often the learner was right at each level of confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Calibration {
    pub right: usize,
    pub total: usize,
}

impl Calibration {
    pub fn percent(&self) -> Option<u8> {
        (self.total > 0).then(|| ((self.right * 100 + self.total / 2) / self.total) as u8)
    }
}

/// Right answers (full score) over answers given, for each confidence the learner declared.
pub fn calibration(progress: &Progress) -> BTreeMap<u8, (Confidence, Calibration)> {
    let mut out: BTreeMap<u8, (Confidence, Calibration)> = BTreeMap::new();
    for record in progress.attempts.iter().flat_map(|a| &a.steps) {
        if let Some(c) = record.confidence {
            let key = Confidence::ALL.iter().position(|x| *x == c).unwrap_or(0) as u8;
            let entry = out.entry(key).or_insert((c, Calibration::default()));
            entry.1.total += 1;
            entry.1.right += usize::from(record.score == 100);
        }
    }
    out
}

/// Where a learner stands on one track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrackProgress {
    pub done: usize,
    pub total: usize,
    /// The mean score of the latest completed attempt at each case done.
    pub score: Option<u8>,
}

impl TrackProgress {
    /// Every case of the track done, with at least 80% on average.
    pub fn earns_certificate(&self) -> bool {
        self.total > 0 && self.done == self.total && self.score.is_some_and(|s| s >= MASTERED)
    }
}

/// Completion and score of a track, over the built-in cases that belong to it.
pub fn track_progress(progress: &Progress, cases: &[CaseSummary], track: Track) -> TrackProgress {
    let in_track: Vec<&CaseSummary> = cases
        .iter()
        .filter(|c| c.tracks.contains(&track) && c.pack.is_empty())
        .collect();
    let scores: Vec<u8> = in_track
        .iter()
        .filter_map(|c| match progress.status(&c.id) {
            CaseStatus::Done(s) => Some(s),
            _ => None,
        })
        .collect();
    let score = (!scores.is_empty())
        .then(|| ((scores.iter().map(|s| *s as usize).sum::<usize>() + scores.len() / 2) / scores.len()) as u8);
    TrackProgress {
        done: scores.len(),
        total: in_track.len(),
        score,
    }
}
