//! The sessions a deck was shown in, kept with the deck on the trainer's device: when each was
//! shown and the room's votes on each question, counts only (nothing names a participant), so
//! the trainer can reopen a session's summary later and export it again.

use crate::domain::presenter::tally::{StepVotes, MAX_TALLY};
use crate::domain::presenter::MAX_OPTIONS;
use serde::{Deserialize, Serialize};

/// The most sessions a deck keeps; the oldest goes first (a deck is rarely shown more often).
pub const MAX_SESSIONS: usize = 50;

/// One showing of a deck.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct SessionRecord {
    /// Made when the show starts, unique on the device; never shown.
    pub id: String,
    /// When the show started, in milliseconds since the Unix epoch.
    pub started_at: f64,
    /// When its votes last changed.
    pub updated_at: f64,
    /// The votes recorded on each question.
    pub tally: Vec<StepVotes>,
    /// Members a newer version stored that this one does not know, kept as they were.
    #[serde(flatten)]
    pub unknown: std::collections::BTreeMap<String, serde_json::Value>,
}

impl SessionRecord {
    pub fn new(id: impl Into<String>, started_at: f64, updated_at: f64, tally: Vec<StepVotes>) -> SessionRecord {
        SessionRecord {
            id: id.into(),
            started_at,
            updated_at,
            tally,
            unknown: Default::default(),
        }
    }

    /// The questions the room voted on.
    pub fn questions(&self) -> usize {
        self.tally.len()
    }

    /// Every raised hand counted, all questions together.
    pub fn votes(&self) -> u64 {
        self.tally
            .iter()
            .flat_map(|t| t.votes.iter())
            .map(|v| u64::from(*v))
            .sum()
    }

    /// Whether the record is one a show could have made: a stored value edited by hand is
    /// ignored rather than trusted (the summary would otherwise draw thousands of rows).
    pub fn is_plausible(&self) -> bool {
        self.tally.len() <= MAX_TALLY && self.tally.iter().all(|t| t.votes.len() <= MAX_OPTIONS)
    }
}

/// Records `session` among `sessions`: replaces the record of the same show, or adds it, keeping
/// the [`MAX_SESSIONS`] most recent. Returns whether anything changed.
pub fn record(sessions: &mut Vec<SessionRecord>, session: SessionRecord) -> bool {
    if !session.is_plausible() {
        return false;
    }
    match sessions.iter_mut().find(|s| s.id == session.id) {
        Some(kept) if kept.tally == session.tally => false,
        Some(kept) => {
            // A newer version's members of the record stay.
            let unknown = std::mem::take(&mut kept.unknown);
            *kept = SessionRecord { unknown, ..session };
            true
        }
        None => {
            sessions.push(session);
            if sessions.len() > MAX_SESSIONS {
                crate::domain::order::sort_by(sessions, |a, b| a.started_at.total_cmp(&b.started_at));
                let extra = sessions.len() - MAX_SESSIONS;
                sessions.drain(..extra);
            }
            true
        }
    }
}
