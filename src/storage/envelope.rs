//! The versioned envelope that wraps everything stored, and how it is read back safely.
//!
//! A value that cannot be read is never thrown away: it is copied under a backup key first.
//! A value written by a newer version is left untouched and never overwritten.

use super::store::{KeyValueStore, StoreError};
use crate::domain::progress::Progress;
use crate::json::{field, object, FromJson, Json, ToJson};

/// The localStorage key of the envelope.
pub const STORAGE_KEY: &str = "tipsom";
/// Unreadable values are copied under this prefix followed by the time.
pub const BACKUP_PREFIX: &str = "tipsom.backup.";
/// The schema this version of the app writes.
///
/// History: 1, first release (`settings` with the language); 2, `settings` became `preferences`
/// (language, discreet mode, text size, contrast, certificate name).
pub const CURRENT_SCHEMA: u32 = 2;
/// The `app` field that tells our envelope from another app's data.
pub const APP_ID: &str = "tipsom";

/// What a stored string turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    Current(Progress),
    /// Written by a newer version of the app, with this schema.
    FromFuture(u32),
    /// Unreadable, for this reason.
    Corrupt(String),
}

/// Reads an envelope of any known schema, migrating it to the current one.
pub fn decode(raw: &str) -> Decoded {
    let envelope = match Json::parse(raw) {
        Ok(e) => e,
        Err(e) => return Decoded::Corrupt(e.to_string()),
    };
    let (app, schema) = match (field::<String>(&envelope, "app"), field::<u32>(&envelope, "schema")) {
        (Ok(app), Ok(schema)) => (app, schema),
        (Err(e), _) | (_, Err(e)) => return Decoded::Corrupt(e.to_string()),
    };
    if app != APP_ID {
        return Decoded::Corrupt(format!("not tipsom data (app `{app}`)"));
    }
    if schema > CURRENT_SCHEMA {
        return Decoded::FromFuture(schema);
    }
    // Taken out, not copied: decoding runs at start-up and before every save.
    let Some(progress) = envelope.into_member("progress") else {
        return Decoded::Corrupt("missing field `progress`".into());
    };
    match migrate(schema, progress).and_then(|value| Progress::from_json(&value).map_err(|e| e.to_string())) {
        Ok(progress) => Decoded::Current(progress),
        Err(e) => Decoded::Corrupt(e),
    }
}

/// Brings a stored value from its schema up to [`CURRENT_SCHEMA`], one version at a time.
pub fn migrate(schema: u32, value: Json) -> Result<Json, String> {
    match schema {
        CURRENT_SCHEMA => Ok(value),
        1 => migrate(2, v1_to_v2(value)?),
        other => Err(format!("unknown schema {other}")),
    }
}

/// Schema 1 kept the language under `settings`; schema 2 keeps it, with the other preferences,
/// under `preferences`.
fn v1_to_v2(value: Json) -> Result<Json, String> {
    let Json::Object(mut members) = value else {
        return Err("schema 1 progress is not an object".into());
    };
    if let Some(i) = members.iter().position(|(k, _)| k == "settings") {
        let (_, settings) = members.remove(i);
        members.retain(|(k, _)| k != "preferences");
        members.push(("preferences".into(), settings));
    }
    Ok(Json::Object(members))
}

/// Writes progress in the current envelope.
pub fn encode(progress: &Progress) -> String {
    object(vec![
        ("app", Json::String(APP_ID.into())),
        ("schema", CURRENT_SCHEMA.to_json()),
        ("progress", progress.to_json()),
    ])
    .to_text()
}

/// How storage stands after loading, for the notice shown to the learner.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageStatus {
    /// Progress is saved as usual.
    Saving,
    /// Storage is full or disabled: progress lives in memory only.
    Unavailable,
    /// The stored value was unreadable and was copied under this backup key.
    Recovered { backup_key: String },
    /// The stored value is from a newer version; it is kept and not overwritten.
    FromFuture { schema: u32 },
}

impl StorageStatus {
    /// Whether saving may write to the store.
    pub fn may_write(&self) -> bool {
        !matches!(self, StorageStatus::FromFuture { .. })
    }
}

/// Progress as loaded, and how storage stands.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadOutcome {
    pub progress: Progress,
    pub status: StorageStatus,
}

/// Loads progress; never fails: the worst case is an empty progress and a status that says why.
pub fn load(store: &dyn KeyValueStore, now: f64) -> LoadOutcome {
    let raw = match store.get(STORAGE_KEY) {
        Ok(raw) => raw,
        Err(_) => {
            return LoadOutcome {
                progress: Progress::default(),
                status: StorageStatus::Unavailable,
            }
        }
    };
    let Some(raw) = raw else {
        return LoadOutcome {
            progress: Progress::default(),
            status: StorageStatus::Saving,
        };
    };
    match decode(&raw) {
        Decoded::Current(progress) => LoadOutcome {
            progress,
            status: StorageStatus::Saving,
        },
        Decoded::FromFuture(schema) => LoadOutcome {
            progress: Progress::default(),
            status: StorageStatus::FromFuture { schema },
        },
        Decoded::Corrupt(_) => {
            // The same unreadable value met again (another visit, another tab) is kept once.
            let existing =
                store.keys().unwrap_or_default().into_iter().find(|k| {
                    k.starts_with(BACKUP_PREFIX) && store.get(k).ok().flatten().as_deref() == Some(raw.as_str())
                });
            if let Some(backup_key) = existing {
                return LoadOutcome {
                    progress: Progress::default(),
                    status: StorageStatus::Recovered { backup_key },
                };
            }
            let backup_key = format!("{BACKUP_PREFIX}{}", now as u64);
            match store.set(&backup_key, &raw) {
                Ok(()) => LoadOutcome {
                    progress: Progress::default(),
                    status: StorageStatus::Recovered { backup_key },
                },
                // The copy could not be made: leave the original where it is by not writing at all.
                Err(_) => LoadOutcome {
                    progress: Progress::default(),
                    status: StorageStatus::Unavailable,
                },
            }
        }
    }
}

/// Saves progress, first merging it with what is stored (another tab may have written since),
/// and returns the merged progress.
pub fn save(store: &dyn KeyValueStore, progress: &Progress) -> Result<Progress, StoreError> {
    let merged = match store.get(STORAGE_KEY)?.map(|raw| decode(&raw)) {
        Some(Decoded::Current(stored)) => stored.merge(progress),
        // A newer version's data is never overwritten by an older version.
        Some(Decoded::FromFuture(_)) => return Ok(progress.clone()),
        _ => progress.clone(),
    };
    store.set(STORAGE_KEY, &encode(&merged))?;
    Ok(merged)
}
