//! The packs kept on the device, under their own key in a versioned envelope like progress's.
//!
//! An unreadable value is copied under a backup key before anything is written over it; a value
//! from a newer version is left untouched and never overwritten.

use super::envelope::{StorageStatus, APP_ID, BACKUP_PREFIX};
use super::store::{KeyValueStore, StoreError};
use crate::domain::pack::PackShelf;
use crate::json::{field, object, Json, ToJson};

/// The localStorage key of the packs.
pub const PACKS_KEY: &str = "tipsom.packs";
/// The `kind` of the envelope.
pub const PACKS_KIND: &str = "packs";
/// The schema this version writes. History: 1, first release (a list of pack files).
pub const PACKS_SCHEMA: u32 = 1;

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
pub type StoredPacksReader = fn(Vec<Json>) -> PackShelf;

/// How the packs are saved: only the trainer app, which adds and removes packs, saves them, so
/// the learner app carries none of the code that writes pack files.
pub type PacksSaver = fn(&dyn KeyValueStore, &PackShelf) -> Result<(), StoreError>;

/// Reads the envelope; every pack in it is checked again by this version.
pub fn decode_packs(raw: &str) -> DecodedPacks {
    decode_packs_with(raw, PackShelf::from_stored)
}

/// Reads the envelope, turning its pack files into a shelf with `read`.
pub fn decode_packs_with(raw: &str, read: StoredPacksReader) -> DecodedPacks {
    let envelope = match Json::parse(raw) {
        Ok(e) => e,
        Err(e) => return DecodedPacks::Corrupt(e.to_string()),
    };
    let header = (
        field::<String>(&envelope, "app"),
        field::<String>(&envelope, "kind"),
        field::<u32>(&envelope, "schema"),
    );
    let (Ok(app), Ok(kind), Ok(schema)) = header else {
        return DecodedPacks::Corrupt("not a packs envelope".into());
    };
    if app != APP_ID || kind != PACKS_KIND {
        return DecodedPacks::Corrupt("not tipsom packs".into());
    }
    if schema > PACKS_SCHEMA {
        return DecodedPacks::FromFuture(schema);
    }
    match envelope.into_member("packs") {
        Some(Json::Array(files)) => DecodedPacks::Current(read(files)),
        _ => DecodedPacks::Corrupt("missing field `packs`".into()),
    }
}

pub fn encode_packs(shelf: &PackShelf) -> String {
    object(vec![
        ("app", Json::String(APP_ID.into())),
        ("kind", Json::String(PACKS_KIND.into())),
        ("schema", PACKS_SCHEMA.to_json()),
        ("packs", Json::Array(shelf.to_stored())),
    ])
    .to_text()
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
    let stored_schema = store
        .get(PACKS_KEY)?
        .and_then(|raw| Json::parse(&raw).ok())
        .and_then(|envelope| field::<u32>(&envelope, "schema").ok());
    if stored_schema.is_some_and(|schema| schema > PACKS_SCHEMA) {
        return Ok(());
    }
    if shelf.is_empty() {
        return store.remove(PACKS_KEY);
    }
    store.set(PACKS_KEY, &encode_packs(shelf))
}
