//! The case editor's drafts on the device: their own versioned value under `tipsom.drafts`, read
//! and written under the rules of [`super::slot`] (an unreadable value is copied before anything
//! is written over it, a newer version's is never written over). Two tabs' drafts are merged draft
//! by draft ([`Drafts::merge`]), so neither undoes the other.

use super::envelope::{open_envelope, APP_ID};
use super::slot::{self, Decoded, Loaded, Saved, StoredFormat};
use super::store::{KeyValueStore, StoreError};
use crate::domain::editor::{Draft, Drafts};
use serde::Serialize;

/// The localStorage key of the drafts.
pub const DRAFTS_KEY: &str = "tipsom.drafts";
/// Unreadable drafts are copied under this prefix followed by a hash of the value.
pub const DRAFTS_BACKUP_PREFIX: &str = "tipsom.backup.drafts.";
/// The schema this version writes. History: 1, first release.
pub const DRAFTS_SCHEMA: u32 = 1;
const KIND: &str = "drafts";

/// The drafts as loaded, and how their storage stands.
pub type DraftsLoad = Loaded<Drafts>;

/// The drafts as a stored value.
pub struct DraftsFormat;

impl StoredFormat for DraftsFormat {
    type Value = Drafts;
    const KEY: &'static str = DRAFTS_KEY;
    const BACKUP_PREFIX: &'static str = DRAFTS_BACKUP_PREFIX;

    fn decode(raw: &str) -> Decoded<Drafts> {
        decode_drafts(raw)
    }

    fn encode(value: &Drafts) -> String {
        encode_drafts(value)
    }

    /// Draft by draft, the copy changed last: another tab's draft is kept beside this tab's.
    fn merge(stored: Drafts, mine: &Drafts) -> Drafts {
        stored.merge(mine)
    }
}

/// Reads the stored drafts.
pub fn decode_drafts(raw: &str) -> Decoded<Drafts> {
    let mut members = match open_envelope(raw, KIND, DRAFTS_SCHEMA) {
        Ok(members) => members,
        Err(early) => return early,
    };
    let drafts = match members.remove("drafts").map(serde_json::from_value::<Vec<Draft>>) {
        Some(Ok(drafts)) => drafts,
        Some(Err(e)) => return Decoded::Corrupt(e.to_string()),
        None => return Decoded::Corrupt("missing field `drafts`".into()),
    };
    let removed = match members
        .remove("removed")
        .map(serde_json::from_value::<Vec<(String, u64)>>)
    {
        None => Vec::new(),
        Some(Ok(removed)) => removed,
        Some(Err(e)) => return Decoded::Corrupt(e.to_string()),
    };
    Decoded::Current(Drafts { drafts, removed })
}

#[derive(Serialize)]
struct Envelope<'a> {
    app: &'a str,
    kind: &'a str,
    schema: u32,
    drafts: &'a [Draft],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    removed: &'a [(String, u64)],
}

/// Writes the drafts in their envelope.
pub fn encode_drafts(drafts: &Drafts) -> String {
    let envelope = Envelope {
        app: APP_ID,
        kind: KIND,
        schema: DRAFTS_SCHEMA,
        drafts: &drafts.drafts,
        removed: &drafts.removed,
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Loads the drafts; never fails: the worst case is no drafts and a status that says why.
pub fn load_drafts(store: &dyn KeyValueStore) -> DraftsLoad {
    slot::load::<DraftsFormat>(store)
}

/// Saves the drafts under the rules of [`super::slot`], merged with what another tab stored.
pub fn save_drafts(store: &dyn KeyValueStore, drafts: &Drafts, seen: bool) -> Result<Saved<Drafts>, StoreError> {
    slot::save::<DraftsFormat>(store, drafts, seen)
}
