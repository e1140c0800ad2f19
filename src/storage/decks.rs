//! The trainer's decks on the device: their own versioned value under `tipsom.decks`, read and
//! written under the rules of [`super::slot`], as progress is.

use super::envelope::{open_envelope, APP_ID};
use super::slot::{self, Decoded, Loaded, Saved, StoredFormat};
use super::store::{KeyValueStore, StoreError};
use crate::domain::deck::{Deck, Decks};
use serde::Serialize;

/// The localStorage key of the decks.
pub const DECKS_KEY: &str = "tipsom.decks";
/// Unreadable decks are copied under this prefix followed by a hash of the value.
pub const DECKS_BACKUP_PREFIX: &str = "tipsom.decks.backup.";
/// The schema this version writes. History: 1, first release.
pub const DECKS_SCHEMA: u32 = 1;
const KIND: &str = "decks";

/// What a stored string turned out to hold.
pub type DecodedDecks = Decoded<Decks>;

/// The decks as loaded, and how their storage stands.
pub type DecksLoad = Loaded<Decks>;

/// The trainer's decks as a stored value.
pub struct DecksFormat;

impl StoredFormat for DecksFormat {
    type Value = Decks;
    const KEY: &'static str = DECKS_KEY;
    const BACKUP_PREFIX: &'static str = DECKS_BACKUP_PREFIX;

    fn decode(raw: &str) -> Decoded<Decks> {
        decode_decks(raw)
    }

    fn encode(value: &Decks) -> String {
        encode_decks(value)
    }

    /// This tab's decks win: another tab's edits reached this tab through the `storage` event
    /// before this tab's edit was made.
    fn merge(_stored: Decks, mine: &Decks) -> Decks {
        mine.clone()
    }
}

/// Reads the stored decks.
pub fn decode_decks(raw: &str) -> DecodedDecks {
    let mut members = match open_envelope(raw, KIND, DECKS_SCHEMA) {
        Ok(members) => members,
        Err(early) => return early,
    };
    match members.remove("decks").map(serde_json::from_value::<Vec<Deck>>) {
        Some(Ok(decks)) => Decoded::Current(Decks { decks }),
        Some(Err(e)) => Decoded::Corrupt(e.to_string()),
        None => Decoded::Corrupt("missing field `decks`".into()),
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    app: &'a str,
    kind: &'a str,
    schema: u32,
    decks: &'a [Deck],
}

/// Writes the decks in their envelope.
pub fn encode_decks(decks: &Decks) -> String {
    let envelope = Envelope {
        app: APP_ID,
        kind: KIND,
        schema: DECKS_SCHEMA,
        decks: &decks.decks,
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Loads the decks; never fails: the worst case is no decks and a status that says why.
pub fn load_decks(store: &dyn KeyValueStore) -> DecksLoad {
    slot::load::<DecksFormat>(store)
}

/// Saves the decks under the rules of [`super::slot`].
pub fn save_decks(store: &dyn KeyValueStore, decks: &Decks, seen: bool) -> Result<Saved<Decks>, StoreError> {
    slot::save::<DecksFormat>(store, decks, seen)
}
