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
    /// The room screen is on the projector: the deck's link as a QR code, and the room's Wi-Fi.
    #[serde(default)]
    pub room_screen: bool,
    /// The deck's shared link, for the room screen (made by the presenter window from this deck).
    #[serde(default)]
    pub link: String,
    /// The room's Wi-Fi, as the trainer typed it, for the room screen; empty when not given.
    #[serde(default)]
    pub wifi: Wifi,
    /// The votes recorded on each step left so far, for the session summary.
    #[serde(default)]
    pub tally: Vec<super::tally::StepVotes>,
    /// This showing of the deck, made by the presenter when the show starts and kept across its
    /// reloads, under which the summary is kept with the deck; empty before that.
    #[serde(default)]
    pub session: String,
    /// When this showing started, in milliseconds since the Unix epoch.
    #[serde(default)]
    pub started_at: f64,
}

/// A Wi-Fi network's name and password, shown on the room screen so phones can join it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Wifi {
    pub name: String,
    pub password: String,
}

impl Wifi {
    /// The longest name (32 bytes in the Wi-Fi standard) and password (63) kept.
    pub fn new(name: &str, password: &str) -> Wifi {
        let cut = |text: &str, max: usize| text.chars().filter(|c| !c.is_control()).take(max).collect();
        Wifi {
            name: cut(name, 32),
            password: cut(password, 63),
        }
    }

    /// The text of a QR code that phones read as "join this network" (the `WIFI:` scheme), with its
    /// special characters escaped; `None` without a name.
    pub fn join_code(&self) -> Option<String> {
        if self.name.trim().is_empty() {
            return None;
        }
        let escape = |text: &str| {
            text.chars().fold(String::new(), |mut out, c| {
                if matches!(c, '\\' | ';' | ',' | ':' | '"') {
                    out.push('\\');
                }
                out.push(c);
                out
            })
        };
        Some(if self.password.is_empty() {
            format!("WIFI:T:nopass;S:{};;", escape(&self.name))
        } else {
            format!("WIFI:T:WPA;S:{};P:{};;", escape(&self.name), escape(&self.password))
        })
    }
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
            // The link is made afresh from the deck (it names the address the app is served from).
            Some(old) if old.deck_id == self.deck_id && old.cases == self.cases && old.is_consistent() => {
                // A show saved before shows had a session takes the new one.
                let (session, started_at) = if old.session.is_empty() {
                    (self.session, self.started_at)
                } else {
                    (old.session.clone(), old.started_at)
                };
                Show {
                    link: self.link,
                    session,
                    started_at,
                    ..old
                }
            }
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
            room_screen: false,
            link: String::new(),
            wifi: Wifi::default(),
            tally: Vec::new(),
            session: String::new(),
            started_at: 0.0,
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
            && self.tally.len() <= super::tally::MAX_TALLY
            && self.tally.iter().all(|t| t.votes.len() <= MAX_OPTIONS)
    }

    /// The votes of every step so far, the current step's included (not yet recorded).
    pub fn summary(&self) -> Vec<super::tally::StepVotes> {
        let mut tally = self.tally.clone();
        if let Some(current) = self.current_case() {
            super::tally::record(&mut tally, &current.id, self.step, &self.votes);
        }
        tally
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
            Command::ToggleRoomScreen => self.room_screen = !self.room_screen,
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
            Command::SetCountdown { minutes } => self.timer.set_countdown(minutes),
            Command::CycleCountdown => self.timer.set_countdown(self.timer.next_countdown()),
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

    /// Moves to a step; a new step starts hidden again, with no votes, and the timer (a countdown
    /// of the same length, or the stopwatch) back at its start, stopped.
    fn go_to(&mut self, case: usize, step: usize) {
        if (case, step) != (self.case, self.step) {
            if let Some(current) = self.cases.get(self.case) {
                super::tally::record(&mut self.tally, &current.id, self.step, &self.votes);
            }
            self.case = case;
            self.step = step;
            self.revealed = false;
            self.breakdown = false;
            self.votes.clear();
            self.timer.rewind();
            self.room_screen = false;
        }
    }
}
