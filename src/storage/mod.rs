//! What the app keeps on the device: a key-value store abstraction, the storage rules every value
//! follows (`slot`), and the versioned values themselves (progress, decks, packs).

pub mod decks;
pub mod drafts;
pub mod envelope;
pub mod packs;
pub mod slot;
pub mod store;
pub mod transfer;

pub use envelope::{decode, encode, load, migrate, save, LoadOutcome};
pub use slot::{Decoded, Loaded, Saved, StorageStatus};
pub use store::{KeyValueStore, MemoryStore, StoreError};
