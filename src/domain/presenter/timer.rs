//! The optional discussion timer: a stopwatch, or a countdown the trainer sets (two minutes to
//! discuss), hidden until the trainer starts it, and back to its start on every step.

use serde::{Deserialize, Serialize};

/// A stopwatch that both windows can draw from the same state, because they share one clock.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Timer {
    /// Off by default: the room sees no timer until the trainer starts one.
    pub shown: bool,
    /// When it was last started (milliseconds since the epoch), while it runs.
    pub running_since: Option<f64>,
    /// Time counted before the last start, in milliseconds.
    pub elapsed_ms: f64,
    /// A countdown of this many milliseconds per step; `None` counts up.
    #[serde(default)]
    pub countdown_ms: Option<f64>,
}

/// The countdowns a trainer can choose, in minutes.
pub const COUNTDOWN_MINUTES: [u32; 6] = [1, 2, 3, 5, 10, 15];

impl Timer {
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn start(&mut self, now: f64) {
        self.shown = true;
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    pub fn stop(&mut self, now: f64) {
        if let Some(since) = self.running_since.take() {
            self.elapsed_ms += (now - since).max(0.0);
        }
    }

    /// Milliseconds counted at `now`; a clock that went backwards never makes it shrink.
    pub fn elapsed(&self, now: f64) -> f64 {
        self.elapsed_ms + self.running_since.map_or(0.0, |since| (now - since).max(0.0))
    }

    /// Milliseconds left of the countdown at `now` (never below zero); `None` for a stopwatch.
    pub fn remaining(&self, now: f64) -> Option<f64> {
        self.countdown_ms.map(|length| (length - self.elapsed(now)).max(0.0))
    }

    /// Whether a countdown has reached zero.
    pub fn is_over(&self, now: f64) -> bool {
        self.remaining(now) == Some(0.0)
    }

    /// The time as `m:ss`: left of the countdown (rounded up, so it shows 0:00 only at the end),
    /// or counted by the stopwatch.
    pub fn display(&self, now: f64) -> String {
        let seconds = match self.remaining(now) {
            Some(left) => (left / 1000.0).ceil() as u64,
            None => (self.elapsed(now) / 1000.0).floor() as u64,
        };
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }

    /// Back to the start (zero, or the whole countdown), stopped; shown or not as before.
    pub fn rewind(&mut self) {
        self.running_since = None;
        self.elapsed_ms = 0.0;
    }

    /// The countdown after this one in [`COUNTDOWN_MINUTES`], in minutes; 0 (a stopwatch) after the last.
    pub fn next_countdown(&self) -> u32 {
        let now = self.countdown_ms.map_or(0, |ms| (ms / 60_000.0).round() as u32);
        COUNTDOWN_MINUTES.iter().copied().find(|m| *m > now).unwrap_or(0)
    }

    /// Sets a countdown of `minutes` (0: back to a stopwatch), rewound and shown, not started.
    pub fn set_countdown(&mut self, minutes: u32) {
        self.countdown_ms = (minutes > 0).then(|| f64::from(minutes.min(60)) * 60_000.0);
        self.rewind();
        self.shown = true;
    }
}
