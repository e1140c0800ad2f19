//! The packs kept on the device, under their own key in a versioned envelope like progress's, read
//! and written under the rules of [`super::slot`]. Every stored pack is checked again on reading,
//! in both apps, so the learner app never plays a pack the trainer app's checks refuse.

use super::envelope::{open_envelope, APP_ID};
use super::slot::{self, Decoded, Loaded, Saved, StoredFormat};
use super::store::{KeyValueStore, StoreError};
use crate::domain::pack::PackShelf;
use serde::Serialize;
use serde_json::Value;

/// The localStorage key of the packs.
pub const PACKS_KEY: &str = "tipsom.packs";
/// Unreadable packs are copied under this prefix followed by a hash of the value.
pub const PACKS_BACKUP_PREFIX: &str = "tipsom.backup.packs.";
/// The `kind` of the envelope.
pub const PACKS_KIND: &str = "packs";
/// The schema this version writes. History: 1, first release (a list of pack files).
pub const PACKS_SCHEMA: u32 = 1;

/// What a stored string turned out to hold.
pub type DecodedPacks = Decoded<PackShelf>;

/// The packs as loaded, and how their storage stands.
pub type PacksOutcome = Loaded<PackShelf>;

/// How the packs are saved: only the trainer app, which adds and removes packs, saves them, so
/// the learner app carries none of the code that writes pack files.
pub type PacksSaver = fn(&dyn KeyValueStore, &PackShelf, bool) -> Result<Saved<PackShelf>, StoreError>;

/// The packs as a stored value.
pub struct PacksFormat;

impl StoredFormat for PacksFormat {
    type Value = PackShelf;
    const KEY: &'static str = PACKS_KEY;
    const BACKUP_PREFIX: &'static str = PACKS_BACKUP_PREFIX;

    fn decode(raw: &str) -> Decoded<PackShelf> {
        decode_packs(raw)
    }

    fn encode(value: &PackShelf) -> String {
        encode_packs(value)
    }

    /// This tab's shelf wins: packs added or removed elsewhere reached it through the `storage` event.
    fn merge(_stored: PackShelf, mine: &PackShelf) -> PackShelf {
        mine.clone()
    }
}

/// Reads the envelope; every pack in it is checked again by this version.
pub fn decode_packs(raw: &str) -> DecodedPacks {
    let mut members = match open_envelope(raw, PACKS_KIND, PACKS_SCHEMA) {
        Ok(members) => members,
        Err(early) => return early,
    };
    match members.remove("packs") {
        Some(Value::Array(files)) => Decoded::Current(PackShelf::from_stored(files)),
        _ => Decoded::Corrupt("missing field `packs`".into()),
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    app: &'a str,
    kind: &'a str,
    schema: u32,
    packs: Vec<Value>,
}

pub fn encode_packs(shelf: &PackShelf) -> String {
    let envelope = Envelope {
        app: APP_ID,
        kind: PACKS_KIND,
        schema: PACKS_SCHEMA,
        packs: shelf.to_stored(),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Loads the packs; never fails: the worst case is no pack and a status that says why.
pub fn load_packs(store: &dyn KeyValueStore) -> PacksOutcome {
    slot::load::<PacksFormat>(store)
}

/// Saves the packs under the rules of [`super::slot`]; an empty shelf removes the key, unless
/// what is stored there could not be read or is a newer version's.
pub fn save_packs(store: &dyn KeyValueStore, shelf: &PackShelf, seen: bool) -> Result<Saved<PackShelf>, StoreError> {
    if shelf.is_empty() {
        return match store.get(PACKS_KEY)?.map(|raw| decode_packs(&raw)) {
            None => Ok(Saved::Written(PackShelf::default())),
            Some(Decoded::Current(_)) => store.remove(PACKS_KEY).map(|()| Saved::Written(PackShelf::default())),
            Some(Decoded::FromFuture(schema)) => Ok(Saved::FromFuture(schema)),
            Some(Decoded::Corrupt(_)) => slot::save::<PacksFormat>(store, shelf, seen),
        };
    }
    slot::save::<PacksFormat>(store, shelf, seen)
}
