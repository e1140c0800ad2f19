//! What the app keeps on the device: a key-value store abstraction and the versioned envelope.

pub mod decks;
pub mod envelope;
pub mod packs;
pub mod store;
pub mod transfer;

pub use envelope::{decode, encode, load, migrate, save, Decoded, LoadOutcome, StorageStatus};
pub use store::{KeyValueStore, MemoryStore, StoreError};
