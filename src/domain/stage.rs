//! How far a piece of conduct went: planned, attempted or completed.
//!
//! The law punishes the completed offence and, separately, its attempt (Trafficking Protocol
//! Art. 5(2)(a), Smuggling Protocol Art. 6(2)(a); Moroccan Penal Code Arts. 114–116), never mere
//! planning. A boat stopped before it lands has not procured an illegal entry: that is an attempt.

use serde::{Deserialize, Serialize};

/// The stage a piece of conduct reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Prepared or agreed, but not begun: no execution had started.
    Planned,
    /// Begun, and stopped by something outside the author's will (a boat intercepted, a van
    /// stopped before the beach, a traveller stopped at passport control).
    Attempted,
    /// Carried through.
    #[default]
    Completed,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Planned, Stage::Attempted, Stage::Completed];

    /// The name written in content files.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Planned => "planned",
            Stage::Attempted => "attempted",
            Stage::Completed => "completed",
        }
    }
}
