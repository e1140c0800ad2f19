//! The packs kept on the device, under their own key in a versioned envelope like progress's.
//!
//! An unreadable value is copied under a backup key before anything is written over it; a value
//! from a newer version is left untouched and never overwritten.

use super::envelope::{StorageStatus, APP_ID, BACKUP_PREFIX};
use super::store::{KeyValueStore, StoreError};
use crate::domain::pack::PackShelf;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The localStorage key of the packs.
pub const PACKS_KEY: &str = "tipsom.packs";
/// The `kind` of the envelope.
pub const PACKS_KIND: &str = "packs";
/// The schema this version writes. History: 1, first release (a list of pack files).
pub const PACKS_SCHEMA: u32 = 1;

#[derive(Serialize, Deserialize)]
struct PacksEnvelope {
    app: String,
    kind: String,
    schema: u32,
    packs: Vec<Value>,
}

/// What a stored string turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodedPacks {
    Current(PackShelf),
    FromFuture(u32),
    Corrupt(String),
}

/// How stored pack files become a shelf: checked again in full (the trainer app, which adds
/// packs), or trusted as the trainer app stored them (the learner app, which only shows them and
/// so need not carry the checks).
pub type StoredPacksReader = fn(Vec<Value>) -> PackShelf;

/// Reads the envelope; every pack in it is checked again by this version.
pub fn decode_packs(raw: &str) -> DecodedPacks {
    decode_packs_with(raw, PackShelf::from_stored)
}

/// Reads the envelope, turning its pack files into a shelf with `read`.
pub fn decode_packs_with(raw: &str, read: StoredPacksReader) -> DecodedPacks {
    let envelope: PacksEnvelope = match serde_json::from_str(raw) {
        Ok(e) => e,
        Err(e) => return DecodedPacks::Corrupt(e.to_string()),
    };
    if envelope.app != APP_ID || envelope.kind != PACKS_KIND {
        return DecodedPacks::Corrupt("not tipsom packs".into());
    }
    if envelope.schema > PACKS_SCHEMA {
        return DecodedPacks::FromFuture(envelope.schema);
    }
    DecodedPacks::Current(read(envelope.packs))
}

pub fn encode_packs(shelf: &PackShelf) -> String {
    let envelope = PacksEnvelope {
        app: APP_ID.into(),
        kind: PACKS_KIND.into(),
        schema: PACKS_SCHEMA,
        packs: shelf.to_stored(),
    };
    serde_json::to_string(&envelope).expect("packs serialise")
}

/// The packs as loaded, and how their storage stands.
#[derive(Debug, Clone, PartialEq)]
pub struct PacksOutcome {
    pub shelf: PackShelf,
    pub status: StorageStatus,
}

/// Loads the packs; never fails: the worst case is no pack and a status that says why.
pub fn load_packs(store: &dyn KeyValueStore, now: f64) -> PacksOutcome {
    load_packs_with(store, now, PackShelf::from_stored)
}

/// Loads the packs, turning stored files into a shelf with `read`.
pub fn load_packs_with(store: &dyn KeyValueStore, now: f64, read: StoredPacksReader) -> PacksOutcome {
    let empty = |status| PacksOutcome {
        shelf: PackShelf::default(),
        status,
    };
    let raw = match store.get(PACKS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return empty(StorageStatus::Saving),
        Err(_) => return empty(StorageStatus::Unavailable),
    };
    match decode_packs_with(&raw, read) {
        DecodedPacks::Current(shelf) => PacksOutcome {
            shelf,
            status: StorageStatus::Saving,
        },
        DecodedPacks::FromFuture(schema) => empty(StorageStatus::FromFuture { schema }),
        DecodedPacks::Corrupt(_) => {
            // The same unreadable value met again is kept once.
            let existing =
                store.keys().unwrap_or_default().into_iter().find(|k| {
                    k.starts_with(BACKUP_PREFIX) && store.get(k).ok().flatten().as_deref() == Some(raw.as_str())
                });
            if let Some(backup_key) = existing {
                return empty(StorageStatus::Recovered { backup_key });
            }
            let backup_key = format!("{BACKUP_PREFIX}packs.{}", now as u64);
            match store.set(&backup_key, &raw) {
                Ok(()) => empty(StorageStatus::Recovered { backup_key }),
                // Without a copy, the original must not be written over: say storage is unavailable.
                Err(_) => empty(StorageStatus::Unavailable),
            }
        }
    }
}

/// Saves the packs, unless the stored value is from a newer version.
pub fn save_packs(store: &dyn KeyValueStore, shelf: &PackShelf) -> Result<(), StoreError> {
    // Only the schema is looked at: no need to read (and check) the stored packs to save.
    #[derive(Deserialize)]
    struct Schema {
        schema: u32,
    }
    let stored = store
        .get(PACKS_KEY)?
        .and_then(|raw| serde_json::from_str::<Schema>(&raw).ok());
    if stored.is_some_and(|s| s.schema > PACKS_SCHEMA) {
        return Ok(());
    }
    if shelf.is_empty() {
        return store.remove(PACKS_KEY);
    }
    store.set(PACKS_KEY, &encode_packs(shelf))
}
