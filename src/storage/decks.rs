//! The trainer's decks on the device: their own versioned value under `tipsom.decks`, read back
//! with the same care as progress (unreadable data is backed up first, newer data is left alone).

use super::envelope::StorageStatus;
use super::store::{KeyValueStore, StoreError};
use crate::domain::deck::{Deck, Decks};
use serde::{Deserialize, Serialize};

/// The localStorage key of the decks.
pub const DECKS_KEY: &str = "tipsom.decks";
/// Unreadable decks are copied under this prefix followed by the time.
pub const DECKS_BACKUP_PREFIX: &str = "tipsom.decks.backup.";
/// The schema this version writes. History: 1, first release.
pub const DECKS_SCHEMA: u32 = 1;
const APP: &str = "tipsom";
const KIND: &str = "decks";

#[derive(Serialize, Deserialize)]
struct DecksEnvelope {
    app: String,
    kind: String,
    schema: u32,
    decks: serde_json::Value,
}

/// What a stored string turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodedDecks {
    Current(Decks),
    /// Written by a newer version of the app, with this schema.
    FromFuture(u32),
    /// Unreadable, for this reason.
    Corrupt(String),
}

/// Reads the stored decks.
pub fn decode_decks(raw: &str) -> DecodedDecks {
    let envelope: DecksEnvelope = match serde_json::from_str(raw) {
        Ok(e) => e,
        Err(e) => return DecodedDecks::Corrupt(e.to_string()),
    };
    if envelope.app != APP || envelope.kind != KIND {
        return DecodedDecks::Corrupt(format!("not tipsom decks ({} {})", envelope.app, envelope.kind));
    }
    if envelope.schema > DECKS_SCHEMA {
        return DecodedDecks::FromFuture(envelope.schema);
    }
    if envelope.schema != DECKS_SCHEMA {
        return DecodedDecks::Corrupt(format!("unknown schema {}", envelope.schema));
    }
    match serde_json::from_value::<Vec<Deck>>(envelope.decks) {
        Ok(decks) => DecodedDecks::Current(Decks { decks }),
        Err(e) => DecodedDecks::Corrupt(e.to_string()),
    }
}

/// Writes the decks in their envelope.
pub fn encode_decks(decks: &Decks) -> String {
    let envelope = DecksEnvelope {
        app: APP.into(),
        kind: KIND.into(),
        schema: DECKS_SCHEMA,
        decks: serde_json::to_value(&decks.decks).expect("decks serialise"),
    };
    serde_json::to_string(&envelope).expect("envelope serialises")
}

/// The decks as loaded, and how their storage stands.
#[derive(Debug, Clone, PartialEq)]
pub struct DecksLoad {
    pub decks: Decks,
    pub status: StorageStatus,
}

/// Loads the decks; never fails: the worst case is no decks and a status that says why.
pub fn load_decks(store: &dyn KeyValueStore, now: f64) -> DecksLoad {
    let empty = |status| DecksLoad {
        decks: Decks::default(),
        status,
    };
    let raw = match store.get(DECKS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return empty(StorageStatus::Saving),
        Err(_) => return empty(StorageStatus::Unavailable),
    };
    match decode_decks(&raw) {
        DecodedDecks::Current(decks) => DecksLoad {
            decks,
            status: StorageStatus::Saving,
        },
        DecodedDecks::FromFuture(schema) => empty(StorageStatus::FromFuture { schema }),
        DecodedDecks::Corrupt(_) => {
            let backup_key = format!("{DECKS_BACKUP_PREFIX}{}", now as u64);
            match store.set(&backup_key, &raw) {
                Ok(()) => empty(StorageStatus::Recovered { backup_key }),
                // No copy could be made: write nothing, so the original stays where it is.
                Err(_) => empty(StorageStatus::Unavailable),
            }
        }
    }
}

/// Saves the decks, unless storage holds a newer version's decks, which are never overwritten.
pub fn save_decks(store: &dyn KeyValueStore, decks: &Decks) -> Result<(), StoreError> {
    if let Some(DecodedDecks::FromFuture(_)) = store.get(DECKS_KEY)?.map(|raw| decode_decks(&raw)) {
        return Ok(());
    }
    store.set(DECKS_KEY, &encode_decks(decks))
}
