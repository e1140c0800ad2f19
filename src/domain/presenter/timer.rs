//! The optional discussion timer: a stopwatch, hidden until the trainer starts it.

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
}

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

    /// The time as `m:ss`.
    pub fn display(&self, now: f64) -> String {
        let seconds = (self.elapsed(now) / 1000.0).floor() as u64;
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}
