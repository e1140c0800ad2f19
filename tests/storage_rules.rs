//! The storage rules of `storage::slot`, one test per way data was lost before (issue "Nothing
//! lost, nothing crashes", items 1 to 7), over progress, decks and packs alike.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tipsom::domain::deck::{DeckEdit, Decks};
use tipsom::domain::pack::{read_pack, PackContext, PackShelf};
use tipsom::domain::progress::{Attempt, Progress, StepRecord};
use tipsom::storage::decks::{load_decks, save_decks, DECKS_BACKUP_PREFIX, DECKS_KEY};
use tipsom::storage::envelope::{BACKUP_PREFIX, STORAGE_KEY};
use tipsom::storage::packs::{load_packs, save_packs, PACKS_BACKUP_PREFIX, PACKS_KEY};
use tipsom::storage::slot::fingerprint;
use tipsom::storage::transfer::{export, import, MAX_IMPORT_ATTEMPTS};
use tipsom::storage::{load, save, KeyValueStore, MemoryStore, Saved, StorageStatus};

fn attempt(id: &str, case: &str) -> Attempt {
    Attempt {
        id: id.into(),
        case_id: case.into(),
        case_version: 1,
        content_version: "v".into(),
        step_count: 1,
        started_at: 1.0,
        steps: vec![],
        unknown: Default::default(),
    }
}

fn record(at: f64) -> StepRecord {
    StepRecord {
        step: 0,
        chosen: vec![0],
        confidence: None,
        score: 100,
        answered_at: at,
        unknown: Default::default(),
    }
}

fn answered(ids: &[&str]) -> Progress {
    let mut p = Progress::default();
    for (i, id) in ids.iter().enumerate() {
        p.record_step(attempt(id, "case"), record(10.0 + i as f64));
    }
    p
}

fn backups(store: &MemoryStore, prefix: &str) -> Vec<String> {
    store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(prefix))
        .collect()
}

fn pack_shelf() -> PackShelf {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/packs/valid.json")).unwrap();
    let mut shelf = PackShelf::default();
    shelf.install(read_pack(&bytes, &PackContext::default()).unwrap());
    shelf
}

// Item 1: "Forget me" in one tab is undone by any other open tab.
#[test]
fn an_erasure_by_another_tab_is_never_written_back() {
    let store = MemoryStore::new();
    save(&store, &answered(&["a", "b"]), false).unwrap();
    // Tab B has read the progress; tab A forgets everything.
    let tab_b = load(&store);
    assert!(tab_b.seen);
    store.remove(STORAGE_KEY).unwrap();
    // Tab B answers once more: its save finds the key gone and writes nothing back.
    let mut more = tab_b.value.clone();
    more.record_step(attempt("c", "case"), record(20.0));
    assert_eq!(save(&store, &more, tab_b.seen).unwrap(), Saved::Erased);
    assert_eq!(store.get(STORAGE_KEY).unwrap(), None, "nothing forgotten comes back");
    // Started afresh (seen = false), the next answer is saved as a first one.
    assert!(matches!(save(&store, &answered(&["d"]), false).unwrap(), Saved::Written(p) if p.attempts.len() == 1));

    // Decks and packs follow the same rule.
    let mut decks = Decks::default();
    decks.apply(DeckEdit::Create {
        id: "d".into(),
        name: "Nador".into(),
        cases: vec!["x".into()],
    });
    save_decks(&store, &decks, false).unwrap();
    store.remove(DECKS_KEY).unwrap();
    assert_eq!(save_decks(&store, &decks, true).unwrap(), Saved::Erased);
    assert_eq!(store.get(DECKS_KEY).unwrap(), None);
    save_packs(&store, &pack_shelf(), false).unwrap();
    store.remove(PACKS_KEY).unwrap();
    assert_eq!(save_packs(&store, &pack_shelf(), true).unwrap(), Saved::Erased);
    assert_eq!(store.get(PACKS_KEY).unwrap(), None);
}

