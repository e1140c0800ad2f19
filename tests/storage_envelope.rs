//! The stored envelope: every schema version decodes, bad data is backed up, newer data is kept.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tipsom::domain::progress::{Attempt, CaseStatus, Progress, StepRecord};
use tipsom::i18n::Locale;
use tipsom::storage::envelope::{BACKUP_PREFIX, STORAGE_KEY};
use tipsom::storage::{decode, encode, load, save, Decoded, KeyValueStore, MemoryStore, Saved, StorageStatus};

fn attempt(id: &str, case: &str, steps: usize) -> Attempt {
    Attempt {
        id: id.into(),
        case_id: case.into(),
        case_version: 1,
        content_version: "v".into(),
        step_count: steps,
        started_at: 1.0,
        steps: vec![],
        unknown: Default::default(),
    }
}

fn record(step: usize, score: u8, at: f64) -> StepRecord {
    StepRecord {
        step,
        chosen: vec![0],
        confidence: None,
        score,
        answered_at: at,
        unknown: Default::default(),
    }
}

#[test]
fn every_schema_fixture_decodes_to_the_current_progress() {
    // One fixture per schema ever written; each must reach the current schema with nothing lost.
    let fixtures = [
        include_str!("fixtures/storage/schema-1.json"),
        include_str!("fixtures/storage/schema-2.json"),
    ];
    assert_eq!(
        fixtures.len() as u32,
        tipsom::storage::envelope::CURRENT_SCHEMA,
        "a fixture for every schema"
    );
    for raw in fixtures {
        let Decoded::Current(progress) = decode(raw) else {
            panic!("fixture must decode: {raw}")
        };
        assert_eq!(progress.preferences.locale, Some(Locale::Fr));
        assert_eq!(progress.preferences.updated_at, 1700000000500.0);
        assert_eq!(progress.status("debt-after-the-crossing"), CaseStatus::Done(100));
        assert_eq!(progress.attempts[0].steps.len(), 3);
        // Re-encoding writes the current schema, which decodes to the same progress.
        let again = encode(&progress);
        assert!(again.contains("\"schema\":2"));
        assert_eq!(decode(&again), Decoded::Current(progress));
    }
    let Decoded::Current(v2) = decode(fixtures[1]) else {
        unreachable!()
    };
    assert!(v2.preferences.discreet && v2.preferences.certificate_name == "Samira B.");
}

#[test]
fn the_migration_from_schema_1_moves_settings_to_preferences() {
    let v1 = json!({"attempts": [], "settings": {"locale": "ar", "updated-at": 5.0}});
    let v2 = tipsom::storage::migrate(1, v1).unwrap();
    assert_eq!(v2["preferences"]["locale"].as_str(), Some("ar"));
    assert!(v2.get("settings").is_none());
    assert!(tipsom::storage::migrate(0, Value::Object(Default::default())).is_err());
}

#[test]
fn corrupt_values_are_backed_up_and_reported() {
    for raw in [
        "{not json",
        "[]",
        "{\"app\":\"tipsom\",\"schema\":1,\"progress\":{\"attempts\":42}}",
        "{\"app\":\"other\",\"schema\":1,\"progress\":{}}",
        "",
    ] {
        let store = MemoryStore::new();
        store.set(STORAGE_KEY, raw).unwrap();
        let outcome = load(&store);
        let StorageStatus::Recovered { backup_key } = outcome.status else {
            panic!("{raw:?} must be recovered")
        };
        assert!(backup_key.starts_with(BACKUP_PREFIX));
        assert_eq!(
            store.get(&backup_key).unwrap().as_deref(),
            Some(raw),
            "the raw value is kept verbatim"
        );
        assert_eq!(outcome.value, Progress::default());
    }
}

#[test]
fn the_same_unreadable_value_is_backed_up_once() {
    let store = MemoryStore::new();
    store.set(STORAGE_KEY, "{broken").unwrap();
    let first = load(&store);
    let second = load(&store);
    assert_eq!(first.status, second.status);
    let backups = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .count();
    assert_eq!(backups, 1);
}

