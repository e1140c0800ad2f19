//! The storage rules, enforced in one place for every value the app keeps (progress, decks, packs).
//!
//! - A value that cannot be read is never written over until a verbatim copy of it exists. With no
//!   room for a copy, the key is not written at all: the app works in memory and says so.
//! - One backup per distinct value, named by a hash of its content, so meeting the same unreadable
//!   value again (another visit, another tab) never makes a second copy.
//! - A value written by a newer version is never written over.
//! - What another tab stored since is merged with this tab's value, never blindly replaced, and
//!   the top-level members this version does not know are kept as they were.
//! - A value erased since this tab last saw it ("Forget me" in another tab) stays erased: the save
//!   is refused and the tab starts afresh.

use super::store::{KeyValueStore, StoreError};
use serde_json::value::RawValue;

/// What a stored string turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded<T> {
    Current(T),
    /// Written by a newer version of the app, with this schema.
    FromFuture(u32),
    /// Unreadable, for this reason (in English, for logs and tests).
    Corrupt(String),
}

/// One kind of stored value: its key, its backups, and how it is read, written and merged.
pub trait StoredFormat {
    /// What the app holds in memory.
    type Value: Clone + Default;
    /// The localStorage key.
    const KEY: &'static str;
    /// Unreadable values are copied under this prefix followed by a hash of the value.
    const BACKUP_PREFIX: &'static str;

    fn decode(raw: &str) -> Decoded<Self::Value>;
    fn encode(value: &Self::Value) -> String;
    /// What to store when `stored` (this version can read it) is found where this tab saves `mine`.
    fn merge(stored: Self::Value, mine: &Self::Value) -> Self::Value;
}

/// How storage stands, for the notice shown to the learner and for whether saving may write.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageStatus {
    /// Saved as usual.
    Saving,
    /// Storage is full or disabled: kept in memory only; saving is tried again on the next change.
    Unavailable,
    /// The stored value was unreadable and was copied under this backup key.
    Recovered { backup_key: String },
    /// The stored value is unreadable and no copy of it could be made (no room): it is left as it
    /// is, and nothing is written under its key until a copy can be made.
    Unreadable,
    /// The stored value is from a newer version; it is kept and not overwritten.
    FromFuture { schema: u32 },
}

impl StorageStatus {
    /// Whether saving may be tried (the save itself still checks every rule).
    pub fn may_write(&self) -> bool {
        !matches!(self, StorageStatus::FromFuture { .. })
    }
}

/// A value as loaded, how storage stands, and whether a value was there to be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    pub status: StorageStatus,
    /// A stored value was read (so finding none later means it was erased).
    pub seen: bool,
}

/// Loads a value; never fails: the worst case is the default value and a status that says why.
pub fn load<F: StoredFormat>(store: &dyn KeyValueStore) -> Loaded<F::Value> {
    let fresh = |status, seen| Loaded {
        value: F::Value::default(),
        status,
        seen,
    };
    let raw = match store.get(F::KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return fresh(StorageStatus::Saving, false),
        Err(_) => return fresh(StorageStatus::Unavailable, false),
    };
    match F::decode(&raw) {
        Decoded::Current(value) => Loaded {
            value,
            status: StorageStatus::Saving,
            seen: true,
        },
        Decoded::FromFuture(schema) => fresh(StorageStatus::FromFuture { schema }, true),
        Decoded::Corrupt(_) => match back_up(store, F::KEY, F::BACKUP_PREFIX, &raw) {
            Ok(backup_key) => fresh(StorageStatus::Recovered { backup_key }, false),
            Err(_) => fresh(StorageStatus::Unreadable, false),
        },
    }
}

/// What a save did.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved<T> {
    /// Written; the value now stored (merged with what another tab had stored).
    Written(T),
    /// Nothing to write: the stored value was erased since this tab read it; start afresh.
    Erased,
    /// Not written: a newer version's value is stored.
    FromFuture(u32),
    /// Not written: the stored value is unreadable and no copy of it could be made.
    Unreadable,
    /// Written after the unreadable value found there was copied under this key.
    Recovered { value: T, backup_key: String },
}

/// Saves `mine` under the format's key, following every rule of this module. `seen` says whether
/// this tab has read or written a stored value since it started or last started afresh.
pub fn save<F: StoredFormat>(
    store: &dyn KeyValueStore,
    mine: &F::Value,
    seen: bool,
) -> Result<Saved<F::Value>, StoreError> {
    let stored = store.get(F::KEY)?;
    let Some(raw) = stored else {
        if seen {
            return Ok(Saved::Erased);
        }
        store.set(F::KEY, &F::encode(mine))?;
        return Ok(Saved::Written(mine.clone()));
    };
    match F::decode(&raw) {
        Decoded::Current(value) => {
            let merged = F::merge(value, mine);
            store.set(F::KEY, &keep_unknown_members(&raw, F::encode(&merged)))?;
            Ok(Saved::Written(merged))
        }
        Decoded::FromFuture(schema) => Ok(Saved::FromFuture(schema)),
        Decoded::Corrupt(_) => match back_up(store, F::KEY, F::BACKUP_PREFIX, &raw) {
            Ok(backup_key) => {
                store.set(F::KEY, &F::encode(mine))?;
                Ok(Saved::Recovered {
                    value: mine.clone(),
                    backup_key,
                })
            }
            Err(_) => Ok(Saved::Unreadable),
        },
    }
}

/// The members of the stored envelope that `written` lacks (added by a newer version at the same
/// schema) are carried over, so an older tab never erases them. Only the top level is merged
/// here: the stored types below it keep their own unknown members (`#[serde(flatten)]`). Members
/// are kept as their text, so the common case (no unknown member) costs one scan of the value.
fn keep_unknown_members(stored: &str, written: String) -> String {
    type Members<'a> = std::collections::BTreeMap<String, &'a RawValue>;
    let Ok(old) = serde_json::from_str::<Members>(stored) else {
        return written;
    };
    let Ok(mut new) = serde_json::from_str::<Members>(&written) else {
        return written;
    };
    let unknown: Vec<(String, &RawValue)> = old.into_iter().filter(|(k, _)| !new.contains_key(k)).collect();
    if unknown.is_empty() {
        return written;
    }
    new.extend(unknown);
    serde_json::to_string(&new).unwrap_or(written)
}

/// The FNV-1a hash of a value, for its backup's name: the same value always gets the same name.
pub fn fingerprint(raw: &str) -> u64 {
    raw.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Copies the value under `key`, verbatim, to a backup key made of `prefix` and the value's hash,
/// and returns that key. An existing backup of the same value (under any key with the prefix,
/// including the time-named keys of earlier versions) is reused rather than copied again.
pub fn back_up(store: &dyn KeyValueStore, key: &str, prefix: &str, raw: &str) -> Result<String, StoreError> {
    let mut existing: Vec<String> = store.keys()?.into_iter().filter(|k| k.starts_with(prefix)).collect();
    existing.sort();
    for candidate in &existing {
        if store.same(key, candidate)? {
            return Ok(candidate.clone());
        }
    }
    let name = format!("{prefix}{:016x}", fingerprint(raw));
    // Two different values with one hash (or one value read lossily twice) get numbered names.
    for n in 0..64u32 {
        let candidate = if n == 0 { name.clone() } else { format!("{name}-{n}") };
        if !existing.contains(&candidate) {
            store.copy(key, &candidate)?;
            return Ok(candidate);
        }
    }
    Err(StoreError::QuotaExceeded)
}
