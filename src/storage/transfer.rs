//! Moving progress to another device: an export file, and an import that checks everything
//! before merging, so a bad file changes nothing.

use super::envelope::{migrate, APP_ID, CURRENT_SCHEMA};
use crate::domain::progress::Progress;
use crate::json::{field, object, FromJson, Json, ToJson};

/// Files larger than this are refused unread.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// The `kind` of an export file.
pub const EXPORT_KIND: &str = "progress-export";

/// Why an import was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    /// Not JSON, or not shaped like an export.
    Malformed,
    /// JSON from another app, or another kind of tipsom file.
    Foreign,
    /// Made by a newer version of the app.
    FromFuture,
}

/// The export file for some progress.
pub fn export(progress: &Progress, now: f64) -> String {
    object(vec![
        ("app", Json::String(APP_ID.into())),
        ("kind", Json::String(EXPORT_KIND.into())),
        ("schema", CURRENT_SCHEMA.to_json()),
        ("exported_at", now.to_json()),
        ("progress", progress.to_json()),
    ])
    .to_pretty_text()
}

/// Reads an export file; nothing is merged unless the whole file is sound.
pub fn read_export(bytes: &[u8]) -> Result<Progress, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Malformed)?;
    let file = Json::parse(text).map_err(|_| ImportError::Malformed)?;
    if !matches!(file, Json::Object(_)) {
        return Err(ImportError::Malformed);
    }
    if file.get("app").and_then(Json::as_str) != Some(APP_ID)
        || file.get("kind").and_then(Json::as_str) != Some(EXPORT_KIND)
    {
        return Err(ImportError::Foreign);
    }
    let schema: u32 = field(&file, "schema").map_err(|_| ImportError::Malformed)?;
    // The time of export is not used, but a file without one is not an export.
    field::<f64>(&file, "exported_at").map_err(|_| ImportError::Malformed)?;
    if schema > CURRENT_SCHEMA {
        return Err(ImportError::FromFuture);
    }
    let progress = file.into_member("progress").ok_or(ImportError::Malformed)?;
    let current = migrate(schema, progress).map_err(|_| ImportError::Malformed)?;
    Progress::from_json(&current).map_err(|_| ImportError::Malformed)
}

/// Imports a file into existing progress: the two are merged, never replaced.
pub fn import(existing: &Progress, bytes: &[u8]) -> Result<Progress, ImportError> {
    Ok(existing.merge(&read_export(bytes)?))
}

/// The keys of the app among a store's keys, for "forget me".
pub fn app_keys(keys: &[String]) -> Vec<String> {
    keys.iter()
        .filter(|k| k.as_str() == APP_ID || k.starts_with("tipsom."))
        .cloned()
        .collect()
}
