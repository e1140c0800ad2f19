//! What the app keeps on the device: a key-value store abstraction and the versioned envelope.

pub mod envelope;
pub mod store;

pub use envelope::{decode, encode, load, save, Decoded, LoadOutcome, StorageStatus};
pub use store::{KeyValueStore, MemoryStore, StoreError};