#[test]
fn a_truncated_envelope_is_recovered_not_lost() {
    let full = include_str!("fixtures/storage/schema-1.json");
    let store = MemoryStore::new();
    store.set(STORAGE_KEY, &full[..full.len() / 2]).unwrap();
    let outcome = load(&store);
    assert!(matches!(outcome.status, StorageStatus::Recovered { .. }));
}

#[test]
fn data_from_a_newer_version_is_left_untouched() {
    let raw = r#"{"app":"tipsom","schema":99,"progress":{"whatever":true}}"#;
    let store = MemoryStore::new();
    store.set(STORAGE_KEY, raw).unwrap();
    let outcome = load(&store);
    assert_eq!(outcome.status, StorageStatus::FromFuture { schema: 99 });
    assert!(!outcome.status.may_write());
    let mut progress = Progress::default();
    progress.record_step(attempt("a", "c", 1), record(0, 100, 2.0));
    assert_eq!(save(&store, &progress, true).unwrap(), Saved::FromFuture(99));
    assert_eq!(
        store.get(STORAGE_KEY).unwrap().as_deref(),
        Some(raw),
        "never overwritten"
    );
}

#[test]
fn disabled_storage_keeps_the_app_working_in_memory() {
    let store = MemoryStore::new();
    store.fail_unavailable();
    let outcome = load(&store);
    assert_eq!(outcome.status, StorageStatus::Unavailable);
    assert!(save(&store, &outcome.value, outcome.seen).is_err());
}

#[test]
fn a_full_store_reports_an_error_on_save() {
    let store = MemoryStore::new();
    store.fail_quota();
    assert!(save(&store, &Progress::default(), false).is_err());
}

#[test]
fn progress_survives_a_save_and_load() {
    let store = MemoryStore::new();
    let mut progress = Progress::default();
    progress.record_step(attempt("a1", "case-x", 2), record(0, 100, 10.0));
    progress.record_step(attempt("a1", "case-x", 2), record(1, 50, 11.0));
    progress.set_locale(Locale::Ar, 12.0);
    save(&store, &progress, false).unwrap();
    let outcome = load(&store);
    assert_eq!(outcome.status, StorageStatus::Saving);
    assert_eq!(outcome.value, progress);
    assert_eq!(outcome.value.status("case-x"), CaseStatus::Done(75));
}

#[test]
fn saving_merges_with_what_another_tab_wrote() {
    let store = MemoryStore::new();
    let mut tab_a = Progress::default();
    tab_a.record_step(attempt("a", "case-1", 1), record(0, 100, 1.0));
    save(&store, &tab_a, false).unwrap();
    let mut tab_b = Progress::default();
    tab_b.record_step(attempt("b", "case-2", 1), record(0, 0, 2.0));
    let Saved::Written(merged) = save(&store, &tab_b, false).unwrap() else {
        panic!("written")
    };
    assert_eq!(merged.attempts.len(), 2, "tab B did not overwrite tab A's attempt");
    assert_eq!(load(&store).value, merged);
}

#[test]
fn merge_unites_attempts_and_steps_and_keeps_the_newer_settings() {
    let mut left = Progress::default();
    left.record_step(attempt("same", "case-1", 2), record(0, 100, 1.0));
    left.set_locale(Locale::Fr, 5.0);
    let mut right = Progress::default();
    right.record_step(attempt("same", "case-1", 2), record(1, 0, 2.0));
    right.record_step(attempt("other", "case-2", 1), record(0, 100, 3.0));
    right.set_locale(Locale::Ar, 6.0);
    let merged = left.merge(&right);
    assert_eq!(merged.attempts.len(), 2);
    let same = merged.attempts.iter().find(|a| a.id == "same").unwrap();
    assert_eq!(same.steps.len(), 2);
    assert!(same.is_complete());
    assert_eq!(merged.preferences.locale, Some(Locale::Ar));
    // Merging is symmetric in content and idempotent.
    assert_eq!(right.merge(&left).attempts, merged.attempts);
    assert_eq!(merged.merge(&merged), merged);
}
