//! Which State's border a crossing is of, and how it was crossed.
//!
//! The two frames reach different borders: the Smuggling Protocol asks for an illegal entry into
//! any State of which the person is not a national or permanent resident (Art. 3(a)); Law No.
//! 02.03 reaches only entry into and exit from Moroccan territory (Arts. 50 and 52). So the State
//! must be typed, never guessed from which facts are missing.

use serde::{Deserialize, Serialize};

/// The State an illegal entry is into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryState {
    /// Morocco (from Algeria, Mauritania, by sea...).
    Morocco,
    /// A State other than Morocco (Spain from Morocco, Austria from Hungary...).
    AnotherState,
}

impl EntryState {
    pub const ALL: [EntryState; 2] = [EntryState::Morocco, EntryState::AnotherState];

    pub fn code(self) -> &'static str {
        match self {
            EntryState::Morocco => "morocco",
            EntryState::AnotherState => "another-state",
        }
    }
}

/// The old single value for Morocco's border (`moroccan-border = "exit"`), still read from
/// case files and stored packs written before entry and exit could both be typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum MoroccanBorder {
    /// No one organised or facilitated a clandestine crossing of Morocco's border.
    #[default]
    None,
    /// Someone organised or facilitated a clandestine entry into Morocco (completed).
    Entry,
    /// Someone organised or facilitated a clandestine exit from Morocco (completed).
    Exit,
}
