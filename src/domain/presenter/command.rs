//! What the trainer can do to the show, from a button, a key or the audience window's keyboard.

use serde::{Deserialize, Serialize};

/// One change the trainer asks for. Commands that touch the timer carry the time they were given,
/// so the show stays a pure function of its commands.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Command {
    NextStep,
    PreviousStep,
    NextCase,
    PreviousCase,
    /// Jump to a step of a case of the deck.
    GoTo {
        case: usize,
        step: usize,
    },
    /// Show the answer to the room, or hide it again.
    ToggleReveal,
    /// Show the legal elements breakdown (seen by the room only once the answer is revealed).
    ToggleBreakdown,
    /// Black out the projector, or bring it back.
    ToggleBlank,
    /// Put the room screen (the deck's link as a QR code, the Wi-Fi) on the projector, or go back.
    ToggleRoomScreen,
    StartTimer {
        now: f64,
    },
    StopTimer {
        now: f64,
    },
    /// Starts a stopped timer, stops a running one.
    ToggleTimer {
        now: f64,
    },
    /// Stops the timer, sets it to zero and hides it.
    ResetTimer,
    /// A countdown of this many minutes for each step (0: a stopwatch again); shown, not started.
    SetCountdown {
        minutes: u32,
    },
    /// The next countdown length (none, 1, 2, 3, 5, 10, 15 minutes, none again), from the keyboard.
    CycleCountdown,
    /// One more raised hand for an option.
    AddVote {
        option: usize,
    },
    /// One hand fewer; a count never goes below zero.
    RemoveVote {
        option: usize,
    },
    ClearVotes,
}
