//! Every decoder of stored data, imported files, links and messages, over 200,000 generated inputs
//! each (a deterministic seed): random bytes, and valid samples mutated with the inputs that once
//! broke the browser's own JSON reader (`01`, `1.`, `1e400`, `1.5e-2147483648`, lone surrogates,
//! deep nesting, huge integers). No input may panic; each decoder's counts are printed.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;
use tipsom::domain::content::{ContentDoc, ContentKey};
use tipsom::domain::deck::link;
use tipsom::domain::pack::{read_pack, PackContext};
use tipsom::domain::presenter::{DeckCase, Envelope, Show};
use tipsom::domain::route::Route;
use tipsom::storage::{decks, packs, transfer, Decoded, KeyValueStore, MemoryStore};

const INPUTS: usize = 200_000;

/// xorshift64: small, fast and the same on every machine.
struct Generator(u64);

impl Generator {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that stress a JSON reader, inserted into valid samples.
const TOKENS: &[&str] = &[
    "01",
    "00.5",
    "1.",
    "-01",
    "1.e5",
    "1e400",
    "-1e400",
    "1e++5",
    "0e9999999999",
    "1.5e-2147483648",
    "18446744073709551616",
    "18446744073709551615",
    "-0",
    "\"\\ud800\"",
    "\"\\udc00x\"",
    "\"\\u0000\"",
    "[[[[[[[[[[[[[[[[",
    "]]]]",
    "{\"a\":",
    "null",
    "true",
    "{}",
    "[]",
    ",",
    ":",
    "\"",
    "\\",
    "\u{202E}",
    "\"schema\":9",
    "\"schema\":-1",
    "\"schema\":4294967296",
    "\"app\":\"tipsom\"",
];

fn mutate(sample: &[u8], g: &mut Generator) -> Vec<u8> {
    let mut bytes = sample.to_vec();
    for _ in 0..=g.below(3) {
        if bytes.is_empty() {
            break;
        }
        let at = g.below(bytes.len());
        match g.below(5) {
            0 => bytes[at] = g.next() as u8,
            1 => bytes.truncate(at.max(1)),
            2 => {
                bytes.remove(at);
            }
            _ => {
                let token = TOKENS[g.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
        }
    }
    bytes
}

/// Runs `decode` over random bytes and mutations of `samples`; returns how many were accepted.
fn run(name: &str, samples: &[&[u8]], seed: u64, mut decode: impl FnMut(&[u8]) -> bool) {
    let mut g = Generator(seed);
    let started = Instant::now();
    let mut accepted = 0;
    for i in 0..INPUTS {
        let input = if i % 4 == 0 {
            let len = g.below(96);
            (0..len).map(|_| g.next() as u8).collect()
        } else {
            mutate(samples[g.below(samples.len())], &mut g)
        };
        if decode(&input) {
            accepted += 1;
        }
    }
    println!(
        "{name}: {INPUTS} inputs without a panic ({accepted} accepted) in {:.2} s",
        started.elapsed().as_secs_f64()
    );
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_progress_envelope() {
    let samples: [&[u8]; 2] = [
        include_bytes!("fixtures/storage/schema-1.json"),
        include_bytes!("fixtures/storage/schema-2.json"),
    ];
    run("progress (tipsom)", &samples, 1, |b| {
        matches!(tipsom::storage::decode(&text(b)), Decoded::Current(_))
    });
}

#[test]
fn loading_and_saving_whatever_is_stored() {
    // The whole load/save path, backups included, over a store holding the generated value.
    let samples: [&[u8]; 1] = [include_bytes!("fixtures/storage/schema-2.json")];
    run("progress load and save", &samples, 2, |b| {
        let store = MemoryStore::new();
        store.set("tipsom", &text(b)).unwrap();
        let loaded = tipsom::storage::load(&store);
        tipsom::storage::save(&store, &loaded.value, loaded.seen).is_ok()
    });
}

#[test]
fn the_decks() {
    let sample =
        br#"{"app":"tipsom","kind":"decks","schema":1,"decks":[{"id":"d-1","name":"Oujda","cases":["a","b"]}]}"#;
    run("decks (tipsom.decks)", &[sample], 3, |b| {
        matches!(decks::decode_decks(&text(b)), Decoded::Current(_))
    });
}

/// A small pack of one case, so a mutation is checked in full (the checks run on every case).
fn small_pack() -> Vec<u8> {
    let mut pack: serde_json::Value =
        serde_json::from_slice(include_bytes!("fixtures/packs/valid.json")).expect("the fixture is JSON");
    pack["cases"].as_array_mut().unwrap().truncate(1);
    pack["cases"][0]["steps"].as_array_mut().unwrap().truncate(1);
    serde_json::to_vec(&pack).unwrap()
}

#[test]
fn the_stored_packs_and_pack_files() {
    let pack = small_pack();
    let stored = format!(
        r#"{{"app":"tipsom","kind":"packs","schema":1,"packs":[{}]}}"#,
        text(&pack)
    );
    run(
        "packs (tipsom.packs)",
        &[stored.as_bytes()],
        4,
        |b| matches!(packs::decode_packs(&text(b)), Decoded::Current(s) if !s.installed.is_empty()),
    );
    let ctx = PackContext::default();
    run("pack file import", &[&pack], 5, |b| read_pack(b, &ctx).is_ok());
}

#[test]
fn progress_import_files() {
    let stored: serde_json::Value =
        serde_json::from_slice(include_bytes!("fixtures/storage/schema-2.json")).expect("the fixture is JSON");
    let file = serde_json::json!({
        "app": "tipsom", "kind": "progress-export", "schema": 2, "exported-at": 1, "progress": stored["progress"]
    })
    .to_string();
    assert!(
        transfer::read_export(file.as_bytes()).is_ok(),
        "the sample itself is an export: {file}"
    );
    run("progress import", &[file.as_bytes()], 6, |b| {
        transfer::import(&Default::default(), b, 1e13).is_ok()
    });
}

#[test]
fn presenter_messages_and_saved_shows() {
    let show = Show::new(
        "deck",
        "Deck",
        vec![DeckCase {
            id: "a-case".into(),
            steps: 3,
        }],
    );
    let room = "0123456789abcdef";
    let mut outbox =
        tipsom::domain::presenter::Outbox::new(tipsom::domain::presenter::SessionId { started: 1, nonce: 2 }, room);
    let message = outbox
        .stamp(tipsom::domain::presenter::Message::State {
            show: Box::new(show.clone()),
            locale: tipsom::i18n::Locale::Fr,
        })
        .to_json();
    run("presenter message", &[message.as_bytes()], 7, |b| {
        Envelope::from_json(&text(b), room).is_some()
    });
    let saved = show.to_saved();
    run("saved show (sessionStorage)", &[saved.as_bytes()], 8, |b| {
        let resumed = show.clone().resume(Some(&text(b)));
        // Whatever is read, the show resumed points at a step that exists.
        assert!(resumed.is_consistent());
        resumed != show
    });
}

#[test]
fn links() {
    run(
        "route (#/...)",
        &[
            b"/case/debt-after-the-crossing",
            b"/explore/a/2",
            b"/audience/0123456789abcdef",
        ],
        9,
        |b| Route::parse(&text(b)) != Route::NotFound,
    );
    run(
        "shared deck link",
        &[b"1.T3VqZGE.debt-after-the-crossing.apprentice-boy-fez"],
        10,
        |b| link::decode(&text(b)).is_ok(),
    );
}

#[test]
fn compiled_content() {
    // Real compiled content: the index and one case of the bank, in French.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let content = tipsom::domain::source::load_content(&root).expect("the bank loads");
    let compiled = content.compile();
    let piece = |suffix: &str| {
        compiled
            .iter()
            .find(|(path, _)| path.ends_with(suffix))
            .map(|(_, json)| json.clone())
            .expect("compiled piece")
    };
    let mut index: serde_json::Value = serde_json::from_str(&piece("fr/index.json")).expect("JSON");
    index["cases"].as_array_mut().expect("cases").truncate(2);
    let index = index.to_string();
    let case = piece("fr/cases/walked-across-alone.json");
    assert!(ContentDoc::parse(&ContentKey::Index, &index).is_ok());
    run(
        "content (case and index)",
        &[case.as_bytes(), index.as_bytes()],
        11,
        |b| {
            let t = text(b);
            ContentDoc::parse(&ContentKey::Case("x".into()), &t).is_ok()
                | ContentDoc::parse(&ContentKey::Index, &t).is_ok()
        },
    );
}

#[test]
fn the_case_editor_drafts() {
    use std::collections::BTreeSet;
    use tipsom::domain::editor::{Draft, Drafts};
    use tipsom::storage::drafts::{decode_drafts, encode_drafts, load_drafts, save_drafts, DRAFTS_KEY};
    let mut drafts = Drafts::default();
    drafts.put(Draft::blank("e-1", tipsom::i18n::Locale::Fr, &BTreeSet::new(), 7));
    drafts.put(Draft::blank("e-2", tipsom::i18n::Locale::Ar, &BTreeSet::new(), 8));
    drafts.remove("e-3", 9);
    let sample = encode_drafts(&drafts);
    run("drafts (tipsom.drafts)", &[sample.as_bytes()], 9, |b| {
        let raw = text(b);
        match decode_drafts(&raw) {
            // What is read is written back the same (no draft silently changed on the way).
            Decoded::Current(read) => {
                assert_eq!(decode_drafts(&encode_drafts(&read)), Decoded::Current(read));
                true
            }
            _ => false,
        }
    });
    // The whole load/save path: an unreadable value is never written over before a copy exists.
    run("drafts load and save", &[sample.as_bytes()], 10, |b| {
        let store = MemoryStore::new();
        let raw = text(b);
        store.set(DRAFTS_KEY, &raw).unwrap();
        let loaded = load_drafts(&store);
        let saved = save_drafts(&store, &loaded.value, loaded.seen).is_ok();
        if !matches!(decode_drafts(&raw), Decoded::Current(_)) {
            let kept = store
                .keys()
                .unwrap()
                .into_iter()
                .any(|k| store.get(&k).unwrap().as_deref() == Some(&raw));
            assert!(kept, "an unreadable value was lost");
        }
        saved
    });
}
