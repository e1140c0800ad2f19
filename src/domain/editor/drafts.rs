//! Every draft on the device, and how two copies of them (two tabs, or a tab and what it stored)
//! come together: draft by draft, the copy changed last wins, and a draft deleted stays deleted,
//! so two tabs never undo each other's work.

use super::draft::Draft;
use serde::{Deserialize, Serialize};

/// How many deletions are remembered; older ones cannot come back from a tab that old anyway.
const MAX_REMOVED: usize = 200;

/// The drafts, newest first, and the deletions another tab must not undo.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Drafts {
    pub drafts: Vec<Draft>,
    /// Deleted drafts: the id and when; a copy of the draft changed before that is not brought back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<(String, u64)>,
}

impl Drafts {
    pub fn get(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == id)
    }

    /// Adds a draft, or replaces the one of the same id.
    pub fn put(&mut self, draft: Draft) {
        self.removed.retain(|(id, _)| *id != draft.id);
        match self.drafts.iter_mut().find(|d| d.id == draft.id) {
            Some(existing) => *existing = draft,
            None => self.drafts.push(draft),
        }
        self.sort();
    }

    /// Deletes a draft, remembering when.
    pub fn remove(&mut self, id: &str, now: u64) {
        self.drafts.retain(|d| d.id != id);
        self.removed.retain(|(r, _)| r != id);
        self.removed.push((id.to_string(), now));
        self.trim();
    }

    /// The two copies together: each draft as changed last, none that was deleted after its last change.
    pub fn merge(&self, other: &Drafts) -> Drafts {
        let mut removed: Vec<(String, u64)> = Vec::new();
        for (id, at) in self.removed.iter().chain(&other.removed) {
            match removed.iter_mut().find(|(r, _)| r == id) {
                Some((_, t)) => *t = (*t).max(*at),
                None => removed.push((id.clone(), *at)),
            }
        }
        let mut drafts: Vec<Draft> = Vec::new();
        for draft in self.drafts.iter().chain(&other.drafts) {
            if removed.iter().any(|(id, at)| *id == draft.id && *at >= draft.updated) {
                continue;
            }
            match drafts.iter_mut().find(|d| d.id == draft.id) {
                Some(existing) if existing.updated < draft.updated => *existing = draft.clone(),
                Some(_) => {}
                None => drafts.push(draft.clone()),
            }
        }
        // A draft changed after its deletion elsewhere is kept: its deletion is forgotten.
        removed.retain(|(id, _)| !drafts.iter().any(|d| d.id == *id));
        let mut out = Drafts { drafts, removed };
        out.sort();
        out.trim();
        out
    }

    fn sort(&mut self) {
        self.drafts
            .sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    }

    fn trim(&mut self) {
        self.removed.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        self.removed.truncate(MAX_REMOVED);
    }

    /// The case ids the drafts use, so a new draft gets another.
    pub fn case_ids(&self) -> impl Iterator<Item = String> + '_ {
        self.drafts.iter().map(|d| d.case.id.clone())
    }
}
