//! The case editor's drafts on the device: kept as typed and read back whole, never written over
//! when unreadable or a newer version's, and two tabs' drafts merged rather than replaced.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use tipsom::domain::editor::{Draft, DraftEdit, Drafts, TextField};
use tipsom::i18n::Locale;
use tipsom::storage::drafts::{load_drafts, save_drafts, DRAFTS_BACKUP_PREFIX, DRAFTS_KEY};
use tipsom::storage::{KeyValueStore, MemoryStore, Saved, StorageStatus};

fn typed(id: &str, title: &str, now: u64) -> Draft {
    let mut d = Draft::blank(id, Locale::Fr, &BTreeSet::new(), now);
    d.apply(
        DraftEdit::Text {
            field: TextField::Title,
            locale: Locale::Fr,
            text: title.into(),
        },
        now + 1,
    );
    d
}

#[test]
fn a_draft_is_read_back_as_it_was_typed() {
    let store = MemoryStore::new();
    let mut drafts = Drafts::default();
    drafts.put(typed("e-1", "Texte pas encore fini", 10));
    assert!(matches!(save_drafts(&store, &drafts, false), Ok(Saved::Written(_))));
    let loaded = load_drafts(&store);
    assert_eq!(loaded.status, StorageStatus::Saving);
    assert_eq!(loaded.value, drafts);
}

#[test]
fn unreadable_drafts_are_copied_before_anything_is_written() {
    let store = MemoryStore::new();
    store.set(DRAFTS_KEY, "{not json").unwrap();
    let loaded = load_drafts(&store);
    assert!(matches!(loaded.status, StorageStatus::Recovered { .. }));
    let backups: Vec<String> = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(DRAFTS_BACKUP_PREFIX))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(store.get(&backups[0]).unwrap().as_deref(), Some("{not json"));
    // With no room for a copy, nothing is written.
    let full = MemoryStore::new();
    full.set(DRAFTS_KEY, "{not json").unwrap();
    full.set_quota(full.used());
    let loaded = load_drafts(&full);
    assert_eq!(loaded.status, StorageStatus::Unreadable);
    let mut drafts = Drafts::default();
    drafts.put(typed("e-1", "x", 1));
    assert!(!matches!(save_drafts(&full, &drafts, false), Ok(Saved::Written(_))));
    assert_eq!(full.get(DRAFTS_KEY).unwrap().as_deref(), Some("{not json"));
}

#[test]
fn a_newer_versions_drafts_are_never_written_over() {
    let store = MemoryStore::new();
    let future = r#"{"app":"tipsom","kind":"drafts","schema":99,"drafts":[]}"#;
    store.set(DRAFTS_KEY, future).unwrap();
    assert_eq!(load_drafts(&store).status, StorageStatus::FromFuture { schema: 99 });
    let mut drafts = Drafts::default();
    drafts.put(typed("e-1", "x", 1));
    assert_eq!(save_drafts(&store, &drafts, true), Ok(Saved::FromFuture(99)));
    assert_eq!(store.get(DRAFTS_KEY).unwrap().as_deref(), Some(future));
}

#[test]
fn two_tabs_saving_keep_each_others_drafts() {
    let store = MemoryStore::new();
    let mut a = Drafts::default();
    a.put(typed("e-a", "Onglet A", 10));
    save_drafts(&store, &a, false).unwrap();
    // Tab B started before A saved, and writes its own draft.
    let mut b = Drafts::default();
    b.put(typed("e-b", "Onglet B", 20));
    let Ok(Saved::Written(merged)) = save_drafts(&store, &b, true) else {
        panic!("saved")
    };
    assert!(merged.get("e-a").is_some() && merged.get("e-b").is_some());
    let stored = load_drafts(&store).value;
    assert_eq!(stored, merged);
    // Tab A, still holding an older copy of B's draft-free list, saves again: B's draft stays.
    a.put(typed("e-a", "Onglet A, suite", 30));
    let Ok(Saved::Written(merged)) = save_drafts(&store, &a, true) else {
        panic!("saved")
    };
    assert_eq!(merged.get("e-a").unwrap().case.title.fr, "Onglet A, suite");
    assert!(merged.get("e-b").is_some());
}
