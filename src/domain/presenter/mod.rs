//! Trainer mode's presenter and audience windows: the show's state machine, its commands, the
//! messages the two windows exchange, and the keys a presentation clicker sends.
//!
//! The presenter window owns the show; the audience window only follows it. Every state message
//! carries the whole show, so a lost message costs nothing and a late or repeated one is dropped
//! by its sequence number.

pub mod command;
pub mod keys;
pub mod protocol;
pub mod show;
pub mod tally;
pub mod timer;

pub use command::Command;
pub use protocol::{Envelope, Follower, Inbox, Message, Outbox, SessionId};
pub use show::{DeckCase, Show, Wifi, MAX_OPTIONS};
pub use timer::Timer;
