//! Trainer mode's decks: cases a trainer picks and orders for a workshop, kept on the device,
//! shared as a link and as a QR code.

pub mod decks;
pub mod filter;
pub mod link;
pub mod play;
pub mod qr;
pub mod sessions;

pub use decks::{Deck, DeckEdit, Decks};
pub use filter::CaseFilter;
pub use link::{LinkError, SharedDeck};