// Item 2: an unreadable value that cannot be backed up was overwritten by the next save.
#[test]
fn an_unreadable_value_with_no_room_for_a_copy_is_never_written_over() {
    for (key, prefix) in [
        (STORAGE_KEY, BACKUP_PREFIX),
        (DECKS_KEY, DECKS_BACKUP_PREFIX),
        (PACKS_KEY, PACKS_BACKUP_PREFIX),
    ] {
        let store = MemoryStore::new();
        let original = format!("{{\"app\":\"tipsom\",\"big\":\"{}\"", "x".repeat(4000));
        store.set(key, &original).unwrap();
        // Room for nothing more than what is there.
        store.set_quota(store.used());
        let status = match key {
            STORAGE_KEY => load(&store).status,
            DECKS_KEY => load_decks(&store).status,
            _ => load_packs(&store).status,
        };
        assert_eq!(status, StorageStatus::Unreadable, "{key}");
        let saved = match key {
            STORAGE_KEY => save(&store, &answered(&["a"]), false).unwrap() == Saved::Unreadable,
            DECKS_KEY => save_decks(&store, &Decks::default(), false).unwrap() == Saved::Unreadable,
            _ => save_packs(&store, &pack_shelf(), false).unwrap() == Saved::Unreadable,
        };
        assert!(saved, "{key}: the save is refused");
        assert_eq!(
            store.get(key).unwrap().as_deref(),
            Some(original.as_str()),
            "{key}: the original is intact"
        );
        assert!(backups(&store, prefix).is_empty());
        // With room again, the next save copies the original first, then writes.
        store.set_quota(0);
        if key == STORAGE_KEY {
            let Saved::Recovered { backup_key, .. } = save(&store, &answered(&["a"]), false).unwrap() else {
                panic!("recovered")
            };
            assert_eq!(store.get(&backup_key).unwrap().as_deref(), Some(original.as_str()));
        }
    }
}

// Item 3: a save overwrote a value this tab never read (a newer tab's), with no backup.
#[test]
fn a_save_over_a_value_this_version_cannot_read_backs_it_up_first() {
    let store = MemoryStore::new();
    save(&store, &answered(&["a"]), false).unwrap();
    // A newer version, at the same schema, wrote a shape this version cannot read.
    let newer = r#"{"app":"tipsom","schema":2,"progress":{"attempts":{"by-id":{}}}}"#;
    store.set(STORAGE_KEY, newer).unwrap();
    let Saved::Recovered { backup_key, .. } = save(&store, &answered(&["b"]), true).unwrap() else {
        panic!("the value must be copied before it is written over")
    };
    assert_eq!(store.get(&backup_key).unwrap().as_deref(), Some(newer));
}

// Item 4: unreadable decks were copied to a new backup on every visit, until the quota was full.
#[test]
fn the_same_unreadable_value_is_backed_up_once_over_many_visits() {
    let store = MemoryStore::new();
    let bad = format!(
        "{{\"app\":\"tipsom\",\"kind\":\"decks\",\"schema\":1,\"decks\":\"{}\"",
        "y".repeat(1000)
    );
    store.set(DECKS_KEY, &bad).unwrap();
    for _ in 0..10 {
        assert!(matches!(load_decks(&store).status, StorageStatus::Recovered { .. }));
    }
    assert_eq!(backups(&store, DECKS_BACKUP_PREFIX).len(), 1);
    // A backup from an earlier version (named by time) is recognised too.
    let store = MemoryStore::new();
    store.set(DECKS_KEY, &bad).unwrap();
    store.set(&format!("{DECKS_BACKUP_PREFIX}1700000000000"), &bad).unwrap();
    load_decks(&store);
    assert_eq!(backups(&store, DECKS_BACKUP_PREFIX).len(), 1);
}

// Item 5: backups named by the millisecond overwrote each other.
#[test]
fn two_different_unreadable_values_get_two_backups() {
    let store = MemoryStore::new();
    store.set(STORAGE_KEY, "{first").unwrap();
    let StorageStatus::Recovered { backup_key: first } = load(&store).status else {
        panic!()
    };
    store.set(STORAGE_KEY, "{second").unwrap();
    let StorageStatus::Recovered { backup_key: second } = load(&store).status else {
        panic!()
    };
    assert_ne!(first, second);
    assert_eq!(store.get(&first).unwrap().as_deref(), Some("{first"));
    assert_eq!(store.get(&second).unwrap().as_deref(), Some("{second"));
    assert_eq!(first, format!("{BACKUP_PREFIX}{:016x}", fingerprint("{first")));
    // A different value whose name is taken (a collision) gets a numbered name, not the same key.
    let store = MemoryStore::new();
    store
        .set(
            &format!("{BACKUP_PREFIX}{:016x}", fingerprint("{third")),
            "something else",
        )
        .unwrap();
    store.set(STORAGE_KEY, "{third").unwrap();
    let StorageStatus::Recovered { backup_key } = load(&store).status else {
        panic!()
    };
    assert!(backup_key.ends_with("-1"));
    assert_eq!(store.get(&backup_key).unwrap().as_deref(), Some("{third"));
}

