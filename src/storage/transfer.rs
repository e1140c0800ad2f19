//! Moving progress to another device: an export file, and an import that checks everything
//! before merging, so a bad file changes nothing.

use super::envelope::{migrate, APP_ID, CURRENT_SCHEMA};
use crate::domain::progress::Progress;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Files larger than this are refused unread.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// The `kind` of an export file.
pub const EXPORT_KIND: &str = "progress-export";

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct ExportFile {
    app: String,
    kind: String,
    schema: u32,
    exported_at: f64,
    progress: Value,
}

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
    let file = ExportFile {
        app: APP_ID.into(),
        kind: EXPORT_KIND.into(),
        schema: CURRENT_SCHEMA,
        exported_at: now,
        progress: serde_json::to_value(progress).expect("progress serialises"),
    };
    serde_json::to_string_pretty(&file).expect("export serialises")
}

/// Reads an export file; nothing is merged unless the whole file is sound.
pub fn read_export(bytes: &[u8]) -> Result<Progress, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|_| ImportError::Malformed)?;
    let Some(object) = value.as_object() else {
        return Err(ImportError::Malformed);
    };
    if object.get("app").and_then(Value::as_str) != Some(APP_ID)
        || object.get("kind").and_then(Value::as_str) != Some(EXPORT_KIND)
    {
        return Err(ImportError::Foreign);
    }
    let file: ExportFile = serde_json::from_value(value).map_err(|_| ImportError::Malformed)?;
    if file.schema > CURRENT_SCHEMA {
        return Err(ImportError::FromFuture);
    }
    let current = migrate(file.schema, file.progress).map_err(|_| ImportError::Malformed)?;
    serde_json::from_value(current).map_err(|_| ImportError::Malformed)
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
