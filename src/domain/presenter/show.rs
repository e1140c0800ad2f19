//! The show: which case and step of a deck is on screen, and what the room has been shown of it.

use super::command::Command;
use super::timer::Timer;
use serde::{Deserialize, Serialize};

/// The most options a step can have votes for (questions have at most eight options).
pub const MAX_OPTIONS: usize = 8;

/// A case of the deck being shown, with its number of steps (at least one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct DeckCase {
    pub id: String,
    pub steps: usize,
}

/// Everything both windows draw from. The audience window receives it whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Show {
    pub deck_id: String,
    pub deck_name: String,
    pub cases: Vec<DeckCase>,
    /// The case on screen, an index into `cases`.
    pub case: usize,
    /// The step on screen, an index into that case's steps.
    pub step: usize,
    /// The answer is shown to the room. Reset on every new step.
    pub revealed: bool,
    /// The legal elements breakdown is asked for. Reset on every new step.
    pub breakdown: bool,
    /// The projector is black. Kept across steps, so the trainer can move on behind a black screen.
    pub blanked: bool,
    pub timer: Timer,
    /// Raised hands per option of the current step; never names, only counts. Reset on every new step.
    pub votes: Vec<u32>,
}

impl Show {
    /// The sessionStorage key under which a presenter window keeps the show of this deck.
    pub fn saved_key(deck_id: &str) -> String {
        format!("tipsom.show.{deck_id}")
    }

    /// The show as a window keeps it, to pick it up again after a reload.
    pub fn to_saved(&self) -> String {
        serde_json::to_string(self).expect("a show serialises")
    }

    /// Picks up a show saved by this window before a reload, where the trainer had got to; the
    /// new show as it is when nothing was saved, or when the saved one is of another deck or the
    /// deck's cases have changed since.
    pub fn resume(self, saved: Option<&str>) -> Show {
        match saved.and_then(|text| serde_json::from_str::<Show>(text).ok()) {
            Some(old) if old.deck_id == self.deck_id && old.cases == self.cases && old.is_consistent() => old,
            _ => self,
        }
    }

    /// A show at the first step of the first case. Cases without steps are left out.
    pub fn new(deck_id: impl Into<String>, deck_name: impl Into<String>, cases: Vec<DeckCase>) -> Show {
        Show {
            deck_id: deck_id.into(),
            deck_name: deck_name.into(),
            cases: cases.into_iter().filter(|c| c.steps > 0).collect(),
            case: 0,
            step: 0,
            revealed: false,
            breakdown: false,
            blanked: false,
            timer: Timer::default(),
            votes: Vec::new(),
        }
    }

    /// The case on screen, if the deck has any.
    pub fn current_case(&self) -> Option<&DeckCase> {
        self.cases.get(self.case)
    }

    /// The number of votes for an option.
    pub fn votes_for(&self, option: usize) -> u32 {
        self.votes.get(option).copied().unwrap_or(0)
    }

    /// All raised hands; saturates rather than wraps, whatever a message claims.
    pub fn total_votes(&self) -> u32 {
        self.votes.iter().fold(0u32, |sum, v| sum.saturating_add(*v))
    }

    /// Whether the show points at a step that exists, with votes for options a step can have: a
    /// show read back from storage or from another window is used only then (a saved `step` of
    /// `u64::MAX` would otherwise overflow on the next step).
    pub fn is_consistent(&self) -> bool {
        self.cases.iter().all(|c| c.steps > 0)
            && self.cases.get(self.case).is_some_and(|c| self.step < c.steps)
            && self.votes.len() <= MAX_OPTIONS
    }

    pub fn is_first(&self) -> bool {
        self.case == 0 && self.step == 0
    }

    pub fn is_last(&self) -> bool {
        match self.cases.last() {
            Some(last) => self.case + 1 == self.cases.len() && self.step + 1 >= last.steps,
            None => true,
        }
    }

    /// Applies a command; returns whether anything changed, so unchanged shows are not re-sent.
    pub fn apply(&mut self, command: Command) -> bool {
        let before = self.clone();
        match command {
            Command::NextStep => match self.current_case() {
                Some(case) if self.step.saturating_add(1) < case.steps => self.go_to(self.case, self.step + 1),
                Some(_) if self.case.saturating_add(1) < self.cases.len() => self.go_to(self.case + 1, 0),
                _ => {}
            },
            Command::PreviousStep => {
                if self.step > 0 {
                    self.go_to(self.case, self.step - 1);
                } else if self.case > 0 {
                    let last = self.cases[self.case - 1].steps - 1;
                    self.go_to(self.case - 1, last);
                }
            }
            Command::NextCase => {
                if self.case + 1 < self.cases.len() {
                    self.go_to(self.case + 1, 0);
                }
            }
            Command::PreviousCase => self.go_to(self.case.saturating_sub(1), 0),
            Command::GoTo { case, step } => {
                if self.cases.get(case).is_some_and(|c| step < c.steps) {
                    self.go_to(case, step);
                }
            }
            Command::ToggleReveal => self.revealed = !self.revealed,
            Command::ToggleBreakdown => self.breakdown = !self.breakdown,
            Command::ToggleBlank => self.blanked = !self.blanked,
            Command::StartTimer { now } => self.timer.start(now),
            Command::StopTimer { now } => self.timer.stop(now),
            Command::ToggleTimer { now } => {
                if self.timer.is_running() {
                    self.timer.stop(now);
                } else {
                    self.timer.start(now);
                }
            }
            Command::ResetTimer => self.timer = Timer::default(),
            Command::AddVote { option } => {
                if option < MAX_OPTIONS {
                    if self.votes.len() <= option {
                        self.votes.resize(option + 1, 0);
                    }
                    self.votes[option] = self.votes[option].saturating_add(1);
                }
            }
            Command::RemoveVote { option } => {
                if let Some(count) = self.votes.get_mut(option) {
                    *count = count.saturating_sub(1);
                }
            }
            Command::ClearVotes => self.votes.clear(),
        }
        *self != before
    }

    /// Moves to a step; a new step starts hidden again, with no votes.
    fn go_to(&mut self, case: usize, step: usize) {
        if (case, step) != (self.case, self.step) {
            self.case = case;
            self.step = step;
            self.revealed = false;
            self.breakdown = false;
            self.votes.clear();
        }
    }
}
