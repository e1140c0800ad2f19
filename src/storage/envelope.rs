//! The versioned envelope that wraps the learner's progress (`tipsom`), read and written under the
//! rules of [`super::slot`].

use super::slot::{self, Decoded, Loaded, Saved, StoredFormat};
use super::store::{KeyValueStore, StoreError};
use crate::domain::progress::Progress;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;

/// The localStorage key of the envelope.
pub const STORAGE_KEY: &str = "tipsom";
/// Unreadable values are copied under this prefix followed by a hash of the value.
pub const BACKUP_PREFIX: &str = "tipsom.backup.";
/// The schema this version of the app writes.
///
/// History: 1, first release (`settings` with the language); 2, `settings` became `preferences`
/// (language, discreet mode, text size, contrast, certificate name).
pub const CURRENT_SCHEMA: u32 = 2;
/// The `app` field that tells our envelope from another app's data.
pub const APP_ID: &str = "tipsom";

/// Progress as loaded, and how storage stands.
pub type LoadOutcome = Loaded<Progress>;

/// The learner's progress as a stored value.
pub struct ProgressFormat;

impl StoredFormat for ProgressFormat {
    type Value = Progress;
    const KEY: &'static str = STORAGE_KEY;
    const BACKUP_PREFIX: &'static str = BACKUP_PREFIX;

    fn decode(raw: &str) -> Decoded<Progress> {
        decode(raw)
    }

    fn encode(value: &Progress) -> String {
        encode(value)
    }

    fn merge(stored: Progress, mine: &Progress) -> Progress {
        stored.merge(mine)
    }
}

/// The members of a stored value of `kind` (`decks`, `packs`) at schema `schema`, once its `app`,
/// `kind` and schema are checked; or what the value is instead (unreadable, or a newer version's).
pub fn open_envelope<T>(raw: &str, kind: &str, schema: u32) -> Result<serde_json::Map<String, Value>, Decoded<T>> {
    let envelope: Value = serde_json::from_str(raw).map_err(|e| Decoded::Corrupt(e.to_string()))?;
    let Value::Object(members) = envelope else {
        return Err(Decoded::Corrupt("not an object".into()));
    };
    if members.get("kind").and_then(Value::as_str) != Some(kind) {
        return Err(Decoded::Corrupt(format!("not tipsom {kind}")));
    }
    let stored = header(&members).map_err(Decoded::Corrupt)?;
    match stored.cmp(&schema) {
        std::cmp::Ordering::Greater => Err(Decoded::FromFuture(stored)),
        std::cmp::Ordering::Less => Err(Decoded::Corrupt(format!("unknown schema {stored}"))),
        std::cmp::Ordering::Equal => Ok(members),
    }
}

/// The `app` and `schema` of a stored envelope, checked: `Err` says why it is not ours.
pub fn header(members: &serde_json::Map<String, Value>) -> Result<u32, String> {
    match members.get("app") {
        Some(Value::String(app)) if app == APP_ID => {}
        Some(Value::String(app)) => return Err(format!("not tipsom data (app `{app}`)")),
        _ => return Err("missing field `app`".into()),
    }
    match members.get("schema").and_then(Value::as_u64) {
        Some(schema) => Ok(u32::try_from(schema).unwrap_or(u32::MAX)),
        None => Err("missing or invalid field `schema`".into()),
    }
}

/// The members of an envelope, each kept as the text it was in the file: the header is checked
/// before the (possibly large) progress is read, and progress at the current schema is read
/// straight into its type (reading it through a `Value` first was 7 times slower on 6,000 attempts).
#[derive(serde::Deserialize)]
struct RawEnvelope<'a> {
    #[serde(borrow, default)]
    app: Option<&'a RawValue>,
    #[serde(borrow, default)]
    schema: Option<&'a RawValue>,
    #[serde(borrow, default)]
    progress: Option<&'a RawValue>,
}

/// Reads an envelope of any known schema, migrating it to the current one.
pub fn decode(raw: &str) -> Decoded<Progress> {
    let envelope: RawEnvelope = match serde_json::from_str(raw) {
        Ok(e) => e,
        Err(e) => return Decoded::Corrupt(e.to_string()),
    };
    let mut members = serde_json::Map::new();
    for (name, raw) in [("app", envelope.app), ("schema", envelope.schema)] {
        if let Some(value) = raw.and_then(|v| serde_json::from_str::<Value>(v.get()).ok()) {
            members.insert(name.into(), value);
        }
    }
    let schema = match header(&members) {
        Ok(schema) => schema,
        Err(e) => return Decoded::Corrupt(e),
    };
    if schema > CURRENT_SCHEMA {
        return Decoded::FromFuture(schema);
    }
    let Some(progress) = envelope.progress else {
        return Decoded::Corrupt("missing field `progress`".into());
    };
    let read = if schema == CURRENT_SCHEMA {
        serde_json::from_str::<Progress>(progress.get()).map_err(|e| e.to_string())
    } else {
        serde_json::from_str::<Value>(progress.get())
            .map_err(|e| e.to_string())
            .and_then(|value| migrate(schema, value))
            .and_then(|value| serde_json::from_value(value).map_err(|e| e.to_string()))
    };
    match read {
        Ok(progress) => Decoded::Current(progress),
        Err(e) => Decoded::Corrupt(e),
    }
}

/// Brings a stored value from its schema up to [`CURRENT_SCHEMA`], one version at a time.
pub fn migrate(schema: u32, value: Value) -> Result<Value, String> {
    match schema {
        CURRENT_SCHEMA => Ok(value),
        1 => migrate(2, v1_to_v2(value)?),
        other => Err(format!("unknown schema {other}")),
    }
}

/// Schema 1 kept the language under `settings`; schema 2 keeps it, with the other preferences,
/// under `preferences`.
fn v1_to_v2(value: Value) -> Result<Value, String> {
    let Value::Object(mut members) = value else {
        return Err("schema 1 progress is not an object".into());
    };
    if let Some(settings) = members.remove("settings") {
        members.insert("preferences".into(), settings);
    }
    Ok(Value::Object(members))
}

#[derive(Serialize)]
struct Envelope<'a> {
    app: &'a str,
    schema: u32,
    progress: &'a Progress,
}

/// Writes progress in the current envelope.
pub fn encode(progress: &Progress) -> String {
    let envelope = Envelope {
        app: APP_ID,
        schema: CURRENT_SCHEMA,
        progress,
    };
    // Serialising plain data with string keys cannot fail; an empty string would be refused on read.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Loads progress; never fails: the worst case is an empty progress and a status that says why.
pub fn load(store: &dyn KeyValueStore) -> LoadOutcome {
    slot::load::<ProgressFormat>(store)
}

/// Saves progress under the rules of [`super::slot`]: merged with what another tab stored since.
pub fn save(store: &dyn KeyValueStore, progress: &Progress, seen: bool) -> Result<Saved<Progress>, StoreError> {
    slot::save::<ProgressFormat>(store, progress, seen)
}
