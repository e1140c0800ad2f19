//! Moving progress to another device: an export file, and an import that checks everything
//! before merging, so a bad file changes nothing, and says what it merged and what it refused.

use super::envelope::{header, migrate, CURRENT_SCHEMA};
use crate::domain::progress::{Attempt, Progress};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Files larger than this are refused unread.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// An imported file brings at most this many attempts; the rest are refused (and counted). A
/// learner who plays every case of the bank ten times has about 500.
pub const MAX_IMPORT_ATTEMPTS: usize = 5_000;
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

/// What an import did, for the message shown to the learner.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    /// The progress after the merge.
    pub progress: Progress,
    /// Attempts of the file that were not here before.
    pub added: usize,
    /// Attempts of the file already here (their answers merged, none lost).
    pub known: usize,
    /// Records of the file that repeated an attempt of the same file (merged into one).
    pub repeated: usize,
    /// Attempts beyond [`MAX_IMPORT_ATTEMPTS`], not imported.
    pub refused: usize,
    /// Times in the file later than now, set to now (a clock set wrong, or a crafted file that
    /// would otherwise win every later merge of preferences).
    pub clamped: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct ExportFile<'a> {
    app: &'a str,
    kind: &'a str,
    schema: u32,
    exported_at: f64,
    progress: &'a Progress,
}

/// The export file for some progress.
pub fn export(progress: &Progress, now: f64) -> String {
    let file = ExportFile {
        app: super::envelope::APP_ID,
        kind: EXPORT_KIND,
        schema: CURRENT_SCHEMA,
        exported_at: if now.is_finite() { now } else { 0.0 },
        progress,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads an export file; nothing is merged unless the whole file is sound.
pub fn read_export(bytes: &[u8]) -> Result<Progress, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let file: Value = serde_json::from_slice(bytes).map_err(|_| ImportError::Malformed)?;
    let Value::Object(mut members) = file else {
        return Err(ImportError::Malformed);
    };
    let schema = header(&members).map_err(|_| ImportError::Foreign)?;
    if members.get("kind").and_then(Value::as_str) != Some(EXPORT_KIND) {
        return Err(ImportError::Foreign);
    }
    // The time of export is not used, but a file without one is not an export.
    if !members.get("exported-at").is_some_and(Value::is_number) {
        return Err(ImportError::Malformed);
    }
    if schema > CURRENT_SCHEMA {
        return Err(ImportError::FromFuture);
    }
    let progress = members.remove("progress").ok_or(ImportError::Malformed)?;
    let current = migrate(schema, progress).map_err(|_| ImportError::Malformed)?;
    serde_json::from_value(current).map_err(|_| ImportError::Malformed)
}

/// Imports a file into existing progress: the two are merged, never replaced. Times later than
/// `now` are set to `now`; attempts repeated within the file are merged; past
/// [`MAX_IMPORT_ATTEMPTS`] attempts, the rest are refused.
pub fn import(existing: &Progress, bytes: &[u8], now: f64) -> Result<ImportReport, ImportError> {
    let mut file = read_export(bytes)?;
    let mut clamped = 0;
    let mut clamp = |t: &mut f64| {
        if *t > now {
            *t = now;
            clamped += 1;
        }
    };
    clamp(&mut file.preferences.updated_at);
    for attempt in &mut file.attempts {
        clamp(&mut attempt.started_at);
        for step in &mut attempt.steps {
            clamp(&mut step.answered_at);
        }
    }
    // One record per attempt id, in the file's order; a repeated id is merged into the first.
    let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
    let mut unique: Vec<Attempt> = Vec::new();
    let mut repeated = 0;
    let mut refused = 0;
    for attempt in std::mem::take(&mut file.attempts) {
        if let Some(&i) = by_id.get(&attempt.id) {
            let merged = Progress {
                attempts: vec![unique[i].clone()],
                ..Progress::default()
            }
            .merge(&Progress {
                attempts: vec![attempt],
                ..Progress::default()
            });
            unique[i] = merged.attempts.into_iter().next().unwrap_or_else(|| unique[i].clone());
            repeated += 1;
        } else if unique.len() >= MAX_IMPORT_ATTEMPTS {
            refused += 1;
        } else {
            by_id.insert(attempt.id.clone(), unique.len());
            unique.push(attempt);
        }
    }
    let known = unique
        .iter()
        .filter(|a| existing.attempts.iter().any(|e| e.id == a.id))
        .count();
    let added = unique.len() - known;
    file.attempts = unique;
    Ok(ImportReport {
        progress: existing.merge(&file),
        added,
        known,
        repeated,
        refused,
        clamped,
    })
}

/// The keys of the app among a store's keys, for "forget me".
pub fn app_keys(keys: &[String]) -> Vec<String> {
    keys.iter()
        .filter(|k| k.as_str() == super::envelope::APP_ID || k.starts_with("tipsom."))
        .cloned()
        .collect()
}