// Item 6: members a newer version added (same schema) were dropped by an older tab's save.
#[test]
fn members_this_version_does_not_know_are_kept_on_save() {
    let store = MemoryStore::new();
    let newer = json!({
        "app": "tipsom", "schema": 2, "device": "phone-1",
        "progress": {
            "attempts": [{
                "id": "a", "case-id": "case", "case-version": 1, "content-version": "v", "step-count": 1,
                "started-at": 1.0, "deck": "nador",
                "steps": [{"step": 0, "chosen": [0], "score": 100, "answered-at": 2.0, "seconds": 41}]
            }],
            "preferences": {"locale": "fr", "updated-at": 1.0, "theme": "dark"},
            "streak": 3
        }
    });
    store.set(STORAGE_KEY, &newer.to_string()).unwrap();
    let loaded = load(&store);
    let mut mine = loaded.value.clone();
    mine.record_step(attempt("b", "case"), record(5.0));
    save(&store, &mine, loaded.seen).unwrap();
    let stored: Value = serde_json::from_str(&store.get(STORAGE_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(stored["device"], "phone-1");
    assert_eq!(stored["progress"]["streak"], 3);
    assert_eq!(stored["progress"]["preferences"]["theme"], "dark");
    let a = stored["progress"]["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "a")
        .unwrap();
    assert_eq!(a["deck"], "nador");
    assert_eq!(a["steps"][0]["seconds"], 41);
    assert_eq!(stored["progress"]["attempts"].as_array().unwrap().len(), 2);
    // Decks too.
    let decks = json!({"app":"tipsom","kind":"decks","schema":1,"decks":[{"id":"d","name":"n","cases":[],"colour":"red"}],"sort":"name"});
    store.set(DECKS_KEY, &decks.to_string()).unwrap();
    let loaded = load_decks(&store);
    save_decks(&store, &loaded.value, loaded.seen).unwrap();
    let stored: Value = serde_json::from_str(&store.get(DECKS_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(stored["decks"][0]["colour"], "red");
    assert_eq!(stored["sort"], "name");
}

// Item 7: a future timestamp won every later merge; a repeated attempt id lost a record; no cap.
#[test]
fn imports_are_clamped_to_now_merged_within_the_file_and_capped() {
    let now = 1_800_000_000_000.0;
    let mut theirs = answered(&["x"]);
    theirs.preferences.discreet = false;
    theirs.preferences.updated_at = 9e15; // the year 287,000
    let file = export(&theirs, now);
    let report = import(&Progress::default(), file.as_bytes(), now).unwrap();
    assert_eq!(report.progress.preferences.updated_at, now);
    assert!(report.clamped >= 1);
    // Turning discreet mode on afterwards wins the next merge.
    let mut later = report.progress.clone();
    let mut prefs = later.preferences.clone();
    prefs.discreet = true;
    later.set_preferences(prefs, now + 1.0);
    assert!(report.progress.merge(&later).preferences.discreet);

    // The same attempt id twice in one file: both records' answers are kept, in one attempt.
    let mut file: Value = serde_json::from_str(&export(&answered(&["dup"]), now)).unwrap();
    let mut second = file["progress"]["attempts"][0].clone();
    second["steps"][0]["step"] = json!(1);
    second["step-count"] = json!(2);
    file["progress"]["attempts"].as_array_mut().unwrap().push(second);
    let report = import(&Progress::default(), file.to_string().as_bytes(), now).unwrap();
    assert_eq!(report.repeated, 1);
    assert_eq!(report.progress.attempts.len(), 1);
    assert_eq!(report.progress.attempts[0].steps.len(), 2, "no record dropped");

    // More attempts than the cap: the rest are refused, and counted.
    let many = Progress {
        attempts: (0..MAX_IMPORT_ATTEMPTS + 5)
            .map(|i| attempt(&format!("a{i}"), "c"))
            .collect(),
        ..Progress::default()
    };
    let mut file: Value = serde_json::from_str(&export(&many, now)).unwrap();
    file["exported-at"] = json!(now);
    let compact = file.to_string();
    assert!(compact.len() < tipsom::storage::transfer::MAX_IMPORT_BYTES);
    let report = import(&Progress::default(), compact.as_bytes(), now).unwrap();
    assert_eq!(report.progress.attempts.len(), MAX_IMPORT_ATTEMPTS);
    assert_eq!(report.refused, 5);
    assert_eq!((report.added, report.known), (MAX_IMPORT_ATTEMPTS, 0));
}

// Item 14 (second half): "cannot be saved" is a status of the last try, and a save that works
// reports success, so the app can clear the notice.
#[test]
fn a_save_that_works_again_is_reported_as_written() {
    let store = MemoryStore::new();
    store.fail_quota();
    assert!(save(&store, &answered(&["a"]), false).is_err());
    let store = MemoryStore::new();
    assert!(matches!(
        save(&store, &answered(&["a"]), false).unwrap(),
        Saved::Written(_)
    ));
}

// Item 8: a stored pack with a number the browser's old reader accepted and serde refused
// (`01`, `1.`, `-01`, `1.e5`, `1e400`) made the trainer app panic at start. Now one reader reads
// it as unreadable: it is copied aside and the app starts with no pack.
#[test]
fn a_stored_pack_with_a_malformed_number_is_set_aside_not_a_crash() {
    for number in ["01", "1.", "-01", "1.e5", "1e400"] {
        let store = MemoryStore::new();
        let raw = format!(
            r#"{{"app":"tipsom","kind":"packs","schema":1,"packs":[{{"app":"tipsom","kind":"pack","schema":{number},"name":"n","cases":[]}}]}}"#
        );
        store.set(PACKS_KEY, &raw).unwrap();
        let loaded = load_packs(&store);
        assert!(loaded.value.is_empty(), "{number}");
        let StorageStatus::Recovered { backup_key } = loaded.status else {
            panic!("{number}: {:?}", loaded.status)
        };
        assert_eq!(store.get(&backup_key).unwrap().as_deref(), Some(raw.as_str()));
    }
}

// Item 9: the old reader accepted numbers RFC 8259 forbids, read 1e400 as infinity, refused the
// valid 0e9999999999, took the first of duplicate keys, and overflowed on 1.5e-2147483648.
#[test]
fn the_reader_is_strict_rfc_8259() {
    let progress_at =
        |time: &str| format!(r#"{{"app":"tipsom","schema":2,"progress":{{"preferences":{{"updated-at":{time}}}}}}}"#);
    for bad in [
        "01", "00.5", "1.", "1e++5", "-01", "1e400", ".5", "+1", "NaN", "Infinity",
    ] {
        assert!(
            matches!(
                tipsom::storage::decode(&progress_at(bad)),
                tipsom::storage::Decoded::Corrupt(_)
            ),
            "{bad}"
        );
    }
    for (good, value) in [
        ("0e9999999999", 0.0),
        ("1.5e-2147483648", 0.0),
        ("-0", 0.0),
        ("1E3", 1000.0),
    ] {
        let tipsom::storage::Decoded::Current(p) = tipsom::storage::decode(&progress_at(good)) else {
            panic!("{good} is valid JSON")
        };
        assert_eq!(p.preferences.updated_at, value, "{good}");
    }
    // A key given twice is refused, not read as either.
    let twice = r#"{"app":"tipsom","schema":2,"progress":{"attempts":[]},"progress":{"attempts":[]}}"#;
    assert!(matches!(
        tipsom::storage::decode(twice),
        tipsom::storage::Decoded::Corrupt(_)
    ));
    let twice = r#"{"app":"tipsom","schema":2,"progress":{"preferences":{"discreet":true,"discreet":false}}}"#;
    assert!(matches!(
        tipsom::storage::decode(twice),
        tipsom::storage::Decoded::Corrupt(_)
    ));
}
